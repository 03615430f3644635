"""Type checks of 2xx answers against the generated models.

The generated ``from_dict`` functions ``cast`` instead of checking, and where a nested value does
not parse they silently keep the raw JSON. Without a check, a server answering
``{"AccountId": "7"}`` would hand the caller a string where the type says ``int``, and the error
would surface far away as a bare ``TypeError``. :func:`check` walks a parsed result against the
resolved annotations of the generated attrs classes and raises
:class:`~superoffice_email.errors.ResponseValidationError` naming the operation and the JSON path
(``[2].AccountId: expected integer, got string``).

Harmless deviations are kept as they are: extra fields (in ``additional_properties``) and enum
values the SDK does not know, where the schema allows any string.

Checkers are compiled once per type and cached; the success path does no string work, so the
cost is a few ``type()`` look-ups per field.
"""

from __future__ import annotations

import base64
import datetime
import enum
import inspect
import operator
import re
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from .errors import ResponseValidationError

Checker = Callable[[Any], None]

_NONE_TYPE = type(None)
_JSON_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    _NONE_TYPE: "null",
}


class _Mismatch(Exception):
    """Raised inside the walk; the path is collected while it unwinds (no cost on success)."""

    def __init__(self, expected: str, value: Any) -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.segments: list[str] = []

    def path(self) -> str:
        return "".join(reversed(self.segments)).lstrip(".")

    def problem(self) -> str:
        value = self.value
        got = _JSON_NAMES.get(type(value)) or type(value).__name__
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            got = f"{got} {shown}"
        return f"expected {self.expected}, got {got}"


class _Namespace:
    """Names the generated annotations refer to (they import models only under TYPE_CHECKING)."""

    _ns: dict[str, Any] | None = None

    @classmethod
    def get(cls) -> dict[str, Any]:
        if cls._ns is None:
            from ._generated import models
            from ._generated import types as gtypes

            cls._ns = {**vars(gtypes), "datetime": datetime, **vars(models)}
        return cls._ns


_lock = threading.RLock()
_compiled: dict[tuple[Any, bool], Checker] = {}
_by_endpoint: dict[Any, tuple[Checker, Checker]] = {}


def check(operation: str, endpoint: Any, value: Any) -> Any:
    """Return ``value`` if it fits ``endpoint``'s documented 2xx type; raise ResponseValidationError."""
    if value is None or endpoint is None:
        return value
    checker = _endpoint_checkers(endpoint)[0]
    try:
        checker(value)
    except _Mismatch as mismatch:
        raise ResponseValidationError(operation, mismatch.path(), mismatch.problem()) from None
    return value


def check_type(operation: str, tp: Any, value: Any) -> Any:
    """Return ``value`` if it fits the type ``tp`` (e.g. a generated model class or
    ``list[SyncUserAccount] | None``), as parsed by the generated code; raise ResponseValidationError."""
    try:
        _compile(tp, raw=False)(value)
    except _Mismatch as mismatch:
        raise ResponseValidationError(operation, mismatch.path(), mismatch.problem()) from None
    return value


def decode_base64(operation: str, value: Any) -> bytes | None:
    """Bytes from a base64 JSON string answer; anything else is a ResponseValidationError.

    ``base64.b64decode`` alone raises ``binascii.Error``/``ValueError`` (and by default skips
    characters outside the alphabet), which would escape as an untyped error.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ResponseValidationError(operation, "", f"expected base64 string, got {type(value).__name__}")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:  # binascii.Error and non-ASCII input
        raise ResponseValidationError(operation, "", "expected base64 string, got other text") from None


def locate(endpoint: Any, data: Any) -> tuple[str, str] | None:
    """(path, problem) of the first value in raw JSON ``data`` that does not fit, or None."""
    if endpoint is None:
        return None
    try:
        _endpoint_checkers(endpoint)[1](data)
    except _Mismatch as mismatch:
        return mismatch.path(), mismatch.problem()
    return None


def _endpoint_checkers(endpoint: Any) -> tuple[Checker, Checker]:
    found = _by_endpoint.get(endpoint)
    if found is None:
        expected = _success_type(endpoint)
        with _lock:
            found = (_compile(expected, raw=False), _compile(expected, raw=True))
            _by_endpoint[endpoint] = found
    return found


def _success_type(endpoint: Any) -> Any:
    """The parsed type of ``sync_detailed``'s ``Response[...]`` without the error model."""
    hints = typing.get_type_hints(endpoint.sync_detailed, localns=_Namespace.get())
    returned = hints.get("return")
    args = typing.get_args(returned)
    if not args:
        return Any
    members = _union_members(args[0])
    kept = [m for m in members if getattr(m, "__name__", "") != "ErrorInfo"]
    if not [m for m in kept if m is not _NONE_TYPE]:
        kept = members
    return typing.Union[tuple(kept)] if len(kept) > 1 else kept[0]  # noqa: UP007


