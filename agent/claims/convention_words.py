"""Wordings whose labels conventions 37, 39 and 40 decide (claims30,
tests/corpus/claims_relabel_conventions.yaml), read as rules by `said_otherwise`:

- 40: the speaker's own act denied, in the present perfect, of the caller's appointment: "Ich
  habe Sie nicht eingetragen", "Ich habe keinen Termin für Sie gebucht", "No, I haven't booked
  it": not booked (as convention 33's plain denials); not a day named ("No, I haven't booked
  Saturday for you"), an event told in the past ("I didn't book anything"), a practice ("I
  haven't booked anything without your okay");
- 37: a condition on the caller's coming that names its day presupposes the booking there:
  "Wenn Sie am Freitag nicht können, sagen Sie einfach Bescheid", "If you can't make Friday,
  just let us know" (without a day it claims nothing: `said_beside`);
- 39: "you're all set / good to go / sorted", the caller put in, is a booking wherever it
  stands: "Now that you're all set, is there anything else?" (in place of the bare success).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"

_OWN_ACT_DENIED = lazy(
    r"^\W*(?:nein\W+)?ich\s+(?:habe|hab)\s+(?:sie|ihren\s+termin|den\s+termin)\s+nicht\s+"
    r"(?:eingetragen|gebucht)\W*$|"
    r"^\W*(?:nein\W+)?ich\s+(?:habe|hab)\s+keinen\s+termin\s+für\s+sie\s+(?:eingetragen|gebucht)\W*$|"
    r"^\W*(?:no\W+)?i\s+(?:haven't|have\s+not)\s+(?:booked|entered|confirmed)\s+(?:it|you(?:\s+in)?|"
    r"your\s+appointment)\W*$"
)
_DAY_CONDITION = lazy(
    rf"^\W*(?:wenn|falls|sollten)\s+sie\s+am\s+{_DAY_DE}\s+(?:doch\s+)?nicht\s+können\b|"
    rf"^\W*(?:if|should)\s+you\s+(?:can't|cannot)\s+make\s+(?:it\s+on\s+)?{_DAY_EN}\b"
)
_NOW_ALL_SET = lazy(r"^\W*now\s+that\s+you're\s+(?:all\s+set|good\s+to\s+go|sorted)\b")

RULES = (
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"nicht eingetragen|nicht gebucht|keinen termin|haven't|have not"),
        _OWN_ACT_DENIED,
        unless=None,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"nicht können|can't make|cannot make"),
        _DAY_CONDITION,
        unless=None,
        own_details=True,  # "…, sagen Sie bitte bis Donnerstag ab": a deadline, not the visit
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"now that"),
        _NOW_ALL_SET,
        unless=None,
        questions=True,
        replaces=frozenset({K.DONE}),
    ),
)
