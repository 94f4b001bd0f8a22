"""A cancellation said beside a move in the same sentence is the move's old place: "Ich habe
Ihren Termin auf Donnerstag um drei gesetzt, der Freitag entfällt", "Moved you to Thursday at
three; Friday's cancelled". After the move the old place is `rescheduled`, not cancelled, so the
cancellation's reading would stop a true sentence; read as GONE (cancelled, or a move's old
place) it is backed by either. Likewise a cancellation read in the very words a GONE claim
covers when they name the old appointment ("Der alte Termin am Freitag ist damit hinfällig"),
as `visit_gone` intends (blind 11); not otherwise ("Der Freitag um zehn fällt weg, der Platz
geht an die Warteliste" is a cancellation, which a move does not back).

A cancellation of one day said beside a booking of another day is the same summary of a move
(blind 12: "Freitag ist abgesagt und Donnerstag um drei ist gebucht", "I dropped Friday and gave
you Thursday at three", "Freitag ist gelöscht, Donnerstag um drei eingetragen"): GONE too; the
booking still has to be backed, so after a cancellation alone the sentence is stopped. So is the
old appointment said cancelled beside the new one said booked, in a reply of several sentences
too ("Den alten Termin habe ich storniert. Der neue ist gebucht.": the lead's D34, 1101)."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

K = ClaimKind
_OLD = lazy(
    r"\b(?:alte[nrms]?|bisherige[nrms]?|ursprüngliche[nrms]?|old|previous|original)\b", re.I
)  # (claims126: 905's wordings below also take "vorherige", "frühere", "earlier", "former")


def _weekdays(c: Claim) -> frozenset[int]:
    return frozenset().union(*(d.weekdays for _, d in c.details.parts))


def _beside_other_day(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Each cancellation of a day read as GONE when the sentence books another day."""
    booked = frozenset().union(*(_weekdays(c) for c in claims if c.kind is K.BOOKED))
    if not booked:
        return claims
    return tuple(
        Claim(K.GONE, c.start, c.end, c.details, c.follow_up)
        if c.kind is K.CANCELLED and _weekdays(c) and not _weekdays(c) & booked
        else c
        for c in claims
    )


