"""One place per tool: a tool is one function, and its name, schema and handler come from it.

A tool function is async; its first parameter is `session` (the call it serves), the others are
the tool's arguments, typed with the kinds of `tools.arguments` (`Text`, `Name`, `X | None = None`
for optional ones); its docstring is the description the model reads, with one `Args:` line per
argument. Pipecat's direct-function machinery turns signature and docstring into the schema.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin, get_type_hints

from pipecat.adapters.llm.schemas.direct_function import BaseDirectFunctionWrapper
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema

from tools.arguments import TEXT, Argument, Kind, read

Result = dict[str, Any]
ToolFunction = Callable[..., Awaitable[Result]]


class _Signature(BaseDirectFunctionWrapper):
    """Pipecat's signature-and-docstring reader, with `session` as the parameter the model never
    sees and optional arguments described as their plain type (the model may simply omit them)."""

    @classmethod
    def special_first_param_name(cls) -> str:
        return "session"

    def _typehint_to_jsonschema(self, type_hint: Any) -> dict[str, Any]:
        if get_origin(type_hint) in (Union, types.UnionType):
            present = [a for a in get_args(type_hint) if a is not type(None)]
            if len(present) == 1:
                return super()._typehint_to_jsonschema(present[0])
        return super()._typehint_to_jsonschema(type_hint)


@dataclass(frozen=True)
class Tool:
    name: str
    schema: FunctionSchema
    function: ToolFunction
    arguments: tuple[Argument, ...]

    async def run(self, session: Any, raw: dict[str, Any]) -> Result:
        """Check the arguments (raises `ArgumentError`), then run the tool."""
        return await self.function(session, **read(self.arguments, raw))


def tool(function: ToolFunction) -> Tool:
    signature = _Signature(function)
    schema = signature.to_function_schema()
    properties = {
        name: {**prop, "description": _one_line(prop.get("description", ""))}
        for name, prop in schema.properties.items()
    }
    return Tool(
        name=signature.name,
        schema=FunctionSchema(
            name=schema.name,
            description=_one_line(schema.description),
            properties=properties,
            required=schema.required,
        ),
        function=function,
        arguments=_arguments(function),
    )


def _one_line(text: str) -> str:
    """Docstring text as the model reads it: wrapped lines joined."""
    return " ".join(text.split())


def _arguments(function: ToolFunction) -> tuple[Argument, ...]:
    hints = get_type_hints(function, include_extras=True)
    params = list(inspect.signature(function).parameters.values())[1:]
    return tuple(
        Argument(p.name, _kind(hints.get(p.name)), p.default is inspect.Parameter.empty)
        for p in params
    )


def _kind(hint: Any) -> Kind:
    """The `Kind` an argument is annotated with (through `X | None`); plain text otherwise."""
    if get_origin(hint) in (Union, types.UnionType):
        for arg in get_args(hint):
            if arg is not type(None):
                return _kind(arg)
    if get_origin(hint) is Annotated:
        return next((m for m in hint.__metadata__ if isinstance(m, Kind)), TEXT)
    return TEXT
