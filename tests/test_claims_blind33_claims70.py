"""Blind round 33's attribute, parenthesis, particle, emphasis and story classes (claims70), as
specifications in words of neither corpus file: a participle attribute before a day or a service
and after the details it takes; the caller's outcome named by its noun as a statement's ground;
bare plurals of an outcome said of every appointment; an intensifier or an assurance before the
outcome; a comment set off inside a claim; a new place said between dashes; the caller's wish
recalled ("as you asked"); a story in the calendar that ends with the caller in; and the nearest
sentences that must still pass."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

MOVED = {"moved"}  # moved to Thursday 27 November, 15:00, Fabian
NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Für den gebuchten Freitag sollten Sie etwas mehr Zeit mitbringen.", "de", BOOKED_FRIDAY),
     ("Die bei Fabian eingetragene Dauerwelle beginnt pünktlich.", "de", BOOKED_ANY),
     ("Beim verschobenen Termin kommen Sie bitte ohne Haarspray.", "de", MOVED),
     ("Der gestrichene Montag kostet Sie nichts.", "de", NEVER),
     ("The booked Saturday appointment needs no deposit.", "en", {"two"}),
     ("Your cancelled colour won't be charged.", "en", NEVER),
     ("Your cancelled Friday session costs nothing.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_participle_attribute_presupposes_its_outcome_with_what_it_names(
    sentence, lang, expected
):
    # convention 77: the attribute's outcome, with the day or service its noun phrase names,
    # also when the noun is a day or a service and when details stand before the participle
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Infolge Ihrer Stornierung fällt keine Gebühr an.", "de", CANCELLED_FRIDAY),
     ("Seit Ihrer Absage hat Fabian um zehn eine Lücke.", "de", CANCELLED_FRIDAY),
     ("An Ihrer Terminbuchung ist alles korrekt.", "de", BOOKED_ANY),
     ("Nach der Absage für Samstag ist nichts mehr offen.", "de", NEVER),
     ("Since you cancelled, Fabian has a gap at ten.", "en", CANCELLED_FRIDAY),
     ("Following your booking, you'll find us on the first floor.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_outcome_named_by_its_noun_as_a_statements_ground_is_claimed(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Verlegte Termine kosten bei uns nichts extra.", "de"),
     ("Cancelled bookings are refunded in full.", "en"),
     ("Für Ihre Buchung bräuchte ich noch Ihre Telefonnummer.", "de"),
     ("Wegen Ihrer Buchung erreichen Sie Fabian unter der Durchwahl 12.", "de")],
)  # fmt: skip
def test_outcomes_of_every_appointment_or_still_to_come_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your appointment's totally off.", "en", {"cancelled"}),
     ("I can guarantee you're booked in.", "en", BOOKED_ANY),
     ("Friday's absolutely cancelled.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_an_intensifier_or_an_assurance_changes_no_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin ist – wie besprochen – gestrichen.", "de", {"cancelled"}),
     ("Ihr Termin ist, zum Glück, eingetragen.", "de", BOOKED_ANY),
     ("Your booking, I'm happy to report, is confirmed.", "en", BOOKED_ANY),
     ("Ihr Termin – wie besprochen – ist noch nicht eingetragen.", "de", NOT_BOOKED),
     ("Ihr Termin – jetzt am Donnerstag – bleibt bei Fabian.", "de", MOVED),
     ("Your appointment is cancelled as you wanted.", "en", {"cancelled"})],
)  # fmt: skip
def test_a_comment_or_a_new_place_inside_a_claim_is_read_with_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich hab kurz ins Terminbuch geschaut, den Freitag genommen, und dann waren Sie drin.",
      "de", BOOKED_FRIDAY),
     ("So I pulled up the calendar, picked Friday, and then you were in.", "en", BOOKED_FRIDAY),
     ("Sie waren schon mal bei Fabian, das sehe ich im Kalender.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_calendar_story_ending_with_the_caller_in_is_the_booking(sentence, lang, expected):
    # convention 75: a narrative is read by where it ends; a past visit is no booking
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bring your colour chart to the moved appointment.", "en", MOVED),
     ("Your confirmed Friday slot is the first of the day.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_colour_chart_and_the_first_of_a_day_name_no_detail(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
