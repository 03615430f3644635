"""Start and stop a Prism mock server for openapi.yaml on a free loopback port.

Used by the test suite's session fixture and by ``make demo``. Prism validates every request
against the spec: a violation shows up as an ``sl-violations`` response header (and as 401 for
missing credentials, 422 for a body that does not fit).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """``with PrismServer() as prism: prism.base_url``: Prism from ``openapi.yaml``, stopped by its PID."""

    def __init__(
        self, spec: Path = ROOT / "openapi.yaml", *, dynamic: bool = False, log: Path | None = None
    ) -> None:
        self.spec = spec
        self.dynamic = dynamic
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = log or Path(tempfile.gettempdir()) / f"prism-{self.port}.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> None:
        if not PRISM_BIN.exists():
            raise RuntimeError(f"{PRISM_BIN} is missing: run `npm ci` (make does it)")
        cmd = [str(PRISM_BIN), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port)]
        if self.dynamic:
            cmd.append("--dynamic")
        with self.log.open("wb") as out:
            self._process = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Prism exited with {self._process.returncode}; see {self.log}")
            try:
                httpx.post(f"{self.base_url}/", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Prism did not answer within {timeout}s; see {self.log}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        # Prism runs under node in its own session: stop the whole group by the leader's PID.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
