"""The other part of a partial outcome said not to have worked (blind 29, probe29; claims57): "Die
Dauerwelle am Freitag ist eingetragen, die Strähnchen am Samstag hab ich nicht untergebracht",
"Friday's perm is in, but I couldn't fit Saturday's highlights", "The first one's in, the second
one isn't". The booked part is read by the other readers; a later part that denies and names an
appointment of its own (a day, an hour, a service, a stylist) claims that one is not booked:
`NOT_BOOKED` with what it names, false where it is booked (both booked: state two). A later
part that names "the other" or "the second" alone claims one of two is not booked: `NOT_BOOKED`
about several, false where two are booked.

The booked parts before a denied one are read by their own words then: the readers lend them
what the denied part names ("bei Lena am Samstag war nichts mehr frei"), and "one of the two"
needs no second appointment when the other is said not to be booked.

Not: a part that is a question or a condition, a part that names nothing (a text not sent, "you
needn't bring anything"), a part that says what the caller need not do, a sentence whose
booked claim comes after the denial.

Part of `partial`, the one owner of partial outcomes: a later part said not to have worked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.partial.parts import THE_OTHER, later_parts

_PARTS = lazy(r"\s*(?:[,;–—]|\.\s|\b(?:aber|but|though|doch|während|while)\b)\s*", re.IGNORECASE)
_DENIED = lazy(
    # a failure to fit or book, or a part ending on its bare negation ("am Samstag leider nicht")
    r"\b(?:nicht\s+(?:mehr\s+)?(?:untergebracht|unterbringen|reinbekommen|reingepasst|gereicht|"
    r"geklappt|eintragen|bekommen|möglich|frei)|ging(?:en)?\s+(?:leider\s+)?(?:nicht|nein)|"
    r"nichts\s+mehr\s+frei|couldn't\s+(?:fit|get|squeeze|book|make)|can't\s+(?:fit|get)|"
    r"didn't\s+(?:work|go\s+through|fit)|wasn't\s+possible|fell\s+through|no\s+luck|"
    r"nothing\s+left|not\s+the\s+(?:second|other))\b|"
    r"\b(?:leider\s+)?(?:nicht|nein|not|no)\W*$|\b(?:isn't|aren't|didn't|wasn't)\W*$",
    re.IGNORECASE,
)
_IRONY = lazy(r"!|\b(?:dass|als\s+wären|as\s+though|as\s+if|nichts\s+geändert)\b", re.IGNORECASE)
_FIRST = (
    r"(?:the\s+first(?:\s+(?:one|appointment|booking))?|(?:der|den)\s+ersten?(?:\s+termin)?|"
    r"einer\s+(?:der|von)\s+(?:beiden|zwei)(?:\s+terminen?)?|one\s+of\s+the\s+two)"
)
_FIRST_IN = lazy(
    rf"\b(?:i\s+got\s+{_FIRST}\s+in|{_FIRST}(?:'s|\s+is|\s+ist)?\s+"
    r"(?:in|drin|gebucht|eingetragen|booked|confirmed|bestätigt))\b",
    re.IGNORECASE,
)
_MOVE_WORD = lazy(
    r"\b(?:versch\w+|verleg\w+|umgebucht|umbuch\w*|statt|anstatt|stattdessen|instead|mov\w+|"
    r"reschedul\w+|shift\w*|auf|to|von|from|nach|after|neu\w*|new)\b",
    re.IGNORECASE,
)
_NOT_FITTED = lazy(
    r"\b(?:reingepasst|untergebracht|unterbringen|reinbekommen|gereicht|fit|fitted|squeeze[d]?)\b",
    re.IGNORECASE,
)
_OPEN = lazy(
    r"\?|\b(?:wenn|falls|if|unless|müssen|brauchen|need|needn't|have\s+to)\b", re.IGNORECASE
)
_POSITIVE = (ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.HELD)


def partial_denied(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the parts of `sentence` after a booking that deny theirs (above)."""
    if not _DENIED.search(sentence) or _OPEN.search(sentence) or _IRONY.search(sentence):
        return claims
    claims = _not_a_move(sentence, claims, names)
    booked = [c for c in claims if c.kind in _POSITIVE]
    if not booked:
        return _first_of_two(sentence, claims, names)
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return claims  # another reader read the denial already
    denied = _denied_parts(sentence, min(c.start for c in booked), names)
    if not denied:
        return claims
    cut = min(c.start for c in denied)
    one = any(c.details.several for c in denied)  # "der andere nicht": one of the two booked
    kept = tuple(c for c in claims if not _read_of_denied(c, denied, sentence))
    return tuple(_own_words(c, sentence, cut, one, names) for c in kept) + denied


