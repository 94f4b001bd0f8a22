"""The caller's change request stated back to them (blind 53, claims134; convention 90).

A caller who says "Ich hab Freitag um zehn und würde lieber am Samstag kommen", "Ich weiß nicht,
ob ich meinen Termin am Freitag absagen soll", "Kindly prepone my appointment from Friday to
Thursday", "I need to cancel both bookings" hears the wish read back: "Sie möchten also vom
Freitag auf den Samstag.", "Ihr Termin am Freitag soll also auf einen anderen Tag, verstehe ich
das richtig?", "Sie überlegen also, Ihren Termin am Freitag abzusagen.", "So you'd like to bring
your Friday appointment forward to Thursday at three.", "You're wondering whether to keep your
appointment on Friday.", "Both, then: yours on Friday and your son's on Saturday." It repeats
what the caller just said and tells them nothing of the calendar (90): the possessive ("Ihr
Termin am Freitag", "your Friday appointment", 45) names the caller's own words, and the day or
time of the wish is no slot offered or booked. The outcome and slot claims of such a sentence
are dropped.

Only after the caller's words told a change or an indecision about it, and only where the
sentence states the caller's wish, thought or plan ("Sie möchten / überlegen / sind unsicher",
"… soll also …", "you'd like / rather", "you want to", "you're thinking / wondering / in two
minds", "So your appointment should / needs …", "Both, then: …") with no finding or act of the
agent's own ("ich sehe", "habe ich", "ist verlegt", "I can see", "I've", "is booked"). The
agent's own question ("Möchten Sie Ihren Termin am Freitag behalten?", "Would you like to keep
your Friday appointment?": 45, 1031) is not a read-back: its verb comes first.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_DROPPED = frozenset(
    {K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.AVAILABLE, K.HELD, K.STANDS}
)
# the caller's last words: a change wished for, or an indecision about keeping the appointment
_CALLER_WISH = lazy(
    r"\b(?:verschieben|verlegen|schieben|absagen|abzusagen|stornieren|canceln|umbuchen|ändern|"
    r"vorziehen|tauschen|lieber|statt|anstatt|unsicher|weiß\s+nicht|move|reschedule|cancel|"
    r"rather|instead|prefer|forward|prepone|postpone|push|switch|swap|change|not\s+sure|"
    r"whether\s+to|unsure)\b"
)
_LEAD = (
    r"(?:^|[:,;–—]\s*)\W*(?:(?:ah|aha|oh|okay|ok|gut|alles\s+klar|verstehe|ich\s+verstehe|"
    r"got\s+it|i\s+see|right|so|also|dann|then)\W+)*"
)
# the wish, thought or plan stated as the caller's (the verb after its subject)
_STATED = lazy(
    _LEAD
    + r"(?:also\s+|so\s+)?(?:sie\s+(?:möchten|wollen|würden|hätten|überlegen|spielen\s+mit\s+dem\s+"
    r"gedanken|sind\s+(?:sich\s+)?(?:also\s+)?unsicher|wissen\s+(?:also\s+)?nicht)|"
    r"(?:ihr|den|der)\s+(?:\w+\s+){0,5}?\w*termin\w*\b[^.!?]*?\b(?:soll|sollen)\s+also|"
    r"(?:den|ihren)\s+(?:\w+\s+){0,5}?\w*termin\w*\b[^.!?]*?\bwollen\s+sie\s+also|"
    r"you(?:'d|\s+would)\s+(?:like|rather|prefer)|you\s+(?:want|wanted|need)\s+to|"
    r"you(?:'re|\s+are)\s+(?:thinking|wondering|in\s+two\s+minds|not\s+sure|unsure|considering)|"
    r"(?<=so\s)(?:your|the)\s+(?:\w+\s+){0,3}?(?:appointment|booking)\b[^.!?]*?\b(?:should|needs?|"
    r"is\s+to)\b|"
    r"(?:also\s+)?beide|both)\b"
)
# "Both, then: …", "Also beide: …": the caller's two appointments named back as a list
_BOTH = lazy(r"^\W*(?:also\s+)?(?:beide|both)\b[^:]*:")
# the agent's own finding or act keeps the sentence's claims
_OWN = lazy(
    r"\b(?:ich\s+sehe|sehe\s+ich|habe\s+ich|hab\s+ich|ich\s+habe|ist\s+(?:\w+\s+){0,2}?(?:verschoben|"
    r"verlegt|storniert|abgesagt|gebucht|eingetragen|bestätigt|frei)|i\s+can\s+see|i\s+see\s+(?:it|"
    r"your)|i've|i\s+have|we've|(?:is|'s)\s+(?:now\s+)?(?:moved|cancell?ed|booked|confirmed|free|"
    r"available)|done|erledigt)\b"
)


def without_change_wish_read_back(
    sentence: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the outcomes and slots of the caller's change request read back."""
    if not claims or not caller or not _CALLER_WISH.search(fold(caller).text):
        return claims
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    text = fold(sentence).text
    stated = _STATED.search(text)
    if stated is None or (
        stated.group(0).strip(" :,").endswith(("beide", "both")) and not _BOTH.search(text)
    ):
        return claims
    if _OWN.search(text):
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
