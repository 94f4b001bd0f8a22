"""What a negation's scope does to the claims read inside it (blind 42, claims102).

- Litotes: a denial denied keeps the positive claim (convention 130): "Dass Ihr Termin nicht
  gebucht sei, kann man wirklich nicht sagen", "I wouldn't say you're not booked in; you are",
  "It's not true that you aren't booked":
  the booking, not the denial the inner words read as.
- "Nicht, dass Sie denken, ich hätte Ihren Termin storniert": the cancellation denied
  (`not_cancelled`, convention 280), not the one the subjunctive reads as.
- A negative quantifier denies the outcome words after it: "Nothing's been cancelled or called
  off", "Nothing's been called off" (no cancellation read from them); a cleft or "yet" denies it
  too ("Was ich nicht gemacht habe, ist stornieren", "I haven't called it off yet"); "none of the
  afternoons work" names no booking.
- A practice under "nie … ohne" / "never … without" ("I never cancel anything without asking
  first") and talk denied ("Davon, dass storniert wurde, war nie die Rede", "Dass abgesagt wurde,
  hat niemand gesagt") state no outcome of the call (conventions 5, 650).
- A hold that lapsed ("Die Reservierung ist nicht mehr aktiv, sie ist abgelaufen", "The hold is no
  longer active") is no cancellation (convention 87: neutral).
- A universal denied over a booking word ("Es ist nicht alles gebucht – Ihr Termin fehlt noch",
  "Not everything's booked – your appointment is still missing"): the caller's booking is what is
  missing (`not_booked`), not a booking read from "Ihr Termin".
- A possessed appointment said not cancelled ("Ihr Termin am Freitag ist nicht abgesagt worden",
  "Your Friday appointment hasn't been cancelled"): the possessive presupposes the booking of what
  it names (conventions 37, 45), beside `not_cancelled`.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.restated import as_whole

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE})
_NEGATIVES = frozenset({K.NOT_BOOKED, K.NOT_CANCELLED})

_LITOTES = lazy(
    r"^\W*dass\s+[^.!?]*?\bnicht\s+(?:\w+\s+)?(?:gebucht|eingetragen|bestätigt)\s+(?:sei|seien|ist|sind|wäre|wären)\s*,"
    r"\s*(?:kann\s+man|stimmt)\s+(?:\w+\s+){0,2}?nicht\b|"
    r"\b(?:i\s+(?:wouldn't|would\s+not)\s+say|it(?:'s|\s+is)\s+not\s+true)\s+(?:that\s+)?"
    r"[^.!?;–—]*?(?:n't|\bnot)\s+(?:\w+\s+)?(?:booked|in|confirmed|entered)\b|"
    r"\bes\s+stimmt\s+(?:\w+\s+)?nicht,?\s+dass\s+[^.!?;–—]*?\bnicht\s+(?:\w+\s+)?"
    r"(?:gebucht|eingetragen|bestätigt)\b"
)
_NOT_THAT_CANCELLED = lazy(
    r"^\W*nicht,?\s+dass\s+sie\s+(?:denken|meinen|glauben)\s*,?\s+(?:ich|wir)\s+(?:hätte|hätten)\s+"
    r"[^.!?]*?\b(?:storniert|abgesagt|gestrichen|gecancelt)\b"
)
_NONE_OF_BOTH = lazy(r"^\W*(?:nothing|nichts)\b")
# a cancellation denied in a cleft or with "yet": "Was ich nicht gemacht habe, ist stornieren",
# "I haven't called it off yet"
_NOT_CANCELLED = lazy(
    r"^\W*was\s+(?:ich|wir)\s+nicht\s+(?:gemacht|getan)\s+(?:habe|haben)\s*,\s*ist\s+(?:\w+\s+)?"
    r"(?:stornieren|absagen|streichen)\b|"
    r"\b(?:i|we)\s+(?:haven't|have\s+not)\s+(?:yet\s+)?called\s+(?:it|that|\w+\s+appointment)\s+off\b"
)
# "none of" names no booking of the caller ("None of the Saturday afternoons work")
_NONE_OF = lazy(r"^\W*(?:none|neither)\s+of\s+(?:the|our)\b|^\W*keine[rs]?\s+(?:der|unserer)\b")
_PRACTICE = lazy(r"\b(?:never|nie|niemals)\b[^.!?]*\b(?:without|ohne)\b")
_TALK_DENIED = lazy(
    r"\bdass\b[^.!?]*?,\s*(?:war|ist)\s+(?:\w+\s+)?(?:nie|keine)\s+(?:die\s+)?rede\b|"
    r"^\W*dass\s+[^.!?]*?,\s*hat\s+(?:niemand|keiner)\s+(?:\w+\s+)?gesagt\b|"
    r"\b(?:nobody|no\s+one)\s+(?:ever\s+)?said\b|\bnever\s+(?:any\s+)?talk\s+of\b"
)
_HOLD_LAPSED = lazy(
    r"\b(?:reservierung|vormerkung|hold|reservation)\b[^.!?]*?\b(?:nicht\s+mehr\s+(?:aktiv|gültig)|"
    r"gilt\s+(?:\w+\s+)?nicht\s+mehr|no\s+longer\s+(?:active|valid))\b"
)
_NOT_ALL = lazy(
    r"\b(?:nicht\s+alles|not\s+everything|not\s+all)\b(?:'s|\s+is|\s+ist)?[^.!?–—]*?"
    r"\b(?:gebucht|eingetragen|booked|entered)\b"
)
_POSSESSED = lazy(r"\b(?:ihr(?:en)?|your)\s+(?:\w+\s+)?(?:\w*termin|appointment)\b")
_QUESTION = lazy(r"\?\s*$|\b(?:wenn|falls|ob|if|whether)\b")


def negation_scoped(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` as the scope of the sentence's negation leaves them (see above)."""
    text = fold(sentence).text
    if _QUESTION.search(text):
        return claims
    if _LITOTES.search(text):
        kept = tuple(c for c in claims if c.kind is not K.NOT_BOOKED)
        if any(c.kind is K.BOOKED for c in kept):
            return kept
        plain = "Der Termin ist gebucht." if lang == "de" else "Your appointment is booked."
        return (*kept, *as_whole(sentence, whole(plain)))
    if _NOT_THAT_CANCELLED.search(text):
        kept = tuple(c for c in claims if c.kind is not K.CANCELLED)
        return (*kept, Claim(K.NOT_CANCELLED, 0, len(sentence)))
    if _NONE_OF_BOTH.search(text) and any(c.kind is K.NOT_CANCELLED for c in claims):
        return tuple(c for c in claims if c.kind is not K.CANCELLED)
    if _NOT_CANCELLED.search(text):
        kept = tuple(c for c in claims if c.kind is not K.CANCELLED)
        if any(c.kind is K.NOT_CANCELLED for c in kept):
            return kept
        return (*kept, Claim(K.NOT_CANCELLED, 0, len(sentence)))
    if _NONE_OF.search(text):
        return tuple(c for c in claims if c.kind not in (K.BOOKED, K.DONE))
    if _PRACTICE.search(text) or _TALK_DENIED.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES | _NEGATIVES)
    if _HOLD_LAPSED.search(text):
        return tuple(c for c in claims if c.kind not in (K.CANCELLED, K.GONE))
    if _NOT_ALL.search(text):
        kept = tuple(c for c in claims if c.kind is not K.BOOKED)
        if any(c.kind is K.NOT_BOOKED for c in kept):
            return kept
        return (*kept, Claim(K.NOT_BOOKED, 0, len(sentence)))
    return _possessed_not_cancelled(text, claims)


def _possessed_not_cancelled(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the booking a possessed, named appointment said not cancelled presupposes."""
    if not _POSSESSED.search(text) or any(c.kind is K.BOOKED for c in claims):
        return claims
    denied = [
        c
        for c in claims
        if c.kind is K.NOT_CANCELLED and any(not d.empty for _, d in c.details.parts)
    ]
    return (*claims, *(Claim(K.BOOKED, c.start, c.end, c.details) for c in denied[:1]))
