"""Self-repairs marked only by a weak word (claims121, blind 47's leftovers), read in the one place
for repairs (agent/claims/repair): after "nein", "sorry", "Verzeihung", "äh, nein", "hang on, no",
an ending of details alone replaces the opener's details of their kinds wherever they stand (the
claim stands with the corrected day); an ending with an outcome of its own, after a comma or a
colon, replaces the claim; an apology for something else, a "nein" that answers or insists, and a
denial of something else (what the caller need not pay or bring) keep the claim. Sentences in
words of neither corpus file (blind 47, probe 47b)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    HELD,
    HELD_FRIDAY,
    NOWHERE,
    passes_in,
)

HELD_NOT_YET = frozenset({"held", "pending"})  # a hold said, the booking said still to come (75)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Donnerstag halte ich Ihnen frei – Verzeihung, den Freitag um zehn.", "de", HELD_FRIDAY),
     ("Für Mittwoch sind Sie vorgemerkt, äh, nein, für Freitag um zehn.", "de", HELD_FRIDAY),
     ("Saturday is pencilled in for you – sorry, Friday at ten.", "en", HELD_FRIDAY),
     ("I'm keeping Tuesday open for you – no, Friday at ten.", "en", HELD_FRIDAY),
     ("Für Dienstag sind Sie fest eingetragen – Entschuldigung, für Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("You're confirmed for Wednesday – sorry, Friday at ten.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_day_said_before_the_verb_is_replaced_by_the_repair(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Für Freitag sind Sie fest eingetragen – Entschuldigung, für Dienstag um zehn.", "de"),
     ("You're confirmed for Friday – sorry, Tuesday at ten.", "en"),
     ("Saturday's on hold for you – pardon, Monday at nine.", "en")],
)  # fmt: skip
def test_a_repair_to_a_day_the_calendar_lacks_passes_nowhere(sentence, lang):
    assert passes_in(sentence, lang) == NOWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Gebucht ist er, äh, nein: vorgemerkt ist er für Sie.", "de", HELD),
     ("It's booked for you – hang on, no: it's only held for now, not booked yet.", "en", HELD_NOT_YET),
     ("Eingetragen, sorry, nein: der Termin ist abgesagt.", "de", CANCELLED_FRIDAY),
     ("You're in the book – no, sorry: I've cancelled it as you asked.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_weak_word_before_a_colon_and_an_outcome_takes_the_claim_back(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fest eingetragen – Entschuldigung für die lange Leitung.", "de", BOOKED_ANY),
     ("Gebucht – nein, ehrlich, daran ändert sich nichts.", "de", BOOKED_ANY),
     ("Storniert – nein, dafür berechnen wir nichts.", "de", CANCELLED_FRIDAY),
     ("Cancelled – no, you won't need to pay anything.", "en", CANCELLED_FRIDAY),
     ("Vorgemerkt – nein, bezahlen müssen Sie heute noch nichts.", "de", HELD),
     ("It's held for you – no, there's nothing you need to bring.", "en", HELD)],
)  # fmt: skip
def test_a_weak_word_that_repairs_nothing_keeps_the_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
