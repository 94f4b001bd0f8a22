"""Blind round 34's causative, repair, exception, agreement, evaluation and status-line classes
(claims76), as specifications in words of neither corpus file: an act said done through someone
made to do it; a matter made sure of and a callback asked of a stylist; a booking broken off and
repaired to a hold or to "not yet"; an exception after a claim; an agreement on the visit, bare or
asked about a slot; an exclamation with "how" / "wie"; two places joined by an arrow; and the
nearest sentences that must still pass."""

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

MOVED = {"moved"}  # moved to Thursday 27 November, 15:00, Fabian
MESSAGE = {"message"}  # a message taken for the salon in this call
HELD_NOT_BOOKED = {"held", "pending"}  # a slot kept, nothing booked
FRIDAY_TEN_KEPT_OR_FREE = BOOKED_FRIDAY | {"held", "pending", "cancelled", "moved"}
NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Wir haben Ihren Termin von der Kollegin eintragen lassen.", "de", BOOKED_ANY),
     ("I had the receptionist book you in.", "en", BOOKED_ANY),
     ("Ich habe die Buchung vom Empfang streichen lassen.", "de", CANCELLED_FRIDAY),
     ("I got the salon to move you to Thursday.", "en", MOVED)],
)  # fmt: skip
def test_an_act_said_done_through_someone_made_to_do_it_is_the_act(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich lasse den Termin gleich anlegen.", "de"),
     ("I'll have reception book you in.", "en"),
     ("I had time to book it.", "en")],
)  # fmt: skip
def test_a_causative_to_come_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich sorge dafür, dass das Team Bescheid weiß.", "de", MESSAGE),
     ("I'll make sure the team hears about it.", "en", MESSAGE),
     ("Ich habe Fabian gebeten, Sie heute noch zurückzurufen.", "de", MESSAGE | {"unknown"})],
)  # fmt: skip
def test_a_matter_made_sure_of_or_a_callback_asked_is_the_follow_up(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Das ist eingetr… also, nur vorgemerkt.", "de", HELD),  # conventions 124, 150, 460
     ("Das ist eingetr… also, vorgemerkt, noch nicht fest.", "de", HELD_NOT_BOOKED),
     ("You're conf— sorry, not yet.", "en", NOT_BOOKED),
     ("Vorgem… nein, fest eingetragen.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_booking_broken_off_is_read_by_what_the_speaker_ends_on(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's booked, unless you'd like a different stylist.", "en", BOOKED_ANY),
     ("Eingetragen, es sei denn, Sie möchten doch zu Lena.", "de", BOOKED_ANY),
     ("I'll book you in unless you say no.", "en", EVERYWHERE),
     # convention 670 (claims100): the act announced on its slot, not booked yet
     ("Ich trage Sie am Freitag um zehn ein, es sei denn, Sie möchten einen anderen Tag.", "de",
      FRIDAY_TEN_KEPT_OR_FREE - BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_exception_after_a_claim_leaves_it_standing_without_its_details(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Dann verbleiben wir so: Freitag, 10 Uhr.", "de", BOOKED_FRIDAY),
     ("That's all settled: Friday at ten.", "en", BOOKED_FRIDAY),
     ("It's a deal, then.", "en", SUCCESS),
     ("Shall we go for Friday at ten?", "en", FRIDAY_TEN_KEPT_OR_FREE),
     ("Wollen wir Freitag um zehn vereinbaren?", "de", FRIDAY_TEN_KEPT_OR_FREE),
     ("Do we have an agreement?", "en", EVERYWHERE),
     ("Once we're settled on a day, I'll book it.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_agreement_on_the_visit_is_the_booking_and_asked_about_a_slot_offers_it(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("How wonderful that it all went through!", "en", SUCCESS),
     ("Wie toll, dass wir Sie auf Donnerstag um drei verlegen konnten!", "de", MOVED),
     ("How lovely that you rang!", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_exclamation_with_how_says_its_that_clause(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_search_for_the_word_set_off_by_commas_changes_no_claim():
    assert passes_in("Er ist, wie sagt man, abgesagt.", "de") == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fr. 10 Uhr → Do. 15 Uhr", "de", MOVED),
     ("Fri 10 am → Sat 11 am", "en", NEVER),
     ("Es ist leider bis jetzt nichts gebucht.", "de", NOT_BOOKED),
     ("Status: nicht bestätigt", "de", NOT_BOOKED | {"unknown"}),  # 731: no confirmation came
     ("Status: ⏳ wartet auf die Bestätigung vom Team", "de", {"pending"}),
     ("Sadly nothing has been entered so far.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_status_lines_and_regrets_say_their_state(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
