"""The "vor" of a separable verb is no "before": "ich les mal vor, 9 Uhr 45" reads a time out
(vorlesen), "ich schlage vor, Freitag um zehn" proposes one (vorschlagen); read as "vor 9 Uhr 45"
the time became a bound (09:00-09:44). The particle closes its clause, so it stands before a
comma, a colon or the end; after a form of "lesen" what follows is what is read out, so it is the
particle without a comma too ("ich les mal vor 9 Uhr 45"). "vor zehn" with no such verb, and a
"vor" after the particle ("ich schlage vor, vor zehn"), stay a bound. Works on lower-case text
before punctuation is dropped."""

from __future__ import annotations

import re

_READ = r"les|lese|lesen|lies|liest"
_OTHER = r"schlag|schlage|schlagen|trag|trage|tragen"
_BETWEEN = r"(?:\s+(?!vor\b)[a-zäöüß]+){0,4}"  # "ich lese es Ihnen mal vor": words, no number

_CLAUSE_END = re.compile(rf"\b((?:{_READ}|{_OTHER}){_BETWEEN})\s+vor\s*(?=[,:;.!?]|$)")
_READ_OUT = re.compile(rf"\b((?:{_READ}){_BETWEEN})\s+vor\b")


def drop_verb_particle(text: str) -> str:
    """`text` with a separable verb's "vor" turned into a pause (a comma)."""
    text = _CLAUSE_END.sub(r"\1, ", text)
    return _READ_OUT.sub(r"\1, ", text)


__all__ = ["drop_verb_particle"]
