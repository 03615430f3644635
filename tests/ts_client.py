"""Read SuperOffice's own TypeScript client (@superoffice/webapi) as data: names and types only.

Three generated files are parsed with regular expressions:

- ``EMailAgent.ts``: every ``this._axios.post("<Operation>[?arg=" + arg]", <body>, config)`` call,
  with the TypeScript signature of the method that makes it (body type, query arguments, and
  the ``Promise<...>`` it returns);
- ``Carriers.ts``: every ``export interface`` with its base interfaces, its properties (camelCase)
  and, for dictionaries, the ``[index: string]: V`` value type;
- ``Enums.ts``: every ``export enum`` with its member names.

Nothing of the package is copied into the project; the tests compare openapi.yaml against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEBAPI_SRC = ROOT / "node_modules" / "@superoffice" / "webapi" / "src"

PRIMITIVES = {"number", "string", "boolean", "void", "any", "Object", "object", "Date", "Duration", "bytes"}


@dataclass(frozen=True)
class TsType:
    """A TypeScript type expression: a primitive, ``X[]``, ``enums.X`` or an interface name.

    ``kind`` is one of ``primitive`` (``name`` is number, string, boolean, void, any, Date,
    Duration or bytes, the last for ``ArrayBuffer|string``), ``array`` (``item`` set), ``enum``
    or ``interface`` (``name`` is the enum or interface name without its module prefix).
    """

    kind: str
    name: str = ""
    item: TsType | None = None

    def __str__(self) -> str:
        if self.kind == "array":
            return f"{self.item}[]"
        if self.kind == "enum":
            return f"enums.{self.name}"
        return self.name

    def named(self) -> Iterator[TsType]:
        """This type's enum and interface names, looking through arrays."""
        if self.item is not None:
            yield from self.item.named()
        elif self.kind in ("enum", "interface"):
            yield self


def parse_type(text: str) -> TsType:
    """``carriers.EMailEntity[]`` -> array of interface EMailEntity, and so on."""
    text = re.sub(r"\s+", "", text)
    if text.endswith("[]"):
        return TsType("array", item=parse_type(text[:-2]))
    if set(text.split("|")) == {"ArrayBuffer", "string"}:
        return TsType("primitive", "bytes")
    if "|" in text or "<" in text:
        raise ValueError(f"unsupported TypeScript type {text!r}")
    if text in PRIMITIVES:
        return TsType("primitive", "any" if text in ("Object", "object") else text)
    if text.startswith("enums."):
        return TsType("enum", text.removeprefix("enums."))
    return TsType("interface", text.removeprefix("carriers."))


@dataclass(frozen=True)
class TsProperty:
    name: str
    type: TsType
    optional: bool


@dataclass
class TsInterface:
    name: str
    bases: list[str]
    properties: list[TsProperty]
    index_value: TsType | None = None  # set for ``{ [index: string]: V }`` dictionaries

    @property
    def is_dictionary(self) -> bool:
        return self.index_value is not None


@dataclass(frozen=True)
class TsEndpoint:
    """One ``POST <Operation>`` call of the agent class.

    ``body`` is None when the call sends no body (``null``/``undefined``), else the TypeScript
    type of what is sent: the ``EMail_<Op>Request`` wrapper or a carrier sent as it is.
    """

    operation: str
    method: str
    body: TsType | None
    query: tuple[tuple[str, TsType], ...]
    returns: TsType


@dataclass
class TsClient:
    endpoints: dict[str, TsEndpoint]
    interfaces: dict[str, TsInterface]
    enums: dict[str, list[str]]
    problems: list[str] = field(default_factory=list)  # parse-level findings (unresolved names)

    def all_properties(self, name: str) -> list[TsProperty]:
        """An interface's properties, base interfaces (e.g. Carrier's tableRight) first."""
        iface = self.interfaces[name]
        props: list[TsProperty] = []
        for base in iface.bases:
            props.extend(self.all_properties(base))
        seen = {p.name for p in iface.properties}
        return [p for p in props if p.name not in seen] + iface.properties

    def reachable(self, roots: list[TsType]) -> tuple[set[str], set[str]]:
        """Interface names and enum names reachable from ``roots`` through properties."""
        interfaces: set[str] = set()
        enums: set[str] = set()
        todo = [t for root in roots for t in root.named()]
        while todo:
            ref = todo.pop()
            if ref.kind == "enum":
                enums.add(ref.name)
                continue
            if ref.name in interfaces or ref.name not in self.interfaces:
                continue
            interfaces.add(ref.name)
            iface = self.interfaces[ref.name]
            if iface.index_value is not None:
                todo.extend(iface.index_value.named())
            for prop in self.all_properties(ref.name):
                todo.extend(prop.type.named())
        return interfaces, enums


