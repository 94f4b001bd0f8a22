"""The appointment's "'s" before its state read as "is" (claims132, blind 50): one step of
`reworded`.

"The system didn't cancel anything, your appointment's still there", "Your booking's definitely
still on": after "appointment" / "booking" and before an adverb of state or a participle, "'s"
is "is" (the clause reader took it for a genitive, "your appointment's time", and read nothing).
Not: a genitive before a noun ("your appointment's start time"), "'s been" (has, read already).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_CONTRACTED = lazy(
    r"\b((?:the|your)\s+(?:appointment|booking|reservation))['’]s\s+"
    r"(?=(?:still|definitely|already|now|safely|all)\b|(?:booked|confirmed|cancell?ed|moved|"
    r"rescheduled|there|in|on|set|fine)\b)",
    re.IGNORECASE,
)


def noun_is(sentence: str, lang: str) -> str:
    """`sentence` with "your appointment's still …" put as "your appointment is still …"."""
    if lang != "en" or ("'s" not in sentence and "’s" not in sentence):
        return sentence
    return _CONTRACTED.sub(r"\1 is ", sentence)
