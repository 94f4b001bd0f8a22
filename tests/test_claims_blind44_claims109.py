"""Blind round 44, part B (claims109), as classes: a detail of the caller's appointment asked and
then confirmed or corrected; a hold said in place of the asked booking; answers to a question word
about the caller's visit; the caller's other appointment; the same replies after other words or
alone. Sentences and questions in words of neither corpus file (blind 44, probe 44b)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOWHERE,
    passes_in,
)

TWO = frozenset({"two"})  # Saturday 11:00 with Lena (Strähnchen) beside Friday 10:00 with Fabian
MOVED = frozenset({"moved"})  # Friday 10:00 moved to Thursday 15:00
ONLY_FRIDAY = frozenset({"booked", "no_sms"})  # Friday booked and nothing else (not `two`)
NOT_LENA = frozenset({"booked", "moved", "no_sms"})  # booked with Fabian, none with Lena
STAYS = frozenset({"booked", "two", "no_sms"})  # a booking that is not a move's new place


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Das ist bei Lena, richtig?", "Ja, genau, bei Lena.", "de", TWO),
     ("Mein Termin ist am Freitag, oder?", "Ja, richtig.", "de", BOOKED_FRIDAY),
     ("Das ist um zehn Uhr, stimmt's?", "Stimmt.", "de", BOOKED_FRIDAY),
     ("I'm seeing Lena, aren't I?", "Correct.", "en", TWO),
     ("It's on Thursday, right?", "Yep.", "en", MOVED),
     ("The appointment is with Fabian, right?", "Yes, that's right.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_yes_to_the_callers_detail_books_that_detail(caller, sentence, lang, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    # the caller's detail denied: false where the caller has it too (convention 97)
    [("Das ist doch bei Lena, oder?", "Nein, beim Fabian.", "de", NOT_LENA),
     ("Ich komme doch am Donnerstag, richtig?", "Nee, am Freitag.", "de", BOOKED_FRIDAY),
     ("It's with Mehmet, right?", "No, Fabian.", "en", BOOKED_ANY),
     ("It's at eleven, right?", "No, ten o'clock.", "en", ONLY_FRIDAY),
     ("Ich bin doch bei Fabian, oder?", "Nicht bei Fabian, sondern bei Mehmet.", "de", NOWHERE),
     # a move asked about, corrected: the move to the answer's place
     ("Sie haben mich auf Samstag verlegt, oder?", "Nein, auf den Donnerstag.", "de", MOVED),
     ("You moved me to Thursday, right?", "No, to Saturday.", "en", NOWHERE)],
)  # fmt: skip
def test_a_correction_books_the_answers_detail_and_denies_the_callers(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    # no detail of the caller's appointment asked: the same words claim nothing
    [("Ist das der Salon am Markt?", "Nein, beim Fabian.", "de", EVERYWHERE),
     ("", "Genau, bei Lena.", "de", EVERYWHERE),
     ("", "Ten, not eleven.", "en", EVERYWHERE),
     ("Ich hätte gern Donnerstag bei Lena.", "Donnerstag bei Lena, richtig?", "de", EVERYWHERE),
     ("I'd like Thursday with Lena.", "Right, Thursday with Lena.", "en", EVERYWHERE),
     # said alone with its verb, a correction still puts the caller with the stylist
     ("", "Nein, Sie sind bei Fabian.", "de", BOOKED_ANY),
     ("", "No, you're with Lena.", "en", TWO)],
)  # fmt: skip
def test_the_same_words_without_the_callers_detail_claim_only_what_they_say(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Ist der Termin jetzt fix?", "Nein, bisher nur vorgemerkt.", "de", {"held", "pending"}),
     ("Is that confirmed now?", "No, it's only reserved at the moment.", "en", {"held", "pending"})],
)  # fmt: skip
def test_a_hold_said_in_place_of_the_asked_booking_is_not_the_booking(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Mit wem hab ich nochmal den Termin?", "Mit Fabian.", "de", BOOKED_ANY),
     ("Who's cutting my hair?", "Fabian.", "en", BOOKED_ANY),
     ("Who am I seeing?", "Mehmet.", "en", NOWHERE),
     ("Um wie viel Uhr soll ich kommen?", "Um zehn.", "de", BOOKED_FRIDAY),
     ("What time was that again?", "Ten.", "en", BOOKED_FRIDAY),
     ("Was hatte ich nochmal gebucht?", "Strähnchen.", "de", TWO),
     # a question word about the salon: the name or the hour answers nothing of the caller's
     ("Wer färbt bei Ihnen?", "Lena.", "de", EVERYWHERE),
     ("What time do you close on Friday?", "Six.", "en", EVERYWHERE),
     ("Wann kommt man am besten vorbei?", "Um zehn.", "de", EVERYWHERE)],
)  # fmt: skip
def test_an_answer_to_a_question_word_about_the_visit_books_what_it_names(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "sentence", "lang", "expected"),
    [("Und wie sieht es mit meinem zweiten Termin aus?", "Der bleibt auch.", "de", TWO),
     ("What about my second booking?", "That one's unchanged too.", "en", TWO),
     ("Und der andere?", "Den habe ich auch storniert.", "de", NOWHERE),
     ("And the Saturday one?", "That's in too.", "en", TWO),
     ("Und der Termin am Freitag?", "Der steht.", "de", BOOKED_FRIDAY),
     # the premise denied: one appointment only (convention 550)
     ("What about my other booking?", "You've only got the one, on Friday.", "en", ONLY_FRIDAY),
     # alone, the pointed-to appointment stays or is in
     ("", "Der bleibt, wie er ist.", "de", STAYS),
     ("", "That one stays as it is.", "en", STAYS)],
)  # fmt: skip
def test_an_answer_about_the_other_appointment_is_said_of_one_of_two(
    caller, sentence, lang, expected
):
    assert passes_in(sentence, lang, caller) == expected
