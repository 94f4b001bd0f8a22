"""A counterfactual about the booking turned to what is (blind 13, claims22): "If it were booked,
you'd have a text by now – it isn't yet", "Were it in the calendar, it would show here, but it
isn't yet", "Wäre der Termin gebucht, bekämen Sie eine SMS – das ist er aber noch nicht", "Hätte
ich Sie schon gebucht, hätten Sie eine SMS, aber gebucht ist noch nichts".

The unreal part states nothing (`counterfactual`, which ends it at the turn); the denial after the
dash or "but"/"aber" says the appointment is not booked yet: NOT_BOOKED, with the details the
unreal part names ("Wäre der Termin am Freitag gebucht, …"), backed unless such a booking exists.
Only where the unreal part is about the booking (booked, in the calendar, confirmed).
"""

from __future__ import annotations

import re

from agent.claims.counterfactual import unreal_spans
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_ABOUT_BOOKING = lazy(
    r"\b(?:book\w*|in\s+the\s+(?:calendar|system|diary)|confirmed|reserved|\w*gebucht|"
    r"eingetragen|im\s+(?:kalender|system)|bestätigt|fest)\b"
)
_DENIAL = lazy(
    # "– it isn't yet", "but I haven't yet", "– that's not done yet"
    r"^\W*(?:but\s+)?(?:it|that|this|i|we)\s*(?:isn't|is\s+not|'s\s+not|hasn't|has\s+not|"
    r"haven't|have\s+not|wasn't)(?:\s+(?:been|done\s+that|done\s+it))?\s+(?:yet|so\s+far)\b|"
    # "– das ist er aber noch nicht", "aber gebucht ist noch nichts", "das habe ich noch nicht"
    r"^\W*(?:aber\s+|doch\s+)?(?:(?:das|es|er)\s+)?(?:ist|sind|habe|haben)\s+(?:(?:er|es|das|ich|"
    r"wir)\s+)?(?:aber\s+|doch\s+)?noch\s+(?:nicht|nichts)\b|"
    r"^\W*(?:aber|doch)\s+\w+\s+(?:ist|wurde)\s+(?:aber\s+)?noch\s+nichts\b"
)


def counterfactual_denied(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A NOT_BOOKED claim for each counterfactual about the booking that `sentence` denies."""
    out = []
    for s, e in unreal_spans(sentence):
        rest_end = _sentence_end(sentence, e)
        unreal, rest = fold(sentence[s:e]).text, fold(sentence[e:rest_end]).text
        if not rest or not _ABOUT_BOOKING.search(unreal) or not _DENIAL.search(rest):
            continue
        details = read_details(unreal, names)
        out.append(Claim(ClaimKind.NOT_BOOKED, e, rest_end, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)


def _sentence_end(sentence: str, at: int) -> int:
    m = re.compile(r"[.!?](?:\s|$)").search(sentence, at)
    return m.end() if m else len(sentence)
