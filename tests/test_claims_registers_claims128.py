"""Blind round 51's registers (claims128): the same outcomes said bureaucratically (an event noun
with a light verb: "Es erfolgte die Aufhebung …", "Eine Buchung liegt nicht vor", "Die Freigabe
durch den Salon steht noch aus"), in a German's, an Indian and a British English, their neutral
twins (other people's bookings, the speaker ready to help, an apology accepted, a call only if
something changes, the caller's wish read back with a tag), and a yes with the new place to the
caller's "moved?". Sentences in words of neither corpus file (blind 51, probe 51b)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

CANCELLED = frozenset({"cancelled"})
MOVED = frozenset({"moved"})  # Friday's appointment moved to Thursday at 15:00
PENDING = frozenset({"pending"})
NOT_CANCELLED = EVERYWHERE - CANCELLED
NOT_MOVED = EVERYWHERE - MOVED
CALLBACK = frozenset({"message", "unknown"})  # a message taken, or an outcome still open
TEXTED = frozenset({"booked", "cancelled", "moved", "two"})  # an outcome the salon texts
OPEN = NOT_BOOKED | {"unknown"}  # no booking known, or its outcome open (731)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Es erfolgte die verbindliche Eintragung Ihres Termins.", BOOKED_ANY),
     ("Eine Terminbuchung auf Ihren Namen liegt jetzt vor.", BOOKED_ANY),
     ("Für Freitag, 10 Uhr, erfolgte die Buchung.", BOOKED_FRIDAY),
     ("Es erfolgte die Annullierung Ihres Termins.", CANCELLED),
     ("Die Absage Ihres Termins wurde veranlasst.", CANCELLED),
     ("Es erfolgte eine Terminverlegung auf Donnerstag, 15 Uhr.", MOVED),
     ("Es erfolgte eine Vormerkung für Sie.", HELD)],
)  # fmt: skip
def test_an_outcome_said_as_a_noun_with_a_light_verb_is_that_outcome(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Eine Eintragung liegt bis jetzt nicht vor.", NOT_BOOKED),
     ("Die Terminbuchung steht leider noch aus.", NOT_BOOKED),
     ("Eine Absage ist bislang nicht erfolgt.", NOT_CANCELLED),
     ("Eine Terminverlegung hat noch nicht stattgefunden.", NOT_MOVED),
     # the hold there, the booking denied beside it
     ("Es liegt nur eine Vormerkung vor, eine Eintragung ist noch nicht erfolgt.",
      HELD - BOOKED_ANY)],
)  # fmt: skip
def test_the_same_nouns_denied_or_outstanding_deny_the_outcome(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    # a rule of the salon's, or an offer: nothing said done
    [("Die Buchung erfolgt bei uns grundsätzlich telefonisch.", EVERYWHERE),
     ("Eine Umbuchung ist jederzeit möglich.", EVERYWHERE),
     ("Soll die Absage Ihres Termins vorgenommen werden?", EVERYWHERE),
     # the salon's answer outstanding: a pending request
     ("Die Zustimmung durch den Salon steht noch aus.", PENDING),
     ("Ihre Anfrage befindet sich beim Salon in Bearbeitung.", PENDING),
     # the outcome's status said open
     ("Der Terminstatus ist zurzeit ungeklärt.", OPEN)],
)  # fmt: skip
def test_rules_and_offers_claim_nothing_an_outstanding_answer_is_pending(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ein Rückruf durch Ihren Salon erfolgt heute Nachmittag.", CALLBACK),
     ("Die Bestätigung wird Ihnen per SMS zugeschickt.", TEXTED),
     ("Ein Rückruf ist heute leider nicht möglich.", EVERYWHERE),
     # the kept slot, said bureaucratically
     ("Der Platz wurde vorerst für Sie freigehalten.", HELD)],
)  # fmt: skip
def test_a_callback_or_a_text_said_as_a_noun_is_promised(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("You are inscribed for Friday.", BOOKED_FRIDAY),
     ("The term for Friday is storniert now.", CANCELLED),
     ("You will become a short SMS.", TEXTED),
     ("Booking is done only, sir.", BOOKED_ANY),
     ("Approval is pending from the salon side, sir.", PENDING),
     ("The salon has still got to okay it.", PENDING),
     ("Friday's knocked on the head, all sorted.", CANCELLED),
     ("I've pencilled you in for Friday at ten for the time being.", HELD_FRIDAY),
     ("No reservation has been made so far.", NOT_BOOKED)],
)  # fmt: skip
def test_englishes_say_the_outcomes_in_their_own_words(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence",
    ["Heaps of our clients are booked in on Saturdays.",
     "We're all set up to take your booking details now.",
     "Oh, you're fine, no need to say sorry.",
     "We'll give you a ring if something changes on our end.",
     "So you're after highlights on Saturday, is that right?"],
)  # fmt: skip
def test_other_peoples_bookings_help_offered_and_apologies_accepted_claim_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


def test_a_yes_with_the_new_place_to_the_callers_moved_question_claims_the_move():
    caller = "Haben Sie meinen Termin verlegt?"
    assert passes_in("Jo, Donnerstag um drei.", "de", caller) == MOVED
    assert passes_in("Jo, Montag um neun.", "de", caller) == frozenset()
    assert passes_in("Yep, Thursday at three.", "en", "Did you move it?") == MOVED
