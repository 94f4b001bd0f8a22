"""`status REF`: is the appointment really in the calendar? Timeline, ledger next to Cal.com, verdict.

REF is an appointment id (`12`, `#12`), a Cal.com booking UID, or a call id, of one salon
(`--salon`, needed when SALONS_FILE lists several; another salon's REF is not found). Exit code:
0 when ledger and calendar agree, 1 when they do not, 2 when REF is unknown or Cal.com cannot be
asked.
"""

from __future__ import annotations

import argparse
import json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Exit 0: ledger and Cal.com agree; 1: they disagree; 2: not found, no ledger or "
        "Cal.com unreachable."
    )
    parser.add_argument("ref", metavar="REF", help="appointment id, booking UID or call id")
    parser.add_argument("--ledger", help="ledger file (default: LEDGER_PATH)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--salon",
        metavar="ID",
        help="the salon (an id of SALONS_FILE; needed when it lists several)",
    )


async def run(args: argparse.Namespace) -> int:
    from agent.calendar_check import run_on_ledger

    async def work(rt):
        return await status_report(rt.ledger, rt.backend, rt.salon, args.ref)

    report = await run_on_ledger(args.ledger, work, salon=getattr(args, "salon", None))
    if report is None:
        return 2
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(report.lines))
    return report.exit_code


class StatusReport:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.comparisons: list = []
        self.timelines: dict[str, list] = {}
        self.pending_releases: list = []  # reservations Cal.com has not confirmed released
        self.notices: list = []  # callers who must still be told an outcome
        self.purged: dict[str, str] = {}  # call id -> when its personal data was removed
        self.messages: list = []  # messages taken for the salon in these calls
        self.done_keys: set[str] = set()  # dashboard done marks (a message marked done)
        self.outbox: list = []  # texts and salon notifications of these calls
        self.exit_code = 0

    def as_json(self) -> dict:
        from agent.appointment_view import comparison_json
        from agent.messaging.view import message_json, outbox_json

        return {
            "appointments": [comparison_json(c) for c in self.comparisons],
            "timelines": {
                call_id: [{"at": e.at.isoformat(), "kind": e.kind, "data": e.data} for e in events]
                for call_id, events in self.timelines.items()
            },
            "pending_releases": [vars(p) for p in self.pending_releases],
            "callers_to_tell": [vars(n) for n in self.notices],
            "purged": self.purged,
            "messages": [message_json(m, self.done_keys) for m in self.messages],
            "outbox": [outbox_json(i) for i in self.outbox],
            "exit_code": self.exit_code,
        }


def appointment_number(ref: str) -> int | None:
    """REF as our appointment number ("12", "#12", "apt-12"); a longer run of digits is no number of
    ours (a Cal.com booking UID can be all digits) and would not fit the ledger's integer."""
    text = ref.strip().removeprefix("#").removeprefix("apt-")
    return int(text) if text.isdigit() and len(text) <= 18 else None


async def find_appointments(ledger, ref: str) -> tuple[list, str | None]:
    """The appointments REF names, and the call id when REF is a call."""
    number = appointment_number(ref)
    if number is not None:
        appt = await ledger.get(number)
        if appt is not None:
            return [appt], None
    appt = await ledger.find_by_booking_uid(ref)
    if appt is not None:
        return [appt], None
    if await ledger.get_call(ref) is not None:
        return await ledger.appointments_for_call(ref), ref
    return await ledger.find_by_request_id(ref), None


