"""Blind round 29's false passes (claims55), as classes: an outcome said by a success or ability
verb, or bare in a tag question; a state said with a time adverb ("still", "bislang", "längst");
what an outcome means for the caller (the day given back, the stylist counting on the caller, the
time to keep free); everyday words of cancelling and moving; a claim inside an exclamative
question; a read-back with an offer to book it; a service named by its group's word ("Schnitt",
"haircut") or a detail said after "allerdings"; and the nearest sentences that must still pass.
Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

GONE_FRIDAY = frozenset({"cancelled", "moved"})  # Friday's visit gone: cancelled or moved away
MOVED = frozenset({"moved"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich hab es hingekriegt, Sie noch dazwischenzuschieben.", "de", BOOKED_ANY),
     ("Thankfully we were able to pencil you in.", "en", BOOKED_ANY),
     ("Es ist mir geglückt, den Termin abzusagen.", "de", CANCELLED_FRIDAY),
     ("The cancellation went through without a hitch.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_act_a_success_verb_governs_is_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Lief alles wie geschmiert.", "de"), ("It ran like clockwork, didn't it?", "en")],
)  # fmt: skip
def test_a_bare_success_is_true_after_any_success(sentence, lang):
    assert passes_in(sentence, lang) == SUCCESS


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich versuche, Sie irgendwie noch unterzubringen.", "de"),
     ("I'll see if I can squeeze you in.", "en")],
)  # fmt: skip
def test_an_attempt_is_no_success(sentence, lang):
    assert "nothing" in passes_in(sentence, lang)


def test_could_without_a_word_of_luck_offers_and_books_nothing():
    # an offer of Thursday at the salon's hours: true where Thursday is offered
    assert "offered" in passes_in("I could pencil you in on Thursday if you like.", "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Gebucht sind Sie bislang noch nicht.", "de"),
     ("Ihre Eintragung steht bis jetzt noch aus.", "de"),
     ("You have yet to be confirmed.", "en"),
     ("We still need to confirm it for you.", "en")],
)  # fmt: skip
def test_not_yet_with_a_time_adverb_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_a_condition_on_not_yet_claims_nothing():
    assert (
        passes_in("Falls es noch nicht eingetragen ist, mache ich das gleich.", "de") == EVERYWHERE
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie sind nach wie vor fix gebucht.", "de", BOOKED_ANY),
     ("You're still booked in.", "en", BOOKED_ANY),
     ("Die Blockung gilt noch.", "de", HELD),
     ("Your hold is still in effect.", "en", HELD)],
)  # fmt: skip
def test_a_time_adverb_adds_nothing_to_the_state_it_carries(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Freitag gehört jetzt wieder ganz Ihnen.", "de"),
     ("No one is waiting for you on Friday now.", "en")],
)  # fmt: skip
def test_the_day_given_back_is_the_visit_gone(sentence, lang):
    assert passes_in(sentence, lang) == GONE_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Frau Hoffmann zählt fest auf Sie.", "de"), ("Mehmet's counting on seeing you.", "en")],
)  # fmt: skip
def test_someone_counting_on_the_caller_presupposes_a_booking(sentence, lang):
    assert passes_in(sentence, lang) <= BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("We're counting the days until the holidays.", "en"),
     ("Am Freitag haben wir lange offen.", "de")],
)  # fmt: skip
def test_house_facts_near_those_words_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Freitag habe ich rausgeworfen.", "de", CANCELLED_FRIDAY),
     ("I've ditched your booking as asked.", "en", CANCELLED_FRIDAY),
     ("Umgesetzt auf den Donnerstag, fünfzehn Uhr.", "de", MOVED),
     ("I've switched you over to Thursday at three.", "en", MOVED)],
)  # fmt: skip
def test_everyday_words_of_cancelling_and_moving(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_pulling_up_times_is_no_cancellation():
    assert passes_in("I've pulled up the free times for you.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Isn't it wonderful that you're booked in now?", "en", BOOKED_ANY),
     ("Ist es nicht toll, dass Ihr Termin jetzt eingetragen ist?", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_claim_inside_an_exclamative_question_is_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_read_back_then_a_question_whether_to_book_it_claims_nothing():
    # convention 160
    sentence = "Gut, dann Samstag um zwölf bei Mehmet. Darf ich das so eintragen?"
    assert passes_in(sentence, "de") == EVERYWHERE


def test_an_offer_with_the_colloquial_dative_offers_the_slot():
    # Saturday 11:00 with Lena is a slot the tools offered in 'offered' only
    sentence = "Ich könnte Ihnen Samstag um elf bei Lena eintragen, wenn Sie mögen."
    assert "nothing" not in passes_in(sentence, "de") and "offered" in passes_in(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Schnitt am Freitag um zehn ist eingetragen.", "de"),
     ("Your haircut on Friday at ten is confirmed.", "en"),
     ("I've booked a men's cut for you on Friday at ten.", "en"),
     ("Freitag um zehn ist fest, jedoch bei Lena.", "de")],
)  # fmt: skip
def test_a_wrong_service_or_stylist_makes_a_true_booking_false(sentence, lang):
    # the call's Friday appointment is a Dauerwelle with Fabian
    assert passes_in(sentence, lang) == set()


def test_the_right_service_with_the_right_stylist_passes_where_booked():
    assert passes_in("Ihre Dauerwelle am Freitag um zehn ist eingetragen.", "de") == BOOKED_FRIDAY
