"""What the caller asked for, understood: the seam between the availability tool and the modules
that read service, stylist, date and time (`tools.catalog_match`, `tools.dates`).

Either a `Request` (a service, maybe a stylist, a day, maybe a time) or the refusal to answer
with (a tool result: unknown service, ambiguous stylist, weekday mismatch, ...). Nothing here
talks to the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from calendar_adapter.backend import Service
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request
from tools.hints import KEYS, hint
from tools.status import ToolStatus
from tools.stylist_sex import wanted_title

if TYPE_CHECKING:
    from tools.session import CallSession

Result = dict[str, Any]

# What a date check may carry besides its status, passed on to the model as it is.
_DATE_FIELDS = ("message", "options", "holiday")


@dataclass(frozen=True)
class Request:
    service: Service
    wanted_stylist: int | None  # Cal.com user id; None: anyone who offers the service
    day: date
    target: datetime | None  # UTC; None: no time asked
    # Start times to search, not to hold ("nachmittags", "gegen drei"), aware: [start, end].
    window: tuple[datetime, datetime] | None = None
    prefer: datetime | None = None  # within the window, the time said ("gegen drei": 15:00)
    spoken: str = ""  # the day (and window) understood, with its year when not this year's
    other_year: bool = False  # said back with its year
    # "eine der Damen": any one of these stylists (user ids); empty: no such limit
    among: frozenset[int] = frozenset()


def understand(
    session: CallSession,
    *,
    service: str,
    date_text: str,
    stylist: str | None,
    time_text: str | None,
    weekday: str | None,
) -> Request | Result:
    """The caller's request, or the refusal result that says what is unclear."""
    deps = session.deps
    catalog = session.catalog
    match = resolve_service(catalog, service, deps.salon)
    if match.several_people:  # "für mich und meinen Mann", also "wir beide färben": one each
        named = match.candidates or ((match.service,) if match.service else ())
        return {
            "status": ToolStatus.AMBIGUOUS_SERVICE,
            "said": service,
            "several_people": True,
            "candidates": [s.name for s in named],
            "hint": hint("several_people", session.language),
        }
    if match.status == "ambiguous_service":
        return {
            "status": ToolStatus.AMBIGUOUS_SERVICE,
            "said": service,
            "candidates": [s.name for s in match.candidates],
            "hint": hint("ambiguous_service", session.language),
        }
    if match.service is None:
        unknown: Result = {
            "status": ToolStatus.UNKNOWN_SERVICE,
            "said": service,
            "services": [s.name for s in catalog.services],
            "hint": hint("unknown_service", session.language),
        }
        if match.not_offered:
            unknown["not_offered"] = match.not_offered
            unknown["hint"] = hint(
                "service_not_offered", session.language, service=match.not_offered
            )
        return unknown
    wanted = _stylist(session, stylist, match.service)
    if isinstance(wanted, dict):
        return wanted
    now = deps.clock.now()
    check = check_request(
        deps.salon, now, date_text, time_text, weekday, match.service.minutes, session.language
    )
    if not check.ok or check.day is None:
        return _date_refusal(check, session.language)
    target = check.start_local.astimezone(UTC) if check.start_local else None
    among = wanted if isinstance(wanted, frozenset) else frozenset()
    return Request(
        match.service,
        None if isinstance(wanted, frozenset) else wanted,
        check.day,
        target,
        window=check.window,
        prefer=check.prefer,
        spoken=check.spoken,
        other_year=check.day.year != now.astimezone(deps.salon.tz).year,
        among=among,
    )


def _stylist(
    session: CallSession, said: str | None, service: Service
) -> int | frozenset[int] | Result | None:
    """The wanted stylist's user id (None: no preference; a set: any one of them, "eine der
    Damen"), or the refusal."""
    salon = session.deps.salon
    if is_no_preference(said, session.catalog, service.slug, salon):
        return None
    assert said is not None
    m = resolve_stylist(session.catalog, said, service.slug, salon)
    offered_by = [s.name for s in m.offered_by]
    if m.status == "among":
        return frozenset(s.user_id for s in m.candidates)
    if m.status == "ambiguous_stylist" and wanted_title(said) is not None:
        return {
            "status": ToolStatus.AMBIGUOUS_STYLIST,
            "said": said,
            "candidates": [s.name for s in m.candidates],
            "hint": hint("no_stylist_so_addressed", session.language),
        }
    if m.status == "ambiguous_stylist":
        return {
            "status": ToolStatus.AMBIGUOUS_STYLIST,
            "said": said,
            "candidates": [s.name for s in m.candidates],
            "hint": hint("ambiguous_stylist", session.language),
        }
    if m.status == "unknown_stylist":
        return {
            "status": ToolStatus.UNKNOWN_STYLIST,
            "said": said,
            "service": service.name,
            "offered_by": offered_by,
            "hint": hint("unknown_stylist", session.language),
        }
    if m.status == "stylist_does_not_offer":
        return {
            "status": ToolStatus.STYLIST_DOES_NOT_OFFER,
            "stylist": m.stylist.name if m.stylist else said,
            "service": service.name,
            "offered_by": offered_by,
            "hint": hint("stylist_does_not_offer", session.language),
        }
    return m.stylist.user_id if m.stylist else None


def _date_refusal(check: Any, language: str) -> Result:
    refusal: Result = {"status": _status(check.status)}
    for name in _DATE_FIELDS:
        value = getattr(check, name, None)
        if value:
            refusal[name] = value
    key = f"refusal_{check.status}"
    refusal["hint"] = hint(key if key in KEYS else "refusal_other", language)
    return refusal


def _status(value: str) -> ToolStatus | str:
    """A date check's status as a tool status (a status the date module may add later is
    passed on as it is)."""
    try:
        return ToolStatus(value)
    except ValueError:
        return value
