"""Blind round 21's families (claims35): talk around a tool and its answer read out, the caller's
question echoed and answered in short, a booking said true once a condition is met, moves said by
what the day became or how it travelled, households said together, denials denied, regional
German and a learner's English, records set with arrows, brackets and emoji, very short replies
and goodbyes, and the nearest sentences that must keep passing. Sentences in words of neither
corpus file."""

from __future__ import annotations

import sys

import pytest

from agent.claims import decide
from agent.claims.memo import forget
from agent.claims.reworded import reworded
from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in
from tests.corpus.claims_corpus import facts

NOT_BOOKED = EVERYWHERE - BOOKED_ANY - {"unknown"}  # 671: an open outcome may be booked
SUCCESS = BOOKED_ANY | {"cancelled"}  # the call's latest outcome is a success


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Rückgabe des Systems: ok.", "de", EVERYWHERE),  # no label the reader knows: left alone
     ("Antwort vom System: erfolgreich.", "de", SUCCESS),
     ("Output: true.", "en", SUCCESS),
     ("Reply: booking created.", "en", BOOKED_ANY),
     ("Ergebnis: Termin angelegt.", "de", BOOKED_ANY),
     ("Result: 0 open slots on Monday.", "en", EVERYWHERE),
     ("Filter gesetzt, ich suche jetzt.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_tool_answer_read_out_is_what_it_states(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


def test_a_screen_showing_a_free_slot_offers_it_and_books_nothing():
    where = _passes_in("Der Kalender zeigt: Samstag um elf ist bei Lena frei.", "de")
    assert "offered" in where and "nothing" not in where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Sie wollten wissen, ob der Termin fest ist – ja, ist er.", "de", BOOKED_ANY),
     # "it is confirmed" with a pronoun and nothing named is the bare success (convention 34)
     ("You were asking whether it's confirmed – yes, it is.", "en", SUCCESS),
     ("Sie fragen, ob Sie schon eingetragen sind – nein, noch nicht.", "de", NOT_BOOKED),
     ("You asked if you're booked yet – no, not yet.", "en", NOT_BOOKED),
     ("You asked 'is it booked?' – yes, definitely.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_question_answered_in_short_is_what_the_answer_says(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie sagten ja, der Vormittag passt Ihnen besser.", "de"),
     ("You told me Monday suits you.", "en"),
     ("Sie fragen, ob Lena samstags arbeitet – ja, tut sie.", "de")],
)  # fmt: skip
def test_the_callers_words_reported_or_a_question_of_no_booking_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_an_answer_that_is_a_question_is_not_read_as_an_answer():
    assert reworded("Sie fragen, ob der Termin gebucht ist – meinen Sie den Freitag?", "de") is None


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Sobald Fabian zusagt, sind Sie drin.", "de", NOT_BOOKED),
     ("Mit Ihrer Bestätigung ist der Termin fix.", "de", NOT_BOOKED),
     ("Provided the slot is still free, you're in.", "en", NOT_BOOKED),
     ("Sobald der Termin gebucht ist, bekommen Sie eine SMS.", "de", EVERYWHERE),
     ("If you like, I'll put you in.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_booking_said_true_once_a_condition_holds_is_not_booked_yet(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Nun ist es Donnerstag geworden, nicht mehr Freitag.", "de", None),
     ("Donnerstag ist es nun geworden, nicht mehr Freitag.", "de", {"moved"}),
     ("Now it's Thursday instead of Friday, sorted.", "en", {"moved"}),
     ("Your booking has slid over to Thursday.", "en", {"moved"}),
     ("Instead of Friday, I could do Thursday.", "en", None)],
)  # fmt: skip
def test_a_move_said_by_what_the_day_became_or_how_it_travelled(sentence, lang, where):
    if where is None:  # word orders the class does not take, and an offer: not read as a move
        assert reworded(sentence, lang) is None
    else:
        assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Sie sind jetzt beide eingetragen.", "de", None),
     ("Sie sind beide gebucht.", "de", {"two"}),
     ("You're both booked.", "en", {"two"}),
     ("Ich habe Ihren und den Termin Ihres Mannes storniert.", "de", set())],
)  # fmt: skip
def test_a_household_said_together_is_both_appointments(sentence, lang, where):
    if where is None:
        assert reworded(sentence, lang) is None  # "jetzt" between: the narrow pattern stops
    else:
        assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("No way it's not confirmed – it is.", "en", SUCCESS),  # convention 34, as above
     ("Nicht dass Sie glauben, er sei schon fest – ist er nicht.", "de", NOT_BOOKED),
     ("Fester geht's nicht!", "de", BOOKED_ANY),
     ("You can't get any more booked than this.", "en", BOOKED_ANY),
     ("A request isn't a booking here.", "en", EVERYWHERE),
     ("Nothing has changed about your appointment, don't worry.", "en", {"booked", "two", "no_sms"})],
)  # fmt: skip
def test_denials_denied_comparisons_and_rules(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Isch fix.", "de", BOOKED_ANY),
     ("Is no ned fest.", "de", NOT_BOOKED),
     ("Hamma auf'n Samstag gschobe.", "de", set()),  # a move to Saturday: no state has one
     ("Isch hab Se eingetragen.", "de", BOOKED_ANY),  # the Rhenish "ich", not "ist"
     ("I have book you, no problem.", "en", BOOKED_ANY),
     ("Your booking is cancel.", "en", {"cancelled"}),
     ("You are not booking yet, sorry.", "en", NOT_BOOKED),
     ("I have to cancel something else first.", "en", EVERYWHERE)],
)  # fmt: skip
def test_regional_german_and_a_learners_english(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("🗓️ Freitag 10:00 · Fabian → bestätigt", "de", BOOKED_FRIDAY),
     ("[confirmed] Fri 10:00–12:15, Fabian", "en", BOOKED_FRIDAY),
     ("Freitag 10:00 → Donnerstag 15:00 (verschoben)", "de", {"moved"}),
     ("Free: *Sat 11:00* (Lena)", "en", {"offered", "two"}),  # "two" has it for the caller
     ("Freitag 10:00 → Donnerstag 15:00?", "de", EVERYWHERE)],
)  # fmt: skip
def test_records_set_with_typography(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Leider noch nicht drin.", "de", NOT_BOOKED),
     ("You're not in yet, sorry.", "en", NOT_BOOKED),
     ("Done – yep.", "en", SUCCESS),
     ("Haben wir, erledigt.", "de", SUCCESS),
     ("Gut, bis später!", "de", EVERYWHERE),
     ("Dann bis Freitag!", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_very_short_replies_and_goodbyes(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


def test_a_reworded_sentence_is_blocked_as_a_whole():
    d = decide("Is gebongt.", facts("nothing", "de"))
    assert not d.passes and all((c.start, c.end) == (0, len("Is gebongt.")) for c in d.unbacked)


def test_a_sentence_is_reworded_once_even_if_its_rewording_would_change_again(monkeypatch):
    """decide() reads the standard wording itself, not its rewording again: no chain of rewordings."""
    decide_module = sys.modules["agent.claims.decide"]  # the module, not the function of that name
    seen: list[str] = []

    def ever_new(text: str, lang: str) -> str:
        seen.append(text)
        return text.replace("gebongt", "gebucht") + " Ja."

    monkeypatch.setattr(decide_module, "reworded", ever_new)
    forget()  # a reading kept from an earlier test was reworded by the real function
    d = decide("Is gebongt.", facts("nothing", "de"))
    assert seen == ["Is gebongt."]
    assert not d.passes and all((c.start, c.end) == (0, len("Is gebongt.")) for c in d.unbacked)
