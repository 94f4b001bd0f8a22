"""The rules blind round 45's misses led to (helper when63), in words of neither the round nor its
labels. An hour broken off and said again whole is the whole time; the English "half <hour>" after
a German clock word in a German call is asked with both readings; the English "morning" runs to
noon; the stretch the caller is free in, said by its start and end, must hold the whole service;
the caller's usual time and this time's difference give the time; "und zwar" joins nothing; "so
bald wie möglich" within a stretch of days is its first open day; the clocks change in the night,
so their Sunday is already after the change; the Sunday after Easter has its name; a stylist
pointed at by the last visit is asked who. Beside each rule, the nearest phrases that must stay as
they were."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, SALON, check, when
from tests.understanding_support import stylist_status as stylist
from tools.dates import check_request

# Wednesday 5 March 2053, 10:40 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14)
WEDNESDAY = datetime(2053, 3, 5, 10, 40, tzinfo=BERLIN)
on_wednesday = partial(when, now=WEDNESDAY)
# Saturday 29 March 2053, 11:05: the clocks go forward in the coming night; Easter is 6 April
SATURDAY = datetime(2053, 3, 29, 11, 5, tzinfo=BERLIN)


def english(said: str, now: datetime = WEDNESDAY, minutes: int = 30):
    return check_request(SALON, now, said, None, None, minutes, "en")


def options(answer) -> list[str]:
    return [o.get("time") or o.get("date") for o in answer.options]


# -- an hour broken off, then said whole (W34) ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag um zwei zwei Uhr dreißig", "2053-03-07 14:30"),
        ("Freitag gegen vier, vier Uhr fünfzehn", "2053-03-07 16:15"),
        ("Donnerstag so um zehn, ähm, zehn Uhr vormittags", "2053-03-06 10:00"),
        ("Freitag so um elf, elf Uhr", "2053-03-07 11:00"),
    ],
)
def test_an_hour_broken_off_and_said_again_whole_is_the_whole_time(said, expected):
    assert on_wednesday(said) == expected


def test_an_hour_said_again_with_its_minutes_is_that_time_in_both_languages():
    assert english("Friday at ten, ten thirty").start_local.strftime("%H:%M") == "10:30"
    assert on_wednesday("Freitag um zehn, zehn dreißig") == "2053-03-07 10:30"
    assert english("Friday at ten ten").start_local.strftime("%H:%M") == "10:10"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag um viertel nach, äh, viertel nach zehn", "2053-03-07 10:15"),
        ("Freitag um zehn vor, ähm, zehn vor drei", "2053-03-07 14:50"),
    ],
)
def test_the_minutes_and_their_side_said_twice_are_said_once(said, expected):
    assert on_wednesday(said) == expected


def test_two_different_times_side_by_side_stay_the_window_between_them():
    assert on_wednesday("Freitag so um elf, halb zwölf") == "2053-03-07 11:00-11:30"
    assert on_wednesday("Freitag um 15 Uhr, 15:30") == "2053-03-07 15:00-15:30"


def test_a_time_corrected_after_a_pause_is_the_correction():
    assert on_wednesday("Freitag um neun, äh, halb zehn") == "2053-03-07 09:30"


# -- English "half <hour>" after a German clock word (W32) ------------------------------------


@pytest.mark.parametrize(
    ("said", "both"),
    [("am Friday um half three", ["14:30", "15:30"]), ("Freitag um half ten", ["09:30", "10:30"])],
)
def test_english_half_after_a_german_clock_word_is_asked_with_both_readings(said, both):
    answer = check(said, now=WEDNESDAY)
    assert answer.status == "ambiguous_time"
    assert sorted(options(answer)) == both


def test_english_half_in_an_english_call_is_the_british_half_past():
    assert english("Friday at half three").start_local.strftime("%H:%M") == "15:30"


def test_english_half_without_a_german_clock_word_and_the_german_forms_stay_as_read():
    assert on_wednesday("Freitag, half three") == "2053-03-07 15:30"
    assert on_wednesday("Freitag um half past three") == "2053-03-07 15:30"
    assert on_wednesday("Freitag um halb drei") == "2053-03-07 14:30"


# -- the English morning runs to noon (W33) ---------------------------------------------------


@pytest.mark.parametrize("said", ["Samstag in the morning", "Samstag vormittags"])
def test_the_morning_said_on_that_weekday_before_noon_asks_today_or_next_week(said):
    answer = check(said, now=SATURDAY)
    assert answer.status == "ambiguous_date"
    assert {date(2053, 3, 29), date(2053, 4, 5)} <= {date.fromisoformat(d) for d in options(answer)}


def test_the_german_early_morning_keeps_its_end_at_eleven():
    assert when("Samstag morgens", now=SATURDAY) == "2053-04-05 09:00-11:00"


# -- a stretch the caller is free in, by its start and end (W35) ------------------------------


@pytest.mark.parametrize(
    "said",
    ["Freitag hab ich von zwei bis vier Zeit", "Freitag zwischen zwei und vier bin ich frei"],
)
def test_a_free_stretch_holding_one_start_for_the_service_is_that_start(said):
    assert when(said, now=WEDNESDAY, minutes=120) == "2053-03-07 14:00"


def test_a_free_stretch_in_english_holds_the_whole_service():
    answer = english("Friday I'm free from two until four", minutes=120)
    assert answer.start_local.strftime("%Y-%m-%d %H:%M") == "2053-03-07 14:00"
    shorter = english("Friday I'm free from two until four", minutes=30)
    assert shorter.window[1].strftime("%H:%M") == "15:30"


def test_a_window_asked_of_the_salon_or_said_plainly_stays_a_window_of_starts():
    for said in ("haben Sie Freitag zwischen zwei und vier was frei", "Freitag von zwei bis vier"):
        assert when(said, now=WEDNESDAY, minutes=120) == "2053-03-07 14:00-16:00"


def test_done_by_a_time_after_closing_leaves_the_one_start_before_closing():
    saturday = datetime(2053, 3, 12, 10, 40, tzinfo=BERLIN)
    said = "Samstag nachmittag, bis vier muss ich fertig sein"
    assert when(said, now=saturday, minutes=120) == "2053-03-15 12:00"


# -- the usual time and this time's difference; "und zwar" (W36) ------------------------------


def test_the_usual_time_moved_by_this_times_difference_is_the_time():
    said = "normalerweise komm ich um neun, diesmal zwei Stunden später, am Freitag"
    assert on_wednesday(said) == "2053-03-07 11:00"
    said = "sonst bin ich immer um halb drei da, diesmal lieber eine halbe Stunde früher, Freitag"
    assert on_wednesday(said) == "2053-03-07 14:00"
    usual = english("I usually come at nine but this time an hour later, Friday")
    assert usual.start_local.strftime("%H:%M") == "10:00"


def test_a_difference_from_a_usual_time_not_said_or_hedged_stays_asked():
    assert check("am Freitag eine Stunde später als sonst", now=WEDNESDAY).status == "invalid_date"
    hedged = "normalerweise um zehn, diesmal vielleicht eine Stunde später, Freitag"
    assert check(hedged, now=WEDNESDAY).status == "invalid_date"


def test_und_zwar_introduces_the_wish_and_joins_no_two_days():
    assert on_wednesday("ich brauch nen Termin und zwar am Freitag um zehn") == "2053-03-07 10:00"
    assert check("Freitag und Samstag", now=WEDNESDAY).status == "invalid_date"


# -- as soon as possible within a stretch of days (W37) ---------------------------------------


@pytest.mark.parametrize(
    "said", ["so bald wie möglich nächste Woche", "nächste Woche so früh wie möglich"]
)
def test_as_soon_as_possible_within_a_week_is_its_first_open_day(said):
    answer = check(said, now=WEDNESDAY)
    assert (answer.status, answer.day, answer.earliest) == ("ok", date(2053, 3, 11), True)


def test_any_day_of_the_week_stays_a_question():
    assert check("nächste Woche, egal wann", now=WEDNESDAY).status == "ambiguous_date"


# -- the clock change in the night; the Sunday after Easter (W38) -----------------------------


def test_tomorrow_after_the_clock_change_said_the_day_before_is_its_sunday():
    answer = check("morgen nach der Zeitumstellung", now=SATURDAY)
    assert (answer.status, answer.day) == ("closed", date(2053, 3, 30))
    assert when("Dienstag nach der Zeitumstellung", now=SATURDAY) == "2053-04-01"


@pytest.mark.parametrize("said", ["am Weißen Sonntag", "Weißer Sonntag"])
def test_white_sunday_is_the_sunday_after_easter(said):
    answer = check(said, now=SATURDAY)
    assert (answer.status, answer.day) == ("closed", date(2053, 4, 13))


def test_the_saturday_before_white_sunday_is_open():
    assert when("Samstag vor dem Weißen Sonntag", now=SATURDAY) == "2053-04-12"


# -- names: the stylist of the last visit -------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "die von letztem Mal",
        "der vom letzten Mal",
        "die Friseurin von neulich",
        "the lady from last time",
    ],
)
def test_the_stylist_of_the_last_visit_is_asked_who(said):
    assert stylist(said, "herrenhaarschnitt") == "ambiguous_stylist"


def test_a_name_said_with_the_last_visit_is_that_stylist():
    assert stylist("die vom Fabian", "herrenhaarschnitt") == "ok Fabian Spitzer"


def test_a_day_glued_to_its_part_stays_the_day_before_a_deadline():
    saturday = datetime(2053, 3, 12, 10, 40, tzinfo=BERLIN)
    said = "Samstagnachmittag, bis vier muss ich fertig sein"
    assert when(said, now=saturday, minutes=120) == "2053-03-15 12:00"
    assert when("Freitagvormittag, um elf muss ich fertig sein", now=saturday, minutes=120) == (
        "2053-03-14 09:00"
    )


# -- a greeting opening a whole turn (W39) ------------------------------------------------------


def test_a_greeting_opening_the_turn_is_no_day_and_no_part_of_the_day():
    assert on_wednesday("ja guten morgen ich hätte gern freitag um drei") == "2053-03-07 15:00"
    assert english("good morning I'd like Friday at three").start_local.hour == 15
    assert english("hi good afternoon is thursday at ten possible").start_local.hour == 10


def test_morgen_said_as_a_day_after_the_greeting_is_still_tomorrow():
    assert on_wednesday("guten morgen, morgen um zehn") == "2053-03-06 10:00"
