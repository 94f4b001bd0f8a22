"""claims172's classes (issue 9, blind 55 and its probes), in words of no corpus file. The speaker's
booking of a named slot in the future ("Ich werde Sie … eintragen", convention 1120) says that slot
is free for the caller and not booked yet, however long the slot between or set off by commas; on
a wish ("Wenn Sie mögen, werde ich …", "If you'd prefer, I can …") it is an offer (convention 2),
and a wish as the offer's condition is no wish read back. "No need to come" in the terse voice
("you needn't come in", "Kommen Sie nicht.", "Brauchen nicht kommen.") says the visit is gone, with
the slot a fragment before it names ("Fr 10 Uhr weg."), unless a condition or the manner of coming
is said. An apology after a self-repair ("… — no wait, it's with Fabian, sorry.") is no detail of
it. Verbless denials alone ("Keinen. Nichts eingetragen.", "Nothing. No appointment.") answering
whether the caller has an appointment deny the booking (convention 46). A doubt the speaker asks
aloud and settles after it ("… — or was it Saturday? The system says Friday, anyway.") claims what
settles it. A hold said to end in the German future ("Die Reservierung wird in zehn Minuten
auslaufen") is held now. "It is same like before" / "alles ist wie vorher" after a denied change
says the appointment stands. A count before "alternatives" is no hour ("Two alternatives were gone
…"), and a question to the caller after an apology takes nothing back ("Saturday's fully booked,
sorry — would another day suit you?": the day stays full, no slot offered)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD, NOT_BOOKED, NOWHERE, passes_in

OFFERED = frozenset({"offered"})  # Thursday 15:00 with Fabian, Saturday 11:00 with Lena offered
OFFERED_OR_THERE = frozenset({"offered", "moved"})  # Thursday 15:00 offered, or moved there
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # the Friday visit gone: cancelled or moved away


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Also werde ich Sie jetzt für Donnerstag um 15 Uhr bei Fabian fest eintragen.", "de"),
     ("Gut, dann werde ich Donnerstag, 15 Uhr, bei Fabian für Sie einbuchen.", "de"),
     ("Right, I will book you in for Thursday at 3 p.m. with Fabian now.", "en")],
)  # fmt: skip
def test_the_speakers_booking_of_a_named_slot_in_the_future_is_free_and_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == OFFERED


def test_a_booking_in_the_future_that_names_no_slot_claims_nothing():
    assert passes_in("Ich werde das dann später am Abend noch für Sie eintragen.", "de") == (
        EVERYWHERE
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("If you'd prefer, I can put you down for Thursday at 3 p.m. with Fabian.", "en",
      "What about Thursday at three?"),
     ("Should you like it, I can book Thursday at 3 p.m. with Fabian.", "en",
      "What about Thursday at three?"),
     ("Wenn Sie mögen, werde ich Sie für Donnerstag um 15 Uhr bei Fabian einbuchen.", "de",
      "Geht Donnerstag um drei?")],
)  # fmt: skip
def test_a_booking_offered_on_a_wish_offers_its_slot(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == OFFERED_OR_THERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("So you'd prefer Thursday at 3 p.m. with Fabian.", "en"),
     ("Sie möchten also lieber Donnerstag um 15 Uhr bei Fabian.", "de")],
)  # fmt: skip
def test_the_callers_wish_read_back_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang, "Geht Donnerstag um drei?") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Fri 10 am — you need not come.", "en", "Please cancel Friday."),
     ("Fr 10 Uhr weg. Sie brauchen nicht zu kommen.", "de", "Bitte den Freitag absagen."),
     ("Freitag, zehn Uhr: Sie müssen nicht kommen.", "de", "Bitte den Freitag absagen.")],
)  # fmt: skip
def test_no_need_to_come_in_the_terse_voice_says_the_visit_it_names_is_gone(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == GONE_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Sat 11 am — you needn't come in.", "en", "Please cancel Saturday."),
     ("Sa 11 Uhr weg. Kommen Sie also nicht.", "de", "Bitte den Samstag absagen.")],
)  # fmt: skip
def test_no_need_to_come_to_a_slot_nobody_gave_up_is_false_everywhere(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == NOWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Kommen Sie bitte nicht zu spät.", "de"),
     ("Wenn Sie Fieber haben, kommen Sie nicht.", "de"),
     ("Fr 10 Uhr, Lena. Brauchen nicht früher kommen.", "de"),
     ("If you're ill, you need not come.", "en")],
)  # fmt: skip
def test_not_coming_under_a_condition_or_of_how_to_come_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your perm is with Lena — no, hang on, it's with Fabian, my mistake.", "en",
      frozenset({"booked", "moved", "no_sms", "two"})),
     ("Ihre Dauerwelle ist bei Lena – nein, Moment, bei Fabian, Entschuldigung.", "de",
      frozenset({"booked", "moved", "no_sms", "two"})),
     ("Your perm is with Lena — no, hang on, it's with Mehmet, sorry.", "en", NOWHERE)],
)  # fmt: skip
def test_an_apology_after_a_self_repair_leaves_the_repaired_detail(sentence, lang, expected):
    assert passes_in(sentence, lang, "So, where are we?") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Nein. Keine Termine.", "de", "Habe ich eigentlich noch etwas bei Ihnen gebucht?"),
     ("Kein Termin.", "de", "Hab ich noch einen Termin bei Ihnen?"),
     ("None. Nothing booked.", "en", "Have I got any appointments with you?")],
)  # fmt: skip
def test_verbless_denials_answering_whether_the_caller_has_an_appointment_deny_it(
    sentence, lang, caller
):
    assert passes_in(sentence, lang, caller) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Nichts. Gar nichts.", "de", "Muss ich etwas mitbringen?"),
     ("None at all.", "en", "Is there a fee if I cancel?")],
)  # fmt: skip
def test_verbless_denials_answering_another_question_claim_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("It's Saturday at eleven, I believe — or was it Friday? The calendar says Friday at ten.",
      "en", "What day is my appointment?"),
     ("Samstag um elf, glaube ich – oder war es Freitag? Im Kalender steht jedenfalls Freitag, "
      "zehn Uhr.", "de", "Welcher Tag ist mein Termin?")],
)  # fmt: skip
def test_a_doubt_asked_aloud_claims_what_settles_it(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("It's Friday at ten, I believe — or was it Saturday?", "en", "What day is my appointment?"),
     ("Freitag um zehn, glaube ich – oder war es Samstag?", "de", "Welcher Tag ist mein Termin?")],
)  # fmt: skip
def test_a_doubt_left_open_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Die Vormerkung wird in einer Viertelstunde verfallen, bitte sagen Sie bald Bescheid.",
     "Das Reservierung wird ablaufen in fünf Minuten, entscheiden Sie bitte."],
)  # fmt: skip
def test_a_hold_said_to_end_in_the_german_future_is_held_now(sentence):
    assert passes_in(sentence, "de", "Ich möchte Freitag um zehn bei Fabian.") == HELD


def test_a_rule_for_every_hold_in_the_future_claims_nothing():
    assert passes_in("Jede Reservierung wird nach zehn Minuten verfallen.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("No, I didn't change anything, everything is the same as before.", "en"),
     ("Nein, ich habe nichts verschoben, es bleibt wie bisher.", "de")],
)  # fmt: skip
def test_the_same_as_before_after_a_denied_change_says_the_appointment_stands(sentence, lang):
    assert passes_in(sentence, lang, "Haben Sie etwas verschoben?") == frozenset(
        {"booked", "no_sms", "two"}
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Yes, the price is the same as before.", "en"),
     ("If you come, it is same like before.", "en"),
     ("Wenn Sie kommen, ist alles wie vorher.", "de")],
)  # fmt: skip
def test_the_same_as_before_of_anything_else_or_under_a_condition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Three alternatives were taken before I could offer them to you.", "en",
      "Did I get anything?"),
     ("Saturday's fully booked, sorry — would another day suit you?", "en",
      "Have you got anything on Saturday?"),
     ("Samstag ist ausgebucht, Entschuldigung – wäre ein anderer Tag möglich?", "de",
      "Haben Sie am Samstag etwas?")],
)  # fmt: skip
def test_a_count_of_alternatives_or_a_question_after_an_apology_offers_no_slot(
    sentence, lang, caller
):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


def test_a_statement_after_the_apology_still_takes_the_claim_back():
    assert passes_in("It's booked — sorry, not booked yet, shall I go ahead?", "en") == NOT_BOOKED
