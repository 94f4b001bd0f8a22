"""A recap of two appointments read item by item (claims164, issue 9: blinds 39, 47).

"So Friday is Lena and Saturday is Fabian – confirmed.", "You're with Lena on Friday and your
daughter with Fabian on Saturday, both booked.": the reader may merge such a recap into one part
naming two days and two stylists, and a merged part is checked value by value (each day and each
stylist belongs to some appointment), which a swap of the stylists passes. Truth is per
appointment: each item of the recap must be ONE appointment of the call in all it names.

Where a claim's details (ANY alone, no move) name two or more values of two or more kinds, the
sentence is cut at its item joints (a comma, semicolon, dash, colon, "und", "and", "sowie") and
each piece that names details, all of them the claim's own and no more than one of a kind, is
added as an item of its own (`ClaimDetails.parts`; `decide._items` checks each whole). The
merged details stay what they were: a value named in no piece is still checked by itself.

"Beide"/"both" claims two appointments: "Sie und Ihre Tochter sind beide für Freitag um zehn
eingetragen", "…, beide bei Fabian gebucht": the details said in the piece of the quantifier (all
the claim names, one value of each kind) hold for two appointments (`ClaimDetails.together`).
"Also Freitag um zehn, Dauerwelle und Strähnchen, beides gebucht", "So both of you are booked
Saturday at eleven – the perm and the highlights", "Ihre Strähnchen sind am Freitag zusammen
mit der Dauerwelle gebucht": a list of one kind (two services) said together, the claim's other
details said apart from any item of the list (in a piece naming none of it, or all of it
joined by "zusammen"/"together"), are shared: each listed value with them must be one appointment. Not where another piece names
another value of a kind the claim names (an item the reader lost: "Your son's cut on Saturday at
eleven and your perm on Friday at ten are both confirmed"), "Beide Termine sind
gebucht: Freitag um zehn und Samstag" (ten is Friday's: said in Friday's piece), "Zum Samstag
kommt auch noch der Freitag um zehn dazu, beides gebucht", "Einer der beiden …", "Von den beiden
Terminen hat nur der Freitag geklappt" (one of the two), a claim listing two kinds ("Freitag und Samstag, bei Fabian und
Lena": the pairs are the first rule's).

Not: a piece naming two values of a kind ("Freitag und Samstag" inside one piece is no item), a
claim with one value of a kind said several times ("Freitag um zehn und um elf": one kind only),
a move (its old and new places are read by role).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# said of appointments as they are (a denial, a move or a slot is read otherwise)
_KINDS = frozenset({ClaimKind.BOOKED, ClaimKind.STANDS, ClaimKind.DONE, ClaimKind.PENDING})
# (a colon or full stop before a space: "10:00" is one time)
_JOINTS = lazy(r"\s*[,;–—]\s*|[:.!?]\s+|\s+-\s+|\s+(?:und|and|sowie|plus)\s+")
_KINDS_OF_VALUE = ("weekdays", "days", "relative_days", "times", "stylists", "services")
# said of two appointments at once (not "einer der beiden", "one of both", "either")
# (not "der spätere der beiden", "von den beiden Terminen": one of them)
_BOTH = lazy(
    r"(?<!\bder\s)(?<!\bden\s)(?<!\bdem\s)(?<!\bvon\s)"
    r"\b(?:beide|beides|beiden|both|zusammen|together)\b"
)
_JOINED = lazy(r"\b(?:zusammen|together)\b")  # "Strähnchen am Freitag zusammen mit der Dauerwelle"
_ONE_OF = lazy(
    r"\b(?:einer|eine|eins|einem|einen|keiner|keine|one|either|neither|none|jeder|each)\s+"
    r"(?:der|von|of|aus)\b|\bentweder\b|\beither\b|\bneither\b"
)


def _values(d: Details) -> dict[str, frozenset]:
    return {k: getattr(d, k) for k in _KINDS_OF_VALUE}


def _merged_pairs(det: ClaimDetails) -> Details | None:
    """The claim's merged details when they name several values of two kinds or more."""
    if any(r is not Role.ANY for r, _ in det.parts) or det.together:
        return None
    merged = det.of(Role.ANY)
    if sum(len(v) > 1 for v in _values(merged).values()) < 2:
        return None
    return merged


def _own_item(piece: Details, merged: Details) -> bool:
    """Whether a piece names one appointment's details, each of them the claim's own."""
    values, whole = _values(piece), _values(merged)
    return (
        not piece.empty
        and all(len(v) <= 1 and v <= whole[k] for k, v in values.items())
        and not (piece.months or piece.weeks or piece.shifts or piece.ends or piece.lengths)
    )


def _said_together(c: Claim, texts: list[str], pieces: list[Details]) -> Claim:
    """`c` as a claim of two appointments when "beide"/"both" says of them what it names."""
    det = c.details
    merged = det.of(Role.ANY)
    values = _values(merged)
    if det.together or merged.empty or any(r is not Role.ANY for r, _ in det.parts):
        return c
    several = [k for k, v in values.items() if len(v) > 1]
    if not several:  # one value of each kind, all said where "beide" is
        both = [p for t, p in zip(texts, pieces, strict=True) if _BOTH.search(t)]
        # another item of a kind it names that the claim lost ("Your son's cut on Saturday at
        # eleven and your perm on Friday at ten are both confirmed", read as Friday's alone)
        lost = any(
            v and not v <= values[k] for p in pieces for k, v in _values(p).items() if values[k]
        )
        if not lost and any(_own_item(p, merged) and _values(p) == values for p in both):
            return replace(c, details=replace(det, several=True, together=True))
        return c
    if len(several) > 1:
        return c
    kind = several[0]
    listed = values[kind]
    attached, said = set(), set()
    for t, p in zip(texts, pieces, strict=True):
        own = _values(p)
        keys = {(k, v) for k, vs in own.items() if k != kind for v in vs}
        said |= keys
        if own[kind] & listed and not (len(own[kind] & listed) > 1 and _JOINED.search(t)):
            attached |= keys  # said of an item ("auch noch der Freitag um zehn"), not of both
    shared = {(k, v) for k, vs in values.items() if k != kind for v in vs}
    if not shared or not shared <= said - attached:
        return c
    common: dict[str, frozenset] = {}
    for k, v in shared:
        common[k] = common.get(k, frozenset()) | {v}
    items = tuple((Role.ANY, Details(**common, **{kind: frozenset({v})})) for v in listed)
    return replace(c, details=replace(det, parts=det.parts + items))


def paired_items(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims`, each recap of several appointments with the items its sentence lists."""
    text = fold(sentence).text
    together = _BOTH.search(text) and not _ONE_OF.search(text)
    if not together and not any(c.kind in _KINDS and _merged_pairs(c.details) for c in claims):
        return claims
    texts = _JOINTS.split(text)
    pieces = [read_details(p, names) for p in texts]
    if together:
        claims = tuple(_said_together(c, texts, pieces) if c.kind in _KINDS else c for c in claims)
    out = []
    for c in claims:
        merged = _merged_pairs(c.details) if c.kind in _KINDS else None
        items = [p for p in pieces if merged is not None and _own_item(p, merged)]
        # an item of one value is already checked by itself (`decide._each`)
        more = tuple((Role.ANY, p) for p in items if sum(map(len, _values(p).values())) > 1)
        if not more:
            out.append(c)
            continue
        out.append(replace(c, details=replace(c.details, parts=c.details.parts + more)))
    return tuple(out)
