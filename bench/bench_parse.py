"""Parse throughput: a large answer read through the agent (JSON + generated models) vs json.loads."""

from __future__ import annotations

import gc
import importlib
import inspect
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import yaml
from benchlib import APP_TOKEN, ROOT, TICKET, Row, Section, mib, ms, ratio, verdict
from openapi_python_client.strings import snake_case
from superoffice_email import EMailAgent, SOTicketAuth

TARGET = 3.0
ENVELOPES = 10_000
BODY_BYTES = 5 * 2**20

Json = Any


class Synth:
    """Makes a plausible JSON value for a schema of openapi.yaml (every optional field filled)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def value(self, schema: dict[str, Any], name: str, i: int, depth: int = 0) -> Json:
        if "$ref" in schema:
            return self.value(self.schemas[schema["$ref"].rsplit("/", 1)[1]], name, i, depth)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"]
                return self.value(options[0], name, i, depth) if options else None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, name, i, depth)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[i % len(values)] if values else None
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind == "object":
            props: dict[str, Any] = schema.get("properties") or {}
            if depth > 4:
                return {}
            return {key: self.value(sub, key, i, depth + 1) for key, sub in props.items()}
        if kind == "array":
            if depth > 4:
                return []
            return [self.value(schema.get("items") or {}, name, i + k, depth + 1) for k in range(2)]
        return self.scalar(kind, schema.get("format"), name, i)

    @staticmethod
    def scalar(kind: str, fmt: str | None, name: str, i: int) -> Json:
        if kind == "integer":
            return 1000 + i
        if kind == "number":
            return 1.5 + i
        if kind == "boolean":
            return i % 2 == 0
        if kind == "null":
            return None
        if fmt == "date-time":
            return f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00"
        if fmt == "date":
            return f"2026-11-{1 + i % 28:02d}"
        if fmt == "byte":
            return "aGVsbG8gd29ybGQ="
        if "address" in name.lower():
            return f"person{i}@example.com"
        return f"{name} {i} ø"


def method_name(operation_id: str) -> str:
    """The agent's method for an operation: the rendered name table when there is one."""
    names = getattr(importlib.import_module("superoffice_email._operations"), "METHOD_NAMES", None)
    if isinstance(names, dict) and operation_id in names:
        return str(names[operation_id])
    return snake_case(operation_id)


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any] | None:
    for item in spec["paths"].values():
        op: dict[str, Any] = item["post"]
        if op.get("operationId") == operation_id:
            return op
    return None


def _ok_schema(op: dict[str, Any]) -> dict[str, Any]:
    for code, answer in op["responses"].items():
        if str(code).startswith("2") and "content" in answer:
            schema: dict[str, Any] = next(iter(answer["content"].values()))["schema"]
            return schema
    raise LookupError("no 2xx body")


def _list_payload(synth: Synth, op: dict[str, Any], count: int) -> bytes:
    schema = _ok_schema(op)
    kind = schema.get("type")
    assert kind == "array" or (isinstance(kind, list) and "array" in kind), schema
    return json.dumps(
        [synth.value(schema["items"], "item", i) for i in range(count)], ensure_ascii=False
    ).encode()


