"""A scriptable HTTP/1.1 server on 127.0.0.1 for fault tests: real sockets, no mocks.

Each test queues answers per operation (the last path segment, e.g. ``SyncEmailAccount``)::

    with Loopback() as server:
        server.script("SyncEmailAccount", Reply(503), Reply(503), Reply(204))
        ...
        assert server.attempts("SyncEmailAccount") == 3

Answers: :class:`Reply` (status, headers, body, optional delay before answering), :class:`Raw`
(bytes written as-is, then the connection closes), :class:`Reset` (optional partial bytes, then a
TCP reset), :class:`Stall` (read the request, answer nothing until the test ends or ``seconds``
pass). Every connection is closed after one exchange, so each attempt is a new connection.
The server records every request and how many were being handled at once.
"""

from __future__ import annotations

import collections
import contextlib
import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait after reading the request, before answering (to make calls overlap)."""

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass(frozen=True)
class Raw:
    data: bytes


@dataclass(frozen=True)
class Reset:
    partial: bytes = b""


@dataclass(frozen=True)
class Stall:
    seconds: float = 30.0


Answer = Reply | Raw | Reset | Stall
Responder = Callable[["Recorded"], Answer]

REASONS = {200: "OK", 204: "No Content", 307: "Temporary Redirect", 429: "Too Many Requests"}


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    operation: str
    started: float

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def free_port() -> int:
    """A port nothing listens on (bound and released), for connection-refused cases."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256
    owner: Loopback


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        self.server.owner._serve(self.request)


class Loopback:
    """One server on an ephemeral port; use as a context manager."""

    def __init__(self, default: Answer | Responder | None = None) -> None:
        self.default: Answer | Responder = default if default is not None else Reply(204)
        self.requests: list[Recorded] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._scripts: dict[str, collections.deque[Answer | Responder]] = collections.defaultdict(
            collections.deque
        )
        self._stop = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True, name="loopback"
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def url(self, operation: str) -> str:
        return f"{self.base_url}/api/v1/Agents/EMail/{operation}"

    def script(self, operation: str, *answers: Answer | Responder) -> None:
        """Queue answers for ``operation``; once used up, :attr:`default` answers."""
        with self._lock:
            self._scripts[operation].extend(answers)

    def attempts(self, operation: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if operation is None or r.operation == operation)

    def _next(self, recorded: Recorded) -> Answer:
        with self._lock:
            queue = self._scripts.get(recorded.operation)
            answer = queue.popleft() if queue else self.default
        return answer(recorded) if callable(answer) else answer

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        recorded = _read_request(sock)
        if recorded is None:
            return
        with self._lock:
            self.requests.append(recorded)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        finished = False

        def finish() -> None:
            # Called just before the first byte of the answer goes out (or the connection
            # closes): the client cannot see the end of this exchange before the count drops, so
            # max_in_flight never counts a request whose caller has already moved on.
            nonlocal finished
            if not finished:
                finished = True
                with self._lock:
                    self._in_flight -= 1

        try:
            answer = self._next(recorded)
            if isinstance(answer, Reply) and answer.delay:
                self._stop.wait(answer.delay)
            self._answer(sock, answer, finish)
        finally:
            finish()

    def _answer(self, sock: socket.socket, answer: Answer, finish: Callable[[], None]) -> None:
        with contextlib.suppress(OSError):
            if isinstance(answer, Stall):
                self._stop.wait(answer.seconds)
                finish()
                return
            finish()
            if isinstance(answer, Reset):
                if answer.partial:
                    sock.sendall(answer.partial)
                    time.sleep(0.05)  # let the client read the partial answer before the reset
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if isinstance(answer, Raw):
                sock.sendall(answer.data)
                return
            sock.sendall(encode(answer))


def encode(reply: Reply) -> bytes:
    payload = reply.payload()
    headers = {"Content-Length": str(len(payload)), "Connection": "close"}
    if payload and not any(k.lower() == "content-type" for k in reply.headers):
        headers["Content-Type"] = "application/json; charset=utf-8"
    headers.update(reply.headers)
    reason = REASONS.get(reply.status, "Status")
    head = f"HTTP/1.1 {reply.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode("latin-1") + b"\r\n" + payload


def _read_request(sock: socket.socket) -> Recorded | None:
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    except (OSError, ValueError):
        return None
    path = target.split("?", 1)[0]
    return Recorded(method, target, headers, body, path.rsplit("/", 1)[-1], time.monotonic())


@contextlib.contextmanager
def serving(default: Answer | Responder | None = None) -> Iterator[Loopback]:
    with Loopback(default) as server:
        yield server
