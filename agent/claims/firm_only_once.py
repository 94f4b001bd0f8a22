"""A booking said to become firm only on someone's yes, with the appointment it names (blind 41).

"Gebucht ist der Termin am Freitag um zehn bei Fabian erst, wenn Sie zustimmen", "Der Termin am
28. November ist erst fest, wenn Sie Ja sagen", "Fest gebucht ist Freitag um 10 Uhr erst mit
Ihrem Ja", "Friday at ten with Fabian is only booked once you agree", "It's not booked until you
say yes": the booking is not made yet (conventions 32 and 401: NOT_BOOKED of what it names,
false where that appointment is booked). Said of the salon's yes ("…, fest ist er aber erst,
wenn der Salon zusagt") it is the same (100); the request itself is read in `pending_request`.
The booking words of the sentence are no booking then ("Gebucht ist …", "…, ist es fest"), and
the question after it ("– passt Ihnen das so?") offers nothing of its own (`slots`).

Not: a question, a condition on it ("Falls …"), a rule without the appointment's day or time
("Gebucht wird erst, wenn Sie zustimmen", "Eine Buchung ist erst verbindlich, wenn …", "Ich kann
erst buchen, wenn Sie zustimmen": read elsewhere, neutral).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_YES_DE = (
    r"(?:erst\s*,?\s*(?:wenn|sobald|nachdem)\s+(?:sie|der\s+salon|das\s+team)\b|"
    r"erst\s+(?:mit|nach)\s+(?:ihrem|ihrer|der|dem)\s+(?:ja|zusage|zustimmung|bestätigung|okay|ok|"
    r"freigabe)\b)"
)
_BOOKING_DE = r"(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|eingebucht|fest|verbindlich|fix)"
_DE = lazy(
    # "Gebucht ist der Termin am Freitag … erst, wenn Sie zustimmen"
    rf"^\W*{_BOOKING_DE}\s+(?:ist|sind)\s+(?P<a>[^.!?;–—]*?)\s*{_YES_DE}|"
    # "Der Termin am Freitag … ist erst gebucht, wenn Sie zustimmen"
    rf"^\W*(?P<b>[^.!?;–—]*?)\s+(?:ist|sind)\s+(?:\w+\s+){{0,2}}?erst\s+{_BOOKING_DE}"
    r"(?:\s+sein)?\s*,?\s*(?:wenn|sobald|nachdem|mit|nach)\s+(?:sie|ihrem|ihrer|der|dem)\b"
)
_YES_EN = r"(?:once|when|after|as\s+soon\s+as|until)\s+(?:you|the\s+salon|the\s+team)\b"
_EN = lazy(
    # "Friday at ten with Fabian is only booked once you agree", "… is booked only when you …"
    r"^\W*(?P<a>[^.!?;–—]*?)\s+(?:is|'s|will\s+be)\s+(?:only\s+(?:really\s+)?(?:booked|confirmed|"
    r"fixed|final|firm)|(?:booked|confirmed|fixed|final|firm)\s+only)\s+"
    rf"{_YES_EN}|"
    # "Friday at ten isn't booked until you say yes"
    r"^\W*(?P<b>[^.!?;–—]*?)\s+(?:isn't|is\s+not|'s\s+not|won't\s+be|will\s+not\s+be)\s+"
    rf"(?:yet\s+)?(?:booked|confirmed|fixed|final|firm)\s+(?:yet\s+)?until\s+(?:you|the\s+salon)\b"
)
_NOT_STATED = lazy(r"^\W*(?:falls|wenn|if|unless|whether|ob)\b")
# a dot inside a date, a time or "a.m.": no end of a sentence
_INNER_DOT = lazy(
    r"(?<=\d)\.(?=\d|\s*(?:um|uhr|at|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)\w*\b)|"
    r"(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\.(?!\s*$)"
)


def firm_only_once(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the booking said to come on a yes read as not made (above)."""
    rule = _EN if lang == "en" else _DE
    folded = fold(sentence)
    text = _INNER_DOT.sub("_", folded.text)  # "28.11.", "10 a.m.": no stop (positions kept)
    if not opens(rule, text):
        return claims
    for start in _starts(text):
        m = rule.search(text, start)
        if m is None or m.start() != start:
            continue
        end = text.find("?", m.end())
        if (end != -1 and not _stated_before(text, m.end(), end)) or _NOT_STATED.match(m.group()):
            return claims  # asked, not said; or a condition
        what = "a" if m.group("a") is not None else "b"
        details = read_details(folded.text[m.start(what) : m.end(what)], names)
        if not (details.weekdays or details.days or details.relative_days or details.times):
            return claims  # a rule, no appointment named: "Gebucht wird erst, wenn Sie …"
        span = folded.span(m.start(), m.end())
        denied = Claim(ClaimKind.NOT_BOOKED, *span, ClaimDetails(((Role.ANY, details),)))
        return (*(c for c in claims if not _taken_back(c, span[1], sentence, names)), denied)
    return claims


def _taken_back(claim: Claim, end: int, sentence: str, names: Names) -> bool:
    """A booking the sentence says is not made yet, or the question after it ("– passt Ihnen
    das so?") read as an offer of the slot it borrows from the statement."""
    if claim.kind is ClaimKind.BOOKED:
        return True
    if claim.kind is not ClaimKind.AVAILABLE or claim.start < end:
        return False
    own = read_details(fold(sentence[claim.start : claim.end]).text, names)
    return not (own.weekdays or own.days or own.relative_days or own.times)


def _starts(text: str) -> list[int]:
    """Where a clause may begin: the sentence's start and after a stop or a dash."""
    out = [0]
    out += [i + 1 for i, ch in enumerate(text) if ch in ".!?;–—" and i + 1 < len(text)]
    return [i + len(text[i:]) - len(text[i:].lstrip()) for i in out]


def _stated_before(text: str, start: int, end: int) -> bool:
    """Whether a dash, a stop or a semicolon ends the statement before the question mark at `end`:
    "… erst, wenn Sie zustimmen – passt Ihnen das so?" states, then asks."""
    return any(ch in ".!;–—" for ch in text[start:end])
