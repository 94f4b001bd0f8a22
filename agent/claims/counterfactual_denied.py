"""A counterfactual about the booking turned to what is (blind 13, claims22): "If it were booked,
you'd have a text by now – it isn't yet", "Were it in the calendar, it would show here, but it
isn't yet", "Wäre der Termin gebucht, bekämen Sie eine SMS – das ist er aber noch nicht", "Hätte
ich Sie schon gebucht, hätten Sie eine SMS, aber gebucht ist noch nichts".

The unreal part states nothing (`counterfactual`, which ends it at the turn); the denial after the
dash or "but"/"aber" says the appointment is not booked yet: NOT_BOOKED, with the details the
unreal part names ("Wäre der Termin am Freitag gebucht, …"), backed unless such a booking exists.
Only where the unreal part is about the booking (booked, in the calendar, confirmed).

A counterfactual whose CONDITION is the caller's cancellation ("Hätte ich storniert, hätten Sie
eine SMS bekommen", "Wäre der Termin abgesagt, …", "If I'd cancelled it, you'd have got a text",
"Had it been cancelled, …") presupposes the condition false: the caller hears "it is not
cancelled", NOT_CANCELLED with what the condition names (`cancellation_supposed`, convention 561).
Its mirror for the booking ("Wäre der Termin schon gebucht, hätten Sie längst eine SMS") claims
nothing: the gated splits label it neutral (blind 8, 15, 16, 17; convention 720).
Not: a condition about when ("Hätten Sie früher storniert, wäre es kostenlos": a cancellation may
have come late), another person's cancellation, an open condition ("Wenn ich storniere, …").

A near loss turned to what is ("Fast wäre er weg gewesen – ist er aber nicht", "Um ein Haar hätte
das System ihn gelöscht, er ist aber noch da", "It almost got cancelled, but it's still there")
says the appointment is still booked and was not cancelled: BOOKED and NOT_CANCELLED
(`near_loss_denied`; conventions 75, 280 and 481, as blind 37 labels it); "noch da" / "still
there" says it stands as it was, STANDS (the lead's decision 1035). The near loss alone
("Beinahe wäre er weg gewesen") states nothing. A near slip in the booking corrected to the slot
it is ("Fast hätte ich Sie für Samstag eingetragen – aber es ist natürlich Freitag um zehn", "I
almost put you down for Saturday, but it's Friday at ten") is the booking of that slot, read by
what it ends on (75): BOOKED with the details after the turn (`near_slip_corrected`).
"""

from __future__ import annotations

import re

from agent.claims.counterfactual import unreal_spans
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

CONDITION_WORDS = lazy(r"\b(?:wenn|falls|ob|if|whether|unless)\b")

_ABOUT_BOOKING = lazy(
    r"\b(?:book\w*|in\s+the\s+(?:calendar|system|diary)|confirmed|reserved|\w*gebucht|"
    r"eingetragen|im\s+(?:kalender|system)|bestätigt|fest)\b"
)
_DENIAL = lazy(
    # "– it isn't yet", "but I haven't yet", "– that's not done yet"
    r"^\W*(?:but\s+)?(?:it|that|this|i|we)\s*(?:isn't|is\s+not|'s\s+not|hasn't|has\s+not|"
    r"haven't|have\s+not|wasn't)(?:\s+(?:been|done\s+that|done\s+it))?\s+(?:yet|so\s+far)\b|"
    # "– das ist er aber noch nicht", "aber gebucht ist noch nichts", "das habe ich noch nicht"
    r"^\W*(?:aber\s+|doch\s+)?(?:(?:das|es|er)\s+)?(?:ist|sind|habe|haben)\s+(?:(?:er|es|das|ich|"
    r"wir)\s+)?(?:aber\s+|doch\s+)?noch\s+(?:nicht|nichts)\b|"
    r"^\W*(?:aber|doch)\s+\w+\s+(?:ist|wurde)\s+(?:aber\s+)?noch\s+nichts\b"
)


