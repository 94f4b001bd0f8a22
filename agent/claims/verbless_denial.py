"""Verbless outcome notes read as sentences (blind 26, claims45).

"Not booked until you confirm.", "Not confirmed yet, one moment.": a note without its subject and
verb denies the booking as "It's not booked until you confirm" does (conventions 5 and 33); and
"Die Reservierung läuft noch zehn Minuten", "Ihre Reservierung hält noch eine Viertelstunde": the
hold's time left said with "noch" is the hold's expiry (convention 89: `held`).
Blind 34 (claims75): "Nope, nothing booked yet", "Let me just check … nothing confirmed yet" are
the same note with "nothing" as its subject: read as "nothing's booked yet".
`verbless_read` gives the sentence with the subject and verb put in ("It's not booked …") or the
time left said as the expiry ("läuft in zehn Minuten ab"), read as any sentence (`amended`,
`restated`). Not: a rule for every hold, a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_EN_NOT = lazy(r"^\W*not\s+(?=(?:yet\s+)?(?:booked|confirmed|final|in\s+the\s+system)\b)", re.I)
_EN_NOTHING = lazy(r"\bnothing(?=\s+(?:booked|confirmed|in\s+the\s+system)\b[^.?!]*\byet\b)", re.I)
_DE_HOLD = lazy(
    r"^(?P<pre>\W*(?:die|ihre)\s+(?:reservierung|vormerkung)\b[^.?!]*?)\s+(?:läuft|hält|gilt)\s+"
    r"noch\s+(?P<dur>(?:eine|einen|ein|\w+)\s+(?:minuten?|viertelstunde|stunde|halbe\s+stunde))"
    r"(?P<end>.*)$",
    re.IGNORECASE,
)


def verbless_read(sentence: str, lang: str) -> str | None:
    """`sentence` said in full (see above), or None."""
    if sentence.rstrip().endswith("?"):
        return None
    if lang == "en":
        m = _EN_NOT.match(sentence)
        if m is None and _EN_NOTHING.search(sentence):
            return _EN_NOTHING.sub("nothing's", sentence, count=1)
        return f"It's not {sentence[m.end() :]}" if m else None
    m = _DE_HOLD.match(sentence)
    if m is None:
        return None
    return f"{m['pre']} läuft in {m['dur']} ab{m['end']}"
