"""Blind round 46 (claims114): a model's tool talk read as the claims it states. Status lines,
JSON and tool names read aloud are the state they name; the system's, the calendar's or the
tool's word is the speaker's claim; the act narrated with the tool's verbs is the booking still to
come (its slot offered when named, nothing claimed when not); a lookup's find is the caller's
appointment. Sentences in words of neither corpus file (blind 46, probe 46)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

UNCONFIRMED = EVERYWHERE - BOOKED_ANY  # 731: no confirmation came, an open outcome included
# convention 670: the named slot offered (kept for the caller or set free again), not booked yet
OFFERED_FRIDAY = frozenset({"cancelled", "held", "moved", "pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Termin-Status: gebucht.", "de", BOOKED_ANY),
     ("appointment_status = confirmed", "en", BOOKED_ANY),
     ('{"result": "ok"}', "en", SUCCESS),
     ("Ergebnis = erfolgreich.", "de", SUCCESS),
     ("reserve_slot returned ok.", "en", HELD),
     ("Reservierungsstatus: reserviert.", "de", HELD),
     ("Buchungsstatus: pending_approval.", "de", frozenset({"pending"})),
     ("cancel_appointment returned cancelled.", "en", frozenset({"cancelled"})),
     ("Status: not_booked, Sie sind also nicht eingetragen.", "de", NOT_BOOKED),
     ("Status: accepted – Ihr Termin am Freitag um zehn steht.", "de", BOOKED_FRIDAY),
     ("Status: pending.", "en", EVERYWHERE),
     ("Status: unknown.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_status_line_read_aloud_claims_the_state_it_names_a_bare_open_one_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Laut Kalender ist Ihr Termin bestätigt.", "de", BOOKED_ANY),
     ("According to the calendar, your appointment is cancelled.", "en", frozenset({"cancelled"})),
     ("The system tells me you're booked.", "en", BOOKED_ANY),
     ("Das System meldet: Ihr Termin ist storniert.", "de", frozenset({"cancelled"})),
     ("The tool reported success.", "en", SUCCESS),
     ("The calendar hasn't confirmed your booking yet.", "en", UNCONFIRMED),
     ("Der Kalender braucht gerade etwas länger.", "de", EVERYWHERE),
     ("The system is still working on it.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_systems_word_is_the_speakers_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich schicke jetzt Freitag um zehn bei Fabian ab.", "de", OFFERED_FRIDAY),
     ("Let me just lock in Friday at ten for you.", "en", OFFERED_FRIDAY),
     ("Let me lock in Saturday at eleven.", "en", frozenset({"offered"})),  # the tools offered it
     ("I'm sending it through now, one moment.", "en", EVERYWHERE),
     ("Einen Augenblick, ich übermittle die Daten.", "de", EVERYWHERE),
     ("Hold on, I'm checking the calendar.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_act_narrated_in_tool_words_offers_its_slot_or_claims_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("find_my_appointments returned: Friday, 10 a.m., Fabian.", "en", BOOKED_FRIDAY),
     ("find_my_appointments liefert: nichts gefunden.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_lookup_read_aloud_names_the_callers_appointment_or_reports_a_search(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected
