"""What a sentence says of the confirmation text beside an outcome (blind 25, claims43).

"Ihr Termin ist gebucht, aber eine SMS bekommen Sie diesmal nicht", "nur die Bestätigungs-SMS
ging nicht raus", "allerdings schickt der Salon keine SMS-Bestätigung", "though you won't get a
text this time", "but the text didn't go out", "eine SMS dazu schicken wir aber nicht": no text
goes to the caller, a FOLLOW_UP `no_text` claim (true only where the salon confirms nothing by
text), in place of a text promise read in the same words. "sowie die Bestätigung per SMS schon
verschickt", "and the text confirming it has gone out": the text said sent, a FOLLOW_UP `text`.

Not: a question, a condition, a text to someone else, a sentence naming no text, "no text" said
with no outcome beside it ("Eine SMS kann ich Ihnen leider nicht schicken", "Ich habe Ihnen keine
SMS geschickt": a rule or an act denied, as the gated splits label them).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_TEXT = r"(?:sms|sms-bestätigung|bestätigungs-sms|textnachricht|texts?|text\s+messages?)"
_NONE = lazy(
    rf"\bkeine\s+(?:\w+\s+)?{_TEXT}\b|\b{_TEXT}\b[^,;.]*\b(?:nicht|nie|keine)\b|"
    # blind 43 (claims107): "warten Sie aber nicht auf eine SMS", "there won't be a text", "we
    # don't send confirmation texts"
    rf"\bnicht\s+auf\s+(?:eine|die)\s+{_TEXT}\b|"
    rf"\b(?:won't|will\s+not)\s+be\s+(?:a|any)\s+{_TEXT}\b|"
    rf"\b(?:won't|will\s+not|don't|do\s+not)\s+(?:get|receive|send(?:\s+out)?)\s+(?:you\s+)?"
    rf"(?:(?:a|any)\s+)?(?:confirmation\s+)?{_TEXT}\b|"
    rf"\b{_TEXT}\s+(?:didn't|did\s+not|hasn't|has\s+not|won't|will\s+not)\s+(?:go|gone|come|be)\b|"
    rf"\bno\s+{_TEXT}\b"
)
_SENT = lazy(
    rf"\b{_TEXT}\b[^,;.]*\b(?:verschickt|versendet|gesendet|raus|rausgegangen|rausgeschickt|"
    r"unterwegs)\b|"
    rf"\bbestätigung\s+per\s+sms\s+(?:\w+\s+){{0,2}}(?:verschickt|versendet|gesendet|raus)\b|"
    rf"\b{_TEXT}\b[^,;.]*\b(?:has\s+gone\s+out|went\s+out|is\s+on\s+its\s+way|has\s+been\s+sent)\b|"
    # the outcome said confirmed by text (convention 906, claims122): "Gebucht und per SMS
    # bestätigt", "Booked, and confirmed by text" (not "nicht per SMS bestätigt")
    rf"(?<!nicht\s)(?<!not\s)\b(?:per|via|über)\s+{_TEXT}\s+(?:\w+\s+)?bestätigt\b|"
    rf"\bbestätigt\s+per\s+{_TEXT}\b|(?<!not\s)\bconfirmed\s+(?:by|via|over)\s+{_TEXT}\b"
)
_NOT_STATED = lazy(r"\?|\b(?:wenn|falls|sobald|warum|wieso|if|once|unless|why)\b")
_OUTCOMES = frozenset(
    {ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.DONE, ClaimKind.GONE}
)


def text_said(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with what the sentence says of the confirmation text (above)."""
    text = fold(sentence).text
    if _NOT_STATED.search(text) or not any(c.kind in _OUTCOMES for c in claims):
        return claims  # alone, "no text" is a rule or an act denied (the gated labels)
    if _NONE.search(text):
        kept = tuple(c for c in claims if c.follow_up is not FollowUp.TEXT)
        if any(c.follow_up is FollowUp.NO_TEXT for c in kept):
            return kept
        no_text = Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.NO_TEXT)
        return (*kept, no_text)
    if _SENT.search(text) and not any(c.follow_up is FollowUp.TEXT for c in claims):
        return (*claims, Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.TEXT))
    return claims
