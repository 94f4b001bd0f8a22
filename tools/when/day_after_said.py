"""The day after a day the caller named, said after it: "ich lande am Donnerstag abends, also am
Tag danach um zehn", "I fly back on Friday, so the day after", "bis Mittwoch bin ich weg, am
nächsten Tag ginge es", "Tuesday's my day off, then the following day".

The day named is the caller's own (a flight, a trip, a day off); the wish is the day after it,
with the time said after the words (never the named day's). Rewritten as "den tag nach <day>"
the rules read. Only when nothing between the day and the words names a clock, a person or an
alternative: "Donnerstag um zehn und meine Tochter am Tag danach" is two appointments (W12),
"Donnerstag oder den Tag danach" two days asked, "Samstag um eins, ginge auch der Tag danach?"
a reply to a slot (`offered_slot`, W40), and "the day after tomorrow" a day of its own.

Works on normalized text (`tools.when.normalize`: digits, no punctuation, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_THEN = r"(?:(?:so|also|dann|then|and|und|ie|dh|das\s+heisst|that\s+is)\s+)*"
_AFTER = (
    rf"{_THEN}(?:(?:am|on|for)\s+)?(?:(?:the|den|dem|der)\s+)?"
    r"(?:tag\s+(?:danach|darauf|drauf)|day\s+after(?:\s+that)?(?!\s+(?:tomorrow|next))|next\s+day"
    r"|following\s+day|naechsten\s+tag|folgenden\s+tag)\b"
)
# between the day and the words: the caller's own doings, never a clock, a person, an
# alternative or a reply to a slot
_NOT_BETWEEN = re.compile(
    r"\d|\b(?:mein\w*|my|meiner|fuer|for|oder|or|geht|ginge|passt|lieber|could|would|does|work"
    r"|um|at)\b"
)
_DAY_AFTER = re.compile(
    rf"(?:\b(?:am|on|den|the|bis|until|till)\s+)?\b(?P<day>{WEEKDAY_RE})\b(?P<between>.*?)"
    rf"\s+{_AFTER}(?P<rest>.*)$"
)


def day_after_said(text: str) -> str:
    """`text` with "<day> ..., also am Tag danach ..." as "den tag nach <day> ..."."""
    m = _DAY_AFTER.search(text)
    if m is None or _NOT_BETWEEN.search(m["between"]):
        return text
    if re.search(rf"\b(?:{WEEKDAY_RE})\b", m["between"]):
        return text  # another day between: which is meant? left as said
    return f"{text[: m.start()]} den tag nach {m['day']}{m['rest']}".strip()