def _union_members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return list(typing.get_args(tp))
    return [tp]


def _compile(tp: Any, *, raw: bool) -> Checker:
    key = (tp, raw)
    found = _compiled.get(key)
    if found is not None:
        return found
    with _lock:
        found = _compiled.get(key)
        if found is None:
            found = _build(tp, raw=raw)
            _compiled[key] = found
    return found


def _simple_types(tp: Any, *, raw: bool) -> tuple[frozenset[type], str] | None:
    """Exact runtime types accepted for a scalar annotation, and its name; None if not a scalar."""
    if tp is Any or tp is object:
        return None
    if tp is _NONE_TYPE:
        return frozenset({_NONE_TYPE}), "null"
    if tp is bool:
        return frozenset({bool}), "boolean"
    if tp is int:
        return frozenset({int}), "integer"
    if tp is float:
        return frozenset({int, float}), "number"
    if tp is str:
        return frozenset({str}), "string"
    if isinstance(tp, type) and tp.__name__ == "Unset":
        return (frozenset(), "absent") if raw else (frozenset({tp}), "absent")
    if tp is datetime.datetime:
        return (frozenset({str}), "date-time string") if raw else (frozenset({tp}), "date-time")
    if tp is datetime.date:
        return (frozenset({str}), "date string") if raw else (frozenset({tp}), "date")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return None  # raw values need a membership test
    return None


def _build(tp: Any, *, raw: bool) -> Checker:
    members = _union_members(tp)
    if len(members) > 1:
        return _build_union(members, raw=raw)
    if tp is Any or tp is object:
        return _accept
    simple = _simple_types(tp, raw=raw)
    if simple is not None:
        accepted, name = simple
        return _exact(accepted, name)
    origin = typing.get_origin(tp)
    if origin is list or tp is list:
        args = typing.get_args(tp)
        return _build_list(args[0] if args else Any, raw=raw)
    if origin is dict or tp is dict:
        args = typing.get_args(tp)
        return _build_map(args[1] if len(args) == 2 else Any, raw=raw)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _build_enum(tp, raw=raw)
    if attrs.has(tp):
        return _ModelChecker(tp, raw=raw)
    if isinstance(tp, type):
        return _exact(frozenset({tp}), tp.__name__)
    return _accept


def _accept(value: Any) -> None:
    return None


def _exact(accepted: frozenset[type], name: str) -> Checker:
    def check(value: Any) -> None:
        if type(value) not in accepted:
            raise _Mismatch(name, value)

    return check


def _build_union(members: list[Any], *, raw: bool) -> Checker:
    accepted: set[type] = set()
    names: list[str] = []
    by_type: dict[type, Checker] = {}
    for member in members:
        if member is Any or member is object:
            return _accept
        simple = _simple_types(member, raw=raw)
        if simple is not None:
            accepted |= simple[0]
            if simple[0] and simple[1] != "absent":
                names.append(simple[1])
            continue
        names.append(_describe(member))
        checker = _compile(member, raw=raw)
        for shape in _shape_types(member, raw=raw):
            by_type.setdefault(shape, checker)
    frozen = frozenset(accepted)
    for scalar in frozen:
        by_type.pop(scalar, None)
    expected = " or ".join(dict.fromkeys(names))

    def check(value: Any) -> None:
        kind = type(value)
        if kind in frozen:
            return
        checker = by_type.get(kind)
        if checker is None:
            raise _Mismatch(expected, value)
        checker(value)

    return check


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list or tp is list:
        return "array"
    if origin is dict or tp is dict:
        return "object"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"{tp.__name__} value"
    if attrs.has(tp):
        return f"{tp.__name__} object"
    return getattr(tp, "__name__", str(tp))


