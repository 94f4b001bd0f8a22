"""Blinds 55 and 58's short answers to the caller's question (claims166), as classes: a yes to "is
my appointment still happening?" says it stands; "or not" closing the question asks what the
question without it asks; an aside of enthusiasm or regret after the answer is no word of it; the
clause after a "not yet" states what the answer's not-yet leaves open; the other act itself denied
is no act made instead of a move; lateness measured on a day presupposes the visit; a learner's
"alles sortiert" is "alles erledigt". Sentences in words of neither corpus file, with their
neutral twins (a question, an answer to a question about something else, no day, no "alles")."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, SUCCESS, passes_in

STANDS = BOOKED_FRIDAY  # the caller's Friday booked and kept as it was (not a move's new place)
PENDING = frozenset({"pending"})
NOT_CANCELLED_OR_MOVED = EVERYWHERE - {"cancelled", "moved"}  # conventions 280, 820


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Yes, it's still going ahead!", "en", "Is my appointment still taking place?", STANDS),
     ("It is, no worries.", "en", "Is my appointment still going ahead?", STANDS),
     ("Your appointment is still happening.", "en", "", STANDS),
     ("Ja, der steht noch, keine Sorge.", "de", "Findet mein Termin noch statt?", STANDS),
     # a question is no answer
     ("Is it still going ahead?", "en", "", EVERYWHERE),
     ("Findet der Termin noch statt?", "de", "", EVERYWHERE)],
)  # fmt: skip
def test_a_yes_to_still_happening_says_the_appointment_stands(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("You are, I'm glad to say.", "en", "So am I booked in or not?", BOOKED_ANY),
     ("You are.", "en", "Well, am I in or not?", BOOKED_ANY),
     ("Sind Sie, freut mich sehr.", "de", "Bin ich jetzt drin oder nicht?", BOOKED_ANY),
     # a yes to a question about something else claims nothing, aside or not
     ("We are, I'm happy to say.", "en", "Are you open on Saturday or not?", EVERYWHERE),
     ("Haben wir, zum Glück.", "de", "Haben Sie samstags offen?", EVERYWHERE),
     # after a no the regret is part of it: no bare no (blind 30's neutral)
     ("Nein, leider.", "de", "Konnten Sie mich auf Donnerstag verschieben?", EVERYWHERE)],
)  # fmt: skip
def test_or_not_and_an_aside_after_the_answer_leave_the_answer_as_it_is(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Noch nicht, die Anfrage liegt noch bei der Inhaberin.", "de",
      "Hat die Chefin schon zugestimmt?", PENDING),
     ("Not yet, I'm afraid, it's still waiting for the manager's approval.", "en",
      "Has the owner approved it yet?", PENDING),
     ("It's still waiting for the owner's go-ahead.", "en", "", PENDING),
     # the clause asked about, not stated
     ("Liegt die Anfrage noch bei der Inhaberin?", "de", "", EVERYWHERE),
     ("Is it still waiting for the owner's okay?", "en", "", EVERYWHERE)],
)  # fmt: skip
def test_the_clause_after_a_not_yet_states_what_is_left_open(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Storniert habe ich nichts, und verschoben habe ich auch nichts.", "de",
      NOT_CANCELLED_OR_MOVED),
     ("I haven't cancelled anything, and I haven't moved anything either.", "en",
      NOT_CANCELLED_OR_MOVED)],
)  # fmt: skip
def test_both_acts_denied_deny_the_move_too(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nicht verschoben, sondern storniert.", "de"), ("I didn't move it, I cancelled it.", "en")],
)
def test_the_act_made_instead_of_a_move_is_that_act(sentence, lang):
    assert passes_in(sentence, lang) == frozenset({"cancelled"})


# blind 55's eager and small voices (claims166)
LATE_FRIDAY = frozenset({"booked", "two", "no_sms"})  # the Friday visit presupposed


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Should you be a few minutes late on Friday, just give us a ring.", "en", LATE_FRIDAY),
     ("If you're running more than ten minutes late on Friday, please call.", "en", LATE_FRIDAY),
     # no day: a house rule about being late, no visit presupposed
     ("If you're running more than ten minutes late, please call.", "en", EVERYWHERE)],
)  # fmt: skip
def test_lateness_with_its_measure_on_a_day_presupposes_the_visit(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Das ist jetzt alles sortiert für Sie.", SUCCESS),  # as "alles erledigt": the bare success
     # things put in order, not "all sorted"
     ("Die Unterlagen sind alphabetisch sortiert.", EVERYWHERE)],
)  # fmt: skip
def test_a_learners_all_sorted_is_all_done(sentence, expected):
    assert passes_in(sentence, "de") == expected
