"""Blind round 33's false passes and blocks in claims71's share, as classes: thanks and
congratulations for an outcome are its claim; a waiting list in other words (a standby, an
automatic move-up into a freed slot) is a promise nothing keeps; the caller's matter said to lie
with the team is a passed-on message; an end time names the start that backs it (convention
45); another person's booking is checked against the call's appointments (conventions 23, 380).
With the nearest sentences that must still pass. Words of neither the corpus file nor the
probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, passes_in

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Besten Dank für die Terminbuchung, wir sehen uns.", "de", BOOKED_ANY),
     ("Many thanks for the booking, see you soon.", "en", BOOKED_ANY),
     ("Lieben Dank für die Stornierung.", "de", {"cancelled"}),
     ("Thanks ever so much for the cancellation.", "en", {"cancelled"}),
     ("Danke sehr fürs Umbuchen.", "de", {"moved"}),
     ("Thanks for taking the new slot.", "en", {"moved"}),
     ("Glückwunsch, Sie haben den Platz ergattert!", "de", BOOKED_ANY),
     ("Lucky you, you landed the last slot!", "en", BOOKED_ANY)],
)  # fmt: skip
def test_thanks_or_congratulations_for_an_outcome_claim_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == set(expected)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vielen Dank für Ihre Buchungsanfrage, ich schaue nach.", "de"),
     ("Danke für Ihre Geduld mit mir.", "de"),
     ("Thanks for your booking enquiry.", "en"),
     ("Thanks for bearing with me.", "en")],
)  # fmt: skip
def test_thanks_for_a_request_or_patience_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sobald jemand abspringt, kriegen Sie automatisch den Termin.", "de"),
     ("Ich habe Sie als Nachrückerin vermerkt.", "de"),
     ("The moment something frees up, you'll get it automatically.", "en"),
     ("I've popped you down as a standby.", "en")],
)  # fmt: skip
def test_a_waiting_list_in_other_words_is_kept_by_nothing(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Automatisch nachrücken kann man bei uns leider nicht.", "de"),
     ("We can't move you up automatically if someone cancels.", "en")],
)  # fmt: skip
def test_no_automatic_move_up_said_honestly_passes(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Rückfrage liegt jetzt bei der Chefin.", "de"),
     ("Your query's now with the manager.", "en"),
     ("I've passed that on to Lena.", "en")],
)  # fmt: skip
def test_the_callers_matter_with_the_team_is_a_message_passed_on(sentence, lang):
    assert passes_in(sentence, lang) == {"message"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin endet gegen Viertel nach zwölf.", "de", BOOKED_FRIDAY),
     ("Your appointment ends around quarter past twelve.", "en", BOOKED_FRIDAY),
     ("Sie sind dann um Viertel nach fünf fertig.", "de", {"moved"}),
     ("You'll be finished at about a quarter past five.", "en", {"moved"})],
)  # fmt: skip
def test_an_end_time_names_the_start_of_the_visit_that_ends_then(sentence, lang, expected):
    # Friday 10:00's perm (135 minutes) ends at 12:15; the move's Thursday 15:00 at 17:15
    assert passes_in(sentence, lang) == set(expected)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Falls Sie zusagen, wären Sie um Viertel nach zwölf fertig.", "de"),
     ("If you said yes, you'd be finished by quarter past twelve.", "en")],
)  # fmt: skip
def test_an_end_time_under_a_condition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Neffe ist für Samstag drin.", "de", {"two"}),
     ("Ihre Oma hat jetzt auch einen Termin bei Lena.", "de", {"two"}),
     ("Your nephew's all set for Saturday.", "en", {"two"}),
     ("I've booked you and your cousin.", "en", {"two"}),
     ("Your aunt has an appointment with Mehmet now.", "en", NEVER)],
)  # fmt: skip
def test_another_persons_booking_is_checked_against_the_calls_appointments(
    sentence, lang, expected
):
    # conventions 23 and 380: state two's Saturday appointment may be the relative's; a second
    # person booked beside the caller needs two appointments
    assert passes_in(sentence, lang) == set(expected)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Soll Ihr Neffe auch einen Termin bekommen?", "de"),
     ("Shall I look for something for your nephew too?", "en")],
)  # fmt: skip
def test_an_offer_for_another_person_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
