"""The rules blind round 23's families led to, and their limits, on phrases and "now"s in no
corpus: numbers that belong to other things (ages, prices, durations, phone, customer and house
numbers, bus lines, years of birth) are never a day or a time, and the clauses of the caller's
story around them are dropped; a day counted from the caller's own event ("am Tag, bevor ...,
die kommen am Freitag") is that offset from the event's day; a recurring wish is asked unless
the first one is named; a remark about closing days is no day wanted; STT "halp" / "hab" before
an hour are "halb", "amfreitag" is "am Freitag", a split teen hour ("um acht zehn") is asked
where its reading as said is outside the hours; a French, Spanish or Italian time after a German
day is read (text2num), a Turkish one asked; a weekday checked after a date is the weekday said
with it. For names: a stylist described by an anecdote is asked, a named one with it is that
one; an offered and a not-offered service together are asked with the offered one."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service, resolve_stylist

# Wednesday 14 February 2052, 10:00: Thu 15., Fri 16., Sat 17., Tue 20.; Sun/Mon closed
WEDNESDAY = datetime(2052, 2, 14, 10, 0, tzinfo=BERLIN)


_check = partial(check, now=WEDNESDAY)
_when = partial(when, now=WEDNESDAY)


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("ich bin 73 und möchte Freitag um zehn, das kostet doch 28 Euro?", "2052-02-16 10:00"),
        ("Telefon 0151 2233445, Donnerstag um halb fünf", "2052-02-15 16:30"),
        ("meine Kleine ist 5, Dienstag um drei, nach dem Kindergarten", "2052-02-20 15:00"),
        ("Kundennummer 30917, Samstag um elf", "2052-02-17 11:00"),
        ("wir wohnen Lindenstraße 44, Freitag um zwei wäre gut", "2052-02-16 14:00"),
        ("das hat letztes Mal 50 Minuten gedauert, Donnerstag um drei", "2052-02-15 15:00"),
        ("I'm 58, my number is 0160 998877, Friday at 11 please", "2052-02-16 11:00"),
    ],
)
def test_numbers_of_other_things_are_no_day_or_time(said, want):
    assert _when(said) == want


def test_a_number_without_what_it_counts_stays_a_day_or_time():
    # no age, price or phone number in the turn: nothing is dropped
    assert _when("Freitag, 10 Uhr") == "2052-02-16 10:00"
    assert _when("am 20. um 11") == "2052-02-20 11:00"
    # the clause naming a day is kept even in a story: two days are never guessed between
    assert _check("ich bin 40, Freitag oder Samstag um zehn").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("am Tag, bevor mein Bruder kommt, der kommt am Samstag", "2052-02-16"),
        ("zwei Tage nach der Abschlussfeier am Samstag", "closed 2052-02-19"),
        ("einen Tag vor dem Abiball am 22.", "2052-02-21"),
        ("the day after my interview on Thursday", "2052-02-16"),
    ],
)
def test_a_day_counted_from_the_callers_event_is_that_offset(said, want):
    check = _check(said)
    got = f"closed {check.day}" if check.status == "closed" else day_answer(check)
    assert got == want


def test_a_day_counted_back_from_an_event_said_today_is_not_a_gone_day():
    saturday = datetime(2052, 2, 17, 10, 0, tzinfo=BERLIN)  # open till 14: "Samstag" today too
    assert _when("den Tag bevor wir fliegen, der Flug ist am Samstag", now=saturday) == "2052-02-23"


@pytest.mark.parametrize(
    "said",
    [
        "ich hätte gern eine Serie, jeweils Freitag",
        "einen Dauertermin, freitags um zehn",
        "ich möchte einen festen Termin, dienstags",
        "monthly on Fridays",
    ],
)
def test_a_recurring_wish_without_its_first_one_is_asked(said):
    assert _check(said).status in QUESTIONS


def test_a_recurring_wish_with_its_first_one_is_that_one():
    assert _when("alle fünf Wochen, das erste Mal am Freitag um zehn") == "2052-02-16 10:00"
    assert _when("every three weeks, starting Thursday at 4") == "2052-02-15 16:00"
    assert _when("das nächste Mal Donnerstag um elf") == "2052-02-15 11:00"  # one, not a series


def test_a_remark_about_closing_days_is_no_day_wanted():
    assert _check("nicht diese Woche, montags seid ihr ja eh zu").status in QUESTIONS
    assert _when("Freitag um zehn, sonntags habt ihr ja geschlossen") == "2052-02-16 10:00"
    assert _check("am Montag").status == "closed"  # a Monday asked for stays closed


def test_each_excluded_time_gives_way_to_the_one_wanted():
    assert _when("Samstag, nicht um neun, nicht um zehn, lieber um elf") == "2052-02-17 11:00"


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Freitag halp elf", "2052-02-16 10:30"),
        ("Donners tag, hab fünf", "2052-02-15 16:30"),
        ("amsamstag um zehn", "2052-02-17 10:00"),
    ],
)
def test_stt_spellings_of_half_and_a_glued_am(said, want):
    assert _when(said) == want


def test_hab_is_halb_only_right_before_a_lone_hour():
    assert _when("ich hab zwölf Uhr Zeit, am Freitag") == "2052-02-16 12:00"


def test_a_split_teen_hour_is_read_as_said_and_asked_only_where_that_is_outside():
    assert _when("Freitag um vier zehn") == "2052-02-16 16:10"  # 16:10 within the hours
    check = _check("Donnerstag um acht zehn")  # 8:10 and 20:10 outside, 18:00 open: asked
    assert check.status == "ambiguous_time"
    assert [o["time"] for o in check.options] == ["20:10", "18:00"]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Freitag à onze heures", "2052-02-16 11:00"),
        ("Donnerstag à seize heures et demie", "2052-02-15 16:30"),
        ("Freitag a las cuatro y media", "2052-02-16 16:30"),
        ("Samstag alle undici", "2052-02-17 11:00"),
    ],
)
def test_a_french_spanish_or_italian_time_after_the_day_is_read(said, want):
    assert _when(said) == want


def test_a_time_in_a_language_not_read_is_asked_never_dropped():
    assert _check("Freitag saat on bir").status in QUESTIONS
    assert _check("alle drei Wochen").status in QUESTIONS  # German "alle": no Italian time


def test_a_weekday_checked_after_a_date_is_the_weekday_said_with_it():
    assert _when("der 23., das ist doch ein Freitag, oder?") == "2052-02-23"
    assert _check("der 22., das ist ein Freitag, oder?").status == "weekday_mismatch"


# -- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["die, die immer Kaffee anbietet", "der, der so gut Witze erzählt", "the guy who likes cars"],
)
def test_a_stylist_told_by_an_anecdote_is_asked_with_who_offers_the_service(said):
    m = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert m.status == "ambiguous_stylist"
    assert {s.name for s in m.candidates} == {s.name for s in m.offered_by}


def test_a_named_stylist_with_an_anecdote_is_that_stylist():
    m = resolve_stylist(CATALOG, "die Lena, die immer Kaffee anbietet", "faerben", SALON)
    assert m.status == "ok" and m.stylist.name == "Lena Hoffmann"


def test_an_offered_and_a_not_offered_service_are_asked_with_the_offered_one():
    m = resolve_service(CATALOG, "Strähnchen und dazu noch Wimpern färben", SALON)
    assert m.status == "ambiguous_service"
    assert [s.slug for s in m.candidates] == ["straehnchen"]
    both_not_offered = resolve_service(CATALOG, "Pediküre und Make-up", SALON)
    assert both_not_offered.status == "unknown_service" and both_not_offered.not_offered
