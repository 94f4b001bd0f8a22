"""The rules blind round 59's misses led to (helper when78), in words of neither the round nor its
probe. The first or earliest slot named by its noun ("den allerersten Termin", "das Früheste")
and urgency in regional words ("so fix", "so rasch", Swiss "so schnäll wie's gaht") are the
earliest start, never a day of the month nor the whole day; the article "ein" before a word that
says nothing of time is no number (a confident wrong date from an unknown word was the worst
miss). The text-message register: a weekday cut short after a week, after "am" or before a
window, "zw", "u", "b4", "nich", and an English day with its part cut short ("sat morn"). Swiss
hour words after "am" are a clock, never the day of the month. The end of work said with its
time ("ich bin um fünf draußen", "I'm off at 6") is the window from then. A bound with no time
("nicht zu früh") and a clause bounding a part of the day with no clock are asked. Names: no
preference in regional and chat words, seniority and age asked, highlights by technique names,
the hair a service is for. Beside each rule, the nearest phrases that must stay as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, stylist_status
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request

# Wednesday 18 September 2086, 10:30 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14):
# Thursday the 19th, Friday the 20th, Saturday the 21st; Sunday 22 / Monday 23 closed; Tuesday
# the 24th - Saturday the 28th (next week).
WEDNESDAY = datetime(2086, 9, 18, 10, 30, tzinfo=BERLIN)


def said(words: str, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, WEDNESDAY, words, None, None, 30, language))


def asked(words: str) -> bool:
    return check_request(SALON, WEDNESDAY, words, None, None, 30).status in QUESTIONS


# -- the earliest slot, by its noun and in regional words -----------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("den allerersten Termin am Freitag", "earliest 2086-09-20"),
        ("den ersten freien Termin am Samstag", "earliest 2086-09-21"),
        ("das Früheste, was Sie haben", "earliest 2086-09-18"),
        ("den erstbesten Termin", "earliest 2086-09-18"),
        ("in der nächsten freien Lücke", "earliest 2086-09-18"),
        ("wann geht's denn frühestens?", "earliest 2086-09-18"),
        ("so fix wie möglich", "earliest 2086-09-18"),
        ("so rasch wie möglich", "earliest 2086-09-18"),
        ("so schnäll wie's gaht", "earliest 2086-09-18"),
        ("möglichst flott", "earliest 2086-09-18"),
        ("möglichst bald, aber heute nicht", "earliest 2086-09-19"),
        ("jetzt gleich, ich hab grad Mittagspause", "earliest 2086-09-18"),
        ("gleich morgen früh", "2086-09-19 09:00"),
    ],
)
def test_the_earliest_slot_in_other_words_is_the_earliest_start(words: str, expected: str) -> None:
    assert said(words) == expected


def test_the_ordinal_and_a_bound_stay_what_they_were() -> None:
    assert said("am ersten Oktober") == "2086-10-01"
    assert (
        said("Freitag frühestens") != "earliest 2086-09-20"
    )  # from Friday on: asked, not Friday's first
    assert said("morgen früh") == "2086-09-19 09:00-11:00"  # the early morning, no "gleich"


# -- the article "ein" is no number -------------------------------------------------------------


def test_the_article_before_a_word_of_no_time_is_no_day_and_no_hour() -> None:
    assert said("Freitag, es ist ein Notfall") == "2086-09-20"  # never one o'clock
    assert said("ein Termin am Freitag") == "2086-09-20"
    assert asked("es ist ein Notfall")  # never the 1st of next month


def test_one_before_a_word_of_time_stays_one() -> None:
    assert said("am Freitag um ein Uhr") == "2086-09-20 13:00"
    assert said("in einer Woche") == "2086-09-25"


# -- the text-message register ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("nächste woche mi", "de", "2086-09-25"),
        ("übernächste woche sa", "de", "2086-10-05"),
        ("am do", "de", "2086-09-19"),
        ("fr?", "de", "2086-09-20"),
        ("fr zw 10-12", "de", "2086-09-20 10:00-12:00"),
        ("morgen zw 2 u 4", "de", "2086-09-19 14:00-16:00"),
        ("fr nachmittag aber nich vor 3", "de", "2086-09-20 15:00-18:00"),
        ("sat morn", "en", "2086-09-21 09:00-12:00"),
        ("sat am", "en", "2086-09-21 09:00-12:00"),
        ("thurs eve", "en", "2086-09-19 17:00-20:00"),
        ("nxt week tue 10am", "en", "2086-09-24 10:00"),
    ],
)
def test_a_text_message_is_read_as_written_out(words: str, language: str, expected: str) -> None:
    assert said(words, language) == expected


def test_swiss_morn_stays_tomorrow_and_so_stays_about() -> None:
    assert said("morn am nüni") == "2086-09-19 09:00"
    assert said("morgen so um 3") == "2086-09-19 14:30-15:30"  # "so" is about, not Sunday


# -- Swiss hour words after "am" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("am Samschtig am elfi", "2086-09-21 11:00"),
        ("am Fritig am halbi zwöi", "2086-09-20 13:30"),  # half to two, as "halbi drü" is 14:30
        ("am Dunschtig am zwänzg ab zwöi", "2086-09-19 14:20"),
        ("am Zischtig am vieri am Namittag", "2086-09-24 16:00"),
        ("morn am zähni", "2086-09-19 10:00"),
    ],
)
def test_a_swiss_hour_after_am_is_a_clock(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_standard_ordinal_after_am_stays_the_day_of_the_month() -> None:
    assert said("am elften Oktober") == "2086-10-11"


# -- the end of work with its time --------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("heute nach der Arbeit, ich bin um fünf draußen", "de", "2086-09-18 17:00-18:00"),
        ("Dienstag nach Büroschluss um halb fünf", "de", "2086-09-24 16:30-18:00"),
        ("thursday after work, I'm off at 6", "en", "2086-09-19 18:00-20:00"),
        ("after work tomorrow, I'm off at half five", "en", "2086-09-19 17:30-20:00"),
    ],
)
def test_the_end_of_work_with_its_time_is_the_window_from_then(
    words: str, language: str, expected: str
) -> None:
    assert said(words, language) == expected


# -- a bound with no time -----------------------------------------------------------------------


def test_a_bound_with_no_time_is_asked() -> None:
    assert asked("Samstag, aber nicht zu früh")
    assert asked("morgen früh, bevor ich die Kinder in die Kita bringe")


def test_a_bound_beside_its_time_is_the_times_reason() -> None:
    assert said("Samstag, aber nicht zu früh, so um elf") == "2086-09-21 10:30-11:30"
    assert said("Freitag, bevor ich die Kinder abhole um vier") == "2086-09-20 09:00-15:30"


# -- names: no preference in regional and chat words ---------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "des is ma glich",
        "is mir total blunzn",
        "koan Wunsch",
        "nimm irgendwen",
        "suchts euch aus",
        "wer's am ehesten machen kann",
    ],
)
def test_regional_and_chat_indifference_is_no_preference(words: str) -> None:
    assert is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)


def test_a_name_beside_the_chat_verb_stays_a_name() -> None:
    assert not is_no_preference("nimm die Sophie", CATALOG, "damenhaarschnitt", SALON)
    assert stylist_status("nimm die Sophie") == "ok Sophie Brandt"


@pytest.mark.parametrize(
    "words",
    [
        "die Dienstälteste im Team",
        "jemand Junges, der weiß, was gerade angesagt ist",
        "someone senior",
        "Frauen schneiden mir die Haare lieber",
    ],
)
def test_seniority_age_and_sex_said_as_a_habit_are_asked(words: str) -> None:
    assert not is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)
    assert stylist_status(words) == "ambiguous_stylist"


# -- names: services by technique and the hair they are for ---------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("ein Shatush", "straehnchen"),
        ("Money Piece vorne", "straehnchen"),
        ("Locken für meine glatten Haare", "dauerwelle"),
        ("Damenschnitt für dicke Haare", "damenhaarschnitt"),
    ],
)
def test_a_technique_or_the_hair_it_is_for_names_the_service(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok"
    assert match.service.slug == slug


def test_straight_hair_wished_stays_not_offered() -> None:
    assert resolve_service(CATALOG, "die Haare dauerhaft glatt", SALON).not_offered


# -- the Swiss names of the feasts; the appointment's clock said after "vor der Arbeit" --------------


def test_swiss_feast_names_are_the_feasts() -> None:
    assert said("am Pfingschtmäntig").startswith("closed 2087-06-09")  # Whit Monday 2087
    assert said("am Tag nach de Uffahrt") == "2087-05-30"  # the Friday after Ascension 2087


def test_the_clock_after_before_work_is_the_appointments() -> None:
    assert said("morgen früh vor der Arbeit, um zehn") == "2086-09-19 10:00"
    assert said("Freitag vor der Arbeit, ich muss um elf im Büro sein") == "2086-09-20 09:00-10:30"
    assert asked("morgen vor der Arbeit")  # when work starts is not said


# -- names: a title or a chat word beside a name; the hair a cut is for ---------------------------


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Frau Doktor Hoffmann", "straehnchen", "ok Lena Hoffmann"),
        ("Herr Magister Spitzer", "damenhaarschnitt", "ok Fabian Spitzer"),
        ("bim Sophie", "damenhaarschnitt", "ok Sophie Brandt"),
        ("fabi pls", "damenhaarschnitt", "ok Fabian Spitzer"),
        ("Herr Doktor Brandt", "damenhaarschnitt", "ambiguous_stylist"),  # the title contradicts
    ],
)
def test_a_title_or_chat_word_beside_a_name_leaves_the_name(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Damenschnitt für Locken", "damenhaarschnitt"),
        ("Herrenschnitt, er hat ganz krause Locken", "herrenhaarschnitt"),
        ("kids' cut, thick curly hair", "kinderhaarschnitt"),
        ("Termin für Locken", "dauerwelle"),  # no cut named: the curls are wished
    ],
)
def test_curls_beside_a_cut_named_are_the_hair_it_is_for(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok"
    assert match.service.slug == slug


# -- the caller's shifts and breaks: reasons, not parts of the day -----------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Samstag nach der Spätschicht, so ab zwölf", "2086-09-21 12:00-14:00"),
        ("Freitag in der Frühstückspause um halb zehn", "2086-09-20 09:30"),
        ("Dienstag, da hab ich Frühschicht bis eins", "2086-09-24 13:00-18:00"),
        ("Samstag, da hab ich frei", "2086-09-21"),
        ("Freitag zwischen zwei Terminen, so um zwölf", "2086-09-20 11:30-12:30"),
        ("Freitag zwischen zehn und zwölf, nicht später", "2086-09-20 10:00-12:00"),
        ("so schnell wie möglich, aber heute schaff ich's nicht mehr", "earliest 2086-09-19"),
    ],
)
def test_the_callers_shift_or_break_is_a_reason(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_window_between_two_hours_stays_a_window() -> None:
    assert said("Freitag zwischen zwei und vier") == "2086-09-20 14:00-16:00"