def _not_a_move(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """ "Freitag um zehn hat geklappt, Samstag hab ich nicht mehr reinbekommen": two days of which
    the second is denied are no move (the readers read one): the first part booked."""
    moves = [c for c in claims if c.kind is ClaimKind.RESCHEDULED]
    if not moves or len(moves) < len(claims) or _MOVE_WORD.search(sentence):
        return claims
    denied = _denied_parts(sentence, -1, names)
    if not denied or denied[0].start == 0 or denied[0].details.several:
        return claims
    if not any(d.weekdays for _, d in denied[0].details.parts):
        return claims
    first = sentence[: denied[0].start].rstrip(" ,;–—")
    if _DENIED.search(first):
        return claims
    return (Claim(ClaimKind.BOOKED, 0, len(first)),)


def _first_of_two(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """ "The first one's in, the second one isn't": BOOKED for the first part (no reader reads
    it alone) when a later part denies "the other" or "the second"."""
    m = _FIRST_IN.search(sentence)
    if m is None:
        return claims
    denied = _denied_parts(sentence, m.end() - 1, names)
    if not any(c.details.several for c in denied):
        return claims
    return (*claims, Claim(ClaimKind.BOOKED, m.start(), m.end()), *denied)


def _read_of_denied(claim: Claim, denied: tuple[Claim, ...], sentence: str) -> bool:
    """Whether `claim` is a denied part's appointment read as booked ("I couldn't fit Saturday's
    highlights") or as cancelled ("die Strähnchen haben nicht mehr reingepasst")."""
    for part in denied:
        if claim.kind in _POSITIVE and claim.end > part.start:
            if claim.details.parts == part.details.parts:
                return True
        fits = _NOT_FITTED.search(sentence[part.start : part.end])
        if claim.kind is ClaimKind.CANCELLED and fits and claim.start >= part.start:
            return True
    return False


def _own_words(claim: Claim, sentence: str, cut: int, one: bool, names: Names) -> Claim:
    """A booked claim before the denied part `cut`, read by its own words; about one appointment
    where the other is denied (above)."""
    if claim.kind not in _POSITIVE or claim.end > cut:
        return claim
    own = read_details(fold(sentence[claim.start : claim.end]).text, names)
    several = claim.details.several and not one
    details = ClaimDetails(((Role.ANY, own),), several, claim.details.together and not one)
    details = replace(details, count=0 if one else claim.details.count)
    return replace(claim, details=details)


def _denied_parts(sentence: str, first: int, names: Names) -> tuple[Claim, ...]:
    """`NOT_BOOKED` for each part after `first` that denies an appointment of its own."""
    out = []
    for start, end, part in later_parts(sentence, _PARTS, first):
        if not _DENIED.search(part):
            continue
        named = read_details(fold(part).text, names)
        if THE_OTHER.search(part):  # before its details: "the second" is no date
            out.append(Claim(ClaimKind.NOT_BOOKED, start, end, ClaimDetails(several=True)))
        elif not named.empty:
            out.append(Claim(ClaimKind.NOT_BOOKED, start, end, ClaimDetails(((Role.ANY, named),))))
    return tuple(out)
