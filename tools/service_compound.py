"""A word that says a hair service and nothing else, as a caller says it beside a stylist's name
or a wish for a woman or a man: "Herrenschnitt beim Memo", "Kinderschnitt bei Sophie",
"Bartschnitt bei einer Frau", "Rasur bei einer Dame". The word is made of the lexicon's words only
(`tools.service_words`), one of them at least something done (a cut, a colour, a shave); words
that say only for whom or what ("Herren", "Frau", "Kinder", "Haare") are no service. Such a word
names no stylist and wishes for no sex: the service itself is passed to the tools apart."""

from __future__ import annotations

import functools

from tools.service_words import concept_of, known_parts

# a colour alone ("braun", "Schwarz") is how the hair is to look, and may be a surname ("Herr Braun")
_NOT_DONE = frozenset({"men", "women", "child", "hair", "hue"})
# A person's word ends so: one who does it ("Spitzer", "Schneider", "Färber") or a surname
# ("Bartmann"); a stylist's surname may be such a word, so it is never taken for a service.
_PERSON_ENDINGS = ("er", "erin", "mann")


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase
def says_a_service(word: str) -> bool:
    """The folded word is a hair service said as one word ("herrenschnitt", "faerben")."""
    parts = known_parts(word)
    if not parts or parts[-1].endswith(_PERSON_ENDINGS):
        return False
    found = {concept_of(p) for p in parts}
    return None not in found and bool(found - _NOT_DONE)
