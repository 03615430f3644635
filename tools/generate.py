"""Regenerate the client from openapi.yaml (``make generate``) or check it for drift (``--check``).

Two outputs, both produced only by this script:
- ``generated/superoffice_email_generated``: openapi-python-client's package, rendered with the
  template overrides in ``templates/`` and formatted by the ruff version pinned in
  requirements-dev.txt (see generator-config.yml's post_hooks);
- ``overlays/superoffice_email/_operations.py``: one method per operation on the sync and async
  agents, rendered by ``tools/render_operations.py`` from the freshly generated package;
- ``docs/OPERATIONS.md``: the index of those methods (vendor name, method, arguments, result, path),
  rendered in the same pass.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GEN_PACKAGE = "superoffice_email_generated"
ROOT = Path(__file__).resolve().parent.parent
# Our overrides of some openapi-python-client templates (see templates/README.md).
TEMPLATES = ROOT / "templates"


def run_generator(spec: Path, config: Path, dest: Path) -> Path:
    """Run openapi-python-client into ``dest`` and return the package folder."""
    package = dest / GEN_PACKAGE
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(package),
        "--custom-template-path",
        str(TEMPLATES),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not package.is_dir():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    (package / "py.typed").write_text("# Marker file for PEP 561\n")
    return package


def render_operations(package: Path, spec: Path, out: Path, docs: Path) -> None:
    """Render the agent methods and their index from the generated package in a child interpreter."""
    script = Path(__file__).with_name("render_operations.py")
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--package-dir",
            str(package.parent),
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--docs",
            str(docs),
        ],
        check=True,
    )
    subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "format", "--quiet", str(out)],
        check=True,
    )


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Names of files that differ between two trees (ignoring caches)."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only:
            if name != "__pycache__":
                problems.append(f"only in fresh output: {prefix}{name}")
        for name in cmp.right_only:
            if name != "__pycache__":
                problems.append(f"not produced by the generator: {prefix}{name}")
        for name in cmp.diff_files:
            problems.append(f"differs: {prefix}{name}")
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    return problems


def show_diff(fresh: Path, committed: Path) -> None:
    old = committed.read_text().splitlines(keepends=True) if committed.exists() else []
    new = fresh.read_text().splitlines(keepends=True)
    sys.stderr.writelines(list(difflib.unified_diff(old, new, str(committed), "fresh"))[:80])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder that holds the generated package")
    parser.add_argument("--ops", type=Path, required=True, help="the rendered agent operations module")
    parser.add_argument(
        "--docs",
        type=Path,
        default=ROOT / "docs" / "OPERATIONS.md",
        help="the generated operations index (default: docs/OPERATIONS.md)",
    )
    parser.add_argument("--check", action="store_true", help="fail on any difference instead of writing")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="so-gen-") as tmp:
        fresh = run_generator(args.spec.resolve(), args.config.resolve(), Path(tmp))
        fresh_ops = Path(tmp) / "_operations.py"
        fresh_docs = Path(tmp) / "OPERATIONS.md"
        render_operations(fresh, args.spec.resolve(), fresh_ops, fresh_docs)
        target = args.out / GEN_PACKAGE
        if args.check:
            problems = tree_diff(fresh, target) if target.is_dir() else [f"missing: {target}"]
            for name in problems:
                if name.startswith("differs: "):
                    show_diff(fresh / name[len("differs: ") :], target / name[len("differs: ") :])
            for fresh_file, committed in ((fresh_ops, args.ops), (fresh_docs, args.docs)):
                if not committed.exists() or fresh_file.read_text() != committed.read_text():
                    problems.append(f"differs: {committed}")
                    show_diff(fresh_file, committed)
            if problems:
                print("generated code is out of date; run `make generate`:", file=sys.stderr)
                for name in problems:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print(f"generated code matches {args.spec} ({sum(1 for _ in fresh.rglob('*.py'))} files)")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
        shutil.copyfile(fresh_ops, args.ops)
        args.docs.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh_docs, args.docs)
        print(f"wrote {target}, {args.ops} and {args.docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
