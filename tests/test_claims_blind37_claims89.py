"""Blind round 37's leftovers after claims85 and claims86 (claims89), as specifications: a free
place in the conditional with its stylist between; "the rest unchanged, only it is now …" as the
move; a move "to the day after" a named day; a directive or a text said sent as the comment on a
topic; a success word hailing a hold; the speaker's own hold in a concessive clause; and the
nearest sentences that must still pass. Sentences in words of neither corpus file nor the
probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, HELD, passes_in

NEVER: set[str] = set()
OFFERED_THURSDAY = {"moved", "offered"}  # Thursday 27 November, 15:00, Fabian: offered or moved to
MOVED = {"moved"}
TEXT_SENT = {"booked", "cancelled", "moved", "two"}  # a confirmation text went out
HELD_NOT_BOOKED = {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Morgen gegen fünfzehn Uhr wäre bei Fabian eine Lücke.", "de"),
     ("Tomorrow at 3 pm there would be a slot with Fabian.", "en")],
)  # fmt: skip
def test_a_free_place_in_the_conditional_is_an_offer_of_the_slot(sentence, lang):
    assert passes_in(sentence, lang) == OFFERED_THURSDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Morgen um drei wäre bei Fabian eine Lücke gewesen, leider ist sie weg.", "de"),
     ("There would have been an opening with Fabian tomorrow at three.", "en")],
)  # fmt: skip
def test_a_place_that_would_have_been_free_offers_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Alles andere bleibt, wie es ist, nur ist Ihr Besuch nun am Donnerstag um fünfzehn Uhr.",
      "de", MOVED),
     ("Otherwise it's all unchanged, only it's on Thursday at 3 pm now.", "en", MOVED),
     ("Sonst bleibt alles gleich, nur ist es jetzt Montag um neun.", "de", NEVER)],
)  # fmt: skip
def test_the_rest_unchanged_with_only_the_place_new_is_the_move(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence",
    ["I've moved Friday's appointment on to the day after.",
     "I've moved your appointment to the day after tomorrow."],
)  # fmt: skip
def test_a_move_to_the_day_after_a_named_day_goes_to_the_next_day(sentence):
    # the move is to Thursday: Saturday and Friday are wrong new places
    assert passes_in(sentence, "en") == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Was Freitag betrifft, seien Sie bitte um zehn da.", "de", BOOKED_FRIDAY),
     ("Regarding Friday, just be here at ten.", "en", BOOKED_FRIDAY),
     ("About Saturday, just be here at eleven.", "en", {"two"}),
     ("Was den Freitag betrifft, sagen Sie mir bitte, ob zehn Uhr passt.", "de", EVERYWHERE),
     ("About Friday, I still have to check with Fabian.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_directive_on_a_topic_day_presupposes_the_visit_that_day(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("As for your text message, that's been sent.", "en"),
     ("Was Ihre SMS betrifft: die ist verschickt worden.", "de")],
)  # fmt: skip
def test_the_text_as_topic_said_sent_is_the_text_sent(sentence, lang):
    assert passes_in(sentence, lang) == TEXT_SENT


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hat funktioniert, Ihr Platz ist vorgemerkt!", "de", HELD),
     ("Managed it, your slot is reserved!", "en", HELD),
     ("Geschafft, Sie sind fest gebucht!", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_success_word_hailing_a_hold_claims_the_hold(sentence, lang, expected):
    assert passes_in(sentence, lang) == set(expected)


@pytest.mark.parametrize(
    "sentence",
    ["Obwohl wir Ihnen den Freitag um zehn geblockt haben, ist er noch nicht gebucht.",
     "Obgleich ich den Freitag um zehn festgehalten habe, ist er noch nicht gebucht."],
)  # fmt: skip
def test_the_speakers_own_hold_conceded_is_the_hold_beside_not_booked(sentence):
    assert passes_in(sentence, "de") == HELD_NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Um ein Haar hätte das System ihn gelöscht, doch er ist weiterhin im Kalender.", "de"),
     ("It came close to being scrapped, but it's still on the books.", "en")],
)  # fmt: skip
def test_a_near_loss_with_the_booking_still_there_is_the_booking_wherever_it_is(sentence, lang):
    # "um ein Haar" names no one o'clock; "still on the books" is no appointment left unchanged
    assert passes_in(sentence, lang) == BOOKED_ANY
