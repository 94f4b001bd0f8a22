"""Resolving what the caller said ("Haare färben", "beim Fabian", "mir egal") to a catalog service
and stylist. The entry points the tools call; the matching itself lives in
`tools.service_match` (by meaning), `tools.stylist_match` (by sound) and `tools.no_preference`.

Speech recognition on a phone line mishears names, so names match by sound; when two stylists
sound alike ("Lena" vs. Lena Hoffmann and Lea Hofmann) the answer is *ambiguous*, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from calendar_adapter.backend import Catalog
from calendar_adapter.salon import SalonFile
from tools.no_preference import means_no_preference
from tools.retraction import retraction_words
from tools.service_match import ServiceMatch, resolve_service, service_names
from tools.stylist_aside import without_aside
from tools.stylist_either import either_named
from tools.stylist_match import (
    SIMILAR,
    StylistMatch,
    likeness,
    names_a_stylist,
    resolve_stylist,
)
from tools.stylist_own import as_own_of
from tools.stylist_sex import stylists_titled, wanted_title
from tools.text_fold import fold

__all__ = [
    "ServiceMatch",
    "StylistMatch",
    "is_no_preference",
    "resolve_service",
    "resolve_stylist",
    "service_names",
]


_TAKEN_BACK = retraction_words()
_SOMEONE_ELSE = re.compile(r"\b(?:ander\w*|sonst\w*|other\w*|else)\b")


def _after_taken_back(text: str, names: Callable[[str], bool]) -> str:
    """A name taken back for words that leave the stylist open ("Sophie, oder nee, egal wer",
    "Mehmet, nein, egal"): those words, naming nobody; else the text as said (round 62)."""
    folded = fold(text)
    taken_back = list(_TAKEN_BACK.finditer(folded))
    if not taken_back:
        return text
    last = taken_back[-1]
    after = folded[last.end() :]
    if not after.strip() or _SOMEONE_ELSE.search(
        after
    ):  # "Lena, nee, lieber jemand anders": anyone but Lena
        return text
    return after if means_no_preference(after) and not names(after) else text


def is_no_preference(
    text: str | None,
    catalog: Catalog | None = None,
    service_slug: str | None = None,
    salon: SalonFile | None = None,
) -> bool:
    """No stylist wanted: no text, or words that leave it open ("egal wer", "whoever is free").
    With the catalog, a phrase that also names one of its stylists is not open, unless it names
    as alternatives everyone who offers the service ("Mehmet oder Fabian, egal" for a beard,
    which only they do); a choice among some of them is asked. With the salon file, a wish for
    a woman or a man ("eine der Damen") is open when everyone who offers the service is one."""
    names = (lambda t: names_a_stylist(t, catalog, salon)) if catalog else lambda _: False
    if text:  # "Sophie, oder nee, egal wer": what is said after it taken back, if open
        text = _after_taken_back(text, names)
    if text:  # "Fabian, egal wann": the time left open, not the stylist
        text = without_aside(text, names)
        # "Herrn Spitzers nächster freier Termin": his next free time, not whoever is free
        text = as_own_of(text, names)
    title = wanted_title(text)
    if title is not None and catalog is not None and service_slug and salon is not None:
        titled = stylists_titled(catalog, service_slug, title, salon)
        return bool(titled) and len(titled) == len(catalog.stylists_for(service_slug))
    if not means_no_preference(text):
        return False
    if catalog is None or text is None:
        return True
    words = fold(text).split()
    named = {
        s.user_id
        for s in catalog.stylists
        if any(likeness(w, p) > SIMILAR for w in words if len(w) > 2 for p in fold(s.name).split())
    }
    # nicknames and pet forms ("Fabi oder Memo, egal wer") name their stylists as the matcher
    # reads them, not by likeness to the full name
    either = either_named(text, lambda t: resolve_stylist(catalog, t, service_slug, salon))
    named |= {s.user_id for s in either or ()}
    if not named:
        return True
    offering = {s.user_id for s in catalog.stylists_for(service_slug)} if service_slug else set()
    either = any(w in ("oder", "or", "either") for w in words)
    return either and len(named) > 1 and bool(offering) and offering <= named