async def status_report(ledger, backend, salon, ref: str) -> StatusReport:
    from agent.appointment_view import (
        call_header,
        comparison_lines,
        notice_lines,
        pending_release_lines,
        timeline_lines,
    )
    from agent.calendar_check import Verdict, check
    from agent.messaging.view import message_lines, text_lines
    from agent.replay.names import names_for

    report = StatusReport()
    names = await names_for(backend, ledger, salon)
    appointments, call_id = await find_appointments(ledger, ref)
    if not appointments and call_id is None:
        return await _only_in_calendar(backend, names, ref, report)
    call_ids = [call_id] if call_id else list(dict.fromkeys(a.call_id for a in appointments))
    for cid in call_ids:
        call = await ledger.get_call(cid)
        events = await ledger.timeline(cid)
        report.timelines[cid] = events
        if call is not None:
            report.lines.append(call_header(call, names))
        report.lines += await _privacy_lines(ledger, cid, names, report)
        report.lines += timeline_lines(events, names) or ["  (keine Einträge)"]
        report.lines.append("")
    for cid in call_ids:
        report.messages += await ledger.messages_for_call(cid)
        report.outbox += await ledger.outbox_items(call_id=cid)
    if not appointments and not report.messages:
        report.lines.append("Dieser Anruf hat keinen Termin hinterlassen.")
    for cid in call_ids:
        report.pending_releases += await ledger.pending_releases(call_id=cid)
        report.notices += await ledger.open_caller_notices(call_id=cid)
    anonymized = await ledger.purged_appointments(a.id for a in appointments)
    for appt in appointments:
        cmp = await check(ledger, backend, appt, names)
        report.comparisons.append(cmp)
        report.lines += comparison_lines(cmp, names)
        if appt.id in anonymized:
            report.lines.append(
                f"  Anruferdaten (Nummer, Namen) entfernt am {names.local(anonymized[appt.id])}: "
                "Aufbewahrungsfrist abgelaufen / caller data removed (retention period over)"
            )
        if cmp.verdict is Verdict.UNREACHABLE:
            report.exit_code = 2
        elif not cmp.agrees:
            report.exit_code = max(report.exit_code, 1)
    report.lines += pending_release_lines(report.pending_releases, names)
    report.lines += notice_lines(report.notices, names)
    report.done_keys = set(await ledger.done_marks())
    report.lines += message_lines(report.messages, report.done_keys, report.outbox, names)
    report.lines += text_lines(report.outbox, names)
    mine = {m.id for m in report.messages}
    open_elsewhere = [m for m in await ledger.open_messages() if m.id not in mine]
    if open_elsewhere:
        report.lines.append(
            f"Dazu {len(open_elsewhere)} offene Nachricht(en) für den Salon aus anderen Anrufen "
            "(Dashboard: Braucht eine Person)."
        )
    elsewhere = len(await ledger.pending_releases()) - len(report.pending_releases)
    if elsewhere > 0:
        report.lines.append(
            f"Dazu {elsewhere} ausstehende Freigabe(n) anderer Anrufe (`reconcile`)."
        )
    return report


async def _privacy_lines(ledger, call_id: str, names, report: StatusReport) -> list[str]:
    """Recording consent, and whether (and when) the call's personal data was removed."""
    privacy = await ledger.call_privacy(call_id)
    if privacy is None:
        return []
    lines = []
    if privacy.recording_consent is not None:
        answer = {"given": "ja", "refused": "nein", "unclear": "unklar (= nein)"}
        file = f", Datei {privacy.recording_path}" if privacy.recording_path else ""
        lines.append(
            f"  Aufzeichnung: Einwilligung {answer.get(privacy.recording_consent, '?')}{file}"
        )
    if privacy.purged_at is not None:
        report.purged[call_id] = privacy.purged_at.isoformat()
        lines.append(
            f"  Gesprächsverlauf, Nummer und Aufnahme gelöscht am "
            f"{names.local(privacy.purged_at)} (Aufbewahrungsfrist abgelaufen) / purged: "
            "transcript, caller number and recording removed (retention period over)"
        )
    return lines


async def _only_in_calendar(backend, names, ref: str, report: StatusReport) -> StatusReport:
    """REF is unknown to the ledger. If it is a booking UID Cal.com knows, that is a
    disagreement of its own: a booking in the calendar that the agent never recorded."""
    from calendar_adapter.backend import CalendarError
    from calendar_adapter.booking_outcome import LIVE_STATUSES

    booking = None
    if appointment_number(ref) is None:
        try:
            booking = await backend.get_booking(ref.strip())
        except CalendarError as exc:
            report.lines.append(
                f"Nicht im Ledger: {ref!r}; ob Cal.com eine solche Buchung hat, ist offen "
                f"(Cal.com nicht erreichbar / unreachable: {exc.message})."
            )
            report.exit_code = 2
            return report
    if booking is None:
        report.lines.append(
            f"Nichts gefunden für {ref!r} (weder Termin-Nr., Buchungs-UID noch Anruf-ID)."
        )
        report.exit_code = 2
        return report
    hosts = ", ".join(names.stylist_name(h) for h in booking.host_user_ids) or "?"
    report.lines += [
        f"Buchung {booking.uid}: nur im Kalender / only in the calendar",
        "  Ledger:   kein Eintrag (dieser Agent hat sie nicht gebucht oder nicht erfasst)",
        f"  Kalender: {booking.status}, {names.local(booking.start)}, {hosts}",
    ]
    report.exit_code = 1 if booking.status in LIVE_STATUSES else 0
    return report
