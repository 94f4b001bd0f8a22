"""Calendar ids as people say them: event type -> stylist and service, UTC -> local time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from calendar_adapter.backend import Catalog

_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


class CalendarNames:
    def __init__(self, catalog: Catalog, tz: ZoneInfo):
        self.catalog = catalog
        self.tz = tz

    def username(self, user_id: int) -> str | None:
        s = self.catalog.stylist(user_id)
        return s.username if s else None

    def stylist_name(self, user_id: int | None) -> str:
        s = self.catalog.stylist(user_id) if user_id is not None else None
        return s.name if s else f"Nutzer {user_id}"

    def service_name(self, slug: str | None) -> str:
        s = self.catalog.service(slug) if slug else None
        return s.name if s else str(slug)

    def offering(self, event_type_id: Any) -> tuple[str, str] | None:
        """(username, service slug) of an event type, None when the catalog has no such one."""
        try:
            o = self.catalog.offering_by_event_type(int(event_type_id))
        except (TypeError, ValueError):
            return None
        if o is None:
            return None
        return self.username(o.stylist_user_id) or str(o.stylist_user_id), o.service_slug

    def local(self, at: datetime | str | None) -> str:
        """`Fr 27.11. 10:00` in the salon's zone."""
        if at is None:
            return "?"
        if isinstance(at, str):
            at = datetime.fromisoformat(at.replace("Z", "+00:00"))
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        loc = at.astimezone(self.tz)
        return f"{_DAYS[loc.weekday()]} {loc:%d.%m.} {loc:%H:%M}"

    def appointment_text(self, a: Any) -> str:
        return (
            f"#{a.id} {a.state} {self.service_name(a.service_slug)} bei "
            f"{self.stylist_name(a.stylist_user_id)} {self.local(a.start)}"
        )

    def booking_text(self, b: dict) -> str:
        what = self._event_type_text(b.get("eventTypeId"))
        attendees = ", ".join(a.get("name") or "?" for a in b.get("attendees") or [])
        return f"{b.get('status')} {what} {self.local(b.get('start'))} ({attendees}) uid={b.get('uid')}"

    def hold_text(self, h: dict) -> str:
        return f"{self._event_type_text(h.get('eventTypeId'))} {self.local(h.get('slotStart'))}"

    def _event_type_text(self, event_type_id: Any) -> str:
        try:
            o = self.catalog.offering_by_event_type(int(event_type_id))
        except (TypeError, ValueError):
            o = None
        if o is None:
            return f"Event-Typ {event_type_id}"
        return f"{self.service_name(o.service_slug)} bei {self.stylist_name(o.stylist_user_id)}"


async def names_for(backend: Any, ledger: Any, salon: Any) -> CalendarNames:
    """Names from Cal.com's catalog; from the ledger's synced stylists when Cal.com can't be
    asked (status and reconcile must still say *that* it can't)."""
    from calendar_adapter.backend import CalendarError, Service, Stylist

    try:
        return CalendarNames(await backend.get_catalog(), salon.tz)
    except CalendarError:
        rows = await ledger.list_stylists()
        stylists = tuple(
            Stylist(r.calcom_user_id, r.username or "", r.name, r.email)
            for r in rows
            if r.calcom_user_id is not None
        )
        services = tuple(Service(s.slug, s.name, s.minutes) for s in salon.services)
        return CalendarNames(Catalog(stylists, services, ()), salon.tz)
