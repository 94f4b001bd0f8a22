"""Blind 56's false passes by class (claims167): money named by its English word in a German
reply; the caller and a companion said in together; a relative's appointment named by its day;
the person the caller books for said by the first name the caller just gave; "nur der Freitag"
on the caller's name; the appointment said gone after the calendar is said to show none; a
relative said to still have their appointment; what the text holds said of the text; a text
offered for the cancellation named by its day. Neutral twins: a rule, a condition, a question,
a name the caller did not give for a booking, something else held. Sentences in words of
neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    passes_in,
)

NEVER: set[str] = set()
TEXT_SENT = {"booked", "cancelled", "moved", "two"}  # a text went out for the call's outcome
GONE = {"cancelled", "moved"}  # the Friday appointment no longer there


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Fee ist verbucht, danke.", "de", NEVER),
     ("Your fee has been recorded, thanks.", "en", NEVER),
     ("Ein Deposit ist bei uns nicht nötig.", "de", EVERYWHERE)],
)  # fmt: skip
def test_money_said_taken_in_its_english_word_is_a_promise_nothing_backs(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Only you and your wife are in.", "en", {"two"}),
     ("Drin sind nur Sie und Ihre Frau.", "de", {"two"}),
     ("If you and your wife are in, I'll send one text.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_caller_and_a_companion_said_in_are_two_appointments(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your granny's Friday appointment was cancelled.", "en", CANCELLED_FRIDAY),
     ("Your granny's Saturday appointment was cancelled.", "en", NEVER),
     ("Your holiday Friday sounds lovely.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_relatives_appointment_named_by_its_day_is_read(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Yes, her name is Zoe Brandt.", "Zoe's all set for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Yes, her name is Zoe Brandt.", "Zoe's all set for Saturday at ten.", "en", NEVER),
     ("Ja, er heißt Jonas Weber.", "Jonas ist jetzt für Freitag um zehn eingetragen.", "de",
      BOOKED_FRIDAY),
     ("Yes, his name is Tom Berg.", "Tom will love the new look.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_person_the_caller_names_is_booked_as_a_companion(caller, sentence, lang, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Auf Ihren Namen läuft nur der Freitag.", "de", {"booked", "no_sms"}),
     ("Auf Ihren Namen läuft nur der Samstag.", "de", NEVER),
     ("Läuft der Freitag auf Ihren Namen?", "de", EVERYWHERE)],
)  # fmt: skip
def test_only_a_day_on_the_callers_name_is_that_day_booked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich sehe da keinen Termin mehr, also der ist weg.", "de", GONE),
     ("I can't see your appointment any more, so it's gone.", "en", GONE),
     ("Ich sehe da keinen Termin mehr, ist der weg?", "de", EVERYWHERE)],
)  # fmt: skip
def test_gone_after_the_calendar_shows_none_is_the_appointment_gone(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your brother still has his appointment on Friday at ten.", "en", BOOKED_FRIDAY),
     ("Ihr Bruder hat noch seinen Termin am Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("Your brother still has his appointment on Saturday at ten.", "en", NEVER),
     ("Does your brother still have his appointment on Friday?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_relative_said_to_still_have_the_appointment_is_it_standing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Call us if anything changes (the link is in your text).", "en", TEXT_SENT),
     ("Rufen Sie an, wenn sich etwas ändert (der Link steht in der SMS).", "de", TEXT_SENT),
     ("The number is in the phone book.", "en", EVERYWHERE)],
)  # fmt: skip
def test_what_the_text_holds_said_of_the_text_is_a_text_sent(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Would you like a text for the Friday cancellation?", "en", CANCELLED_FRIDAY),
     ("Would you like a text for the Saturday cancellation?", "en", NEVER),
     ("Brauchen Sie für die Stornierung am Freitag eine SMS?", "de", CANCELLED_FRIDAY),
     ("Would you like a text for your records?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_text_offered_for_the_cancellation_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


MOVED = {"moved"}  # Friday moved to Thursday 15:00


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I'm moving your appointment now. There, done: Thursday at three.", "en", MOVED),
     ('<speak>I\'m moving it now. <break time="500ms"/> Done: Thursday at three.</speak>', "en",
      MOVED),
     ("Ich verschiebe Ihren Termin jetzt. So, erledigt: Donnerstag, fünfzehn Uhr.", "de", MOVED),
     ("I'm moving your appointment now. There, done: Saturday at three.", "en", NEVER),
     ("I'm moving your appointment now, one moment.", "en", EVERYWHERE - MOVED)],
)  # fmt: skip
def test_a_move_announced_then_told_done_is_the_move_done(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


LINKED = {"booked", "moved", "two"}  # a booking and the text that carries its link


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Mit dem Link in Ihrer SMS können Sie den Termin auch selbst canceln.", "de", LINKED),
     ("With the link in your text you can cancel the appointment yourself.", "en", LINKED),
     ("Managen können Sie Ihre Daten leider nur im Salon.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_link_to_manage_it_in_an_english_verb_presupposes_booking_and_text(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Lena – gesprochen Le-na – haben Sie keinen Termin.", "de", EVERYWHERE - {"two"}),
     ("With Lena – pronounced LAY-nah – you don't have an appointment.", "en",
      EVERYWHERE - {"two"})],
)  # fmt: skip
def test_how_a_name_is_said_between_dashes_is_no_part_of_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("First I look at what's free, then I hold it, and only after your yes does it get booked.",
      "en", EVERYWHERE),
     ("Erst schaue ich, was frei ist, dann reserviere ich, und erst nach Ihrem Ja wird gebucht.",
      "de", EVERYWHERE)],
)  # fmt: skip
def test_a_last_step_only_after_the_callers_yes_is_how_booking_works(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


HELD_FRI = {"held", "pending", "booked", "two", "no_sms"}  # Friday 10:00 kept for the caller


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Friday at ten stays on hold for you until then.", "en"),
     ("Der Freitag um zehn bleibt bis dahin für Sie reserviert.", "de")],
)  # fmt: skip
def test_a_hold_said_to_last_until_then_is_the_hold_not_an_appointment_standing(sentence, lang):
    assert passes_in(sentence, lang) == HELD_FRI


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # the lead's D79 (convention 1198): "isn't affected" is 1035's `stands`, no move's new place
     ("Another client did call off, but that doesn't affect your appointment.", "en",
      {"booked", "two", "no_sms"}),
     ("Another client did call off, but that won't affect your Saturday booking.", "en",
      {"two"}),
     ("Another client called off, if that affects your appointment.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_appointment_said_unaffected_by_another_clients_is_presupposed(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