def _shape_types(tp: Any, *, raw: bool) -> tuple[type, ...]:
    """The runtime types by which a value is recognised as meant to be union member ``tp``."""
    origin = typing.get_origin(tp)
    if origin is list or tp is list:
        return (list,)
    if origin is dict or tp is dict:
        return (dict,)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return (str, int) if raw else (tp,)
    if attrs.has(tp):
        # Parsed: the model instance, or the raw dict the generated code keeps when parsing failed.
        return (dict,) if raw else (tp, dict)
    return ()


def _is_deep(tp: Any) -> bool:
    """Whether checking a value of ``tp`` needs more than its runtime type (containers, models)."""
    for member in _union_members(tp):
        origin = typing.get_origin(member)
        if origin in (list, dict) or member in (list, dict) or attrs.has(member):
            return True
    return False


def _build_list(item_type: Any, *, raw: bool) -> Checker:
    simple = _simple_types(item_type, raw=raw)
    fast = simple[0] if simple is not None else frozenset()
    item_check = _compile(item_type, raw=raw)

    def check(value: Any) -> None:
        if type(value) is not list:
            raise _Mismatch("array", value)
        index = 0
        try:
            for index, item in enumerate(value):  # noqa: B007
                if type(item) in fast:
                    continue
                item_check(item)
        except _Mismatch as mismatch:
            mismatch.segments.append(f"[{index}]")
            raise

    return check


def _build_map(value_type: Any, *, raw: bool) -> Checker:
    item_check = _compile(value_type, raw=raw)
    if item_check is _accept:

        def check_any(value: Any) -> None:
            if type(value) is not dict:
                raise _Mismatch("object", value)

        return check_any

    def check(value: Any) -> None:
        if type(value) is not dict:
            raise _Mismatch("object", value)
        key = ""
        try:
            for key, item in value.items():  # noqa: B007
                item_check(item)
        except _Mismatch as mismatch:
            mismatch.segments.append(f".{key}")
            raise

    return check


def _build_enum(tp: type[enum.Enum], *, raw: bool) -> Checker:
    if not raw:
        return _exact(frozenset({tp}), f"{tp.__name__} value")
    values = frozenset(m.value for m in tp)
    shown = ", ".join(sorted(str(v) for v in values))

    def check(value: Any) -> None:
        if type(value) not in (str, int) or value not in values:
            raise _Mismatch(f"one of {tp.__name__} ({shown})", value)

    return check


_POP = re.compile(r"""d\.pop\(\s*["']([^"']+)["']""")


def _json_names(cls: type) -> dict[str, str]:
    """Attribute name -> JSON key, read from the generated ``from_dict`` (PascalCase guess otherwise)."""
    keys: list[str] = []
    try:
        keys = _POP.findall(inspect.getsource(cls.from_dict))  # type: ignore[attr-defined]
    except (OSError, TypeError, AttributeError):
        keys = []
    by_norm = {k.replace("_", "").lower(): k for k in keys}
    names: dict[str, str] = {}
    for field in attrs.fields(cls):
        norm = field.name.rstrip("_").replace("_", "").lower()
        names[field.name] = by_norm.get(norm) or "".join(p[:1].upper() + p[1:] for p in field.name.split("_"))
    return names


