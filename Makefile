# Every target installs what it needs: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(CURDIR)/$(BIN):$(PATH)

GEN_PKG := superoffice_email_generated
GEN_DIR := generated/$(GEN_PKG)
OPS_FILE := overlays/superoffice_email/_operations.py

.PHONY: all venv node generate check-generated lint typecheck test demo bench fixtures vendor clean

all: test

$(BIN)/.stamp: requirements-dev.txt pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed" or 0)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(BIN)/.stamp

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node: node_modules/.stamp

# Regenerate the client from openapi.yaml, then the agent's operation methods from the client.
generate: venv
	$(PY) tools/generate.py --spec openapi.yaml --config generator-config.yml --out generated --ops $(OPS_FILE)

# Regenerate into a temporary folder and fail on any difference with what is committed.
check-generated: venv
	$(PY) tools/generate.py --spec openapi.yaml --config generator-config.yml --out generated --ops $(OPS_FILE) --check

LINT_DIRS := $(wildcard overlays tests tools bench examples)

lint: venv
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)
	@# mypy sees the package as users do: overlay + generated assembled by the vendoring tool.
	rm -rf build/typecheck && mkdir -p build/typecheck && $(PY) tools/vendor.py build/typecheck >/dev/null
	MYPYPATH=build/typecheck $(BIN)/mypy --cache-dir build/typecheck/.mypy_cache build/typecheck/superoffice_email $(filter-out overlays,$(LINT_DIRS))

typecheck: lint

test: venv node check-generated lint
	$(BIN)/pytest -q

demo: venv node
	$(PY) examples/demo.py

bench: venv node
	$(PY) bench/run.py --out bench/RESULTS.md

# Rebuild the fixture data taken from the vendor's reference pages: make fixtures REF=../shared/reference
fixtures: venv
	$(PY) tools/extract_fixtures.py $(REF)

# Copy the package into another project's tree: make vendor DEST=path/to/someapp/_vendor
vendor: venv
	$(PY) tools/vendor.py $(DEST)

clean:
	rm -rf $(VENV) node_modules build *.egg-info .pytest_cache .mypy_cache .ruff_cache
