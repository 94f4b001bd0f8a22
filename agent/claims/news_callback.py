"""A callback promised for when the salon knows more is still a promise: "Wir rufen Sie zurück,
sobald wir mehr wissen", "We'll call you back as soon as we know more".

The reader takes a "sobald/wenn/once/as soon as" clause as a condition that leaves the promise
open. A condition on the salon's own learning ("sobald wir mehr wissen", "wenn ich etwas von
Fabian höre", "once we hear from the system") is no condition the caller can fail: the callback
is promised either way, so it must be backed (a message taken, an open outcome) like an
unconditional one. The sentence is read again without that clause and the promises it then
makes are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, SentenceReading

_DE = lazy(
    r",?\s*\b(?:sobald|wenn|falls|sowie)\s+(?:wir|ich|der\s+salon|das\s+team|\w+)\s+"
    r"(?:\w+\s+){0,3}(?:mehr|etwas|näheres|genaueres|neues|bescheid|nachricht|antwort)\s+"
    r"(?:\w+\s+){0,2}(?:wissen|weiß|hören|höre|erfahren|erfahre|haben|habe|bekommen|bekomme)\b",
    re.IGNORECASE,
)
_EN = lazy(
    r",?\s*\b(?:as\s+soon\s+as|once|when|whenever)\s+(?:we|i|the\s+salon|the\s+team|\w+)\s+"
    r"(?:(?:know|hear|learn|find\s+out|have|get)\s+(?:anything\s+|something\s+)?"
    r"(?:more|anything|something|news|back|an\s+answer|from\s+\w+(?:\s+\w+)?)|"
    r"(?:know|hear|learn|find\s+out)\b)",
    re.IGNORECASE,
)


def promised_anyway(
    sentence: str, lang: str, read: Callable[[str], SentenceReading]
) -> tuple[Claim, ...]:
    """Follow-up promises of `sentence` that stand despite a condition on the salon learning
    more (spans in `sentence`); `read` reads a sentence as `read_sentence` does."""
    m = (_EN if lang == "en" else _DE).search(sentence) or (_DE if lang == "en" else _EN).search(
        sentence
    )
    return promises_without(sentence, m, read) if m else ()


def promises_without(
    sentence: str, condition: re.Match[str], read: Callable[[str], SentenceReading]
) -> tuple[Claim, ...]:
    """The follow-up promises `sentence` makes read without `condition` (spans in `sentence`)."""
    rest = sentence[: condition.start()] + sentence[condition.end() :]
    cut = condition.end() - condition.start()
    out = []
    for c in read(rest).claims:
        if c.kind is not ClaimKind.FOLLOW_UP:
            continue
        start = c.start if c.start < condition.start() else c.start + cut
        end = c.end if c.end <= condition.start() else c.end + cut
        out.append(Claim(c.kind, start, end, c.details, c.follow_up))
    return tuple(out)
