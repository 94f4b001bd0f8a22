"""The last word is the calendar's: one short summary of what this call changed, from the ledger.

Spoken by code when the call is ending (either side says goodbye, or code ends the call), so a
caller who misheard, or a model that blurred it, cannot leave them believing something the
calendar does not hold. Said once; said again only when something changed after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from agent.claims.model import AppointmentFact
from agent.guard import spoken
from agent.guard.facts import KnownAppointment
from calendar_adapter.ledger import AppointmentState

S = AppointmentState

_TEXT = {
    "de": {
        "booked": ("Gebucht ist: {}.", "Gebucht sind: {}."),
        "moved": ("Verschoben ist: {}.", "Verschoben sind: {}."),
        "cancelled": ("Storniert ist: {}.", "Storniert sind: {}."),
        "pending": (
            "Angefragt ist: {}; der Salon muss noch bestätigen.",
            "Angefragt sind: {}; der Salon muss noch bestätigen.",
        ),
        "open": (
            "Noch offen ist: {}; der Salon prüft das und meldet sich bei Ihnen.",
            "Noch offen sind: {}; der Salon prüft das und meldet sich bei Ihnen.",
        ),
        "failed": ("Nicht gebucht ist: {}.", "Nicht gebucht sind: {}."),
        "unchanged": ("Unverändert bleibt: {}.", "Unverändert bleiben: {}."),
        "lost": (
            "Weggefallen ist: {}; der neue Termin wurde abgelehnt.",
            "Weggefallen sind: {}; die neuen Termine wurden abgelehnt.",
        ),
        "move": "{service} von {old} auf {new}",
        "move_by": "{service} von {old} auf {new} bei {stylist}",
        "was_moved": "{appointment}, vorher {old}",
        "nothing": "Heute wurde nichts gebucht.",
        "nothing_held": "Heute wurde nichts gebucht; der reservierte Termin wird wieder freigegeben.",
        "nothing_freed": "Heute wurde nichts gebucht; der reservierte Termin ist wieder frei.",
        "also_held": "Der reservierte Termin {when} wird wieder freigegeben.",
    },
    "en": {
        "booked": ("Booked: {}.", "Booked: {}."),
        "moved": ("Moved: {}.", "Moved: {}."),
        "cancelled": ("Cancelled: {}.", "Cancelled: {}."),
        "pending": (
            "Requested: {}; the salon still has to confirm it.",
            "Requested: {}; the salon still has to confirm them.",
        ),
        "open": (
            "Still open: {}; the salon will check and get back to you.",
            "Still open: {}; the salon will check and get back to you.",
        ),
        "failed": ("Not booked: {}.", "Not booked: {}."),
        "unchanged": ("Unchanged: {}.", "Unchanged: {}."),
        "lost": (
            "No longer booked: {}; the new time was declined.",
            "No longer booked: {}; the new times were declined.",
        ),
        "move": "{service} from {old} to {new}",
        "move_by": "{service} from {old} to {new} with {stylist}",
        "was_moved": "{appointment}, before that {old}",
        "nothing": "Nothing was booked today.",
        "nothing_held": "Nothing was booked today; the held slot will be released.",
        "nothing_freed": "Nothing was booked today; the held slot is free again.",
        "also_held": "The held slot {when} will be released.",
    },
}

_ORDER = ("booked", "moved", "cancelled", "pending", "open", "failed", "unchanged", "lost")


def _slot(fact: AppointmentFact) -> tuple:
    return (fact.start, fact.stylist, fact.service)


@dataclass(frozen=True)
class _Changes:
    """What a call changed, by kind; `signature` tells whether anything changed since."""

    groups: dict[str, list[AppointmentFact]]
    held: list[AppointmentFact]  # still held now: released when the call ends
    freed: list[AppointmentFact]  # holds already released or lapsed

    @property
    def signature(self) -> tuple:
        # A hold that is released meanwhile is the same news ("nothing booked, the slot is free").
        holds = sorted(_slot(f) for f in [*self.held, *self.freed])
        groups = tuple((k, tuple(_slot(f) for f in v)) for k, v in self.groups.items())
        return (groups, tuple(holds))


def _changes(known: tuple[KnownAppointment, ...]) -> _Changes:
    changed = [k.fact for k in known if k.changed_here]
    taken = {_slot(f) for f in changed if f.state in (S.CONFIRMED, S.PENDING, S.UNKNOWN, S.BOOKING)}
    groups: dict[str, list[AppointmentFact]] = {key: [] for key in _ORDER}
    seen: set[tuple] = set()
    held: list[AppointmentFact] = []
    freed: list[AppointmentFact] = []
    for fact in changed:
        key = _kind(fact)
        if key == "unchanged" and moved_away(fact, changed):
            key = "lost"  # Cal.com moved the old one, then declined the new one
        if key in ("held", "freed"):
            if _slot(fact) not in taken:
                (held if key == "held" else freed).append(fact)
            continue
        if key is None or (key == "failed" and _slot(fact) in taken):
            continue
        if (key, _slot(fact)) in seen:
            continue
        seen.add((key, _slot(fact)))
        groups[key].append(fact)
    held_slots = {_slot(f) for f in held}
    freed = [f for f in freed if _slot(f) not in held_slots]
    groups = {k: v for k, v in groups.items() if v}
    return _Changes(groups, held, freed)


def moved_away(failed: AppointmentFact, facts: Iterable[AppointmentFact]) -> bool:
    """A move that failed (`failed`: its new side) whose old appointment was moved in Cal.com
    all the same: the old one no longer stands either."""
    return failed.moved_from is not None and any(
        f.state is S.RESCHEDULED
        and f.start == failed.moved_from
        and (f.stylist, f.service) == (failed.stylist, failed.service)
        for f in facts
    )


def _kind(fact: AppointmentFact) -> str | None:
    state, moved = fact.state, fact.moved_from is not None
    if state is S.CONFIRMED:
        return "moved" if moved else "booked"
    if state is S.FAILED:
        return "unchanged" if moved else "failed"
    return {
        S.PENDING: "pending",
        S.UNKNOWN: "open",
        S.BOOKING: "open",
        S.CANCELLED: "cancelled",
        S.HELD: "held",
        S.RELEASED: "freed",
        S.EXPIRED: "freed",
    }.get(state)  # RESCHEDULED: the old side of a move, told by its new side


def compose(known: tuple[KnownAppointment, ...], language: str = "de") -> str:
    """The summary of what the call changed, in `language` (German unless "en")."""
    language = "en" if language == "en" else "de"
    text = _TEXT[language]
    changes = _changes(known)
    parts: list[str] = []
    for key, facts in changes.groups.items():
        items = [_item(key, f, language) for f in facts]
        one, many = text[key]
        parts.append((one if len(items) == 1 else many).format(spoken.listing(items, language)))
    if not parts:
        if changes.held:
            return text["nothing_held"]
        return text["nothing_freed"] if changes.freed else text["nothing"]
    for fact in changes.held:
        parts.append(text["also_held"].format(when=spoken.when(fact.start, language)))
    return " ".join(parts)


def _item(key: str, fact: AppointmentFact, language: str) -> str:
    if key in ("moved", "pending", "open") and fact.moved_from is not None:  # a move
        template = _TEXT[language]["move_by" if fact.stylist else "move"]
        return template.format(
            service=fact.service or "",
            old=spoken.slot(fact.moved_from, language),
            new=spoken.slot(fact.start, language),
            stylist=fact.stylist,
        ).strip()
    if key == "cancelled" and fact.moved_from is not None:  # moved, then cancelled: both gone
        return _TEXT[language]["was_moved"].format(
            appointment=spoken.appointment(fact, language),
            old=spoken.slot(fact.moved_from, language),
        )
    if key in ("unchanged", "lost") and fact.moved_from is not None:
        return spoken.appointment(
            AppointmentFact(fact.state, fact.moved_from, fact.stylist, fact.service), language
        )
    return spoken.appointment(fact, language)


class CallSummary:
    """The call's summary, and whether it is due: not yet said, or changed since it was said.

    The caller's goodbye asks for it (`want`): it is then said before the bot's goodbye, or at
    the end of the bot's reply at the latest, so what that reply still changes is in it."""

    def __init__(self, known: Callable[[], tuple[KnownAppointment, ...]], language: str = "de"):
        self._known = known
        self._language = language
        self._said: tuple | None = None
        self.wanted = False

    def text(self) -> str:
        return compose(self._known(), self._language)

    def want(self) -> None:
        """The caller is saying goodbye: the summary is due by the end of this reply."""
        self.wanted = True

    def due(self) -> str | None:
        """The summary to speak now, or None when the caller heard it and nothing changed.
        Asking is saying: the caller of `due` speaks what it returns."""
        self.wanted = False
        known = self._known()
        signature = _changes(known).signature
        if signature == self._said:
            return None
        self._said = signature
        return compose(known, self._language)
