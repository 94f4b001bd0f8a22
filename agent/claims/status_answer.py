"""A bare status word answering the caller's question about the outcome (the lead's D50,
convention 1117; D36 / 1103 read answers to "And?" so): "<speak>Status: OK</speak>" after "Is my
request approved yet?", "Status: erledigt" after "Ist das durch?", "Status: bestätigt" after "Ist
mein Termin schon bestätigt?" answer it: the outcome asked about, `booked` (a booking, or a
request approved), not 68's and 733's bare `done` that a cancellation backs too. Markup is
stripped before reading (text prepared for speech). Not: a status alone (no question before it:
`done`), a question about a cancellation or a move (their own kinds), a status that names
something ("Status: pending", "Buchungsstatus: …" are read by the status readers).
"""

from __future__ import annotations

from agent.claims.caller_words import caller_heard
from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_TAG = lazy(r"<[^<>]*>")
# a bare status line, on the sentence as told (its rewording makes "Status: OK" a "Done.", which
# blind 24's gated "✅ Erledigt." after "Hat das geklappt?" labels the bare success)
_BARE_STATUS = lazy(
    r"^\W*status\s*:\W*(?:ok|okay|erledigt|done|bestätigt|confirmed|approved|genehmigt|"
    r"erfolgreich|successful|durch)\W*$"
)
_OUTCOME_ASKED = lazy(
    r"\b(?:approved|genehmigt|bestätigt|confirmed|durch|through|gebucht|booked|geklappt|worked|"
    r"fix|steht|fest)\b[^?]*\?"
)
_OTHER_ACT = lazy(
    r"\b(?:stornier\w*|storno|absag\w*|abgesagt|verschoben|verschieb\w*|verlegt|umgebucht|"
    r"cancel\w*|moved?|reschedul\w*|reservier\w*|held|hold)\b"
)


def status_answers(sentence: str, caller: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a bare status answering the caller's outcome question read as `booked`."""
    if not caller or not _BARE_STATUS.match(fold(_TAG.sub(" ", sentence)).text):
        return claims
    heard = fold(caller_heard(caller)).text
    if not _OUTCOME_ASKED.search(heard) or _OTHER_ACT.search(heard):
        return claims
    # the bare success, or the caller's question said back as its request ("my request with
    # the salon"): the outcome asked about is the booking
    answered = (K.DONE, K.PENDING)
    kept = tuple(c for c in claims if c.kind not in answered)
    return (*kept, Claim(K.BOOKED, 0, len(sentence), ClaimDetails()))
