"""What the benchmark sections share: the result row, interleaved timing, the loopback server."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

TICKET = "7T:bench-ticket-0123456789abcdef"
APP_TOKEN = "bench-app-token-0123456789"  # noqa: S105 (a fake for the local server)
# What the SDK puts on the wire for an operation (besides User-Agent and the httpx defaults);
# the raw-httpx baselines send exactly these.
WIRE_HEADERS = {
    "Authorization": f"SOTicket {TICKET}",
    "SO-AppToken": APP_TOKEN,
    "Content-Type": "application/json",
    "Accept": "application/json",
}
OPERATION_PATH = "/api/v1/Agents/EMail/"


@dataclass
class Row:
    """One line of the results table."""

    measure: str
    sdk: str
    baseline: str
    ratio: str
    target: str = ""
    result: str = ""


@dataclass
class Section:
    """A group of rows plus free text (profiles, notes) printed under the table."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def plus_us(seconds: float) -> str:
    return f"{seconds * 1e6:+.1f} µs"


def mib(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:.1f} MiB"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 else "n/a"


def verdict(met: bool, detail: str = "") -> str:
    word = "met" if met else "MISSED"
    return f"{word}: {detail}" if detail else word


class Timings:
    """Seconds per call of each runner, one value per batch, batches of a round adjacent in time."""

    def __init__(self, per_call: dict[str, list[float]]) -> None:
        self.per_call = per_call

    def median(self, name: str) -> float:
        return statistics.median(self.per_call[name])

    def paired_ratio(self, name: str, baseline: str) -> float:
        """Median over rounds of (name / baseline) within the same round: drift cancels out."""
        pairs = zip(self.per_call[name], self.per_call[baseline], strict=True)
        return statistics.median(a / b for a, b in pairs)

    def paired_extra(self, name: str, baseline: str) -> float:
        """Median over rounds of (name - baseline) seconds per call within the same round."""
        pairs = zip(self.per_call[name], self.per_call[baseline], strict=True)
        return statistics.median(a - b for a, b in pairs)


def interleave(runners: dict[str, Callable[[int], None]], batch: int, rounds: int) -> Timings:
    """Time each runner in alternating batches so drift hits all alike.

    Each round runs every runner once for ``batch`` calls; the order reverses every other round
    (A B C, C B A, ...). One untimed warm-up batch each comes first.
    """
    names = list(runners)
    for name in names:
        runners[name](max(1, batch // 4))
    per_call: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            started = time.perf_counter()
            runners[name](batch)
            per_call[name].append((time.perf_counter() - started) / batch)
    return Timings(per_call)


class LoopbackServer:
    """bench/loopback_server.py in a child process; stopped by PID when the block ends."""

    def __init__(self, *args: str) -> None:
        self.args = args
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, operation: str) -> str:
        return f"{self.base_url}{OPERATION_PATH}{operation}"

    def start(self) -> None:
        script = BENCH_DIR / "loopback_server.py"
        self.proc = subprocess.Popen(
            [sys.executable, str(script), *self.args], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"loopback server did not start: {line!r}")
        self.port = int(line.split()[1])

    def stop(self) -> None:
        proc = self.proc
        if proc is None:
            return
        self.proc = None
        proc.terminate()  # SIGTERM to this PID only
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()

    def stats(self) -> dict[str, Any]:
        """SyncEmailAccount requests and peak in flight since the previous call (then reset)."""
        with urllib.request.urlopen(f"{self.base_url}/__stats", timeout=5) as answer:  # noqa: S310
            data: dict[str, Any] = json.loads(answer.read())
            return data


@contextmanager
def loopback_server(*args: str) -> Iterator[LoopbackServer]:
    server = LoopbackServer(*args)
    server.start()
    try:
        yield server
    finally:
        server.stop()
