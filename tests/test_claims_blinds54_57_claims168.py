"""claims168's classes (issue 9, blinds 54 and 57), in words of neither corpus file.

After a claim, a detail repaired without a verb ("Verzeihung, bei Fabian natürlich, nicht bei
Lena.") says the claim again with the repaired detail, and "Es ist …" / "It's still …" goes on
about the appointment the sentence before booked or moved: each is checked against the calendar
like the sentence before, and claims nothing when that sentence claimed nothing. A stylist coping
with the caller's hair on a named day, and the instruction said before applied to a named day
("Für Freitag gilt dasselbe: …"), presuppose the visit that day; the same words without a day of
the caller's, or about the salon's hours, claim nothing."""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import decide
from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    HELD_FRIDAY,
    NOWHERE,
    passes_in,
)
from tests.corpus.claims_corpus import STATES, facts


def passes_after(sentence: str, before: str, lang: str) -> frozenset[str]:
    """The states in which `sentence` passes, said right after the receptionist's `before`."""
    return frozenset(
        s
        for s in STATES
        if decide(sentence, dataclasses.replace(facts(s, lang), said_before=before)).passes
    )


HOLD_DE = "Freitag um zehn bei Lena ist für Sie reserviert."
HOLD_EN = "Friday at ten with Lena is on hold for you."
BOOKED_DE = "Ihr Termin am Freitag ist eingetragen."
MOVED_EN = "Your appointment has been moved to Thursday at three."


@pytest.mark.parametrize(
    ("sentence", "before", "lang", "expected"),
    [("Verzeihung, bei Fabian natürlich, nicht bei Lena.", HOLD_DE, "de", HELD_FRIDAY),
     ("Verzeihung, bei Mehmet natürlich, nicht bei Lena.", HOLD_DE, "de", NOWHERE),
     ("Sorry, with Fabian of course, not Lena.", HOLD_EN, "en", HELD_FRIDAY),
     ("Sorry, with Mehmet of course, not Lena.", HOLD_EN, "en", NOWHERE)],
)  # fmt: skip
def test_a_detail_repaired_without_a_verb_says_the_claim_before_again(
    sentence, before, lang, expected
):
    assert passes_after(sentence, before, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "before", "lang", "expected"),
    [("Es ist eine Dauerwelle.", BOOKED_DE, "de", BOOKED_ANY),
     ("Es ist eine Bartpflege.", BOOKED_DE, "de", NOWHERE),
     ("It's still with Fabian.", MOVED_EN, "en", BOOKED_ANY),
     ("It's still with Mehmet.", MOVED_EN, "en", NOWHERE)],
)  # fmt: skip
def test_it_is_said_on_of_the_appointment_before(sentence, before, lang, expected):
    assert passes_after(sentence, before, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "before", "lang"),
    [("Verzeihung, bei Fabian natürlich, nicht bei Lena.", "Ich schaue kurz im Kalender nach.",
      "de"),
     ("Sorry, with Fabian of course, not Lena.", "Let me check the calendar.", "en"),
     ("Es ist eine Dauerwelle.", "Ich schaue kurz nach.", "de"),
     ("Es ist leider schon spät.", BOOKED_DE, "de"),
     ("It's still raining here.", "Let me check.", "en")],
)  # fmt: skip
def test_without_a_claim_before_or_a_detail_they_claim_nothing(sentence, before, lang):
    assert passes_after(sentence, before, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Kein Problem, Fabian kommt am Freitag auch mit kurzen Haaren zurecht.", "de",
      "Meine Haare sind sehr kurz.", BOOKED_FRIDAY),
     ("Kein Problem, Mehmet kommt am Mittwoch auch mit kurzen Haaren zurecht.", "de",
      "Meine Haare sind sehr kurz.", NOWHERE),
     ("No problem, Fabian will manage on Friday.", "en", "My hair is very short.",
      BOOKED_FRIDAY),
     ("No problem, Fabian will manage on Wednesday.", "en", "My hair is very short.", NOWHERE),
     ("Für Freitag gilt dasselbe: bitte ohne Haarspray kommen.", "de", "Und am Freitag?",
      BOOKED_FRIDAY),
     ("Für Mittwoch gilt dasselbe: bitte ohne Haarspray kommen.", "de", "Und am Mittwoch?",
      NOWHERE),
     ("The same goes for Friday: no hairspray, please.", "en", "And Friday?", BOOKED_FRIDAY),
     ("The same goes for Wednesday: no hairspray, please.", "en", "And Wednesday?", NOWHERE)],
)  # fmt: skip
def test_coping_on_the_day_and_the_same_instruction_for_a_day_claim_the_visit(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Fabian kommt mit kurzen Haaren gut zurecht.", "de", "Meine Haare sind sehr kurz."),
     ("Fabian can handle it on Fridays.", "en", "My hair is very short."),
     ("Für Samstag gilt dasselbe, da haben wir bis achtzehn Uhr geöffnet.", "de",
      "Und samstags?"),
     ("The same goes for Saturday, we're open until six.", "en", "And Saturdays?")],
)  # fmt: skip
def test_without_a_day_or_about_the_hours_they_claim_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


