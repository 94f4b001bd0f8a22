"""Numbers that count, not place (blind 19, claims31): list markers of tool-like output ("1)
Termin: Freitag 10:00", "Punkt eins: der Freitag ist abgesagt", "Option 1: Thursday at 3 p.m.",
"Free slots: 1) Thursday 15:00") and a count of free slots ("two free times", "zwei freie Termine"; not "zwei Termine, beide
fest", two bookings)
are read as a day or a time by the detail reader ("eins" as one o'clock, "1)" as the first).

Also (blind 27, claims49) a marker that opens a part before a comma or a dash ("Punkt eins,
der Termin ist eingetragen"), with a step said done ("Schritt 1 erledigt: …", "Punkt eins ist
abgehakt – …"): the list's progress, not the appointment's.

They are blanked, characters kept in place (as `told_in_question.stated` blanks its frames), so
claim spans stay those of the original sentence. Not: a number with no colon or bracket after it
("Punkt zehn Uhr", "at 1 p.m."), a number before anything but a plural of slot words.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_NUMBER = r"(?:\d{1,2}|eins|zwei|drei|vier|fünf|one|two|three|four|five)"
_MARKER = lazy(
    # "1) …", "2. …" at the start of a line or after a sentence's end
    rf"(?:^|(?<=[.!?:\n])|(?<=[.!?:]\s))\s*(\d{{1,2}}\))(?=\s)|"
    # "Punkt eins:", "Option 1:", "Schritt 2:", "Nummer 3:"
    rf"\b(?:punkt|point|option|schritt|step|nummer|number|nr\.?|no\.?)\s+({_NUMBER})\s*(?=[:)])",
    re.IGNORECASE,
)
# blind 27 (claims49): a marker opening a part of the sentence before a comma or a dash
# ("Punkt eins, der Termin ist eingetragen; Punkt zwei, …", "Zweiter Punkt –"), and a step said
# done with its marker ("Schritt 1 erledigt: …", "Punkt eins ist abgehakt – …", "Step two done:
# …"): the list's own progress, not the appointment's; the words it numbers are read
_STEP_NOUN = r"(?:punkt|schritt|teil|point|step|part|item)"
_ORDINAL = r"(?:erste[rs]?|zweite[rs]?|dritte[rs]?|vierte[rs]?|first|second|third|fourth)"
_STEP_DONE = (
    r"(?:(?:ist|is|wäre|was|wurde)\s+)?(?:(?:schon|bereits|already)\s+)?"
    r"(?:erledigt|abgehakt|geschafft|done|complete|completed|ticked\s+off)"
)
_OPENING = lazy(
    r"(?:^|(?<=[.!?:;,–—\n])|(?<=[.!?:;,–—]\s))\s*("
    rf"(?:{_STEP_NOUN}\s+{_NUMBER}|{_ORDINAL}\s+{_STEP_NOUN})\b"
    # before a colon only with the step said done ("Punkt eins: …" is `_MARKER`'s)
    rf"(?:\s+{_STEP_DONE}\b\s*(?=:)|\s*(?=[,;–—]|\s-\s)|\s+{_STEP_DONE}\b\s*(?=[,;–—]|\s-\s)))",
    re.IGNORECASE,
)
_COUNT = lazy(
    rf"\b({_NUMBER})\s+(?:freie|free|open|mögliche|possible|available)\s+"
    r"(?:zeiten|termine|slots|times|optionen|options|lücken)\b",
    re.IGNORECASE,
)
_QUICK = lazy(
    r"\)|:|punkt|schritt|teil|point|step|part|item|zeiten|termine|slots|times|optionen|options|lücken",
    re.IGNORECASE,
)


def unmarked(sentence: str) -> str:
    """`sentence` with its list markers and slot counts blanked, characters kept in place."""
    if not _QUICK.search(sentence):
        return sentence
    chars = list(sentence)
    for pattern in (_MARKER, _COUNT, _OPENING):
        for m in pattern.finditer(sentence):
            group = 1 if m.group(1) is not None else 2
            a, b = m.span(group)
            chars[a:b] = " " * (b - a)
    out = "".join(chars)
    if not re.search(r"\w", out):
        return sentence  # the list step is the whole sentence
    return out
