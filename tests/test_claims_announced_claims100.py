"""The lead's decisions 670 and 671 (claims100), as behaviour: a booking of a named slot announced
before its outcome says the slot is free for this caller and not booked yet; "not booked" said
while the booking's outcome is open is not backed, and the caller hears the open outcome instead.
Sentences in words of no corpus file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import AppointmentFact, ClaimKind, decide
from agent.guard.truth import truth
from calendar_adapter.ledger import AppointmentState
from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, NOT_BOOKED, passes_in
from tests.corpus.claims_corpus import FRI_10, facts

# Friday 10:00 kept or set free again for the caller, and not booked (nor possibly booked)
ANNOUNCED_FRIDAY = frozenset({"held", "pending", "cancelled", "moved"})
# a slot the tools offered (Thursday 15:00 with Fabian, Saturday 11:00 with Lena), not booked
ANNOUNCED_OFFERED = frozenset({"offered"})
# an offer on a wish names the slot only (convention 2): kept, booked or set free again
OFFERED_FRIDAY = HELD_FRIDAY | {"cancelled", "moved"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("So, ich buche Ihnen jetzt den Freitag um zehn bei Fabian.", "de", ANNOUNCED_FRIDAY),
     ("Einen Augenblick, ich trage Sie sofort für Freitag um zehn ein.", "de", ANNOUNCED_FRIDAY),
     ("Ich gehe jetzt die Buchung für Freitag um zehn durch.", "de", ANNOUNCED_FRIDAY),
     ("Moment, ich buche Ihnen Samstag um elf bei Lena.", "de", ANNOUNCED_OFFERED),
     ("Schreiben wir Sie gleich für Donnerstag um drei auf.", "de", ANNOUNCED_OFFERED),
     ("Right, I'm booking you in for Friday at ten now.", "en", ANNOUNCED_FRIDAY),
     ("I'll get you booked in for Friday at ten right away.", "en", ANNOUNCED_FRIDAY),
     ("Let me book you in for Thursday at three.", "en", ANNOUNCED_OFFERED),
     ("Unless you'd rather not, I'm putting you down for Saturday at eleven with Lena.", "en",
      ANNOUNCED_OFFERED)],
)  # fmt: skip
def test_a_booking_announced_on_a_named_slot_says_it_is_free_and_not_booked_yet(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Gut, dann buche ich das jetzt.", "de", EVERYWHERE),
     ("Okay, I'm booking it right away.", "en", EVERYWHERE),
     ("Ich stelle Sie gleich zum Salon durch.", "de", EVERYWHERE),
     ("I'll put you through to the salon about Friday.", "en", EVERYWHERE),
     ("Wenn Sie möchten, buche ich Ihnen den Freitag um zehn.", "de", OFFERED_FRIDAY),
     ("Ich buche Ihnen Freitag um zehn … so, das steht jetzt.", "de", BOOKED_FRIDAY),
     ("I've put you down for Friday at ten.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_no_slot_named_a_wish_or_an_outcome_told_is_read_as_before(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin ist nicht gebucht.", "de"),
     ("Für Sie ist bisher gar nichts gebucht.", "de"),
     ("You're not booked, I'm afraid.", "en"),
     ("There's no booking in your name yet.", "en")],
)  # fmt: skip
def test_not_booked_is_not_backed_while_the_bookings_outcome_is_open(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED
    booking = replace(facts("nothing", lang), appointments=(AppointmentFact(
        AppointmentState.BOOKING, FRI_10, "Fabian Spitzer", "Dauerwelle"),))  # fmt: skip
    assert not decide(sentence, booking).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das kann ich Ihnen im Moment noch nicht bestätigen.", "de"),
     ("Ich weiß noch nicht, ob die Buchung geklappt hat.", "de"),
     ("I can't confirm that for you just yet.", "en")],
)  # fmt: skip
def test_the_outcome_said_unknown_to_the_speaker_is_true_while_it_is_open(sentence, lang):
    assert "unknown" in passes_in(sentence, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_caller_told_not_booked_while_the_outcome_is_open_hears_that_it_is_open(lang):
    said = truth({ClaimKind.NOT_BOOKED}, facts("unknown", lang))
    assert "nicht gebucht" not in said and "not booked" not in said
    assert ("Ob der Termin" in said) if lang == "de" else ("whether" in said)


# probes 36f and 39's leftovers (claims100)
@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Samstag ist jetzt bei Lena.", "de", frozenset({"two"})),
     ("Your Friday's with Fabian now.", "en", BOOKED_FRIDAY),
     ("Ihr Freitag liegt bei Mehmet.", "de", frozenset()),
     ("Your Friday is with us, of course.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_day_said_to_be_with_a_stylist_is_their_booking_with_that_stylist(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fehler 409: die Uhrzeit Samstag um elf ist weg.", "de", EVERYWHERE),
     ("Error 409 - that Saturday slot is gone already.", "en", EVERYWHERE),
     ("Der Platz um zehn ist weg, gebucht ist nichts.", "de", NOT_BOOKED | {"moved"}),
     ("Ihr Platz am Freitag ist weg, den habe ich storniert.", "de", frozenset({"cancelled"}))],
)  # fmt: skip
def test_a_slot_gone_with_no_owner_is_taken_the_callers_own_slot_gone_is_their_visit(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
