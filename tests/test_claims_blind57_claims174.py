"""claims174's classes (issue 9, blind 57 and its probe), in words of neither corpus file: a stylist
who "kann Sie … nehmen" offers the slot as "könnte" does; someone's act for the caller asked with
"Soll …?" / "Shall …?", done for what the caller brings, or approved by "das passt gut" presupposes
the visit that day; a contact asked ON the visit's day on an eventuality of it presupposes the
visit; "Until then nothing is booked" says not booked; a receipt said sent and the visit said paid
are money no tool handles; the new appointment told its length is the move. Each twin said of
nobody in particular, as a wish or a choice, or of another thing claims what it did before."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

TWO = frozenset({"two"})  # Saturday 29 November, 11:00, Lena: the second appointment
OFFERED_SATURDAY = frozenset({"two", "offered"})  # Saturday 11:00 with Lena offered or kept
MOVED = frozenset({"moved"})  # Friday moved to Thursday 15:00
NOWHERE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Am Samstag um elf kann Lena Sie gern noch einschieben.", "de", OFFERED_SATURDAY),
     ("Lena can fit you in on Saturday at eleven.", "en", OFFERED_SATURDAY),
     # the same words as a condition offer nothing
     ("Wenn es Samstag um elf sein soll, kann Lena Sie einschieben.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_stylist_who_can_take_the_caller_at_a_slot_offers_it(sentence, lang, expected):
    assert passes_in(sentence, lang, "Hat Lena Samstag Zeit?") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Soll Ihnen Sophie am Freitag ein Wasser hinstellen?", "de", "Gibt es was zu trinken?",
      BOOKED_FRIDAY),
     ("Shall Sophie put a coffee aside for you on Friday?", "en", "Is there coffee?",
      BOOKED_FRIDAY),
     # the speaker's own offer is no one else's act
     ("Soll ich Ihnen ein Wasser hinstellen?", "de", "Gibt es was zu trinken?", EVERYWHERE),
     ("On Friday Sophie will keep a treat ready for your dog.", "en", "Can I bring my dog?",
      BOOKED_FRIDAY),
     ("Ihre Tochter holt Sie am Freitag ab, das passt gut.", "de", "Wer holt mich ab?",
      BOOKED_FRIDAY),
     ("Your daughter will pick you up on Friday, that works nicely.", "en", "Who collects me?",
      BOOKED_FRIDAY),
     # the same act as a habit, approved: no visit
     ("Ihre Tochter holt Sie freitags ab, das passt gut.", "de", "Wer holt mich ab?",
      EVERYWHERE)],
)  # fmt: skip
def test_someones_act_for_the_caller_asked_or_approved_claims_the_visit(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sagen Sie am Samstag kurz Bescheid, wenn es knapp wird.", "de", TWO),
     ("Just let us know on Saturday if it gets tight.", "en", TWO),
     ("Rufen Sie uns am Freitag an, falls etwas dazwischenkommt.", "de", BOOKED_FRIDAY),
     # a wish or a choice as the condition: nothing of a visit
     ("Sagen Sie am Samstag Bescheid, wenn Sie lieber einen anderen Tag möchten.", "de",
      EVERYWHERE),
     ("Just let us know on Saturday if you want to check what's free.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_contact_on_the_visits_day_on_an_eventuality_claims_the_visit(sentence, lang, expected):
    assert passes_in(sentence, lang, "Und wenn ich mich verspäte?") == expected


def test_nothing_booked_until_then_says_not_booked():
    assert passes_in("Till then nothing is booked.", "en", "When do I know?") == NOT_BOOKED
    # the booking said to hold until then is no denial
    assert passes_in("Until then, your appointment stays as it is.", "en") != NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Quittung für die Anzahlung habe ich Ihnen per Mail geschickt.", "de"),
     ("We've sent you the receipt for your deposit.", "en"),
     ("Ihr Haarschnitt am Freitag ist bereits bezahlt.", "de"),
     ("Your Friday cut is already paid for.", "en")],
)  # fmt: skip
def test_a_receipt_sent_or_the_visit_paid_is_money_no_tool_handles(sentence, lang):
    assert passes_in(sentence, lang, "Und die Bezahlung?") == NOWHERE


def test_a_receipt_offered_on_request_claims_nothing():
    assert passes_in("Eine Quittung bekommen Sie auf Wunsch vor Ort.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr neuer Termin dauert wieder rund zwei Stunden.", "de", MOVED),
     ("Your new appointment takes about two hours again.", "en", MOVED),
     # the appointment itself, not a new one: any booking
     ("Your appointment takes about two hours.", "en", frozenset({"booked", "two", "no_sms", "moved"}))],
)  # fmt: skip
def test_the_new_appointment_told_its_length_is_the_move(sentence, lang, expected):
    assert passes_in(sentence, lang, "Move me to Thursday.") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Zum Färben am Samstag kommt heute keine Pflege mehr dazu.", NOWHERE),
     ("Zur Dauerwelle am Freitag passt heute keine Kur mehr.", BOOKED_FRIDAY),
     # an indefinite service or no day: any visit, nothing claimed
     ("Zu einer Dauerwelle passt keine Kur mehr.", EVERYWHERE),
     ("Zur Dauerwelle passt heute keine Kur mehr.", EVERYWHERE)],
)  # fmt: skip
def test_the_visit_fronted_as_what_goes_with_it_is_the_callers(sentence, expected):
    assert passes_in(sentence, "de", "Kann ich noch etwas dazunehmen?") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [# whoever receives, waits to lead the caller on, or serves a drink is not the stylist
     ("Am Freitag nimmt Sie Sophie an der Tür in Empfang.", "de", BOOKED_FRIDAY),
     ("Am Freitag um zehn wartet Sophie an der Tür auf Sie und führt Sie zu Fabian.", "de",
      BOOKED_FRIDAY),
     ("On Friday at ten Sophie will be waiting for you at the door to take you to Fabian.", "en",
      BOOKED_FRIDAY),
     ("Am Freitag bekommen Sie von Sophie einen Tee, der geht aufs Haus.", "de", BOOKED_FRIDAY),
     # "aufpassen" split is no slot said to suit: nothing claimed
     ("Sophie passt am Freitag auf Ihre Tasche auf.", "de", EVERYWHERE),
     # the stylist waiting, not leading on: the one the caller is booked with
     ("Am Freitag um zehn wartet Lena auf Sie.", "de", NOWHERE),
     # the house's habit of greeting: no visit
     ("Bei uns begrüßt Sie immer jemand an der Tür.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_front_desks_act_on_the_visits_day_names_no_stylist(sentence, lang, expected):
    assert passes_in(sentence, lang, "Wie läuft das ab?") == expected
