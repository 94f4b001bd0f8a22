"""The older open rounds' last false passes (claims145: blinds 39, 41, 42, 45, 46, 48, 49, 50),
as classes, in sentences of neither corpus file: one time said by two patterns is one time; an
English full stop after an hour ends a sentence; two outcomes stated, then a question of what
next; the request said to wait "until then" after the condition the rewording drops; a slot
named by its day as the consequent of the caller's yes; an intensifier before "still on"; a
weekday torn anywhere; a thing fixed in the calendar; a
hedge after a conjunction; a text said on its way in other words; the visit gone beside a slot
said gone; a time in figures inside a fronted denial; an English title's stop; a slot lying
ready for the caller; the cancellation or move received by text; a hold around a dated
weekday; and blind 53's base readings: whether it is booked cannot be said now, no appointment at
all, the new time sent by text."""

from __future__ import annotations

import pytest

from agent.claims.details import Names, read_details
from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    NOT_BOOKED_FRIDAY,
    NOWHERE,
    SUCCESS,
    passes_in,
)

TWO = frozenset({"two"})  # Saturday 11:00 with Lena is booked only where both are
FRIDAY_ONLY = frozenset({"booked", "no_sms"})  # Friday booked, Saturday not
PENDING = frozenset({"pending"})
NOT_SATURDAY = EVERYWHERE - TWO  # nothing booked on Saturday at eleven (the open one is Friday)
TEXTED = frozenset({"booked", "moved", "two"})  # booked, in a salon that texts
SENT = frozenset({"booked", "cancelled", "moved", "two"})  # an outcome the salon texted
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # cancelled, or moved away from Friday
MOVED = frozenset({"moved"})  # Thursday 15:00 with Fabian


def test_one_time_said_with_its_part_of_the_day_is_one_time_not_two():
    times = read_details("um 10 uhr vormittags", Names()).times
    assert times == frozenset({(10, 0, True)})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sie am Samstag um 11 Uhr vormittags bei Frau Hoffmann eingetragen.", "de", TWO),
     # the stylist of the other appointment: no appointment is both (not two said at once)
     ("Ich habe Sie am Samstag um 11 Uhr vormittags bei Herrn Spitzer eingetragen.", "de",
      NOWHERE),
     ("I've booked you with Lena on Friday at 10 in the morning.", "en", NOWHERE)],
)  # fmt: skip
def test_a_time_with_its_part_of_the_day_names_one_appointment(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("I've put you in for Saturday at 11. Anything else I can help with?", TWO),
     ("You're booked for Friday at 10 a.m. Do you need directions?", BOOKED_FRIDAY),
     # a German date in an English reply keeps its ordinal dot
     ("Your appointment is on Friday, 28. November, at ten.", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_english_full_stop_after_an_hour_ends_the_sentence_before_a_question(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Friday went through, Saturday didn't – want me to try Monday?", "en", FRIDAY_ONLY),
     # Saturday said done and Friday not: true in no state of the corpus
     ("Samstag hat geklappt, Freitag leider nicht – soll ich einen anderen Tag probieren?", "de",
      NOWHERE),
     # the whole a question: nothing stated
     ("Der Freitag hat geklappt, beim Samstag leider nicht?", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_two_outcomes_stated_then_a_question_of_what_next_claim_each_part(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Sobald das Team Ihre Terminanfrage freigibt, ist alles fest – bis dahin liegt sie noch "
      "dort.", PENDING),
     ("Sobald der Salon zusagt, ist der Termin fest.", NOT_BOOKED)],
)  # fmt: skip
def test_the_request_said_to_wait_until_the_salons_yes_is_pending_now(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sagen Sie einfach Ja, und Samstag um elf ist gebucht.", "de", NOT_SATURDAY),
     ("Once you confirm, Saturday at eleven is yours.", "en", NOT_SATURDAY),
     ("Sobald Sie zusagen, ist Freitag um zehn fest.", "de", NOT_BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_slot_named_as_the_consequent_of_the_callers_yes_is_not_booked_yet(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


def test_an_intensifier_before_still_on_says_the_appointment_stands():
    # a move's new place is no appointment that stayed as it was (`stands`)
    assert passes_in("Don't worry, your booking is really still on.", "en") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("You're booked for Satur day at eleven.", "en", TWO),
     ("Ihr Termin am Frei tag ist storniert.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_weekday_torn_in_two_is_the_weekday(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ich habe den Termin gerade im System festgemacht.", BOOKED_ANY),
     # no calendar named: the bare success (convention 10)
     ("Das habe ich festgemacht.", SUCCESS)],
)  # fmt: skip
def test_a_thing_fixed_in_the_calendar_is_a_booking(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The calendar was slow, but I believe it went through.", "en"),
        ("Es hat etwas gedauert, aber ich denke, es ist durch.", "de"),
    ],
)
def test_a_hedge_after_a_conjunction_still_states_the_outcome(sentence, lang):
    assert passes_in(sentence, lang) == SUCCESS


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie sind eingetragen, die Bestätigungs-SMS braucht noch einen Moment.", "de", TEXTED),
     ("Your confirmation text's gone.", "en", SENT),
     ("The text's gone missing, I'm afraid.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_text_said_on_its_way_in_other_words_is_a_text_promised(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Am Freitag brauchen Sie nicht mehr zu kommen, der Platz ist weg.", GONE_FRIDAY),
     # a slot gone alone is taken by others (claims100)
     ("Der Platz um zehn ist leider weg.", EVERYWHERE)],
)  # fmt: skip
def test_the_visit_gone_beside_a_slot_said_gone_stays_the_visit_gone(sentence, expected):
    assert passes_in(sentence, "de") == expected


