"""Blind round 28's false blocks (claims51's classes, taken over and narrowed by claims53), as
classes: an outcome put in a time still to come;
a hold said in loan or spoken words; an English double negation; a day taken back mid-sentence;
a claim passed on from a named person; someone else's appointment; small talk (wishes, goodbyes
with no day, the weather, the salon's hours); a note taken for a callback; Berlin forms and bare
success idioms; a deletion in English words; a day or a later one asked; and the nearest
sentences that must still be stopped. Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bis zum Mittag wird Ihr Termin gebucht sein.", "de"),
     ("In wenigen Minuten wird die Stornierung erledigt sein.", "de"),
     ("By this evening you'll have been booked in.", "en"),
     ("It'll have been cancelled in a few minutes.", "en")],
)  # fmt: skip
def test_an_outcome_said_in_the_future_perfect_is_the_claim_of_it(sentence, lang):
    # convention 155 (blind 19's gated labels): false while nothing is done
    assert "nothing" not in passes_in(sentence, lang)
    assert "held" not in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin ist schon gebucht, und bis heute Abend wird die SMS da sein.", "de"),
     ("Your appointment is booked, and you'll have the text shortly.", "en")],
)  # fmt: skip
def test_an_outcome_said_done_beside_one_to_come_is_still_held_to_the_calendar(sentence, lang):
    assert passes_in(sentence, lang) <= BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag um zehn ist der Platz für Sie on hold.", "de"),
     ("Freitag zehn Uhr ist für Sie reserved.", "de")],
)  # fmt: skip
def test_a_hold_in_loan_words_is_a_hold(sentence, lang):
    assert passes_in(sentence, lang) == HELD_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Platz ist on hold, not confirmed yet.", "de"),
     ("Held for you, aber noch nicht gebucht.", "en")],
)  # fmt: skip
def test_a_hold_beside_a_loaned_not_yet_is_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's not as though you aren't booked.", "en", BOOKED_ANY),
     ("I would not say you aren't booked.", "en", BOOKED_ANY),
     ("It's not that it's still on, it's been cancelled.", "en", {"cancelled"})],
)  # fmt: skip
def test_a_double_negation_says_what_it_affirms(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie stehen am Montag, äh, am Freitag um zehn im Kalender.", "de"),
     ("You're booked for Thursday – sorry, Friday at ten.", "en")],
)  # fmt: skip
def test_a_day_taken_back_is_read_by_the_day_said_last(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


def test_the_day_said_last_is_still_held_to_the_calendar():
    assert passes_in("Sie stehen am Freitag, äh, am Dienstag im Kalender.", "de") == set()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Lena wanted me to tell you the appointment is confirmed.", "en", BOOKED_ANY),
     ("Fabian says that your appointment has been cancelled.", "en", {"cancelled"})],
)  # fmt: skip
def test_a_claim_passed_on_from_a_person_is_the_claim(sentence, lang, expected):
    # convention 84: the reporter is no detail of the appointment
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Physiotherapeutin hat Sie also für Montag eingetragen?", "de"),
     ("Herr Weber hat seinen Termin am Samstag storniert.", "de"),
     ("So your doctor has you booked for Monday?", "en")],
)  # fmt: skip
def test_someone_elses_appointment_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Werkstatt hat angerufen, und Ihr Termin ist storniert.", "de", {"cancelled"}),
     ("Your doctor rang, and your appointment is cancelled.", "en", {"cancelled"})],
)  # fmt: skip
def test_the_callers_own_appointment_beside_someone_elses_is_still_held_to_it(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Enjoy a relaxing weekend!", "en"),
     ("Tschau, bis zum nächsten Mal!", "de"),
     ("Supposed to be sunny on Thursday, lucky you.", "en"),
     ("Mittwochs haben wir bis neunzehn Uhr offen.", "de")],
)  # fmt: skip
def test_small_talk_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_goodbye_with_a_day_still_assumes_the_visit():
    assert "nothing" not in passes_in("Tschau, bis Freitag um zehn!", "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Hab mir das notiert, das Team ruft Sie an.", "de"),
     ("We've noted it, the salon will call you back.", "en")],
)  # fmt: skip
def test_a_note_taken_for_a_callback_is_the_message(sentence, lang):
    assert "message" in passes_in(sentence, lang)
    assert passes_in(sentence, lang) <= {"message", "pending", "unknown"}


def test_a_caller_noted_for_a_day_is_still_a_booking():
    assert "nothing" not in passes_in("Ich habe Sie für Freitag notiert, wir melden uns.", "de")


# claims53: the classes claims51's wider readings let false claims through in, and the new ones


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie werden am Freitag eingetragen sein.", "de"),
     ("Ihr Termin ist eingetragen, und gleich wird die Farbe bestellt sein.", "de"),
     ("You're booked in; by tonight it'll have been sent to Fabian too.", "en")],
)  # fmt: skip
def test_a_future_without_a_time_to_come_or_beside_an_outcome_done_is_read_as_said(sentence, lang):
    assert "nothing" not in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sobald es gebucht ist, wird die Bestätigung unterwegs sein.", "de"),
     ("Once it's booked, the text will have been sent before you're home.", "en")],
)  # fmt: skip
def test_a_text_hung_on_the_booking_to_come_promises_nothing_now(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You all have a restful weekend now.", "en"),
     ("Forecast says showers on Thursday, so bring an umbrella!", "en"),
     ("Am Donnerstag soll es den ganzen Tag regnen.", "de"),
     ("Dienstags ist Ruhetag. Ab Mittwoch geht es um neun wieder los. Wann passt es Ihnen?", "de"),
     ("Freitags haben wir von acht bis zwanzig Uhr open.", "de"),
     ("Tschüssi, bis zum nächste Mal!", "de")],
)  # fmt: skip
def test_wishes_weather_and_hours_among_other_sentences_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Forecast says showers on Friday, but you're in at ten.", "en"),
     ("Enjoy your evening, your appointment on Friday is confirmed.", "en"),
     ("Ab Mittwoch geht es wieder los. Ihr Termin am Freitag ist gebucht.", "de")],
)  # fmt: skip
def test_a_claim_beside_small_talk_is_still_held_to_the_calendar(sentence, lang):
    assert "nothing" not in passes_in(sentence, lang)
    assert "booked" in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Is bloß vorjemerkt, jebucht is noch nüscht.", "de", {"held", "pending"}),
     ("Den Termin hab ick abjesagt.", "de", {"cancelled"}),
     ("Det hamwa.", "de", SUCCESS)],
)  # fmt: skip
def test_berlin_forms_and_bare_idioms_are_read_in_standard_words(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_berlin_booking_is_still_a_booking():
    assert passes_in("Se sind jetzt einjetragen.", "de") == BOOKED_ANY


def test_a_deletion_in_english_words_is_a_cancellation():
    assert passes_in("Ihr Freitagstermin ist deleted.", "de") == {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Would Thursday suit, or later in the week?", "en"),
     ("Ginge Donnerstag, oder lieber später in der Woche?", "de")],
)  # fmt: skip
def test_a_day_or_a_later_one_asked_offers_no_slot(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE  # convention 85


def test_a_day_offered_alone_is_still_an_offer():
    assert passes_in("Would Thursday suit you?", "en") != EVERYWHERE  # convention 85


def test_an_offer_i_would_have_made_had_i_known_claims_nothing():
    assert passes_in("If I'd known, I'd have put you down for Thursday.", "en") == EVERYWHERE


def test_a_note_and_a_buzz_back_is_a_follow_up_not_a_booking():
    # the tune split labels "Someone will ring you back …, I've noted that." a callback
    assert passes_in("I've written that down, Lena will give you a buzz.", "en") <= {
        "message",
        "unknown",
    }


def test_a_single_not_like_yet_denies_the_booking():
    assert passes_in("It's not as if it's confirmed yet.", "en") == NOT_BOOKED


def test_a_day_said_void_in_spoken_words_is_that_day_gone():
    # convention 42: true after a cancellation and after a move, not while the day is booked
    assert passes_in("Freitag um zehn is für Sie jetzt passé.", "de") == {"cancelled", "moved"}


def test_the_appointment_itself_void_stays_a_cancellation():
    assert passes_in("Ihr Termin am Freitag ist hinfällig.", "de") == {"cancelled"}


def test_nothing_done_or_done_denies_both():
    sentence = "Nothing's been cancelled or rescheduled, it's all as it was."
    assert passes_in(sentence, "en") == BOOKED_FRIDAY


def test_a_comma_instead_of_or_keeps_the_second_outcome():
    assert passes_in("Nothing's been cancelled, it's been moved to Thursday.", "en") == {"moved"}
