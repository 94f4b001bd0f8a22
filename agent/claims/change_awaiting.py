"""A move or a cancellation that is not done yet because someone still has to say yes (blind 52,
claims130), read as a whole sentence after the other readings:

- denied, with the salon's or the caller's yes as the reason: "Verlegt ist noch nichts, der Salon
  muss erst zustimmen", "Nothing's been moved yet; the salon has to sign off first", "It isn't
  moved yet; the salon needs to approve it first": the denial (`not_moved` / `not_cancelled`,
  820, 280), not a request awaiting the salon (`pending` is a booking request in this call);
- said done as soon as the caller agrees: "Gleich ist das umgebucht, ich brauche nur noch Ihr
  Okay", "Umgebucht ist es, sobald Sie Ja sagen", "Abgesagt ist es erst, wenn Sie zustimmen",
  "It'll be moved as soon as you say yes": not done (`not_moved` / `not_cancelled`), as
  "gebucht ist er, sobald Sie Ja sagen" is `not_booked` (convention 5's group); the speaker's act
  to come on the caller's okay ("I'll have that rescheduled in a second, I just need your okay")
  claims nothing (convention 5's act to come);
- a cancellation request with the salon: "Ihre Stornierung liegt beim Salon", "Die Absage ist
  angefragt, bestätigt wird sie vom Salon", "Your cancellation is with the salon": the request
  awaiting the salon (`pending`) of a cancellation, which presupposes the appointment it cancels
  (`booked`): no state of a call holds both, as no call holds a cancellation awaiting the salon
  (blind 52's label question: such sentences pass nowhere); a move request stays the pending
  appointment at its new place (`move_requested`, the product's own line);
- a failed change beside the appointment said to stay: "Auf Donnerstag ging es nicht, Freitag um
  zehn bleibt unverändert", "Thursday couldn't be done, so Friday at ten stays unchanged": the
  place that failed is no detail of what stays (`stands` of Friday at ten, 26, 732).
"""

from __future__ import annotations

import dataclasses
import re

