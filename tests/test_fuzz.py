"""Property tests: generated JSON, valid and mutated, for every generated model's ``from_dict`` and
for every operation's answer parsed through the agent (``httpx.MockTransport``).

What may come out:

* ``Model.from_dict`` called directly: the parsed model, or one of ``TypeError``, ``ValueError``,
  ``KeyError``, ``AttributeError`` (the generated code's own failure modes; the agent turns them
  into :class:`ResponseValidationError`). Valid input must parse, pass the SDK's type check and
  survive a ``to_dict``/``from_dict`` round trip.
* The agent: a value that fits the operation's documented type, or a
  :class:`superoffice_email.SuperOfficeError` subclass; nothing else.

Runs derandomized with modest example counts so that CI is stable and fast.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import enum
import functools
import importlib
import inspect
import json
import pkgutil
import types
import typing
from typing import Any

import attrs
import httpx
import pytest
import superoffice_email._generated.api.email as endpoints_pkg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from superoffice_email import (
    EMailAgent,
    ResponseValidationError,
    RetryPolicy,
    SOTicketAuth,
    SuperOfficeError,
    validation,
)
from superoffice_email._generated import models
from superoffice_email._operations import METHOD_NAMES

FROM_DICT_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
FUZZ = settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
MAX_DEPTH = 2

NS = validation._Namespace.get()
MODELS = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
ENDPOINTS = [
    importlib.import_module(f"{endpoints_pkg.__name__}.{m.name}")
    for m in pkgutil.iter_modules(endpoints_pkg.__path__)
]

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return list(typing.get_args(tp))
    return [tp]


@functools.cache
def valid_json(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON that the documented type ``tp`` allows (raw form: models as objects, enums as values)."""
    members = [m for m in _members(tp) if getattr(m, "__name__", "") != "Unset"]
    if len(members) > 1:
        if depth >= MAX_DEPTH and type(None) in members:
            return st.none()
        return st.one_of([valid_json(m, depth) for m in members])
    tp = members[0]
    if tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-(2**31), 2**31)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-1000, 1000)
    if tp is str:
        return st.text(max_size=20)
    if tp is datetime.datetime:
        return st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2100, 1, 1)).map(
            lambda d: d.isoformat()
        )
    if tp is datetime.date:
        return st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)).map(lambda d: d.isoformat())
    if tp is Any or tp is object:
        return ANY_JSON
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return st.lists(valid_json(item, depth + 1), max_size=0 if depth >= MAX_DEPTH else 3)
    if origin is dict:
        args = typing.get_args(tp)
        value = args[1] if len(args) == 2 else Any
        size = 0 if depth >= MAX_DEPTH else 2
        return st.dictionaries(st.text(min_size=1, max_size=8), valid_json(value, depth + 1), max_size=size)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from([m.value for m in tp])
    if attrs.has(tp):
        return model_json(tp, depth)
    raise AssertionError(f"no strategy for {tp!r}")


