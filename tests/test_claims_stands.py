"""The old appointment said to stand while a move is only asked for, another person's appointment
reported in a state, and a stylist named by title as the one who booked (claims14)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from agent.claims.model import AppointmentFact, ClaimKind
from calendar_adapter.ledger import AppointmentState as S
from tests.corpus.claims_corpus import FRI_10, THU_15, facts

OLD_STANDS = (
    ("Ihr alter Termin bleibt bestehen.", "de"),
    ("Bis der Salon zusagt, bleibt Ihr Termin am Freitag um zehn bestehen.", "de"),
    ("Your old appointment stays as it is.", "en"),
    ("Your Friday appointment remains in place until the salon confirms the new time.", "en"),
)


def _move(new_state: S, *, old_in_facts: bool, lang: str):
    """A move from Friday 10:00 to Thursday 15:00 in `new_state`; the old appointment among the
    call's facts (found by a tool) or not."""
    new = AppointmentFact(new_state, THU_15, "Fabian Spitzer", "Dauerwelle", moved_from=FRI_10)
    old_state = S.RESCHEDULED if new_state is S.CONFIRMED else S.CONFIRMED
    old = AppointmentFact(old_state, FRI_10, "Fabian Spitzer", "Dauerwelle")
    return replace(facts("nothing", lang), appointments=(old, new) if old_in_facts else (new,))


@pytest.mark.parametrize(("sentence", "lang"), OLD_STANDS)
@pytest.mark.parametrize("old_in_facts", [True, False])
def test_the_old_appointment_stands_while_the_move_awaits_the_salon(sentence, lang, old_in_facts):
    assert decide(sentence, _move(S.PENDING, old_in_facts=old_in_facts, lang=lang)).passes


@pytest.mark.parametrize(("sentence", "lang"), OLD_STANDS)
def test_the_old_appointment_does_not_stand_once_the_move_went_through(sentence, lang):
    decision = decide(sentence, _move(S.CONFIRMED, old_in_facts=True, lang=lang))
    assert not decision.passes
    assert ClaimKind.STANDS in {c.kind for c in decision.unbacked}


@pytest.mark.parametrize(("sentence", "lang"), OLD_STANDS[::2])
def test_the_old_appointment_stands_after_a_refused_move(sentence, lang):
    assert decide(sentence, _move(S.FAILED, old_in_facts=False, lang=lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [("Der Termin von Frau Neumann ist storniert.", "de", ClaimKind.CANCELLED),
     ("Frau Neumanns Termin wurde abgesagt.", "de", ClaimKind.CANCELLED),
     ("Mrs Neumann's appointment is cancelled.", "en", ClaimKind.CANCELLED),
     ("Your husband's booking has been cancelled.", "en", ClaimKind.CANCELLED),
     ("Your wife's booking is confirmed.", "en", ClaimKind.BOOKED)],
)  # fmt: skip
def test_another_persons_appointment_reported_is_backed_only_by_this_call(sentence, lang, kind):
    decision = decide(sentence, facts("nothing", lang))
    assert not decision.passes and {c.kind for c in decision.unbacked} == {kind}
    backing = "cancelled" if kind is ClaimKind.CANCELLED else "booked"
    assert decide(sentence, facts(backing, lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Termin von Frau Brandt wurde abgesagt, deshalb ist jetzt etwas frei.", "de"),
     ("Mrs Brandt's appointment was cancelled, which is why there's a gap now.", "en"),
     ("Hat Frau Neumann ihren Termin schon storniert?", "de"),
     ("Your wife said her booking is confirmed.", "en")],
)  # fmt: skip
def test_another_persons_appointment_as_a_reason_report_or_question_claims_nothing(sentence, lang):
    assert decide(sentence, facts("nothing", lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Frau Hoffmann hat Sie für Samstag um elf eingetragen.", "de"),
        ("Mrs Hoffmann has booked you in for Saturday at eleven.", "en"),
    ],
)
def test_a_stylist_named_by_title_who_booked_the_caller_is_a_booking_claim(sentence, lang):
    assert not decide(sentence, facts("nothing", lang)).passes
    assert decide(sentence, facts("two", lang)).passes  # Saturday 11:00 with Lena is booked
