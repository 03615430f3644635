"""openapi.yaml is a valid OpenAPI 3.1 document (openapi-spec-validator) and lints clean under
Spectral's OAS rules with the project's ruleset (.spectral.yaml).

Spectral must report no error, and warnings only from rules that .spectral.yaml deliberately
keeps as warnings (each with its reason there). A small broken document proves that both
checks do fail when they should.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
RULESET = ROOT / ".spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
SEVERITY = {0: "error", 1: "warning", 2: "info", 3: "hint"}

BROKEN = {
    "openapi": "3.1.0",
    "info": {"title": "broken", "version": "1"},
    "paths": {
        "/a": {"post": {"operationId": "Same", "responses": {"200": {"description": "ok"}}}},
        "/b": {"post": {"operationId": "Same", "responses": {"200": {"description": "ok"}}}},
        "/c": {"post": {"operationId": "Bad", "responses": {"200": {"content": {}}}}},
    },
}


def validator_errors(spec: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in OpenAPIV31SpecValidator(spec).iter_errors()
    ]


def spectral(spec_path: Path) -> list[dict[str, Any]]:
    if not SPECTRAL.exists():
        pytest.skip(f"{SPECTRAL} is missing: run `npm ci` (make test does it)")
    result = subprocess.run(
        [str(SPECTRAL), "lint", str(spec_path), "--ruleset", str(RULESET), "--format", "json", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    try:
        findings: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        pytest.fail(f"spectral exited {result.returncode} without JSON:\n{result.stdout}\n{result.stderr}")
    return findings


def kept_warnings() -> set[str]:
    """Rules that .spectral.yaml sets to "warn" on purpose."""
    ruleset = yaml.safe_load(RULESET.read_text(encoding="utf-8"))
    return {name for name, setting in (ruleset.get("rules") or {}).items() if setting == "warn"}


def describe(finding: dict[str, Any]) -> str:
    where = "/".join(map(str, finding.get("path", []))) or "<root>"
    line = finding.get("range", {}).get("start", {}).get("line", -1) + 1
    level = SEVERITY.get(finding.get("severity", 0), "?")
    return f"{level} {finding['code']} at {where} (line {line}): {finding['message']}"


def test_openapi_spec_validator_finds_no_error() -> None:
    errors = validator_errors(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
    assert not errors, f"{len(errors)} error(s):\n" + "\n".join(errors)


def test_spectral_finds_no_error_and_no_unlisted_warning() -> None:
    findings = spectral(SPEC_PATH)
    allowed = kept_warnings()
    bad = [f for f in findings if f["severity"] == 0 or (f["severity"] == 1 and f["code"] not in allowed)]
    assert not bad, f"{len(bad)} Spectral finding(s):\n" + "\n".join(map(describe, bad))


def test_both_checks_fail_on_a_broken_document(tmp_path: Path) -> None:
    assert validator_errors(BROKEN), "openapi-spec-validator accepted a response without description"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(BROKEN), encoding="utf-8")
    codes = {f["code"] for f in spectral(broken) if f["severity"] == 0}
    assert "operation-operationId-unique" in codes, codes
