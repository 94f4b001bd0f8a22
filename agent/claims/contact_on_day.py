"""The salon to be told something ON a named day, if something happens then (blind 57, claims174).

"Geben Sie am Freitag einfach kurz Bescheid, wenn es mehr wird", "Just let us know on Friday if
it's going to be more", "Rufen Sie uns am Freitag an, falls etwas ist": a contact asked for on
the day, on an eventuality of that day, presupposes the caller is there that day, as "Give us a
ring on Friday if you're running late" does (`presupposed`, the lateness said in the condition).
A BOOKED claim with the day.

Not: a contact by a day ("bis Freitag", "by Friday": a deadline for a decision), a decision, a
wish or a slot as the condition ("ob …", "if you want to check availability", "wenn Sie lieber
…", "if Saturday suits you"), no condition at all ("Feel free to call us again on Friday"), a
question, a habit ("freitags", "on Fridays").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
# the contact asked for, with "am <day>" / "on <day>" inside it, then a condition after a comma
# or in English directly after the day
_CONTACT = lazy(
    r"^\W*(?:bitte\s+)?(?:geben|sagen|rufen|melden)\s+sie\s+(?:uns\s+|mir\s+|sich\s+)?"
    r"(?:(?:bitte|einfach|kurz|gern|gerne|doch|dann)\s+)*am\s+" + _DAY + r"\s+"
    r"(?:(?:bitte|einfach|kurz|gern|gerne|doch|dann|uns|mir)\s+)*(?:bescheid|an|durch)\s*,\s*"
    r"(?:wenn|falls|sofern)\s+(?P<cond_de>[^.!?]+)|"
    r"^\W*(?:(?:just|please|simply)\s+)*(?:let\s+us\s+know|give\s+us\s+a\s+(?:ring|call|shout)|"
    r"call\s+us|ring\s+us|phone\s+us)\s+on\s+"
    + _DAY
    + r"\s*,?\s+(?:if|should)\s+(?P<cond_en>[^.!?]+)"
)
# the condition is a choice, a wish or a slot: nothing of a visit that day
_CHOICE = lazy(
    r"\b(?:ob|möchten|möchte|wollen|lieber|passt|passen|entscheiden|buchen|frei|termin|"
    r"whether|want|wants|like|rather|prefer|suits?|works?|decide|book|free|available|"
    r"appointment|slot|availability|nicht|kein\w*|not|no|n't)\b|n't\b"
)


def contact_on_day(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim with the day for a contact asked on it on an eventuality (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    m = _CONTACT.search(text)
    if m is None or text.rstrip().endswith("?"):
        return ()
    if _CHOICE.search(m["cond_de"] or m["cond_en"] or ""):
        return ()
    d = read_details(text[: m.start("cond_de" if m["cond_de"] else "cond_en")], names)
    if not (d.weekdays or d.days):
        return ()
    day = Details(weekdays=d.weekdays, days=d.days, months=d.months, relative_days=d.relative_days)
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))),)
