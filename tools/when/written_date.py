"""A date written or spelt out in the date field in a way the day rules would misread:

- "So 10.5.", "So. 10.5.2087": "So" opening the field right before a written day and month is the
  Sunday abbreviation, so a date that is no Sunday is a weekday mismatch (asked), never the date
  alone. Elsewhere "so" stays the filler ("so um zehn", "so, am 10.").
- "9 punkt 12", "16 Punkt 4": a day and month with the dot said as a word, as a recogniser writes
  "neunter Punkt zwölfter" or a caller spells "9.12."; never "Punkt 12" the clock: not after a
  word that makes it a time ("um 9 punkt 12"), nor with "Uhr" or minutes after it, nor after a day
  with its own dot ("am 20. Punkt 12 Uhr").

Works on the caller's words as said, before `normalize`; only for the date field.
"""

from __future__ import annotations

import re

_SUNDAY_BEFORE_DATE = re.compile(r"^\s*so\.?\s+(?=\d{1,2}\.\s?\d{1,2}\.)", re.IGNORECASE)
_DOT_SAID = re.compile(
    r"(?<![\d.:/])(?<!\bum\s)(?<!\bat\s)(?<!\bgegen\s)(?<!\bab\s)(?<!\bbis\s)(?<!\bnach\s)"
    r"(?<!\bvor\s)\b(?P<day>[1-9]|[12]\d|3[01])\s+punkt\s+(?P<month>[1-9]|1[0-2])\b"
    r"(?![.:\d])(?!\s*(?:uhr|h\b|\d))",
    re.IGNORECASE,
)


def read_written_date(text: str) -> str:
    """`text` with "So" before a written date as "Sonntag" and "D punkt M" as "D.M."."""
    text = _SUNDAY_BEFORE_DATE.sub("Sonntag ", text)
    return _DOT_SAID.sub(lambda m: f"{m['day']}.{m['month']}.", text)


__all__ = ["read_written_date"]
