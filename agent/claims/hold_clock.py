"""The hold's clock (blind 25's false blocks, claims44): one job, reading what a sentence says of
the hold's time as the hold, not as a booking or a cancellation.

- the hold running out, extended or kept for a span ("Die Reservierung läuft um 11:15 ab", "The
  reservation times out at 11:15", "Ich habe die Reservierung um fünf Minuten verlängert", "Ich
  habe den Platz für eine Viertelstunde festgehalten"): HELD, naming no time (the expiry is not
  the slot's time);
- the slot the caller's for now, or waiting for their yes ("Noch gehört der Platz Ihnen, aber
  nicht mehr lange", "the slot's still yours for now", "Ihr Platz wartet noch ein paar Minuten
  auf Ihr Ja"), and "in two minutes the slot is gone again" ("Nur noch zwei Minuten, dann ist der
  Platz wieder weg"): HELD;
- only noted or kept ("Gebucht? Nein, nur vorgemerkt."): HELD;
- the hold said not to run out any more ("Die Reservierung läuft nicht mehr ab, der Termin ist
  jetzt gebucht"): that clause claims nothing (the booking is said in its own clause).

A booking said in the same clause in its own words ("gebucht", "booked", "confirmed") is not
changed. A sentence on the clock of the caller's hold ("The hold times out at half past
eleven", "still yours for a few minutes, but the clock is running") that was read as claiming
nothing claims the hold; a rule for holds in general ("Eine Reservierung verfällt nach zehn
Minuten") claims nothing.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

K = ClaimKind
_HOLD = r"(?:reservierung|vormerkung|platz|hold|reservation|slot|spot|blockung)"
_SPAN = (
    r"(?:minuten?|viertelstunde|halbe\s+stunde|stunde|minutes?|quarter\s+of\s+an\s+hour|"
    r"half\s+an\s+hour|hour)"
)
_CLOCK = lazy(
    rf"\b{_HOLD}\b[^,;.!?]*\b(?:läuft\s+(?:\w+\s+){{0,3}}?ab|verfällt|endet|times?\s+out|"
    r"expires?|runs?\s+out|lapses?)\b|"
    rf"\b(?:verlänger\w*|extended|extend)\b[^,;.!?]*\b{_HOLD}\b|"
    rf"\b{_HOLD}\b[^,;.!?]*\b(?:verlänger\w*|extended)\b|"
    rf"\b(?:festgehalten|gehalten|geblockt|blockiert|held|kept|blocked)\b[^,;.!?]*\b{_SPAN}\b|"
    rf"\b(?:für|for)\s+(?:eine|einen|ein|\w+)\s+(?:\w+\s+)?{_SPAN}\b[^,;.!?]*\b(?:festgehalten|"
    r"gehalten|geblockt|blockiert|held|kept|blocked)\b|"
    r"\bwartet\b[^,;.!?]*\bauf\s+ihr\s+ja\b|\bwaiting\b[^,;.!?]*\bfor\s+your\s+yes\b"
)
# for now only: "Noch gehört der Platz Ihnen, aber nicht mehr lange", "still yours for now"
_FOR_NOW = lazy(
    rf"\b(?:gehört|ist)\s+(?:der|die|das)\s+{_HOLD}\s+(?:noch\s+)?ihnen\b.*\bnicht\s+mehr\s+"
    r"(?:lange|ewig)\b|\bnoch\s+(?:gehört|ist)\b[^.!?]*\bihrer?\b.*\bnicht\s+mehr\s+(?:lange|"
    r"ewig)\b|\bstill\s+yours\s+(?:for\s+now|for\s+a\s+(?:few|couple)|for\s+\w+\s+minutes)\b|"
    r"\bclock(?:'s|\s+is)\s+(?:ticking|running)\b.*\byours\b|\byours\b.*\bclock(?:'s|\s+is)\s+"
    r"(?:ticking|running)\b|"
    rf"\b(?:noch|only)\s+(?:\w+\s+){{0,2}}?{_SPAN}\b[^.!?]*\bdann\s+ist\s+(?:der|die|das)\s+"
    rf"{_HOLD}\s+(?:\w+\s+)?(?:weg|frei|futsch)\b"
)
_ONLY_KEPT = lazy(
    r"^\W*(?:nein\W+)?(?:nur|bloß|lediglich|just|only)\s+(?:\w+\s+)?(?:vorgemerkt|reserviert|"
    r"geblockt|blockiert|festgehalten|pencilled\s+in|penciled\s+in|held|on\s+hold)\W*$"
)
_NO_EXPIRY = lazy(
    rf"\b{_HOLD}\b[^,;.!?]*\b(?:läuft|verfällt)\s+nicht\s+mehr\b|\b{_HOLD}\b[^,;.!?]*\b"
    r"(?:no\s+longer|won't|will\s+not)\s+(?:expire|run\s+out|lapse|time\s+out)\b"
)
# the caller's hold, named definitely: "the hold", "die Reservierung", "Ihr Platz"
_THE_HOLD = lazy(rf"\b(?:the|your|die|der|ihre?|this|diese[rs]?)\s+{_HOLD}\b|\byours\b|\bihrer?\b")
# a clock time the hold runs to ("at half past eleven", "um 11:15"), not a span
_AT_TIME = lazy(r"\b(?:at|um|bis|until|till)\s+(?:\d|half|quarter|viertel|halb|\w+\s+past)")
# the hold lapsed already, or a rule with a condition
_LAPSED_OR_RULE = lazy(
    r"\b(?:has|have|had)\s+(?:run|timed|gone)\s+out\b|\bis\s+up\b|\babgelaufen\b|expired|"
    r"\b(?:wenn|falls|if|unless)\b"
)
_BOOKED_WORD = lazy(r"\b(?:gebucht|eingetragen|bestätigt|booked|confirmed)\b")
_TURNED = frozenset({K.BOOKED, K.CANCELLED, K.GONE})
_QUICK = lazy(
    r"ab\b|verfällt|endet|out\b|expire|lapse|verlänger|extend|halt|held|kept|block|wartet|"
    r"waiting|weg\b|frei\b|ihnen|ihrer|yours|nur|bloß|lediglich|just|only"
)


def hold_clock(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with what the hold's clock said read as the hold (see above)."""
    if not claims:
        return _clock_told(sentence)
    if not any(c.kind in _TURNED for c in claims):
        return claims
    folded = fold(sentence)
    if not _QUICK.search(folded.text):
        return claims
    held, gone = [], []
    whole = folded.text
    for m in CLAUSE_PIECE.finditer(whole):
        piece = m.group()
        span = folded.span(m.start(), m.end())
        if _NO_EXPIRY.search(piece):
            gone.append(span)
        elif _BOOKED_WORD.search(piece):
            continue
        elif _CLOCK.search(piece) or _ONLY_KEPT.search(piece):
            held.append(span)
    if _FOR_NOW.search(whole) and not _BOOKED_WORD.search(whole):
        held.append((0, len(sentence)))
    if not held and not gone:
        return claims
    out = []
    for c in claims:
        if c.kind in _TURNED and any(s <= c.start < e for s, e in gone):
            continue
        if c.kind in _TURNED and any(s <= c.start < e for s, e in held):
            c = replace(c, kind=K.HELD, details=ClaimDetails())
        out.append(c)
    return tuple(out)


def _clock_told(sentence: str) -> tuple[Claim, ...]:
    """The hold claimed by a sentence on its clock that no other reader read (see above)."""
    text = fold(sentence).text
    if not _QUICK.search(text) or _BOOKED_WORD.search(text) or not _THE_HOLD.search(text):
        return ()
    if _NO_EXPIRY.search(text) or _LAPSED_OR_RULE.search(text):
        return ()
    if not ((_CLOCK.search(text) and _AT_TIME.search(text)) or _FOR_NOW.search(text)):
        return ()
    return (Claim(K.HELD, 0, len(sentence)),)
