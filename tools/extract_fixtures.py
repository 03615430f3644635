"""Extract the sample exchanges of the EMail agent's reference pages into test fixtures.

    python tools/extract_fixtures.py ../shared/reference     (``make fixtures REF=../shared/reference``)

The argument is a folder that holds (at any depth) the vendor's ``v1EMailAgent_<Operation>.md``
pages. Each page's "## Sample request" has an ``http!`` block (request line, headers, then an
optional JSON body) and its "## Sample response" an ``http_`` block (status line, headers, JSON
body, ``null`` for 204). For every page with both blocks this writes
``tests/fixtures/samples/<Operation>.json``::

    {"operation": ..., "query": {...}, "request": <JSON body or null when none is sent>,
     "response": {"status": <int>, "body": <JSON>}}

``query`` holds the required query-string arguments from the page's query-string example (the
optional ``$select`` is left out) and is omitted when there are none. Pages whose samples are
only include directives (no inline blocks) get no file; the script lists them. The tests read
only these fixtures, never the reference pages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "samples"
PAGE_GLOB = "v1EMailAgent_*.md"

_SECTION = re.compile(r"^## (?P<title>.+?)\s*$", re.MULTILINE)
_FENCE = re.compile(r"^```(?P<tag>\S*)[ \t]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?\s+(?P<status>\d{3})\b")


def sections(text: str) -> dict[str, str]:
    """Level-2 heading -> the text up to the next level-2 heading."""
    found: dict[str, str] = {}
    matches = list(_SECTION.finditer(text))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        found.setdefault(match["title"], text[match.end() : end])
    return found


def http_block(section: str, tag: str) -> str | None:
    for fence in _FENCE.finditer(section):
        if fence["tag"] == tag:
            return fence["body"]
    return None


def split_message(block: str) -> tuple[str, str]:
    """An HTTP message -> (start line, body text); headers are dropped."""
    lines = block.strip("\n").split("\n")
    start = lines[0].strip()
    for i, line in enumerate(lines[1:], start=1):
        if not line.strip():
            return start, "\n".join(lines[i + 1 :]).strip()
    return start, ""


def query_example(text: str, operation: str) -> dict[str, str]:
    """Required query arguments from the page's query-string example lines, without ``$select``."""
    query: dict[str, str] = {}
    for fence in _FENCE.finditer(text):
        if fence["tag"] != "http":
            continue
        for line in fence["body"].splitlines():
            parts = line.split()
            if len(parts) < 2 or parts[0] != "POST" or "?" not in parts[1]:
                continue
            url = urlsplit(parts[1])
            if not url.path.endswith(f"/{operation}"):
                continue
            for key, value in parse_qsl(url.query, keep_blank_values=True):
                if not key.startswith("$"):
                    query.setdefault(key, value)
    return query


def extract_page(path: Path) -> dict[str, Any] | None:
    """One page -> its fixture, or None when the page has no inline sample exchange."""
    operation = path.stem.removeprefix("v1EMailAgent_")
    text = path.read_text(encoding="utf-8")
    parts = sections(text)
    request_block = http_block(parts.get("Sample request", ""), "http!")
    response_block = http_block(parts.get("Sample response", ""), "http_")
    if request_block is None or response_block is None:
        return None
    request_line, request_text = split_message(request_block)
    if not request_line.startswith("POST ") or not urlsplit(request_line.split()[1]).path.endswith(operation):
        raise ValueError(f"{path.name}: sample request line {request_line!r} is not POST .../{operation}")
    status_line, response_text = split_message(response_block)
    status = _STATUS.match(status_line)
    if status is None:
        raise ValueError(f"{path.name}: sample response starts with {status_line!r}, not a status line")
    try:
        request_body = json.loads(request_text) if request_text else None
        response_body = json.loads(response_text) if response_text else None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name}: sample body is not JSON: {exc}") from exc
    fixture: dict[str, Any] = {"operation": operation}
    query = query_example(text, operation)
    if query:
        fixture["query"] = query
    fixture["request"] = request_body
    fixture["response"] = {"status": int(status["status"]), "body": response_body}
    return fixture


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "reference", type=Path, help="folder holding the v1EMailAgent_*.md pages (at any depth)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"fixture folder (default {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    pages = sorted(args.reference.rglob(PAGE_GLOB))
    if not pages:
        parser.error(f"no {PAGE_GLOB} pages under {args.reference}")
    args.out.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    without: list[str] = []
    for page in pages:
        fixture = extract_page(page)
        if fixture is None:
            without.append(page.stem.removeprefix("v1EMailAgent_"))
            continue
        name = f"{fixture['operation']}.json"
        if name in written:
            raise SystemExit(f"two pages for {fixture['operation']} under {args.reference}")
        (args.out / name).write_text(
            json.dumps(fixture, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.add(name)
    for stale in args.out.glob("*.json"):
        if stale.name not in written:
            stale.unlink()
    print(f"{len(written)} fixtures written to {args.out}")
    if without:
        print(f"{len(without)} pages have no inline sample: {', '.join(without)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
