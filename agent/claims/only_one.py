"""The caller's only appointment (blind 32, claims74; conventions 56 and 171).

"Sie haben nur einen Termin, Freitag um zehn", "Sie haben genau einen Termin" (blind 37), "There's
just a single booking for you: Friday at 10", "Von den beiden Terminen hat nur der Freitag
geklappt", "Of the two, only Friday worked out":
one appointment in the claimed state, and no other. `only_one` marks the sentence's outcome
claims `only` (true only where the call has exactly one appointment in that state: false in
state two); where the reader found none (the quantifier hid the subject), it reads the sentence
said plainly ("Sie haben einen Termin: …", "Friday is booked.") and marks those. Not: a question,
a condition, the salon's things ("nur einen Stylisten"), a wish ("nur einen Termin buchen").

`only_named` (blind 37, claims85; convention 550): a focus particle of exclusion before a named
appointment — "Gebucht ist nur der Freitag um zehn", "Lediglich der Freitag steht", "Nur noch der
Samstag steht", "Only the Friday at ten is booked", "Friday at ten is the only one on the books",
"All that's left is Saturday with Lena", "booked for Friday and nothing else" — says no other
appointment is in that state: the same `only` mark; so does one of a series named by its place
before its day ("Gebucht ist bisher nur der erste Termin der Reihe, Freitag um zehn", "only the
first one of the series, Friday at ten": claims169). A remaining appointment said without a verb
of outcome ("Übrig ist nur noch der Samstag") is read as said booked. Not: a day named free or
possible ("nur noch der Samstag frei", "only has Saturday open": a slot), a question, a wish.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold, straight_apostrophes

_I = re.IGNORECASE
_ONE_DE = lazy(
    r"\b(?:nur|lediglich|bloß|genau)\s+(?:noch\s+)?(?:(?:den|der|die)\s+)?(?:einen|ein|eine)\s+"
    r"(?:einzig(?:e[nrs]?)?\s+)?"
    r"(?:termin|buchung)\b(?!\s+(?:buchen|eintragen|machen|vereinbaren|anbieten)\b)|"
    # blind 37 (claims86): "Der eine Termin, den Sie haben, ist Freitag um zehn"
    r"^\W*(?:der|ihr)\s+eine\s+(?:termin|buchung),?\s+(?:den|die)\s+sie\s+(?:bei\s+uns\s+)?haben\b|"
    # blind 44 (claims109): the noun left out, "Da haben Sie nur den einen, Freitag um zehn"
    r"\bnur\s+(?:noch\s+)?den\s+einen(?=\s*(?:[,.:;–—]|$|am\b|um\b|bei\b))",
    _I,
)
_ONE_EN = lazy(
    r"\b(?:only|just|exactly)\s+(?:got\s+|have\s+|has\s+)?(?:the\s+|a\s+)?(?:one|single)\s+"
    r"(?:appointment|booking)\b(?:\s+(?:for\s+you|under\s+your\s+name))?|"
    r"^\W*the\s+one\s+(?:appointment|booking)\s+(?:that\s+)?you\s+(?:have|'ve\s+got)\b|"
    # blind 44 (claims109): "You only have the one, Friday at ten", "You've only got the one"
    r"\b(?:only|just)\s+(?:got\s+|have\s+|has\s+)?the\s+one(?=\s*(?:[,.:;–—]|$|on\b|at\b|with\b))",
    _I,
)
# "Von den beiden Terminen hat nur der Freitag geklappt", "Of the two, only Friday worked out"
_ONLY_OF_TWO_DE = lazy(
    r"^\W*von\s+(?:den|ihren)\s+(?:beiden|zwei)\s+\w*(?:terminen|buchungen)\s+(?:hat|ist)\s+"
    r"(?:leider\s+)?nur\s+(?P<x>[^,;:.!?]+?)\s+(?:geklappt|geworden|durchgegangen)\b",
    _I,
)
_ONLY_OF_TWO_EN = lazy(
    r"^\W*of\s+(?:the|your)\s+two(?:\s+(?:appointments|bookings))?\s*,\s+only\s+"
    r"(?P<x>[^,;:.!?]+?)\s+(?:worked(?:\s+out)?|went\s+through|got\s+booked)\b",
    _I,
)
_OPEN = lazy(
    r"\?|\b(?:wenn|falls|ob|möchten|wollen|if|whether|would|want|like)\b|\bstylist|\bfriseur",
    _I,
)
_OUTCOMES = frozenset({ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED})


def only_one(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with the sentence's outcome said of the caller's only appointment (above)."""
    text = straight_apostrophes(sentence)
    if _OPEN.search(text):
        return claims
    de = lang == "de"
    two = (_ONLY_OF_TWO_DE if de else _ONLY_OF_TWO_EN).search(text)
    one = None if two else (_ONE_DE if de else _ONE_EN).search(text)
    if two is None and one is None:
        return claims
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if two is not None:
        x = two["x"]
        said = f"{x[:1].upper()}{x[1:]} ist gebucht." if de else f"{x} is booked."
        mine = _whole(sentence, read_whole(said))
    elif not mine:
        plain = "Sie haben einen Termin" if de else "You have one booking"
        mine = _whole(sentence, read_whole(plain + text[one.end() :]))
    if not mine:
        return claims
    others = [c for c in claims if c.kind not in _OUTCOMES]
    return tuple(others) + tuple(replace(c, details=replace(c.details, only=True)) for c in mine)


