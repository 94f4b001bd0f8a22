"""How a call's timeline and an appointment's ledger-vs-calendar comparison read on a terminal.

Shared by `status` and `demo`. Times are the salon's local time; phone numbers stay masked as the
ledger stored them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from agent.calendar_check import Comparison, Verdict
from agent.replay.names import CalendarNames
from calendar_adapter.ledger import CallerNotice, CallRow, PendingRelease, TimelineEvent

_LABELS = {
    "call_started": "Anruf beginnt",
    "call_ended": "Anruf endet",
    "user_said": "Anrufer",
    "bot_said": "Agent",
    "tool_called": "Werkzeug",
    "tool_result": "Ergebnis",
    "availability_checked": "geprüft",
    "hold_placed": "gehalten",
    "hold_extended": "Reservierung verlängert",
    "hold_released": "Reservierung freigegeben",
    "hold_expired": "Reservierung abgelaufen",
    "hold_refused": "Reservierung abgelehnt",
    "booking_sent": "Buchung gesendet",
    "booking_confirmed": "gebucht",
    "booking_pending": "angefragt",
    "booking_failed": "nicht gebucht",
    "booking_unknown": "Ausgang unbekannt",
    "booking_not_confirmed": "noch nicht bestätigt",
    "booking_not_sent": "nicht gesendet (Kalender nicht erreichbar)",
    "booking_withheld": "nicht gesendet (Reservierung unbestätigt)",
    "caller_told_free_at": "Anrufer gesagt, bis wann der Termin blockiert ist",
    "booking_resolved": "nachgeschlagen",
    "booking_landed_late": "doch angekommen",
    "hold_answer_lost": "Reservierung ohne Antwort",
    "hold_renewed": "Reservierung erneuert",
    "keepalive_gave_way": "Verlängerung zurückgestellt",
    "fence_placed": "erneut gehalten (Schutz)",
    "fence_refused": "erneut halten abgelehnt",
    "fence_handed_over": "Schutz bleibt nach dem Anruf",
    "release_queued": "Freigabe ausstehend",
    "caller_must_be_told": "Anrufer informieren",
    "cancel_sent": "Stornierung gesendet",
    "cancelled": "storniert",
    "reschedule_sent": "Verschiebung gesendet",
    "rescheduled": "verschoben",
    "move_retried": "Verschiebung erneut gesendet (mit Schutz)",
    "move_retry_withheld": "Verschiebung nicht erneut gesendet",
    "move_retry_refused": "erneute Verschiebung abgelehnt",
    "caller_told_moved": "Anrufer gesagt: doch verschoben",
    "caller_told_not_moved": "Anrufer gesagt: nicht verschoben",
    "outcome_heard": "Ergebnis gehört",
    "outcome_cut": "Ergebnis unterbrochen",
    "bot_cut": "Agent nicht gehört",
    "guard_blocked": "Wächter blockiert",
    "reconciled": "abgeglichen",
    "error": "Fehler",
}
_STYLIST_KEYS = ("stylist", "stylist_user_id")


def timeline_lines(events: list[TimelineEvent], names: CalendarNames) -> list[str]:
    lines = []
    for e in events:
        clock = e.at.astimezone(names.tz).strftime("%H:%M:%S")
        lines.append(f"  {clock}  {event_label(e.kind)}: {event_detail(e, names)}".rstrip(": "))
    return lines


def event_label(kind: str) -> str:
    """A timeline kind as a German word (the kind itself when it has none)."""
    return _LABELS.get(kind, kind)


def event_detail(event: TimelineEvent, names: CalendarNames) -> str:
    """An event's data as a reader wants it: salon time, stylists by name, tool calls as calls."""
    return _data_text(event.kind, event.data, names)


def _data_text(kind: str, data: dict[str, Any], names: CalendarNames) -> str:
    if kind in ("user_said", "bot_said") and "text" in data:
        return repr(data["text"])
    if kind == "bot_cut" and "text" in data:
        return f"{data['text']!r} ({cut_detail(data)})"
    if kind == "tool_called":
        args = ", ".join(f"{k}={v!r}" for k, v in (data.get("arguments") or {}).items())
        return f"{data.get('tool')}({args})"
    if kind == "tool_result":
        result = data.get("result") or {}
        extra = result.get("say") or result.get("spoken") or result.get("reason") or ""
        return f"{data.get('tool')} -> {result.get('status')}" + (f" ({extra})" if extra else "")
    parts = []
    for k, v in data.items():
        if isinstance(v, str) and _looks_like_instant(v):
            v = names.local(v)
        elif k in _STYLIST_KEYS and isinstance(v, int):
            v = names.stylist_name(v)
        elif isinstance(v, dict | list):
            v = json.dumps(v, ensure_ascii=False)
        parts.append(f"{k}={v}")
    return ", ".join(parts)


def cut_detail(data: dict[str, Any]) -> str:
    """What a `bot_cut` entry says the caller heard of the words."""
    why = "call ended" if data.get("why") == "call_ended" else "cut"
    played = data.get("played")
    return f"{why}, heard: {played!r}" if played else f"{why}, not heard"


