"""A stylist's first name glued to the service or said as its owner: "Fabianschnitt", "beim
Mehmetschnitt", "Sophie-Strähnchen", "Fabians Haarschnitt", "Sophies Färben", "Mehmets Bart", also by last
name or nickname ("Brandt-Färben", "Memo-Bart") and before a compound ("Fabian-Herrenschnitt").
The stylist is named (the service is decided by the service field as usual): the word becomes
the first name. Only where what follows the name is a service or hair word
(`tools.service_words`); "Fabians" before any other word, a name before the one who does the
work ("Sophieschneider"), and a name inside another word ("Lenaweg"), are left as said.
"""

from __future__ import annotations

import re

from tools.service_words import concept_of, known_parts
from tools.text_fold import fold

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# who the service is for ("Fabians Bruder"): no service, the word is left as said
_PERSONS = frozenset({"men", "women", "child"})


def _service_word(word: str) -> bool:
    """A service or hair word, also as a compound of "Haar" ("Haarschnitt"); not the one who
    does it ("Schneider", "Färber": a surname glued to the name, "Sophieschneider")."""
    if word.endswith("er") and concept_of(word[:-2]) is not None:
        return False
    for stem in (word, word.removeprefix("haar")):
        concept = concept_of(stem) if len(stem) > 2 else None
        if concept is not None:
            return concept not in _PERSONS
    # a compound of service words ("Herrenschnitt", "Bartschnitt"): its service part counts
    parts = known_parts(word) or []
    return any((concept_of(p) or "men") not in _PERSONS for p in parts)


def unglued(text: str, first_names: list[str]) -> str:
    """`text` with a first name glued to a service word, or owning one, as the name alone."""
    names = sorted({fold(n) for n in first_names if len(n) > 2}, key=len, reverse=True)
    if not names:
        return text
    alternatives = "|".join(re.escape(n) for n in names)
    glued = re.compile(rf"\b({alternatives})(?:-|s\s+|\s*-\s*)?([a-z]{{3,}})\b")
    folded = text.lower().translate(_UMLAUTS)  # the hyphen kept: "Sophie-Strähnchen"

    def one(m: re.Match[str]) -> str:
        if m[0] == m[1] or not _service_word(m[2]):
            return m[0]
        return m[1]

    kept = glued.sub(one, folded)
    return text if kept == folded else kept
