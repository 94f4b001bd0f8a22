"""Blind round 38's misses (claims87), as classes: a hold said to last about a span; the
appointment nobody can take from the caller any more; a request with the salon whose answer
"ob es klappt" is awaited; "fast geschafft" with what is still missing; the caller's data said
deleted, no cancellation (convention 571); a goodbye with a wish that names nothing (65); a
request said accepted, not assumed; only held with the booking to come; another stylist's
remaining place; and the nearest sentences that must still pass. Sentences in words of neither corpus
file (blind 38, probe 38)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, HELD, NOT_BOOKED, passes_in

NEVER: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Reservierung hält ungefähr eine Viertelstunde.", "de", HELD),
     ("Your hold lasts around fifteen minutes.", "en", HELD),
     ("Eine Reservierung hält normalerweise ungefähr eine Viertelstunde.", "de", EVERYWHERE),
     ("The hold normally lasts around fifteen minutes.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_said_to_last_about_a_span_is_the_hold_a_rule_is_not(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Seien Sie beruhigt, Ihren Termin nimmt Ihnen niemand mehr weg.", "de", BOOKED_ANY),
     ("Relax, no one is going to steal your appointment from you now.", "en", BOOKED_ANY),
     ("Wenn die Reservierung abläuft, nimmt Ihnen den Termin keiner mehr weg?", "de", EVERYWHERE),
     ("While it's on hold, nobody can take the appointment from you now.", "en", HELD)],
)  # fmt: skip
def test_the_appointment_nobody_can_take_any_more_is_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Terminanfrage liegt jetzt beim Salon, Sie erhalten eine Antwort, ob es geht.", "de",
      {"pending"}),
     ("Your request has gone to the team; you'll hear back whether they can fit you in.", "en",
      {"pending"}),
     ("Der Termin muss von dem Salon erst noch bestätigt werden.", "de", {"pending"}),
     ("If your request is with the team, they'll tell you whether it works.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_request_whose_answer_is_awaited_is_pending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Beinahe geschafft, mir fehlt nur noch Ihr Einverständnis.", NOT_BOOKED),
     ("Geschafft, Ihr Termin ist eingetragen.", BOOKED_ANY)],
)  # fmt: skip
def test_nearly_managed_with_something_missing_is_not_booked_yet(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre gespeicherten Daten habe ich vernichtet.", "de", EVERYWHERE),
     ("I've wiped your phone number from the system.", "en", EVERYWHERE),
     ("Ich habe Ihre Handynummer aus der Kundenkartei gelöscht.", "de", EVERYWHERE),
     ("Ihre Angaben und Ihren Termin habe ich gelöscht.", "de", {"cancelled"}),
     ("I've forwarded your request to have your details erased.", "en", {"message"})],
)  # fmt: skip
def test_data_said_deleted_is_no_cancellation(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Tschüss, schönen Tag noch!", EVERYWHERE),
     ("Bis bald, auf Wiederhören!", EVERYWHERE),
     ("Bis Freitag, machen Sie es gut!", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_goodbye_with_a_wish_naming_nothing_presupposes_nothing(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ihre Anfrage ist angenommen worden, Sie sind fest eingetragen.", BOOKED_ANY),
     ("Angenommen, Ihre Buchung ist durch.", EVERYWHERE)],
)  # fmt: skip
def test_a_request_said_accepted_is_not_an_assumption(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Vorerst ist der Platz nur blockiert; wenn Sie zustimmen, mache ich ihn fest.", "de",
      {"held", "pending"}),
     ("At the moment it's just reserved, and when you confirm I'll lock it in.", "en",
      {"held", "pending"}),
     ("Ich halte Ihnen den Platz, sobald Sie Ja sagen, buche ich ihn.", "de", HELD),
     ("As I keep saying, I can only book it once you say yes.", "en", EVERYWHERE)],
)  # fmt: skip
def test_only_held_with_the_booking_to_come_is_not_booked_yet(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Falls es nicht Fabian sein muss, hätte Lena am Samstag um elf noch einen Platz.", "de",
      {"offered", "two"}),
     ("If it doesn't have to be Fabian, Lena has a slot on Saturday at eleven.", "en",
      {"offered", "two"}),
     ("Ich sehe gerade, dass Lena am Samstag um elf noch Platz hat.", "de",
      {"offered", "two"}),
     ("Wenn es nicht Fabian sein muss, ist Lena am Samstag um elf leider auch nicht da.", "de",
      EVERYWHERE)],
)  # fmt: skip
def test_another_stylists_remaining_place_is_offered(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
