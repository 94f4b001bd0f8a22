"""A stylist named by a title and the surname's initial ("Herr Y.", "Frau B.", "Mr S."): the one
stylist so addressed whose surname begins with that letter. Two who fit ("Frau H.": Hoffmann and
Hofmann) are asked back; so is a title that contradicts the only surname with that letter ("Frau
Y." where Yılmaz is Herr: someone else may be meant, as `tools.stylist_title` says of "Frau
Spitzer"); no surname with that letter is no such stylist. Only the whole phrase is read so
("beim Herrn Y., bitte"); an initial beside a name ("Sophie B.") is the name matcher's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.salon import SalonFile
from tools.stylist_title import title_for, title_of
from tools.text_fold import fold

_AROUND = r"(?:bei|beim|zu|zum|zur|der|die|den|dem|the|to|with|see|please|bitte|gern|gerne|ja)"
_TITLE_INITIAL = re.compile(rf"^(?:{_AROUND}\s+)*(\w+)\s+([a-z])(?:\s+{_AROUND})*$")


@dataclass(frozen=True)
class Initial:
    title: str  # "Herr" / "Frau"
    letter: str


def title_initial(text: str) -> Initial | None:
    """The title and initial when that is all the caller said of the stylist."""
    folded = " ".join(fold(text.replace(".", " ").replace(",", " ")).split())
    m = _TITLE_INITIAL.fullmatch(folded)
    title = title_for(m[1]) if m else None
    return Initial(title, m[2]) if m and title else None


def with_initial(
    catalog: Catalog, said: Initial, salon: SalonFile | None, titled: bool = True
) -> list[Stylist]:
    """The stylists whose surname begins with the letter said; `titled`: only those so addressed
    (or whose title the salon file does not say)."""
    return [
        s
        for s in catalog.stylists
        if len(fold(s.name).split()) > 1
        and fold(s.name).split()[-1].startswith(said.letter)
        and (not titled or title_of(s, salon) in (None, said.title))
    ]
