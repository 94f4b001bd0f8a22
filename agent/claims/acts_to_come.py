"""The speaker's acts to come (blind 26, claims46; convention 5's acts to come): a plan does not
say the outcome made.

- a plan of two acts: "Nachdem ich gebucht habe, schicke ich Ihnen eine SMS.", "After I've
  booked it, I'll send you a text.": a temporal clause with the speaker's act in the perfect,
  then the speaker's next act in the present or future ("schicke ich", "lese ich", "werde ich",
  "I'll", "I will"). The perfect is the act's completion in the plan, not a report; the text it
  promises is conditional on it (as "When it's booked, we'll text you").
- the caller's yes first, then the speaker's act to come (blind 40, claims96): "Nachdem Sie
  bestätigt haben, trage ich den Termin ein.", "Sobald Sie zustimmen, buche ich", "After you say
  yes, I'll put it in", "Once you've okayed it, I'll enter Friday": the clause is the caller's
  agreeing, the booking the speaker's plan (convention 5).
- a rule of what follows any booking: "Nachdem Sie gebucht haben, bekommen Sie normalerweise eine
  SMS", "After booking you'd normally get a text" (a habit, "normalerweise" / "normally").

A state said a moment away ("In einer Sekunde ist es gebucht", "In a sec you're booked") was
dropped here until the lead's decision (convention 601, claims90): it is the `booked` claim of
155, read by `future_certain`.

Not: the act said done now or just now ("Nachdem ich Sie jetzt eingetragen habe, …", "eben",
"schon", "Now that I've booked it, …", "just", "already"), a main clause that is not the
speaker's act to come ("…, bräuchte ich noch Ihre Nummer", "…, bekommen Sie gleich eine SMS").
Drops outcome claims and the text promised; nothing else."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS})
_PLAN = lazy(
    r"^\W*(?:nachdem|after)\s+(?:ich|i)\b[^,;:.!?]{0,60},\s*"
    r"(?:(?!\w+te\b|würde\b|wäre\b|habe\b)\w+e\s+ich|werde\s+ich|i'll|i\s+will|i'm\s+going\s+to|let\s+me)"
    r"\b[^,;:.!?]*[.!]?\W*$"
)
_PLAN_EN = lazy(r"^\W*after\s+i(?:'ve|\s+have)\b")
_PLAN_DE = lazy(r"^\W*nachdem\s+ich\b[^,]*\b(?:habe|hab)\s*,")
# the caller's agreeing as the clause, then the speaker's act to come (blind 40, claims96)
_AFTER_YES = lazy(
    r"^\W*(?:nachdem|sobald|wenn|after|once|as\s+soon\s+as)\s+(?:sie|you)\s+(?:\w+\s+){0,3}?"
    r"(?:bestätigt|zugestimmt|zugesagt|ja\s+gesagt|bestätigen|zustimmen|zusagen|ja\s+sagen|"
    r"say\s+yes|said\s+yes|confirm|confirmed|agree|agreed|okayed|ok'd|give\s+me\s+the\s+(?:okay|ok|go-ahead))"
    r"\b[^,;:.!?]{0,30},\s*(?:(?!\w+te\b|würde\b|wäre\b|habe\b)\w+e\s+ich|werde\s+ich|i'll|"
    r"i\s+will|i'm\s+going\s+to|let\s+me)\b"
)
# a rule of what follows any booking: "…, bekommen Sie normalerweise eine SMS"
_HABIT = lazy(
    r"^\W*(?:nachdem|sobald|wenn|after|once)\b[^,;:.!?]{0,60},\s*[^,;:.!?]*"
    r"\b(?:normalerweise|in\s+der\s+regel|üblicherweise|normally|usually|as\s+a\s+rule)\b"
)
_NOW = lazy(r"\b(?:jetzt|eben|gerade|schon|bereits|soeben|nun|now|just|already)\b")


def without_acts_to_come(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes and texts of a plan (above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    planned = (
        (_PLAN_DE.search(text) or _PLAN_EN.search(text))
        and _PLAN.search(text)
        and not _NOW.search(text.split(",")[0])
    )
    if not planned and not _AFTER_YES.search(text) and not _HABIT.search(text):
        return claims
    return tuple(
        c
        for c in claims
        if c.kind not in _OUTCOMES and not (c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.TEXT)
    )


# claims106 (blind 35's leftover): the speaker's move announced with "dann" / "then" in the
# present — "Ich schiebe Sie dann vom Freitag auf Samstag um elf", "Ich verlege Sie dann vom
# Freitag auf Donnerstag um drei", "Ich buche Sie dann vom Freitag auf Samstag um elf um", "I'll
# move you from Friday to Saturday at eleven, then" — is an act to come, neutral (blind 35's
# label, 5's acts to come): no move, booking or slot is claimed yet. Not: the act said under way
# or done ("jetzt", "gerade", "schon", "habe", "erledigt", "now", "done"), a question; a booking
# verb ("buche", "lege", "setze", "ziehe", "hole") is a move only with its particle or both places.
_MOVE_VERB_DE = r"(?:verschiebe|verlege|schiebe|verschieben|verlegen|schieben)"
_PLACE_VERB_DE = r"(?:buche|lege|setze|ziehe|hole|buchen|legen|setzen|ziehen|holen)"
_WHOM_DE = r"(?:sie|ihren\s+termin|den\s+termin|ihn)"
_LEAD_DE = r"^\W*(?:(?:gut|okay|ok|alles\s+klar|prima|schön|sehr\s+gut|in\s+ordnung)\W+)*"
_MOVE_ANNOUNCED_DE = lazy(
    rf"{_LEAD_DE}(?:(?:dann\s+)?(?:ich|wir)\s+(?P<v1>{_MOVE_VERB_DE}|{_PLACE_VERB_DE})\s+{_WHOM_DE}"
    rf"|dann\s+(?P<v2>{_MOVE_VERB_DE}|{_PLACE_VERB_DE})\s+(?:ich|wir)\s+{_WHOM_DE})\b"
)
_MOVE_PARTICLE_DE = lazy(r"\b(?:um|vor|rüber)\W*$|\bvom\b[^.!?]*\bauf\b")
_MOVE_ANNOUNCED_EN = lazy(
    r"^\W*(?:(?:okay|ok|right|great|alright|perfect)\W+)*(?:then\s+|so\s+)?(?:i'll|i\s+will|we'll|"
    r"we\s+will)\s+(?:\w+\s+)?(?:move|shift|switch|push|bring|rebook|reschedule)\s+"
    r"(?:you|it|your\s+appointment)\b"
)
_THEN = lazy(r"\b(?:dann|then)\b")
_UNDER_WAY_OR_DONE = lazy(
    r"\?|\b(?:jetzt|gerade|eben|schon|bereits|soeben|habe|hab|haben|ist|sind|erledigt|geklappt|"
    r"fertig|now|right\s+away|already|done|have|has|is|sorted)\b"
)


def without_move_announced(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without what a move announced with "dann" / "then" was read to claim (above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _THEN.search(text) or _UNDER_WAY_OR_DONE.search(text):
        return claims
    m = _MOVE_ANNOUNCED_DE.match(text)
    if m is not None:
        verb = m["v1"] or m["v2"]
        if not re.fullmatch(_MOVE_VERB_DE, verb) and not _MOVE_PARTICLE_DE.search(text):
            return claims
    elif not _MOVE_ANNOUNCED_EN.match(text):
        return claims
    return tuple(c for c in claims if c.kind is K.FOLLOW_UP)
