"""A reference back to what was agreed adds nothing (blind 27, claims49; a step of `reworded`):
"Wie abgemacht: Die Absage ist durch", "Wie vereinbart habe ich den Termin gestrichen", "As
agreed, …", and the idiom of an act done as soon as said ("Gesagt, getan: …", "No sooner said
than done: …": blind 32, claims68) are read as the clause after them; "abgemacht" there is no bare success ("Abgemacht!"
stays one), and so is "Abgemacht:" / "Deal:" as a heading before such a clause (blind 34). Only
when a clause with a verb follows ("Wie abgemacht: Freitag um zehn" keeps its
reading).

The usual as the measure of the outcome adds nothing either (blind 33, claims71; `without_usual`):
"Wie immer bei Fabian eingetragen", "Wie immer bei Lena, Freitag ist gebucht", "You're back
with Lena, same as always – booked", "With Lena as always, Friday's booked" are read without
"wie immer" / "as always": the outcome with the details named (the habit words make the
readers take the sentence as what usually happens).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_BACK = lazy(
    r"^(?P<lead>\W*)(?:wie\s+(?:abgemacht|vereinbart|ausgemacht|verabredet|abgesprochen)|"
    r"as\s+(?:agreed|arranged)|gesagt\s*,?\s+getan|no\s+sooner\s+said\s+than\s+done|"
    r"said\s+and\s+done|"
    # blind 34 (claims77): the agreement as a heading, "Abgemacht: statt Freitag …, ist umgetragen"
    r"(?:abgemacht|ausgemacht|vereinbart|deal|agreed)(?=\s*[:–—]))\s*[,:–—-]?\s*(?P<rest>\w.*)$",
    re.IGNORECASE,
)
_VERB = lazy(
    r"\b(?:ist|sind|habe|hab|hat|haben|wird|wurde|werden|steht|stehen|is|are|was|were|has|have|"
    r"i've|we've|it's|you're|i'm|we're)\b",
    re.IGNORECASE,
)


def without_reference_back(text: str, lang: str) -> str:
    """`text` without a leading "wie abgemacht" / "as agreed" before a clause."""
    m = _BACK.match(text)
    if m is None or not _VERB.search(m.group("rest")):
        return text
    rest = m.group("rest")
    return m.group("lead") + rest[0].upper() + rest[1:]


_USUAL = lazy(
    r"\s*[,;]?\s*\b(?:(?:genau(?:so)?\s+)?wie\s+(?:immer|gewohnt|sonst(?:\s+auch)?|üblich)|"
    r"(?:the\s+)?same(?:\s+\w+)?\s+as\s+(?:always|usual|ever)|as\s+(?:always|usual|ever))\b\s*[,:;]?",
    re.IGNORECASE,
)
# blind 33 (claims73): the last visit as the measure, with the difference said ("Genauso wie
# letzte Woche, nur eine Stunde später – ist eingetragen", "Same as last week, just an hour later
# – you're in"): the difference is to the last visit, no move of this appointment
_LAST_TIME_BUT = lazy(
    r"^\W*(?:genau(?:so)?\s+)?wie\s+(?:letzte\s+woche|letztes\s+mal|beim\s+letzten\s+mal)\s*,?\s*"
    r"nur\s+[^–—,;:.!?]+?\s*[–—,;:]\s*|"
    r"^\W*(?:the\s+)?(?:same|just)\s+as\s+last\s+(?:week|time)\s*,?\s*(?:only|just|but)\s+"
    r"[^–—,;:.!?]+?\s*[–—,;:]\s*",
    re.IGNORECASE,
)
_OUTCOME = lazy(
    r"\b(?:gebucht|eingetragen|eingebucht|bestätigt|notiert|abgesagt|storniert|verschoben|"
    r"umgebucht|steht|drin|booked|confirmed|cancell?ed|moved|rescheduled|in|down)\b",
    re.IGNORECASE,
)


def without_usual(text: str, lang: str) -> str:
    """`text` without "wie immer" / "as always" beside an outcome (see above), or the last visit
    with its difference said before one."""
    if text.rstrip().endswith("?"):
        return text
    last = _LAST_TIME_BUT.match(text)
    if last is not None and _OUTCOME.search(normalize(text[last.end() :])):
        rest = text[last.end() :].strip()
        return rest[0].upper() + rest[1:] if rest else text
    if not _USUAL.search(text):
        return text
    rest = _USUAL.sub(" ", text)
    if not _OUTCOME.search(normalize(rest)):  # folded: "g e b u c h t" (blind 33, claims73)
        return text
    rest = re.sub(r"^\W+", "", re.sub(r"\s+", " ", rest)).strip()
    return rest[0].upper() + rest[1:] if rest else text
