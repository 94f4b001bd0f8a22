"""Issue 11's leftovers after round 16, closed as classes, with their limits.

Two clock times side by side with nothing marking a correction or a choice, at most an hour
apart, are the window between them in every clock form (Viertel, halb, dreiviertel, minutes
before or after the hour, words, digits, the 24-hour clock, English "quarter past three, half
three", "3 pm, 3:30 pm"), as round 15 decided for "um drei, halb vier"; a correction keeps the
last ("um drei, nee, halb vier"), "oder" and "und" ask, and so do three times, times more than an
hour apart and a time outside a bound said with it ("ab drei, um zwei").

One stylist named and another negated in the same breath ("Fabian, doch nicht Sophie", "nicht
Sophie, Fabian", "Fabian statt Sophie", "Fabian, not Sophie", "rather Fabian than Sophie",
"lieber Fabian als Sophie", "Fabian but not Sophie"): the negated one is excluded and the other
answered; with nothing kept ("Sophie, doch nicht", "nicht Sophie"), with "oder", or where "no"
may be a correction or an exclusion ("Fabian, no Sophie"), asked."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = datetime(2030, 9, 17, 10, 0, tzinfo=BERLIN)  # Thu 19.9. open 09-20, Fri 20.9. 09-18


def _answer(check) -> str:
    if check.status != "ok":
        return check.status
    if check.start_local is not None:
        return check.start_local.strftime("%H:%M")
    assert check.window is not None, check
    lo, hi = check.window
    return f"{lo:%H:%M}-{hi:%H:%M}"


@pytest.mark.parametrize(
    ("time", "window"),
    [
        ("Viertel nach drei, halb vier", "15:15-15:30"),
        ("viertel vier, halb vier", "15:15-15:30"),  # regional "viertel vier": 15:15
        ("dreiviertel drei, drei", "14:45-15:00"),
        ("halb vier, Viertel vor vier", "15:30-15:45"),
        ("zehn vor drei, drei", "14:50-15:00"),
        ("kurz nach drei, halb vier", "15:00-15:30"),
        ("um drei Uhr, vier Uhr", "15:00-16:00"),
        ("15 Uhr, 15:30", "15:00-15:30"),
        ("fünfzehn Uhr, fünfzehn Uhr dreißig", "15:00-15:30"),
        ("quarter past three, half three", "15:15-15:30"),  # British "half three": 15:30
        ("half past three, four", "15:30-16:00"),
        ("3 pm, 3:30 pm", "15:00-15:30"),
        ("ten to three, three", "14:50-15:00"),
    ],
)
def test_two_clock_times_side_by_side_are_the_window_between_them(time, window):
    assert _answer(check_request(SALON, TUESDAY, "Donnerstag", time, None, 30)) == window


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("Donnerstag Viertel nach drei, halb vier", "15:15-15:30"),
        ("Freitag drei, Viertel nach drei", "15:00-15:15"),  # a lone hour after the weekday
        ("Freitag 10, 10:30", "10:00-10:30"),
        ("Saturday quarter past ten, half ten", "10:15-10:30"),
    ],
)
def test_the_window_holds_with_the_day_in_the_same_phrase(said, window):
    assert _answer(check_request(SALON, TUESDAY, said, None, None, 30)) == window


@pytest.mark.parametrize(
    ("time", "answer"),
    [
        ("um drei, nee, halb vier", "15:30"),  # a correction: the last
        ("Viertel nach drei, ich meine halb vier", "15:30"),
        ("quarter past three, no, half three", "15:30"),
        ("15 Uhr, 15 Uhr", "15:00"),  # the same time twice
        ("drei Uhr, also fünfzehn Uhr", "15:00"),
        ("Viertel nach drei oder halb vier", "ambiguous_time"),  # a choice
        ("um drei und um halb vier", "invalid_time"),
        ("um drei, um fünf", "ambiguous_time"),  # two hours apart
        ("Viertel nach drei, halb fünf", "ambiguous_time"),  # 75 minutes apart
        ("um drei, also halb vier", "ambiguous_time"),  # restated or corrected? asked
        ("zwischen drei und vier, halb fünf", "invalid_time"),  # outside the span said
        ("ab drei, um zwei", "invalid_time"),
        ("zwischen drei und fünf, um vier", "16:00"),  # inside it
    ],
)
def test_corrections_choices_and_times_apart_are_not_a_window(time, answer):
    assert _answer(check_request(SALON, TUESDAY, "Donnerstag", time, None, 30)) == answer


def _stylist(said: str) -> str:
    m = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    return m.stylist.name if m.status == "ok" and m.stylist else m.status


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Fabian, doch nicht Sophie", "Fabian Spitzer"),
        ("nicht Sophie, Fabian", "Fabian Spitzer"),
        ("doch nicht Sophie, Fabian", "Fabian Spitzer"),
        ("not Sophie, Fabian please", "Fabian Spitzer"),
        ("Fabian statt Sophie", "Fabian Spitzer"),
        ("statt Sophie, Fabian bitte", "Fabian Spitzer"),
        ("Fabian, not Sophie", "Fabian Spitzer"),
        ("Fabian but not Sophie", "Fabian Spitzer"),
        ("rather Fabian than Sophie", "Fabian Spitzer"),
        ("I'd rather have Fabian than Sophie", "Fabian Spitzer"),
        ("lieber Fabian als Sophie", "Fabian Spitzer"),
        ("Sophie lieber als Fabian", "Sophie Brandt"),
        ("nicht Lea, Lena", "Lena Hoffmann"),  # sound-alikes: the negated one is out
        ("rather Lea than Lena", "Lea Hofmann"),
        # "nicht" before a comma that names nobody excludes nobody there: the first wish counts
        ("die Sophie, wenn die nicht kann, dann der Fabian", "Sophie Brandt"),
    ],
)
def test_the_negated_stylist_is_excluded_and_the_other_answered(said, name):
    assert _stylist(said) == name


@pytest.mark.parametrize(
    "said",
    [
        "Sophie, doch nicht",  # taken back, nobody instead
        "nicht Sophie",  # whoever else: asked with them
        "rather not Sophie",
        "Fabian oder Sophie",
        "lieber Fabian oder Sophie",
        "nicht Sophie, nicht Fabian",
        "nicht Sophie, Lena oder Lea",
        "Fabian, no Sophie",  # "no, Sophie" (a correction) or "not Sophie"? asked
    ],
)
def test_with_nobody_or_several_kept_the_stylist_is_asked(said):
    assert _stylist(said) == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("nicht Strähnchen, Färben", "faerben"),  # a comma ends what "nicht" rules out
        ("not highlights, colour", "faerben"),
        ("Färben statt Strähnchen", "faerben"),
        ("colour instead of highlights", "faerben"),
        ("lieber Färben als Strähnchen", "faerben"),
        ("Strähnchen lieber als Färben", "straehnchen"),
        ("rather colour than highlights", "faerben"),
        ("Färben oder Strähnchen", "ambiguous_service"),
        ("nicht Strähnchen, nicht Färben", "unknown_service"),  # nothing wanted: asked
    ],
)
def test_a_negated_service_is_excluded_the_same_way(said, slug):
    m = resolve_service(CATALOG, said, SALON)
    assert (m.service.slug if m.status == "ok" and m.service else m.status) == slug
