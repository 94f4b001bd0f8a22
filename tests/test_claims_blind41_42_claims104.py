"""Blinds 41 and 42's leftovers (claims104), as classes: an outcome promised "within seconds"
(the coming moment of convention 601) beside its conditional and general twins; a slot kept for
the caller in "gehalten" or in a relative clause of the speaker's hold (the slot held, "yours"
beside it the hold's); an open condition on the booking with no subject ("Nachdem eingetragen
ist, …", "As soon as the appointment's through, …") beside the presupposing "Nachdem der Termin
jetzt …"; a claim verb torn by a stray space; a cancellation with an apology run on ("– sorry we
won't see you") and said by its effect ("Dann sehen wir Sie … nicht"); the caller's weekday as the
subject ("Ihr Freitag ist jetzt verbindlich"). Sentences in words of neither corpus file (blinds
41, 42, probe 43)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your booking will be confirmed within a few seconds.", "en", BOOKED_ANY),
     ("Within seconds you'll be all booked in.", "en", BOOKED_ANY),
     ("Binnen weniger Sekunden sind Sie eingetragen.", "de", BOOKED_ANY),
     ("Innerhalb von Sekunden ist der Termin storniert.", "de", CANCELLED_FRIDAY),
     ("Within a couple of seconds it'll be cancelled.", "en", CANCELLED_FRIDAY),
     ("If all goes well, you'll be confirmed within seconds.", "en", EVERYWHERE),
     ("Das Eintragen dauert nur ein paar Sekunden.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_outcome_within_seconds_is_claimed_now_unless_it_hangs_on_a_condition(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn bleibt noch eine Viertelstunde für Sie gehalten.", "de", HELD_FRIDAY),
     ("Ihr Platz am Freitag um zehn wird weiterhin gehalten.", "de", HELD_FRIDAY),
     ("Freitag um zehn, den ich gerade für Sie blockiere, gehört noch kurz Ihnen.", "de",
      HELD_FRIDAY),
     ("Friday at ten, which I'm holding for you, is yours for another quarter of an hour.", "en",
      HELD_FRIDAY),
     ("Wir haben uns an die Absprache gehalten.", "de", EVERYWHERE),
     ("Friday at ten is yours.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_slot_kept_for_the_caller_is_a_hold_not_a_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nachdem eingetragen ist, kommt automatisch eine SMS.", "de", EVERYWHERE),
     ("As soon as the appointment's through, I'll let you know.", "en", EVERYWHERE),
     ("Nachdem der Termin jetzt eingetragen ist, haben Sie noch Fragen?", "de", BOOKED_ANY),
     ("Your appointment's through, so that's sorted.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_an_open_condition_on_the_booking_claims_nothing_a_presupposed_one_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've boo ked you in for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Ihr Termin ist abge sagt.", "de", CANCELLED_FRIDAY),
     ("Ich reser viere Ihnen Freitag um zehn.", "de", HELD_FRIDAY),
     ("Ich habe nichts weiter zu sagen.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_claim_verb_torn_by_a_space_is_read_whole_two_words_stay_two(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's been cancelled – sorry we won't see you on Friday.", "en", CANCELLED_FRIDAY),
     ("Cancelled – sorry to hear you're unwell.", "en", CANCELLED_FRIDAY),
     ("Dann sehen wir Sie am Freitag also nicht.", "de", CANCELLED_FRIDAY),
     ("It's booked – sorry, held – Friday at ten.", "en", HELD_FRIDAY)],
)  # fmt: skip
def test_an_apology_keeps_the_cancellation_a_repair_still_takes_the_claim_back(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Freitag ist jetzt verbindlich.", "de", BOOKED_FRIDAY),
     ("Ihr Samstag steht fest.", "de", frozenset({"two"})),
     ("Wie war Ihr Freitag?", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_weekday_as_the_subject_is_their_appointment(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
