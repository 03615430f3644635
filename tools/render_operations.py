"""Render ``overlays/superoffice_email/_operations.py``: one agent method per operation.

Run by ``tools/generate.py`` in a child interpreter, against a freshly generated package. The
methods take the request body's fields as arguments (as the official .NET and TypeScript
clients do), build the generated body model and hand over to the agent's ``_invoke``. Types are
read from the generated code itself, so the methods can never disagree with it.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import keyword
import sys
import textwrap
import types
import typing
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import yaml

# Parameters every operation shares; the agent fills them from the client and call options.
SHARED = {"client", "select", "accept_language", "so_language", "so_culture", "so_time_zone"}
HEADER = '''"""The EMail agent's operations as methods, sync and async.

Rendered by tools/render_operations.py from openapi.yaml and the generated client; do not edit:
change openapi.yaml and run `make generate`. Endpoint modules and models are imported inside each
method so that importing the package stays cheap.
"""
'''


class TypeFormatter:
    """Turns resolved annotations back into source text, collecting the model names used."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.models: set[str] = set()
        self.stdlib: dict[str, set[str]] = {}

    def __call__(self, tp: Any) -> str:
        if tp is type(None) or tp is None:
            return "None"
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            parts = [self(a) for a in typing.get_args(tp) if getattr(a, "__name__", "") != "Unset"]
            ordered = [p for p in parts if p != "None"] + (["None"] if "None" in parts else [])
            return " | ".join(dict.fromkeys(ordered))
        if origin is not None:
            args = ", ".join(self(a) for a in typing.get_args(tp))
            return f"{origin.__name__}[{args}]"
        module = getattr(tp, "__module__", "")
        if module.startswith(f"{self.package}.models"):
            self.models.add(tp.__name__)
            return str(tp.__name__)
        if module.startswith(f"{self.package}.types"):
            raise SystemExit(f"unsupported generated type {tp!r}: teach render_operations.py about it")
        if module not in ("builtins", "typing", ""):
            self.stdlib.setdefault(module, set()).add(tp.__name__)
        return str(tp.__name__)


def _without_unset(tp: Any) -> Any:
    """``X | Unset`` -> ``X``: the agent always sends the body it builds."""
    args = [a for a in typing.get_args(tp) if getattr(a, "__name__", "") != "Unset"]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return tp


class OpInfo(NamedTuple):
    """What the renderer needs from one operation of openapi.yaml."""

    operation_id: str
    path: str
    summary: str
    description: str
    has_content: bool
    # ``x-body-name`` on the request body: the body is one carrier, passed whole under this name
    # (SaveEMailAccount's ``entity``) instead of being spread into one argument per property.
    body_name: str | None
    # The 200 answer is a base64 string (``format: byte``): the method hands back the decoded bytes.
    returns_bytes: bool


def operation_ids(spec_path: Path) -> dict[str, OpInfo]:
    """Module name (as the generator names it) -> what the spec says about that operation."""
    from openapi_python_client.strings import snake_case

    spec = yaml.safe_load(spec_path.read_text())
    found: dict[str, OpInfo] = {}
    for path, item in spec["paths"].items():
        op = item["post"]
        ok = [r for code, r in op["responses"].items() if str(code).startswith("2")]
        has_content = any("content" in r for r in ok)
        schemas = [m.get("schema", {}) for r in ok for m in r.get("content", {}).values()]
        returns_bytes = any(s.get("format") == "byte" for s in schemas)
        body_name = (op.get("requestBody") or {}).get("x-body-name")
        summary = " ".join(op.get("summary", "").split())
        description = " ".join(op.get("description", "").split())
        found[snake_case(op["operationId"])] = OpInfo(
            op["operationId"], path, summary, description, has_content, body_name, returns_bytes
        )
    return found


def method_name(operation_id: str) -> str:
    """The agent method for an operation: snake_case with the vendor's two spellings of "email" unified.

    The vendor writes both ``EMail`` (GetEMailEnvelopes) and ``Email`` (GetEmailAppointment);
    openapi-python-client would turn the first into ``e_mail``. Users should not have to know which
    spelling an operation has, so both become ``email`` (``get_email_envelopes``). The render step
    fails if two operations would get the same name.
    """
    from openapi_python_client.strings import snake_case

    return str(snake_case(operation_id.replace("EMail", "Email")))


def py_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def _docstring(summary: str, description: str, path: str) -> str:
    """The method docstring: the spec's summary and description wrapped, then the endpoint."""
    indent = " " * 8
    width = 100 - len(indent) - 3
    paragraphs = [textwrap.wrap(text, width=width) for text in (summary, description) if text]
    body = f"\n\n{indent}".join(f"\n{indent}".join(lines) for lines in paragraphs)
    return f'"""{body}\n\n{indent}``POST {path}``\n{indent}"""'


class DocRow(NamedTuple):
    """One line of docs/OPERATIONS.md."""

    operation_id: str
    method: str
    arguments: list[str]
    result: str
    path: str


