"""The rules blind round 18's families led to, and their limits: Low German, Saxon and Swabian
day and clock words ("Sünnabend Klock tein", "Dingsdag tokum Week", "Samschdagmorge") are their
standard words, Low German numbers only after a clock word; the southern hour after "halber" ("um
halber elfe") is read, and a clock word with an unread word after it ("um dingsda") is asked,
never dropped; the opening said with its morning ("morgen früh als Erstes", "Saturday morning
first thing", "in aller Frühe") is the opening; recurring wishes ("jeden zweiten Samstag",
"every other Tuesday") are asked; spans from now with halves and quarters ("in zweieinhalb
Stunden", "in an hour and a half") are read, a corrected count keeps its unit; the n-th or last
weekday of the month is this month's while ahead, else both months are offered; an errand with
its own time before the caller's ("nach dem Zahnarzt um drei, also so um vier") is context;
a self-correction settled by the day restated with its time is that day and time; a pet form of a
first name is that name said (asked where the name is), a name spelt letter by letter alone is
the stylist spelt so, "the new one" is asked; a clipper cut for a woman or a child is their cut,
"Fasson" the men's cut, a length inside a compound names no service."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2042, 3, 12, 10, 0, tzinfo=BERLIN)  # month's last Saturday: 29.3.
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time")


def _when(said: str, now: datetime = WEDNESDAY) -> str:
    return day_answer(check_request(SALON, now, said, None, None, 30))


def _asked(said: str, now: datetime = WEDNESDAY) -> bool:
    return check_request(SALON, now, said, None, None, 30).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freedag Klock elven", "2042-03-14 11:00"),
        ("Dunnersdag half söss", "2042-03-13 17:30"),  # half past five, as German "halb sechs"
        ("Saterdag", "2042-03-15"),
        ("Middeweken tokum Week", "2042-03-19"),
        ("Samschdagvormiddag", "2042-03-15 09:00-12:00"),
        ("Sonnahmd frieh", "2042-03-15 09:00-11:00"),
    ],
)
def test_low_german_saxon_and_swabian_day_and_clock_words_are_their_standard_words(said, answer):
    assert _when(said) == answer


def test_a_low_german_number_is_an_hour_only_after_a_clock_word():
    assert _when("Freitag um twee") == "2042-03-14 14:00"
    assert _asked("Freitag Klock")  # "Klock" with no hour: which?


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag um halber zwölfe", "2042-03-14 11:30"),
        ("Donnerstag um siebne", "2042-03-13 19:00"),
    ],
)
def test_the_southern_hour_after_halber_or_um_is_read(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize("said", ["Freitag um blabla", "Samstag um, äh, Moment mal"])
def test_a_clock_word_with_an_unread_word_after_it_is_asked_never_dropped(said):
    assert _asked(said)


def test_um_with_an_infinitive_clause_or_around_a_day_is_no_clock_time():
    assert _when("um ehrlich zu sein Freitag") == "2042-03-14"
    assert _when("um den 20. herum") == "2042-03-20"


@pytest.mark.parametrize(
    "said", ["Freitag früh als Allererstes", "Friday morning first thing", "Samstag in aller Frühe"]
)
def test_the_opening_said_with_its_morning_is_the_opening(said):
    assert _when(said).endswith("09:00")


def test_the_morning_alone_stays_a_window():
    assert _when("Freitag früh") == "2042-03-14 09:00-11:00"


@pytest.mark.parametrize(
    "said", ["jeden dritten Freitag", "immer samstags", "alle vier Wochen", "every Friday"]
)
def test_a_recurring_wish_is_asked_which_day_the_first_one_is(said):
    check = check_request(SALON, WEDNESDAY, said, None, None, 30)
    assert check.status == "invalid_date" and "wiederkehrend" in check.message


def test_as_always_on_a_weekday_is_no_recurring_wish():
    assert not _asked("wie immer dienstags um zehn")


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("in viereinhalb Stunden", "2042-03-12 14:00-15:00"),
        ("in an hour and a half", "2042-03-12 11:00-12:00"),
        ("in three quarters of an hour", "2042-03-12 10:15-11:15"),
        ("in einer Stunde, nee, lieber in zwei", "2042-03-12 11:30-12:30"),
    ],
)
def test_spans_from_now_with_halves_and_quarters(said, answer):
    assert _when(said) == answer


def test_a_span_of_weeks_with_a_half_is_asked():
    assert _asked("in anderthalb Wochen")


def test_the_last_weekday_of_the_month_is_this_months_while_ahead():
    assert _when("am letzten Samstag im Monat") == "2042-03-29"
    assert _when("Ende März, den letzten Freitag") == "2042-03-28"
    assert _when("Monatsanfang, am ersten Dienstag") == "2042-04-01"  # March's is gone


def test_the_nth_weekday_of_the_month_gone_or_today_offers_both_months():
    assert _asked("der erste Samstag im Monat")  # 1.3. gone: April's or May's?
    assert _asked("Ende März, am ersten Samstag")  # the two disagree


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("nach der Massage um zwei, also so um drei, Freitag", "2042-03-14 14:30-15:30"),
        ("nach der Arbeit, die geht bis vier, also halb fünf am Donnerstag", "2042-03-13 16:30"),
        ("vor der Schicht, so um zehn, Samstag", "2042-03-15 09:30-10:30"),
    ],
)
def test_an_errand_with_its_own_time_is_context_and_the_time_after_it_the_wish(said, answer):
    assert _when(said) == answer


def test_an_errand_with_one_time_and_nothing_after_is_still_asked():
    assert _asked("nach dem Arzt um drei, Freitag")


def test_a_stretch_of_days_before_a_time_is_no_errand_to_drop():
    assert _asked("nach dem Wochenende um drei, also so um vier")


def test_a_self_correction_settled_by_the_day_restated_with_its_time():
    said = "Freitag. Ach nee, da kann ich nicht. Samstag. Ja, Samstag um elf."
    assert _when(said) == "2042-03-15 11:00"
    assert _asked("Freitag. Oder Samstag. Freitag oder Samstag um elf.")


@pytest.mark.parametrize(
    ("said", "service", "answer"),
    [
        ("Sophielein", "faerben", "ok Sophie Brandt"),
        ("Fabse", "bartpflege", "ok Fabian Spitzer"),
        ("Lenchen", "straehnchen", "ok Lena Hoffmann"),  # Lea does none: the service decides
        ("M-E-H-M-E-T", "damenhaarschnitt", "stylist_does_not_offer Mehmet Yılmaz"),
        ("B-R-A-N-D-T", "faerben", "ok Sophie Brandt"),
    ],
)
def test_a_pet_form_or_a_spelt_name_is_the_stylist(said, service, answer):
    m = resolve_stylist(CATALOG, said, service, SALON)
    assert f"{m.status} {m.stylist.name if m.stylist else ''}" == answer


@pytest.mark.parametrize(
    ("said", "service"),
    [
        ("Lenchen", "damenhaarschnitt"),  # as "Lena": Lea sounds alike and cuts too
        ("L-E", "damenhaarschnitt"),  # a spelling broken off
        ("die neue Friseurin", "faerben"),
        ("the new guy", "herrenhaarschnitt"),
    ],
)
def test_a_pet_form_as_unclear_as_the_name_a_broken_spelling_and_the_new_one_are_asked(
    said, service
):
    assert resolve_stylist(CATALOG, said, service, SALON).status == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Fassonhaarschnitt", "herrenhaarschnitt"),
        ("Skin Fade für meine Frau", "damenhaarschnitt"),
        ("meine Tochter will einen Undercut", "kinderhaarschnitt"),
        ("Herrenlanghaarschnitt", "herrenhaarschnitt"),
        ("Skin Fade", "herrenhaarschnitt"),  # for nobody said: the salon files it so
    ],
)
def test_trade_words_and_clipper_cuts_for_someone(said, slug):
    m = resolve_service(CATALOG, said, SALON)
    assert m.status == "ok" and m.service.slug == slug


def test_a_length_alone_is_still_asked_which_cut():
    assert resolve_service(CATALOG, "Kurzhaarschnitt", SALON).status == "ambiguous_service"
