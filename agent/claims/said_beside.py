"""Readings corrected by what the same sentence says beside them (blind 18, claims30), the last
step of `amended`:

- a hold said not booked yet: "Friday at ten is pencilled in, love, but it's not booked till you
  say so", "I've set Friday at ten aside for you; it isn't locked in yet", "Freitag um zehn ist
  vorgemerkt, aber noch nicht gebucht": the booking read in the hold's words goes, and the
  request read there unless a request is named (the hold and the denial stay);
- the visit's day said gone (`persona_words.GONE_SAID`: "Bleiben Sie Freitag ruhig zu Hause, der
  Termin ist vom Tisch", "Der Freitag ist für Sie damit hinfällig", "Am Freitag sehen wir uns
  dann nicht, das hat sich erledigt"): the cancellation or success read beside it goes, the
  visit there gone stays (after a move too);
- a condition on coming late that names no day ("Wenn Sie sich verspäten, geben Sie uns bitte
  kurz Bescheid, damit Fabian Bescheid weiß"): no booking (convention 37); a deadline for moving
  the appointment ("Sollten Sie Ihren Termin am Freitag verschieben wollen, geht das bis
  Donnerstagmittag"): no slot;
- the appointment put with a woman colleague: "Die Kollegin hat Sie am Freitag um zehn
  eingetragen, bei ihr sind Sie dann", "My colleague has you Friday at ten, you'll be with her":
  a booking with a stylist the salon file calls Frau (`CallFacts.women_stylists`): the one whose
  booking fits the rest of what it names, else (none has one) the first of them, which no
  booking backs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import CallFacts, Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.persona_words import GONE_SAID
from calendar_adapter.ledger import AppointmentState

K = ClaimKind
_QUICK = lazy(
    r"pencil|aside|vorgemerkt|reserv|zu hause|kollegin|colleague|verspäten|geht das bis|"
    r"fällt für sie weg|hinfällig|seeing you|sehen wir uns",
    re.IGNORECASE,
)
_HOLD = lazy(
    r"\b(?:pencilled|penciled|set\s+(?:\w+\s+){1,5}?aside|put\s+aside|vorgemerkt|reserviert|"
    r"reserved)\b"
)
_NOT_YET = lazy(
    r"\b(?:not|isn't|it's\s+not)\s+(?:booked|locked\s+in|confirmed|fixed)\s+(?:yet|till|until)\b|"
    r"\bisn't\s+(?:booked|locked\s+in|confirmed)\s+yet\b|"
    r"\b(?:aber\s+)?noch\s+nicht\s+(?:gebucht|fest|bestätigt|eingetragen)\b"
)
# an act of cancelling named beside the gone visit ("…, ich habe ihn ausgetragen")
_ACT = lazy(r"\b(?:ausgetragen|gestrichen|storniert|abgesagt|cancell?ed)\b")
_REQUEST = lazy(r"\b(?:anfrage|request|salon\s+muss|salon\s+has\s+to)\b")
# convention 37: a condition on coming late that names no day is a house instruction
_LATE_NO_DAY = lazy(
    r"^\W*(?:wenn|falls|sollten)\s+sie\s+sich\s+verspäten\b(?![^.!?]*\b(?:montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|morgen|übermorgen|termin)\b)"
)
# a deadline for changing the appointment, not a slot: "…, geht das bis Donnerstagmittag"
_DEADLINE = lazy(
    r"^\W*(?:sollten|wenn|falls)\s+sie\s+ihren\s+termin\b[^,]*\b(?:verschieben|absagen)\s+"
    r"(?:wollen|möchten|müssen)\s*,\s*geht\s+das\s+bis\b"
)
_COLLEAGUE_HER = lazy(
    r"\b(?:die|meine|unsere)\s+kollegin\s+hat\s+sie\b[^.!?]*\b(?:eingetragen|gebucht)\b[^.!?]*\b"
    r"bei\s+ihr\b|"
    r"\b(?:my|our|a)\s+colleague\s+has\s+you\b[^.!?]*\bwith\s+her\b"
)


def beside(
    sentence: str, claims: tuple[Claim, ...], facts: CallFacts, names: Names
) -> tuple[Claim, ...]:
    """`claims` corrected by the classes above."""
    if not _QUICK.search(sentence):
        return claims  # most sentences
    text = fold(sentence).text
    if _HOLD.search(text) and _NOT_YET.search(text) and any(c.kind is K.HELD for c in claims):
        dropped = {K.BOOKED} if _REQUEST.search(text) else {K.BOOKED, K.PENDING}
        claims = tuple(c for c in claims if c.kind not in dropped)
    if GONE_SAID.search(text) and not _ACT.search(text) and any(c.kind is K.GONE for c in claims):
        claims = tuple(c for c in claims if c.kind not in (K.CANCELLED, K.DONE))
    if _LATE_NO_DAY.search(text):  # no day in the sentence: whoever is told, no booking
        claims = tuple(c for c in claims if c.kind is not K.BOOKED)
    if _DEADLINE.search(text):
        claims = tuple(c for c in claims if c.kind is not K.AVAILABLE)
    if _COLLEAGUE_HER.search(text):
        claims = _with_her(sentence, text, claims, facts, names)
    return claims


def _with_her(
    sentence: str, text: str, claims: tuple[Claim, ...], facts: CallFacts, names: Names
) -> tuple[Claim, ...]:
    details = read_details(text, names)
    if details.stylists or not facts.women_stylists:
        return claims  # a name said is read as said; a salon file without titles: as read
    fitting = [
        a.stylist
        for a in facts.appointments
        if a.state is AppointmentState.CONFIRMED and a.stylist in facts.women_stylists
    ]
    from agent.claims.decide import backed  # decide reads through this module: import on use

    def named(stylist: str) -> Claim:
        her = replace(details, stylists=frozenset({stylist}))
        return Claim(K.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, her),)))

    candidates = fitting or list(facts.women_stylists)
    booked = next((named(s) for s in candidates if backed(named(s), facts)), named(candidates[0]))
    return (*(c for c in claims if c.kind is not K.BOOKED), booked)
