"""Replay the vendor's sample exchanges (tests/fixtures/samples, from tools/extract_fixtures.py)
through the generated client and the SDK.

For every operation with a sample:

- the sample response parses into the operation's generated response type (through the
  endpoint module's own ``_parse_response``) and serialises back to the same JSON: no field
  lost, none added, no value changed, and no JSON object left as a plain dict (which is what the
  generated code falls back to when a value does not fit the schema) or with keys the spec does
  not declare (which the generated models would keep in ``additional_properties``);
- the sample request body rebuilds through ``<Operation>Request.from_dict(...).to_dict()``;
- the agent method, called with the request's fields as positional arguments, sends exactly
  the sample body (captured with an ``httpx.MockTransport`` that answers with the sample
  response) and returns the sample response as the generated type.

The helpers here are shared with tests/test_every_operation.py.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import inspect
import json
import keyword
import re
import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from openapi_python_client.strings import snake_case
from superoffice_email import EMailAgent, SOTicketAuth
from superoffice_email._operations import METHOD_NAMES

from tests.conftest import APP_TOKEN, TICKET

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
SAMPLES = Path(__file__).resolve().parent / "fixtures" / "samples"
GENERATED = "superoffice_email._generated"
# Parameters of the generated endpoint functions that the agent fills itself.
SHARED = {"client", "body", "select", "accept_language", "so_language", "so_culture", "so_time_zone"}
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$")

Sample = dict[str, Any]


# -- loading ------------------------------------------------------------------------------------


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def spec_operations() -> list[str]:
    return sorted(
        op["operationId"]
        for item in (spec().get("paths") or {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    )


@cache
def samples() -> dict[str, Sample]:
    found: dict[str, Sample] = {}
    for path in sorted(SAMPLES.glob("*.json")):
        sample: Sample = json.loads(path.read_text(encoding="utf-8"))
        found[sample["operation"]] = sample
    return found


def endpoint_module(operation: str) -> types.ModuleType:
    """The generated ``api.email.<snake_case>`` module of an operation (fails if it has none)."""
    name = f"{GENERATED}.api.email.{snake_case(operation)}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        pytest.fail(f"{operation}: no generated module {name}: is the operation in openapi.yaml?")


def _without_unset(tp: Any) -> Any:
    args = [a for a in typing.get_args(tp) if getattr(a, "__name__", "") != "Unset"]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return tp


def body_type(module: types.ModuleType) -> Any:
    """The generated request body model of an endpoint module, or None when it takes no body."""
    hints = typing.get_type_hints(module.sync_detailed)
    return _without_unset(hints["body"]) if "body" in hints else None


def body_fields(model: type[Any]) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(model) if f.name != "additional_properties"]


def query_parameters(module: types.ModuleType) -> dict[str, Any]:
    """Python name -> type of each operation-specific (query) argument of an endpoint."""
    hints = typing.get_type_hints(module.sync_detailed)
    names = inspect.signature(module.sync_detailed).parameters
    return {n: _without_unset(hints[n]) for n in names if n not in SHARED}


def py_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def operation_spec(operation: str) -> dict[str, Any]:
    for item in (spec().get("paths") or {}).values():
        op = item.get("post")
        if isinstance(op, dict) and op.get("operationId") == operation:
            return op
    raise LookupError(f"{operation} is not in openapi.yaml")


def positional_arguments(method: Any, operation: str, body: Any, query: dict[str, str] | None) -> list[Any]:
    """The agent method's positional arguments: the body model's fields and the query arguments.

    A request body marked ``x-body-name`` in the spec (a carrier sent as it is) is one argument
    of that name; other bodies are spread into one argument per property. ``query`` maps the wire
    names of query arguments to their sample values (strings); missing ones get a small valid
    value of their type.
    """
    module = endpoint_module(operation)
    by_name: dict[str, Any] = {}
    whole = (operation_spec(operation).get("requestBody") or {}).get("x-body-name")
    if body is not None and whole:
        by_name[py_name(whole)] = body
    elif body is not None:
        for field in body_fields(type(body)):
            by_name[py_name(field.name)] = getattr(body, field.name)
    wire = {snake_case(k): v for k, v in (query or {}).items()}
    for name, tp in query_parameters(module).items():
        raw = wire.get(name)
        if tp is int:
            by_name[py_name(name)] = int(raw) if raw is not None else 1
        elif tp is bool:
            by_name[py_name(name)] = raw.lower() == "true" if raw is not None else False
        elif tp is float:
            by_name[py_name(name)] = float(raw) if raw is not None else 1.0
        else:
            by_name[py_name(name)] = raw if raw is not None else "x"
    params = [
        p
        for p in inspect.signature(method).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    unknown = [p.name for p in params if p.name not in by_name]
    assert not unknown, f"{method.__name__}: no value for positional parameter(s) {unknown}"
    return [by_name[p.name] for p in params]


# -- comparing ----------------------------------------------------------------------------------


def as_json(value: Any) -> Any:
    """A parsed value back to JSON data, as the generated models serialise it."""
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


_FIELD_TYPES: dict[type[Any], dict[str, Any]] = {}


def field_types(cls: type[Any]) -> dict[str, Any]:
    """The resolved annotations of a generated model (its imports are only for type checkers)."""
    if cls in _FIELD_TYPES:
        return _FIELD_TYPES[cls]
    models = importlib.import_module(f"{GENERATED}.models")
    gen_types = importlib.import_module(f"{GENERATED}.types")
    namespace = {**vars(importlib.import_module(cls.__module__)), **vars(gen_types), **vars(models)}
    return _FIELD_TYPES.setdefault(cls, typing.get_type_hints(cls, globalns=namespace))


def fits(value: Any, hint: Any) -> bool:
    """Whether a parsed value is of its annotated type (the generated parsers fall back to the
    raw JSON value, unchecked, when a conversion fails)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, arg) for arg in typing.get_args(hint))
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(fits(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint) if isinstance(hint, type) else True


def leftovers(value: Any, path: str = "$") -> list[str]:
    """Where a parsed value is not what the generated types say: plain JSON objects, raw values
    that did not convert (e.g. a date-time kept as a string), or keys the spec does not declare."""
    found: list[str] = []
    if attrs.has(type(value)):
        declared = body_fields(type(value))
        hints = field_types(type(value))
        extra: dict[str, Any] = getattr(value, "additional_properties", {})
        if declared and extra:
            found.append(f"{path}: {type(value).__name__} has no propert(ies) {sorted(extra)} in the spec")
        for field in declared:
            item = getattr(value, field.name)
            if not fits(item, hints[field.name]):
                found.append(f"{path}.{field.name}: {item!r} is not a {hints[field.name]}")
            found.extend(leftovers(item, f"{path}.{field.name}"))
        for key, item in extra.items():
            found.extend(leftovers(item, f"{path}[{key!r}]"))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(leftovers(item, f"{path}[{i}]"))
    elif isinstance(value, dict):
        found.append(f"{path}: stayed a plain JSON object (it does not fit the generated type)")
    return found


def _as_datetime(text: str) -> datetime | None:
    match = _DATE_TIME.match(text)
    if match is None:
        return None
    fraction = (match[2] or "")[:6].ljust(6, "0")
    zone = match[3] or ""
    try:
        return datetime.fromisoformat(f"{match[1]}.{fraction}{'+00:00' if zone == 'Z' else zone}")
    except ValueError:
        return None


def json_differences(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """Every place where ``actual`` differs from ``expected``, as JSON data.

    Date-time strings are compared as instants: the generated models parse them with
    ``datetime.fromisoformat`` and write them back with ``isoformat``, which keeps at most
    microseconds (the samples have seven fractional digits) and may spell the offset differently.
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        found: list[str] = []
        for key in expected.keys() - actual.keys():
            found.append(f"{path}.{key}: lost")
        for key in actual.keys() - expected.keys():
            found.append(f"{path}.{key}: added ({actual[key]!r})")
        for key in expected.keys() & actual.keys():
            found.extend(json_differences(expected[key], actual[key], f"{path}.{key}"))
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{path}: {len(expected)} item(s) became {len(actual)}"]
        return [
            d
            for i, (e, a) in enumerate(zip(expected, actual, strict=True))
            for d in json_differences(e, a, f"{path}[{i}]")
        ]
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        left, right = _as_datetime(expected), _as_datetime(actual)
        comparable = (
            left is not None and right is not None and (left.tzinfo is None) == (right.tzinfo is None)
        )
        if comparable and left == right:
            return []
        return [f"{path}: {expected!r} became {actual!r}"]
    if type(expected) is bool or type(actual) is bool:
        same = type(expected) is type(actual) and expected == actual
    else:
        numbers = isinstance(expected, int | float) and isinstance(actual, int | float)
        same = (type(expected) is type(actual) or numbers) and expected == actual
    return [] if same else [f"{path}: {expected!r} became {actual!r}"]


def parse_response(module: types.ModuleType, status: int, body: Any) -> Any:
    """Run an endpoint module's own response parser on a made-up answer."""
    from superoffice_email._generated.client import Client

    response = sample_response({"response": {"status": status, "body": body}})
    client = Client(base_url="http://127.0.0.1", raise_on_unexpected_status=True)
    return module._parse_response(client=client, response=response)


def sample_response(sample: Sample) -> httpx.Response:
    status = sample["response"]["status"]
    body = sample["response"]["body"]
    if body is None and status == 204:
        return httpx.Response(status)
    return httpx.Response(status, json=body)


# -- the tests ----------------------------------------------------------------------------------

WITH_REQUEST = sorted(op for op, s in samples().items() if s["request"] is not None)


@pytest.mark.parametrize("operation", sorted(samples()))
def test_sample_response_round_trips(operation: str) -> None:
    sample = samples()[operation]
    module = endpoint_module(operation)
    expected = sample["response"]["body"]
    parsed = parse_response(module, sample["response"]["status"], expected)
    problems = leftovers(parsed) + json_differences(expected, as_json(parsed))
    if isinstance(expected, dict):
        assert attrs.has(type(parsed)), f"{operation}: the object answer parsed as {type(parsed).__name__}"
    assert not problems, f"{operation} response:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("operation", WITH_REQUEST)
def test_sample_request_rebuilds_through_model(operation: str) -> None:
    sample = samples()[operation]
    model = body_type(endpoint_module(operation))
    assert model is not None, f"{operation}: the sample sends a body, the spec declares none"
    assert attrs.has(model), f"{operation}: request body type {model!r} is not a generated model"
    built = typing.cast("Any", model).from_dict(sample["request"])
    problems = leftovers(built) + json_differences(sample["request"], built.to_dict())
    assert not problems, f"{operation} request:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("operation", sorted(samples()))
def test_agent_method_sends_sample_and_returns_answer(operation: str) -> None:
    sample = samples()[operation]
    module = endpoint_module(operation)
    sent: list[httpx.Request] = []
    answer_sample = sample
    expected = sample["response"]["body"]
    method_returns = str(inspect.signature(getattr(EMailAgent, METHOD_NAMES[operation])).return_annotation)
    if "bytes" in method_returns.split(" | ") and isinstance(expected, str):
        # Byte answers are base64 JSON strings that the method decodes. The vendor's samples for
        # them are placeholder text ("GIF89....File contents as raw bytes..."), not base64: send
        # that text base64-encoded, and expect its bytes back.
        try:
            expected_bytes = base64.b64decode(expected, validate=True)
        except binascii.Error:
            expected_bytes = expected.encode()
            encoded = base64.b64encode(expected_bytes).decode()
            answer_sample = {**sample, "response": {**sample["response"], "body": encoded}}
        expected = expected_bytes

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return sample_response(answer_sample)

    model = body_type(module)
    body = model.from_dict(sample["request"]) if model is not None and sample["request"] is not None else None
    if model is not None and body is None:
        body = model()  # no sample body (the operation takes one in the spec): send an empty object
    with EMailAgent(
        "http://127.0.0.1:9",
        auth=SOTicketAuth(TICKET, app_token=APP_TOKEN),
        transport=httpx.MockTransport(answer),
    ) as agent:
        method = getattr(agent, METHOD_NAMES[operation])
        result = method(*positional_arguments(method, operation, body, sample.get("query")))
    assert len(sent) == 1
    request = sent[0]
    assert request.url.path == f"/api/v1/Agents/EMail/{operation}"
    for key, value in (sample.get("query") or {}).items():
        assert request.url.params.get(key) == value, (key, str(request.url))
    if sample["request"] is not None:
        problems = json_differences(sample["request"], json.loads(request.content))
        assert not problems, f"{operation} sent body:\n  " + "\n  ".join(problems)
    if isinstance(expected, bytes):
        assert result == expected
        return
    problems = leftovers(result) + json_differences(expected, as_json(result))
    assert not problems, f"{operation} result:\n  " + "\n  ".join(problems)


# -- the comparison helpers themselves ----------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "actual", "differs"),
    [
        ({"A": 1, "B": None}, {"A": 1, "B": None}, False),
        ({"A": 1, "B": None}, {"A": 1}, True),
        ({"A": 1}, {"A": 1, "B": 2}, True),
        ({"A": True}, {"A": 1}, True),
        ({"A": 1}, {"A": 1.0}, False),
        ([1, 2], [1], True),
        ({"A": "2015-12-03T14:28:21.9303967+01:00"}, {"A": "2015-12-03T14:28:21.930396+01:00"}, False),
        ({"A": "2015-12-03T14:28:21.9303967+01:00"}, {"A": "2015-12-03T14:28:22.930396+01:00"}, True),
        ({"A": "2015-12-03T14:28:21+01:00"}, {"A": "2015-12-03T14:28:21"}, True),
        ({"A": "abc"}, {"A": "abd"}, True),
    ],
)
def test_json_differences(expected: Any, actual: Any, differs: bool) -> None:
    assert bool(json_differences(expected, actual)) is differs


def test_leftovers_finds_plain_objects_and_undeclared_keys() -> None:
    @attrs.define
    class Carrier:
        name: str | None = None
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @attrs.define
    class Dictionary:
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    assert leftovers(Carrier(name="x")) == []
    assert leftovers(Dictionary(additional_properties={"k": Carrier()})) == []
    assert leftovers(Carrier(name="x", additional_properties={"Extra": 1}))
    assert leftovers([Carrier(), {"Name": "x"}])
    assert leftovers(Dictionary(additional_properties={"k": {"Name": "x"}}))


# -- the fixture extractor (on a made-up page: tests never read the vendor's pages) ----------------

PAGE = """---
title: POST Agents/EMail/GetThing
---

## Query String Parameters

```http
POST /api/v1/Agents/EMail/GetThing?thingId=782
POST /api/v1/Agents/EMail/GetThing?$select=name
```

## Sample request

```http!
POST /api/v1/Agents/EMail/GetThing
Authorization: Basic dGplMDpUamUw
Content-Type: application/json; charset=utf-8

{
  "Name": "x",
  "When": "2015-12-03T14:28:21.9303967+01:00"
}
```

## Sample response

```http_
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "ThingId": 1
}
```
"""


def test_extractor_writes_one_small_fixture_per_page(tmp_path: Path) -> None:
    from tools import extract_fixtures

    pages = tmp_path / "reference" / "deep"
    pages.mkdir(parents=True)
    (pages / "v1EMailAgent_GetThing.md").write_text(PAGE, encoding="utf-8")
    included = "## Sample request\n\n[!include[x](a.md)]\n\n## Sample response\n\n[!include[x](b.md)]\n"
    (pages / "v1EMailAgent_Included.md").write_text(included, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "Stale.json").write_text("{}", encoding="utf-8")
    assert extract_fixtures.main([str(tmp_path / "reference"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["GetThing.json"]
    assert json.loads((out / "GetThing.json").read_text(encoding="utf-8")) == {
        "operation": "GetThing",
        "query": {"thingId": "782"},
        "request": {"Name": "x", "When": "2015-12-03T14:28:21.9303967+01:00"},
        "response": {"status": 200, "body": {"ThingId": 1}},
    }


def test_committed_fixtures_have_the_expected_shape() -> None:
    assert samples(), f"no fixtures in {SAMPLES}: run `make fixtures REF=../shared/reference`"
    for path in SAMPLES.glob("*.json"):
        sample = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == sample["operation"]
        assert set(sample) <= {"operation", "query", "request", "response"}
        assert isinstance(sample["response"]["status"], int)
        assert set(sample["response"]) == {"status", "body"}
