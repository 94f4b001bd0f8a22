"""Blind round 25's false-block families (claims44): claim words said of things that are no
appointment or of the speaker's own, instructions for any appointment of a kind, the caller's wish
read back, sentences said before looking and a service's duration, the hold's clock, and the
times, services and days an instruction or a denial names; with the nearest sentences that must
still be stopped. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, CANCELLED_FRIDAY, EVERYWHERE, passes_in

FRIDAY_GONE = {"cancelled", "moved"}  # Friday 10:00 cancelled or moved away


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Müdigkeit ist bei mir heute fest gebucht.", "de"),  # a thing that is no booking
     ("Mein Zug wurde heute früh gestrichen, deshalb die Verspätung.", "de"),  # the speaker's
     ("Das Wetter ist für morgen leider schon storniert.", "de"),
     ("Ich bin heute ein wenig verplant, Entschuldigung.", "de"),  # the speaker in a state
     ("My flight got moved again, what a week.", "en"),
     ("The snow has cancelled my school run.", "en"),  # the speaker's own
     ("That song is officially cancelled.", "en"),
     ("Sundays should be reserved for sleeping in.", "en"),  # days in general
     ("I've corrected the postcode on file.", "en"),  # a detail of the caller's changed
     ("Kurze Haare stehen fast allen.", "de")],  # "stehen" of looks
)  # fmt: skip
def test_claim_words_said_of_other_things_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Ihr Termin ist gestrichen.", "de", CANCELLED_FRIDAY),  # the appointment: still a claim
     ("Die Dauerwelle ist fest gebucht.", "de", BOOKED_ANY),  # a service names the visit
     # the deletion beside it passes nowhere (convention 600, claims90)
     ("Ich habe Ihren Termin gestrichen und Ihre alte Nummer gelöscht.", "de", frozenset()),
     ("Your booking got cancelled.", "en", CANCELLED_FRIDAY),
     ("The appointment's booked.", "en", BOOKED_ANY),
     ("I've booked the perm for you.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_same_words_said_of_the_appointment_are_still_claims(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zu einem Strähnchentermin kommen Sie am besten mit ungewaschenem Haar.", "de"),
     ("Planen Sie für jeden Termin zehn Minuten Puffer ein.", "de"),
     ("For every beard appointment, skip shaving the day before.", "en")],
)  # fmt: skip
def test_an_instruction_for_any_appointment_of_a_kind_is_general(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Samstag um elf wäre Ihnen lieber, verstehe.", "de", "Lieber Samstag um elf?"),
     ("Sie tendieren also zu Lena, habe ich mir notiert.", "de", "Am liebsten bei Lena."),
     ("So Saturday at eleven is what you'd prefer.", "en", "Saturday at eleven, ideally."),
     ("Saturday at eleven would suit you better, got you.", "en", "Saturday at eleven?")],
)  # fmt: skip
def test_the_callers_wish_read_back_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Freitag um zehn ist gebucht, wie Sie es wollten.", "de", "Freitag um zehn, bitte."),
     ("Friday at ten, as you wanted, is booked.", "en", "Friday at ten, please.")],
)  # fmt: skip
def test_a_wish_said_done_is_still_a_claim(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == {"booked", "two", "no_sms"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Dienstag oder Mittwoch, beides kann gehen, aber ich muss erst nachschauen.", "de"),
     ("Tuesday or Wednesday might work, but I have to check first.", "en"),
     ("Eine Rasur ist in einer Viertelstunde erledigt.", "de"),  # how long a service takes
     ("A beard trim is done within fifteen minutes.", "en")],
)  # fmt: skip
def test_said_before_looking_or_a_services_duration_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Vormerkung läuft um zwanzig nach elf ab.", "de"),  # the expiry is not the slot's time
     ("Ich habe den Platz für zehn Minuten geblockt.", "de"),
     ("The hold runs out at twenty past eleven.", "en"),
     ("Nein, nicht eingetragen, nur geblockt.", "de")],
)  # fmt: skip
def test_the_holds_clock_is_the_hold(sentence, lang):
    assert passes_in(sentence, lang) >= {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Kommen Sie dann am Freitag lieber nicht.", "de", FRIDAY_GONE),
     ("Don't come in on Friday any more.", "en", FRIDAY_GONE),
     ("Seien Sie am Freitag bitte schon um zwanzig vor zehn hier.", "de", BOOKED_FRIDAY),
     ("Freitag um zehn ist eingetragen, Sie sind gegen Viertel nach zwölf fertig.", "de",
      BOOKED_FRIDAY),
     ("Please bring your colour chart along on Friday.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_instructions_own_times_and_words_are_not_the_visits(sentence, lang, where):
    assert passes_in(sentence, lang) == where


def test_a_denied_day_beside_a_booking_is_the_denials_own():
    # (with Saturday booked too, state "two", the denial is false: a false-pass family of blind
    # 25's that this test does not state)
    sentence = "Ihr Termin ist fix, und für Samstag bei Lena ist nichts gebucht."
    assert passes_in(sentence, "de") - {"two"} == {"booked", "moved", "no_sms"}
