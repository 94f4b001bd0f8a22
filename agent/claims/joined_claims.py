"""Two claims joined in one sentence, each read as said (blind 31, claims63; convention 56).

- An English day said "off" and another "on" ("Monday's off, and Tuesday at nine with Lena is
  on"), or services "both … in": read as cancelled and booked (`on_and_off`, a restatement).
- A hold beside an offer to book it ("Ich habe Montag um neun vorgemerkt und kann es gleich
  fest eintragen", "I've held Monday at nine and could book it right away"): the hold is the
  claim, the offer books nothing (`hold_beside_offer`).
- Two acts sharing "ich habe" / "I've" ("Ich habe Montag um neun geblockt und dem Team eine
  Notiz geschrieben", "I've put Monday on hold and sent the salon a note"): each act read as a
  sentence of its own where the first is a hold of a named slot and the second no outcome: the
  hold and the message are the claims, the booking the joined reading found is none
  (`shared_auxiliary`; "vorgemerkt und bestätigt" is the booking).
Not: questions, conditions (the clause readers take those along).
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.restated import as_whole

_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_OFF = lazy(rf"\b({_DAYS})(?:'s|\s+is)\s+off(?=\s*(?:[.!,;]|$|now\b|and\b))")
_ON = lazy(r"(?:'s|\s+is)\s+on(?=\s*(?:[.!,;]|$|now\b))")
_BOTH_IN = lazy(r"\bare\s+(both\s+)?in(?=\s*(?:[.!,;]|$))")
_HOLD_OFFER = lazy(
    r"^(?P<hold>.*?\b(?:reserviert|vorgemerkt|geblockt|on\s+hold|held|reserved)\b.*?)\s+"
    r"(?:und|and)\s+(?:kann|könnte|würde|can|could|would|will)\b"
)
_SHARED = lazy(
    r"^(?P<aux>\W*(?:ich\s+habe|wir\s+haben|i've|i\s+have|we've|we\s+have))\s+(?P<a>.+?)\s+"
    r"(?:und|and)\s+(?P<b>(?!(?:ich|wir|i|we|sie|you|es|it|er|der|die|das|the|kann|könnte|"
    r"werde|würde|can|could|will|would|dann|then|jetzt|now)\b)\w.+)$"
)
_SLOT = lazy(
    rf"\b(?:{_DAYS}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|tomorrow)\b"
)
_OUTCOMES = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.DONE,
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.NOT_BOOKED,
        ClaimKind.PENDING,
        ClaimKind.GONE,
        ClaimKind.STANDS,
    }
)
_PART_KINDS = frozenset({ClaimKind.HELD, ClaimKind.FOLLOW_UP})
Read = Callable[[str], tuple[Claim, ...]]


def on_and_off(sentence: str, lang: str) -> str | None:
    """`sentence` with "off" / "on" / "both … in" said as cancelled / booked, or None."""
    if lang != "en":
        return None
    text = normalize(sentence)
    if "?" in text:
        return None
    said = text
    if _OFF.search(text) and _ON.search(text):  # two parts; either alone the readers read
        said = _ON.sub(" is booked", _OFF.sub(r"\1 is cancelled", text))
    if "both" in said:
        said = _BOTH_IN.sub(lambda m: f"are {m[1] or ''}booked", said)
    return said if said != text else None


def hold_beside_offer(sentence: str, claims: tuple[Claim, ...], whole: Read) -> tuple[Claim, ...]:
    """`claims` of a hold said beside an offer to book it (see above)."""
    text = normalize(sentence)
    m = _HOLD_OFFER.match(text)
    if "?" in text or m is None:
        return claims
    held = as_whole(sentence, whole(m["hold"] + "."))
    if not any(c.kind is ClaimKind.HELD for c in held):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    return kept + tuple(c for c in held if c not in kept)


def shared_auxiliary(sentence: str, claims: tuple[Claim, ...], whole: Read) -> tuple[Claim, ...]:
    """`claims` of two acts sharing their auxiliary, each read alone (see above)."""
    text = normalize(sentence).rstrip(" .!")
    m = _SHARED.match(text)
    if "?" in text or m is None or not _SLOT.search(m["a"]):
        return claims  # a hold names its slot ("Ihr Anliegen festgehalten" holds none)
    first = whole(f"{m['aux']} {m['a']}.".strip())
    second = whole(f"{m['aux']} {m['b']}.".strip())
    if not first or any(c.kind in _OUTCOMES for c in second):
        return claims  # the second act an outcome of its own ("vorgemerkt und bestätigt")
    parts = as_whole(sentence, first + second)
    kinds = {c.kind for c in parts}
    if ClaimKind.HELD not in kinds or ClaimKind.BOOKED in kinds:
        return claims  # only a hold beside another act is read part by part
    kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    return kept + tuple(c for c in parts if c.kind in _PART_KINDS and c not in kept)
