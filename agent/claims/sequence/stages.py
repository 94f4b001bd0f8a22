"""A sentence that tells the appointment's stages in order is read by where it ends (convention
75; blind 31, claims64): "Erst gebucht, dann storniert" claims the cancellation, not the booking
it began with; "Zuerst reserviert, dann fest eingetragen" the booking, not the hold; "Booked,
cancelled, and booked again" the booking. A hold told released ("Erst reserviert, dann wieder
freigegeben", "Die Reservierung ist wieder aufgehoben", "I had it on hold but let it go")
claims nothing (the gated "Ich habe die Reservierung wieder freigegeben.", convention 87).

The stages are words of state (booked, cancelled, held, released); the sentence must mark the
earlier one (erst, zuerst, anfangs, vorhin, first, originally, earlier, a past "waren … / were
…") and the later one (dann, jetzt, inzwischen, then, now, since). The claims read from an
earlier stage's kind are dropped; the last stage's kind is claimed (with the day the earlier
stage named when the reader missed it). Left to the other readers: a sentence naming two
different weekdays (a move, two appointments), a move, a stage that is a wish or a condition.

Part of `sequence`, the one owner of a sequence read by its last step: this module reads the
state words over the whole sentence; `steps.py` the steps a clause cuts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import Names, read_roles
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "booked",
        lazy(
            r"\b(?:gebucht|eingetragen|buchen|fest|drin|bestätigt|booked|confirmed|"
            r"(?:you|we)\s+(?:were|was)\s+in|(?:sie\s+)?waren\s+(?:\w+\s+){0,3}eingetragen)\b"
        ),
    ),
    (
        "cancelled",
        lazy(
            r"\b(?:storniert|abgesagt|gestrichen|annulliert|cancell?ed|called\s+off|"
            r"(?:is|'s)\s+off\s+now)\b"
        ),
    ),
    (
        "held",
        lazy(
            r"\b(?:reserviert|geblockt|vorgemerkt|gehalten|reservierung|vormerkung|held|"
            r"on\s+hold|a\s+hold|the\s+hold|reserved|reservation|kept\s+the\s+slot)\b"
        ),
    ),
    (
        "released",
        lazy(
            r"\b(?:wieder\s+freigegeben|freigegeben|wieder\s+aufgehoben|aufgehoben|losgelassen|"
            r"released|let\s+it\s+go|lifted)\b"
        ),
    ),
)
_EARLIER = lazy(
    r"\b(?:erst|zuerst|zunächst|anfangs|ursprünglich|vorher|vorhin|eben\s+noch|bis\s+vorhin|"
    r"früher|first|at\s+first|originally|earlier|a\s+moment\s+ago|a\s+minute\s+ago|"
    r"waren|war|hatten|hatte|stand|were|was|had)\b"
)
_LATER = lazy(
    r"\b(?:dann|danach|jetzt|nun|inzwischen|mittlerweile|nachher|seitdem|then|now|since|"
    r"afterwards|after\s+that|again)\b"
)
# a stage that is a wish, a condition or the caller's yes (yes_first.py), a move (move readers),
# a self-correction (its own readers: "I said it was booked — it's only on hold", 75), a hold's
# rule ("held for 30 minutes, then it's released")
_NOT_A_STAGE = lazy(
    r"\b(?:wenn|falls|sobald|if|once|ja\s+sagen|say\s+yes|verschoben|verlegt|moved|"
    r"rescheduled|statt|instead|correction|korrektur|i\s+said|gesagt|sorry|pardon|i\s+mean|"
    r"ich\s+meine|will|wird|werden|unless|solange|bis(?!\s+vorhin)|"
    r"until(?!\s+a\s+(?:minute|moment)))\b|"
    r"\b(?:for|für|noch)\s+(?:\w+\s+)?(?:minutes?|minuten|stunden?|hours?)\b"
)
# a booking only meant before the hold: "Erst wollte ich gleich buchen, jetzt ist … geblockt"
_MEANT = lazy(r"\b(?:wollte|wollten|wanted|meant|hatte\s+vor|was\s+going)\b")
# a stage denied ("…, jetzt aber noch nicht gebucht"); "nicht mehr" ends the earlier one
_NEGATED = lazy(r"\b(?:nicht|nichts|kein\w*|not|never|nothing)\b(?!\s+mehr)|n't\b")
_DAYS = lazy(
    r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
_KINDS_OF = {
    "booked": frozenset({K.BOOKED, K.DONE, K.STANDS}),
    "cancelled": frozenset({K.CANCELLED, K.GONE, K.DONE}),
    "held": frozenset({K.HELD, K.NOT_BOOKED}),
    "released": frozenset({K.CANCELLED, K.GONE}),
}
# what a stage told earlier may have been read as: the sentence claims only where it ends
_STATES = frozenset(
    {K.BOOKED, K.DONE, K.STANDS, K.CANCELLED, K.GONE, K.HELD, K.NOT_BOOKED, K.RESCHEDULED}
)
# "Booked, cancelled, and booked again": the last stage told again marks the order itself
_AGAIN = lazy(r"\b(?:again|wieder|erneut)\b")
_CLAIMED = {"booked": K.BOOKED, "cancelled": K.CANCELLED, "held": K.HELD}


def _stages(text: str) -> list[tuple[int, str]]:
    found = [(m.start(), name) for name, rx in _STAGES for m in rx.finditer(text)]
    return sorted(found)


def last_stage(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...] | None:
    """`claims` read by the sentence's last stage, or None when it tells no stages."""
    text = fold(sentence).text
    stages = _stages(text)
    if len(stages) < 2 or _NOT_A_STAGE.search(text):
        return None
    if len(set(_DAYS.findall(text))) > 1:
        return None
    end_at, end = stages[-1]
    earlier = {name for at, name in stages if name != end and at < end_at}
    if any(_NEGATED.search(text[max(0, at - 24) : at]) for at, _ in stages):
        return None  # "Nothing was booked today; the held slot …": a stage denied
    if end == "released":
        return _released(text, end_at, claims) if "held" in earlier else None
    if not earlier or "released" in earlier:
        return None
    first_at = stages[0][0]
    again = _AGAIN.search(text[max(0, end_at - 12) : end_at + 24])
    if not again and not (_EARLIER.search(text[:end_at]) and _LATER.search(text, first_at)):
        return None
    dropped = _STATES - _KINDS_OF[end]
    if end == "held" and _MEANT.search(text[:end_at]):
        dropped |= {K.NOT_BOOKED}  # a booking only meant, now a hold: `held` (124, 150)
    kept = tuple(c for c in claims if c.kind not in dropped)
    claimed = _CLAIMED[end]
    named = read_roles(text, names)  # one day at most (above): the appointment the stages tell
    if not any(c.kind is claimed for c in kept):
        kept = (*kept, Claim(claimed, 0, len(sentence)))
    return tuple(
        replace(c, details=named) if c.kind is claimed and c.details.empty else c for c in kept
    )


def _released(text: str, end_at: int, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """A hold told released: no claim of the hold, nor a cancellation read in its release."""
    if any(name in ("booked", "cancelled") for _, name in _stages(text)):
        return None  # "… freigegeben, der Termin ist storniert": an outcome said as well
    drop = _KINDS_OF["held"] | _KINDS_OF["released"] | {K.BOOKED, K.DONE}
    return tuple(c for c in claims if c.kind not in drop)