def test_a_time_in_figures_inside_a_fronted_denial_keeps_the_denial():
    sentence = "Eingetragen habe ich Sie am 29.11. um 11:00 Uhr noch nicht."
    assert passes_in(sentence, "de") == NOT_SATURDAY


@pytest.mark.parametrize(
    "sentence",
    ["Your slot at 3pm with Mr. Spitzer is on hold.",
     "Mr. Spitzer has you down for Thursday at 3 pm."],
)  # fmt: skip
def test_an_english_title_with_its_stop_ends_no_sentence(sentence):
    assert passes_in(sentence, "en") == MOVED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Samstag um elf liegt jetzt für Sie bereit – soll ich es fest eintragen?", TWO),
     # asked, not said
     ("Liegt Samstag um elf für Sie bereit?", EVERYWHERE)],
)  # fmt: skip
def test_a_slot_said_lying_ready_for_the_caller_is_a_hold(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Die Absage für Freitag um zehn bekommen Sie gleich per SMS.", CANCELLED_FRIDAY),
     ("Die Verschiebung auf Donnerstag um drei bekommen Sie noch per SMS.", MOVED),
     # the caller asked to send it: nothing said done
     ("Die Absage schicken Sie uns bitte per SMS.", EVERYWHERE)],
)  # fmt: skip
def test_a_cancellation_or_move_said_received_by_text_is_that_act_done(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ich habe Ihnen einen Platz am Freitag, den 28., um 10 bei Herrn Spitzer vorläufig "
      "reserviert.", HELD_FRIDAY),
     # a weekday and a date of different days: true of no appointment
     ("Ich habe Ihnen einen Platz am Samstag, den 28., um 11 bei Frau Hoffmann vorläufig "
      "reserviert.", NOWHERE)],
)  # fmt: skip
def test_a_hold_around_a_dated_weekday_is_one_hold_with_the_date(sentence, expected):
    assert passes_in(sentence, "de") == expected


# blind 53's base readings (claims145)
OPEN = EVERYWHERE - BOOKED_ANY  # no confirmation came: an open outcome backs it too (731)


@pytest.mark.parametrize(
    "sentence",
    ["Ob Ihr Termin eingetragen ist, kann ich Ihnen momentan leider noch nicht sagen.",
     "Ich kann Ihnen im Moment noch nicht sagen, ob der Termin gebucht ist."],
)  # fmt: skip
def test_whether_it_is_booked_cannot_be_said_now_is_the_outcome_open(sentence):
    assert passes_in(sentence, "de") == OPEN


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Es gibt überhaupt keinen Termin für Sie.", NOT_BOOKED),
     # a denial in a clause of its own after another outcome's denial: both said
     ("Abgesagt ist da nichts – es gibt ja überhaupt keinen Termin für Sie.",
      NOT_BOOKED - {"cancelled"})],
)  # fmt: skip
def test_no_appointment_at_all_is_the_booking_denied(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    "sentence",
    ["Den neuen Termin bekommen Sie gleich per SMS.",
     "Die geänderte Uhrzeit bekommen Sie noch per SMS."],
)  # fmt: skip
def test_the_new_time_said_sent_by_text_is_the_move_done(sentence):
    assert passes_in(sentence, "de") == MOVED
