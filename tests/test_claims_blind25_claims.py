"""Blind round 25's false passes (claims43), as classes: the caller's hold timed, ending or
extended; a statement asked back with a question mark or a tag, and a yes said by echoing the
caller's question; the booking denied in the present; instructions and notes for the visit's
day; preparation for the caller's own appointment; a negation
taken back; the appointment kept after a change denied or failed; a detail said swapped; a
meeting agreed; what a sentence says of the text, of money and of a second appointment beside
an outcome; a booking and a hold said at once; the caller told not to come; an outcome said
despite a failure; a request said granted; and the nearest sentences that must still pass.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, HELD, passes_in

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Reservierung verfällt um halb zwölf.", "de"),
     ("Noch fünf Minuten, dann läuft die Vormerkung aus.", "de"),
     ("Ich verlängere Ihnen die Reservierung noch ein wenig.", "de"),
     ("Your reservation expires in a quarter of an hour.", "en"),
     ("I've extended your hold by another ten minutes.", "en")],
)  # fmt: skip
def test_the_callers_hold_timed_ending_or_extended_says_a_hold_exists(sentence, lang):
    assert passes_in(sentence, lang) == HELD


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Reservierungen laufen bei uns nach einer Viertelstunde ab.", "de"),
     ("A hold expires after fifteen minutes.", "en"),
     ("Ihre Vormerkung ist inzwischen abgelaufen.", "de"),
     ("Your hold has run out, sorry.", "en")],
)  # fmt: skip
def test_a_rule_for_holds_and_a_lapsed_hold_claim_nothing(sentence, lang):
    # convention 87: a hold said lapsed reports a loss
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie stehen jetzt im Kalender?", "de"),
     ("Der Termin ist eingetragen, gelle?", "de"),
     ("Your appointment is confirmed then?", "en"),
     ("You're all set now, aren't you?", "en")],
)  # fmt: skip
def test_a_statement_asked_back_states_it(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Soll ich das so für Sie eintragen?", "de"),
     ("Sie hätten gern Freitag um zehn?", "de"),
     ("Shall I put that through for you?", "en")],
)  # fmt: skip
def test_a_real_question_or_a_wish_read_back_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_yes_said_by_echoing_the_callers_question_answers_it():
    assert passes_in("Sind Sie, ganz sicher.", "de", "Bin ich jetzt eingetragen?") == BOOKED_ANY
    assert passes_in("You are, for sure.", "en", "Am I in the book now?") == BOOKED_ANY
    assert passes_in("Sind Sie, ganz sicher.", "de") == EVERYWHERE  # nothing was asked


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Da ist etwas schiefgelaufen, Sie stehen leider nicht im Kalender.", "de"),
     ("The request errored, so you're not booked.", "en"),
     ("Gebucht? Nein, bloß reserviert.", "de")],
)  # fmt: skip
def test_the_booking_denied_in_the_present_is_false_after_a_booking(sentence, lang):
    assert not passes_in(sentence, lang) & BOOKED_ANY


def test_not_only_held_but_booked_is_still_the_booking():
    assert passes_in("Nicht nur vorgemerkt, sondern gebucht.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag melden Sie sich einfach am Empfang.", "de"),
     ("Bezahlen können Sie am Freitag auch mit Karte.", "de"),
     ("Use the side entrance on Friday.", "en"),
     ("Note it down: Friday, ten a.m., with Fabian.", "en")],
)  # fmt: skip
def test_an_instruction_or_a_note_for_the_visits_day_presupposes_the_visit(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Samstag haben wir nur bis 14 Uhr offen.", "de"),
     ("You can always pay by card here.", "en"),
     ("Please come ten minutes early.", "en")],
)  # fmt: skip
def test_house_rules_and_an_instruction_naming_no_day_claim_nothing(sentence, lang):
    # convention 88: no day and no appointment of the caller's named
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vor Ihren Strähnchen bitte keine Kur benutzen.", "de"),
     ("Before your highlights, please skip the hair oil.", "en")],
)  # fmt: skip
def test_the_callers_own_appointment_prepared_for_or_to_be_cancelled_presupposes_it(sentence, lang):
    assert not passes_in(sentence, lang) & (EVERYWHERE - BOOKED_ANY)


def test_a_negation_taken_back_is_the_claim_it_leaves():
    assert passes_in("Der Termin ist ganz sicher nicht nicht gebucht.", "de") == BOOKED_ANY
    assert passes_in("Ungebucht ist jetzt überhaupt nichts mehr.", "de") == BOOKED_ANY


def test_the_appointment_kept_after_a_change_denied_is_not_the_moved_one():
    assert passes_in("Abgesagt ist gar nichts, Ihr Termin bleibt.", "de") == BOOKED_FRIDAY
    assert passes_in("The move didn't go through, so your appointment stands.", "en") == (
        BOOKED_FRIDAY
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich habe aus Ihrem Haarschnitt eine Färbung gemacht.", "de"),
     ("I've swapped your highlights for a perm.", "en")],
)  # fmt: skip
def test_a_detail_said_swapped_is_a_move_to_it(sentence, lang):
    assert passes_in(sentence, lang) == NEVER  # the call's move kept the perm


def test_the_callers_own_detail_changed_moves_nothing():
    assert passes_in("Ich habe Ihre Telefonnummer korrigiert.", "de") == EVERYWHERE


def test_a_meeting_agreed_with_the_caller_is_the_booking_but_not_the_speakers_plans():
    assert passes_in("Also sind wir fest verabredet!", "de") == BOOKED_ANY
    assert passes_in("Ich bin nachher mit einer Freundin verabredet.", "de") == EVERYWHERE


def test_what_is_said_of_the_text_and_of_money_beside_an_outcome():
    assert passes_in("Sie sind gebucht, nur eine SMS kommt diesmal keine.", "de") == {"no_sms"}
    assert passes_in("You're booked, and the text has been sent.", "en") == BOOKED_ANY - {"no_sms"}
    assert passes_in("Cancelled, and you'll get your money back.", "en") == NEVER


def test_booked_and_only_held_at_once_is_false_everywhere():
    sentence = "Sie sind gebucht, aber nur vorgemerkt, bis Sie zusagen."
    assert passes_in(sentence, "de") == NEVER


def test_a_second_appointment_denied_beside_a_booking_is_false_when_it_is_booked():
    sentence = "Your perm is booked, but Saturday with Lena isn't in yet."
    assert "two" not in passes_in(sentence, "en")


def test_the_caller_told_not_to_come_says_the_visit_is_gone():
    assert passes_in("Am Freitag brauchen Sie also nicht zu kommen.", "de") <= {
        "cancelled",
        "moved",
    }
    assert not passes_in("Cross Friday off your calendar, then.", "en") & BOOKED_FRIDAY


def test_an_outcome_said_despite_a_failure_is_still_claimed():
    assert passes_in("Trotz der Störung sind Sie jetzt am Donnerstag um drei.", "de") == {"moved"}


def test_a_request_said_granted_is_a_booking():
    sentence = "You wanted Friday at ten, and that's what you've got."
    assert passes_in(sentence, "en") == BOOKED_FRIDAY
