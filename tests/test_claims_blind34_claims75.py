"""Blind round 34's false passes and false blocks in claims75's share, as classes: the caller's
place in a stylist's day (it presupposes the appointment; a neighbour's time or service is not the
caller's), the salon's first appointment and first-come rule (no one's booking), the appointment
listed in the caller's account or profile, an entry crossed out, a booking number said to stand
somewhere or used, a link in a text to manage the appointment, a slot grabbed, an assurance around
a yes to the caller's question, "drankommen" in a clause of assurance, a confirmation in the
progressive or as a pleasure, "nothing booked yet", the day plan; and the nearest sentences that
must still pass. Sentences in words of neither corpus file (claims_blind_34.yaml,
claims_probe34_claims75.yaml)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    passes_in,
)

TWO_ONLY = {"two"}  # Saturday 11:00 with Lena is booked only in state two
SATURDAY_OFFERED = {"two", "offered"}  # Saturday 11:00 with Lena: booked in two, offered in offered
TEXTED_BOOKING = BOOKED_ANY - {"no_sms"}  # booked and the confirmation texted


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hinter Ihnen hat Fabian den ganzen Tag keinen Platz mehr.", "de", BOOKED_ANY),
     ("Kurz vor Ihnen hat er noch eine Kundin zum Färben.", "de", BOOKED_ANY),
     ("Sie sind an dem Tag seine allerletzte Kundin.", "de", BOOKED_ANY),
     ("Zwischen Ihnen und seiner Pause kommt keiner mehr.", "de", BOOKED_ANY),
     ("Am Freitag beschließen Sie Fabians Tag.", "de", BOOKED_FRIDAY),
     ("Right after you, Fabian's got nobody else on Friday.", "en", BOOKED_FRIDAY),
     ("You're his very first client of the day.", "en", BOOKED_ANY),
     ("There's a client with highlights just ahead of you.", "en", BOOKED_ANY),
     ("You're closing his day.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_place_in_a_stylists_day_presupposes_the_appointment(sentence, lang, expected):
    # blind 34's header (31, 45); a neighbour's service or time is not the caller's detail
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Samstags um elf könnten Sie Lenas erste Kundin sein.", "de", SATURDAY_OFFERED),
     ("You'd be Lena's first client on Saturday at eleven.", "en", SATURDAY_OFFERED)],
)  # fmt: skip
def test_a_place_in_the_subjunctive_is_the_slot_offered(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vor Ihnen warten noch drei Anrufer in der Leitung.", "de"),
     ("There are still four callers ahead of you.", "en"),
     ("Nach Ihnen hat sich vorhin schon jemand erkundigt.", "de"),
     ("Der späteste Termin am Abend ist bei uns um sieben.", "de"),
     ("Wer als Erster anruft, bekommt bei uns den Slot.", "de"),
     ("Fabian's last client on Friday leaves at six.", "en")],
)  # fmt: skip
def test_queues_the_salons_day_and_others_places_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Im Online-Konto finden Sie die Buchung jetzt unter Ihren Terminen.", "de", BOOKED_ANY),
     ("Die Terminbestätigung ist jetzt in Ihrem Profil gespeichert.", "de", BOOKED_ANY),
     ("The appointment is listed in your profile now.", "en", BOOKED_ANY),
     ("In Ihrem Profil sehen Sie jetzt: Freitag, 10 Uhr, bei Fabian.", "de", BOOKED_FRIDAY),
     ("Your account now reads: Friday at 10 am with Fabian.", "en", BOOKED_FRIDAY),
     ("In your profile the booking is crossed out now.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_appointment_listed_in_the_callers_account_presupposes_it(sentence, lang, expected):
    # conventions 31, 45, 77; an entry crossed out is the cancellation
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Handynummer ist in Ihrem Profil gespeichert.", "de"),
     ("Für einen Termin bei uns brauchen Sie kein Online-Konto.", "de"),
     ("If you sign up for an account, your bookings will show there.", "en"),
     ("Your address is saved in your account.", "en")],
)  # fmt: skip
def test_the_callers_data_or_an_account_on_a_condition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Buchungsnummer steht auch auf Ihrer Terminkarte.", "de", BOOKED_ANY),
     ("Mit der Buchungsnummer können Sie später bei uns nachfragen.", "de", BOOKED_ANY),
     ("With the booking number you can check it online.", "en", BOOKED_ANY),
     ("Ihr Termin läuft unter der Nummer 7-2-4.", "de", BOOKED_ANY),
     ("Per Link in der SMS können Sie den Termin absagen.", "de", TEXTED_BOOKING),
     ("The text has a link to move the appointment.", "en", TEXTED_BOOKING)],
)  # fmt: skip
def test_a_booking_number_held_or_a_link_in_a_text_presupposes_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Einen Link per SMS schicken wir leider nicht.", "de"),
     ("Once it's booked, the text will have a link to change it.", "en")],
)  # fmt: skip
def test_a_link_denied_or_to_come_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie haben sich den letzten Slot am Freitag geschnappt.", "de", BOOKED_FRIDAY),
     ("You snagged the final opening on Friday.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_slot_grabbed_is_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Ehrenwort, ja.", "de", "Bin ich jetzt sicher eingetragen?"),
     ("My word, yes.", "en", "So am I properly booked?")],
)  # fmt: skip
def test_an_assurance_around_a_yes_answers_the_callers_question(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich darf Ihnen versichern, dass Sie am Donnerstag um drei drankommen.", "de", {"moved"}),
     ("Es freut mich, Ihnen den Termin zu bestätigen.", "de", BOOKED_ANY),
     ("We're formally confirming your appointment now.", "en", BOOKED_ANY),
     ("I can confirm both: Friday at ten and Saturday at eleven with Lena.", "en", TWO_ONLY)],
)  # fmt: skip
def test_performatives_in_other_shapes_say_the_outcome(sentence, lang, expected):
    # convention 76: a frame of telling does not change the claim it wraps
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'll confirm your appointment once you've checked your diary.", "en"),
     ("Wann Sie drankommen, sage ich Ihnen gleich.", "de")],
)  # fmt: skip
def test_a_confirmation_to_come_or_a_question_of_turn_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("One second … no, nothing confirmed yet.", "en"),
     ("Sie stehen noch nicht in Fabians Tagesplan.", "de")],
)  # fmt: skip
def test_not_yet_in_the_book_or_the_day_plan_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE - BOOKED_ANY - {"unknown"}
