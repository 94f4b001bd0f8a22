"""What the caller hears instead of a blocked sentence: the truth of the call, composed by code.

A sentence that claims more than the ledger holds is not replaced by a generic "I can't confirm
that" but by what is true for the appointment it is about: while a slot is only held, that it is
held and is booked once the caller says yes; after a failure, what failed; with nothing held or
booked, that nothing is (yet); a booking said not to be made yet, that it is booked. The appointment spoken about is the one the call is busy with: an
open one (being booked, held) first, else the one that changed last. A promise with nothing
behind it (a callback, a message, a text, a reminder) is answered with what can be done instead.
A slot named wrongly as held or free is answered with the slot held, else the slots offered.
"""

from __future__ import annotations

from collections.abc import Iterable

from agent.claims.model import AppointmentFact, CallFacts, ClaimKind, FollowUp, SlotFact
from agent.claims.slots import SLOT_KINDS
from agent.guard import spoken
from agent.guard.summary import moved_away
from calendar_adapter.ledger import AppointmentState

S = AppointmentState

_NOTHING = {
    "de": {
        ClaimKind.BOOKED: "Gebucht ist noch nichts.",
        ClaimKind.DONE: "Im Kalender ist noch nichts geändert.",
        ClaimKind.CANCELLED: "Storniert ist noch nichts.",
        ClaimKind.RESCHEDULED: "Verschoben ist noch nichts.",
        ClaimKind.PENDING: "Angefragt ist noch nichts.",
    },
    "en": {
        ClaimKind.BOOKED: "Nothing is booked yet.",
        ClaimKind.DONE: "Nothing has been changed in the calendar yet.",
        ClaimKind.CANCELLED: "Nothing has been cancelled yet.",
        ClaimKind.RESCHEDULED: "Nothing has been moved yet.",
        ClaimKind.PENDING: "Nothing has been requested yet.",
    },
}

_LINES = {
    "de": {
        "held_one": "Der Termin {when} ist für Sie reserviert; gebucht ist er, sobald Sie Ja sagen.",
        "held_many": "Die Termine {when} sind für Sie reserviert; "
        "gebucht sind sie, sobald Sie Ja sagen.",
        "held_move": "Der neue Termin {when} ist für Sie reserviert; "
        "verschoben wird Ihr Termin, sobald Sie Ja sagen.",
        "booking": "Die Buchung des Termins {when} läuft noch; "
        "ich sage Ihnen gleich, ob sie geklappt hat.",
        "unknown": "Ob der Termin {when} gebucht ist, kann ich gerade nicht bestätigen; "
        "der Salon prüft das.",
        "pending": "Der Termin {when} ist angefragt; der Salon muss ihn noch bestätigen.",
        "failed": "Der Termin {when} konnte nicht gebucht werden.",
        "failed_held": "Der Termin {when} konnte nicht gebucht werden; "
        "er ist aber weiter für Sie reserviert.",
        "failed_move": "Das Verschieben hat nicht geklappt; Ihr Termin {old} bleibt, wie er war.",
        "lost_move": "Das Verschieben hat nicht geklappt, und {old} haben Sie damit auch keinen "
        "Termin mehr.",
        "unknown_move": "Ob Ihr Termin {old} bleibt oder auf {when_bare} wechselt, kann "
        "ich noch nicht bestätigen; der Salon prüft das und meldet sich bei Ihnen.",
        "confirmed": "Gebucht ist Ihr Termin {when}.",
        "moved": "Ihr Termin ist verschoben auf {when_bare}.",
        "cancelled": "Ihr Termin {when} ist storniert.",
        "stands": "Ihr Termin {when} besteht weiter.",
    },
    "en": {
        "held_one": "The appointment {when} is held for you; it is booked as soon as you say yes.",
        "held_many": "The appointments {when} are held for you; "
        "they are booked as soon as you say yes.",
        "held_move": "The new time {when} is held for you; "
        "your appointment is moved as soon as you say yes.",
        "booking": "The booking of the appointment {when} is still under way; "
        "I'll tell you in a moment whether it went through.",
        "unknown": "I can't confirm right now whether the appointment {when} is booked; "
        "the salon will check.",
        "pending": "The appointment {when} is requested; the salon still has to confirm it.",
        "failed": "The appointment {when} could not be booked.",
        "failed_held": "The appointment {when} could not be booked; "
        "it is still held for you, though.",
        "failed_move": "Moving it did not work; your appointment {old} stays as it was.",
        "lost_move": "Moving it did not work, and you no longer have the appointment {old} either.",
        "unknown_move": "I can't confirm yet whether your appointment {old} stays or is moved "
        "to {when_bare}; the salon will check and get back to you.",
        "confirmed": "Your appointment {when} is booked.",
        "moved": "Your appointment has been moved to {when_bare}.",
        "cancelled": "Your appointment {when} is cancelled.",
        "stands": "Your appointment {when} still stands.",
    },
}

