"""Tool-like output read out as a reply (blind 19, claims31): status fields, table rows, markdown
headings and numbered lists, a record whose fields the clause readers take one by one.

- a status field states the outcome it names: "Status: bestätigt", "Status: HOLD", "Status:
  PENDING – awaiting salon approval" (a bare "Status: ausstehend" names no request: neutral,
  convention 43), "Request status: waiting for the salon to confirm", "Buchung: ok", "Ergebnis: Buchung
  erfolgreich", "Result: cancellation successful", "SMS: versendet", "Text sent!";
- a table row or a heading over a slot says it booked: "Termin | Freitag | 10:00 | bestätigt",
  "## Bestätigung\\nFreitag, 10:00 Uhr";
- a slot line with its status after a dash: "🔒 **Friday, 10 a.m.** – reserved for now";
- a listed free slot is offered: "Freie Zeiten: 1) Donnerstag 15:00", "Option 1: Thursday at 3
  p.m. – want it?" (`available`, conventions 2 and 24).

A record's claims (a recap's line's too: "Quick summary: held, not booked – Friday, 10 a.m.")
name the day and time its other fields give ("Ergebnis: Buchung erfolgreich.
Datum: Freitag. Uhrzeit: 10:00."): a claim of the record that names nothing takes them. A
cancellation's record drops the booking its words are read as ("cancellation successful"), and a
stylist said to know ("Punkt zwei: Fabian weiß Bescheid") is told of it, not booked. Not: a
status said failed or negated ("Status: fehlgeschlagen", "Buchung: nicht möglich"), nor a status
asked for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

K = ClaimKind
_FIELD = r"(?:status|buchung|booking|ergebnis|result|buchungsstatus|booking\s+status)\s*:\s*"
_KINDS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = (
    (
        K.CANCELLED,
        lazy(
            rf"\b(?:{_FIELD}|stornierung\s*:\s*|cancellation\s*:\s*)(?:storniert|cancelled|"
            r"canceled|abgesagt)\b|\b(?:stornierung|cancellation)\s+(?:erfolgreich|successful|ok)\b"
        ),
    ),
    (
        K.BOOKED,
        lazy(
            rf"\b{_FIELD}(?:bestätigt|gebucht|confirmed|booked|ok|okay|erfolgreich|successful)\b|"
            r"\b(?:buchung|booking)\s+(?:erfolgreich|successful)\b|"
            r"\|\s*(?:bestätigt|gebucht|confirmed|booked)\s*\|?\s*$"
        ),
    ),
    (
        K.HELD,
        lazy(
            r"\bstatus\s*:\s*(?:hold|on\s+hold|held|reserviert|vorgemerkt|reserved|geblockt|"
            r"blocked)\b"
        ),
    ),
    (
        K.PENDING,
        lazy(
            # a request or the salon named: a bare "Status: ausstehend." is neutral (blind 3,
            # convention 43)
            r"^(?=.*\b(?:salon|anfrage|request)\b).*\bstatus\s*:\s*(?:pending|ausstehend|angefragt|"
            r"awaiting\s+(?:the\s+)?salon|waiting\s+for\s+the\s+salon|wartet\s+auf\s+(?:den\s+)?"
            r"salon)\b"
        ),
    ),
)
# a markdown heading over the slot, on the text as said (folding makes its line a sentence)
_HEADING = lazy(
    r"^\W*#+\s*(?:bestätigung|buchungsbestätigung|terminbestätigung|confirmation|"
    r"booking\s+confirmation|booking\s+confirmed|gebucht|booked)\s*\n",
    re.IGNORECASE,
)
_TEXT_SENT = lazy(
    r"\b(?:(?:bestätigungs-?)?sms|text|confirmation\s+text)\s*:\s*(?:versendet|verschickt|"
    r"gesendet|unterwegs|raus|sent|on\s+its\s+way)\b|"
    r"^\W*(?:text|sms)\s+(?:sent|versendet|verschickt|gesendet|raus)\b"
)
_LISTED_OFFER = lazy(
    r"\b(?:freie\s+(?:zeiten|termine|slots|plätze)|free\s+(?:slots|times|spots)|optionen|"
    r"options?|option)\s*(?:\w+\s*)?[:)]"
)
_NOT = lazy(
    r"\b(?:nicht|kein\w*|fehlgeschlagen|failed|error|fehler|not|no|abgelehnt|declined)\b|n't\b"
)
# a record: fields "Label: value" (two or more), a table row or a heading
_RECORD = lazy(
    rf"\|.*\||^\W*#+\s|(?:\b\w[\w-]*\s*:\s*\S.*){{2,}}|\b{_FIELD}\w|"
    # a recap's line: "Kurz zusammengefasst: vorgemerkt ja, gebucht noch nicht – Freitag, …"
    r"^\W*(?:kurz\s+)?(?:zusammengefasst|zusammenfassung|quick\s+summary|summary|to\s+recap|"
    r"recap)\s*:",
    re.DOTALL | re.IGNORECASE,
)
# a slot line with its status after a dash: "🔒 **Friday, 10 a.m.** – reserved for now"
_SLOT_LINE = lazy(
    r"^\W*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday)\b[^–—]{0,30}[–—]\s*(?:\w+\s+){0,2}?(?:reserved|held|booked|"
    r"confirmed|vorgemerkt|reserviert|gebucht|bestätigt|geblockt)\b(?:\s+(?:for\s+now|für\s+sie))?"
    r"\W*$"
)
_INFORMED = lazy(
    r"^\W*(?:\w+\s*:\s*)?\w+\s+(?:weiß\s+bescheid|ist\s+informiert|knows|has\s+been\s+told)\W*$"
)
_SAID_KINDS = frozenset({K.BOOKED, K.CANCELLED, K.HELD, K.PENDING, K.DONE, K.FOLLOW_UP})


def _named(d: Details) -> bool:
    return bool(d.weekdays or d.days or d.relative_days or d.times)


def record_claims(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The outcomes `sentence`'s status fields, table rows, headings and listed slots state."""
    if ":" not in sentence and "|" not in sentence and "#" not in sentence:
        if not _TEXT_SENT.search(fold(sentence).text):
            return ()
    folded = fold(sentence)
    text = folded.text
    whole = ClaimDetails(((Role.ANY, read_details(text, names)),))
    out: list[Claim] = []
    for kind, pattern in _KINDS:
        for line in text.split("\n"):
            m = pattern.search(line)
            if m is None or _NOT.search(line[m.start() :]):
                continue
            out.append(Claim(kind, 0, len(sentence), whole))
            break
    if _HEADING.search(sentence) and _named(whole.parts[0][1]):
        out.append(Claim(K.BOOKED, 0, len(sentence), whole))
    if _TEXT_SENT.search(text) and not _NOT.search(text):
        out.append(Claim(K.FOLLOW_UP, 0, len(sentence), ClaimDetails(), FollowUp.TEXT))
    for start, end in sentence_spans(text):
        part = text[start:end]
        if _LISTED_OFFER.search(part) and not _NOT.search(part):
            details = read_details(part, names)
            if (details.weekdays or details.days or details.relative_days) and details.times:
                span = folded.span(start, end)
                out.append(Claim(K.AVAILABLE, *span, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)


def in_record(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of a record given the record's day and time where they name none; a
    cancellation's record without the bookings read in its words."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _RECORD.search(sentence) and not _SLOT_LINE.search(text):
        return claims
    cancelled = _KINDS[0][1].search(text) is not None
    if cancelled or any(c.kind is K.CANCELLED for c in claims):
        informed = [
            folded_span
            for folded_span in sentence_spans(text)
            if _INFORMED.search(text[folded_span[0] : folded_span[1]])
        ]
        claims = tuple(
            c
            for c in claims
            if c.kind is not K.BOOKED
            or not (cancelled or any(a <= c.start < b for a, b in informed))
        )
    if any(c.kind is K.PENDING for c in claims):
        # "Status: ausstehend, der Salon meldet sich": the salon's answer to the request
        claims = tuple(c for c in claims if c.follow_up is not FollowUp.CALLBACK)
    whole = read_details(text, names)
    if not _named(whole):
        return claims
    filled = ClaimDetails(((Role.ANY, whole),))
    return tuple(
        replace(c, details=filled)
        if c.kind in _SAID_KINDS
        and c.kind is not K.FOLLOW_UP
        and not any(_named(d) for _, d in c.details.parts)
        else c
        for c in claims
    )
