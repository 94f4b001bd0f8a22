"""Two (or more) stylists named as alternatives, either welcome ("Fabian oder Mehmet, egal",
"Lena or Sophie, whoever", "Sophie oder Lea, wer eher Zeit hat"): the caller accepts any one of
exactly those, so they are searched among them (W31). Each alternative must name one stylist on
its own; a sound-alike ("Lena" beside Lea) or a name not understood leaves the whole wish asked,
and "X oder Y" with no word of indifference stays a question (which one?). A sound-alike none of
whose stylists offers the service ("Mehmet oder Lena, egal" for a beard) names no one who could
do it, whichever was meant: it stays among the named, and the others are searched. A title before
a name is no wish for a woman or a man, and three or more may be listed with commas ("Fabi, Sophie
oder Lena, egal wer"), each read alone (W45)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from calendar_adapter.backend import Stylist
from tools.no_preference import means_no_preference
from tools.text_fold import fold

_ALTERNATIVE = re.compile(r"\b(?:oder|or|bzw|beziehungsweise)\b")
_EITHER = re.compile(r"^\s*(?:entweder|either)\b")
_PIECE = re.compile(r"\s*[,;]\s*|\b(?:oder|or|bzw|beziehungsweise)\b", re.IGNORECASE)
# a title before a name ("Frau Brandt") is no wish for a woman: left out when reading the
# indifference, so "Herr Spitzer oder Frau Brandt, egal wer" is either of those two
_TITLE = re.compile(
    r"\b(?:herrn?|frau|mr|mrs|ms|miss)\s+(?!(?:oder|or|und|and|egal|bitte|please|wer|who)\b)(?=\w)",
    re.IGNORECASE,
)


class _Match(Protocol):
    status: str
    stylist: Stylist | None
    candidates: tuple[Stylist, ...]
    offered_by: tuple[Stylist, ...]


def _one_named(match: _Match) -> tuple[Stylist, ...]:
    """The stylists an alternative names, whether or not they offer the service: one, or the
    sound-alikes when none of them offers it; () when it names no one for sure."""
    if match.status in ("ok", "stylist_does_not_offer") and match.stylist is not None:
        return (match.stylist,)
    if match.status != "ambiguous_stylist" or not match.candidates:
        return ()
    if len(match.candidates) == 1:
        return match.candidates  # "Sophie, whoever": the name, with the indifference beside it
    if match.offered_by and not set(match.candidates) & set(match.offered_by):
        return match.candidates  # "Lena" for a beard: neither Lena nor Lea does it
    return ()


def either_named(text: str, resolve: Callable[[str], _Match]) -> tuple[Stylist, ...] | None:
    """The stylists named as alternatives when the caller says either is welcome, in the order
    said; None when the text is not such a wish or an alternative does not name one stylist."""
    if not means_no_preference(_TITLE.sub("", text)) or not _ALTERNATIVE.search(fold(text)):
        return None
    # "Fabi, Sophie oder Lena, egal wer": each piece between commas and "oder" is an alternative,
    # the indifference said as a piece of its own
    pieces = [p for p in _PIECE.split(text) if p and fold(p).strip()]
    named: list[Stylist] = []
    for piece in pieces:
        stylists = _one_named(resolve(_EITHER.sub(" ", fold(piece))))
        if not stylists and means_no_preference(piece):
            continue
        if not stylists:
            return None
        named += [s for s in stylists if s not in named]
    return tuple(named) if len(named) > 1 else None
