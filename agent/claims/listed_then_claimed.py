"""A bare claim after a list of the appointment's particulars ("Also: Freitag, 28.11., zehn Uhr,
Fabian, Dauerwelle. Alles eingetragen.", "So: Friday 28 November, 10 a.m., Fabian, perm. All
confirmed.", blind 15; blind 17: "Also, Sie haben: Freitag 10 Uhr, Fabian, Dauerwelle. Ist alles
eingetragen und bestätigt.", "So that's one, perm; two, Friday at ten; three, Fabian. All
confirmed."): the list is what the claim is about, so the booking is checked against
the day, date and time listed, in place of the bare booking or success read alone.

Only where the sentence before the claim names a day or date and a time and no verb of its own
(a list), and the claim is a bare "alles/all/everything" + booked word.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_CLAIMED = r"(?:eingetragen|gebucht|bestätigt|fest|confirmed|booked|set|in)"
_LIST_THEN_CLAIM = lazy(
    r"^(?P<list>[\w\s,.:;/'–-]*?)\.\s+(?:ist\s+|is\s+)?(?:alles|all|everything)\s+"
    rf"(?:ist\s+|is\s+)?{_CLAIMED}(?:\s+(?:und|and)\s+{_CLAIMED})?\W*$"
)
# blind 17: a frame before the list ("Also, Sie haben: …", "So you've got: …", "Noch mal
# zusammengefasst – …", "So that's …") and the counting of its items ("erstens …", "one, …")
_FRAME = lazy(
    r"^\W*(?:(?:also|so|okay|gut|noch\s+mal|nochmal|kurz)\W+)*(?:sie\s+haben|you've\s+got|"
    r"you\s+have|that's|zusammengefasst)\s*[:–-]?"
)
_COUNTED = lazy(r"\b(?:erstens|zweitens|drittens|viertens|one|two|three|four)\s*,")
_VERB = lazy(
    r"\b(?:ist|sind|habe|haben|hat|wird|wurde|is|are|has|have|was|were|will|kommen|come)\b"
)
_OUTCOMES = frozenset({K.BOOKED, K.DONE})


def listed_then_claimed(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with a bare booking after a list of particulars given the list's details."""
    folded = fold(sentence)
    text = folded.text
    if not opens(_LIST_THEN_CLAIM, text):
        return claims
    m = _LIST_THEN_CLAIM.match(text)
    items = _COUNTED.sub(" ", _FRAME.sub(" ", m["list"])) if m is not None else ""
    if m is None or _VERB.search(items):
        return claims
    listed = read_details(items, names)
    if not (listed.weekdays or listed.days) or not listed.times:
        return claims
    kept = tuple(c for c in claims if c.kind not in _OUTCOMES)
    start, end = folded.span(0, len(text))
    return (*kept, Claim(K.BOOKED, start, end, ClaimDetails(((Role.ANY, listed),))))
