"""claims153's class (issue 9, blind 57: what follows from an appointment), in words of neither
corpus file. Someone's act for the caller on a named day — a stylist's, the front desk's, a
companion's — presupposes the visit that day, as an instruction for the day does (conventions
31 and 88; the round's judgement call "a stylist's act at the visit presupposes it"): it is
checked against the calendar like any claim of that day. The same act as the salon's habit
("freitags", "on Fridays"), with no day, of a past visit, or on the caller's open choice says no
visit and passes in every state."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in

TWO = frozenset({"two"})  # Saturday 29 November, 11:00, Lena: the second appointment
NOWHERE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Am Freitag reicht Ihnen Sophie gern einen Espresso.", "de", "Gibt es Kaffee?",
      BOOKED_FRIDAY),
     ("Fabian packt Ihnen am Freitag eine Probe vom Shampoo ein.", "de",
      "Haben Sie das Shampoo noch?", BOOKED_FRIDAY),
     ("Ihre Nachbarin kann Sie am Freitag nach dem Termin mitnehmen.", "de",
      "Wie komme ich zurück?", BOOKED_FRIDAY),
     ("On Friday Fabian will fetch you an espresso.", "en", "Is there coffee?", BOOKED_FRIDAY),
     ("Fabian will wrap up a little sample for you on Friday.", "en",
      "Do you still have that shampoo?", BOOKED_FRIDAY),
     ("Your neighbour can drive you home on Friday after the appointment.", "en",
      "How do I get back?", BOOKED_FRIDAY),
     # the second appointment's day: true where it is booked
     ("Am Samstag reicht Ihnen Lena zuerst einen Spiegel.", "de", "Und am Samstag?", TWO),
     ("On Saturday Lena will hand you a mirror first.", "en", "And on Saturday?", TWO),
     # a day no appointment of any state has: false everywhere
     ("Am Mittwoch reicht Ihnen Sophie gern einen Espresso.", "de", "Gibt es Kaffee?", NOWHERE),
     ("On Wednesday Fabian will fetch you an espresso.", "en", "Is there coffee?", NOWHERE)],
)  # fmt: skip
def test_an_act_for_the_caller_on_a_named_day_claims_the_visit_that_day(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Freitags reicht Ihnen Sophie meistens einen Espresso.", "de", "Gibt es Kaffee?"),
     ("On Fridays Sophie fetches everyone an espresso.", "en", "Is there coffee?"),
     ("Sophie reicht Ihnen gern einen Espresso.", "de", "Gibt es Kaffee?"),
     ("Letzten Freitag hat Ihnen Sophie einen Espresso gereicht.", "de", "Gibt es Kaffee?"),
     ("Last Friday Sophie fetched you an espresso.", "en", "Is there coffee?"),
     ("Should you pick Friday, your neighbour can drive you home afterwards.", "en",
      "I haven't decided yet."),
     ("Am Freitag arbeitet Sophie bis achtzehn Uhr.", "de", "Wer ist am Freitag da?"),
     ("On Friday Fabian collects his son from school.", "en", "Is Fabian busy?")],
)  # fmt: skip
def test_the_same_act_as_a_habit_a_past_visit_or_a_choice_says_no_visit(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ihre Dauerwelle am Freitag braucht gut zwei Stunden.", BOOKED_FRIDAY),
     # a service the salon names, after "Ihr", is the appointment's as "Ihre Dauerwelle" is
     # (convention 45): checked against the calendar, where no state holds a colour on Friday
     ("Ihr Färben am Freitag braucht gut zwei Stunden.", NOWHERE),
     ("Ihre Bartpflege am Freitag kostet bei uns 20 Euro.", NOWHERE)],
)  # fmt: skip
def test_a_service_the_caller_has_on_a_day_is_checked_like_the_appointment(sentence, expected):
    assert passes_in(sentence, "de", "Wie lange dauert das?") == expected
