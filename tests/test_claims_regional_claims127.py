"""German said in regional and clipped forms is read as a careful listener hears it (blind 51,
claims127): a participle with its "e" said away ("abg'sagt", "eing'schrieben"), Berlin and Swiss
sounds ("jebucht", "iitreit"), the function words around it ("i", "mia", "Eahna", "S'", "san",
"nischt", "nüt", "nimmer", "no" for "noch"), a noun cut short ("Anfrag'"), and idioms whose claim
word means something else ("fix und fertig", "fest vereist", "fix zamm", "geht sich aus").
Sentences in words of neither the corpus nor the probe."""

from __future__ import annotations

import pytest

from agent.claims.normalize import fold
from agent.claims.regional_function_words import regional_function_words
from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in


@pytest.mark.parametrize(
    "sentence",
    ["Mia ham Eahna eing'schrieben, passt.", "Hob Eahna g'rad eing'bucht.",
     "I han Sie eidrage, merci."],
)  # fmt: skip
def test_a_booking_said_in_dialect_is_held_to_the_calendar(sentence):
    assert passes_in(sentence, "de") == BOOKED_ANY


@pytest.mark.parametrize(
    "sentence",
    ["Den Termin hab i Eahna abg'sagt, gnä' Frau.", "Den Freitag ham'ma g'löscht."],
)  # fmt: skip
def test_a_cancellation_with_an_elided_participle_is_claimed(sentence):
    assert passes_in(sentence, "de") == {"cancelled"}


def test_a_move_whose_participle_drops_its_ge_names_the_new_slot():
    assert passes_in("I hab Eahna auf Donnerstag um dreie umbucht.", "de") == {"moved"}


@pytest.mark.parametrize(
    "sentence",
    ["Wa ham noch nischt jebucht.", "Es isch no nüt iitreit worde.", "Eing'tragen hamma no nix."],
)  # fmt: skip
def test_a_regional_denial_is_a_denial_not_the_booking(sentence):
    assert passes_in(sentence, "de") == NOT_BOOKED


def test_nimmer_is_no_longer():
    assert "nothing" not in passes_in("Am Freitag san S' nimmer im Kalender.", "de")
    assert "cancelled" in passes_in("Am Freitag san S' nimmer im Kalender.", "de")


@pytest.mark.parametrize(
    "sentence",
    ["Heut bin i fix und fertig.", "Des is fix und fertig g'scheit von Ihnen.",
     "Die Scheiben san fest vereist heut.", "Fix zamm, is des laut do.",
     "Dat is allens fest gefroren, passen Se up."],
)  # fmt: skip
def test_an_idiom_whose_word_looks_like_a_claim_claims_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_fix_und_fertig_before_an_outcome_is_still_the_outcome():
    assert passes_in("Der Termin is fix und fertig eing'tragen.", "de") == BOOKED_ANY


def test_geht_sich_aus_offers_the_slot_it_names_and_books_nothing():
    passes = passes_in("Am Donnerstag um drei geht sich's beim Fabian aus.", "de")
    assert "nothing" not in passes and "booked" not in passes
    assert "offered" in passes


@pytest.mark.parametrize(
    "sentence",
    ["Die Chefin muss noch Ja sagen. Dann ist der Termin sicher.",
     "Die Anfrag' liegt beim Fabian, der muss no zusag'n."],
)  # fmt: skip
def test_a_request_still_to_be_agreed_is_pending_not_the_booking(sentence):
    assert passes_in(sentence, "de") == {"pending"}


def test_the_elided_letters_keep_their_place_in_the_sentence():
    sentence = "Den Termin hamma abg'sagt."
    folded = fold(sentence)
    start = folded.text.index("abgesagt")
    assert sentence[slice(*folded.span(start, start + len("abgesagt")))] == "abg'sagt"


@pytest.mark.parametrize(
    ("said", "standard"),
    [("Des is fix", "Das ist fix"), ("die Absage des Termins", "die Absage des Termins"),
     ("No worries, des passt.", "No worries, das passt."),
     ("Sie müssen no zusagen, no?", "Sie müssen noch zusagen, no?"),
     ("brauchen S' nimmer kommen", "brauchen Sie nicht mehr kommen")],
)  # fmt: skip
def test_function_words_are_put_in_standard_german_and_nothing_else(said, standard):
    assert regional_function_words(said) == standard


@pytest.mark.parametrize(
    "sentence", ["No, nothing is booked yet.", "No, the appointment is not booked yet."]
)
def test_english_words_that_look_like_dialect_are_left_to_the_english_reader(sentence):
    assert passes_in(sentence, "en") == NOT_BOOKED
