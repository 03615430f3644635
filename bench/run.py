"""`make bench`: run every benchmark, print one Markdown table, write it to bench/RESULTS.md.

Each row compares the SDK with a baseline (plain httpx, json.loads, the ideal schedule) measured
in the same run, interleaved, so machine drift affects both. Numbers are printed, never asserted.
See bench/README.md for what each row measures.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from benchlib import Row, Section

SECTIONS = ("percall", "parse", "imports", "fanout", "generate")


def load(name: str) -> Callable[[bool], Section]:
    if name == "percall":
        import bench_percall

        return bench_percall.run
    if name == "parse":
        import bench_parse

        return bench_parse.run
    if name == "imports":
        import bench_imports

        return bench_imports.run
    if name == "fanout":
        import bench_fanout

        return bench_fanout.run
    import bench_generate

    return bench_generate.run


def table(rows: list[Row]) -> list[str]:
    lines = ["| Measure | SDK | Baseline | Ratio | Target | Result |", "|---|---|---|---|---|---|"]
    for row in rows:
        cells = [row.measure, row.sdk, row.baseline, row.ratio, row.target, row.result]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="also write the results here (Markdown)")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only these sections")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    args = parser.parse_args()
    started = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []
    for name in args.only or SECTIONS:
        t0 = time.perf_counter()
        section = load(name)(args.quick)
        print(f"[bench] {name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
        rows += section.rows
        if section.notes:
            notes += ["", f"### {name}", "", *section.notes]
    elapsed = time.perf_counter() - started
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [
        "# Benchmark results",
        "",
        f"{when}; Python {platform.python_version()}, httpx {httpx.__version__}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; whole run {elapsed:.0f} s"
        f"{' (--quick)' if args.quick else ''}.",
        "",
    ]
    out = [*header, *table(rows), *notes, ""]
    text = "\n".join(out)
    print(text)
    if args.out is not None:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
