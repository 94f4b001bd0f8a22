"""A question the caller asks about the day just named, maybe answered by themselves:
"Dienstag, das ist doch nach Ostern, oder? Ach nee, vorher. Egal", "Tuesday, that's before
Easter, right? Oh no, after", "Dienstag, der ist doch nach Ostern, oder? Ja genau".

The question names no day of its own: the day named decides, and the question is checked
against it (`holds`). What the caller last says counts: their own answer ("ach nee, vorher")
replaces the question's "nach"; "ja" / "genau" keeps it. "Egal" / "whatever" after it says the
answer does not matter: the question is dropped. A belief that does not hold for the day named
(and is not dismissed) is asked: the caller may mean the day or another one that fits.

Only a question about a day's place before or after a named day ("Ostern", "Weihnachten",
"Pfingsten") is read here; "Dienstag vor Ostern oder nach Ostern, egal" is no question about the
day named (both Tuesdays, asked) and "egal" alone dismisses nothing.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tools.when.named_days import phrases

_NAMED = "|".join(sorted((re.escape(p) for p in phrases()), key=len, reverse=True))
_BEFORE = {"vor", "vorher", "davor", "before", "earlier"}
_QUESTION = re.compile(
    r"\b(?:(?:das|der|die|es|des)\s+(?:ist|waer|waere|liegt)|(?:ist|liegt)\s+(?:das|der|die|es)"
    r"|thats|that\s+is|it\s+is|its|isnt\s+that|is\s+that|isnt\s+it|is\s+it)\s+"
    r"(?:(?:doch|ja|aber|wohl|schon|dann|noch|nicht|still)\s+)*"
    rf"(?P<rel>nach|vor|after|before)\s+(?P<anchor>(?:(?:dem|den|der|the)\s+)?(?:{_NAMED}))\b"
    r"(?:\s+(?:oder\s+nicht|oder|gell|ne|nicht\s+wahr|nicht|right|isnt\s+it|is\s+it|no))?"
)
_FILLER = r"(?:\s+(?:ach|oh|aeh|aehm|hm|hmm|aah|also|well|ah|uh|um))*"
_ANSWER = re.compile(
    rf"^{_FILLER}\s+(?:"
    r"(?P<yes>(?:ja|jaja|genau|yes|yeah|yep|stimmt|richtig|correct)(?:\s+(?:genau|stimmt|right))?)"
    r"|(?:nee|nein|noe|no|nope|ne|doch|wait|warte|quatsch)(?:\s+(?:doch|eher|wait|warte|actually"
    r"|sorry))*\s+(?P<rel>vorher|davor|nachher|danach|before|after|vor|nach)"
    rf"(?:\s+(?:(?:dem|den|der|the)\s+)?(?:{_NAMED}))?"
    r")\b"
)
_DISMISSED = re.compile(
    rf"^{_FILLER}\s+(?:(?:ist|is|ja|auch|aber)\s+)*(?:egal|wurscht|wurst|whatever|never\s+mind"
    r"|doesnt\s+matter|it\s+doesnt\s+matter|no\s+matter)\b"
)


@dataclass(frozen=True)
class DayQuestion:
    text: str  # the phrase without the question (and its answer)
    relation: Literal["before", "after"] | None  # None: dismissed ("egal")
    anchor: str  # the named day the question is about ("ostern")
    said: str  # the question as normalized, for the question back


def day_question(text: str) -> DayQuestion | None:
    """The phrase without a question about the day named, and what the caller last holds true
    of it; None when it asks no such question."""
    m = _QUESTION.search(text)
    if m is None:
        return None
    relation = "before" if m["rel"] in _BEFORE else "after"
    end = m.end()
    answer = _ANSWER.match(text[end:])
    if answer is not None:
        if answer["rel"]:
            relation = "before" if answer["rel"] in _BEFORE else "after"
        end += answer.end()
    dismissed = _DISMISSED.match(text[end:])
    if dismissed is not None:
        end += dismissed.end()
    rest = " ".join(f"{text[: m.start()]} {text[end:]}".split())
    anchor = re.sub(r"^(?:dem|den|der|the)\s+", "", m["anchor"])
    return DayQuestion(rest, None if dismissed else relation, anchor, text[m.start() : end])
