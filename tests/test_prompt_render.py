"""The system prompt is rendered from the catalog, the salon file and the clock: the model knows
what day it is in Berlin, the next two weeks with their opening hours, the services with their
durations and who offers them, and the rules about held versus booked."""

from __future__ import annotations

import inspect
import itertools
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from calendar_adapter.backend import Catalog, Offering, Service, Stylist
from calendar_adapter.salon import load_salon
from prompts.render import days_table, greeting, long_date, render_system_prompt

SALON = load_salon()
CATALOG = Catalog(
    stylists=(
        Stylist(101, "fabian-spitzer", "Fabian Spitzer"),
        Stylist(102, "lena-hoffmann", "Lena Hoffmann"),
    ),
    services=(
        Service("herrenhaarschnitt", "Herrenhaarschnitt", 30),
        Service("dauerwelle", "Dauerwelle", 135),
    ),
    offerings=(
        Offering(1001, 101, "herrenhaarschnitt", 30),
        Offering(1003, 101, "dauerwelle", 135),
        Offering(2003, 102, "dauerwelle", 135),
    ),
)


def _table_days(prompt: str) -> list[str]:
    return re.findall(r"^- (\w+, \d+\. \w+ \d{4})", prompt, flags=re.MULTILINE)


def test_today_and_the_next_fourteen_days_are_in_berlin_time():
    # 23:30 UTC on Monday 23 November is already Tuesday 24 November in Berlin.
    prompt = render_system_prompt(
        salon=SALON, catalog=CATALOG, now=datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    )
    assert "Heute ist Dienstag, 24. November 2026. Es ist 00:30 Uhr (Europe/Berlin)." in prompt
    days = _table_days(prompt)
    assert len(days) == 14
    assert days[0] == "Dienstag, 24. November 2026"
    assert days[-1] == "Montag, 7. Dezember 2026"
    assert "- Dienstag, 24. November 2026 (heute): 09:00–18:00" in prompt
    assert "- Mittwoch, 25. November 2026 (morgen): 09:00–18:00" in prompt


def test_closed_days_are_marked_closed():
    table = days_table(SALON, date(2026, 11, 28))  # a Saturday
    assert table.splitlines()[:3] == [
        "- Samstag, 28. November 2026 (heute): 09:00–14:00",
        "- Sonntag, 29. November 2026 (morgen): geschlossen",
        "- Montag, 30. November 2026: geschlossen",
    ]
    assert "- Donnerstag, 3. Dezember 2026: 09:00–20:00" in table


@pytest.mark.parametrize(
    ("now", "today", "first_after_change"),
    [
        # spring forward: the night of 28/29 March 2026 loses an hour
        (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), "Samstag, 28. März 2026", "Sonntag, 29. März"),
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), "Sonntag, 29. März 2026", "Montag, 30. März"),
        # fall back: the night of 24/25 October 2026 has an extra hour
        (
            datetime(2026, 10, 24, 22, 30, tzinfo=UTC),
            "Sonntag, 25. Oktober 2026",
            "Montag, 26. Oktober",
        ),
        (
            datetime(2026, 10, 24, 21, 59, tzinfo=UTC),
            "Samstag, 24. Oktober 2026",
            "Sonntag, 25. Oktober",
        ),
    ],
)
def test_days_around_a_daylight_saving_change_are_neither_skipped_nor_doubled(
    now, today, first_after_change
):
    prompt = render_system_prompt(salon=SALON, catalog=CATALOG, now=now)
    days = _table_days(prompt)
    assert f"Heute ist {today}." in prompt
    assert days[0] == today
    assert days[1].startswith(first_after_change)
    assert len(days) == len(set(days)) == 14
    parsed = [int(d.split(", ")[1].split(".")[0]) for d in days]
    steps = {(b - a) for a, b in itertools.pairwise(parsed) if b > a}
    assert steps == {1}  # consecutive calendar days (month ends aside)


def test_services_stylists_and_hours_come_from_the_catalog_and_salon_file():
    prompt = render_system_prompt(
        salon=SALON, catalog=CATALOG, now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    )
    assert "Telefon-Rezeption von Salon Spitzer" in prompt
    assert "- Dauerwelle (135 Minuten)" in prompt
    assert "- Herrenhaarschnitt (30 Minuten)" in prompt
    assert "- Fabian Spitzer (bietet an: Herrenhaarschnitt, Dauerwelle)" in prompt
    assert "- Lena Hoffmann (bietet an: Dauerwelle)" in prompt
    assert "- Montag: geschlossen" in prompt
    assert "- Donnerstag: 09:00–20:00" in prompt
    assert "$" not in prompt  # every placeholder filled


def test_the_rules_about_held_booked_spelling_and_invented_slots_are_stated():
    prompt = render_system_prompt(
        salon=SALON, catalog=CATALOG, now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    )
    assert "reserviert (Status `held`)" in prompt
    assert "gebucht: erst wenn `book_appointment` den Status `booked` liefert" in prompt
    assert "Buchstabiere Namen" in prompt and "Telefonnummern" in prompt
    assert "Du nennst nur Termine, die ein Werkzeug gerade zurückgegeben hat" in prompt
    assert "Kurze, gesprochene Sätze" in prompt
    for status in (
        "available",
        "weekday_mismatch",
        "pending_approval",
        "not_booked",
        "unknown",
        "closed",
    ):
        assert f"`{status}`" in prompt


