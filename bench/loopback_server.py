"""A tiny keep-alive HTTP/1.1 server for the benchmarks, run in its own process by bench/run.py.

It speaks just enough HTTP/1.1 for httpx (no pipelining, Content-Length bodies only):

- ``POST .../SyncEmailAccount`` answers ``204`` after ``--sync-delay-ms`` (0 by default), counting
  how many of these calls are in flight at once;
- ``POST .../GetReadySyncEmailAccounts`` answers ``--ready`` accounts as JSON;
- ``GET /__stats`` answers ``{"requests": n, "peak_in_flight": p}`` for the SyncEmailAccount calls
  seen since the previous ``/__stats``, and resets both;
- anything else answers ``204``.

On start it prints ``PORT <n>`` on stdout; it runs until it receives SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

NO_CONTENT = b"HTTP/1.1 204 No Content\r\nServer: bench\r\n\r\n"


def json_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class State:
    """What every connection shares."""

    def __init__(self, sync_delay: float, ready: int) -> None:
        self.sync_delay = sync_delay
        accounts = [
            {"AccountId": i, "AssociateName": f"user{i}", "AssociateId": 1000 + i}
            for i in range(1, ready + 1)
        ]
        self.ready_body = json_response(json.dumps(accounts).encode())
        self.in_flight = 0
        self.peak = 0
        self.requests = 0

    def stats(self) -> bytes:
        body = json.dumps({"requests": self.requests, "peak_in_flight": self.peak}).encode()
        self.requests = 0
        self.peak = self.in_flight
        return json_response(body)


class Connection(asyncio.Protocol):
    """One keep-alive connection: parse requests one at a time, answer each (maybe after a delay)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self.next_request()

    def next_request(self) -> None:
        if self.busy or self.transport is None:
            return
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).decode("latin-1")
        lines = head.split("\r\n")
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        total = end + 4 + length
        if len(self.buffer) < total:
            return
        del self.buffer[:total]
        method, path, _ = lines[0].split(" ", 2)
        self.answer(method, path)

    def answer(self, method: str, path: str) -> None:
        state = self.state
        path = path.split("?", 1)[0]
        if path == "/__stats":
            self.send(state.stats())
        elif path.endswith("/GetReadySyncEmailAccounts"):
            self.send(state.ready_body)
        elif path.endswith("/SyncEmailAccount"):
            state.requests += 1
            state.in_flight += 1
            state.peak = max(state.peak, state.in_flight)
            if state.sync_delay > 0:
                self.busy = True
                asyncio.get_running_loop().call_later(state.sync_delay, self.finish_sync)
            else:
                state.in_flight -= 1
                self.send(NO_CONTENT)
        else:
            self.send(NO_CONTENT)

    def finish_sync(self) -> None:
        if not self.busy:  # the connection went away meanwhile; already counted out
            return
        self.state.in_flight -= 1
        self.busy = False
        self.send(NO_CONTENT)

    def send(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)
        self.next_request()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.busy:
            self.state.in_flight -= 1
            self.busy = False
        self.transport = None


async def serve(port: int, state: State) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(state), "127.0.0.1", port, backlog=512)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {bound}\n")
    sys.stdout.flush()
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--sync-delay-ms", type=float, default=0.0)
    parser.add_argument("--ready", type=int, default=0, help="accounts GetReadySyncEmailAccounts answers")
    args = parser.parse_args()
    asyncio.run(serve(args.port, State(args.sync_delay_ms / 1000.0, args.ready)))


if __name__ == "__main__":
    main()
