"""The caller's belief that they are booked, told back as a past belief, says they are not
(blind 42, claims103; the writer's label question, accepted by the lead): "Ich verstehe, Sie
dachten, Sie wären schon gebucht", "Sie gingen davon aus, dass Ihr Termin schon fest ist", "I
understand, you thought you were already booked", "I see, you assumed the appointment was
confirmed". The belief is presented as mistaken: the caller hears "it is not booked",
NOT_BOOKED with what the belief names, and the booking read inside the belief is no claim.

Not: the caller's words reported as theirs ("Sie meinten, …", "You said …": convention 660,
read as said), another person's belief or booking ("Ihr Mann dachte, …", "you thought your
sister was booked"), a belief confirmed after it ("…, und das sind Sie auch", "and you are"), a
question.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_BOOKED = (
    r"(?:gebucht|eingebucht|eingetragen|fest|bestätigt|drin|im\s+(?:kalender|system)|booked|"
    r"confirmed|entered|in|sorted|all\s+set|in\s+the\s+(?:calendar|system|diary))"
)
_BELIEF = lazy(
    r"(?:^|[,;:]\s*|\b(?:verstehe|ich\s+verstehe|aha|ach\s+so|i\s+see|i\s+understand|understood)"
    r"\s*,?\s*)(?:"
    r"sie\s+(?:dachten|glaubten|gingen\s+davon\s+aus|nahmen\s+an|hatten\s+(?:gedacht|geglaubt|"
    r"angenommen)|waren\s+(?:der\s+meinung|davon\s+ausgegangen))\s*,?\s*(?:dass\s+)?"
    r"(?P<de>(?:sie|ihr\s+termin|der\s+termin|es|das|alles)\b[^.!?;–—]*?\b"
    + _BOOKED
    + r"\b[^.!?;–—]*)|"
    r"you\s+(?:thought|assumed|believed|figured|were\s+under\s+the\s+impression|had\s+the\s+"
    r"impression)\s*,?\s*(?:that\s+)?"
    r"(?P<en>(?:you|you're|you'd|it|it's|the\s+appointment|your\s+appointment|everything)\b"
    r"[^.!?;–—]*?\b" + _BOOKED + r"\b[^.!?;–—]*))"
)
_CONFIRMED_AFTER = lazy(
    r"\b(?:und|and|aber|but)\s+(?:das\s+(?:sind|ist)\s+(?:sie|er|es)|you\s+are|it\s+is|you\s+were|"
    r"it\s+was|stimmt|so\s+ist\s+es|sind\s+sie\s+auch|ist\s+er\s+auch)\b"
)
_OTHER = lazy(
    r"\b(?:mann|frau|tochter|sohn|freundin|freund|schwester|bruder|mutter|vater|kollegin|"
    r"husband|wife|daughter|son|friend|sister|brother|mother|father|colleague)\b"
)


def believed_booked(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a booking the caller only believed in read as NOT_BOOKED (above)."""
    folded = fold(sentence)
    text = folded.text.replace("’", "'")
    if "?" in text:
        return claims
    m = _BELIEF.search(text)
    if m is None:
        return claims
    group = "de" if m["de"] is not None else "en"
    belief = m[group]
    if _OTHER.search(belief) or _CONFIRMED_AFTER.search(text, m.start(group)):
        return claims
    start, end = folded.span(m.start(group), m.end(group))
    # a booking read over the belief, or over the sentence that holds it, is the belief's
    kept = tuple(
        c for c in claims if not (c.kind in (K.BOOKED, K.DONE) and c.start < end and c.end > start)
    )
    details = ClaimDetails(((Role.ANY, read_details(belief, names)),))
    return (*kept, Claim(K.NOT_BOOKED, start, end, details))
