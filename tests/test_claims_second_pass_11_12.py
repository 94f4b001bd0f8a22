"""Blind rounds 11 and 12, second pass: the families read now, each true where the ledger backs
it and stopped where it does not, and the nearest sentences that must keep passing."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.details import read_details
from agent.claims.misheard import repaired
from agent.claims.read import _names
from tests.corpus.claims_corpus import STATES, facts


def _passes_in(sentence: str, lang: str) -> set[str]:
    return {s for s in STATES if decide(sentence, facts(s, lang)).passes}


BOOKED = {"booked", "two", "no_sms", "moved"}  # a booking with no day named: the move's new one too


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian hat bestätigt, dass er Sie nimmt.", "de"),
     ("Fabian confirmed he's got you.", "en"),
     ("By the time you hang up you'll already be in our system.", "en")],
)  # fmt: skip
def test_a_stylists_confirmation_or_the_record_to_be_is_the_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zack, fertig.", "de"), ("Ist alles geklärt, da passiert nichts mehr.", "de"),
     ("Job's a good 'un.", "en"), ("That's you sorted, nothing more to do.", "en")],
)  # fmt: skip
def test_a_bare_success_is_true_after_a_booking_or_a_cancellation_only(sentence, lang):
    assert _passes_in(sentence, lang) == {"booked", "cancelled", "moved", "two", "no_sms"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Alter Termin raus, neuer rein, fertig.", "de"),
     ("Old slot gone, new slot in, you're all set.", "en"),
     ("I dropped Friday and gave you Thursday at three.", "en"),
     ("Not Friday anymore. Thursday at three, already updated.", "en")],
)  # fmt: skip
def test_a_move_told_in_halves_is_true_only_after_the_move(sentence, lang):
    assert _passes_in(sentence, lang) == {"moved"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitag ist raus, bro.", "de"), ("So Friday is off, but I couldn't get the new one booked.", "en"),
     ("Die Absage für Freitag ist drin.", "de")],
)  # fmt: skip
def test_a_day_said_out_is_its_cancellation(sentence, lang):
    assert _passes_in(sentence, lang) == {"cancelled"}


def test_one_of_two_said_out_beside_the_other_staying_needs_that_one_cancelled():
    assert _passes_in("Samstag bei Lena ist raus, der Freitag bleibt.", "de") == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Kurz zusammengefasst: Freitag, zehn Uhr, Fabian, Dauerwelle – fest.", "de"),
     ("I have the confirmation: Friday, November twenty-eighth, ten a.m., perm with Fabian.", "en"),
     ("Genau, Freitag um zehn war Ihr Wunsch, und den haben Sie jetzt.", "de"),
     ("Den Freitag um zehn? Den haben Sie jetzt.", "de")],
)  # fmt: skip
def test_a_summary_or_a_read_out_confirmation_is_the_booking_it_lists(sentence, lang):
    assert _passes_in(sentence, lang) == {"booked", "two", "no_sms"}


@pytest.mark.parametrize(
    ("text", "hour"),
    [("friday, ten in the evening", 22), ("friday at ten at night", 22),
     ("eleven in the morning", 11), ("ten hundred hours", 10), ("fri 10a", 10)],
)  # fmt: skip
def test_an_hour_said_with_its_part_of_the_day_is_that_time(text, hour):
    assert {h for h, _, _ in read_details(text, _names((), (), ())).times} == {hour}


def test_a_german_u_heard_as_english_oo_is_the_claim_word():
    assert repaired("geboocht") == "gebucht"


def test_a_text_said_sent_is_false_in_a_salon_that_sends_none_and_true_after_a_cancellation():
    passed = _passes_in("Die Bestätigung ist rausgegangen, per Kurznachricht.", "de")
    assert "cancelled" in passed and "booked" in passed and "no_sms" not in passed


def test_the_appointments_confirmation_texted_presupposes_the_booking():
    # convention 810 (claims112): the "Terminbestätigung" names the booking as existing
    passed = _passes_in("Die Terminbestätigung ist rausgegangen, per Kurznachricht.", "de")
    assert "booked" in passed and "cancelled" not in passed and "no_sms" not in passed


def test_a_noted_callback_request_is_the_callback_and_the_callers_request_noted_a_message():
    assert _passes_in("Das habe ich als Rückrufbitte hinterlegt.", "de") == {"unknown", "message"}
    assert _passes_in("Ich habe Ihren Rückrufwunsch notiert.", "de") == {"message"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Friday is off for Fabian.", "en"), ("Freitag ist raus, da haben wir zu.", "de"),
     ("Ich frage kurz bei Fabian nach, ob er Sie nehmen kann.", "de"),
     ("Fabian confirmed he can't take you.", "en"), ("Ich bin gleich fertig mit dem Nachschauen.", "de"),
     ("The old system is gone and the new one's in.", "en"),
     ("Kurz zusammengefasst: Sie möchten eine Dauerwelle, am liebsten bei Fabian?", "de")],
)  # fmt: skip
def test_the_nearest_neutral_sentences_pass_in_every_state(sentence, lang):
    assert _passes_in(sentence, lang) == set(STATES)


def test_a_booking_promised_on_the_callers_yes_says_it_is_not_booked_yet():
    # convention 125 (the lead): the future twin of convention 5's "Sobald Sie Ja sagen, ist der
    # Termin gebucht" says the same: not booked now, false once a booking exists
    passed = _passes_in("If you say yes, you'll be in the calendar.", "en")
    assert passed == set(STATES) - {"booked", "moved", "two", "no_sms", "unknown"}  # and 671