# an unbacked promise: what is true instead (the agent may take a message with `take_message`)
_PROMISES = {
    "de": {
        FollowUp.CALLBACK: "Eine Nachricht für den Salon habe ich noch nicht aufgenommen – "
        "soll ich das tun?",
        FollowUp.MESSAGE: "Eine Nachricht für den Salon habe ich noch nicht aufgenommen – "
        "soll ich das tun?",
        FollowUp.TEXT: "Eine SMS bekommen Sie vom Salon, sobald ein Termin gebucht, storniert "
        "oder verschoben ist.",
        "no_texts": "Eine SMS verschickt der Salon nicht.",
        FollowUp.REMINDER: "Eine Erinnerung vor dem Termin verschickt der Salon nicht.",
        FollowUp.WAITLIST: "Eine Warteliste führt der Salon nicht.",
        FollowUp.CALENDAR: "Kalendereinladungen verschickt der Salon nicht, und in Ihren "
        "Kalender trage ich nichts ein.",
        FollowUp.EMAIL: "Eine E-Mail verschickt der Salon nicht; er bestätigt per SMS.",
        "email_no_texts": "Eine E-Mail verschickt der Salon nicht.",
        FollowUp.MONEY: "Anzahlungen, Gebühren und Erstattungen nehme ich am Telefon nicht "
        "entgegen; dazu gibt es bei diesem Anruf nichts.",
        FollowUp.DELETION: "Daten löschen kann ich am Telefon nicht; Ihren Wunsch gebe ich gern "
        "an den Salon weiter.",
        FollowUp.NO_TEXT: "Der Salon schickt Ihnen doch eine SMS, sobald ein Termin gebucht, "
        "storniert oder verschoben ist.",
    },
    "en": {
        FollowUp.CALLBACK: "I haven't taken a message for the salon yet – shall I?",
        FollowUp.MESSAGE: "I haven't taken a message for the salon yet – shall I?",
        FollowUp.TEXT: "The salon texts you once an appointment is booked, cancelled or moved.",
        "no_texts": "The salon doesn't send text messages.",
        FollowUp.REMINDER: "The salon doesn't send reminders before the appointment.",
        FollowUp.WAITLIST: "The salon doesn't keep a waiting list.",
        FollowUp.CALENDAR: "The salon doesn't send calendar invites, and I can't add anything "
        "to your calendar.",
        FollowUp.EMAIL: "The salon doesn't send e-mails; it confirms by text.",
        "email_no_texts": "The salon doesn't send e-mails.",
        FollowUp.MONEY: "I can't take, charge or refund any money on the phone; nothing was "
        "paid or waived in this call.",
        FollowUp.DELETION: "I can't delete any data on the phone; I can pass your request on to "
        "the salon.",
        FollowUp.NO_TEXT: "The salon does text you once an appointment is booked, cancelled or "
        "moved.",
    },
}

_OPEN = (S.BOOKING, S.HELD)
_OUTCOMES = (S.UNKNOWN, S.PENDING, S.FAILED, S.CONFIRMED, S.CANCELLED)


def truth(kinds: Iterable[ClaimKind], facts: CallFacts, promises: Iterable[FollowUp] = ()) -> str:
    """The true sentence for a blocked claim of `kinds` (and, for FOLLOW_UP, the `promises`
    made), in the call's language."""
    kinds = set(kinds)
    parts = []
    outcomes = kinds - {ClaimKind.FOLLOW_UP} - SLOT_KINDS
    if outcomes:
        parts.append(_calendar_truth(outcomes, facts))
    elif kinds & SLOT_KINDS:
        parts.append(_slot_truth(kinds, facts))
    if ClaimKind.FOLLOW_UP in kinds:
        parts.append(_promise_truth(set(promises), facts))
    return " ".join(p for p in parts if p)


_SLOT_LINES = {
    "de": {
        "held": "Reserviert ist für Sie: {slots}.",
        "offered": "Frei wäre {slots}.",
        "unchecked": "Das muss ich erst im Kalender prüfen.",
        "nothing_held": "Reserviert ist für Sie noch nichts.",
    },
    "en": {
        "held": "What is held for you: {slots}.",
        "offered": "What is free: {slots}.",
        "unchecked": "I'll have to check that in the calendar first.",
        "nothing_held": "Nothing is held for you yet.",
    },
}
_KEEPING = (S.HELD, S.BOOKING)  # not RESERVING: unanswered, maybe never held
_MAX_OFFERED = 3


def _slot_truth(kinds: set[ClaimKind], facts: CallFacts) -> str:
    """What is true of the slots when a sentence named one wrongly: the slot held (day, time,
    stylist), else the free slots the tools offered, else the booking, else that nothing is
    held (or, for a slot named as free, that the calendar must be asked first)."""
    language = "en" if facts.language == "en" else "de"
    lines = _SLOT_LINES[language]
    held = [a for a in facts.appointments if a.state in _KEEPING]
    if held:
        return lines["held"].format(
            slots=spoken.listing([_slot(a, language) for a in held], language)
        )
    if facts.offered:
        offered = facts.offered[-_MAX_OFFERED:]
        return lines["offered"].format(slots=spoken.slot_list(offered, language, facts.stylists))
    booked = [a for a in facts.appointments if a.state in (S.CONFIRMED, S.PENDING)]
    if booked:
        return _calendar_truth({ClaimKind.BOOKED}, facts)
    return lines["nothing_held" if ClaimKind.HELD in kinds else "unchecked"]


