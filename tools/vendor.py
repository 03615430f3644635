"""Copy the SDK into another project's tree as one self-contained package.

    python tools/vendor.py path/to/someapp/_vendor

writes ``path/to/someapp/_vendor/superoffice_email/`` (the overlay, with the generated client
inside it as ``_generated``). Every import in the package is relative, so it works under any
parent package without sys.path edits; it needs only httpx and attrs at run time.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlays" / "superoffice_email"
GENERATED = ROOT / "generated" / "superoffice_email_generated"
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc")


def vendor(dest: Path) -> Path:
    """Copy the package to ``dest/superoffice_email`` (replacing an older copy) and return that path."""
    if not dest.is_dir():
        raise SystemExit(f"{dest} is not a folder; create the parent package folder first")
    target = dest / "superoffice_email"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(OVERLAY, target, ignore=IGNORE)
    shutil.copytree(GENERATED, target / "_generated", ignore=IGNORE)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", type=Path, help="folder of the parent package, e.g. someapp/_vendor")
    args = parser.parse_args()
    print(f"vendored into {vendor(args.dest)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
