"""Blind round 40's false passes (claims98), as classes: a request said with the salon or
waiting on it, its subject dropped too; an act said finished; an appointment said "entfallen";
a record of what changed after a colon; a relative's genitive after a service; a fronted
"until" / "bis" / "solange … nicht" before a present main clause; the appointment said gone into
the calendar; the caller's day denied now; and the nearest sentences that claim nothing.
Sentences in words of neither corpus file (blind 40, probe 40c)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    NOT_BOOKED_FRIDAY,
    NOWHERE,
    passes_in,
)

PENDING = frozenset({"pending"})
CANCELLED_FRIDAY = frozenset({"cancelled"})
MOVED = frozenset({"moved"})
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # cancelled, or the old place of the move


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your Friday request is currently with the salon.", "en", PENDING),
     ("Requested – it's now waiting on the salon.", "en", PENDING),
     ("Ihre Anfrage für Freitag liegt jetzt beim Team.", "de", PENDING),
     ("Angefragt, wartet noch auf den Salon.", "de", PENDING),
     ("Requests sometimes wait on the salon over the weekend.", "en", EVERYWHERE),
     ("Liegt Ihre Anfrage schon beim Salon?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_request_with_the_salon_or_waiting_on_it_is_pending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've just finished cancelling your Friday booking.", "en", CANCELLED_FRIDAY),
     ("Done moving you: Thursday, 3 p.m.", "en", MOVED),
     ("Ich bin jetzt mit dem Stornieren fertig, der Freitag ist raus.", "de", CANCELLED_FRIDAY),
     ("Ihr Freitagstermin ist fertig storniert.", "de", CANCELLED_FRIDAY),
     ("I'll be done cancelling in a second.", "en", EVERYWHERE),
     ("Wenn ich mit dem Umbuchen fertig bin, sage ich Bescheid.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_act_said_finished_is_the_act_done_one_still_to_finish_claims_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr bisheriger Termin am Freitag ist weggefallen.", "de", GONE_FRIDAY),
     ("The Friday booking has fallen away.", "en", GONE_FRIDAY),
     ("Ist der Freitagstermin entfallen?", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_appointment_said_dropped_out_is_gone(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Geänderte Daten: Donnerstag, 15 Uhr, Fabian.", "de", MOVED),
     ("Your new details: Thursday, 3 p.m.", "en", MOVED),
     ("New details: Wednesday, 3 p.m.", "en", NOWHERE),
     ("New details needed: your phone number.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_record_of_what_changed_after_a_colon_is_the_moves_new_place(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Bartpflege Ihres Sohnes am Freitag ist eingetragen.", "de", NOWHERE),
     ("Die Dauerwelle Ihres Vaters ist für Freitag gebucht.", "de", BOOKED_FRIDAY),
     ("Die Bartpflege Ihres Mannes dauert etwa eine halbe Stunde.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_relatives_service_keeps_its_service_and_day(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bis Sie zugestimmt haben, ist nichts eingetragen.", "de", NOT_BOOKED),
     ("Until you give me the go-ahead, nothing is booked.", "en", NOT_BOOKED),
     ("Bis Sie etwas anderes sagen, bleibt Ihr Freitag gebucht.", "de", BOOKED_FRIDAY),
     ("Bis wir öffnen, ist ab neun jemand am Telefon.", "de", EVERYWHERE),
     ("Until you decide, I'll keep looking.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_fronted_until_leaves_the_present_main_clause_stated(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("When you said yes, Friday at ten went straight into the calendar.", "en", BOOKED_FRIDAY),
     ("Als Sie zugestimmt haben, ging der Montag um zehn in den Kalender.", "de", NOWHERE),
     ("Prima, dann haben wir den Freitag jetzt fest.", "de", BOOKED_FRIDAY),
     ("Friday is confirmed under your name.", "en", BOOKED_FRIDAY),
     ("Once you confirm, it goes straight into the calendar.", "en", EVERYWHERE),
     ("Wir haben den Freitag fest im Blick.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_outcome_said_without_a_claim_word_is_checked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Leider gab es einen Fehler, der Freitag ist also nicht eingetragen.", "de",
      NOT_BOOKED_FRIDAY),
     ("I had to stop, so Friday isn't booked.", "en", NOT_BOOKED_FRIDAY),
     ("I tried Friday, but it didn't work out.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_day_denied_now_is_not_booked_a_failure_alone_is_neutral(
    sentence, lang, expected
):
    """Conventions 33 and 680."""
    assert passes_in(sentence, lang) == expected


SATURDAY_OFFERED = frozenset({"offered", "two"})  # the tool's free Saturday 11:00 with Lena


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've found an opening on Saturday at eleven.", "en", SATURDAY_OFFERED),
     ("Lena has just one slot left on Saturday, at eleven.", "en", SATURDAY_OFFERED),
     ("Frei wäre Folgendes, nämlich Samstag um elf bei Lena.", "de", SATURDAY_OFFERED),
     ("Gebucht habe ich etwas, und zwar den Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("There are no spots left on Saturday.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_slot_found_left_or_named_after_namely_is_read_as_named(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Das wurde schon storniert?", "de", CANCELLED_FRIDAY),
     ("That's been moved already?", "en", MOVED),
     ("Sie bleiben bei derselben Friseurin wie vorher, nur eben am Donnerstag.", "de", MOVED),
     ("You've been booked for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Das ist alles?", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_outcome_asked_back_or_said_by_what_stayed_is_checked(sentence, lang, expected):
    """Convention 660: a statement asked back is read as said."""
    assert passes_in(sentence, lang) == expected