def counterfactual_denied(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A NOT_BOOKED claim for each counterfactual about the booking that `sentence` denies."""
    out = []
    for s, e in unreal_spans(sentence):
        rest_end = _sentence_end(sentence, e)
        unreal, rest = fold(sentence[s:e]).text, fold(sentence[e:rest_end]).text
        if not rest or not _ABOUT_BOOKING.search(unreal) or not _DENIAL.search(rest):
            continue
        details = read_details(unreal, names)
        out.append(Claim(ClaimKind.NOT_BOOKED, e, rest_end, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)


def _sentence_end(sentence: str, at: int) -> int:
    m = re.compile(r"[.!?](?:\s|$)").search(sentence, at)
    return m.end() if m else len(sentence)


_CANCEL_DE = r"(?:storniert|abgesagt|gestrichen|gelöscht|rausgenommen)"
_THEN_DE = (
    r"(?:hätte|hätten|wäre|wären|würde|würden|wüsste|wüssten|bekäme|bekämen|könnte|könnten|"
    r"müsste|müssten)"
)
_SUPPOSED_DE = lazy(
    rf"^\W*(?:(?:wenn|falls)\s+[^,;:]*\b{_CANCEL_DE}(?:\s+worden)?\s+(?:hätte|hätten|wäre|wären)"
    rf"|(?:hätte|hätten|wäre|wären)\b[^,;:]*\b{_CANCEL_DE}(?:\s+worden)?)\s*,\s*"
    rf"(?:{_THEN_DE}|stünde|stünden|stände|sähe|sähen|gäbe)\b"
)
_CANCEL_EN = r"(?:cancell?ed|called\s+(?:it\s+)?off|deleted|taken\s+(?:it\s+)?out)"
_SUPPOSED_EN = lazy(
    rf"^\W*(?:if\s+[^,;:]*\b(?:had|'d|were)\s+(?:already\s+)?(?:been\s+|got\s+)?{_CANCEL_EN}|had\s+(?:i|we|it|"
    rf"(?:the|your)\s+\w+)\s+(?:been\s+)?{_CANCEL_EN})\b[^,;:]*,\s*[^,;:]*"
    r"\b(?:would|could|might|'d)\b"
)
# the condition about when or whose: "früher / rechtzeitig storniert", "another client"
_NOT_SUPPOSED = lazy(
    r"\b(?:früher|eher|rechtzeitig|rechtzeitiger|gestern|vorher|kurzfristig|earlier|sooner|"
    r"in\s+time|yesterday|before|kundin|kunde|jemand|someone|another|client|customer)\b"
)


def cancellation_supposed(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A NOT_CANCELLED claim for a counterfactual whose condition is the caller's cancellation."""
    text = fold(sentence).text.replace("’", "'")
    m = _SUPPOSED_DE.match(text) or _SUPPOSED_EN.match(text)
    if m is None or _NOT_SUPPOSED.search(m[0]):
        return ()
    details = read_details(m[0], names)
    return (Claim(ClaimKind.NOT_CANCELLED, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)


_NEAR_LOSS = lazy(
    r"^\W*(?:(?:ihr\s+termin|er|es|it|your\s+appointment)\s+)?(?:fast|beinahe|um\s+ein\s+haar|"
    r"almost|nearly)\b[^.!?:;]*?\b(?:weg|storniert|abgesagt|gelöscht|gestrichen|cancell?ed|went|"
    r"gone|deleted)\b[^.!?:;]*?(?:[–—]|\b(?:aber|but|doch)\b)[^.!?]*?(?:\b(?:ist|is)\s+(?:er|es|it)"
    r"\s+(?:aber\s+)?nicht\b|\bnoch\s+(?:(?P<da>da)|drin|im\s+kalender)\b|\bsteht\s+(?:er|es)?\s*noch\b|"
    r"\bstill\s+(?:(?P<there>there)|on\b|in\b|booked|stands|standing|in\s+the\s+book)|\bisn't\b|"
    r"\bwasn't\b)"
)


def near_loss_denied(sentence: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED and NOT_CANCELLED for a near loss of the appointment turned to its still being
    there (above)."""
    text = fold(sentence).text.replace("’", "'")
    m = _NEAR_LOSS.match(text)
    if m is None or _NOT_SUPPOSED.search(m[0]) or CONDITION_WORDS.search(m[0]):
        return ()
    said = re.sub(r"\bum\s+ein\s+haar\b", "", m[0])  # an idiom, not one o'clock
    details = ClaimDetails(((Role.ANY, read_details(said, names)),))
    # "… er ist aber noch da", "… but it's still there": it stands as it was (1035, claims134)
    kept = ClaimKind.STANDS if m["da"] or m["there"] else ClaimKind.BOOKED
    return tuple(Claim(k, 0, len(sentence), details) for k in (kept, ClaimKind.NOT_CANCELLED))


_NEAR_SLIP = lazy(
    r"^\W*(?:ich\s+|i\s+)?(?:fast|beinahe|um\s+ein\s+haar|almost|nearly)\b[^.!?:;]*?\b(?:eingetragen|"
    r"gebucht|eingebucht|booked|put\s+you\s+(?:down|in)|had\s+you\s+(?:down|in))\b[^.!?:;]*?"
    r"(?:[–—]\s*(?:(?:aber|but|doch)\s+)?|,?\s*\b(?:aber|but|doch)\s+)(?:es|das|it|that)\s*"
    r"(?:ist|is|'s)\s+(?:(?:aber|natürlich|of\s+course|doch|ja)\s+)*(?P<slot>[^.!?;]+)"
)


def near_slip_corrected(sentence: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED with the slot a near slip in the booking is corrected to (above)."""
    text = fold(sentence).text.replace("’", "'")
    m = _NEAR_SLIP.match(text)
    if m is None or CONDITION_WORDS.search(m[0]) or _DENIED_SLOT.search(m["slot"]):
        return ()
    d = read_details(m["slot"], names)
    if not (d.weekdays or d.days or d.relative_days or d.times or d.stylists):
        return ()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, d),))),)


_DENIED_SLOT = lazy(r"\b(?:nicht|kein\w*|not|no|never|noch|yet)\b|n't\b")
