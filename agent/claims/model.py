"""The vocabulary shared by the claim reader, the decision and the guard."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from agent.claims.details import ClaimDetails
from calendar_adapter.ledger import AppointmentState


class ClaimKind(StrEnum):
    """What a sentence can state as done in the calendar for this caller."""

    BOOKED = "booked"  # the caller's appointment is booked / firmly in the calendar
    CANCELLED = "cancelled"  # the caller's appointment is cancelled
    RESCHEDULED = "rescheduled"  # the caller's appointment was moved
    # the caller's appointment there is gone, cancelled or moved away ("Fabian rechnet am Freitag
    # nicht mehr mit Ihnen"): agent/claims/cancel_effect.py
    GONE = "gone"
    # a request with the salon awaiting its confirmation ("Der Salon muss den Termin noch
    # bestätigen"): agent/claims/pending_request.py
    PENDING = "pending"
    # the caller's appointment is not booked yet ("Der Termin ist noch nicht gebucht", "gebucht
    # ist er, sobald Sie Ja sagen"): agent/claims/not_booked.py
    NOT_BOOKED = "not_booked"
    # the caller's appointment is not cancelled ("Storniert ist nichts", "I haven't cancelled
    # anything", "Nicht abgesagt, nur verschoben"): agent/claims/not_cancelled.py (convention 280)
    NOT_CANCELLED = "not_cancelled"
    # the caller's appointment is not moved (yet) ("Verschoben? Noch nicht", "I haven't moved it
    # yet"): agent/claims/not_moved.py (convention 820)
    NOT_MOVED = "not_moved"
    # the caller's appointment stays as it was ("Ihr alter Termin bleibt bestehen" while a move
    # is only asked for): agent/claims/stands.py
    STANDS = "stands"
    DONE = "done"  # unspecific success ("Erledigt!", "All sorted"): true after any of the above
    FOLLOW_UP = "follow_up"  # a promise the salon acts later: a callback, a message, a text
    # what a slot is (agent/claims/slots.py): not an outcome, but what the caller agrees to
    HELD = "held"  # a slot is reserved for the caller ("Freitag um zehn ist für Sie reserviert")
    AVAILABLE = "available"  # a slot is free or offered ("um elf hätte ich", "Passt Ihnen 11?")


class FollowUp(StrEnum):
    """What a follow-up promise says will happen after the call (`ClaimKind.FOLLOW_UP`)."""

    CALLBACK = "callback"  # the salon contacts the caller: "der Salon ruft Sie zurück"
    MESSAGE = "message"  # the caller's words go to the salon: "ich gebe das weiter"
    TEXT = "text"  # a text or e-mail to the caller: "Sie bekommen eine SMS"
    REMINDER = "reminder"  # a reminder before the visit: "Sie bekommen eine Erinnerung"
    EMAIL = "email"  # an e-mail to the caller: "Die Bestätigungsmail ist raus" (blind 15)
    # a deposit, fee or refund taken, charged, waived or paid back: "Die Anzahlung ist
    # eingegangen", "The fee has been waived" (blind 16; no tool takes money)
    MONEY = "money"
    # no text goes to the caller: "nur die SMS kommt nicht, wir schicken keine" (blind 18; true
    # only where the salon confirms nothing by text and none was queued)
    NO_TEXT = "no_text"
    # the caller said put on a waiting list: "Sie stehen auf der Warteliste", "You're number two
    # on the waitlist" (blind 20; no waiting list exists in the system, so it is backed by nothing)
    WAITLIST = "waitlist"
    # a calendar invite or .ics file sent, the caller's own calendar written: "Ich habe Ihnen eine
    # Kalendereinladung geschickt", "I've added it to your Google Calendar" (blind 32; no tool
    # sends one, so it is backed by nothing)
    CALENDAR = "calendar"
    # the caller's data said deleted: "Ihre Daten sind gelöscht", "Your data has been deleted"
    # (blind 38; no tool deletes data, so it is backed by nothing)
    DELETION = "deletion"


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind
    start: int  # span of the claiming clause in the original sentence
    end: int
    details: ClaimDetails = field(default_factory=ClaimDetails, compare=False)  # what it names
    follow_up: FollowUp | None = None  # for FOLLOW_UP: what is promised
    # for NOT_BOOKED: said only as no confirmation yet or the outcome open ("noch nicht bestätigt",
    # "still open": agent/claims/unconfirmed.py), which an open outcome backs (convention 731)
    unconfirmed: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class SentenceReading:
    text: str  # as given
    normalized: str  # what the reader looked at (NFKC, invisible characters gone, folded)
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class AppointmentFact:
    """One appointment of this call (or of this caller, found by a tool in this call)."""

    state: AppointmentState
    start: datetime  # aware, in the salon's zone
    stylist: str | None = None  # display name, "Fabian Spitzer"
    service: str | None = None  # display name, "Dauerwelle"
    moved_from: datetime | None = None  # a move's new appointment: where it was before


@dataclass(frozen=True)
class SlotFact:
    """A free slot a tool offered in this call (an alternative the caller may pick)."""

    start: datetime  # aware, in the salon's zone
    stylist: str | None = None
    service: str | None = None
    moved_from: None = None  # (a slot is no move; read like an appointment by the decision)


@dataclass(frozen=True)
class CallFacts:
    """What the ledger knows about this call when a sentence is about to be spoken."""

    now: datetime  # aware, in the salon's zone: "morgen", "Freitag" are read against it
    language: str = "de"
    appointments: tuple[AppointmentFact, ...] = ()
    stylists: tuple[str, ...] = ()  # every stylist's display name (to see who a sentence names)
    services: tuple[str, ...] = ()  # every service's display name
    service_aliases: tuple[tuple[str, str], ...] = ()  # (alias, service display name): "Perm"
    # (service display name, its minutes): the start an end time names ("fertig gegen 12:15")
    service_minutes: tuple[tuple[str, int], ...] = ()
    stylist_aliases: tuple[tuple[str, str], ...] = ()  # (nickname, stylist display name): "Fabi"
    # what backs a follow-up promise (see `FollowUp`)
    messages: tuple[str, ...] = ()  # kinds of the messages taken for the salon in this call
    texts: int = 0  # texts to the caller queued in this call (the ledger's outbox, channel sms)
    confirmations_by_sms: bool = False  # a booking, cancellation or move is confirmed by text
    offered: tuple[SlotFact, ...] = ()  # free slots the availability answers of this call offered
    # stylists the salon file calls "Frau": whom "die Kollegin … bei ihr", "with her" can name
    women_stylists: tuple[str, ...] = ()
    # the caller's last words (their latest turn, as transcribed), "" when not known: what a
    # verbless slot answers ("Freitag um zehn bei Fabian." after "Wann ist mein Termin?")
    caller: str = ""
    # the receptionist's sentence the caller heard last in this call (what the guard handed on,
    # never a blocked sentence or unsent text), "" when none: what an ellipsis takes its claim
    # from ("Ihr Termin ist gebucht." then "Der Ihrer Frau auch.": agent/claims/ellipsis.py)
    said_before: str = ""


@dataclass(frozen=True)
class Decision:
    claims: tuple[Claim, ...]  # every claim the sentence makes
    unbacked: tuple[Claim, ...] = field(default=())  # the ones the facts do not back

    @property
    def passes(self) -> bool:
        return not self.unbacked