def render(package_dir: Path, spec: Path) -> tuple[str, str]:
    """The source of ``_operations.py`` and the text of ``docs/OPERATIONS.md``."""
    sys.path.insert(0, str(package_dir))
    pkg = "superoffice_email_generated"
    api = importlib.import_module(f"{pkg}.api.email")
    models = importlib.import_module(f"{pkg}.models")
    gen_types = importlib.import_module(f"{pkg}.types")
    fmt = TypeFormatter(pkg)
    ops = operation_ids(spec)
    sync_methods: list[str] = []
    async_methods: list[str] = []
    any_bytes = False
    rows: list[DocRow] = []
    method_names: dict[str, str] = {}
    api_dir = Path(str(api.__file__)).parent
    for module_file in sorted(api_dir.glob("*.py")):
        if module_file.stem == "__init__":
            continue
        name = module_file.stem
        if name not in ops:
            raise SystemExit(f"{module_file} has no operation in {spec}")
        info = ops[name]
        method = method_name(info.operation_id)
        if method in method_names.values():
            raise SystemExit(f"{info.operation_id} and another operation would both be named {method}")
        method_names[info.operation_id] = method
        module = importlib.import_module(f"{pkg}.api.email.{name}")
        hints = typing.get_type_hints(module.sync_detailed)
        signature = inspect.signature(module.sync_detailed)
        missing = SHARED - set(signature.parameters)
        if missing:
            raise SystemExit(
                f"{info.operation_id} lacks the shared parameters {sorted(missing)} in openapi.yaml"
            )
        params: list[str] = []
        kwargs: list[str] = []
        body_imports: list[str] = []
        for pname, param in signature.parameters.items():
            if pname in SHARED:
                continue
            if pname == "body":
                body_type = _without_unset(hints["body"])
                if info.body_name is not None:
                    # The body is one carrier, sent as it is: one argument under the vendor's name.
                    arg = py_name(info.body_name)
                    params.append(f"{arg}: {fmt(body_type)}")
                    kwargs.append(f'"body": {arg}')
                elif attrs.has(body_type):
                    namespace = {**vars(sys.modules[body_type.__module__]), **vars(gen_types), **vars(models)}
                    attrs.resolve_types(body_type, globalns=namespace)
                    fields = [f for f in attrs.fields(body_type) if f.name != "additional_properties"]
                    for field in fields:
                        params.append(f"{py_name(field.name)}: {fmt(field.type)}")
                    args = ", ".join(f"{f.name}={py_name(f.name)}" for f in fields)
                    body_imports.append(body_type.__name__)
                    kwargs.append(f'"body": {body_type.__name__}({args})')
                else:
                    raise SystemExit(
                        f"{info.operation_id}: a bare-value body needs x-body-name in openapi.yaml"
                    )
            else:
                optional = param.default is not inspect.Parameter.empty
                text = fmt(hints[pname])
                if optional:
                    params.append(f"{py_name(pname)}: {text} | None = None")
                    kwargs.append(f'"{pname}": _unset_if_none({py_name(pname)})')
                else:
                    params.append(f"{py_name(pname)}: {text}")
                    kwargs.append(f'"{pname}": {py_name(pname)}')
        # Keyword-only tail shared by every method.
        params.append("*")
        params.append("select: str | None = None")
        params.append("options: RequestOptions | None = None")
        returned = typing.get_args(hints["return"])[0]
        error_model = models.ErrorInfo
        ok_parts = [a for a in typing.get_args(returned) if a is not error_model] or [returned]
        union: Any = typing.Union[tuple(ok_parts)]  # noqa: UP007 (built at run time from a tuple)
        result = fmt(union) if len(ok_parts) > 1 else fmt(ok_parts[0])
        if result in ("ErrorInfo", "Any") and not info.has_content:
            result = "None"
        if info.returns_bytes:
            if result != "str | None":
                raise SystemExit(
                    f"{info.operation_id}: a byte answer should parse as str | None, not {result}"
                )
            result = "bytes | None"
            any_bytes = True
        local_imports = [f"from ._generated.api.email import {name} as endpoint"]
        if body_imports:
            local_imports.append(f"from ._generated.models import {', '.join(sorted(set(body_imports)))}")
        kw_text = "{" + ", ".join(kwargs) + "}"
        call = f'"{info.operation_id}", endpoint, {kw_text}, select, options'
        doc = _docstring(info.summary, info.description, info.path)
        sig = ", ".join(["self", *params])
        rows.append(DocRow(info.operation_id, method, params[: params.index("*")], result, info.path))
        for is_async in (False, True):
            lines = [
                f"    {'async ' if is_async else ''}def {method}({sig}) -> {result}:",
                f"        {doc}",
                *(f"        {imp}" for imp in local_imports),
                "",
            ]
            invoke = f"await self._ainvoke({call})" if is_async else f"self._invoke({call})"
            if result == "None":
                lines.append(f"        {invoke}")
            elif info.returns_bytes:
                lines.append(f'        return _decode_base64("{info.operation_id}", {invoke})')
            else:
                lines.append(f'        return cast("{result}", {invoke})')
            (async_methods if is_async else sync_methods).append("\n".join(lines))
    typing_imports = ", ".join(sorted(fmt.models))
    checking = [
        f"    from {mod} import {', '.join(sorted(names))}" for mod, names in sorted(fmt.stdlib.items())
    ]
    if checking:
        checking.append("")
    if typing_imports:
        checking.append(f"    from ._generated.models import {typing_imports}")
    checking.append("    from .options import RequestOptions\n")
    helpers = [
        "def _unset_if_none(value: _T | None) -> _T | Unset:",
        "    return UNSET if value is None else value\n\n",
    ]
    if any_bytes:
        helpers += [
            "def _decode_base64(operation: str, value: Any) -> bytes | None:",
            '    """Bytes from a base64 answer; None for null; ResponseValidationError otherwise."""',
            "    from .validation import decode_base64\n",
            "    return decode_base64(operation, value)\n\n",
        ]
    out = [
        HEADER,
        "from __future__ import annotations\n",
        "from typing import TYPE_CHECKING, Any, TypeVar, cast\n",
        "from ._generated.types import UNSET, Unset\n",
        "if TYPE_CHECKING:",
        *checking,
        '_T = TypeVar("_T")\n',
        "METHOD_NAMES: dict[str, str] = {",
        *(f'    "{op}": "{m}",' for op, m in sorted(method_names.items())),
        "}",
        '"""Vendor operation name -> agent method name."""\n\n',
        *helpers,
        "class Operations:",
        '    """Every EMail agent operation as a blocking method; the agent supplies ``_invoke``."""\n',
        "    __slots__ = ()\n",
        "    def _invoke(self, operation: str, endpoint: Any, kwargs: dict[str, Any], select: str | None,"
        " options: RequestOptions | None) -> Any:",
        "        raise NotImplementedError\n",
        "\n\n".join(sync_methods),
        "\n\nclass AsyncOperations:",
        '    """Every EMail agent operation as a coroutine; the agent supplies ``_ainvoke``."""\n',
        "    __slots__ = ()\n",
        "    async def _ainvoke(self, operation: str, endpoint: Any, kwargs: dict[str, Any],"
        " select: str | None, options: RequestOptions | None) -> Any:",
        "        raise NotImplementedError\n",
        "\n\n".join(async_methods),
        "",
    ]
    return "\n".join(out), render_docs(rows)


