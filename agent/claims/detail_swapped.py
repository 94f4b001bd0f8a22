"""A detail of the appointment said changed, in words of swapping (blind 25, claims43).

"I've swapped Fabian for Lena", "Ich habe aus der Dauerwelle Strähnchen gemacht",
"I've swapped your perm for a colour", "Ich habe die Farbe rausgenommen und nur den Schnitt
gelassen", "Dropped the colour, kept the cut", "Moved you to eleven, same day": a change of
stylist, service or time said done is a move by another name (the blind rounds' reading): a
RESCHEDULED claim of the new detail (what it became, what was kept, what it was swapped for),
true only of a move to it.

A booking said done with one detail in place of another ("Ich habe Sie bei Lena statt bei Fabian
eingetragen", "Eingetragen ist der Termin, und zwar bei Lena statt bei Fabian", "I've booked you
with Lena instead of Fabian") is the same: a move to the first (convention 91), when both name a
stylist, day, time or service.

Not: a change offered, asked or wished ("Soll ich Lena statt Fabian eintragen?", "Shall I swap
…", "Sie möchten lieber …"), a condition, the caller's own details ("die Schreibweise").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_END = r"(?=\s*(?:[,.;:!–—]|$|\s+(?:same|gleich|eingetragen|eingebucht|gebucht|umgebucht)\b))"
_SWAPS = (
    lazy(r"\baus\s+(?:der|dem|den|ihrer|ihrem)\s+\w+\s+(?P<new>(?:\w+\s+){0,2}?\w+)\s+gemacht\b"),
    lazy(r"\brausgenommen\s+und\s+nur\s+(?:den|die|das)\s+(?P<new>\w+)\s+(?:gelassen|behalten)"),
    lazy(r"\bswapped\s+(?:your\s+|the\s+)?[\w\s]+?\s+for\s+(?:a\s+|an\s+|the\s+)?(?P<new>\w+)"),
    lazy(r"\bdropped\s+(?:the|your)\s+\w+,?\s+(?:and\s+)?kept\s+(?:the|your)\s+(?P<new>\w+)"),
    lazy(
        r"^\W*(?:i've\s+|i\s+have\s+)?(?:moved|switched|changed)\s+you\s+(?:over\s+)?"
        rf"(?:from\s+\w+\s+)?to\s+(?P<new>(?:\w+\s+){{0,2}}?\w+){_END}"
    ),
)
# "bei Lena statt bei Fabian", "Lena instead of Fabian": the new detail, then the old one
_INSTEAD = lazy(
    r"\b(?:(?:bei|zu|mit|am|um|with|on|at|for)\s+)?(?P<new>\w+)\s+(?:statt|anstatt|anstelle\s+von|"
    r"instead\s+of|rather\s+than)\s+(?:(?:bei|zu|mit|am|um|with|on|at)\s+)?(?P<old>\w+)\b"
)
_DONE = lazy(
    r"\b(?:habe|hab|haben|ist|sind|i've|i\s+have|we've)\b|^\W*(?:swapped|dropped|moved|switched)\b"
)
_BOOKED_DONE = lazy(
    r"\b(?:eingetragen|gebucht|eingebucht|umgebucht|notiert|booked|put\s+you\s+(?:down|in)|"
    r"scheduled|pencill?ed\s+in)\b"
)
_NOT_STATED = lazy(
    r"\?|\b(?:soll|sollen|könnte|kann|möchten|wollen|lieber|wenn|falls|shall|should|could|can|"
    r"would|want|like|if|schreibweise|spelling|nummer|number|adresse|address|name)\b"
)


def detail_swapped(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A RESCHEDULED claim of the detail an appointment was said swapped to (above)."""
    text = fold(sentence).text
    if not _DONE.search(text) or _NOT_STATED.search(text):
        return ()
    for swap in _SWAPS:
        m = swap.search(text)
        if m is None:
            continue
        d = read_details(m["new"], names)
        if d.empty:  # "to eleven": a clock time; "the cut": the service's short name
            d = read_details(f"at {m['new']}", names)
        if d.empty:
            d = read_details(f"hair{m['new']}", names)
        if d.empty:
            continue
        return (Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.ANY, d),))),)
    return _instead(sentence, text, names)


def _instead(sentence: str, text: str, names: Names) -> tuple[Claim, ...]:
    """A RESCHEDULED claim of "X statt Y" said done, where X and Y both name a detail."""
    m = _INSTEAD.search(text)
    if m is None or not _BOOKED_DONE.search(text):
        return ()
    new, old = read_details(m["new"], names), read_details(m["old"], names)
    if new.empty or old.empty:
        return ()
    return (Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.ANY, new),))),)
