"""Blind round 29's false blocks (claims56), as classes: true or neutral sentences the guard
stopped. A success or record verb said of the caller's details; how the salon confirms, as a rule;
a line or screen failing for a moment; another client's outcome said not to be the caller's; the
Friday visit gone by possession or given to others; a move said "statt X … Y" or "vom X auf Y";
"das ist durch" after a cancellation; an hour written "10h" after a date; a message noted with a
stylist calling back; a wish read back after "Got it"; free times looked up; a passive idiom of
cancelling; a hold as a status line; rules about what may be said; a possessed visit whose
booking failed; and the nearest sentences that must still be stopped. Sentences in words of
neither the corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD, passes_in

CANCELLED = {"cancelled"}
GONE_FRIDAY = {"cancelled", "moved"}  # cancelled, or the old place of the move
MOVED = {"moved"}  # Friday 10:00 moved to Thursday 15:00


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I managed to jot down your mobile number.", "en"),
     ("I could save your email address.", "en"),
     ("Handynummer: gespeichert.", "de"),
     ("Bestätigungen versenden wir immer per SMS.", "de"),
     ("We always send confirmations by text message.", "en"),
     ("The network dropped for a second.", "en"),
     ("Die Verbindung zum Server ist kurz abgebrochen.", "de"),
     ("The eleven o'clock lady just cancelled, but that's not your appointment.", "en"),
     ("Der Kunde um zwölf hat eben abgesagt, das betrifft Sie nicht.", "de"),
     ("Okay, so Thursday morning works best for you.", "en"),
     ("I managed to call up the free slots for Thursday.", "en"),
     ("Die Regel ist: gebucht ist erst, was das System bestätigt.", "de"),
     ("I'm only allowed to confirm it once the calendar has it.", "en")],
)  # fmt: skip
def test_details_rules_hiccups_others_and_lookups_claim_nothing(sentence, lang):
    # conventions 5, 22, 33, 46, 84: the caller's details noted, the salon's rules, a line
    # dropping, another client's cancellation disowned, a wish read back, a list looked up
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I managed to jot down your appointment for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Your booking dropped out of the calendar.", "en", CANCELLED),
     ("Ihr Termin ist abgesagt, nicht der vom Kunden um zwölf.", "de", CANCELLED)],
)  # fmt: skip
def test_the_same_verbs_said_of_the_callers_appointment_keep_their_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_confirmation_sent_to_the_caller_now_is_no_rule():
    assert passes_in("Die Bestätigung schicken wir Ihnen gleich per SMS.", "de") != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Friday afternoon is yours again.", "en", GONE_FRIDAY),
     ("Der Freitagnachmittag gehört jetzt wieder Ihnen.", "de", GONE_FRIDAY),
     # the old place said free presupposes the move (the lead's D16, convention 1056)
     ("Your previous Friday appointment is free for others now.", "en", frozenset({"moved"})),
     ("Ihr bisheriger Termin am Freitag geht jetzt an andere.", "de", GONE_FRIDAY),
     ("Ihren Freitagsstuhl können wir jetzt an jemand anderen vergeben.", "de", CANCELLED),
     ("Somebody else can take your Friday slot now.", "en", CANCELLED)],
)  # fmt: skip
def test_the_friday_visit_gone_by_possession_or_given_to_others(sentence, lang, expected):
    # conventions 3, 17, 18, 21: the old place named as such is gone (true after a move too),
    # the caller's own place given to others is the cancellation
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Statt Freitag kommen Sie damit schon Donnerstag um drei.", "de", MOVED),
     ("Ich habe Sie vom Freitag auf den Donnerstag um drei umgesetzt.", "de", MOVED),
     ("Statt Freitag kommen Sie damit schon Samstag um drei.", "de", set()),
     ("Ich habe Ihren Termin gestrichen, das ist jetzt durch.", "de", CANCELLED),
     ("Ich habe Sie ausgetragen, das ist durch.", "de", CANCELLED),
     ("Your booking has been knocked on the head.", "en", CANCELLED)],
)  # fmt: skip
def test_moves_and_cancellations_in_everyday_words(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Bestätigt: Fr 28.11. 10h bei Fabian.", BOOKED_FRIDAY),
     ("Bestätigt: Sa 29.11. 10h bei Fabian.", set())],
)  # fmt: skip
def test_an_hour_written_after_a_date_is_no_day(sentence, expected):
    assert passes_in(sentence, "de") == expected


def test_a_message_noted_with_a_stylist_calling_back_is_the_callback():
    # convention 821 (the lead's decision, 55's last sentence; it was the message): backed by the
    # message taken in the call or an outcome the salon tells, not a booking
    sentence = "Ich habe es mir notiert, Sophie ruft Sie zurück."
    assert passes_in(sentence, "de") == {"message", "unknown"}


@pytest.mark.parametrize(
    ("sentence", "lang"), [("Vormerkung besteht.", "de"), ("Your hold is active.", "en")]
)
def test_a_hold_as_a_status_line_is_a_hold(sentence, lang):
    # conventions 4, 89: true where the slot is kept (a booking keeps it too)
    assert passes_in(sentence, lang) == HELD


def test_a_possessed_visit_whose_booking_failed_presupposes_no_visit():
    sentence = "Your Saturday colour didn't work out, but Friday's perm is booked."
    assert passes_in(sentence, "en") == BOOKED_FRIDAY
