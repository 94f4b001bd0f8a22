"""An hour said bare, read as an hour where the caller asked a time ("Eleven.", "No, ten.").

One place for the three readers that answer a time asked (`answered_slot`, `detail_asked`,
`end_time`): a bare number is an hour only there, so each calls it once it knows a time was asked.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

# an hour said bare at the end of its piece ("Eleven.", "No, ten.", "Ten, not eleven"), not a
# count ("zwei Termine") nor an hour already with "Uhr" / "o'clock" ("eine", "one": no hours)
_HOURS = lazy(
    r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b(?=\s*(?:[,.;!–—]|$|(?:not|nicht|sondern|but)\b))"
)


def bare_hours(text: str) -> str:
    """Folded `text` with a bare hour said as one ("ten" -> "ten uhr"), for an answer to the
    caller's question about a time."""
    return _HOURS.sub(r"\1 uhr", text)
