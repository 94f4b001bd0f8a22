"""Blind round 36's and 35's leftovers in claims84's share, as classes: a cancellation under way
of an appointment named by its day (the appointment presupposed booked); a question the agent
asks itself and answers with words of its own; a salon rule applied to the caller's own
cancellation or said as an act to the caller, against rules for anyone; a request under review and
a hold beside a booking still running; a move nearly through, the salon's slots nearly gone;
intensifiers that keep the claim; a phrasal booking with "it", the past "fit", success idioms over
a day said off, the regret of losing a visit. Sentences in words of neither corpus file nor the
probe (claims_probe36d_claims84.yaml)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, HELD, passes_in

NEVER: set[str] = set()
MOVED_THURSDAY = {"moved"}  # Thursday 27 November 15:00, moved from Friday
SATURDAY_WITH_LENA = {"two"}
CANCELLED = {"cancelled"}
NOT_CANCELLED = EVERYWHERE - CANCELLED


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich lösche gerade Ihren Donnerstagstermin.", "de", MOVED_THURSDAY),
     ("Ihre Strähnchen am Samstag sage ich gerade ab.", "de", SATURDAY_WITH_LENA),
     ("I'm busy calling off your Wednesday booking right now.", "en", NEVER),
     ("Your Saturday slot with Lena is being cancelled at the moment.", "en", SATURDAY_WITH_LENA)],
)  # fmt: skip
def test_a_cancellation_under_way_presupposes_the_appointment_it_names(sentence, lang, expected):
    # convention 45: the act is not done, the appointment it names must exist
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # not cancelled yet (the lead's D45, convention 1112), no day presupposed
     ("Ich sage ihn gerade ab, Moment.", "de", EVERYWHERE - {"cancelled"}),
     # a known gap (claims154's report): the gerund "calling … off" is not read as announced yet
     ("Calling the booking off this minute.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_cancellation_under_way_that_names_no_day_claims_no_day(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Verlegt? Ja, nach Montag.", "de", NEVER),
     ("Moved? Yes, over to Thursday at three.", "en", MOVED_THURSDAY),
     ("Storniert? Ja, der Dienstag ist weg.", "de", NEVER),
     ("Bei Lena? Ja, da stehen Sie drin.", "de", SATURDAY_WITH_LENA),
     ("Habe ich Sie eingetragen? Na klar, habe ich.", "de", BOOKED_ANY),
     ("Did I book that? Of course I did.", "en", BOOKED_ANY),
     ("Canceled? Nope.", "en", NOT_CANCELLED),
     ("Gestrichen? Nein.", "de", NOT_CANCELLED),
     ("Saturday? No, there's nothing booked.", "en", EVERYWHERE - SATURDAY_WITH_LENA),
     ("Geöffnet am Montag? Ja, ab neun.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_self_asked_question_is_read_with_its_answer(sentence, lang, expected):
    # convention 74 with the details the answer or the question names (14, 67); a denied
    # cancellation is `not_cancelled` (280); the salon's hours claim nothing
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Wie jede Stornierung ist auch Ihre erledigt.", "de", CANCELLED),
     ("Like all our appointments, yours is locked in.", "en", BOOKED_ANY),
     ("Ihre Buchung ist bei uns, wie üblich, gleich verbindlich.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_rule_applied_to_the_callers_own_is_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected  # convention 45


def test_a_rule_said_as_an_act_to_the_caller_is_the_promise():
    passes = passes_in("Wie bei allen Kundinnen rufen wir Sie an, sobald wir mehr wissen.", "de")
    assert "booked" not in passes and "message" in passes  # a callback: a message taken backs it


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wer storniert, bekommt eine Bestätigung.", "de"),
     ("Anyone who cancels gets a text.", "en"),
     ("Ein stornierter Termin ist bei uns immer kostenlos.", "de"),
     ("Wie bei allen Terminen bitten wir um Pünktlichkeit.", "de")],
)  # fmt: skip
def test_a_rule_for_anyone_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE  # convention 87


def test_a_request_under_review_is_pending():
    assert passes_in("Your booking request is being looked at by the team.", "en") == {"pending"}


def test_a_hold_beside_a_booking_still_running_is_held_and_not_booked():
    held_only = HELD - BOOKED_ANY
    assert passes_in("Der Termin ist geblockt, die Buchung läuft noch.", "de") == held_only


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Verschiebung auf Donnerstag um drei ist beinahe durch.", "de", EVERYWHERE - MOVED_THURSDAY),
     ("The switch to Thursday at three is nearly done.", "en", EVERYWHERE - MOVED_THURSDAY),
     ("Beinahe alle Plätze am Samstag sind weg.", "de", EVERYWHERE),
     ("Looking at Friday for you.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_move_nearly_through_is_not_made_and_a_look_claims_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected  # convention 5


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Your colour is a hundred percent booked.", "en", NEVER),
     ("The appointment is beyond certain.", "en", BOOKED_ANY),
     ("Ihr Platz ist ganz sicher für Sie freigehalten.", "de", HELD)],
)  # fmt: skip
def test_an_intensifier_keeps_the_claim_it_strengthens(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected  # convention 36


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("We've firmed that up.", "en", BOOKED_ANY),
     ("I've fit you in.", "en", BOOKED_ANY),
     ("Saturday's off, signed and sealed.", "en", NEVER),
     ("Friday's off, in the bag.", "en", CANCELLED),
     ("Die Sache ist gegessen, der Termin ist abgesagt.", "de", CANCELLED),
     ("Sad to lose you on Friday – the cancellation has gone through.", "en", CANCELLED)],
)  # fmt: skip
def test_blind_35s_leftover_wordings_are_read_as_said(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
