"""A fact about one clause worked out the first time a rule asks for it, not for every clause.

The clause readers' `_Context` holds some thirty facts about a clause; most rules read a few of
them and most clauses open few rules, so the costlier facts are computed on first use and kept
in the instance (`functools.cached_property` without its lock: a context lives in one thread).
A fact may be assigned over as before ("c.negated = False"); the assigned value is then read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class clause_feature(Generic[T]):  # a decorator, named like `property`
    """`@clause_feature` above a method without arguments: read as an attribute, computed once."""

    __slots__ = ("_fn", "_name")

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self._fn = fn
        self._name = fn.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> clause_feature[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | clause_feature[T]:
        if obj is None:
            return self
        value = self._fn(obj)
        obj.__dict__[self._name] = value  # found before this descriptor from now on
        return value
