"""The leftovers of blind rounds 48-50 and the lead's decision 950 (claims126): a date set off by
commas between a claim word and its denial does not cut the denial off ("Eingetragen habe ich
Sie am Samstag, den 29., noch nicht" is the appointment not booked, not a booking); references
read by their role (a case number any outcome's, a reservation's number the hold's, said of the
appointment the booking's); the old appointment said cancelled after a move in every wording
(905); a note for someone at the salon is a message promised, thanks passed on are none (950); a
statement stopped before its outcome word was heard claims nothing (640). Sentences in words of
neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    SUCCESS,
    passes_in,
)

SATURDAY_BOOKED = frozenset({"two"})  # Lena, Saturday 29 November, 11:00
OPEN = frozenset({"unknown"})  # 671: an open outcome may be the booking
OLD_PLACE_GONE = frozenset({"cancelled", "moved"})  # 905: Cal.com cancels the old booking
MESSAGE_TAKEN = frozenset({"message"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Eingetragen habe ich Sie am Samstag, den 29., noch nicht.", "de",
      EVERYWHERE - SATURDAY_BOOKED),
     ("Gebucht habe ich Sie am Freitag, dem 28. November, um zehn Uhr leider noch nicht.", "de",
      EVERYWHERE - BOOKED_FRIDAY - OPEN),
     ("Bestätigt ist der Termin am Donnerstag, den 27., noch nicht.", "de",
      EVERYWHERE - {"moved"}),
     ("I haven't, for Saturday the 29th, confirmed it yet.", "en",
      EVERYWHERE - SATURDAY_BOOKED)],
)  # fmt: skip
def test_a_dates_apposition_leaves_the_denial_on_its_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_the_same_order_without_the_denial_is_the_booking():
    assert passes_in("Eingetragen habe ich Sie am Freitag, den 28., schon.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Vorgangsnummer ist 7-7-2.", "de", SUCCESS),
     ("Your case number is 12-80.", "en", SUCCESS),
     ("Ihre Reservierungsnummer lautet R-409.", "de", HELD),
     ("Your hold number is H-3.", "en", HELD),
     # naming the appointment is no act: any outcome's (the lead's D42, convention 1109)
     ("Ihre Vorgangsnummer für den Termin ist 7-7-2.", "de", SUCCESS),
     ("Gebucht unter der Vorgangsnummer 7-7-2.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_reference_read_aloud_claims_the_outcome_its_role_names(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Your previous booking has been cancelled.", "en"),
     ("I've cancelled your original appointment on Friday.", "en"),
     ("Ich habe Ihren alten Termin am Freitag storniert.", "de")],
)  # fmt: skip
def test_the_old_appointment_said_cancelled_is_true_after_a_move(sentence, lang):
    assert passes_in(sentence, lang) == OLD_PLACE_GONE


def test_the_one_of_a_day_no_appointment_had_is_cancelled_nowhere():
    assert passes_in("The Saturday one has been cancelled.", "en") == frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich notiere das gleich für Sophie.", "de"),
     ("I'll jot that down for Lena.", "en"),
     ("I'll make a note for the manager.", "en")],
)  # fmt: skip
def test_a_note_for_someone_at_the_salon_is_a_message_promised(sentence, lang):
    assert passes_in(sentence, lang) == MESSAGE_TAKEN


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich richte Lena Ihren Dank aus.", "de"),
     ("I'll tell Sophie you said hi.", "en"),
     ("I'll pass on your regards to Fabian.", "en"),
     ("I'll write that down for you.", "en")],
)  # fmt: skip
def test_thanks_passed_on_or_a_note_for_the_caller_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_note_on_the_booking_stays_the_booking():
    assert passes_in("Ich notiere das bei Ihrer Buchung.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Termin ist be—", "de", EVERYWHERE),
     ("Ihre Buchung ist ge—", "de", EVERYWHERE),
     ("Sie sind jetzt gebu—", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_cut_word_claims_only_what_its_heard_stem_names(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
