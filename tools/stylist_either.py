"""Two (or more) stylists named as alternatives, either welcome ("Fabian oder Mehmet, egal",
"Lena or Sophie, whoever", "Sophie oder Lea, wer eher Zeit hat"): the caller accepts any one of
exactly those, so they are searched among them (W31). Each alternative must name one stylist on
its own; a sound-alike ("Lena" beside Lea) or a name not understood leaves the whole wish asked,
and "X oder Y" with no word of indifference stays a question (which one?)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from calendar_adapter.backend import Stylist
from tools.no_preference import means_no_preference
from tools.text_fold import fold

_ALTERNATIVE = re.compile(r"\b(?:oder|or|bzw|beziehungsweise)\b")
_EITHER = re.compile(r"^\s*(?:entweder|either)\b")


class _Match(Protocol):
    status: str
    stylist: Stylist | None
    candidates: tuple[Stylist, ...]


def _one_named(match: _Match) -> Stylist | None:
    """The one stylist an alternative names, whether or not they offer the service."""
    if match.status in ("ok", "stylist_does_not_offer"):
        return match.stylist
    if match.status == "ambiguous_stylist" and len(match.candidates) == 1:
        return match.candidates[0]  # "Sophie, whoever": the name, with the indifference beside it
    return None


def either_named(text: str, resolve: Callable[[str], _Match]) -> tuple[Stylist, ...] | None:
    """The stylists named as alternatives when the caller says either is welcome, in the order
    said; None when the text is not such a wish or an alternative does not name one stylist."""
    folded = fold(text)
    if not means_no_preference(text):
        return None
    parts = [_EITHER.sub(" ", p) for p in _ALTERNATIVE.split(folded)]
    if len(parts) < 2:
        return None
    named: list[Stylist] = []
    for part in parts:
        stylist = _one_named(resolve(part)) if part.strip() else None
        if stylist is None:
            return None
        if stylist not in named:
            named.append(stylist)
    return tuple(named) if len(named) > 1 else None
