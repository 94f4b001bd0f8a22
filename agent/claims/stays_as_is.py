"""The caller's appointment said to stay as it is, in words the reader takes for the booking
(blind 35's leftovers, claims106): one step of `reworded`.

"Es bleibt bei Ihrem Termin, da ist nichts zu ändern", "Es bleibt alles, wie es gebucht ist",
"It stays exactly as booked", "It remains as booked": the appointment stays unchanged (`stands`,
convention 13), false after a move, where its old place is gone. The reader heard the booking in
"Ihrem Termin" / "booked" and passed the sentence after the move; said as "Ihr Termin bleibt,
wie er ist" / "Your appointment stays as it is", it reads the appointment kept.

Not: the appointment kept on a day said after it ("Es bleibt bei Freitag": the day decides, the
reader's), a question, another's appointment (no "Ihrem" / "it").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*es\s+bleibt\s+(?:(?:also|dann|so)\s+)*(?:bei\s+ihrem\s+termin"
    r"(?P<place>(?:\s+(?:am|um|bei)\s+[^,.;:!?–—]*)?)|alles\s*,?\s*(?:so\s*,?\s*)?wie\s+(?:es|er)\s+"
    r"(?:gebucht|eingetragen)\s+ist)(?=\s*(?:[,.;:!–—]|$))",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*it\s+(?:stays|remains)\s+(?:exactly\s+|just\s+)?as\s+(?:it(?:'s|\s+is|\s+was)\s+)?"
    r"(?:booked|it\s+is|it\s+was)(?=\s*(?:[,.;:!–—]|$))",
    re.IGNORECASE,
)


# the caller's appointment named as the subject, after a clause before it ("Neither cancelled nor
# shifted – your appointment stands as booked")
# blind 45 (claims111): also "as before", "as is" and a bare "stays" before "nothing changes"
# ("Your Termin bleibt wie gehabt", "Your Termin bleibt, nothing changes")
_YOURS_EN = lazy(
    r"\byour\s+appointment\s+(?:stands|stays|remains)(?:\s+(?:exactly\s+|just\s+)?as\s+"
    r"(?:(?:it\s+was\s+)?booked|before|is)|(?=\s*,\s*nothing(?:'s|\s+is|\s+has)?\s+chang))"
    r"(?=\s*(?:[,.;:!–—]|$))",
    re.IGNORECASE,
)


def stays_in_words(sentence: str, lang: str) -> str:
    """`sentence` with the caller's appointment said to stay as it is put plainly, else as it
    is."""
    if "?" in sentence:
        return sentence
    if lang == "de" and (m := _DE.match(sentence)):
        return f"Ihr Termin{m['place'] or ''} bleibt, wie er ist{sentence[m.end() :]}"
    if lang == "en" and (m := _EN.match(sentence)):
        return f"Your appointment stays as it is{sentence[m.end() :]}"
    if lang == "en":
        return _YOURS_EN.sub("your appointment stays as it is", sentence, count=1)
    return sentence
