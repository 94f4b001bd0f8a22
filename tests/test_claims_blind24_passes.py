"""Blind round 24's false-block families (claims42): a request to the caller to confirm, decide
or get in touch; a key-value note of the caller's details and a label of the salon's hours; the
calendar as the source of the salon's hours, a stylist's day off or a busy day; a bare status
said confirmed; a cancellation status naming the appointment it is of; a reassurance beside an
outcome; a word broken off before a repair; two clauses with a day each; the appointment no
longer seen in the calendar; a choice of days asked as a preference; and, as convention 83
decides, a request passed on (a message) or with the salon (`pending`). Each with the nearest
sentences that must still be stopped. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, SUCCESS, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bestätigen Sie mir bitte noch schnell den Donnerstag.", "de"),
     ("Entscheiden Sie ganz in Ruhe und rufen Sie uns dann zurück.", "de"),
     ("Sagen Sie mir bitte Bescheid, ob der Samstag geht.", "de"),
     ("Please confirm the Saturday slot for me.", "en"),
     ("Have a think and give us a call back.", "en"),
     # a note of the caller's details, the salon's hours
     ("Handynummer: 0152 1112223 – notiert.", "de"),
     ("Nachname: Schulze, vermerkt.", "de"),
     ("Kopfhaut: empfindlich – habe ich.", "de"),
     ("Phone number: 0152 1112223, noted.", "en"),
     ("Friday hours: 9 to 7.", "en"),
     # the calendar as a source of the salon's facts
     ("Laut Kalender ist der Salon am Sonntag zu.", "de"),
     ("Im Kalender ist der Mittwoch ziemlich voll.", "de"),
     ("According to the calendar, Lena's off on Thursday.", "en"),
     ("According to the system, the salon is closed on Monday.", "en"),
     # a choice of days asked as the caller's preference
     ("Would Thursday or Friday suit you better?", "en"),
     ("Would today or tomorrow be better for you?", "en")],
)  # fmt: skip
def test_requests_notes_and_the_salons_facts_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    # a claim beside the request; with "dann" the booking is promised for after the caller's
    # confirmation, not booked now (conventions 125, 243: tests/test_claims_blind31_b_claims.py)
    [("Bestätigen Sie kurz – der Termin ist gebucht.", "de"),
     ("Termin: notiert und eingetragen.", "de"),  # the label names the appointment
     ("Booking: done, noted.", "en"),
     ("Laut Kalender sind Sie am Freitag drin.", "de"),  # the calendar has the caller
     ("According to the calendar, you're in on Friday.", "en")],
)  # fmt: skip
def test_the_nearest_claims_are_still_stopped_where_nothing_is_booked(sentence, lang):
    assert "nothing" not in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Status: bestätigt ✓", "de", SUCCESS),  # a bare status said confirmed: the bare success
     ("Status: confirmed ✅", "en", SUCCESS),
     ("Buchungsstatus: bestätigt ✔", "de", BOOKED_ANY),  # the booking named: a booking
     # a cancellation status naming what it cancelled
     ("**Status:** abgesagt – Ihre Dauerwelle am Freitag.", "de", {"cancelled"}),
     # a reassurance beside an outcome, and beside a bare "steht"
     ("Hab ihn storniert, alles safe.", "de", {"cancelled"}),
     ("Alles klar, steht.", "de", SUCCESS),
     ("Jo, alles klar, steht.", "de", BOOKED_ANY),  # a yes beside it: the booking (D18, 1085)
     ("Hab Sie eingetragen, alles safe.", "de", BOOKED_ANY),  # the caller put in: a booking
     # the appointment no longer in the calendar: gone, cancelled or moved away
     ("Im System sehe ich Ihren Termin am Freitag nicht mehr.", "de", {"cancelled", "moved"}),
     ("I can't find your Friday appointment in the system anymore.", "en",
      {"cancelled", "moved"})],
)  # fmt: skip
def test_true_claims_in_formats_and_slang_pass_where_true(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Sie sind gebu- … nein, gebucht sind Sie noch nicht.", "de",
      EVERYWHERE - BOOKED_ANY - {"unknown"}),  # a broken-off word before a repair is not said
     ("It's boo- … no, sorry, it isn't booked yet.", "en", EVERYWHERE - BOOKED_ANY - {"unknown"}),
     # two clauses, each with its own day: each read alone
     ("Your Friday appointment stays; Thursday isn't booked yet.", "en",
      {"booked", "two", "no_sms"}),
     ("Friday stays; Thursday is booked as well.", "en", set())],
)  # fmt: skip
def test_repairs_and_clauses_side_by_side_are_read_by_their_parts(sentence, lang, where):
    assert passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Ich habe Ihre Anfrage an den Salon weitergegeben.", "de", {"message"}),  # passed on
     ("Ihre Anfrage ist jetzt beim Salon.", "de", {"pending"}),  # with the salon: awaiting it
     ("Your request is with the salon; they still have to approve it.", "en", {"pending"})],
)  # fmt: skip
def test_a_request_passed_on_is_a_message_and_one_with_the_salon_awaits_it(sentence, lang, where):
    assert passes_in(sentence, lang) == where
