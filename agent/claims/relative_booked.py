"""A booking said in a relative clause, its day and time in the main clause: "Ihr Termin, der
jetzt fest ist, ist Freitag um zehn", "Der Termin, den ich Ihnen eingetragen habe, ist Freitag
um zehn", "Your appointment, which is now confirmed, is on Friday at ten", "The appointment I've
just booked for you is Friday at ten".

The clause reader gives the relative clause the details of what it describes ("Ihr Termin":
none), so the booking is read without the day the main clause names and is backed by a booking
on any day. The whole construction states the booking on that day: a BOOKED claim with the
details of the sentence. Not: a wish or a supposition in the relative clause ("den Sie möchten",
"den Sie meinen") and a main clause in the subjunctive ("wäre").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_MAYBE = lazy(r"\btermin\s*,|\bappointment\b|\bdas\s+ist\s+(?:der|ihr)\b")
_BOOKED_DE = (
    r"(?:fest|gebucht|eingetragen|bestätigt|fix|verbindlich|reserviert|eingebucht|feststeht|"
    r"steht\s+fest)"
)
_DE = lazy(
    r"\b(?:ihr|der)\s+termin\s*,\s*(?:der|den|welcher|welchen)\s+[^,.;:!?]*\b"
    rf"{_BOOKED_DE}\b[^,.;:!?]*,\s*(?:ist|liegt|beginnt|findet)\b|"
    # "Das ist der Freitag um zehn, den ich Ihnen eben verbindlich gebucht habe"
    r"\bdas\s+ist\s+(?:der|ihr)\s+[^,.;:!?]+,\s*(?:der|den|welcher|welchen)\s+"
    r"(?:ich|wir)\s+[^,.;:!?]*\b(?:gebucht|eingetragen|bestätigt|eingebucht|festgemacht)\s+"
    r"(?:habe|haben|hab)\b"
)
_EN = lazy(
    r"\b(?:your|the)\s+appointment\s*,?\s*(?:which|that)?\s*(?:(?:i|we)(?:'ve|\s+have)?\s+"
    r"(?:just\s+|now\s+)?(?:booked|confirmed|entered|made)|(?:is|'s)\s+(?:now\s+)?(?:booked|"
    r"confirmed|fixed|firm|locked\s+in))\b[^,.;:!?]*?,?\s*(?:is|starts|will\s+be)\s+(?:on|at|for|"
    r"this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_NOT_STATED = lazy(r"\b(?:wäre|würde|möchten|meinen|wollten|would|wanted|wäre)\b")


def relative_bookings(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED claims with the main clause's details (see above)."""
    folded = fold(sentence)
    text = folded.text
    rule = _EN if lang == "en" else _DE
    if not _MAYBE.search(text) or not rule.search(text):
        return ()
    out = []
    for s, e in sentence_spans(text):
        part = text[s:e]
        if part.rstrip().endswith("?") or _NOT_STATED.search(part) or not rule.search(part):
            continue
        details = read_details(part, names)
        out.append(
            Claim(ClaimKind.BOOKED, *folded.span(s, e), ClaimDetails(((Role.ANY, details),)))
        )
    return tuple(out)