from agent.claims.details import WEEKDAYS, ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_MOVE = r"(?:verlegt|verschoben|umgebucht|umgelegt|moved|rescheduled|rebooked|changed|switched)"
_CANCEL = r"(?:storniert|abgesagt|gestrichen|gelöscht|cancell?ed|called\s+off)"
# someone's yes still to come: the salon's or the caller's
_YES_TO_COME = lazy(
    r"\b(?:salon|team)\b[^.!?]*?\b(?:muss|müsste|needs?|has\s+to|must|'s\s+got\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:zustimmen|freigeben|bestätigen|genehmigen|approve|confirm|sign\s+off|okay|ok)\b|"
    r"\b(?:das|es|den|ihn)\s+muss\s+(?:der|das)\s+(?:salon|team)\s+(?:\w+\s+){0,2}?(?:freigeben|bestätigen|"
    r"genehmigen)\b|"
    r"\b(?:ich\s+)?brauche\s+(?:\w+\s+){0,2}?ihr(?:e)?\s+(?:okay|ok|ja|zustimmung|einverständnis|go)\b|"
    r"\bsie\s+müssen\s+(?:\w+\s+){0,2}?(?:zustimmen|ja\s+sagen|bestätigen)\b|"
    r"\b(?:sobald|wenn)\s+sie\s+(?:\w+\s+){0,2}?(?:zustimmen|ja\s+sagen|bestätigen|einverstanden)\b|"
    r"\b(?:i|we)\s+(?:just\s+|still\s+|only\s+)?need\s+your\s+(?:okay|ok|yes|go-?ahead|consent|"
    r"confirmation)\b|"
    r"\b(?:as\s+soon\s+as|once|when)\s+you\s+(?:say\s+yes|agree|confirm|give\s+the\s+go-?ahead)\b"
)
# the change denied, said done "gleich", or said done only on that yes
_NOT_DONE = lazy(
    rf"\b{_MOVE}\s+(?:ist|wird|habe\s+ich\s+sie|hab\s+ich\s+sie)\s+(?:\w+\s+){{0,2}}?(?:noch\s+nichts|"
    r"nichts|noch\s+nicht|erst|es)\b|"
    rf"\bnoch\s+ist\s+(?:\w+\s+){{0,3}}?nicht(?:s)?\s+{_MOVE}\b|"
    rf"^\W*gleich\s+ist\s+(?:das|es|der\s+termin|er)\s+(?:\w+\s+)?{_MOVE}\b|"
    rf"\b(?:nothing's|nothing\s+has|nothing\s+is)\s+(?:been\s+)?{_MOVE}\s+yet\b|"
    rf"\b(?:it|that)\s+(?:isn't|is\s+not|hasn't\s+been|has\s+not\s+been)\s+{_MOVE}\s+yet\b|"
    rf"\b(?:it'll|it\s+will)\s+be\s+{_MOVE}\s+(?:as\s+soon\s+as|once|when)\b"
)
_NOT_CANCELLED = lazy(
    rf"\b{_CANCEL}\s+(?:ist|wird)\s+(?:\w+\s+){{0,2}}?(?:noch\s+nichts|nichts|noch\s+nicht|erst|es)\b|"
    rf"^\W*gleich\s+ist\s+(?:das|es|der\s+termin|er)\s+(?:\w+\s+)?{_CANCEL}\b|"
    rf"\b(?:nothing's|nothing\s+has|nothing\s+is)\s+(?:been\s+)?{_CANCEL}\s+yet\b|"
    rf"\b(?:it'll|it\s+will)\s+be\s+{_CANCEL}\s+(?:as\s+soon\s+as|once|when)\b"
)
# the speaker's act to come ("I'll have that rescheduled in a second")
_ACT_TO_COME = lazy(
    rf"^\W*(?:i'll|i\s+will|we'll|we\s+will)\s+(?:have|get)\s+(?:that|it|this)\s+{_MOVE}\b|"
    rf"^\W*(?:i'll|i\s+will|we'll|we\s+will)\s+(?:have|get)\s+(?:that|it|this)\s+{_CANCEL}\b"
)
# a change as the request with the salon
# (a move asked for is the pending appointment at its new place: `move_requested`)
_CHANGE_ASKED = lazy(r"\b(?:\w*stornierung|absage|cancell?ation)\b")
# a place the change could not reach ("Auf Donnerstag ging es nicht", "Thursday couldn't be done",
# "The move to Thursday didn't work"): not a detail of the appointment said to stay
_FAILED = lazy(
    r"\b(?:ging|klappte|hat)\s+(?:es\s+)?(?:leider\s+)?nicht(?:\s+geklappt)?\b|"
    r"\b(?:fehlgeschlagen|gescheitert)\b|"
    r"\b(?:didn't|did\s+not|couldn't|could\s+not|wasn't|won't)\s+(?:work(?:\s+out)?|be\s+done|go\s+through|"
    r"happen|possible)\b|\bfailed\b"
)
_DAY_WORD = lazy(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b")
_DONE_KINDS = frozenset({K.RESCHEDULED, K.CANCELLED, K.PENDING, K.BOOKED, K.DONE, K.GONE})


def _failed_places_dropped(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """STANDS claims without the days a failed change named in a clause of its own ("Thursday
    couldn't be done, so Friday at ten stays unchanged": Friday stays)."""
    if not any(c.kind is K.STANDS for c in claims) or not _FAILED.search(text):
        return claims
    failed: set[int] = set()
    for clause in re.split(r"[,;:–—]|\b(?:so|also|daher|deshalb|aber|but)\b", text):
        if _FAILED.search(clause):
            failed |= {WEEKDAYS[m[1]] for m in _DAY_WORD.finditer(clause)}
    if not failed:
        return claims
    out = []
    for c in claims:
        parts = c.details.parts
        if c.kind is K.STANDS and any(d.weekdays - failed for _, d in parts):
            parts = tuple(
                (
                    r,
                    dataclasses.replace(d, weekdays=d.weekdays - failed)
                    if d.weekdays - failed
                    else d,
                )
                for r, d in parts
            )
            c = dataclasses.replace(c, details=dataclasses.replace(c.details, parts=parts))
        out.append(c)
    return tuple(out)


def change_awaiting(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` of a change still waiting for someone's yes read as above; a failed change's
    place dropped from what it says stays."""
    text = fold(sentence).text
    claims = _failed_places_dropped(text, claims)
    if "?" in text:
        return claims
    yes_to_come = _YES_TO_COME.search(text)
    whole = (0, len(sentence))
    if yes_to_come and (_ACT_TO_COME.search(text)):
        return tuple(c for c in claims if c.kind not in _DONE_KINDS)
    if yes_to_come or "sobald" in text or "as soon as" in text:
        for pattern, kind in ((_NOT_DONE, K.NOT_MOVED), (_NOT_CANCELLED, K.NOT_CANCELLED)):
            if pattern.search(text):
                kept = tuple(c for c in claims if c.kind not in _DONE_KINDS and c.kind is not kind)
                return (*kept, Claim(kind, *whole, ClaimDetails(())))
    pending = [c for c in claims if c.kind is K.PENDING]
    if pending and _CHANGE_ASKED.search(text) and not any(c.kind is K.BOOKED for c in claims):
        return (*claims, Claim(K.BOOKED, *whole, ClaimDetails(())))
    return claims
