"""The lead's decisions D41-D54 (conventions 1108-1121, claims154), as classes: a confirmation or
case number with no act named is any outcome's, with an act word that act's; "still on" at a time
of its own is the booking there; a cancellation or move announced or still running is not done
yet (a move's new place offered); the outcome someone will tell is open; an offer to hold names
its slot, an offer to search does not; two offers in one question keep each its own; a bare
status answering the outcome question is the booking; the speaker's booking denied with a reason
is denied; the future of a booking on a named slot is 670's announcement; a cancellation named
beside "no need to come" stays the cancellation. Each in both languages, in a state where it is
false and one where it is true, beside its nearest neutral twin. Sentences in words of no corpus
file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

NOT_CANCELLED = EVERYWHERE - {"cancelled"}  # 280: no cancellation made
NOT_MOVED = EVERYWHERE - {"moved"}  # 820: no move made
OPEN = EVERYWHERE - BOOKED_ANY  # 731: no booking that fits; an open outcome is none
MOVED = frozenset({"moved"})  # Thursday 15:00, the move's new place
CANCELLED = frozenset({"cancelled"})
OFFERED_ONLY = frozenset({"offered"})  # the new place free, and no move made yet
SATURDAY_FREE = frozenset({"two", "offered"})  # Saturday 11:00 kept or offered


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D42: no act named: any outcome's, a cancellation's too
     ("Ihre Bestätigungsnummer lautet Q-7781.", "de", SUCCESS),
     ("Die Vorgangsnummer zu Ihrem Termin ist 6-2-0-4.", "de", SUCCESS),
     ("Your confirmation code is ZT-4410.", "en", SUCCESS),
     # an act or result word: that act's, here the booking's
     ("Gebucht, Ihre Bestätigungsnummer lautet Q-7781.", "de", BOOKED_ANY),
     ("Status: bestätigt, Referenz 9K2P.", "de", BOOKED_ANY),
     ("Status: confirmed, reference 9K2P.", "en", BOOKED_ANY),
     # the neutral twin: a number asked for
     ("Eine Bestätigungsnummer bekommen Sie, sobald alles fest ist.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_confirmation_number_is_any_outcomes_unless_an_act_is_named(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [  # D43: a time of its own: the booking there, a move's new place included
     ("Ja, der steht noch, Donnerstag um drei.", "de", "Gibt es meinen Termin noch?", MOVED),
     ("Yes, it's still on for Thursday at three.", "en", "Do I still have my appointment?", MOVED),
     # without one: the appointment kept as it was (D27)
     ("Ja, der steht noch.", "de", "Gibt es meinen Termin noch?", BOOKED_FRIDAY),
     # the neutral twin: a question
     ("Steht der Donnerstag um drei noch für Sie?", "de", "", EVERYWHERE)],
)  # fmt: skip
def test_still_on_at_a_time_of_its_own_is_the_booking_there(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D44: the act still running
     ("Die Stornierung ist noch in Bearbeitung.", "de", NOT_CANCELLED),
     ("Your cancellation is still being processed.", "en", NOT_CANCELLED),
     ("Die Verschiebung läuft noch.", "de", NOT_MOVED),
     ("The rescheduling is still in progress.", "en", NOT_MOVED),
     # D45: the act announced, before its outcome
     # "Ihren Termin": the appointment it cancels presupposed booked (45), and not cancelled yet
     ("Einen Augenblick bitte, ich storniere Ihren Termin jetzt.", "de", BOOKED_ANY),
     ("Einen Augenblick bitte, ich storniere das jetzt.", "de", NOT_CANCELLED),
     ("Bear with me, I'm cancelling the appointment right now.", "en", NOT_CANCELLED),
     ("Sekunde, ich verlege das jetzt.", "de", NOT_MOVED),
     ("Hold on, I'm rescheduling that as we speak.", "en", NOT_MOVED),
     # a move's new place named: offered, and no move made yet
     ("Ich verlege Sie jetzt auf Donnerstag um drei, einen Augenblick.", "de", OFFERED_ONLY),
     ("I'm shifting you to Thursday at three now, bear with me.", "en", OFFERED_ONLY),
     # said done after it (D33): the act done
     ("Ich storniere Ihren Termin jetzt … so, erledigt.", "de", CANCELLED),
     ("Cancelling it now… there, all done.", "en", CANCELLED),
     # the neutral twins: a condition, an offer, talk about the act
     ("Sobald Sie zustimmen, storniere ich den Termin.", "de", EVERYWHERE),
     ("Cancelling with us costs nothing.", "en", EVERYWHERE),
     ("If you like, I'll move it for you.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_cancellation_or_move_announced_or_running_is_not_done_yet(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D46: the outcome someone will tell, said open
     ("Ob es geklappt hat, erfahren Sie noch.", "de", OPEN),
     ("Ob Ihr Termin steht, sagt Ihnen das Team.", "de", OPEN),
     ("You'll find out later whether you're booked.", "en", OPEN),
     # D47: "can't tell you yet if it works out", the booking's
     ("I can't tell you yet if it works out.", "en", OPEN),
     ("Ich kann Ihnen noch nicht sagen, ob es klappt.", "de", OPEN),
     # the neutral twins: what the speaker knows (903), the outcome of something else
     ("Ich weiß noch nicht, ob es geklappt hat.", "de", EVERYWHERE),
     ("Ob eine Anzahlung fällig ist, sagt Ihnen das Team.", "de", EVERYWHERE),
     # a cancellation's outcome open is the cancellation not done (the lead's D55, 1122)
     ("You'll find out whether the cancellation went through.", "en", EVERYWHERE - {"cancelled"})],
)  # fmt: skip
def test_the_outcome_someone_will_tell_is_open(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D48: an offer to hold or book names its slot
     ("Shall I keep another Saturday slot for you?", "en", SATURDAY_FREE),
     ("Soll ich Ihnen noch einen Samstagstermin freihalten?", "de", SATURDAY_FREE),
     # an offer to search does not
     ("Shall I look for another Saturday?", "en", EVERYWHERE),
     ("Soll ich nach einem anderen Samstag schauen?", "de", EVERYWHERE),
     # D49: two offers, each its own: the move's new place is no slot of the booking offered
     ("Shall I book Mia and move your appointment to Thursday at three?", "en", EVERYWHERE),
     ("Soll ich Mia eintragen und Ihren Termin auf Donnerstag um drei verschieben?", "de",
      EVERYWHERE),
     ("Shall I book Mia for Saturday at eleven and move your appointment?", "en", SATURDAY_FREE)],
)  # fmt: skip
def test_an_offer_names_the_slot_it_would_keep_each_offer_its_own(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [  # D50: markup stripped; a bare status answering the outcome question is the booking
     ("<speak>Status: <emphasis>OK</emphasis></speak>", "en", "Has the salon approved it yet?",
      BOOKED_ANY),
     ("<speak>Status: erledigt.</speak>", "de", "Ist meine Anfrage schon bestätigt?", BOOKED_ANY),
     # alone: the bare success (68, 733), true after a cancellation too
     ("<speak>Status: OK.</speak>", "en", "", SUCCESS),
     # D51: the stylist named with no question about an appointment before it: neutral
     ("Your stylist will be Lena.", "en", "", EVERYWHERE),
     ("Ihre Stylistin wird Lena sein.", "de", "", EVERYWHERE)],
)  # fmt: skip
def test_a_bare_status_answering_the_outcome_question_is_the_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D52: the speaker's booking denied with a reason: denied
     ("Ich habe Sie nicht eingetragen, weil die Nummer noch fehlte.", "de", NOT_BOOKED),
     ("I haven't booked you in, because your number was missing.", "en", NOT_BOOKED),
     # the reason before the denial reads the same; a booking with a reason is the booking
     ("Weil die Nummer noch fehlte, habe ich Sie nicht eingetragen.", "de", NOT_BOOKED),
     ("Ich habe Sie eingetragen, weil der Platz noch frei war.", "de", BOOKED_FRIDAY | {"moved"}),
     # D53: the future of a booking on a named slot: offered, not booked yet
     ("Ich werde Sie für Freitag um zehn einbuchen.", "de",
      frozenset({"held", "pending", "cancelled", "moved"})),
     ("I will book you in for Friday at ten.", "en",
      frozenset({"held", "pending", "cancelled", "moved"})),
     # without a named slot: neutral (670)
     ("Ich werde das gleich einbuchen.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_denial_with_a_reason_is_denied_a_future_booking_is_announced(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # probe 55: a cancellation named beside "no need to come" stays the cancellation
     ("I have cancel your Friday, no need to come.", "en", CANCELLED),
     ("I've cancelled Friday for you, so no need to come.", "en", CANCELLED),
     # the visit gone with no act named: gone, true after a move too (3)
     ("Friday at ten — no need to come.", "en", CANCELLED | MOVED)],
)  # fmt: skip
def test_a_cancellation_named_beside_no_need_to_come_is_the_cancellation(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