DOCS_HEADER = """# EMail agent operations

Generated by `make generate` (tools/render_operations.py) from openapi.yaml; do not edit by hand.
`make check-generated` fails when this file is out of date.

Every operation is `POST {base}/api/v1/Agents/EMail/<Operation>` and is a method of both
`EMailAgent` (blocking) and `AsyncEMailAgent` (coroutine), with the same name and arguments.

How to find a method:

- **Name**: the vendor's operation name in snake_case, with its two spellings `EMail` and
  `Email` both written `email`: `GetEMailEnvelopes` -> `get_email_envelopes`,
  `GetEmailAppointment` -> `get_email_appointment`, `CreateDefaultEMailSOInfo` ->
  `create_default_email_so_info`, `HasMXRecord` -> `has_mx_record`. (`METHOD_NAMES` in
  `superoffice_email._operations` maps every vendor name to its method.) Argument and model
  property names are openapi-python-client's snake_case of the JSON names, which keeps `e_mail`
  (`EMailAddress` -> `e_mail_address`, `HTMLBody` -> `html_body`, `Rfc822` -> `rfc_822`).
- **Positional arguments**: the fields of the request body, in the order of the vendor's
  `EMail_<Operation>Request` wrapper (snake_case of the JSON names), or the query-string argument
  for GetEMailAccount, GetEMailSOInfo and DeleteEMailAccount. SaveEMailAccount takes the whole
  `EMailAccount` carrier as `entity`. Passing `None` sends JSON `null`.
- **Keyword-only arguments** on every method: `select` (the `$select` list of properties to keep;
  the server nulls the others) and `options` (`RequestOptions`: language, culture, time zone,
  timeout, retries).
- **Results**: carriers are the generated attrs models re-exported by `superoffice_email.models`;
  every property may be `None`. Enum-typed properties hold the enum member, or the plain string
  when the server sends a name (or a comma separated flag combination) the enum does not list.
  Operations documented with no body (204) return `None`. Byte answers (documents and MIME
  streams) travel as base64 JSON strings; the methods return the decoded `bytes` and raise
  `ResponseValidationError` for text that is not base64. `EMailAttachment.stream` stays the
  base64 string as received.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_docs(rows: list[DocRow]) -> str:
    lines = [
        DOCS_HEADER,
        f"{len(rows)} operations.\n",
        "| Operation | Python method | Positional arguments | Returns | Path |",
        "|---|---|---|---|---|",
    ]
    for row in sorted(rows, key=lambda r: r.operation_id):
        args = "<br>".join(f"`{_cell(a)}`" for a in row.arguments) or "none"
        lines.append(
            f"| {row.operation_id} | `{row.method}` | {args} | `{_cell(row.result)}` | `{row.path}` |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--package-dir", type=Path, required=True)
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--docs", type=Path, required=True, help="where to write the operations index")
    args = parser.parse_args()
    source, docs = render(args.package_dir, args.spec)
    args.out.write_text(source)
    args.docs.write_text(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
