"""A cancellation denied is a claim too (convention 280): "nothing was cancelled" is true unless
the call cancelled the appointment it is about, and after a real cancellation the caller hears
the cancellation instead. A move is no cancellation in the caller's words; a denial about
someone else's appointment, a condition or a report claims nothing. Sentences in words of no
corpus file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pipecat.frames.frames import LLMFullResponseEndFrame, LLMFullResponseStartFrame, LLMTextFrame
from pipecat.tests.utils import run_test

from agent.claims import AppointmentFact, CallFacts, ClaimKind, decide
from agent.guard import ConfirmationGuard
from calendar_adapter.ledger import AppointmentState
from tests.claims_support import EVERYWHERE, passes_in

NOT_AFTER_A_CANCELLATION = EVERYWHERE - {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nein, abgesagt ist nichts.", "de"),
     ("Gestrichen habe ich da gar nichts.", "de"),
     ("Bei Ihnen wurde bisher nichts gestrichen.", "de"),
     ("Ihren Friseurtermin habe ich nicht annulliert.", "de"),
     ("Nope, nothing got cancelled.", "en"),
     ("I never cancelled your booking.", "en"),
     ("Your visit hasn't been called off.", "en")],
)  # fmt: skip
def test_a_denied_cancellation_is_false_only_after_a_cancellation(sentence, lang):
    # nothing, a hold, a booking, a failure, a move: no cancellation, the denial is true
    assert passes_in(sentence, lang) == NOT_AFTER_A_CANCELLATION


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Ist mein Termin schon abgesagt?", "Nee, leider noch nicht.", "de"),
     ("Is my booking cancelled yet?", "Sorry, not yet.", "en")],
)  # fmt: skip
def test_not_yet_to_a_cancellation_question_denies_the_cancellation(caller, answer, lang):
    assert passes_in(answer, lang, caller) == NOT_AFTER_A_CANCELLATION


def test_a_denial_naming_another_day_than_the_cancelled_one_is_true():
    # the cancelled appointment is Friday's: Saturday's is not cancelled
    assert "cancelled" in passes_in("Den Samstag habe ich nicht abgesagt.", "de")
    assert "cancelled" not in passes_in("Den Freitag habe ich nicht abgesagt.", "de")


def test_nothing_cancelled_only_moved_is_true_after_a_move():
    # the move's old place is no cancellation in the caller's words
    found = passes_in("Gestrichen habe ich nichts, nur umgelegt auf Donnerstag.", "de")
    assert "moved" in found and "cancelled" not in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Termin Ihres Sohnes ist nicht storniert.", "de"),
     ("Die Kundin nach Ihnen hat gar nicht abgesagt.", "de"),
     ("Your husband's appointment hasn't been cancelled.", "en"),
     ("The client before you never cancelled.", "en"),
     ("Ich habe nie behauptet, dass etwas gestrichen wurde.", "de"),
     ("Gecancelt wird nichts, solange Sie nicht zustimmen.", "de")],
)  # fmt: skip
def test_a_denial_about_someone_else_or_not_stated_passes_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


# -- the guard: what the caller hears instead -------------------------------------------------

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY_10 = datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)


def _facts(state: AppointmentState, language: str) -> CallFacts:
    return CallFacts(
        now=datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN),
        language=language,
        appointments=(AppointmentFact(state, FRIDAY_10, "Fabian Spitzer", "Dauerwelle"),),
        stylists=("Fabian Spitzer", "Lena Hoffmann"),
        services=("Dauerwelle", "Damenhaarschnitt"),
    )


async def _heard(text: str, facts: CallFacts) -> str:
    guard = ConfirmationGuard(lambda: facts, language=facts.language)
    tokens = [LLMTextFrame(text[i : i + 4]) for i in range(0, len(text), 4)]
    frames = [LLMFullResponseStartFrame(), *tokens, LLMFullResponseEndFrame()]
    down, _ = await run_test(guard, frames_to_send=frames)
    return " ".join(" ".join(f.text for f in down if isinstance(f, LLMTextFrame)).split())


@pytest.mark.parametrize(
    ("said", "language", "truth"),
    [("Nein, abgesagt ist nichts.", "de",
      "Ihr Termin am Freitag, 27. November um 10 Uhr ist storniert."),
     ("No, nothing got cancelled.", "en",
      "Your appointment on Friday, 27 November at 10 am is cancelled.")],
)  # fmt: skip
async def test_after_a_real_cancellation_the_denial_is_replaced_by_the_cancellation(
    said, language, truth
):
    facts = _facts(AppointmentState.CANCELLED, language)
    assert [c.kind for c in decide(said, facts).unbacked] == [ClaimKind.NOT_CANCELLED]
    assert await _heard(said, facts) == truth


async def test_with_the_appointment_still_booked_the_denial_reaches_the_caller():
    facts = _facts(AppointmentState.CONFIRMED, "de")
    assert await _heard("Nein, abgesagt ist nichts.", facts) == "Nein, abgesagt ist nichts."
