"""Results the reader computes from a piece of text alone, kept for the next time it asks.

Reading one sentence folds it up to three times (the claim reader, the slot reader, the guard's
goodbye check) and reads the details of the same clause several times over (for the claim, its
neighbours, the slot it names). `per_text` keeps the last few results of such a pure function of
text; `forget` empties them all, so a measurement can time a sentence read for the first time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_KEPT: list[Any] = []


def per_text(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache` for a pure function of text whose result is immutable."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _KEPT.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def kept_dict() -> dict[Any, Any]:
    """A dict for results kept by a key its user builds, emptied by `forget` with the rest."""
    kept: dict[Any, Any] = {}
    _KEPT.append(SimpleNamespace(cache_clear=kept.clear))
    return kept


def forget() -> None:
    """Forget every kept result (the word caches of `morph` and `details` stay)."""
    for cached in _KEPT:
        cached.cache_clear()