# the old appointment said cancelled, and nothing else (convention 905, the lead's decision;
# claims122): "Ihr alter Termin ist storniert", "The old one is cancelled", "Your old Friday slot
# has been cancelled": Cal.com cancels the old booking when it reschedules, so it is true of a
# move's old place as of a cancellation (GONE); said beside more ("…, but the new one isn't in")
# the cancellation stays as read
_OLD_WORD = (
    r"(?:alte[nrms]?|bisherige[nrms]?|ursprüngliche[nrms]?|vorherige[nrms]?|frühere[nrms]?|old|"
    r"previous|original|earlier|former)"
)
_CANCEL_WORD = r"(?:storniert|abgesagt|gestrichen|gelöscht|cancell?ed|called\s+off)"
_NO_MORE = (
    r"(?:no\s+longer\s+exists|doesn't\s+exist\s+any\s*more|is\s+no\s+more|is\s+gone|"
    r"existiert\s+nicht\s+mehr|gibt\s+es\s+nicht\s+mehr|ist\s+weg)"
)
_DETAILS = r"(?:\s+(?:am|um|bei|on|at|with)\s+[\w:.]+(?:\s+(?:uhr|a\.?m\.?|p\.?m\.?))?){0,3}"
_ADVERBS = r"(?:(?:jetzt|nun|schon|bereits|damit|now|already|also|auch)\s+)?"
_TAIL = r"(?:\s*,?\s*(?:by\s+the\s+way|übrigens|now|jetzt|as\s+well|too|auch))?\s*[.!]?\s*$"
_OLD_CANCELLED = lazy(
    # "Ihr alter Termin ist storniert", "Your earlier slot on Friday at ten is cancelled now"
    rf"^\W*(?:ihr|der|den|your|the)\s+{_OLD_WORD}\s+(?:\w+\s+)?(?:termin|one|appointment|booking|"
    rf"slot|platz){_DETAILS}(?:'s|\s+(?:ist|wurde|is|was|has\s+been))\s+{_ADVERBS}{_CANCEL_WORD}"
    rf"{_TAIL}|"
    # claims135: its day and time before the noun, said to exist no more ("Your old Friday 10
    # a.m. slot no longer exists", "Ihr alter Freitagstermin um zehn existiert nicht mehr")
    rf"^\W*(?:ihr|der|your|the)\s+{_OLD_WORD}\s+(?:[\w.:]+\s+){{0,4}}?\w*(?:termin|one|appointment|"
    rf"booking|slot|platz){_DETAILS}\s+{_ADVERBS}{_NO_MORE}{_TAIL}|"
    # claims126: the speaker's act on it: "I've cancelled your previous booking on Friday", "Den
    # bisherigen Termin am Freitag habe ich storniert", "Ich habe Ihren alten Termin storniert"
    rf"^\W*(?:i've|i\s+have|i)\s+{_ADVERBS}{_CANCEL_WORD}\s+(?:your|the)\s+{_OLD_WORD}\s+(?:\w+\s+)?"
    rf"(?:appointment|booking|slot|one){_DETAILS}{_TAIL}|"
    rf"^\W*(?:den|ihren)\s+{_OLD_WORD}\s+(?:\w+\s+)?(?:termin|platz){_DETAILS}\s+habe\s+ich\s+"
    rf"{_ADVERBS}{_CANCEL_WORD}{_TAIL}|"
    rf"^\W*ich\s+habe\s+(?:den|ihren)\s+{_OLD_WORD}\s+(?:\w+\s+)?(?:termin|platz){_DETAILS}\s+"
    rf"{_ADVERBS}{_CANCEL_WORD}{_TAIL}|"
    # "The Friday one is cancelled": the one of that day beside the new one
    rf"^\W*the\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+one(?:'s|\s+(?:is|"
    rf"was|has\s+been))\s+{_ADVERBS}{_CANCEL_WORD}{_TAIL}",
    re.I,
)


# the old appointment said cancelled and the new one booked, in one reply of several sentences
# too (the lead's D34, convention 1101: "Den alten Termin habe ich storniert. Der neue ist
# gebucht."): the move's two halves, the old place GONE (1056) and the new one booked
_OLD_AND_NEW = lazy(
    rf"\b{_OLD_WORD}\s+(?:\w+\s+)?(?:termin|one|appointment|booking|slot|platz)\b.*?"
    r"\b(?:neue[nrms]?|new)\s+(?:\w+\s+)?(?:termin|one|appointment|booking|slot|platz|ist|is|"
    r"wurde|was|has)\b",
    re.I | re.S,
)


def with_old_place(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with each cancellation read as GONE when the sentence also claims a move or
    books another day, or names only the old appointment cancelled (905), and without a
    cancellation inside a GONE claim's words."""
    kinds = {c.kind for c in claims}
    if kinds == {K.CANCELLED} and _OLD_CANCELLED.match(sentence):
        return tuple(Claim(K.GONE, c.start, c.end, c.details, c.follow_up) for c in claims)
    if K.CANCELLED in kinds and K.BOOKED in kinds:
        claims = _beside_other_day(claims)
        if _OLD_AND_NEW.search(sentence):  # the move said as its two halves (1101, D34)
            claims = tuple(
                Claim(K.GONE, c.start, c.end, c.details, c.follow_up)
                if c.kind is K.CANCELLED
                else c
                for c in claims
            )
        kinds = {c.kind for c in claims}
    if K.CANCELLED not in kinds or not kinds & {K.RESCHEDULED, K.GONE}:
        return claims
    gone = [c for c in claims if c.kind is K.GONE]
    if K.RESCHEDULED not in kinds:
        if not _OLD.search(sentence):
            return claims
        return tuple(
            c
            for c in claims
            if not (
                c.kind is K.CANCELLED and any(g.start <= c.start and c.end <= g.end for g in gone)
            )
        )
    return tuple(
        Claim(K.GONE, c.start, c.end, c.details, c.follow_up) if c.kind is K.CANCELLED else c
        for c in claims
    )