def _looks_like_instant(text: str) -> bool:
    """An ISO timestamp with a time part (shown in salon time); plain dates stay as they are."""
    if len(text) < 16 or text[10] != "T":
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def call_header(call: CallRow, names: CalendarNames) -> str:
    ended = (
        f"{names.local(call.ended_at)}, {call.end_reason}"
        if call.ended_at
        else "läuft noch / nicht beendet"
    )
    return (
        f"Anruf {call.call_id}  ({call.mode}, Anrufer {call.caller_phone or 'unbekannt'})\n"
        f"  begonnen {names.local(call.started_at)}; beendet: {ended}"
    )


def comparison_lines(cmp: Comparison, names: CalendarNames) -> list[str]:
    a = cmp.appointment
    who = f", {a.customer_name}" if a.customer_name else ""
    uid = f", uid {a.booking_uid}" if a.booking_uid else ""
    lines = [
        f"Termin #{a.id}: {names.service_name(a.service_slug)} bei {names.stylist_name(a.stylist_user_id)}, "
        f"{names.local(a.start)}{who}",
        f"  Ledger:   {a.state}{uid}" + (f" (Fehler: {a.error})" if a.error else ""),
    ]
    b = cmp.booking
    if cmp.verdict is Verdict.UNREACHABLE:
        lines.append(f"  Kalender: nicht erreichbar ({cmp.error})")
    elif b is None:
        how = {
            "request_id": "per Request-ID gesucht",
            "uid": "UID unbekannt",
            "move": "die alte Buchung ist nicht verschoben",
        }.get(cmp.found_by or "", "nie gebucht")
        hold = ""
        if a.state == "held" and a.reservation_until is not None:
            hold = f"; reserviert bis {names.local(a.reservation_until)}"
        elif a.state == "reserving" and a.reservation_until is not None:
            hold = (
                "; Antwort auf die Reservierung fehlt: sie hält höchstens bis "
                f"{names.local(a.reservation_until)}"
            )
        lines.append(f"  Kalender: keine Buchung ({how}){hold}")
    else:
        hosts = ", ".join(names.stylist_name(h) for h in b.host_user_ids) or "?"
        lines.append(f"  Kalender: {b.status}, {names.local(b.start)}, {hosts}, uid {b.uid}")
    mark = (
        "✓ Ledger und Kalender stimmen überein"
        if cmp.agrees
        else "✗ Ledger und Kalender weichen ab"
    )
    lines.append(f"  Urteil:   {cmp.verdict} / {cmp.verdict.english}  {mark}")
    if cmp.verdict is Verdict.IN_CALENDAR and b is not None and b.status == "pending":
        # in the calendar, and not confirmed: nobody reading "im Kalender" may take it as booked
        lines.append(
            "            angefragt, vom Salon noch nicht bestätigt / requested, unconfirmed"
        )
    lines += [f"            - {d}" for d in cmp.differences]
    if cmp.note:
        lines.append(f"            ({cmp.note})")
    return lines


def comparison_json(cmp: Comparison) -> dict[str, Any]:
    a, b = cmp.appointment, cmp.booking
    return {
        "appointment_id": a.id,
        "call_id": a.call_id,
        "ledger_state": str(a.state),
        "booking_uid": a.booking_uid,
        "start": a.start.isoformat(),
        "calendar": None
        if b is None
        else {
            "uid": b.uid,
            "status": b.status,
            "start": b.start.isoformat(),
            "hosts": list(b.host_user_ids),
        },
        "verdict": cmp.verdict.english,
        "agrees": cmp.agrees,
        "differences": cmp.differences,
        "error": cmp.error,
        "note": cmp.note,
    }


def pending_release_lines(pending: list[PendingRelease], names: CalendarNames) -> list[str]:
    """Reservations Cal.com has not confirmed released (retried in the background and by
    `reconcile --release`)."""
    if not pending:
        return []
    lines = [f"Freigaben ausstehend ({len(pending)}; `reconcile --release` versucht sie jetzt):"]
    for p in pending:
        until = f", hält höchstens bis {names.local(p.until)}" if p.until else ""
        what = f"Termin #{p.appointment_id}, " if p.appointment_id is not None else ""
        lines.append(
            f"  Reservierung {p.reservation_uid} ({what}Anruf {p.call_id}{until}; "
            f"{p.attempts} Versuch(e), zuletzt: {p.last_error})"
        )
    return lines


def notice_lines(notices: list[CallerNotice], names: CalendarNames) -> list[str]:
    """Callers who heard an outcome was open and must still be told how it ended."""
    if not notices:
        return []
    told = {
        "confirmed": "gebucht",
        "pending": "angefragt, der Salon muss bestätigen",
        "failed": "nicht gebucht",
        "cancelled": "gebucht, dann storniert",
        "rescheduled": "gebucht, dann verschoben",
        "cancel_unknown": "Stornierung ohne Antwort: im Kalender prüfen, ob storniert",
    }
    lines = [f"Anrufer informieren ({len(notices)}):"]
    for n in notices:
        lines.append(
            f"  Termin #{n.appointment_id} (Anruf {n.call_id}, {n.caller_phone or 'Nummer unbekannt'}): "
            f"{told.get(n.outcome, n.outcome)} (seit {names.local(n.created_at)})"
        )
    return lines
