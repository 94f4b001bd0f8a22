"""Names in a replay file, resolved against the salon: stylists, services, local times.

Replays are written the way the salon talks ("Fabian", "Dauerwelle", "2026-11-27 10:00"); the
calendar and the ledger speak in user ids, slugs and UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from calendar_adapter.salon import SalonFile, ServiceSpec, StaffSpec


class RefError(ValueError):
    """A name or time in a replay file that the salon does not know."""


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class SalonRefs:
    def __init__(self, salon: SalonFile):
        self.salon = salon

    def stylist(self, ref: str) -> StaffSpec:
        """By username, full name, or a first name that is unique in the salon."""
        want = _norm(ref)
        for s in self.salon.staff:
            if want in (_norm(s.username), _norm(s.name)):
                return s
        by_first = [s for s in self.salon.staff if _norm(s.name).split(" ")[0] == want]
        if len(by_first) == 1:
            return by_first[0]
        names = ", ".join(s.name for s in self.salon.staff)
        raise RefError(f"unknown stylist {ref!r} (salon has: {names})")

    def service(self, ref: str) -> ServiceSpec:
        want = _norm(ref)
        for s in self.salon.services:
            if want in (_norm(s.slug), _norm(s.name), *(_norm(a) for a in s.aliases)):
                return s
        slugs = ", ".join(s.slug for s in self.salon.services)
        raise RefError(f"unknown service {ref!r} (salon has: {slugs})")

    def offering(self, stylist_ref: str, service_ref: str) -> tuple[StaffSpec, ServiceSpec]:
        stylist, service = self.stylist(stylist_ref), self.service(service_ref)
        if service.slug not in stylist.services:
            raise RefError(f"{stylist.name} does not offer {service.name}")
        return stylist, service

    def instant(self, value: datetime | str) -> datetime:
        """A local time in the salon's zone ("2026-11-27 10:00") or an aware ISO time, as UTC."""
        if isinstance(value, datetime):
            parsed = value
        else:
            try:
                parsed = datetime.fromisoformat(value.strip())
            except ValueError:
                raise RefError(
                    f"not a time: {value!r} (use local 'YYYY-MM-DD HH:MM' or ISO with offset)"
                ) from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=self.salon.tz)
        return parsed.astimezone(UTC)

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.salon.tz)

    def local_text(self, at: datetime) -> str:
        """`Fr 27.11. 10:00` — how timelines and reports show times."""
        loc = self.local(at)
        day = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")[loc.weekday()]
        return f"{day} {loc:%d.%m.} {loc:%H:%M}"
