"""`make generate` wall time: tools/generate.py for the whole spec, into a temporary folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from benchlib import ROOT, Row, Section

OUTPUTS = (
    ROOT / "generated",
    ROOT / "overlays" / "superoffice_email" / "_operations.py",
    ROOT / "docs" / "OPERATIONS.md",
)


def _fingerprint() -> str:
    """Hash of the committed generator outputs, to show the run left the tree alone."""
    digest = hashlib.sha256()
    for top in OUTPUTS:
        if not top.exists():
            continue
        files = sorted(
            p for p in ([top] if top.is_file() else top.rglob("*.py")) if "__pycache__" not in p.parts
        )
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _timed(cmd: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-2000:] + done.stderr[-2000:])
    return time.perf_counter() - started, done.returncode


def run(quick: bool = False) -> Section:
    spec = ROOT / "openapi.yaml"
    operations = len(yaml.safe_load(spec.read_text())["paths"])
    before = _fingerprint()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="so-bench-gen-") as tmp:
        out = Path(tmp)
        cmd = [
            sys.executable,
            "tools/generate.py",
            "--spec",
            str(spec),
            "--config",
            "generator-config.yml",
            "--out",
            str(out / "gen"),
            "--ops",
            str(out / "_operations.py"),
        ]
        if "--docs" in (ROOT / "tools" / "generate.py").read_text():
            cmd += ["--docs", str(out / "OPERATIONS.md")]  # every output into the temp folder
        whole, code = _timed(cmd)
        # openapi-python-client alone (with its ruff post-hooks), for its share of the total.
        alone, alone_code = _timed(
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                "generator-config.yml",
                "--meta",
                "none",
                "--output-path",
                str(out / "alone"),
            ]
        )
    untouched = _fingerprint() == before
    section = Section()
    section.rows.append(
        Row(
            f"`make generate` (tools/generate.py, {operations} operations) into a temp folder",
            f"{whole:.1f} s" + ("" if code == 0 else f" (exit {code})"),
            f"{alone:.1f} s openapi-python-client alone"
            + ("" if alone_code == 0 else f" (exit {alone_code})"),
            f"{whole / alone:.2f}x" if alone > 0 else "n/a",
            "(reported)",
            f"{whole / operations * 1000:.0f} ms per operation; tree "
            + (
                "untouched"
                if untouched
                else "CHANGED meanwhile (by someone else: the bench writes only to a temp folder)"
            ),
        )
    )
    return section
