"""Nothing booked given as the reason for something else (blind 32, claims67; conventions 5 and
33): "Wir haben nichts abgebucht, da nichts gebucht ist", "Ihre Karte wird nicht belastet, weil
noch kein Termin gebucht ist", "We haven't charged anything because nothing's booked". The
reason states in the present that nothing is booked, as "Nichts ist gebucht." does (`not_booked`),
and a clause's state is claimed as a main clause's (blind 32's convention); read as that plain
sentence (`restated`). Not: a condition ("as long as", "solange"), an event report ("da nichts gebucht wurde", "because nothing was /
has been booked": convention 33 leaves those neutral), a condition or a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_REASON_DE = lazy(
    r"\b(?:da|weil)\s+(?:ja\s+|auch\s+)?(?:noch\s+)?(?:nichts|kein(?:en)?\s+termin)\s+(?:noch\s+)?"
    r"(?:gebucht|eingetragen|bestätigt)\s+ist\b"
)
_REASON_EN = lazy(
    r"\b(?:because|as|since)\s+(?:nothing(?:'s|\s+is)|there(?:'s|\s+is)\s+no\s+(?:booking|"
    r"appointment))\s+(?:actually\s+)?(?:booked|confirmed)?\s*(?:yet)?\b"
)
_NOT_SAID = lazy(
    r"\?|\b(?:wenn|falls|sofern|solange|if|unless|whether|until|(?:as|so)\s+long\s+as)\b"
)  # a condition: "As long as nothing's booked, there's no charge"


def reason_not_booked(sentence: str, lang: str) -> str | None:
    """ "Noch ist nichts gebucht." for nothing booked given as a reason, or None."""
    text = fold(sentence).text
    if _NOT_SAID.search(text):
        return None
    if lang == "de":
        return "Noch ist nichts gebucht." if _REASON_DE.search(text) else None
    m = _REASON_EN.search(text)
    if m is None or not re.search(r"booked|confirmed|booking|appointment", m.group(0)):
        return None
    return "Nothing's booked yet."
