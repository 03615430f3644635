"""Every operation of openapi.yaml, called through the SDK (sync and async) against Prism.

Prism validates each request against the spec and answers from it. For each operation the
agent method (named by `METHOD_NAMES`, the operationId in snake_case) gets its arguments from the vendor's
sample request (tests/fixtures/samples) or, when there is none, small valid values built from
the request schema. The test asserts one exchange, a 2xx answer without ``sl-violations`` (no
validation problem), and a result that is the generated type and serialises back to exactly
what Prism sent. Two negative checks per operation: no credentials give
``AuthenticationError`` (401), and an argument of the wrong JSON type gives
``UnprocessableEntityError`` (Prism's 422, whose body names the value it refused).
"""

from __future__ import annotations

import base64
import inspect
import json
from collections.abc import Generator
from typing import Any

import attrs
import httpx
import pytest
from openapi_python_client.strings import snake_case
from superoffice_email import (
    AsyncEMailAgent,
    AuthenticationError,
    EMailAgent,
    RetryPolicy,
    SOTicketAuth,
    UnprocessableEntityError,
)
from superoffice_email._operations import METHOD_NAMES

from tests.conftest import APP_TOKEN, TICKET, violations
from tests.test_samples import (
    as_json,
    body_type,
    endpoint_module,
    json_differences,
    leftovers,
    operation_spec,
    positional_arguments,
    py_name,
    samples,
    spec,
    spec_operations,
)
from tools.prism import PrismServer

OPERATIONS = spec_operations()
NO_RETRY = RetryPolicy(max_retries=0)
Exchange = tuple[httpx.Request, httpx.Response]


class Recorder(httpx.HTTPTransport):
    """A real transport that keeps every exchange, so the test can read Prism's verdict."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response


class AsyncRecorder(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[Exchange] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        self.exchanges.append((request, response))
        return response


class NoAuth(httpx.Auth):
    """Sends no credentials at all."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request


# -- arguments ----------------------------------------------------------------------------------


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _non_null(schema: Any) -> list[dict[str, Any]]:
    """The non-null alternatives of a schema, each resolved."""
    schema = _deref(schema)
    if not isinstance(schema, dict):
        return []
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return [alt for part in schema[key] for alt in _non_null(part)]
    kind = schema.get("type")
    if isinstance(kind, list):
        return [{**schema, "type": k} for k in kind if k != "null"]
    return [] if kind == "null" else [schema]


def minimal(schema: Any, depth: int = 0) -> Any:
    """A small value that the schema accepts: the first non-null alternative, objects kept shallow."""
    alts = _non_null(schema)
    if not alts:
        return None
    alt = alts[0]
    if "enum" in alt:
        return alt["enum"][0]
    kind = alt.get("type", "object")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        return {"date-time": "2024-01-02T03:04:05+00:00", "byte": "AA==", "date": "2024-01-02"}.get(
            alt.get("format", ""), "x"
        )
    if kind == "array":
        return [minimal(alt.get("items"), depth + 1)] if depth < 2 else []
    if depth >= 1:
        return {}
    return {name: minimal(prop, depth + 1) for name, prop in (alt.get("properties") or {}).items()}


def request_schema(operation: str) -> Any:
    for item in (spec().get("paths") or {}).values():
        op = item.get("post")
        if isinstance(op, dict) and op.get("operationId") == operation:
            body = _deref(op.get("requestBody") or {})
            media = (body.get("content") or {}).get("application/json") or {}
            return media.get("schema")
    raise LookupError(operation)


def query_schemas(operation: str) -> dict[str, Any]:
    for item in (spec().get("paths") or {}).values():
        op = item.get("post")
        if isinstance(op, dict) and op.get("operationId") == operation:
            params = [_deref(p) for p in op.get("parameters") or []]
            return {
                p["name"]: p.get("schema")
                for p in params
                if p.get("in") == "query" and not str(p["name"]).startswith("$")
            }
    raise LookupError(operation)


def build_body(operation: str) -> Any:
    """The request body model: from the sample, or from small values of the request schema."""
    model = body_type(endpoint_module(operation))
    if model is None:
        return None
    sample = samples().get(operation)
    data = sample["request"] if sample is not None and sample["request"] is not None else None
    if data is None:
        data = minimal(request_schema(operation)) or {}
    return model.from_dict(data)


def arguments(method: Any, operation: str) -> list[Any]:
    sample = samples().get(operation)
    query = dict(sample.get("query") or {}) if sample is not None else {}
    for name, schema in query_schemas(operation).items():
        query.setdefault(name, str(minimal(schema)))
    return positional_arguments(method, operation, build_body(operation), query)


# -- checks -------------------------------------------------------------------------------------


