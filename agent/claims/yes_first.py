"""An outcome promised for after the caller's yes is not made yet (blind 31, claims63;
conventions 5, 125).

"Sagen Sie kurz Ja, dann ist der Termin gebucht", "Bestätigen Sie, dann trage ich Sie fest
ein", "Just say yes and then it's booked", "Just confirm, and then you're in", and a detail of the
caller's needed first ("I just need your phone number and then everything is locked in", blind
55): the caller's consent comes first, so the booking the sentence names is not made now (convention 243). The
booking read in the consequent gives way to NOT_BOOKED. Not: a yes already given ("Sie haben Ja
gesagt, dann ist …"), a question, "Gebucht wird erst, wenn Sie Ja sagen" (neutral in the gated
blind 3; convention 244)."""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_CONSENT_THEN = lazy(
    # (a short exclamation before it: "Almost! I just need …", "Fast! Ich brauche …")
    r"^\W*(?:\w+\s*!\s*)?(?:(?:just|einfach|bitte|nur)\s+)?(?:"
    # the caller's detail needed first (blind 55, claims149): "I just need your phone number and
    # then everything is locked in", "Ich brauche nur noch Ihre Telefonnummer, dann ist alles …"
    r"i\s+(?:just\s+|only\s+)?need\s+(?:your|a|the)\s+[\w\s'-]{1,30}?|"
    r"ich\s+brauche\s+(?:nur\s+)?(?:noch\s+)?(?:ihre?n?|eine?n?|die|den|das)\s+[\wäöüß\s-]{1,30}?|"
    r"sagen\s+sie\s+(?:\w+\s+){0,2}?ja|bestätigen\s+sie(?:\s+(?:\w+)){0,2}?|"
    r"geben\s+sie\s+(?:mir\s+)?(?:(?:erst|zuerst|kurz|noch|bitte)\s+)*(?:ihr|das|ein)\s+"
    r"(?:ok|okay|go|ja)|(?:erst|zuerst)\s+(?:noch\s+)?(?:ihr|ein)\s+(?:ja|ok|okay)|"
    r"say\s+(?:yes|the\s+word)|confirm|"
    r"give\s+me\s+(?:the|your|a)\s+(?:quick\s+)?(?:ok|okay|go-ahead|nod|yes)"
    r")(?:\s+(?:first|zuerst|erst))?\s*(?:,\s*|\s+)(?:(?:und|and)\s+)?(?:dann|then)\b"
)
_OUTCOME = lazy(
    r"\b(?:gebucht|eingetragen|fest|steht|trage\s+ich|booked|confirmed|you're\s+in|in\s+the\s+book|in\s+the\s+calendar|im\s+kalender|"
    r"locked\s+in|unter\s+dach\s+und\s+fach)"
)


# blind 37 (claims85): the state said reached only after the yes ("Der Platz ist zwar gehalten,
# fest gebucht aber erst nach Ihrem Ja", "booked only after your yes"); not "Gebucht wird erst …"
# (an act to come, 244)
_AFTER_YES = lazy(
    r"(?<!wird\s)\b(?:gebucht|eingetragen|fest|booked|confirmed)\b(?!\s+wird)[^.;:!?]{0,20}?\b"
    r"(?:erst\s+nach\s+ihre[mr]\s+(?:ja|okay|ok|zustimmung|bestätigung)|only\s+(?:after|once)\s+"
    r"(?:your\s+(?:yes|okay|ok)|you\s+say\s+yes))\b"
)


_IF = lazy(r"\b(?:falls|wenn|sofern|if|unless)\b")


def yes_first(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of `sentence` with a booking promised for after the caller's yes (see above)."""
    text = normalize(sentence)
    if "?" in text:
        return claims
    consent = _CONSENT_THEN.search(text)
    after_yes = _AFTER_YES.search(text) and not _IF.search(text)
    if not (consent and _OUTCOME.search(text, consent.end())) and not after_yes:
        return claims
    kept = tuple(c for c in claims if c.kind not in (ClaimKind.BOOKED, ClaimKind.DONE))
    if any(c.kind is ClaimKind.NOT_BOOKED for c in kept):
        return kept
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (*kept, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details))
