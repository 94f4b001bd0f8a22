"""The lead's decisions D76-D84 (conventions 1195-1203, claims171), as classes: a timeout of this
call's request told is its outcome open (a booking's `unconfirmed`, a cancellation's not done),
not a failure, and not where a retry, a lapsed hold, a denial or a success stands beside it; a
belief in a failure with a check after it is the failure's claim; "that doesn't affect your
appointment" is the appointment standing; "ich kann noch nicht sagen, ob es klappt" in its other
word orders is the outcome open; "Ihr Termin findet wie geplant statt" is the booking. Each in
both languages, in a state where it is false and one where it is true, beside its nearest neutral
twin. Sentences in words of no corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

OPEN = EVERYWHERE - BOOKED_ANY  # 731: no booking that fits; an open outcome is none
NOT_CANCELLED = EVERYWHERE - {"cancelled"}  # 1122: the cancellation not done
STANDS = BOOKED_FRIDAY  # a booked appointment that is not a move's new place


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D78: a timeout of this call's request, or the calendar's answer missing: the outcome open
     ("Die Buchungsanfrage ist leider in ein Timeout gelaufen.", "de", OPEN),
     ("Ich wollte Sie eintragen, aber dann kam ein Timeout.", "de", OPEN),
     ("Der Server hat nicht rechtzeitig reagiert.", "de", OPEN),
     ("Vom Buchungssystem kam bisher keine Rückmeldung.", "de", OPEN),
     ("My booking request timed out, I'm afraid.", "en", OPEN),
     ("The booking system didn't respond in time.", "en", OPEN),
     # of a cancellation: the cancellation not done (1122)
     ("Die Absage ist leider in ein Timeout gelaufen.", "de", NOT_CANCELLED),
     # the neutral twins: a retry beside it, a hold that lapsed, a condition, an earlier moment
     ("Der erste Versuch lief in ein Timeout, ich versuche es gleich noch einmal.", "de", EVERYWHERE),
     ("The request timed out, let me try again.", "en", EVERYWHERE),
     ("Your reservation timed out a minute ago.", "en", EVERYWHERE),
     ("Falls der Kalender nicht rechtzeitig antwortet, rufen wir Sie an.", "de", EVERYWHERE),
     ("The calendar was slow to respond earlier, sorry about that.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_timeout_of_this_calls_request_told_leaves_the_outcome_open(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D78's not covered: a failure told with the timeout is 1160's; the outcome denied or said
     # done beside it keeps its own claim
     ("Die Buchung ist fehlgeschlagen, der Server hat nicht rechtzeitig reagiert.", "de", NOT_BOOKED),
     ("My booking request timed out, so you're not in the calendar.", "en", NOT_BOOKED),
     ("The request timed out, but your booking landed anyway.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_timeout_beside_a_failure_a_denial_or_a_success_keeps_that_claim(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D77: a belief in the failure with a check still to do is the failure's claim
     ("Ich denke, die Stornierung ist nicht durchgegangen, ich kontrolliere das aber noch.", "de",
      NOT_CANCELLED),
     ("I believe the booking failed, but let me verify that.", "en", NOT_BOOKED),
     # the neutral twins: doubt with a check, a belief with none
     ("Vielleicht ist die Stornierung nicht durchgegangen, ich kontrolliere das noch.", "de",
      EVERYWHERE),
     ("I think the booking failed.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_belief_in_a_failure_then_a_check_is_the_failures_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D79: the caller's appointment not affected: it stands, whatever the sentence says before
     ("Die Kollegin ist krank, das betrifft Ihren Termin aber nicht.", "de", STANDS),
     ("Our colleague is off sick, but that doesn't affect your appointment.", "en", STANDS),
     # the neutral twins: the caller, not an appointment
     ("Die Kollegin ist krank, das betrifft Sie aber nicht.", "de", EVERYWHERE),
     ("Our colleague is off sick, but that doesn't affect you.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_appointment_not_affected_stands(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D80: "kann noch nicht sagen, ob es klappt" in its other word orders and tenses: open
     ("Noch kann ich Ihnen nicht sagen, ob es klappt.", "de", OPEN),
     ("Ich kann Ihnen noch nicht sagen, ob es klappen wird.", "de", OPEN),
     ("I can't say yet whether it'll work.", "en", OPEN),
     # the neutral twins: what the speaker knows (903), something else's outcome
     ("Ich weiß noch nicht, ob es klappen wird.", "de", EVERYWHERE),
     ("Noch kann ich nicht sagen, ob das Wetter hält.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_outcome_not_tellable_yet_is_open_in_every_word_order(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # D83: the appointment taking place as planned is the booking (732), a move's new place too
     ("Ihr Termin findet wie geplant statt.", "de", BOOKED_ANY),
     # the neutral twin: a plan asked about
     ("Findet Ihr Termin wie geplant statt?", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_appointment_taking_place_as_planned_is_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
