"""A callback promised for when someone at the salon is free is still a promise: "Sie bekommen
einen Rückruf, sobald jemand Zeit hat", "You'll get a call back as soon as someone's free" (blind
20). As with a callback for when the salon knows more (`news_callback`), the condition is the
salon's own, none the caller can fail: the promise must be backed (a message taken, an open
outcome) like an unconditional one. The sentence is read again without the condition and the
promises it then makes are kept.

Claims112 (blind 43): a condition on a place opening up ("Falls etwas frei wird, ruft der Salon
Sie an", "Sobald ein Platz frei wird, ruft Sie jemand an", "If something opens up, the salon will
call you") is the salon's own too: the callback stands wherever the condition stands, as blinds 20
and 24 label it after the promise ("Der Salon ruft Sie an, sobald am Freitag etwas frei wird").

Not: a condition on the caller ("…, wenn Sie möchten"), a change at the salon ("Sollte sich bei
uns etwas ändern, hören Sie von uns": a courtesy, no promise made).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, SentenceReading
from agent.claims.news_callback import promises_without

_FREE = lazy(
    r",?\s*\b(?:sobald|wenn|sowie|once|as\s+soon\s+as|when|whenever)\s+"
    r"(?:jemand|einer|eine|wer|someone|somebody|anyone|they|a\s+stylist|the\s+team|das\s+team|"
    r"ein(?:e)?\s+(?:kollegin|kollege|mitarbeiter\w*))\s*(?:'s|'re|\s+(?:im\s+salon|aus\s+dem\s+"
    r"team|vom\s+team|at\s+the\s+salon|in\s+the\s+salon))?\s*(?:\s+(?:is|are|ist|sind|hat|has|"
    r"have|gets?))?\s+(?:frei|free|available|zeit|time|a\s+(?:moment|minute|second)|"
    r"verfügbar|kurz\s+zeit|"
    # someone back at the front desk (claims156): "as soon as someone is at the front desk
    # again", "sobald wieder jemand am Empfang ist"
    r"(?:wieder\s+|back\s+)?(?:at\s+the\s+(?:front\s+)?desk|at\s+reception|am\s+empfang|"
    r"an\s+der\s+rezeption)(?:\s+again)?)(?:\s+(?:hat|ist|has))?\b",
    re.IGNORECASE,
)


# a place opening up: "falls etwas frei wird", "sobald am Freitag ein Platz frei wird", "if
# something opens up", "as soon as a slot frees up", "Wird am Freitag etwas frei, …"
_OPENS = lazy(
    r",?\s*\b(?:(?:sobald|wenn|falls|sowie|once|as\s+soon\s+as|when|whenever|if|should|in\s+case)\s+"
    r"(?:(?:am|bei|on|at)\s+\w+\s+)?(?:etwas|was|ein\s+platz|ein\s+termin|something|anything|a\s+slot|"
    r"a\s+space|a\s+spot|\w+day)\s+(?:(?:am|bei|on|at)\s+\w+\s+)?(?:frei\s+wird|opens\s+up|"
    r"open\s+up|frees\s+up|free\s+up|becomes\s+(?:free|available)|comes\s+free)|"
    r"^\W*wird\s+(?:(?:am|bei)\s+\w+\s+)?(?:etwas|was|ein\s+platz)\s+(?:(?:am|bei)\s+\w+\s+)?frei)"
    r"\b\s*,?",
    re.IGNORECASE,
)


def promised_when_free(sentence: str, read: Callable[[str], SentenceReading]) -> tuple[Claim, ...]:
    """Follow-up promises of `sentence` that stand despite a condition on someone being free
    (spans in `sentence`); `read` reads a sentence as `read_sentence` does."""
    m = _FREE.search(sentence) or _OPENS.search(sentence)
    return promises_without(sentence, m, read) if m else ()