_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
_INTERFACE = re.compile(
    r"^export interface (?P<name>\w+)(?:\s+extends\s+(?P<bases>[\w\s,.]+?))?\s*\{(?P<body>.*?)^\}",
    re.MULTILINE | re.DOTALL,
)
_PROPERTY = re.compile(r"^\s*(?P<name>\w+)(?P<opt>\?)?\s*:\s*(?P<type>[^;]+);", re.MULTILINE)
_INDEX = re.compile(r"^\s*\[\s*\w+\s*:\s*(?:string|number)\s*\]\s*:\s*(?P<type>[^;]+);", re.MULTILINE)
_ENUM = re.compile(r"^\s*export enum (?P<name>\w+)\s*\{(?P<body>.*?)\}", re.MULTILINE | re.DOTALL)
_MEMBER = re.compile(r"^\s*(?P<name>\w+)\s*=\s*(?:\"[^\"]*\"|'[^']*'|-?\d+)\s*,?", re.MULTILINE)
_METHOD = re.compile(
    r"(?:public|private)\s+async\s+(?P<name>\w+)\s*\((?P<params>[^)]*)\)\s*:\s*Promise<\s*(?P<ret>[^>]+?)\s*>\s*\{"
)
_POST = re.compile(
    r"this\._axios\.post\(\s*\"(?P<target>[^\"]+)\"\s*(?:\+\s*(?P<arg>\w+)\s*)?,\s*(?P<body>\w+)\s*,"
)


def _strip_comments(text: str) -> str:
    return _COMMENT.sub("", text)


def parse_carriers(text: str) -> dict[str, TsInterface]:
    found: dict[str, TsInterface] = {}
    for match in _INTERFACE.finditer(_strip_comments(text)):
        body = match["body"]
        bases = [b.strip().removeprefix("carriers.") for b in (match["bases"] or "").split(",") if b.strip()]
        index = _INDEX.search(body)
        props = [
            TsProperty(p["name"], parse_type(p["type"]), bool(p["opt"])) for p in _PROPERTY.finditer(body)
        ]
        found[match["name"]] = TsInterface(
            match["name"], bases, props, parse_type(index["type"]) if index else None
        )
    return found


def parse_enums(text: str) -> dict[str, list[str]]:
    return {
        m["name"]: [member["name"] for member in _MEMBER.finditer(m["body"])]
        for m in _ENUM.finditer(_strip_comments(text))
    }


def _params(text: str) -> dict[str, TsType]:
    params: dict[str, TsType] = {}
    for part in text.split(","):
        if ":" not in part:
            continue
        name, _, type_text = part.partition(":")
        name = name.strip().rstrip("?")
        if name in ("options", "webapi_options"):
            continue
        params[name] = parse_type(type_text)
    return params


def parse_agent(text: str) -> dict[str, TsEndpoint]:
    """Every POST the agent class makes, keyed by operation name."""
    text = _strip_comments(text)
    methods = list(_METHOD.finditer(text))
    found: dict[str, TsEndpoint] = {}
    for i, method in enumerate(methods):
        end = methods[i + 1].start() if i + 1 < len(methods) else len(text)
        for post in _POST.finditer(text, method.end(), end):
            operation, _, query_text = post["target"].partition("?")
            params = _params(method["params"])
            query: list[tuple[str, TsType]] = []
            if query_text:
                key = query_text.rstrip("=").split("=")[0]
                arg = post["arg"]
                if arg is None or arg not in params:
                    raise ValueError(f"{operation}: query argument {key!r} has no typed parameter")
                query.append((key, params[arg]))
            body_arg = post["body"]
            body = None if body_arg in ("null", "undefined") else params.get(body_arg)
            if body_arg not in ("null", "undefined") and body is None:
                raise ValueError(
                    f"{operation}: body {body_arg!r} is not a typed parameter of {method['name']}"
                )
            if operation in found:
                raise ValueError(f"{operation} is posted by two methods")
            found[operation] = TsEndpoint(
                operation, method["name"], body, tuple(query), parse_type(method["ret"])
            )
    return found


def load(src: Path = WEBAPI_SRC, agent: str = "EMailAgent") -> TsClient:
    """Parse ``<agent>.ts``, ``Carriers.ts`` and ``Enums.ts`` from the package's ``src`` folder."""
    client = TsClient(
        endpoints=parse_agent((src / f"{agent}.ts").read_text(encoding="utf-8-sig")),
        interfaces=parse_carriers((src / "Carriers.ts").read_text(encoding="utf-8-sig")),
        enums=parse_enums((src / "Enums.ts").read_text(encoding="utf-8-sig")),
    )
    for endpoint in client.endpoints.values():
        roots = [endpoint.returns, *(t for _, t in endpoint.query)]
        if endpoint.body is not None:
            roots.append(endpoint.body)
        for ref in (r for root in roots for r in root.named()):
            known = client.enums if ref.kind == "enum" else client.interfaces
            if ref.name not in known:
                client.problems.append(
                    f"{endpoint.operation}: {ref} is not defined in the TypeScript package"
                )
    return client
