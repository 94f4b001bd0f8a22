"""What the understanding rounds' specs share (tests/test_understanding_round2*.py): the reference
salon and its catalogue, the checker's answer to a day said at a given "now", and a stylist match
read as one short string. Each spec file binds its own "now" (`partial(when, now=...)`)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
# the checker's statuses that ask the caller back
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time", "weekday_mismatch")


def check(said: str, time_said: str | None = None, *, now: datetime, minutes: int = 30):
    """The checker's answer to a day said (and a time said in a field of its own) at `now`, for
    a service of `minutes`."""
    return check_request(SALON, now, said, time_said, None, minutes)


def when(said: str, time_said: str | None = None, *, now: datetime, minutes: int = 30) -> str:
    """That answer as `day_answer` reads it: 'past', the start, the window or the day."""
    return day_answer(check(said, time_said, now=now, minutes=minutes))


def stylist_status(said: str, service: str = "damenhaarschnitt") -> str:
    """The stylist match's status and the stylist's name, if one: 'ok Fabian Spitzer'."""
    match = resolve_stylist(CATALOG, said, service, SALON)
    return f"{match.status} {match.stylist.name if match.stylist else ''}".strip()


def window(answer) -> str:
    """A resolved window of start times as the corpus writes it: "2100-09-09 14:00-14:30"."""
    lo, hi = answer.window
    return f"{lo:%Y-%m-%d %H:%M}-{hi:%H:%M}"
