"""The gated splits' false blocks after the merges of blind 26-28's fixes (claims54), as classes:
a written date with its time after it; and the nearest false sentences that must still be
stopped. Sentences in words of neither corpus file nor tests/corpus/claims_probe_gated_fb.yaml."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    NOWHERE,
    SUCCESS,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Bestätigt: 28.11. 10:00, Fabian.", BOOKED_FRIDAY),
     ("Status: gebucht für Fr 28.11. 10:00", BOOKED_FRIDAY),
     ("Gestrichen – 28.11. 10:00", CANCELLED_FRIDAY),
     ("Bestätigt: 28.11. 9:00, Fabian.", NOWHERE),
     ("Bestätigt: 27.11. 10:00, Fabian.", NOWHERE)],
)  # fmt: skip
def test_a_written_date_with_its_time_after_it_names_that_day_not_the_hour(sentence, expected):
    assert passes_in(sentence, "de") == set(expected)


@pytest.mark.parametrize(
    "sentence",
    ["Your mother supposedly moved it, though I can't verify that on my side.",
     "Evidently your colleague booked it, but I don't see anything under your name."],
)  # fmt: skip
def test_hearsay_the_speaker_cannot_see_claims_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Seemingly it's all booked for you.", BOOKED_ANY),
     ("Evidently your son cancelled it, and it shows here.", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_hedge_the_speaker_does_not_doubt_keeps_its_claim(sentence, expected):
    assert passes_in(sentence, "en") == set(expected)


@pytest.mark.parametrize(
    "sentence",
    ["No matter who asks, I don't call a visit confirmed when it isn't.",
     "I assumed your visit was confirmed, but it isn't."],
)  # fmt: skip
def test_a_refusal_or_a_belief_ending_in_it_isnt_claims_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


def test_a_counterfactual_ending_in_a_bare_it_isnt_still_denies_the_booking():
    assert passes_in("You'd expect it to be booked already, but it isn't.", "en") == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ihre E-Mail und Ihren Geburtstag habe ich gespeichert.", EVERYWHERE),
     ("Die E-Mail-Adresse ist bei uns abgelegt.", EVERYWHERE),
     ("Der Freitag wurde ab-ge-sagt.", CANCELLED_FRIDAY),
     ("Ihre E-Mail und Ihren Termin habe ich eingetragen.", BOOKED_ANY)],
)  # fmt: skip
def test_a_hyphenated_compound_is_no_spoken_word(sentence, expected):
    assert passes_in(sentence, "de") == set(expected)


HELD_NOT_BOOKED = {"held", "pending"}  # a slot kept for the caller and no booking


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Da habe ich mich vertan: Ich hatte Ihnen gesagt, er sei eingetragen – er ist nur vorgemerkt.",
      "de"),
     ("Berichtigung: Ich sagte, es sei fix – es ist lediglich vorgemerkt.", "de"),
     ("My mistake: I said you were confirmed, but you're only pencilled in.", "en")],
)  # fmt: skip
def test_a_correction_from_an_outcome_to_a_hold_is_the_hold_and_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == HELD_NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Da habe ich mich vertan: Ich sagte, er sei nur vorgemerkt – er ist eingetragen.", "de"),
     ("My mistake: I said you were only pencilled in, but you're booked.", "en")],
)  # fmt: skip
def test_a_correction_from_a_hold_to_the_booking_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    "sentence",
    ["Seien Sie bitte am Freitag eine Viertelstunde vorher im Salon.",
     "Bitte seien Sie für die Dauerwelle etwas eher da."],
)  # fmt: skip
def test_the_imperative_seien_sie_asks_the_caller_and_reports_no_move(sentence):
    assert passes_in(sentence, "de") >= BOOKED_FRIDAY


def test_a_reported_state_in_konjunktiv_i_stays_the_state():
    assert passes_in("Laut Kalender seien Sie am Freitag fest eingetragen.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    "sentence",
    ["Wenn alles reibungslos läuft, stehen Sie gleich im Terminbuch.",
     "Läuft es problemlos durch, sind Sie gleich eingetragen.",
     "Läuft alles reibungslos, sind Sie gleich im Kalender."],
)  # fmt: skip
def test_an_outcome_on_the_bookings_own_success_is_neutral(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_an_outcome_on_the_systems_answer_is_not_booked_yet():
    assert passes_in("Stimmt das System zu, sind Sie gleich eingetragen.", "de") == NOT_BOOKED


@pytest.mark.parametrize("sentence", ["Passt scho, alles paletti.", "Erledigt, fix is'."])
def test_a_bare_austrian_success_is_done_after_a_cancellation_too(sentence):
    assert passes_in(sentence, "de") == SUCCESS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Der Freitag ist abges agt.", CANCELLED_FRIDAY),
     ("Sie sind eingetra gen.", BOOKED_ANY)],
)  # fmt: skip
def test_an_outcomes_participle_split_by_a_space_reads_as_one_word(sentence, expected):
    assert passes_in(sentence, "de") == set(expected)


@pytest.mark.parametrize(
    "sentence",
    ["Lena hat Ihren Termin am Freitag aus ihrem Plan gestrichen.",
     "Fabian hat Ihren Termin am Freitag aus seinem Plan gestrichen."],
)  # fmt: skip
def test_a_stylist_taking_the_visit_out_of_the_plan_is_the_cancellation_only(sentence):
    assert passes_in(sentence, "de") == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wenn der Samstag auch ausgebucht ist, irgendwas findet sich unter der Woche bestimmt.", "de"),
     ("Even though Saturday is fully booked, we'll surely find something midweek.", "en")],
)  # fmt: skip
def test_a_day_said_full_is_not_offered_by_a_vague_something(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_free_slot_beside_a_full_day_is_still_offered():
    said = "Samstag ist komplett belegt, aber Donnerstag um drei ist noch frei."
    assert passes_in(said, "de") == {"moved", "offered"}


@pytest.mark.parametrize(
    "sentence",
    ["Bleibt es bei Strähnchen, oder färben wir doch komplett?",
     "Bleibt's beim Föhnen, oder darf es eine Kur dazu sein?"],
)  # fmt: skip
def test_asking_whether_the_service_stays_claims_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("One of the two worked out: you're booked for Friday at ten.", "en"),
     ("Eine der beiden Buchungen hat funktioniert: Freitag um zehn steht.", "de")],
)  # fmt: skip
def test_one_of_two_attempts_worked_needs_only_the_booking_it_names(sentence, lang):
    """Convention 171 (claims58): one of two worked says the other did not, false where both are
    booked (state 'two')."""
    assert passes_in(sentence, lang) == BOOKED_FRIDAY - {"two"}


def test_one_of_two_appointments_cancelled_still_presupposes_two():
    assert passes_in("One of your two bookings is cancelled.", "en") == set()


@pytest.mark.parametrize(
    "sentence",
    ["The reservation portal is a little sluggish today.",
     "The salon always sends confirmation texts, never e-mails."],
)  # fmt: skip
def test_a_tool_or_a_kind_of_message_named_by_a_claim_noun_claims_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


def test_confirmation_texts_promised_to_the_caller_stay_a_promise():
    assert passes_in("We only send you the confirmation by text.", "en") != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("We're also open on Mondays now.", "en"), ("Wir haben samstags bis 14 Uhr geöffnet.", "de")],
)
def test_the_salons_opening_days_offer_no_slot(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_slot_said_open_is_still_offered():
    assert passes_in("Thursday at three is open.", "en") == {"moved", "offered"}


def test_the_speakers_own_plans_awaiting_approval_are_no_request_of_the_callers():
    assert passes_in("Meine Schulung nächste Woche ist noch nicht freigegeben.", "de") == EVERYWHERE


def test_the_callers_appointment_awaiting_approval_is_pending():
    assert passes_in("Ihre Anfrage ist noch nicht abgesegnet.", "de") == {"pending"}


def test_an_instruction_for_the_callers_visit_said_as_an_infinitive_presupposes_it():
    assert passes_in("Zu Ihrem Termin bitte pünktlich im Salon sein.", "de") == BOOKED_ANY