def _entity_payload(synth: Synth, op: dict[str, Any], size: int) -> tuple[bytes, str]:
    """One mail with a ``size``-byte HTML body (Latin and Nordic text, markup, escapes)."""
    entity = synth.value(_ok_schema(op), "entity", 7)
    assert isinstance(entity, dict)
    field = next((k for k in ("HTMLBody", "HtmlBody", "PlainBody", "TextBody", "Body") if k in entity), None)
    if field is None:
        field = next(k for k, v in entity.items() if isinstance(v, str))
    chunk = '<p class="x">Hei på deg, "quoted" &amp; line\nbreak — æøå ÆØÅ</p>\n'
    entity[field] = (chunk * (size // len(chunk.encode()) + 1))[:size]
    return json.dumps(entity, ensure_ascii=False).encode(), field


class Case:
    """One operation answering a fixed payload through MockTransport."""

    def __init__(self, label: str, operation_id: str, payload: bytes, *, validate: bool = True) -> None:
        self.label = label
        self.payload = payload
        content = payload

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

        self.agent = EMailAgent(
            "http://127.0.0.1:9",
            auth=SOTicketAuth(TICKET, app_token=APP_TOKEN),
            transport=httpx.MockTransport(answer),
            validate_responses=validate,
        )
        method = getattr(self.agent, method_name(operation_id))
        positional = [
            p
            for p in inspect.signature(method).parameters.values()
            if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty
        ]
        args = [None] * len(positional)
        self.sdk: Callable[[], Any] = lambda: method(*args)

    def baseline(self) -> Any:
        return json.loads(self.payload)


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _peak(fn: Callable[[], Any]) -> int:
    """Peak bytes allocated while ``fn`` runs, its result included."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        result = fn()
        peak = tracemalloc.get_traced_memory()[1] - before
        del result
    finally:
        tracemalloc.stop()
    return peak


def measure(case: Case, rounds: int) -> list[Row]:
    probe = case.sdk()
    assert probe is not None, f"{case.label}: the SDK returned nothing"
    del probe
    sdk_times: list[float] = []
    base_times: list[float] = []
    for r in range(rounds):
        pair = [(sdk_times, case.sdk), (base_times, case.baseline)]
        for times, fn in pair if r % 2 == 0 else reversed(pair):
            gc.collect()
            times.append(_timed(fn))
    sdk_t, base_t = statistics.median(sdk_times), statistics.median(base_times)
    sdk_mem, base_mem = _peak(case.sdk), _peak(case.baseline)
    size = f"{len(case.payload) / 2**20:.1f} MiB JSON"
    return [
        Row(
            f"Parse {case.label} ({size}): time",
            ms(sdk_t),
            f"{ms(base_t)} json.loads",
            ratio(sdk_t, base_t),
            f"<= {TARGET:.0f}x json.loads",
            verdict(sdk_t / base_t <= TARGET),
        ),
        Row(
            f"Parse {case.label}: peak memory (tracemalloc)",
            mib(sdk_mem),
            f"{mib(base_mem)} json.loads",
            ratio(sdk_mem, base_mem),
            "(reported)",
            "",
        ),
    ]


def run(quick: bool = False) -> Section:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    synth = Synth(spec)
    rounds = 3 if quick else 5
    count = 2_000 if quick else ENVELOPES
    cases: list[Case] = []
    envelopes = _operation(spec, "GetEMailEnvelopes")
    if envelopes is not None and hasattr(EMailAgent, method_name("GetEMailEnvelopes")):
        payload = _list_payload(synth, envelopes, count)
        cases.append(Case(f"GetEMailEnvelopes, {count:,} envelopes", "GetEMailEnvelopes", payload))
        cases.append(
            Case(
                f"GetEMailEnvelopes, {count:,} envelopes, validate_responses=False",
                "GetEMailEnvelopes",
                payload,
                validate=False,
            )
        )
    else:
        ready = _operation(spec, "GetReadySyncEmailAccounts")
        assert ready is not None
        payload = _list_payload(synth, ready, count)
        cases.append(
            Case(
                f"GetReadySyncEmailAccounts, {count:,} SyncUserAccount "
                "(fallback: no GetEMailEnvelopes in the spec or agent)",
                "GetReadySyncEmailAccounts",
                payload,
            )
        )
    mail = _operation(spec, "GetEMail")
    if mail is not None and hasattr(EMailAgent, method_name("GetEMail")):
        size = BODY_BYTES // 5 if quick else BODY_BYTES
        payload, field = _entity_payload(synth, mail, size)
        cases.append(Case(f"GetEMail, {size / 2**20:.0f} MiB {field}", "GetEMail", payload))
    section = Section()
    for case in cases:
        section.rows += measure(case, rounds)
        case.agent.close()
    return section
