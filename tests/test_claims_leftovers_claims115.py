"""The leftovers of blinds 39 and 40 (claims115), as classes: a booking promised on the caller's
yes in any word order is not booked now (conventions 5, 125, 662), the speaker's own act to come
and the past are not that; two events told in order, the main clause a fact whoever answered
first; short hold words and holds said waiting or kept aside (8, 641, 850); "entfällt" of a
charge or a wait (29, 851); a hold word cut by a barge-in (640). Sentences in words of neither
corpus file (blind 39, blind 40, probe 40d)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

HELD_NOT_BOOKED = frozenset({"held", "pending"})  # convention 8: a hold, nothing booked yet


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your appointment will be entered once you've given me the go-ahead.", "en", NOT_BOOKED),
     ("It only gets booked in after you confirm.", "en", NOT_BOOKED),
     ("Ihr Termin wird eingebucht, nachdem Sie ja gesagt haben.", "de", NOT_BOOKED),
     ("Erst wenn Sie zugesagt haben, wird der Termin eingebucht.", "de", NOT_BOOKED),
     ("Noch nicht – Ihr Termin wird erst nach Ihrer Zustimmung eingetragen.", "de", NOT_BOOKED),
     # the speaker's own act to come and a rule: neutral
     ("I'll put it in once you agree.", "en", EVERYWHERE),
     ("Nachdem Sie zugesagt haben, trage ich Sie ein.", "de", EVERYWHERE),
     # the appointment's booking after the caller's okay: not booked now (convention 901, the
     # lead's decision, claims122; blind 10's neutral label relabelled)
     ("Nach Ihrem Okay wird der Termin fest eingetragen.", "de", NOT_BOOKED),
     # the same words in the past: the booking
     ("The appointment got entered once you'd said yes.", "en", BOOKED_ANY),
     ("Der Termin wurde eingebucht, nachdem Sie zugesagt hatten.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_booking_promised_on_the_callers_yes_is_not_booked_now_told_in_the_past_it_is(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Kaum hatte das System geantwortet, stand Ihr Freitag fest im Kalender.", "de", BOOKED_FRIDAY),
     ("Right after the calendar had answered, your Friday appointment was locked in.", "en",
      BOOKED_FRIDAY),
     ("Kaum hatte das System geantwortet, stand Ihr Freitag bei Lena fest im Kalender.", "de",
      frozenset()),
     # the same in the present: a condition still to be met (convention 5)
     ("Sobald die Rückmeldung da ist, steht Ihr Termin fest.", "de", NOT_BOOKED)],
)  # fmt: skip
def test_two_events_told_in_order_make_the_main_clause_a_fact_a_condition_does_not(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Provisionally yours: Friday at ten.", "en", HELD_FRIDAY),
     ("Saturday at ten is tentatively yours.", "en", frozenset()),
     ("Freitag um zehn ist vorläufig Ihrer – gebucht ist noch nichts.", "de", HELD_NOT_BOOKED),
     ("Your seat on Friday at ten is waiting for you – reserved, not booked yet.", "en",
      HELD_NOT_BOOKED),
     ("We'll keep Friday at ten aside for you for the time being.", "en", HELD_FRIDAY),
     # the caller pencilled in is the booking (convention 78), the appointment kept is kept
     ("You're pencilled in for Friday at ten.", "en", BOOKED_FRIDAY),
     ("We're keeping Friday at ten.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_short_hold_words_are_the_hold_the_caller_pencilled_in_is_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Bearbeitungsgebühr entfällt bei Neukunden.", "de", EVERYWHERE),
     ("Der Zuschlag fällt samstags weg.", "de", EVERYWHERE),
     ("The booking fee is waived for students.", "en", EVERYWHERE),
     # waived for the caller: money no tool waives (convention 29)
     ("Die Bearbeitungsgebühr entfällt für Sie.", "de", frozenset())],
)  # fmt: skip
def test_a_charge_that_falls_away_is_no_cancellation_waived_for_the_caller_it_is_money(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Ihnen Freitag um zehn reser—", "de", HELD_FRIDAY),
     ("We've got Friday at ten on ho—", "en", HELD_FRIDAY),
     ("Ich habe mal geschaut, ob—", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_word_cut_by_a_barge_in_is_the_hold(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
