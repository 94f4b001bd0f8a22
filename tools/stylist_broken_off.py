"""A name broken off mid-word ("Meh... äh, den Herrn", "Bra...", "Yıl… der Herr"): the caller
started a name and did not finish it. Who it may be is every stylist with a name part that
begins so (and, with a title said, who is so addressed); the receptionist asks back with them
rather than saying there is nobody of that name, and never books on half a name."""

from __future__ import annotations

import re
from collections.abc import Callable

from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.salon import SalonFile
from tools.stylist_title import title_for, title_of
from tools.text_fold import fold

# a word of at least two letters cut off by an ellipsis (three dots or "…")
_CUT = re.compile(r"(?<!\w)([^\W\d_]{2,})\s*(?:\.{2,}|…)")


def broken_off_candidates(
    text: str, catalog: Catalog, salon: SalonFile | None, names: Callable[[str], bool]
) -> tuple[Stylist, ...]:
    """The stylists a name broken off in `text` may be, or () when no name is broken off, the
    word before the dots is a whole name part (a pause, not a name cut short), or a name is
    said after it ("Fab... nee, Sophie": read as the correction it is)."""
    cut = _CUT.search(text)
    if cut is None or names(text[cut.end() :]):
        return ()
    start = fold(cut[1])
    fits = [
        s
        for s in catalog.stylists
        if any(p.startswith(start) and p != start for p in fold(s.name).split())
    ]
    if any(start in fold(s.name).split() for s in catalog.stylists):
        return ()
    titles = {t for w in fold(text[cut.end() :]).split() if (t := title_for(w))}
    titled = [s for s in fits if title_of(s, salon) in titles]
    return tuple(titled or fits)


__all__ = ["broken_off_candidates"]
