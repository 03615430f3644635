"""generated/ and _operations.py are exactly what `make generate` produces from openapi.yaml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATE = [
    sys.executable,
    str(ROOT / "tools" / "generate.py"),
    "--spec",
    "openapi.yaml",
    "--config",
    "generator-config.yml",
]


def check(out: Path, ops: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GENERATE, "--out", str(out), "--ops", str(ops), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_committed_output_matches_a_fresh_generation_and_drift_is_caught(tmp_path: Path) -> None:
    ops = ROOT / "overlays" / "superoffice_email" / "_operations.py"
    result = check(ROOT / "generated", ops)
    assert result.returncode == 0, result.stderr

    # The check must also be able to fail: a copy with one edited file is reported.
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__"))
    client = copy / "superoffice_email_generated" / "client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    drifted = check(copy, ops)
    assert drifted.returncode == 1
    assert "differs: client.py" in drifted.stderr
