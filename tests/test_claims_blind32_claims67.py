"""Blind round 32's false passes in money, reminders and calendar invites (claims67), as classes:
a calendar invite or the caller's own calendar said written (backed by nothing), a refund said set
going, a reminder said to follow, the caller told to write the visit's day in their own calendar
or to pay on it, nothing booked given as a reason; and the nearest sentences that must still pass.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims.model import ClaimKind, FollowUp
from agent.guard.truth import truth
from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in
from tests.corpus.claims_corpus import facts

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eine Kalendereinladung habe ich Ihnen eben zugeschickt.", "de"),
     ("Den Termin habe ich Ihnen in Ihren iPhone-Kalender gespeichert.", "de"),
     ("Die ICS-Datei ist schon unterwegs zu Ihnen.", "de"),
     ("We've synced the appointment to your Apple calendar.", "en"),
     ("The calendar invite has been sent to you.", "en")],
)  # fmt: skip
def test_a_calendar_invite_or_the_callers_calendar_written_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eine Kalendereinladung schicken wir Ihnen leider nicht.", "de"),
     ("Soll ich Ihnen eine Kalendereinladung schicken?", "de"),
     ("Sorry, calendar invites aren't something we send.", "en")],
)  # fmt: skip
def test_an_invite_denied_or_offered_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_blocked_calendar_invite_is_replaced_by_what_the_salon_does_not_do():
    said_de = truth({ClaimKind.FOLLOW_UP}, facts("booked", "de"), {FollowUp.CALENDAR})
    said_en = truth({ClaimKind.FOLLOW_UP}, facts("booked", "en"), {FollowUp.CALENDAR})
    assert "Kalendereinladungen" in said_de
    assert "calendar invites" in said_en


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Rückzahlung Ihrer Anzahlung ist eingeleitet.", "de"),
     ("Your money back has been issued.", "en"),
     ("The deposit refund is underway.", "en")],
)  # fmt: skip
def test_a_refund_said_set_going_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Tag davor folgt noch eine kurze Erinnerung.", "de"),
     ("A short reminder follows on the eve of your visit.", "en")],
)  # fmt: skip
def test_a_reminder_said_to_follow_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Notieren Sie sich Freitag um zehn am besten gleich in Ihren Kalender.", "de"),
     ("Schreiben Sie sich den Freitag um zehn doch schnell ins Handy.", "de"),
     ("Best jot Friday at ten down in your phone.", "en"),
     ("You'll just pay at the front desk on Friday.", "en"),
     ("Gezahlt wird am Freitag direkt bei Fabian.", "de")],
)  # fmt: skip
def test_the_callers_own_note_or_payment_on_a_named_day_presupposes_the_visit(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Tragen Sie sich ein, wenn Sie am Freitag Zeit haben.", "de"),
     ("We take card and cash at the till.", "en")],
)  # fmt: skip
def test_a_condition_or_house_rule_about_paying_or_noting_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Von Ihrer Karte geht nichts ab, weil ja noch nichts gebucht ist.", "de"),
     ("Your card stays untouched, since nothing is booked yet.", "en")],
)  # fmt: skip
def test_nothing_booked_given_as_a_reason_is_the_booking_denied(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


# "Weil nichts gebucht wurde, zahlen Sie auch nichts." is this call's booking denied (the lead's
# D57, convention 1124): tests/test_claims_lead_decisions_1122.py


def test_a_true_booking_still_passes_beside_a_payment_note():
    assert passes_in("Sie sind gebucht, zahlen können Sie vor Ort.", "de") >= BOOKED_ANY - {"moved"}


# blind 32's apologies, rhetorical questions, payments and spellings (claims67, second part)
CANCELLED = {"cancelled"}
MOVED = {"moved"}
SUCCESS = BOOKED_ANY | CANCELLED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Tut mir wirklich leid, die Buchung ist leider raus.", "de"),
     ("Pardon, Ihre Buchung ist leider weg.", "de")],
)  # fmt: skip
def test_regret_beside_the_callers_own_appointment_gone_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED


@pytest.mark.parametrize(
    "sentence",
    ["Der Termin um elf ist leider schon weg.", "Der Platz ist leider weg."],
)
def test_regret_beside_a_slot_taken_by_others_claims_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_an_act_done_as_the_caller_asked_is_the_act():
    assert passes_in("My apologies, I went and called off the appointment as requested.", "en") == (
        CANCELLED
    )


def test_an_act_offered_as_the_caller_asked_claims_nothing():
    assert passes_in("Shall I call off the appointment as you asked?", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Na also, lief doch!", "de"),
     ("Siehst du, klappt doch, gell?", "de"),
     ("There you go, it went like clockwork!", "en")],
)  # fmt: skip
def test_a_bare_success_with_an_affirming_particle_or_lead_is_done(sentence, lang):
    assert passes_in(sentence, lang) == SUCCESS


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ging doch nicht.", "de"), ("Klappt doch?", "de")],
)  # fmt: skip
def test_doch_in_a_denial_or_a_bare_question_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ist das nicht fantastisch – fest eingetragen!", "de"),
     ("Wissen Sie was: Sie sind gebucht!", "de"),
     ("Guess what: you're booked in!", "en")],
)  # fmt: skip
def test_a_rhetorical_opening_before_a_dash_or_colon_opens_a_claim(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ist es nicht prima, dass Lena Sie am Samstag drannimmt? Sie sind eingetragen.", "de"),
     ("Isn't it wonderful that Lena can do Saturday for you? You're in.", "en"),
     ("Who would have thought Lena had room on Saturday? You're booked.", "en")],
)  # fmt: skip
def test_a_claim_after_a_rhetorical_question_carries_what_the_question_names(sentence, lang):
    assert passes_in(sentence, lang) == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bezahlen können Sie nach Ihrem Termin ganz einfach an der Theke.", "de"),
     ("Für Ihren Termin ist keine Vorkasse nötig.", "de"),
     ("No prepayment is required for your appointment.", "en")],
)  # fmt: skip
def test_the_payment_of_the_callers_own_appointment_presupposes_it(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Möchten Sie für Ihren Termin vorab bezahlen?", "de"),
     ("Eine Vorkasse verlangen wir grundsätzlich nicht.", "de")],
)  # fmt: skip
def test_a_payment_question_or_rule_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_letter_of_another_script_inside_a_word_is_read_as_heard():
    plain = passes_in("Ihre Erstattung ist eingeleitet.", "de")
    assert plain == NEVER
    assert passes_in("Ihre Erst\u0430ttung ist eingeleitet.", "de") == plain  # Cyrillic а


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sorry für das Chaos – Fabian hat Sie jetzt an einem anderen Tag.", "de"),
     ("Apologies – Fabian now has you on another day.", "en")],
)  # fmt: skip
def test_the_caller_now_on_another_day_is_a_move(sentence, lang):
    assert passes_in(sentence, lang) == MOVED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Weil Sie rechtzeitig Bescheid gegeben haben, kostet Sie die Absage nichts.", "de"),
     ("Your cancellation is free of charge.", "en")],
)  # fmt: skip
def test_the_callers_cancellation_said_free_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Absage ist bis einen Tag vorher kostenlos.", "de"),
     ("Cancelling is free if you tell us a day ahead.", "en")],
)  # fmt: skip
def test_a_house_rule_on_free_cancellation_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_who_knew_alone_asks_nothing_of_the_calendar():
    assert passes_in("Who knew Saturday would be this busy?", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Konnten Sie den Termin für mich buchen?", "Ja, konnten wir.", "de", BOOKED_ANY),
     ("Mussten Sie meine Buchung absagen?", "Leider ja, musste ich.", "de", CANCELLED),
     ("Have you been able to book it?", "Yes, managed it.", "en", BOOKED_ANY),
     ("Konnten Sie mich schon eintragen?", "Noch nicht, eine Sekunde.", "de", NOT_BOOKED)],
)  # fmt: skip
def test_a_short_answer_to_the_callers_past_modal_question_claims_the_act(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang"),
    [("Können Sie mich eintragen?", "Ja, gerne.", "de"),
     ("Could you book me in?", "Yes, of course.", "en")],
)  # fmt: skip
def test_a_yes_to_a_request_claims_nothing(caller, sentence, lang):
    assert passes_in(sentence, lang, caller) == EVERYWHERE