OFFERED_SATURDAY = frozenset({"offered", "two"})  # Saturday offered by the tools, or the second


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Saturday isn't held, so it stays open for other clients.", "en"),
     ("Den Samstag habe ich nicht reserviert, er bleibt frei.", "de")],
)  # fmt: skip
def test_the_day_a_hold_is_denied_for_said_to_stay_free_is_that_day_free(sentence, lang):
    assert passes_in(sentence, lang, "Und Samstag?") == OFFERED_SATURDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Saturday isn't held, and that's all for now.", "en"),
     ("Den Samstag habe ich nicht reserviert, wie Sie wollten.", "de")],
)  # fmt: skip
def test_the_hold_denied_alone_claims_no_free_day(sentence, lang):
    assert passes_in(sentence, lang, "Und Samstag?") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Übrigens, der reservierte Platz wird in zehn Minuten wieder frei.", "de"),
     ("Just so you know, the held spot will be released in ten minutes.", "en")],
)  # fmt: skip
def test_the_held_place_free_again_in_a_span_to_come_is_the_callers_hold(sentence, lang):
    assert passes_in(sentence, lang, "Ich überlege noch.") == HELD


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ein reservierter Platz wird nach zehn Minuten wieder frei.", "de"),
     ("A held spot is released after ten minutes.", "en")],
)  # fmt: skip
def test_the_rule_for_every_held_place_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang, "Wie lange halten Sie einen Platz?") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nein, der Freitag ist also nicht weg.", "de", BOOKED_FRIDAY),
     ("Nein, der Mittwoch ist also nicht weg.", "de", NOWHERE),
     ("Don't worry, Friday isn't gone.", "en", BOOKED_FRIDAY),
     ("Keine Sorge, Ihr Schirm ist nicht weg.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_appointment_said_not_gone_stands(sentence, lang, expected):
    assert passes_in(sentence, lang, "Ist mein Termin noch da?") == expected


SEARCH_DE = "Einen Moment, ich suche Ihren Termin."
SEARCH_EN = "One moment, I'm looking up your appointment."


@pytest.mark.parametrize(
    ("sentence", "before", "lang", "expected"),
    [("Freitag, 10 Uhr, bei Fabian.", SEARCH_DE, "de", BOOKED_FRIDAY),
     ("Mittwoch, 10 Uhr, bei Fabian.", SEARCH_DE, "de", NOWHERE),
     ("Friday, 10 a.m., with Fabian.", SEARCH_EN, "en", BOOKED_FRIDAY),
     ("Wednesday, 10 a.m., with Fabian.", SEARCH_EN, "en", NOWHERE),
     ("Freitag, 10 Uhr, bei Fabian.", "Ich schaue, was frei ist.", "de", EVERYWHERE),
     ("Friday, 10 a.m., with Fabian.", "Let me see what's free.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_bare_slot_after_a_search_for_the_appointment_is_the_one_found(
    sentence, before, lang, expected
):
    assert passes_after(sentence, before, lang) == expected
