"""A trim of the ends said for a daughter with no age ("für meine Tochter, Spitzen schneiden",
"nur die Spitzen bei meiner Enkelin", "trim the ends for my daughter"): "Spitzen schneiden" is
how women ask for their cut (the corpus labels it a women's cut or asks), and a daughter may be
a child or grown up; both readings fit, so the wish is asked with the child's cut and the
women's cut, never answered as the child's cut alone.

A son ("Spitzen schneiden bei meinem Sohn") leaves only the child's reading (the women's wording
does not fit him); an age said ("die ist sieben") or a child's word ("Kinderschnitt", "die
Kleine", "kids") settles it as before; a teenager's age is `service_age`'s."""

from __future__ import annotations

import re

from tools.text_fold import fold

# a daughter or granddaughter, said by kinship only (not "das Mädchen", "die Kleine": a child)
_DAUGHTER = re.compile(r"\b(?:tochter|toechter\w*|enkelin\w*|(?:grand)?daughters?)\b")
# the ends of the hair, trimmed: "Spitzen", "die Spitzen schneiden", "trim the ends", "the tips"
_ENDS = re.compile(r"\b(?:haar)?spitzen\b|\b(?:the\s+)?(?:ends|tips)\b")
# what settles it: an age (a number, in digits or words up to nineteen) or a child's word
_SETTLED = re.compile(
    r"\b(?:\d{1,2}|eins?|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w*zehn|\w*teen|jahre?|years?)\b"
    r"|\bkind\w*|\bkids?\b|\bchild\w*|\bklein\w*|\blittle\b|\bmaedchen\b|\bgirl\b|\bschulkind\b"
)


def daughters_ends_trim(text: str) -> bool:
    """Whether `text` asks a trim of the ends for a daughter whose age it does not settle."""
    folded = fold(text.replace("'", ""))
    return bool(_DAUGHTER.search(folded) and _ENDS.search(folded) and not _SETTLED.search(folded))