def _slot(slot: AppointmentFact | SlotFact, language: str) -> str:
    """'Freitag, 28. November, 9:30 Uhr bei Fabian Spitzer'."""
    by = "with" if language == "en" else "bei"
    text = spoken.slot(slot.start, language)
    return f"{text} {by} {slot.stylist}" if slot.stylist else text


def _promise_truth(promises: set[FollowUp], facts: CallFacts) -> str:
    lines = _PROMISES["en" if facts.language == "en" else "de"]
    for promise in (
        FollowUp.CALLBACK,
        FollowUp.MESSAGE,
        FollowUp.REMINDER,
        FollowUp.WAITLIST,
        FollowUp.CALENDAR,
        FollowUp.EMAIL,
        FollowUp.MONEY,
        FollowUp.DELETION,
        FollowUp.TEXT,
        FollowUp.NO_TEXT,  # "wir schicken keine SMS" where the salon does (blind 18)
    ):
        if promise in promises:
            if promise is FollowUp.TEXT and not facts.confirmations_by_sms:
                return lines["no_texts"]
            if promise is FollowUp.EMAIL and not facts.confirmations_by_sms:
                return lines["email_no_texts"]
            return lines[promise]
    return lines[FollowUp.MESSAGE]


def _calendar_truth(kinds: set[ClaimKind], facts: CallFacts) -> str:
    language = "en" if facts.language == "en" else "de"
    lines = _LINES[language]
    appointments = list(facts.appointments)  # oldest change first

    def line(key: str, fact: AppointmentFact, **extra: str) -> str:
        return lines[key].format(
            when=spoken.when(fact.start, language),
            when_bare=spoken.when(fact.start, language).split(" ", 1)[1],
            **extra,
        )

    def latest(*states: AppointmentState) -> AppointmentFact | None:
        return next((a for a in reversed(appointments) if a.state in states), None)

    if ClaimKind.NOT_BOOKED in kinds:  # said not booked, and a booking it names exists
        if booked := latest(S.CONFIRMED):
            return line("moved" if booked.moved_from is not None else "confirmed", booked)
        kinds = (kinds - {ClaimKind.NOT_BOOKED}) or {ClaimKind.BOOKED}
    if ClaimKind.NOT_MOVED in kinds:  # said not moved, and a move it names exists (820)
        if moved := next(
            (a for a in reversed(appointments) if a.state is S.CONFIRMED and a.moved_from), None
        ):
            return line("moved", moved)
        kinds = (kinds - {ClaimKind.NOT_MOVED}) or {ClaimKind.RESCHEDULED}
    if ClaimKind.NOT_CANCELLED in kinds:  # said not cancelled, and a cancellation it names exists
        if done := latest(S.CANCELLED):
            return line("cancelled", done)
        kinds = (kinds - {ClaimKind.NOT_CANCELLED}) or {ClaimKind.CANCELLED}

    if kinds == {ClaimKind.CANCELLED}:
        if done := latest(S.CANCELLED):
            return line("cancelled", done)
        if stands := latest(S.CONFIRMED, S.PENDING):
            return line("stands", stands)
        return _NOTHING[language][ClaimKind.CANCELLED]

    held = [a for a in appointments if a.state is S.HELD]
    if booking := latest(S.BOOKING):
        return line("booking", booking)
    if held:
        failed = latest(S.FAILED)
        if failed is not None and any(h.start == failed.start for h in held):
            return line("failed_held", failed)
        if len(held) == 1:
            moving = ClaimKind.RESCHEDULED in kinds and latest(S.CONFIRMED, S.PENDING)
            return line("held_move" if moving else "held_one", held[0])
        whens = [spoken.when(h.start, language) for h in held]
        return lines["held_many"].format(when=spoken.listing(whens, language))
    kind = next(iter(kinds)) if len(kinds) == 1 else ClaimKind.BOOKED
    last = latest(*_OUTCOMES)
    if last is None:
        nothing = _NOTHING[language]
        return nothing.get(kind, nothing[ClaimKind.BOOKED])
    if last.state is S.FAILED and last.moved_from is not None:
        old = spoken.when(last.moved_from, language)
        if moved_away(last, appointments):  # Cal.com moved it, then declined the new one
            return lines["lost_move"].format(old=old)
        return lines["failed_move"].format(old=old)
    if last.state is S.UNKNOWN and last.moved_from is not None:
        return line("unknown_move", last, old=spoken.when(last.moved_from, language))
    if last.state is S.CONFIRMED and last.moved_from is not None:
        return line("moved", last)
    if kind is ClaimKind.RESCHEDULED and last.state is S.CONFIRMED:
        return line("stands", last)
    return line(last.state.value, last)
