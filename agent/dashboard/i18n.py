"""The dashboard's words: German first, English switchable (`?lang=en`, kept in a cookie)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

LANGUAGES = ("de", "en")
LANG_COOKIE = "salon_dashboard_lang"

# key: (Deutsch, English)
WORDS: dict[str, tuple[str, str]] = {
    "app_title": ("Salon-Rezeption", "Salon receptionist"),
    "nav_appointments": ("Termine", "Appointments"),
    "nav_calls": ("Anrufe", "Calls"),
    "nav_attention": ("Braucht eine Person", "Needs a person"),
    "nav_numbers": ("Zahlen", "Numbers"),
    "nav_browser_call": ("Anruf im Browser", "Call from the browser"),
    "logout": ("Abmelden", "Log out"),
    "login_title": ("Anmelden", "Log in"),
    "password": ("Passwort", "Password"),
    "login_button": ("Anmelden", "Log in"),
    "login_wrong": ("Das Passwort stimmt nicht.", "That password is not right."),
    "login_throttled": (
        "Zu viele Versuche. Bitte in einigen Minuten erneut.",
        "Too many attempts. Please try again in a few minutes.",
    ),
    "appointments_title": ("Heute und kommende Termine", "Today and upcoming"),
    "appointments_intro": (
        "Jeder Termin, den der Agent gebucht, verschoben oder storniert hat, live mit Cal.com "
        "verglichen.",
        "Every appointment the agent booked, moved or cancelled, compared live with Cal.com.",
    ),
    "filter_day": ("Tag", "Day"),
    "filter_stylist": ("Stylist", "Stylist"),
    "all_days": ("alle kommenden", "all upcoming"),
    "all_stylists": ("alle", "all"),
    "filter_apply": ("Anzeigen", "Show"),
    "no_appointments": ("Keine Termine.", "No appointments."),
    "when": ("Wann", "When"),
    "service": ("Leistung", "Service"),
    "customer": ("Kunde", "Customer"),
    "ledger": ("Ledger", "Ledger"),
    "calendar": ("Kalender", "Calendar"),
    "verdict": ("Urteil", "Verdict"),
    "call": ("Anruf", "Call"),
    "agrees": ("Ledger und Kalender stimmen überein", "ledger and calendar agree"),
    "disagrees": ("Ledger und Kalender weichen ab", "ledger and calendar disagree"),
    "checked_at": ("geprüft", "checked"),
    "calls_title": ("Anrufe", "Calls"),
    "no_calls": ("Noch keine Anrufe.", "No calls yet."),
    "caller": ("Anrufer", "Caller"),
    "agent": ("Agent", "Agent"),
    "duration": ("Dauer", "Duration"),
    "outcome": ("Ergebnis", "Outcome"),
    "running": ("läuft", "running"),
    "unknown_number": ("unbekannt", "unknown"),
    "conversation": ("Gespräch", "Conversation"),
    "appointments_of_call": ("Termine dieses Anrufs", "Appointments of this call"),
    "ended": ("beendet", "ended"),
    "mode": ("Kanal", "Channel"),
    "interrupted": ("unterbrochen", "interrupted"),
    "call_not_found": ("Diesen Anruf gibt es nicht.", "There is no such call."),
    "attention_title": ("Braucht eine Person", "Needs a person"),
    "attention_intro": (
        "Was der Agent nicht selbst klären konnte. In Cal.com wird von hier aus nichts "
        "geändert; „Erledigt“ merkt sich nur, dass sich jemand darum gekümmert hat.",
        "What the agent could not settle itself. Nothing in Cal.com is changed from here; "
        "“Done” only records that someone took care of it.",
    ),
    "nothing_open": ("Nichts offen.", "Nothing open."),
    "mark_done": ("Erledigt", "Done"),
    "reopen": ("Wieder öffnen", "Reopen"),
    "done_items": ("Erledigt", "Done"),
    "reconcile_now": ("Jetzt mit Cal.com abgleichen", "Reconcile with Cal.com now"),
    "reconciled_at": ("zuletzt abgeglichen", "last reconciled"),
    "reconcile_fixed": ("Im Ledger korrigiert", "Fixed in the ledger"),
    "source_failed": ("Konnte nicht geprüft werden", "Could not be checked"),
    "numbers_title": ("Zahlen auf einen Blick", "Numbers at a glance"),
    "calls_per_day": ("Anrufe pro Tag", "Calls per day"),
    "booked_share": ("Anteil mit Buchung", "Share booked"),
    "avg_length": ("Durchschnittliche Dauer", "Average length"),
    "turn_latency": ("Antwortzeit", "Turn latency"),
    "latency_measured": (
        "Ende der Anruferrede bis erstes Agentenwort (gemessen im Anruf)",
        "end of caller speech to first bot audio (measured in the call)",
    ),
    "latency_timeline": (
        "Anrufer fertig bis Agentenantwort fertig (aus der Timeline; enthält die Sprechdauer)",
        "caller done to bot reply done (from the timeline; includes speaking time)",
    ),
    "cost_per_call": ("Verbrauch pro Anruf", "Usage per call"),
    "no_usage": (
        "Für diese Anrufe wurden keine Verbrauchsdaten erfasst.",
        "No usage metrics were recorded for these calls.",
    ),
    "last_days": ("letzte {n} Tage", "last {n} days"),
    "calls_total": ("Anrufe", "calls"),
    "with_usage": ("mit Verbrauchsdaten", "with usage metrics"),
    "browser_call_title": ("Anruf im Browser", "Call from the browser"),
    "browser_call_intro": (
        "Sprechen Sie mit Ihrem Agenten über das Mikrofon dieses Geräts: dieselbe Pipeline, "
        "dieselben Werkzeuge, derselbe Wächter und dasselbe Ledger wie bei einem Telefonanruf. "
        "Gebuchtes wird wirklich gebucht.",
        "Talk to your agent through this device's microphone: the same pipeline, tools, guard "
        "and ledger as a phone call. What gets booked is really booked.",
    ),
    "start_call": ("Anruf starten", "Start call"),
    "end_call": ("Auflegen", "Hang up"),
    "call_refused": ("Anrufe sind gerade nicht möglich:", "Calls are not possible right now:"),
    "live_transcript": ("Mitschrift", "Transcript"),
    "status_idle": ("Bereit.", "Ready."),
    "lang_switch": ("English", "Deutsch"),
    "verdict_open": ("offen", "open"),
    "open_call": ("Anruf ansehen", "Open call"),
    "what": ("Was", "What"),
    "back": ("zurück", "back"),
    "kind_unknown_outcome": ("Ausgang unbekannt", "Outcome unknown"),
    "kind_awaiting_salon": ("Wartet auf den Salon", "Awaiting the salon"),
    "kind_reconcile": ("Abgleich mit Cal.com", "Reconcile finding"),
    "kind_message": ("Nachricht / Rückruf", "Message / callback"),
    "kind_failed_release": ("Freigabe fehlgeschlagen", "Release failed"),
    "kind_caller_notice": ("Anrufer informieren", "Tell the caller"),
    "call_connecting": ("Verbinde …", "Connecting …"),
    "call_live": ("Verbunden: sprechen Sie.", "Connected: speak now."),
    "call_over": ("Aufgelegt.", "Hung up."),
    "call_failed": ("Der Anruf kam nicht zustande:", "The call could not be made:"),
}

# Outcome tags of a call (see agent/dashboard/outcomes.py)
OUTCOMES: dict[str, tuple[str, str]] = {
    "booked": ("gebucht", "booked"),
    "requested": ("angefragt", "requested"),
    "moved": ("verschoben", "moved"),
    "cancelled": ("storniert", "cancelled"),
    "not_booked": ("nicht gebucht", "not booked"),
    "open": ("offen", "open"),
    "message": ("Nachricht", "message"),
    "forwarded": ("weitergeleitet", "forwarded"),
    "refused": ("abgelehnt", "refused"),
    "nothing": ("nichts", "nothing"),
}

# English names of timeline kinds (German: agent.appointment_view)
KINDS_EN: dict[str, str] = {
    "call_started": "call starts",
    "call_ended": "call ends",
    "availability_checked": "checked",
    "hold_placed": "held",
    "hold_extended": "hold extended",
    "hold_released": "hold released",
    "hold_expired": "hold expired",
    "hold_refused": "hold refused",
    "hold_renewed": "hold renewed",
    "keepalive_gave_way": "renewal put off",
    "booking_sent": "booking sent",
    "booking_confirmed": "booked",
    "booking_pending": "requested",
    "booking_failed": "not booked",
    "booking_unknown": "outcome unknown",
    "booking_resolved": "looked up",
    "booking_landed_late": "booking landed late",
    "fence_placed": "slot fenced",
    "fence_refused": "fence refused",
    "cancel_sent": "cancellation sent",
    "cancel_unknown": "cancellation unconfirmed",
    "cancelled": "cancelled",
    "reschedule_sent": "move sent",
    "rescheduled": "moved",
    "move_retried": "move sent again (fenced)",
    "move_retry_withheld": "move not sent again",
    "move_retry_refused": "move retry refused",
    "caller_told_moved": "caller told: moved after all",
    "caller_told_not_moved": "caller told: not moved",
    "outcome_heard": "outcome heard",
    "outcome_cut": "outcome cut off",
    "bot_cut": "not heard",
    "guard_blocked": "guard blocked",
    "webhook_received": "webhook",
    "reconciled": "reconciled",
    "error": "error",
}


def language(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "de"
    return asked if asked in LANGUAGES else "de"


def translator(lang: str) -> Callable[..., str]:
    index = LANGUAGES.index(lang)

    def t(key: str, **values: object) -> str:
        pair = WORDS.get(key) or OUTCOMES.get(key)
        text = pair[index] if pair else key
        return text.format(**values) if values else text

    return t