def test_the_english_prompt_is_rendered_too():
    prompt = render_system_prompt(
        salon=SALON,
        catalog=CATALOG,
        now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        language="en",
        caller_phone_known=False,
    )
    assert "Today is Tuesday, 24 November 2026. It is 09:00 (Europe/Berlin)." in prompt
    assert "- Dauerwelle (135 minutes)" in prompt
    assert "- Sunday: closed" in prompt
    assert "held (status `held`)" in prompt
    assert "The caller's phone number: unknown" in prompt
    assert "$" not in prompt


def test_dates_and_greeting_read_naturally():
    assert long_date(date(2026, 11, 27)) == "Freitag, 27. November 2026"
    assert long_date(date(2026, 11, 27), "en") == "Friday, 27 November 2026"
    assert greeting(SALON).startswith("Salon Spitzer, guten Tag! Sie sprechen mit")
    assert greeting(SALON).endswith("Was kann ich für Sie tun?")


def _tool_statuses() -> set[str]:
    """Every status the booking tools can return (their enum and the date checks)."""
    import typing

    from tools import dates
    from tools.status import ToolStatus

    return {s.value for s in ToolStatus} | (set(typing.get_args(dates.Status)) - {"ok"})


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_prompt_explains_every_status_the_tools_can_return(language: str):
    prompt = render_system_prompt(
        salon=SALON,
        catalog=CATALOG,
        now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        language=language,
    )
    statuses = _tool_statuses()
    assert {"held", "booked", "weekday_mismatch"} <= statuses
    missing = sorted(s for s in statuses if f"`{s}`" not in prompt)
    assert missing == []


# Two answers of `book_appointment` about an earlier attempt, and what the prompt must tell the
# model about each: the booking never left and the same slot is still held (offer to try again
# with its slot id), or an earlier attempt landed after all (speak `say`; nothing more booked).
_LOST_ANSWER_VARIANTS = {
    "de": {
        "still_held": [
            "`not_booked`",
            "weiter für den Anrufer reserviert",
            "noch einmal zu versuchen",
            "`book_appointment` mit der `slot_id` aus `still_held`",
        ],
        "landed_late": [
            "`booked`",
            "doch noch angekommen",
            "nichts zusätzlich gebucht",
            "Satz aus `say`",
            "buche nicht noch einmal",
        ],
    },
    "en": {
        "still_held": [
            "`not_booked`",
            "still held for the caller",
            "try again",
            "`book_appointment` with the `slot_id` from `still_held`",
        ],
        "landed_late": [
            "`booked`",
            "went through after all",
            "nothing else was booked",
            "`say` sentence",
            "do not book again",
        ],
    },
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_prompt_explains_what_book_appointment_answers_after_a_lost_answer(language: str):
    import tools

    source = "\n".join(
        p.read_text() for p in Path(inspect.getfile(tools)).parent.glob("*.py")
    )  # the tools package: what its results carry
    prompt = render_system_prompt(
        salon=SALON,
        catalog=CATALOG,
        now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        language=language,
    )
    booking_part = prompt[prompt.index("`book_appointment`:") : prompt.index("`release_hold`:")]
    for field, explanation in _LOST_ANSWER_VARIANTS[language].items():
        assert f'"{field}"' in source  # a field the tools really return
        [line] = [
            ln
            for ln in booking_part.splitlines()
            if f"with `{field}`" in ln or f"mit `{field}`" in ln
        ]
        missing = [words for words in explanation if words not in line]
        assert missing == [], f"{field}: {line}"


# What the prompt tells the model to say must get past the confirmation guard, and what it
# forbids while a slot is only held must be what the guard stops.
_SAY_FREELY = {
    "de": [
        "Der Termin ist frei und für Sie reserviert.",
        "Soll ich das so für Sie buchen?",
        "Das kann ich Ihnen noch nicht bestätigen.",
        "Vielen Dank für Ihren Anruf, auf Wiederhören!",
        "Berg, B-E-R-G, richtig?",
        "Das hat leider nicht geklappt, der Termin ist aber weiter für Sie reserviert.",
    ],
    "en": [
        "The slot is free and held for you.",
        "Shall I book that for you?",
        "I can't confirm that yet.",
        "Thank you for calling, goodbye!",
        "It did not go through, but the slot is still held for you.",
    ],
}
_FORBIDDEN_WHILE_HELD = {
    "de": ["gebucht", "eingetragen", "bestätigt", "fix", "gesichert", "Sie sind drin"],
    "en": ["booked", "confirmed", "you're all set", "you're in", "secured"],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_prompts_examples_agree_with_the_confirmation_guard(language: str):
    from agent.guard import classify

    prompt = render_system_prompt(
        salon=SALON,
        catalog=CATALOG,
        now=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        language=language,
    )
    for sentence in _SAY_FREELY[language]:
        assert f'"{sentence}"' in prompt
        assert classify(sentence).claims == frozenset(), sentence
    subject = "Ihr Termin ist" if language == "de" else "Your appointment is"
    for word in _FORBIDDEN_WHILE_HELD[language]:
        assert f'"{word}' in prompt
        claim = word if word.lower().startswith(("sie ", "you")) else f"{subject} {word}."
        assert classify(claim).claims, claim
