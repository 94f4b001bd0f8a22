"""A day named by something only the caller knows, then said as the date or weekday it is: "am
Zahltag, also am Fünfzehnten", "on payday, which is the twenty eighth", "on payday, so the 28th", "am Markttag, das ist
der Freitag", "an meinem Geburtstag, also am 3.". The day said after it is the wish; the event
only says why (round 46). So is the pay day said as a clause ("wenn mein Gehalt da ist, also am
Ersten", "wenn ich mein Gehalt hab, am Ersten", "once I get paid, on the 1st": round 60): money
comes on a day, not at an hour, so no time hangs on it. The event alone stays unread and is
asked ("am Zahltag": which day?), and a day word before "also" ("morgen, also am 15.") is left to
the rules that weigh the two.

Works on normalized text (`tools.when.normalize`: digits, no punctuation, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import MONTHS, NEAR_DAY_RE, TEMPORAL_WORDS, WEEKDAY_RE
from tools.when.named_days import phrases

_RESTATED = re.compile(
    r"^(?:(?:am|an|on|at|zum|zur)\s+)?(?:(?:meinem|meiner|unserem|unserer|dem|der|the|my|our)\s+)?"
    r"(?P<event>[a-z]+)\s+(?:also|sprich|naemlich|das\s+ist|das\s+waere|which\s+is|which\s+would\s+be"
    r"|that\s+is|thats|that\s+would\s+be|ie|so|i\s+mean|meaning|namely)\s+"
    rf"(?P<day>(?:(?:am|den|der|on|the)\s+)?(?:\d{{1,2}}(?:\.|st|nd|rd|th)(?!\d)|(?:{WEEKDAY_RE})\b).*)$"
)

_CONNECTOR = (
    r"(?:also|sprich|naemlich|das\s+ist|das\s+waere|which\s+is|which\s+would\s+be|that\s+is"
    r"|thats|that\s+would\s+be|ie|so|i\s+mean|meaning|namely)"
)
_DAY_SAID = (
    rf"(?:(?:am|den|der|on|the)\s+){{0,2}}(?:\d{{1,2}}(?:\.|st|nd|rd|th)(?!\d)|(?:{WEEKDAY_RE})\b)"
)
# "wenn mein Gehalt da ist", "wenn ich mein Gehalt hab", "once I get paid": the pay day as a clause
_PAID = re.compile(
    r"^(?:wenn|sobald|when|once|after)\s+(?:\w+\s+){0,3}?(?:gehalt|lohn|rente|paycheck|salary|paid"
    r"|wages)\b(?:\s+(?:da|ist|hab|habe|kommt|drauf|auf\s+dem\s+konto|bekomme|krieg|kriege"
    r"|kriegen|comes|come|in|arrives))*\s+"
    rf"(?:{_CONNECTOR}\s+)?(?P<day>{_DAY_SAID}.*)$"
)
_DAY_WORD = re.compile(rf"(?:{WEEKDAY_RE}|{NEAR_DAY_RE})")


def _callers_own(word: str) -> bool:
    """A word naming a day only the caller knows ("zahltag", "payday"): no day word, month or
    named day the resolver reads itself."""
    return not (
        _DAY_WORD.fullmatch(word)
        or word in MONTHS
        or word in TEMPORAL_WORDS
        or word in set(phrases())
    )


def event_restated(text: str) -> str:
    """`text` (normalized) with an event day said again as its date or weekday as that day."""
    paid = _PAID.match(text.strip())
    if paid is not None:
        return paid["day"]
    m = _RESTATED.match(text.strip())
    if m is None or not _callers_own(m["event"]):
        return text
    return m["day"]