def _whole(sentence: str, claims: tuple[Claim, ...]) -> list[Claim]:
    return [replace(c, start=0, end=len(sentence)) for c in claims if c.kind in _OUTCOMES]


_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NAMED_DE = lazy(
    r"\b(?:nur|lediglich|ausschließlich|bloß|einzig)\s+(?:noch\s+)?(?:(?:der|den|dem|ihr(?:en)?)\s+)?"
    rf"(?:termin\s+am\s+)?(?P<x>{_DAY_DE}\b[^,;:.!?–—]*)|"
    # claims169 (blind 47): one of a series named by its place, then its day ("Gebucht ist
    # bisher nur der erste Termin der Reihe, Freitag um zehn")
    r"\b(?:nur|lediglich|bloß)\s+(?:noch\s+)?(?:der|den|dem)\s+(?:erste|zweite|letzte)[nm]?\s+"
    rf"(?:termin\s+)?(?:der\s+(?:reihe|serie|beiden)\s*)?,\s*(?:am\s+)?(?P<v>{_DAY_DE}\b[^,;:.!?–—]*)"
)
_NAMED_EN = lazy(
    r"\b(?:only|just)\s+(?:(?:got|have|has)\s+)?(?:the\s+|your\s+)?"
    rf"(?P<x>{_DAY_EN}\b[^,;:.!?–—]*)|"
    rf"(?P<y>{_DAY_EN}\b[^,;:.!?–—]*?)\s+is\s+the\s+only\s+(?:one|appointment|booking)\b|"
    r"\b(?:all\s+that's\s+left|the\s+(?:only|one)\s+(?:one|thing|appointment|booking)\b"
    rf"[^,;:.!?–—]{{0,30}}?)\s+is\s+(?P<z>{_DAY_EN}\b[^,;:.!?–—]*)|"
    rf"\bbooked\s+for\s+(?P<w>{_DAY_EN}\b[^,;:.!?–—]*?)\s*,?\s+and\s+nothing\s+(?:else|more)\b|"
    r"\b(?:only|just)\s+the\s+(?:first|second|last)\s+(?:one|appointment|booking)\s+"
    rf"(?:of\s+the\s+(?:series|two)\s*)?,\s*(?:on\s+)?(?P<v>{_DAY_EN}\b[^,;:.!?–—]*)"
)
# a slot named free or possible, a modal or a wish, "nicht nur / not just" (adds, not excludes)
_SLOT = lazy(
    r"\b(?:nicht\s+(?:nur|bloß)|not\s+(?:only|just)|frei|offen|verfügbar|möglich|geht|ginge|anbieten|biete|wäre|würde|könnte|könnten|"
    r"auswahl|free|open|available|possible|offer|would|could|option|works?|arbeitet)\b"
)
# where no outcome was read, a remaining appointment of the caller's ("Übrig ist nur noch …")
_REMAINS = lazy(
    r"\b(?:übrig|bleibt|geblieben|haben\s+sie|ihnen|im\s+kalender|eingetragen|left|remaining|"
    r"you|you've|you're|on\s+the\s+books|in\s+the\s+diary|nothing\s+else|sonst\s+nichts)\b"
)
_CUT = lazy(
    r"\s+(?:is|are|was|ist|sind|steht|stehen|bleibt|left|remains?|now|jetzt|nothing|sonst|and|und|"
    r"for\s+you|für\s+sie|im\s+kalender|bei\s+uns)\b"
)


def only_named(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with a named appointment's outcome marked the only one (`only_named`, above)."""
    text = fold(sentence).text
    if _OPEN.search(text) or _SLOT.search(text):
        return claims
    de = lang == "de"
    m = (_NAMED_DE if de else _NAMED_EN).search(text)
    if m is None:
        return claims
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if not mine:
        if not _REMAINS.search(text):
            return claims
        x = _CUT.split(next(g for g in m.groups() if g))[0]
        mine = _whole(sentence, read_whole(f"{x} ist gebucht." if de else f"{x} is booked."))
        if not mine:
            return claims
    others = [c for c in claims if c.kind not in _OUTCOMES]
    return tuple(others) + tuple(replace(c, details=replace(c.details, only=True)) for c in mine)
