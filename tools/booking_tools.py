"""The functions the LLM calls, and the rules that make the receptionist trustworthy.

- A free asked-for time is held in Cal.com at once, before the caller hears it is free.
- A booking is confirmed only when Cal.com answered with a booking uid whose status is
  `accepted`; the sentence to say is composed here from that answer, never by the model.
- A caller only ever sees, cancels or moves appointments booked under their own number.
- Bad arguments give an error result and change nothing; `call` never raises.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from loguru import logger
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema

from calendar_adapter.backend import (
    Attendee,
    BadRequestError,
    Booking,
    BookingRequest,
    CalendarError,
    NotFoundError,
    Offering,
    RateLimitedError,
    SlotHeldByOtherError,
    SlotUnavailableError,
    UnauthorizedError,
)
from calendar_adapter.ledger import Appointment, AppointmentState, IllegalTransitionError
from tools import speech
from tools.availability import FreeSlot, fetch_free, nearest
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import REFUSAL_HINTS, check_request
from tools.phone import normalize_phone
from tools.session import CallSession, Hold, HoldLostError, LostRequest, SlotRef
from tools.slot_window import in_window

Result = dict[str, Any]

TOOL_NAMES = (
    "check_availability",
    "hold_slot",
    "book_appointment",
    "release_hold",
    "find_my_appointments",
    "cancel_appointment",
    "reschedule_appointment",
)
_SLOT_TAKEN = (SlotUnavailableError, SlotHeldByOtherError)
# Refusals that prove the booking request was not carried out: no lookup needed.
_DEFINITE_REFUSALS = (RateLimitedError, UnauthorizedError, NotFoundError, BadRequestError)
_MAX_TEXT = 200
_BOOKING_UID = re.compile(r"[A-Za-z0-9_-]{1,100}")


class ArgumentError(Exception):
    def __init__(self, field: str, hint: str):
        super().__init__(f"{field}: {hint}")
        self.field = field
        self.hint = hint


def _text(args: dict, name: str, *, required: bool = False) -> str | None:
    value = args.get(name)
    if value is None or (isinstance(value, str) and not value.strip() and not required):
        if required:
            raise ArgumentError(name, f"'{name}' fehlt.")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ArgumentError(name, f"'{name}' muss ein nicht leerer Text sein.")
    if len(value) > _MAX_TEXT:
        raise ArgumentError(name, f"'{name}' ist zu lang.")
    return value.strip()


def _function(name: str, description: str, **properties: str) -> FunctionSchema:
    """A tool schema whose arguments are all text, required unless listed in `_OPTIONAL`."""
    return FunctionSchema(
        name=name,
        description=description,
        properties={k: {"type": "string", "description": d} for k, d in properties.items()},
        required=[k for k in properties if (name, k) not in _OPTIONAL],
    )


_OPTIONAL = {
    ("check_availability", "stylist"),
    ("check_availability", "time"),
    ("check_availability", "weekday"),
    ("book_appointment", "phone"),
}
_SLOT_ID = "slot_id aus einem Tool-Ergebnis."
_REF = "ref aus find_my_appointments."


def _schemas() -> list[FunctionSchema]:
    return [
        _function(
            "check_availability",
            "Prüft, ob eine Leistung zu einem Tag (und optional einer Uhrzeit, bei einer "
            "Friseurin/einem Friseur) frei ist. Ist die genannte genaue Uhrzeit frei, wird der "
            "Termin sofort für diesen Anruf reserviert (status 'held'). Eine Tageszeit oder "
            "ungefähre Zeit wird durchsucht, nichts reserviert ('available'). Sonst kommen bis "
            "zu drei Alternativen mit slot_id zurück, oder eine Rückfrage (ambiguous_*). Tage, "
            "Wochentage und Uhrzeiten NIE selbst ausrechnen: alles in den Worten des Anrufers "
            "übergeben.",
            service="Leistung in den Worten des Anrufers, z.B. 'Dauerwelle', 'Haare färben', "
            "'Bart schneiden', 'Herrenschnitt', 'beard trim'.",
            stylist="Name, wie genannt: Vorname, Nachname oder beides, z.B. 'Fabian', 'beim "
            "Mehmet', 'Frau Brandt'. Weglassen, wenn es egal ist.",
            date="Der Tag in den Worten des Anrufers, auch mit Tageszeit: 'heute', 'morgen', "
            "'übermorgen', 'Freitag', 'nächsten Freitag', 'Freitag nächste Woche', 'in zwei "
            "Wochen', 'den 27.', '27.11.', '27. November', 'Heiligabend', 'Ende des Monats', "
            "'morgen früh', 'Freitagnachmittag', 'so bald wie möglich', 'next Friday', "
            "'the 27th'; oder YYYY-MM-DD.",
            time="Uhrzeit oder Zeitraum in den Worten des Anrufers, nicht umgerechnet: 'um 3', "
            "'15 Uhr', 'halb drei', 'Viertel nach elf', '14:30', 'gegen drei', 'ab 15 Uhr', "
            "'zwischen zwei und vier', 'nachmittags', '2 pm', 'half past two'. Optional.",
            weekday="Der Wochentag, den der Anrufer zu einem Datum genannt hat, z.B. 'Freitag' "
            "bei 'Freitag, den 28.'.",
        ),
        _function(
            "hold_slot",
            "Reserviert eine der angebotenen Alternativen (slot_id) für diesen Anruf. "
            "Eine vorher gehaltene Reservierung wird dabei freigegeben.",
            slot_id=_SLOT_ID,
        ),
        _function(
            "book_appointment",
            "Bucht den gehaltenen Termin, nachdem der Anrufer ausdrücklich zugestimmt "
            "hat. Nur bei status 'booked' ist der Termin gebucht; dann genau den Satz aus 'say' "
            "sagen.",
            slot_id="slot_id des gehaltenen Termins.",
            customer_name="Name des Kunden.",
            phone="Telefonnummer, nur wenn sie von der Anrufernummer abweicht.",
        ),
        _function(
            "release_hold", "Gibt den gehaltenen Termin frei, wenn der Anrufer ihn nicht möchte."
        ),
        _function(
            "find_my_appointments",
            "Listet die kommenden Termine des Anrufers (nach seiner Telefonnummer).",
        ),
        _function(
            "cancel_appointment",
            "Storniert einen Termin des Anrufers (ref aus find_my_appointments).",
            ref=_REF,
        ),
        _function(
            "reschedule_appointment",
            "Verschiebt einen Termin des Anrufers auf einen angebotenen Slot "
            "(gleiche Leistung, gleiche Friseurin/gleicher Friseur).",
            ref=_REF,
            slot_id="slot_id des neuen Termins.",
        ),
    ]


class BookingTools:
    names: tuple[str, ...] = TOOL_NAMES

    def __init__(self, session: CallSession):
        self.session = session
        self.deps = session.deps
        self._handlers: dict[str, Callable[[dict], Awaitable[Result]]] = {
            "check_availability": self.check_availability,
            "hold_slot": self.hold_slot,
            "book_appointment": self.book_appointment,
            "release_hold": self.release_hold,
            "find_my_appointments": self.find_my_appointments,
            "cancel_appointment": self.cancel_appointment,
            "reschedule_appointment": self.reschedule_appointment,
        }

    # -- pipecat glue -----------------------------------------------------------------------

    def schemas(self) -> ToolsSchema:
        return ToolsSchema(standard_tools=_schemas())

    async def pipecat_handler(self, params: Any) -> None:
        """A pipecat FunctionCallHandler: `llm.register_function(name, tools.pipecat_handler)`."""
        result = await self.call(params.function_name, params.arguments)
        await params.result_callback(result)

    # -- the one entry point ----------------------------------------------------------------

    async def call(self, name: str, arguments: Any) -> Result:
        """Run one tool. Never raises: every failure is a result with a status and a hint."""
        session = self.session
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except ValueError:
                arguments = None
        if arguments is None:
            arguments = {}
        await session.log("tool_called", tool=name, arguments=_loggable(arguments))
        try:
            handler = self._handlers.get(name)
            if handler is None:
                result = {"status": "error", "hint": f"Unbekanntes Werkzeug {name!r}."}
            elif not isinstance(arguments, dict):
                result = _invalid("arguments", "Argumente müssen ein JSON-Objekt sein.")
            elif session.ended or not session.started:
                result = {"status": "error", "hint": "Der Anruf ist nicht aktiv."}
            else:
                async with session.lock:
                    result = await handler(arguments)
        except ArgumentError as e:
            result = _invalid(e.field, e.hint)
        except CalendarError as e:
            logger.warning("call {}: {} failed: {!r}", session.call_id, name, e)
            result = {
                "status": "error",
                "hint": "Der Kalender ist gerade nicht erreichbar. Nichts wurde gebucht oder "
                "geändert; bitte später noch einmal versuchen oder den Salon anrufen lassen.",
            }
        except asyncio.CancelledError:
            raise
        except Exception as e:
            logger.exception("call {}: tool {} crashed", session.call_id, name)
            result = {"status": "error", "hint": f"Interner Fehler ({type(e).__name__})."}
        await session.log("tool_result", tool=name, result=result)
        return result

    # -- views ------------------------------------------------------------------------------

    def _names(self, event_type_id: int, host_ids: tuple[int, ...] = ()) -> tuple[str, str | None]:
        catalog = self.session.catalog
        offering = catalog.offering_by_event_type(event_type_id)
        service = catalog.service(offering.service_slug) if offering else None
        stylist_id = offering.stylist_user_id if offering else (host_ids[0] if host_ids else None)
        stylist = catalog.stylist(stylist_id) if stylist_id is not None else None
        return (service.name if service else "Termin", stylist.name if stylist else None)

    def _slot_view(self, slot_id: str, slot: SlotRef) -> Result:
        service, stylist = self._names(slot.event_type_id)
        loc = slot.start.astimezone(self.deps.salon.tz)
        return {
            "slot_id": slot_id,
            "service": service,
            "stylist": stylist,
            "date": loc.date().isoformat(),
            "time": loc.strftime("%H:%M"),
            "spoken": speech.spoken_slot(slot.start, self.deps.salon.tz),
        }

    def _held_view(self, hold: Hold) -> Result:
        return {
            "status": "held",
            **self._slot_view(hold.slot_id, hold.slot),
            "hold_minutes": self.deps.hold_minutes,
        }

    def _booking_view(self, booking: Booking) -> Result:
        service, stylist = self._names(booking.event_type_id, booking.host_user_ids)
        loc = booking.start.astimezone(self.deps.salon.tz)
        return {
            "service": service,
            "stylist": stylist,
            "date": loc.date().isoformat(),
            "time": loc.strftime("%H:%M"),
            "spoken": speech.spoken_slot(booking.start, self.deps.salon.tz),
        }

    def _register(self, free: FreeSlot, wanted_stylist: int | None) -> tuple[str, SlotRef]:
        o = free.offering
        ref = SlotRef(
            event_type_id=o.event_type_id,
            start=free.start,
            end=free.start + timedelta(minutes=o.minutes),
            stylist_user_id=o.stylist_user_id,
            service_slug=o.service_slug,
            wanted_stylist=wanted_stylist,
        )
        return self.session.register_slot(ref), ref

    def _offerings(self, service_slug: str, wanted_stylist: int | None) -> list[Offering]:
        catalog = self.session.catalog
        if wanted_stylist is not None:
            o = catalog.offering(wanted_stylist, service_slug)
            return [o] if o else []
        return [o for o in catalog.offerings if o.service_slug == service_slug]

    def _alternatives(
        self,
        free: list[FreeSlot],
        day: date,
        target: datetime | None,
        wanted: int | None,
        exclude: tuple[datetime, ...] = (),
    ) -> list[Result]:
        views = []
        for slot in nearest(free, self.deps.salon, day, target, exclude=exclude):
            slot_id, ref = self._register(slot, wanted)
            views.append(self._slot_view(slot_id, ref))
        return views

    async def _fresh_alternatives(self, slot: SlotRef, *, same_too: bool = False) -> list[Result]:
        """Alternatives around a slot that could not be had (same constraint as when offered).
        Best effort: an unreachable calendar gives none rather than an error."""
        day = slot.start.astimezone(self.deps.salon.tz).date()
        try:
            free = await fetch_free(
                self.deps.backend,
                self.deps.salon,
                self._offerings(slot.service_slug, slot.wanted_stylist),
                day,
                self.deps.clock.now(),
            )
        except CalendarError:
            return []
        exclude = () if same_too else (slot.start,)
        return self._alternatives(free, day, slot.start, slot.wanted_stylist, exclude=exclude)

    # -- check_availability -----------------------------------------------------------------

    async def check_availability(self, args: dict) -> Result:
        service_text = _text(args, "service", required=True)
        date_text = _text(args, "date", required=True)
        stylist_text = _text(args, "stylist")
        time_text = _text(args, "time")
        weekday_text = _text(args, "weekday")
        session, deps = self.session, self.deps
        catalog = session.catalog

        service_match = resolve_service(catalog, service_text, deps.salon)
        if service_match.status == "ambiguous_service":
            return {
                "status": "ambiguous_service",
                "said": service_text,
                "candidates": [s.name for s in service_match.candidates],
                "hint": "Nicht raten: nachfragen, welche dieser Leistungen gemeint ist.",
            }
        if service_match.service is None:
            unknown: Result = {
                "status": "unknown_service",
                "said": service_text,
                "services": [s.name for s in catalog.services],
                "hint": "Diese Leistung gibt es nicht; die angebotenen Leistungen nennen.",
            }
            if service_match.not_offered:
                unknown["not_offered"] = service_match.not_offered
                unknown["hint"] = (
                    f"{service_match.not_offered} bietet der Salon nicht an; das so sagen und "
                    "die angebotenen Leistungen nennen."
                )
            return unknown
        service = service_match.service

        wanted = None
        if not is_no_preference(stylist_text, catalog):
            m = resolve_stylist(catalog, stylist_text, service.slug, deps.salon)
            offered_by = [s.name for s in m.offered_by]
            if m.status == "ambiguous_stylist":
                return {
                    "status": "ambiguous_stylist",
                    "said": stylist_text,
                    "candidates": [s.name for s in m.candidates],
                    "hint": "Nachfragen, wer gemeint ist (vollen Namen nennen lassen).",
                }
            if m.status == "unknown_stylist":
                return {
                    "status": "unknown_stylist",
                    "said": stylist_text,
                    "service": service.name,
                    "offered_by": offered_by,
                    "hint": "Diesen Namen gibt es nicht; sagen, wer die Leistung anbietet.",
                }
            if m.status == "stylist_does_not_offer":
                return {
                    "status": "stylist_does_not_offer",
                    "stylist": m.stylist.name if m.stylist else stylist_text,
                    "service": service.name,
                    "offered_by": offered_by,
                    "hint": "Diese Person bietet die Leistung nicht an; Alternativen nennen.",
                }
            wanted = m.stylist.user_id if m.stylist else None

        now = deps.clock.now()
        check = check_request(deps.salon, now, date_text, time_text, weekday_text, service.minutes)
        if not check.ok:
            refusal: Result = {"status": check.status, "message": check.message}
            if check.options:
                refusal["options"] = check.options
            if check.holiday:
                refusal["holiday"] = check.holiday
            refusal["hint"] = REFUSAL_HINTS.get(check.status, "")
            return refusal
        assert check.day is not None
        day = check.day
        target = check.start_local.astimezone(UTC) if check.start_local else None
        offerings = self._offerings(service.slug, wanted)

        # Already holding exactly this: the holder cannot see its own held slot as free.
        current = session.current_hold
        if (
            target is not None
            and current is not None
            and current.slot.start == target
            and any(o.event_type_id == current.slot.event_type_id for o in offerings)
        ):
            try:
                return self._held_view(await session.ensure_alive(current))
            except HoldLostError:
                pass

        free = await fetch_free(deps.backend, deps.salon, offerings, day, now)
        await session.log(
            "availability_checked",
            service=service.slug,
            stylist=wanted,
            day=day.isoformat(),
            time=target.isoformat() if target else None,
            free=len(free),
        )

        if target is not None:
            previous = session.current_hold
            for slot in [f for f in free if f.start == target]:
                slot_id, _ = self._register(slot, wanted)
                try:
                    hold = await session.place_hold(slot_id)
                except _SLOT_TAKEN as e:
                    await session.log("hold_refused", slot_id=slot_id, error=str(e))
                    continue
                # One hold per call; the old one goes only once the new one stands, so a
                # failed reserve never leaves the caller with nothing.
                if previous is not None:
                    await session.release(previous, reason="caller asked for another time")
                held = self._held_view(hold)
                if day.year != now.astimezone(deps.salon.tz).year:
                    held["understood"] = check.spoken  # said back with its year
                return held

        # A window ("nachmittags", "gegen drei") is searched, never held: the caller picks.
        window_free = in_window(free, check.window) if check.window else None
        near = target or (check.prefer or (check.window[0] if check.window else None))
        alternatives = self._alternatives(
            window_free or free, day, near, wanted, exclude=(target,) if target else ()
        )
        if target is None and alternatives and (window_free or check.window is None):
            result: Result = {
                "status": "available",
                "alternatives": alternatives,
                "hint": "Nichts ist reserviert; der Anrufer wählt, dann hold_slot.",
            }
        else:
            result = {"status": "unavailable", "alternatives": alternatives}
            if target is not None:
                result["asked"] = speech.spoken_slot(target, deps.salon.tz)
            elif check.window:
                result["asked"] = check.spoken
            result["hint"] = (
                "Die gewünschte Zeit ist nicht frei; die Alternativen anbieten (nicht reserviert)."
                if alternatives
                else "In den nächsten Tagen ist nichts frei; nach einem späteren Tag fragen."
            )
        if check.window or day.year != now.astimezone(deps.salon.tz).year:
            result["understood"] = check.spoken  # the window searched; the year when not this
        if session.current_hold is not None:  # the earlier choice still stands until replaced
            hold = session.current_hold
            result["still_held"] = self._slot_view(hold.slot_id, hold.slot)
        return result

    # -- hold_slot / release_hold -----------------------------------------------------------

    async def hold_slot(self, args: dict) -> Result:
        slot_id = _text(args, "slot_id", required=True)
        session = self.session
        slot = session.slot(slot_id)
        if slot is None:
            return _invalid_slot()
        current = session.hold_for(slot_id)
        if current is not None:
            try:
                return self._held_view(await session.ensure_alive(current))
            except HoldLostError:
                return {
                    "status": "unavailable",
                    "alternatives": await self._fresh_alternatives(slot),
                    "hint": "Der Termin ist inzwischen vergeben; Alternativen anbieten.",
                }
        await session.release_current(reason="caller chose another slot")
        try:
            hold = await session.place_hold(slot_id)
        except _SLOT_TAKEN:
            return {
                "status": "unavailable",
                "alternatives": await self._fresh_alternatives(slot),
                "hint": "Der Termin ist inzwischen vergeben; Alternativen anbieten.",
            }
        return self._held_view(hold)

    async def release_hold(self, args: dict) -> Result:
        hold = await self.session.release_current(reason="caller declined")
        if hold is None:
            return {"status": "nothing_held"}
        return {"status": "released", **self._slot_view(hold.slot_id, hold.slot)}

    # -- book_appointment -------------------------------------------------------------------

    async def book_appointment(self, args: dict) -> Result:
        slot_id = _text(args, "slot_id", required=True)
        name = _text(args, "customer_name", required=True)
        phone_text = _text(args, "phone")
        session = self.session
        phone = session.caller_phone
        if phone_text is not None:
            phone = normalize_phone(phone_text)
            if phone is None:
                raise ArgumentError("phone", "Die Telefonnummer ist ungültig; bitte nachfragen.")
        if phone is None:
            raise ArgumentError("phone", "Eine Telefonnummer wird gebraucht; bitte erfragen.")
        slot = session.slot(slot_id)
        if slot is None:
            return _invalid_slot()
        hold = session.hold_for(slot_id)
        if hold is None:
            return {
                "status": "invalid_slot",
                "reason": "not_held",
                "hint": "Dieser Termin ist nicht reserviert; zuerst hold_slot aufrufen.",
            }
        try:
            hold = await session.ensure_alive(hold)
        except HoldLostError:
            return {
                "status": "not_booked",
                "reason": "slot_taken",
                "alternatives": await self._fresh_alternatives(slot),
                "hint": "Nicht gebucht: die Reservierung ist abgelaufen und der Termin inzwischen "
                "vergeben. Alternativen anbieten.",
            }
        if session.lost_requests:  # an earlier attempt of this call may have landed after all
            landed = await session.settle_lost_requests()
            if landed:
                return await self._landed_late(landed[0], hold)
        # Shielded: a hang-up must not leave a booking half-sent and its outcome unrecorded.
        return await self.session.run_to_completion(self._book(hold, name, phone))

    async def _landed_late(self, booking: Booking, hold: Hold) -> Result:
        """The truth before a second booking: the earlier attempt went through after all, so
        nothing more is booked (the caller would otherwise end up with two appointments)."""
        session, tz = self.session, self.deps.salon.tz
        same_slot = (
            hold.slot.event_type_id == booking.event_type_id and hold.slot.start == booking.start
        )
        if same_slot:
            await session.release(hold, reason="the earlier booking of this slot landed late")
        view = self._booking_view(booking)
        accepted = booking.status == "accepted"
        sentence = speech.booked_sentence if accepted else speech.pending_sentence
        return {
            "status": "booked" if accepted else "pending_approval",
            "say": sentence(view["service"], view["stylist"], booking.start, tz),
            "ref": session.register_booking(booking.uid),
            "landed_late": True,
            **view,
            "hint": "Die frühere Buchung ist doch angekommen; es wurde nichts zusätzlich gebucht. "
            + ("" if same_slot else "Soll es der neue Termin sein, die Buchung verschieben."),
        }

    async def _book(self, hold: Hold, name: str, phone: str) -> Result:
        session, deps = self.session, self.deps
        ledger, backend = deps.ledger, deps.backend
        request_id = uuid.uuid4().hex
        session.detach(hold)  # from here on, hang-up cleanup must not release this hold
        await ledger.transition(
            hold.appointment_id, AppointmentState.BOOKING, request_id=request_id, customer_name=name
        )
        request = BookingRequest(
            event_type_id=hold.slot.event_type_id,
            start=hold.slot.start,
            attendee=Attendee(
                name=name,
                time_zone=deps.salon.business.time_zone,
                phone_number=phone,
                language=deps.salon.business.language,
            ),
            request_id=request_id,
            reserved_slot_uid=hold.reservation_uid,
            metadata={"callId": session.call_id},
        )
        await session.log(
            "booking_sent",
            appointment_id=hold.appointment_id,
            request_id=request_id,
            reservation_uid=hold.reservation_uid,
        )
        try:
            booking = await backend.create_booking(request)
        except _SLOT_TAKEN as e:
            return await self._not_booked(hold, f"slot taken: {e}", "slot_taken")
        except _DEFINITE_REFUSALS as e:
            return await self._not_booked(hold, f"refused: {e!r}", "calendar_error")
        except Exception as e:  # lost answer, 5xx, timeout: it may have been committed
            if isinstance(e, asyncio.CancelledError):
                raise
            return await self._resolve_lost(hold, request_id, e)
        if booking.found_by_lookup:
            await session.log(
                "booking_resolved",
                appointment_id=hold.appointment_id,
                booking_uid=booking.uid,
                via="client lookup by request id",
            )
        return await self._outcome(hold, booking)

    async def _resolve_lost(self, hold: Hold, request_id: str, error: Exception) -> Result:
        """The booking request went out and no answer came back (the client's own lookup found
        nothing). Resolved by lookup before answering; `unknown` only when Cal.com cannot be asked.

        Why not simply "not found, so not booked": a request whose answer was lost may still be
        committed by Cal.com a moment later, and a caller told "not booked" would then book again
        and end up with two appointments, while a `failed` row (final) could never follow. So:
        1. Fence: the request carries our reservation uid, and Cal.com refuses a booking whose
           `reservedSlotUid` is not the slot's earliest live hold. Releasing that reservation and
           holding the slot again under a new one means the lost request can no longer land.
           If the slot cannot be held again, it was booked meanwhile (perhaps by that very
           request) or Cal.com is unreachable: the lookup tells.
        2. Settle: a request already past its hold check gets `lost_answer_settle_seconds` to
           finish before we look.
        3. Look up by request id. Not there: `not_booked`, and the fence is the caller's hold on
           the same slot, so trying again is one `book_appointment` away and cannot double-book.
           The request id stays on the failed row, and the call looks for it again before any
           further booking and when it ends: a late landing is recorded and told, not hidden.
        """
        fence = await self._fence(hold)
        if fence is not None and self.deps.lost_answer_settle_seconds > 0:
            await asyncio.sleep(self.deps.lost_answer_settle_seconds)
        lost = LostRequest(hold.appointment_id, request_id, hold.slot)
        try:
            booking = await self.deps.backend.find_booking_by_request_id(
                request_id, event_type_id=hold.slot.event_type_id, around=hold.slot.start
            )
        except Exception as lookup_error:
            if isinstance(lookup_error, asyncio.CancelledError):
                raise
            self.session.lost_requests.append(lost)
            return await self._unknown(hold, f"{error!r}; lookup failed: {lookup_error!r}")
        if booking is None:
            self.session.lost_requests.append(lost)
            return await self._not_booked(
                hold,
                f"answer lost ({error!r}); no booking with request id {request_id} "
                f"after re-holding the slot",
                "calendar_error",
                fence=fence,
            )
        if fence is not None:
            await self.session.release(fence, reason="the lost booking was found")
        await self.session.log(
            "booking_resolved",
            appointment_id=hold.appointment_id,
            booking_uid=booking.uid,
            via="request_id lookup",
        )
        return await self._outcome(hold, booking)

    async def _outcome(self, hold: Hold, booking: Booking) -> Result:
        session, ledger, tz = self.session, self.deps.ledger, self.deps.salon.tz
        view = self._booking_view(booking)
        if booking.uid and booking.status == "accepted":
            await ledger.transition(
                hold.appointment_id,
                AppointmentState.CONFIRMED,
                booking_uid=booking.uid,
                booking_status=booking.status,
            )
            session.booked.append(booking.uid)
            await session.log(
                "booking_confirmed", appointment_id=hold.appointment_id, booking_uid=booking.uid
            )
            return {
                "status": "booked",
                "say": speech.booked_sentence(view["service"], view["stylist"], booking.start, tz),
                "ref": session.register_booking(booking.uid),
                **view,
            }
        if booking.uid and booking.status == "pending":
            await ledger.transition(
                hold.appointment_id,
                AppointmentState.PENDING,
                booking_uid=booking.uid,
                booking_status=booking.status,
            )
            await session.log(
                "booking_pending", appointment_id=hold.appointment_id, booking_uid=booking.uid
            )
            return {
                "status": "pending_approval",
                "say": speech.pending_sentence(view["service"], view["stylist"], booking.start, tz),
                "ref": session.register_booking(booking.uid),
                **view,
            }
        return await self._not_booked(
            hold, f"booking {booking.uid} is {booking.status!r}", "calendar_refused"
        )

    async def _not_booked(
        self, hold: Hold, error: str, reason: str, *, fence: Hold | None = None
    ) -> Result:
        """Record and say "not booked". `fence`: the same slot, held again for this caller."""
        await self._mark_failed(hold, error, release=fence is None)
        result: Result = {
            "status": "not_booked",
            "reason": reason,
            # After a calendar hiccup the same slot may well be free again: offer it too.
            "alternatives": await self._fresh_alternatives(
                hold.slot, same_too=reason != "slot_taken" and fence is None
            ),
            "hint": "Der Termin wurde NICHT gebucht. Das ehrlich sagen und die Alternativen anbieten.",
        }
        if fence is not None:
            result["still_held"] = self._slot_view(fence.slot_id, fence.slot)
            result["hint"] = (
                "Der Termin wurde NICHT gebucht, ist aber weiter für den Anrufer reserviert "
                "(still_held): anbieten, es noch einmal zu versuchen, oder die Alternativen."
            )
        return result

    async def _fence(self, hold: Hold) -> Hold | None:
        """Hold the slot of a lost booking request again under a new reservation (see
        `_resolve_lost`); None when it cannot be held again."""
        with contextlib.suppress(CalendarError):  # gone already if the request consumed it
            await self.deps.backend.release_reservation(hold.reservation_uid)
        try:
            fence = await self.session.place_hold(hold.slot_id)
        except CalendarError as e:
            await self.session.log(
                "fence_refused", appointment_id=hold.appointment_id, error=str(e)
            )
            return None
        await self.session.log(
            "fence_placed",
            appointment_id=hold.appointment_id,
            fence_appointment_id=fence.appointment_id,
        )
        return fence

    async def _unknown(self, hold: Hold, error: str) -> Result:
        await self.deps.ledger.transition(
            hold.appointment_id, AppointmentState.UNKNOWN, error=error
        )
        await self.session.log("booking_unknown", appointment_id=hold.appointment_id, error=error)
        return {
            "status": "unknown",
            "say": speech.unknown_sentence(),
            "hint": "Nicht 'gebucht' sagen: das Ergebnis ist unbekannt. Genau 'say' sagen.",
        }

    # -- the caller's own appointments ------------------------------------------------------

    async def find_my_appointments(self, args: dict) -> Result:
        session, deps = self.session, self.deps
        if not session.caller_phone:
            return _no_caller_number()
        now = deps.clock.now()
        bookings = await deps.backend.list_bookings(after_start=now)
        mine = []
        for b in sorted(bookings, key=lambda b: b.start):
            if b.status in ("accepted", "pending") and b.start > now and await session.owns(b):
                mine.append(
                    {
                        "ref": session.register_booking(b.uid),
                        "state": b.status,
                        **self._booking_view(b),
                    }
                )
        if not mine:
            return {"status": "none", "hint": "Unter dieser Nummer ist kein Termin gebucht."}
        return {"status": "found", "appointments": mine}

    async def _owned_booking(self, ref: str) -> Booking | None:
        """The caller's active booking behind a ref (or a booking uid); None for anything else,
        including someone else's booking: its existence is never revealed."""
        uid = self.session.booking_uid_for(ref) or ref
        if not _BOOKING_UID.fullmatch(uid):  # never let a ref steer the request path
            return None
        try:
            booking = await self.deps.backend.get_booking(uid)
        except NotFoundError:
            return None
        if booking is None or booking.status not in ("accepted", "pending"):
            return None
        return booking if await self.session.owns(booking) else None

    async def cancel_appointment(self, args: dict) -> Result:
        ref = _text(args, "ref", required=True)
        session, deps = self.session, self.deps
        if not session.caller_phone:
            return _no_caller_number()
        booking = await self._owned_booking(ref)
        if booking is None:
            return _not_found()
        await session.log("cancel_sent", booking_uid=booking.uid)
        try:
            await deps.backend.cancel_booking(
                booking.uid, reason="Vom Anrufer telefonisch storniert"
            )
        except CalendarError as e:
            if isinstance(e, NotFoundError):
                return _not_found()
            try:  # the answer may be lost after the cancel happened: ask before answering
                after = await deps.backend.get_booking(booking.uid)
            except CalendarError:
                await session.log("cancel_unknown", booking_uid=booking.uid, error=repr(e))
                return {
                    "status": "unknown",
                    "say": speech.cancel_unknown_sentence(),
                    "hint": "Nicht 'storniert' sagen: ob die Stornierung durchging, ist unbekannt.",
                }
            if after is not None and after.status != "cancelled":
                await session.log("error", during="cancel", booking_uid=booking.uid, error=repr(e))
                return {
                    "status": "error",
                    "hint": "Die Stornierung ist nicht durchgegangen; "
                    "der Termin besteht weiter. Später noch einmal versuchen.",
                }
        await self._ledger_ends(booking, AppointmentState.CANCELLED)
        session.cancelled.append(booking.uid)
        await session.log("cancelled", booking_uid=booking.uid)
        view = self._booking_view(booking)
        return {
            "status": "cancelled",
            "say": speech.cancelled_sentence(
                view["service"], view["stylist"], booking.start, deps.salon.tz
            ),
            **view,
        }

    async def _ledger_row(self, booking: Booking) -> Appointment | None:
        """The ledger row of a booking; one made elsewhere (the web) is recorded first, so the
        ledger can follow what this call does to it."""
        ledger = self.deps.ledger
        row = await ledger.find_by_booking_uid(booking.uid)
        if row is None:
            try:
                row = await ledger.add_confirmed_from_calendar(
                    call_id=self.session.call_id,
                    booking=booking,
                    caller_phone=self.session.caller_phone,
                )
            except ValueError as e:
                await self.session.log(
                    "error", during="ledger_update", booking_uid=booking.uid, error=repr(e)
                )
        return row

    async def _ledger_ends(self, booking: Booking, to: AppointmentState) -> int | None:
        """Move the ledger row of a booking that was cancelled or moved in Cal.com."""
        row = await self._ledger_row(booking)
        if row is None:
            return None
        if to is AppointmentState.RESCHEDULED and row.state is AppointmentState.PENDING:
            to = AppointmentState.CANCELLED  # pending cannot be rescheduled in the state machine
        if row.state is to:
            return row.id  # Cal.com's webhook for this very change got here first
        try:
            await self.deps.ledger.transition(row.id, to)
        except IllegalTransitionError as e:
            await self.session.log(
                "error", during="ledger_update", booking_uid=booking.uid, error=repr(e)
            )
        return row.id

    async def reschedule_appointment(self, args: dict) -> Result:
        ref = _text(args, "ref", required=True)
        slot_id = _text(args, "slot_id", required=True)
        session, deps = self.session, self.deps
        if not session.caller_phone:
            return _no_caller_number()
        slot = session.slot(slot_id)
        if slot is None:
            return _invalid_slot()
        booking = await self._owned_booking(ref)
        if booking is None:
            return _not_found()
        if slot.event_type_id != booking.event_type_id:
            return {
                "status": "invalid_slot",
                "reason": "different_service_or_stylist",
                "hint": "Verschieben geht nur bei gleicher Leistung und gleicher Person; "
                "mit check_availability für diese Leistung und Person suchen.",
            }

        hold = session.hold_for(slot_id)
        try:
            if hold is not None:
                hold = await session.ensure_alive(hold)
            else:
                await session.release_current(reason="caller chose another slot")
                hold = await session.place_hold(slot_id)
        except (HoldLostError, *_SLOT_TAKEN):
            return {
                "status": "unavailable",
                "alternatives": await self._fresh_alternatives(slot),
                "hint": "Der neue Termin ist nicht frei; der alte bleibt bestehen.",
            }

        request_id = uuid.uuid4().hex
        attendee = booking.attendees[0].name if booking.attendees else None
        session.detach(hold)
        old_row = await self._ledger_row(booking)
        # rescheduled_from_id is set before sending, so recovery can tell a lost move from a
        # lost booking and look it up from the old booking's side.
        await deps.ledger.transition(
            hold.appointment_id,
            AppointmentState.BOOKING,
            request_id=request_id,
            customer_name=attendee,
            rescheduled_from_id=old_row.id if old_row else None,
        )
        await session.log(
            "reschedule_sent",
            booking_uid=booking.uid,
            appointment_id=hold.appointment_id,
            reservation_uid=hold.reservation_uid,
        )
        return await self.session.run_to_completion(self._move(booking, hold))

    async def _move(self, booking: Booking, hold: Hold) -> Result:
        session, deps = self.session, self.deps
        backend, ledger = deps.backend, deps.ledger
        try:
            moved = await backend.reschedule_booking(
                booking.uid,
                hold.slot.start,
                reserved_slot_uid=hold.reservation_uid,
                reason="Vom Anrufer telefonisch verschoben",
            )
        except _SLOT_TAKEN as e:
            await self._mark_failed(hold, f"slot taken: {e}")
            return {
                "status": "unavailable",
                "alternatives": await self._fresh_alternatives(hold.slot),
                "hint": "Der neue Termin ist nicht frei; der alte bleibt bestehen.",
            }
        except Exception as e:
            if isinstance(e, asyncio.CancelledError):
                raise
            moved = await self._lookup_move(booking)
            if moved is None:
                try:
                    old = await backend.get_booking(booking.uid)
                except Exception:
                    old = None
                if (
                    old is not None
                    and old.status in ("accepted", "pending")
                    and old.start == booking.start
                ):
                    await self._mark_failed(hold, repr(e))
                    return {
                        "status": "error",
                        "hint": "Das Verschieben ist nicht durchgegangen; "
                        "der alte Termin bleibt bestehen.",
                    }
                await ledger.transition(
                    hold.appointment_id, AppointmentState.UNKNOWN, error=repr(e)
                )
                await session.log(
                    "booking_unknown", appointment_id=hold.appointment_id, error=repr(e)
                )
                return {
                    "status": "unknown",
                    "say": speech.unknown_sentence(),
                    "hint": "Nicht 'verschoben' sagen: das Ergebnis ist unbekannt.",
                }
        state = {"accepted": AppointmentState.CONFIRMED, "pending": AppointmentState.PENDING}.get(
            moved.status
        )
        if not moved.uid or state is None:
            await self._mark_failed(hold, f"reschedule answered {moved.status!r}")
            return {"status": "error", "hint": "Das Verschieben wurde nicht bestätigt."}
        old_id = await self._ledger_ends(booking, AppointmentState.RESCHEDULED)
        await ledger.transition(
            hold.appointment_id,
            state,
            booking_uid=moved.uid,
            booking_status=moved.status,
            rescheduled_from_id=old_id,
        )
        session.moved.append((booking.uid, moved.uid))
        await session.log(
            "rescheduled",
            booking_uid=booking.uid,
            new_booking_uid=moved.uid,
            appointment_id=hold.appointment_id,
        )
        view = self._booking_view(moved)
        result: Result = {
            "status": "rescheduled",
            "ref": session.register_booking(moved.uid),
            **view,
        }
        if state is AppointmentState.CONFIRMED:
            result["say"] = speech.rescheduled_sentence(
                view["service"], view["stylist"], moved.start, deps.salon.tz
            )
        else:
            result["status"] = "pending_approval"
            result["say"] = speech.pending_sentence(
                view["service"], view["stylist"], moved.start, deps.salon.tz
            )
        return result

    async def _lookup_move(self, booking: Booking) -> Booking | None:
        try:
            old = await self.deps.backend.get_booking(booking.uid)
            if old is not None and old.rescheduled_to_uid:
                return await self.deps.backend.get_booking(old.rescheduled_to_uid)
        except Exception:
            return None
        return None

    async def _mark_failed(self, hold: Hold, error: str, *, release: bool = True) -> None:
        """A booking or move that did not happen: ledger `failed`, and its hold (which may survive
        a failed request) freed so nothing lingers."""
        await self.deps.ledger.transition(hold.appointment_id, AppointmentState.FAILED, error=error)
        await self.session.log("booking_failed", appointment_id=hold.appointment_id, error=error)
        if release:
            with contextlib.suppress(CalendarError):
                await self.deps.backend.release_reservation(hold.reservation_uid)


def _invalid(field: str, hint: str) -> Result:
    return {"status": "invalid_argument", "field": field, "hint": hint}


def _invalid_slot() -> Result:
    return {
        "status": "invalid_slot",
        "reason": "unknown_slot_id",
        "hint": "Diese slot_id stammt nicht aus diesem Anruf; nur angebotene Termine verwenden.",
    }


def _not_found() -> Result:
    return {
        "status": "not_found",
        "hint": "Unter der Nummer des Anrufers gibt es diesen Termin nicht.",
    }


def _no_caller_number() -> Result:
    return {
        "status": "no_caller_number",
        "hint": "Die Anrufernummer ist unbekannt; Termine können so nicht gefunden werden.",
    }


def _loggable(arguments: Any) -> Any:
    return arguments if isinstance(arguments, dict) else repr(arguments)[:200]
