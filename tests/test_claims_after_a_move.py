"""What a move leaves behind, said to the caller (issue 9, gaps the end-to-end calls found):

- "Am Freitag, 28. November um 10 Uhr haben Sie damit (auch) keinen Termin mehr" / "You no longer
  have an appointment on Friday" says the visit at the old time is gone (conventions 3 and 9):
  true once a move away from Friday went through (also when the facts hold only the move's new
  side, or Cal.com moved it and the salon declined the new place), false while the move awaits
  the salon or was refused (the Friday appointment is still there), and never a cancellation.
- "Ihr alter Termin bleibt natürlich bestehen" / "Your old appointment stays as it is" is true
  while the old appointment really stands (a move asked for or refused), false once a move landed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from agent.claims.model import AppointmentFact, CallFacts, ClaimKind
from calendar_adapter.ledger import AppointmentState as S
from tests.corpus.claims_corpus import FRI_10, THU_15, facts

FABIAN = "Fabian Spitzer"
GONE_FRIDAY = (
    ("Am Freitag, 28. November um 10 Uhr haben Sie damit keinen Termin mehr.", "de"),
    ("Am Freitag, 28. November um 10 Uhr haben Sie damit auch keinen Termin mehr.", "de"),
    # (a clause before it that claims nothing; "Das Verschieben hat nicht geklappt, …" would be
    # the move denied since the lead's D68, convention 1160)
    (
        "Wie besprochen, und am Freitag, 28. November um 10 Uhr haben Sie damit auch keinen "
        "Termin mehr.",
        "de",
    ),
    ("Am Freitag haben Sie jetzt keinen Termin mehr.", "de"),
    ("You no longer have an appointment on Friday, 28 November at 10 am.", "en"),
    ("You don't have an appointment on Friday anymore.", "en"),
)
OLD_STANDS = (
    ("Ihr alter Termin bleibt natürlich bestehen.", "de"),
    ("Your old appointment stays as it is.", "en"),
)


def _move(new_state: S, lang: str, *, old: S | None) -> CallFacts:
    """A move from Friday 10:00 to Thursday 15:00 whose new side is in `new_state`; the old
    appointment among the facts in state `old`, or not among them (booked in an earlier call)."""
    new = AppointmentFact(new_state, THU_15, FABIAN, "Dauerwelle", moved_from=FRI_10)
    old_fact = () if old is None else (AppointmentFact(old, FRI_10, FABIAN, "Dauerwelle"),)
    return replace(facts("nothing", lang), appointments=(*old_fact, new))


LANDED = {
    "landed": (S.CONFIRMED, S.RESCHEDULED),
    "landed, only the new side known": (S.CONFIRMED, None),
    "moved by Cal.com, new place declined": (S.FAILED, S.RESCHEDULED),
}
NOT_LANDED = {
    "awaiting the salon": (S.PENDING, S.CONFIRMED),
    "awaiting the salon, only the new side known": (S.PENDING, None),
    "refused": (S.FAILED, S.CONFIRMED),
    "refused, only the new side known": (S.FAILED, None),
}


@pytest.mark.parametrize(("sentence", "lang"), GONE_FRIDAY)
@pytest.mark.parametrize("move", LANDED)
def test_no_appointment_on_the_old_day_is_true_once_the_move_went_through(sentence, lang, move):
    new_state, old = LANDED[move]
    decision = decide(sentence, _move(new_state, lang, old=old))
    assert decision.passes, decision
    assert {c.kind for c in decision.claims} == {ClaimKind.GONE}


@pytest.mark.parametrize(("sentence", "lang"), GONE_FRIDAY)
@pytest.mark.parametrize("move", NOT_LANDED)
def test_no_appointment_on_the_old_day_is_false_while_the_move_has_not_landed(sentence, lang, move):
    new_state, old = NOT_LANDED[move]
    decision = decide(sentence, _move(new_state, lang, old=old))
    assert not decision.passes
    assert {c.kind for c in decision.unbacked} == {ClaimKind.GONE}


@pytest.mark.parametrize(("sentence", "lang"), GONE_FRIDAY)
def test_no_appointment_on_the_old_day_is_no_cancellation_and_checks_the_day(sentence, lang):
    assert decide(sentence, facts("cancelled", lang)).passes  # the Friday visit is gone
    for state in ("booked", "nothing", "pending", "held", "two"):
        assert not decide(sentence, facts(state, lang)).passes, state
    saturday_cancelled = replace(
        facts("nothing", lang),
        appointments=(AppointmentFact(S.CANCELLED, FRI_10.replace(day=29), FABIAN, "Dauerwelle"),),
    )
    assert not decide(sentence, saturday_cancelled).passes


@pytest.mark.parametrize(("sentence", "lang"), OLD_STANDS)
@pytest.mark.parametrize("move", NOT_LANDED)
def test_the_old_appointment_stands_while_no_move_landed(sentence, lang, move):
    new_state, old = NOT_LANDED[move]
    assert decide(sentence, _move(new_state, lang, old=old)).passes


@pytest.mark.parametrize(("sentence", "lang"), OLD_STANDS)
@pytest.mark.parametrize("move", LANDED)
def test_the_old_appointment_does_not_stand_after_a_landed_move(sentence, lang, move):
    new_state, old = LANDED[move]
    decision = decide(sentence, _move(new_state, lang, old=old))
    assert not decision.passes
    assert ClaimKind.STANDS in {c.kind for c in decision.unbacked}
