"""Each part of a sentence about two appointments is checked against its own (claims169, issue 9;
blinds 39, 47, 53). The call state `two` has Friday 10:00 with Fabian (Dauerwelle) and Saturday
11:00 with Lena (Strähnchen), both booked; `booked` has Friday's alone.

- A part that denies one appointment by what it names (a day, a stylist; gapped after a part told
  done, or with a booking word of its own) is a denial of THAT appointment: false where the call
  holds a booking there, true where it does not, whatever the other part says.
- An item listed beside a booking with no verb of its own ("…, für Ihren Mann Samstag um elf bei
  Lena") is told booked too: a recap of two is false where the call holds one, or another day.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import passes_in

FRIDAY_ONLY = frozenset({"booked", "no_sms"})  # Friday 10:00 with Fabian booked, nothing else


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Freitag bei Fabian steht, der Samstag hingegen nicht.", "de"),
     ("Ihr Termin am Freitag ist eingetragen; für Ihren Sohn am Samstag konnte ich nichts buchen.", "de"),
     ("Friday with Fabian went through, Saturday didn't.", "en"),
     ("Your Friday is in; for your son on Saturday I couldn't book anything.", "en")],
)  # fmt: skip
def test_one_of_two_denied_by_its_day_is_false_where_both_are_booked(sentence, lang):
    assert passes_in(sentence, lang) & {"two", "booked"} == {"booked"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bei Lena sind Sie nicht gebucht.", "de"),
     ("You aren't booked with Lena.", "en")],
)  # fmt: skip
def test_a_stylist_denied_is_false_where_the_call_holds_a_booking_with_her(sentence, lang):
    held = passes_in(sentence, lang)
    assert "two" not in held and "booked" in held


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Donnerstag sind Sie nicht eingetragen.", "de"),
     ("I haven't put the Thursday one in.", "en")],
)  # fmt: skip
def test_a_day_denied_that_holds_no_booking_is_true_beside_two(sentence, lang):
    assert "two" in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für Sie ist Freitag um zehn gebucht, für Ihren Mann Samstag um elf bei Lena.", "de"),
     ("Booked for you: Friday at ten, and for your husband Saturday at eleven with Lena.", "en")],
)  # fmt: skip
def test_a_recap_of_two_passes_where_both_are_booked_and_not_where_one_is(sentence, lang):
    held = passes_in(sentence, lang)
    assert "two" in held and not held & FRIDAY_ONLY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für Sie ist Freitag um zehn gebucht, für Ihren Mann Donnerstag um elf bei Lena.", "de"),
     ("Booked for you: Friday at ten, and for your husband Thursday at eleven with Lena.", "en")],
)  # fmt: skip
def test_a_recap_whose_second_item_has_a_wrong_day_is_blocked(sentence, lang):
    assert "two" not in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitag um zehn ist gebucht, Samstag um elf wäre noch frei.", "de"),
     ("Friday is booked, but please don't be late on Saturday.", "en")],
)  # fmt: skip
def test_a_part_with_a_verb_of_its_own_is_no_item_of_the_booking(sentence, lang):
    assert "two" in passes_in(sentence, lang)
