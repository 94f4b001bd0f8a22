"""Several people in one wish: "wir sind zu dritt, Dienstag um neun, alle nacheinander", "erst
mein Mann dann ich am Freitag um halb zwei", "for me and my son back to back on Friday at two",
"mein Mann und ich gleichzeitig am Freitag um drei, bei zwei Kollegen", "two cuts at the same
time on Saturday at eleven", "Samstag für mich und meine Tochter, egal wie".

The people and how they follow each other are no day and no time: they are taken out and the
rest is read as one person's wish. One after the other is W12's question with every start (the
next when the one before is done: the service's length); at the same time is that time (one
start for all, each with a stylist of their own); a day without a time is that day. A group
with a time and neither order said is asked with the starts one after the other, the order the
caller's to say. Who the people are is `tools.several_people`' vocabulary, shared with the
service matcher. Works on normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tools.several_people import ME, OTHER

_FOR = r"(?:(?:fuer|for)\s+)?"
_PERSON = rf"{_FOR}(?:{OTHER}|{ME}|(?:die|the)\s+kinder)"
_AND = r"\s+(?:und|and|plus|&)\s+(?:(?:dann|then|danach|after\s+that)\s+)?"
_COUNT = r"(?:2|3|4|5|zwei|drei|vier|two|three|four|five|beiden|beide|both)"
# the group: people named together, counted, or services counted
_GROUP = (
    rf"(?P<first>erst|zuerst|first|1st)\s+{_PERSON}\s+(?:und\s+|and\s+)?(?P<then>dann|then|danach)"
    rf"\s+{_PERSON}"
    # "mich, meinen Mann und meine Tochter" (the commas gone): named one by one, "und" last
    rf"|{_PERSON}(?:\s+{_PERSON})*(?:{_AND}{_PERSON})+"
    r"|(?:wir\s+sind\s+)?zu\s+(?P<zu>zweit|dritt|viert|fuenft)"
    rf"|(?:wir|uns)\s+(?:sind\s+)?(?P<we>{_COUNT})(?!\s+(?:uhr|wochen?|tage?n?|stunden?|minuten)\b)|(?:fuer|for)\s+(?:the\s+|us\s+)?(?P<of>{_COUNT})\s+(?:of\s+us|von\s+uns)"
    rf"|{_FOR}(?:(?:meine|unsere|my|our)\s+)?(?P<n>{_COUNT})\s+(?:personen|leute|people|persons|termine|appointments|haarschnitte"
    r"|schnitte|cuts|haircuts|kinder|kids)"
    r"|both\s+of\s+us|(?:the\s+|there\s+are\s+)?(?P<the>2|3|4|two|three|four)\s+of\s+us"
)
_AFTER = (
    r"(?:alle\s+|all\s+)?(?:nacheinander|hintereinander|nach\s+einander|(?:one|1)\s+after\s+(?:the\s+)?other"
    r"|(?:one|1)\s+after\s+another|(?:einer|eine|eins|1)\s+nach\s+(?:dem|der)\s+ander(?:e|e[nr])"
    r"|back\s+to\s+back(?!\s+with\b)|consecutively|in\s+a\s+row"
    r"|(?:gleich\s+|direkt\s+)?im\s+(?:direkten\s+)?anschluss(?!\s+an\b)|direkt\s+danach)"
)
_SAME = (
    r"(?:alle\s+|all\s+)?(?:gleichzeitig(?!\s+(?:mit|wie)\b)|zeitgleich(?!\s+(?:mit|wie)\b)"
    r"|parallel(?!\s+(?:zu|zum|zur|mit|to|with)\b)|zusammen(?!\s+mit\b)|together(?!\s+with\b)"
    r"|(?:at\s+)?the\s+same\s+time(?!\s+as\b)|zur\s+(?:gleichen|selben)\s+zeit(?!\s+wie\b)"
    r"|bei\s+(?:2|zwei|verschiedenen)\s+\w+|with\s+(?:2|two|different)\s+\w+|side\s+by\s+side)"
)
# "egal wie", "whatever works": the order left to the salon, no time
_ANY = r"(?:egal\s+wie|egal\s+in\s+welcher\s+reihenfolge|whatever\s+works|either\s+way|any\s+order)"
_GROUP_RE = re.compile(rf"\b(?:{_GROUP})\b")
_ONE_PERSON = re.compile(rf"\b{_PERSON}\b")
_AFTER_RE = re.compile(rf"\b{_AFTER}\b")
_SAME_RE = re.compile(rf"\b{_SAME}\b")
_THEN = re.compile(r"\b(?:und|and)\s+(?:dann|then|danach)\b")
_ANY_RE = re.compile(rf"\b{_ANY}\b")
_COUNTS = {"zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "zwei": 2, "drei": 3, "vier": 4}
_COUNTS |= {"two": 2, "three": 3, "four": 4, "five": 5, "beiden": 2, "beide": 2, "both": 2}

Order = Literal["after", "same", "unsaid"]


@dataclass(frozen=True)
class Party:
    text: str  # the wish without the people and their order
    order: Order
    count: int  # how many people (2 when not counted)


def party(text: str | None) -> Party | None:
    """The several people of a wish (normalized text), or None when one person is meant."""
    if not text:
        return None
    groups = list(_GROUP_RE.finditer(text))
    if not groups:
        return None
    count, then, rest = 0, False, text
    for group in reversed(groups):
        said = group.groupdict()
        counted = next((said[k] for k in ("zu", "we", "of", "n", "the") if said.get(k)), None)
        named = max(
            1 + len(re.findall(_AND, group[0])) + (1 if said.get("then") else 0),
            len(_ONE_PERSON.findall(group[0])),
        )
        number = int(counted) if counted and counted.isdigit() else _COUNTS.get(counted or "", 0)
        count = max(count, number or named)
        then = then or bool(said.get("then")) or bool(_THEN.search(group[0]))
        rest = rest[: group.start()] + " " + rest[group.end() :]
    after, same = _AFTER_RE.search(rest), _SAME_RE.search(rest)
    if after is not None and same is not None:
        return None  # both orders said: left to be asked as it was
    order: Order = "after" if after or then else "same" if same else "unsaid"
    if after is not None:
        rest = _AFTER_RE.sub(" ", rest)
    if same is not None:
        rest = _SAME_RE.sub(" ", rest)  # "gleichzeitig ..., bei zwei Kollegen": both said
    rest = _ANY_RE.sub(" ", rest)
    if not rest.split():
        return None  # the people alone, no day: asked as before
    return Party(" ".join(rest.split()), order, max(count, 2))
