"""Claims about more than the one appointment the call has (blind 17, claims27), read as rules
by `said_otherwise`:

- the first and the second, both: "Den ersten und den zweiten Termin habe ich beide fest
  gebucht", "Den zweiten habe ich auch noch eingetragen, also beide gebucht", "Both the first and
  the second are confirmed" (several bookings, true only with two; "zweiten / second" is no
  date here, so the reading of a 2nd day is replaced);
- a second day "too": "Friday's booked, and Saturday with Lena as well", "Freitag ist fest, und
  Samstag bei Lena ebenfalls" (several bookings with every detail named);
- another stylist doing another service after the booking: "You're booked Friday, and Mehmet's
  doing your beard straight after", "Mehmet macht dann auch gleich den Bart" (a booking with
  that stylist and service).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
_BOOKED = r"(?:booked|confirmed|in|fest|gebucht|eingetragen|eingebucht|bestätigt|steht|haben)"
# zero-width at the start: the claim names no detail of its own ("second" is no date)
_FIRST_AND_SECOND = lazy(
    r"^(?=.*\b(?:beide|both)\b)(?=.*\b(?:zweit\w*|second)\b)"
    rf"(?=.*\b{_BOOKED}\b)"
)
_TWO_DAYS = lazy(
    rf"^(?=.*\b{_BOOKED}\b).*\b{_DAY}\b.*\b(?:and|und)\s+(?:\w+\s+){{0,6}}?{_DAY}\b.*"
    r"\b(?:too|as\s+well|also|ebenfalls|auch)\W*$|"
    rf"^(?=.*\b{_BOOKED}\b).*\b{_DAY}\b.*\b(?:and|und)\s+(?:\w+\s+){{0,6}}?"
    rf"(?:with|bei)\s+\w+\s+on\s+{_DAY}\b.*\b(?:too|as\s+well|also)\W*$"
)
_OTHERS_SERVICE = lazy(
    r"\b[a-z]+(?:'s\s+doing|\s+is\s+doing|\s+will\s+do|\s+macht)\s+(?:\w+\s+){0,4}?"
    r"(?:your|den|die|das|ihren|ihre|ihr)\s+(?:beard|nails|colour|color|cut|highlights|bart|"
    r"nägel|farbe|schnitt|strähnchen)\b"
)
_UNLESS = lazy(
    r"\b(?:nicht|kein\w*|not|no|never|if|wenn|falls|storn\w*|abgesagt|cancel\w*|gestrichen|"
    r"verschoben|moved|instead|statt)\b|n't\b"
)

RULES = (
    Rule(
        "",
        K.BOOKED,
        lazy(r"beide|both"),
        _FIRST_AND_SECOND,
        unless=_UNLESS,
        own_details=True,
        several=True,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"too|as well|also|ebenfalls|auch"),
        _TWO_DAYS,
        unless=_UNLESS,
        several=True,
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"doing|will do|macht"),
        _OTHERS_SERVICE,
        unless=_UNLESS,
        clause=True,
        own_details=True,
    ),
)
