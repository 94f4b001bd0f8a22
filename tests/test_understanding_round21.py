"""The rules blind round 21's families led to, and their limits, on phrases and "now"s in no
corpus: four-digit and "hundred" times are the time said (a time said and not read is asked,
never the day alone); a limit set by the caller's own schedule is the window before it (the
service's minutes counted) or the time after "also", never the errand's own time; answers in
pieces ("Und Freitag?", a day excluded and another asked) are the day asked; British "a week
Friday" is Friday week. For names: a name spelt with a spelling alphabet is read letter by
letter; a role is asked with who offers the service; a service said with its tool or occasion is
the service the words name."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import resolve_service, resolve_stylist
from tools.spelling_alphabet import spelt_letters

TUESDAY = datetime(2052, 6, 11, 9, 30, tzinfo=BERLIN)  # Wed 12., Thu 13., Fri 14., Sat 15.


_check = partial(check, now=TUESDAY)
_when = partial(when, now=TUESDAY)


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("Donnerstag um 1915", "2052-06-13 19:15"),
        ("Mittwoch um elfhundert", "2052-06-12 11:00"),
        ("Freitag um dreizehn hundert dreißig", "2052-06-14 13:30"),
        ("Saturday at 1200 hours", "2052-06-15 12:00"),
        ("Friday at sixteen hundred", "2052-06-14 16:00"),
        ("Freitag um 930", "2052-06-14 09:30"),  # three digits: read in the opening hours
    ],
)
def test_four_digit_and_hundred_times_are_the_time_said(said, at):
    assert _when(said) == at


def test_four_digits_are_the_24_hour_clock_never_the_afternoon():
    check = _check("Freitag um 0800")  # eight in the morning, before opening: never 20:00
    assert check.status == "outside_hours"


@pytest.mark.parametrize(
    "said",
    [
        # four digits right after the weekday are the time since round 22 ("Freitag 1400":
        # 14:00, tests/test_understanding_round22.py); those that could be a date still asked
        "Freitag 1012",
        "Mittwoch um 1400 oder 1500",
        "Donnerstag um 1590",  # no such minute
    ],
)
def test_a_time_said_and_not_read_never_leaves_the_day_alone(said):
    assert _check(said).status in QUESTIONS


def test_a_year_said_with_the_date_stays_the_year():
    assert _when("den 14.6.2052 um 1100") == "2052-06-14 11:00"


@pytest.mark.parametrize(
    ("said", "minutes", "window"),
    [
        ("Freitag, bevor ich um zwei meine Frau vom Bahnhof abhole", 30, "2052-06-14 09:00-13:30"),
        ("Freitag, bevor ich um zwei meine Frau vom Bahnhof abhole", 60, "2052-06-14 09:00-13:00"),
        ("Friday, before I collect my daughter at one", 30, "2052-06-14 09:00-12:30"),
        ("Mittwoch, ich muss um elf beim Arzt sein, also bis dahin fertig", 30,
         "2052-06-12 09:00-10:30"),
        ("Mittwoch, ich hab um zwölf eine Besprechung, also davor", 60, "2052-06-12 09:00-11:00"),
    ],
)  # fmt: skip
def test_a_limit_before_the_callers_own_time_counts_the_services_minutes(said, minutes, window):
    assert _when(said, minutes=minutes) == window


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Donnerstag, ich hab bis sechs Spätdienst, also ab sieben", "2052-06-13 19:00-20:00"),
        ("Mittwoch, meine Vorlesung ist um zehn aus, also so um elf", "2052-06-12 10:30-11:30"),
        ("Friday, my shift ends at noon, so any time after one", "2052-06-14 13:00-18:00"),
    ],
)
def test_the_time_after_also_is_the_wish_never_the_schedules_time(said, answer):
    assert _when(said) == answer


def test_an_errands_time_said_alone_is_asked_never_the_wish():
    assert _check("Freitag, ich bringe die Kinder um neun zur Schule").status in QUESTIONS


def test_a_time_said_as_the_wish_beside_a_limit_stays_the_wish():
    assert _when("Freitag um zehn, bevor ich die Kinder um zwölf abhole") == "2052-06-14 10:00"
    # limit: an errand's time beside the wish, neither "bevor" nor "also": the two times offered
    check = _check("Freitag um zehn, ich hole die Kinder um zwölf ab")
    assert check.status == "ambiguous_time"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Ah okay. Und Donnerstag Abend?", "2052-06-13 17:00-20:00"),
        ("und am Samstag um elf?", "2052-06-15 11:00"),
        ("Nee, Mittwoch passt mir gar nicht. Donnerstag?", "2052-06-13"),
        ("Hmm, Friday doesn't work for me. Saturday?", "2052-06-15"),
        ("a week Thursday", "2052-06-20"),
    ],
)
def test_answers_in_pieces_are_the_day_asked(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    "said",
    [
        "Und?",  # nothing asked
        "Mittwoch nicht, Donnerstag auch nicht",  # both excluded: which day then?
        "Donnerstag kann ich nicht.",
    ],
)
def test_a_piece_naming_no_day_wanted_stays_asked(said):
    assert _check(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "letters"),
    [
        ("S wie Siegfried, O wie Otto, P wie Paula", "s o p"),
        ("M wie München, E wie Essen", "m e"),
        ("Bravo Romeo Alpha", "b r a"),
        ("Brandt, B wie Berta, R wie Richard", "brandt , b r a n d t"),  # the name said spelt
    ],
)
def test_a_spelling_alphabet_is_read_as_its_letters(said, letters):
    from tools.stylist_match import _fold_keeping_commas

    assert spelt_letters(_fold_keeping_commas(said)) == letters


@pytest.mark.parametrize(
    ("said", "service", "name", "status"),
    [
        ("B wie Berlin, R wie Rostock, A wie Aachen, N wie Nürnberg, D wie Düsseldorf, T wie "
         "Tübingen", "faerben", "Sophie Brandt", "ok"),
        ("Mike Echo Hotel Mike Echo Tango", "herrenhaarschnitt", "Mehmet Yılmaz", "ok"),
        ("Sophie, Sierra Oscar Papa", "herrenhaarschnitt", "Sophie Brandt",
         "stylist_does_not_offer"),
    ],
)  # fmt: skip
def test_a_name_spelt_with_a_spelling_alphabet_is_that_name(said, service, name, status):
    m = resolve_stylist(CATALOG, said, service, SALON)
    assert (m.status, m.stylist.name if m.stylist else None) == (status, name)


@pytest.mark.parametrize(
    "said",
    [
        "Papa Hotel",  # two NATO words spelling nobody's name: asked, never a match
        "Golf",  # one NATO word alone is a word
    ],
)
def test_a_spelling_that_fits_nobody_is_never_a_match(said):
    assert resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON).status != "ok"


@pytest.mark.parametrize(
    "said", ["der Azubi, der ist billiger", "the junior stylist", "die Meisterin", "the trainee"]
)
def test_a_role_is_asked_with_who_offers_the_service(said):
    m = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert m.status == "ambiguous_stylist"
    assert {s.name for s in m.candidates} == {s.name for s in m.offered_by}


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("den Bart mit dem Rasiermesser ausrasieren", "bartpflege"),
        ("Strähnchen für die Hochzeit meiner Cousine", "straehnchen"),
        ("beard trim with the clippers for my dad", "bartpflege"),
        ("die Haare mit dem Rasierer kurz machen, für meinen Freund", "herrenhaarschnitt"),
    ],
)
def test_a_service_with_its_tool_or_occasion_is_the_service_named(said, slug):
    m = resolve_service(CATALOG, said, SALON)
    assert (m.status, m.service.slug if m.service else None) == ("ok", slug)


def test_a_service_for_a_boyfriend_is_a_mans_never_a_womans():
    m = resolve_service(CATALOG, "Haare kurz für meinen Freund", SALON)
    assert m.service is None or m.service.slug != "damenhaarschnitt"


def test_an_occasion_or_a_tool_alone_names_no_service():
    assert resolve_service(CATALOG, "für den Geburtstag", SALON).status != "ok"
    assert resolve_service(CATALOG, "mit der Schere", SALON).status != "ok"
