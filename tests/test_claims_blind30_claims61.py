"""Blind round 30's false passes outside the short answers (claims61), as classes: an idiom of
completion said of the booking or negated with noch / yet; said of a cancellation; a status read
off the calendar ("steht auf", "shows as"); a booking or cancellation reference given to the
caller; a reason or concession before the claim; and the nearest sentences that must still
pass. Sentences in words of neither tests/corpus/claims_blind_30.yaml nor the probe
tests/corpus/claims_probe30_claims61.yaml."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

NEVER: set[str] = set()
MOVED = {"moved"}  # Friday moved to Thursday 27 November, 15:00


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Dauerwelle ist noch nicht in trockenen Tüchern, mir fehlt noch Ihre Bestätigung.", "de"),
     ("Unter Dach und Fach ist da leider noch nichts.", "de"),
     ("Your appointment isn't in the bag yet, I'm afraid.", "en"),
     ("Nearly in the bag – I just need your yes.", "en")],
)  # fmt: skip
def test_an_idiom_of_completion_negated_or_nearly_is_not_booked(sentence, lang):
    # convention 5: nearly done is not done
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Absage Ihres Termins ist unter Dach und Fach.", "de"),
     ("Your cancellation is done and dusted.", "en")],
)  # fmt: skip
def test_an_idiom_of_completion_said_of_a_cancellation_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED_FRIDAY


def test_an_idiom_of_completion_with_a_wrong_service_is_true_nowhere():
    assert passes_in("Your haircut is nailed down now.", "en") == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("That's a done deal for the colour, then – darker it is.", "en"),
     ("Bevor nicht alles in trockenen Tüchern ist, schreibe ich Ihnen nichts.", "de")],
)  # fmt: skip
def test_an_idiom_about_something_else_or_in_a_rule_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Im System steht Ihre Buchung auf bestätigt.", "de", BOOKED_ANY),
     ("On our side it shows as confirmed.", "en", BOOKED_ANY),
     ("Der Termin steht bei mir auf abgesagt.", "de", CANCELLED_FRIDAY),
     ("The status has switched to cancelled.", "en", CANCELLED_FRIDAY),
     ("Your booking is showing as cancelled on my screen.", "en", CANCELLED_FRIDAY),
     ("Bei uns steht der Termin noch nicht auf gebucht.", "de", NOT_BOOKED),
     ("It doesn't show as confirmed just yet.", "en", NOT_BOOKED | {"unknown"})],  # 731
)  # fmt: skip
def test_a_status_read_off_the_calendar_is_the_outcome_it_names(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Notieren Sie sich bitte die Vorgangsnummer 6620.", "de", SUCCESS),  # 200 (claims126)
     ("Mit der Vorgangsnummer 6620 können Sie Ihre Buchung online ansehen.", "de", BOOKED_ANY),
     ("Your booking reference is QT-5521.", "en", BOOKED_ANY),
     ("Ihre Stornonummer lautet 7781.", "de", CANCELLED_FRIDAY),
     ("Here is your cancellation reference: CN-3307.", "en", CANCELLED_FRIDAY),
     ("There's no booking reference for you yet.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_reference_given_to_the_caller_is_the_outcome_it_belongs_to(sentence, lang, expected):
    # conventions 45, 77: only an appointment that exists has a number
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Haben Sie die Buchungsnummer zur Hand?", "de"),
     ("Eine Buchungsnummer bekommen Sie, sobald wir fertig sind.", "de"),
     ("Unter der Nummer 030 55512 erreichen Sie den Salon wegen Ihrer Buchung.", "de"),
     ("Booking references begin with two letters.", "en"),
     ("Can you read me the reference from your text?", "en")],
)  # fmt: skip
def test_references_asked_for_promised_or_explained_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Weil Lena am Freitag krank ist, habe ich Sie auf Donnerstag verlegt.", "de", MOVED),
     ("Because of a clash on Friday, I've moved you to Thursday.", "en", MOVED),
     ("Wie abgemacht sind Sie jetzt am Donnerstag um drei.", "de", MOVED),
     ("Weil die Technik gerade streikt, habe ich noch nichts eingetragen.", "de", NOT_BOOKED),
     ("Because the line keeps dropping, I haven't been able to book it yet.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_a_reason_before_the_claim_adds_nothing_to_it(sentence, lang, expected):
    # the day the reason names (Friday) is not the claim's
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Da Sie am Freitag ohnehin bei uns sind, bringen Sie bitte die Kundenkarte mit.", "de",
      {"booked", "two", "no_sms"}),
     ("Since you're booked anyway, shall I add a wash?", "en", BOOKED_ANY),
     ("Da war leider jemand schneller, der Platz ist weg.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_reason_that_presupposes_the_visit_keeps_its_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