@functools.cache
def model_json(cls: type, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    hints = typing.get_type_hints(cls, localns=NS)
    names = validation._json_names(cls)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        target = required if field.default is attrs.NOTHING else optional
        if depth >= MAX_DEPTH and field.default is not attrs.NOTHING:
            continue
        target[names[field.name]] = valid_json(hints[field.name], depth + 1)
    return st.fixed_dictionaries(required, optional=optional)


def mutated(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A valid document with one value somewhere replaced by arbitrary JSON, or a key dropped."""

    @st.composite
    def mutate(draw: st.DrawFn) -> Any:
        doc = draw(valid)
        containers: list[Any] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict | list) and node:
                containers.append(node)
                for child in node.values() if isinstance(node, dict) else node:
                    walk(child)

        walk(doc)
        if not containers:
            return draw(ANY_JSON)
        target = draw(st.sampled_from(containers))
        if isinstance(target, dict):
            key = draw(st.sampled_from(sorted(target)))
            if draw(st.booleans()):
                target[key] = draw(ANY_JSON)
            else:
                del target[key]
        else:
            target[draw(st.integers(0, len(target) - 1))] = draw(ANY_JSON)
        return doc

    return mutate()


def parse_or_documented_error(cls: Any, doc: Any) -> Any:
    try:
        return cls.from_dict(doc)
    except FROM_DICT_ERRORS:
        return None


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
@FUZZ
@given(data=st.data())
def test_model_from_dict(cls: Any, data: st.DataObject) -> None:
    doc = data.draw(model_json(cls), label="valid")
    parsed = cls.from_dict(json.loads(json.dumps(doc)))
    validation.check_type(cls.__name__, cls, parsed)
    assert cls.from_dict(parsed.to_dict()) == parsed

    bad = data.draw(mutated(model_json(cls)) | ANY_JSON, label="mutated")
    result = parse_or_documented_error(cls, bad)
    if result is not None:
        # Parsed without complaint; the SDK's check may still find a wrong type, and says so
        # with its one documented exception.
        with contextlib.suppress(ResponseValidationError):
            validation.check_type(cls.__name__, cls, result)


def operation_of(endpoint: Any) -> str:
    url: str = endpoint._get_kwargs(**call_kwargs(endpoint))["url"]
    return url.rsplit("/", 1)[-1]


def call_kwargs(endpoint: Any) -> dict[str, Any]:
    """Arguments for the endpoint's required parameters: empty request carriers and plain values."""
    hints = typing.get_type_hints(endpoint.sync_detailed, localns=NS)
    out: dict[str, Any] = {}
    for name, param in inspect.signature(endpoint.sync_detailed).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        tp = next(m for m in _members(hints[name]) if m is not type(None))
        out[name] = tp() if attrs.has(tp) else {int: 1, str: "x", bool: True}.get(tp)
    return out


def answer(status: int, content: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers={"Content-Type": "application/json"})
    )


def answers(endpoint: Any) -> st.SearchStrategy[tuple[int, bytes, bool]]:
    """(status, body, body is valid for the success type)."""
    expected = validation._success_type(endpoint)
    good = valid_json(expected)
    return st.one_of(
        st.tuples(st.just(200), good.map(lambda d: json.dumps(d).encode()), st.just(True)),
        st.tuples(
            st.sampled_from([200, 201]),
            (mutated(good) | ANY_JSON).map(lambda d: json.dumps(d).encode()),
            st.just(False),
        ),
        st.tuples(
            st.sampled_from([200, 204, 400, 401, 403, 404, 421, 500, 503]),
            st.binary(max_size=40),
            st.just(False),
        ),
        st.tuples(
            st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 502]),
            st.fixed_dictionaries(
                {}, optional={"ErrorType": JSON_SCALARS, "ErrorMessage": JSON_SCALARS, "Error": JSON_SCALARS}
            ).map(lambda d: json.dumps(d).encode()),
            st.just(False),
        ),
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.__name__.rsplit(".", 1)[-1])
@settings(FUZZ, max_examples=10)
@given(data=st.data())
def test_operation_answers_through_the_agent(endpoint: Any, data: st.DataObject) -> None:
    operation = operation_of(endpoint)
    status, content, valid = data.draw(answers(endpoint))
    with EMailAgent(
        "http://crm.invalid/SuperOffice",
        auth=SOTicketAuth("7T:fuzz-ticket-0123"),
        transport=answer(status, content),
        retry=RetryPolicy(max_retries=0),
    ) as agent:
        error: SuperOfficeError | None = None
        try:
            value = agent._invoke(operation, endpoint, call_kwargs(endpoint), None, None)
        except SuperOfficeError as exc:  # the only kind of exception allowed out
            error = exc
    if error is not None:
        assert not (valid and status == 200), f"valid answer rejected: {error}"
        return
    assert 200 <= status < 300
    validation.check_type(operation, validation._success_type(endpoint), value)


def test_every_operation_and_model_is_covered() -> None:
    assert len(ENDPOINTS) == 110
    assert len({operation_of(e) for e in ENDPOINTS}) == 110
    assert len(MODELS) >= 100


BYTE_OPERATIONS = ["GetEMailAsEmlStream", "GetEmailDocumentAsMimeStream"]


@pytest.mark.parametrize("operation", BYTE_OPERATIONS)
@settings(FUZZ, max_examples=20)
@given(text=st.text(max_size=30))
def test_byte_stream_answers_through_the_public_methods(operation: str, text: str) -> None:
    """Byte answers are base64 in a JSON string; what is not base64 must come out typed too."""
    content = json.dumps(text).encode()
    with EMailAgent(
        "http://crm.invalid/SuperOffice",
        auth=SOTicketAuth("7T:fuzz-ticket-0123"),
        transport=answer(200, content),
        retry=RetryPolicy(max_retries=0),
    ) as agent:
        call = getattr(agent, METHOD_NAMES[operation])
        args = [None] * (len(inspect.signature(call).parameters) - 2)
        with contextlib.suppress(SuperOfficeError):
            value = call(*args)
            assert value is None or isinstance(value, bytes)


@pytest.mark.parametrize("text", ["", "aGVsbG8=", "0", "\x80", "not base64!", "aGVsbG8"])
def test_decode_base64_helper(text: str) -> None:
    try:
        expected = base64.b64decode(text, validate=True)
    except ValueError:
        with pytest.raises(ResponseValidationError, match="base64"):
            validation.decode_base64("GetEMailAsEmlStream", text)
    else:
        assert validation.decode_base64("GetEMailAsEmlStream", text) == expected
    assert validation.decode_base64("GetEMailAsEmlStream", None) is None