def check_exchange(operation: str, method: Any, exchanges: list[Exchange], result: Any) -> None:
    assert len(exchanges) == 1, f"{operation}: {len(exchanges)} exchanges"
    request, response = exchanges[0]
    assert request.url.path == f"/api/v1/Agents/EMail/{operation}"
    found = violations(response)
    assert found is None, f"{operation}: Prism found problems with the request: {found}"
    assert 200 <= response.status_code < 300, (operation, response.status_code, response.text[:500])
    if not response.content.strip():
        assert result is None
        return
    answer = response.json()
    returns = str(inspect.signature(method).return_annotation).split(" | ")
    if "bytes" in returns and isinstance(answer, str):
        assert result == base64.b64decode(answer), operation
        return
    problems = leftovers(result) + json_differences(answer, as_json(result))
    if isinstance(answer, dict):
        assert attrs.has(type(result)), f"{operation}: answer parsed as {type(result).__name__}"
    assert not problems, f"{operation} answer:\n  " + "\n  ".join(problems)


@pytest.mark.prism
@pytest.mark.parametrize("operation", OPERATIONS)
def test_operation_sync(prism: PrismServer, operation: str) -> None:
    recorder = Recorder()
    with EMailAgent(
        prism.base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN), transport=recorder, retry=NO_RETRY
    ) as agent:
        method = getattr(agent, METHOD_NAMES[operation])
        result = method(*arguments(method, operation))
    check_exchange(operation, method, recorder.exchanges, result)


@pytest.mark.prism
@pytest.mark.parametrize("operation", OPERATIONS)
async def test_operation_async(prism: PrismServer, operation: str) -> None:
    recorder = AsyncRecorder()
    async with AsyncEMailAgent(
        prism.base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN), transport=recorder, retry=NO_RETRY
    ) as agent:
        method = getattr(agent, METHOD_NAMES[operation])
        result = await method(*arguments(method, operation))
    check_exchange(operation, method, recorder.exchanges, result)


@pytest.mark.prism
@pytest.mark.parametrize("operation", OPERATIONS)
def test_operation_without_credentials_is_401(prism: PrismServer, operation: str) -> None:
    with EMailAgent(prism.base_url, auth=NoAuth(), retry=NO_RETRY) as agent:
        method = getattr(agent, METHOD_NAMES[operation])
        with pytest.raises(AuthenticationError) as info:
            method(*arguments(method, operation))
    assert info.value.status == 401
    assert info.value.operation == operation


def _wrong_value(schema: Any) -> Any:
    """A value of a JSON type the schema does not allow."""
    allows_string = any(alt.get("type", "object") == "string" or "enum" in alt for alt in _non_null(schema))
    return 12345 if allows_string else "not-a-valid-value"


def _breakable(operation: str) -> bool:
    schema = request_schema(operation)
    props = _non_null(schema)[0].get("properties") if _non_null(schema) else None
    return bool(props) or bool(query_schemas(operation))


@pytest.mark.prism
@pytest.mark.parametrize("operation", [op for op in OPERATIONS if _breakable(op)])
def test_operation_with_wrong_type_is_422(prism: PrismServer, operation: str) -> None:
    """The first body property (or query argument) gets a value of the wrong JSON type."""
    recorder = Recorder()
    with EMailAgent(
        prism.base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN), transport=recorder, retry=NO_RETRY
    ) as agent:
        method = getattr(agent, METHOD_NAMES[operation])
        args = arguments(method, operation)
        params = [p.name for p in inspect.signature(method).parameters.values() if p.default is p.empty]
        schemas = _non_null(request_schema(operation))
        props = (schemas[0].get("properties") or {}) if schemas else {}
        if props:
            wire_name, wrong_for = next(iter(props.items()))
        else:
            wire_name, wrong_for = next(iter(query_schemas(operation).items()))
        target = py_name(snake_case(wire_name))
        whole = (operation_spec(operation).get("requestBody") or {}).get("x-body-name")
        if props and whole:
            # The body is one carrier argument: break the property inside it.
            setattr(args[params.index(py_name(whole))], target, _wrong_value(wrong_for))
        else:
            assert target in params, f"{operation}: no parameter {target} for {wire_name} in {params}"
            args[params.index(target)] = _wrong_value(wrong_for)
        with pytest.raises(UnprocessableEntityError) as info:
            method(*args)
    assert info.value.status == 422
    assert len(recorder.exchanges) == 1
    # Prism refuses an invalid request with a problem+json body listing what it found (the
    # ``sl-violations`` header is only for answers it still gives); the broken value is named.
    found = json.loads(info.value.text).get("validation") or []
    where = "body" if props else "query"
    named = [
        v for v in found if [str(x).lower() for x in v.get("location", [])[:2]] == [where, wire_name.lower()]
    ]
    assert named, f"{operation}: Prism's 422 does not name {where} {wire_name}: {found}"