class _ModelChecker:
    """Checks one generated attrs class: fields by annotation, typed additional properties."""

    def __init__(self, cls: type, *, raw: bool) -> None:
        self.cls = cls
        self.raw = raw
        self.name = f"{cls.__name__} object"
        self._fields: list[tuple[str, str, frozenset[type], Checker]] | None = None
        self._extra: Checker | None = None
        self._by_key: dict[str, tuple[frozenset[type], Checker]] = {}
        self._getter: Callable[[Any], tuple[Any, ...]] = _no_values
        self._deep: tuple[tuple[int, str, frozenset[type], Checker], ...] = ()
        self._good: set[tuple[type, ...]] = set()
        """Tuples of field value types already seen to fit: then only nested values need a look."""

    def _prepare(self) -> list[tuple[str, str, frozenset[type], Checker]]:
        with _lock:
            if self._fields is not None:
                return self._fields
            hints = typing.get_type_hints(self.cls, localns=_Namespace.get())
            names = _json_names(self.cls)
            fields: list[tuple[str, str, frozenset[type], Checker]] = []
            deep: list[bool] = []
            extra: Checker | None = None
            for field in attrs.fields(self.cls):
                tp = hints.get(field.name, Any)
                if field.name == "additional_properties":
                    args = typing.get_args(tp)
                    value_type = args[1] if len(args) == 2 else Any
                    if value_type is not Any:
                        extra = _compile(value_type, raw=self.raw)
                    continue
                simple = _simple_types(tp, raw=self.raw)
                fast = simple[0] if simple is not None else _fast_members(tp, raw=self.raw)
                fields.append((field.name, names[field.name], fast, _compile(tp, raw=self.raw)))
                deep.append(_is_deep(tp))
            self._extra = extra
            self._by_key = {key: (fast, chk) for _, key, fast, chk in fields}
            attr_names = [attr for attr, _, _, _ in fields]
            if len(attr_names) >= 2:
                self._getter = operator.attrgetter(*attr_names)
            elif attr_names:
                only = operator.attrgetter(attr_names[0])
                self._getter = lambda v: (only(v),)
            self._deep = tuple((i, key, fast, chk) for i, (_, key, fast, chk) in enumerate(fields) if deep[i])
            self._fields = fields
            return fields

    def __call__(self, value: Any) -> None:
        fields = self._fields if self._fields is not None else self._prepare()
        if not self.raw and type(value) is self.cls:
            key = ""
            try:
                values = self._getter(value)
                signature = tuple(map(type, values))
                if signature in self._good:
                    for index, key, fast, chk in self._deep:  # noqa: B007
                        item = values[index]
                        if type(item) not in fast:
                            chk(item)
                else:
                    for item, (_, key, fast, chk) in zip(values, fields, strict=True):  # noqa: B007
                        if type(item) not in fast:
                            chk(item)
                    if len(self._good) < 64:
                        self._good.add(signature)
                if self._extra is not None:
                    for key, item in typing.cast(Any, value).additional_properties.items():  # noqa: B007
                        self._extra(item)
            except _Mismatch as mismatch:
                mismatch.segments.append(f".{key}")
                raise
            return
        if type(value) is not dict:
            raise _Mismatch(self.name, value)
        self._check_raw(value)
        if not self.raw:
            # A raw dict in a parsed result: the generated code could not read it but no field
            # check found why (e.g. a required field is missing).
            raise _Mismatch(self.name, value)

    def _check_raw(self, value: dict[str, Any]) -> None:
        raw_fields = self._raw_fields()
        key = ""
        try:
            for key, item in value.items():
                found = raw_fields.get(key)
                if found is None:
                    if self._raw_extra is not None:
                        self._raw_extra(item)
                    continue
                fast, chk = found
                if type(item) in fast:
                    continue
                chk(item)
        except _Mismatch as mismatch:
            mismatch.segments.append(f".{key}")
            raise

    _raw_cache: dict[str, tuple[frozenset[type], Checker]] | None = None
    _raw_extra: Checker | None = None

    def _raw_fields(self) -> dict[str, tuple[frozenset[type], Checker]]:
        if self._raw_cache is None:
            twin = _compile(self.cls, raw=True)
            assert isinstance(twin, _ModelChecker)
            twin._prepare()
            self._raw_extra = twin._extra
            self._raw_cache = twin._by_key
        return self._raw_cache


def _no_values(value: Any) -> tuple[Any, ...]:
    return ()


def _fast_members(tp: Any, *, raw: bool) -> frozenset[type]:
    """The scalar types of a union, checked inline before calling the full checker."""
    accepted: set[type] = set()
    for member in _union_members(tp):
        simple = _simple_types(member, raw=raw)
        if simple is not None:
            accepted |= simple[0]
    return frozenset(accepted)
