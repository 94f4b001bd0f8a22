"""An offer to book on the caller's yes that names the slot (blind 37, claims92; convention 620,
the lead's decision, applying 5, 125 and 243).

"Sagen Sie einfach Ja, dann trage ich Sie für Donnerstag um drei ein", "Geben Sie mir Ihr Okay
für Samstag um elf bei Lena, dann buche ich", "Ein Ja genügt, und ich trage Sie für Donnerstag
um 15 Uhr ein", "Wenn Sie zustimmen, buche ich Samstag um elf für Sie", "Give me a yes and I'll
book you Thursday at three", "Say the word and I'll get Thursday at three booked for you": the
speaker's act waits for the caller's consent, so the slot it names is offered (AVAILABLE) and
not booked yet (NOT_BOOKED), both with what the sentence names. A booking or hold read in it
gives way (the act is to come); a hold offered so ("…, und ich reserviere Ihnen Donnerstag um
drei") offers the slot and says nothing of a booking (AVAILABLE alone). Not: a bare offer that names no slot ("Sagen Sie einfach Ja,
dann buche ich", "Just say yes and I'll book it": neutral in the gated blinds 6, 8, 24, 26), a
question, a yes already given ("Sie haben Ja gesagt, …"), a denial.
"""

from __future__ import annotations

from agent.claims.answered_slot import placed
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

# the caller's consent asked first, as a request or as the condition of the act
_CONSENT = lazy(
    r"^\W*(?:(?:just|einfach|bitte|nur)\s+)?(?:"
    r"sagen\s+sie\s+(?:\w+\s+){0,2}?ja|bestätigen\s+sie|"
    r"geben\s+sie\s+(?:mir\s+)?(?:(?:erst|zuerst|kurz|noch|bitte)\s+)*(?:ihr|das|ein)\s+(?:ok|okay|go|ja)|"
    r"(?:ein|ihr)\s+(?:kurzes\s+|einfaches\s+)?(?:ja|okay|ok)\b(?:\s+von\s+ihnen)?(?:\s+(?:genügt|reicht))?|"
    # the small model's English order too (blind 55, claims152): "Wenn Sie sagen ja, …"
    r"(?:wenn|sobald|falls)\s+sie\s+(?:(?:ja\s+sagen|sagen\s+ja|zustimmen|einverstanden\s+sind|bestätigen|"
    r"zusagen|so\s+weit\s+sind)|"
    # claims98 (the xfail claims96 left): the yes in the perfect, still to come ("Sobald Sie
    # zugesagt haben, trage ich Sie für Freitag ein"); "hatten" is a yes given (a booking told)
    r"(?:mir\s+)?(?:ja\s+gesagt|zugestimmt|bestätigt|zugesagt)\s+haben)|"
    r"say\s+(?:yes|the\s+word)|confirm|(?:just\s+)?nod|"
    r"give\s+me\s+(?:the|your|a)\s+(?:quick\s+)?(?:ok|okay|go-ahead|nod|yes)|"
    r"(?:if|once|as\s+soon\s+as|when)\s+you(?:'ve|\s+have)?\s+(?:say\s+yes|said\s+yes|confirm|"
    r"confirmed|agree|agreed|okay(?:ed)?\s+it|give\s+me\s+the\s+go-?ahead|given\s+me\s+the\s+"
    r"go-?ahead)|"
    # the yes as a noun (convention 900, claims122): "Nach Ihrem Ja reserviere ich Ihnen …"
    r"(?:nach|mit)\s+ihre(?:m|r)\s+(?:ja|okay|ok|zusage|zustimmung)|(?:after|with)\s+your\s+"
    r"(?:yes|okay|ok|go-?ahead)"
    r")\b"
)
# the speaker's act of booking that follows it
_ACT = lazy(
    r"\b(?:(?:dann\s+)?(?:buche|trage|mache)\s+ich|ich\s+(?:buche|trage|mache)|"
    # the future, its infinitive last or, in the small model's English order, first (blind 55,
    # claims152): "…, werde ich den Freitag für Sie buchen", "…, ich werde buchen den Freitag"
    r"(?:werde\s+ich|ich\s+werde)\b[^.!?;]*?\b(?:buchen|eintragen|einbuchen|festmachen)|"
    r"i(?:'ll|\s+will)\s+(?:\w+\s+)?(?:book|put|get|pencil|lock|make|enter))\b"
)
# or of holding it: the slot offered, nothing said of a booking ("Ein kurzes Ja von Ihnen, und
# ich reserviere Ihnen Donnerstag um drei", probe 37c)
_HOLD = lazy(
    r"\b(?:(?:dann\s+)?(?:reserviere|halte|blocke)\s+ich|ich\s+(?:reserviere|halte|blocke)|"
    r"i(?:'ll|\s+will)\s+(?:\w+\s+)?(?:hold|reserve|keep))\b"
)
_NOT = lazy(
    r"\b(?:nicht|kein\w*|nichts|not|never|no)\b|n't\b|\b(?:haben|hatten|have|had)\s+(?:ja|yes)\b"
)
_UNDONE = frozenset({ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.HELD})


def offered_on_yes(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of `sentence` with the slot an offer on the caller's yes names (above)."""
    text = normalize(sentence)
    if "?" in text or _NOT.search(text):
        return claims
    consent = _CONSENT.search(text)
    if consent is None:
        return claims
    booking = _ACT.search(text, consent.end())
    if not booking and not _HOLD.search(text, consent.end()):
        return claims
    details = read_details(text, names)
    if not placed(details):
        return claims  # a bare offer names no slot: neutral
    named = ClaimDetails(((Role.ANY, details),))
    kept = tuple(c for c in claims if c.kind not in _UNDONE | {ClaimKind.NOT_BOOKED})
    if not any(c.kind is ClaimKind.AVAILABLE for c in kept):
        kept = (*kept, Claim(ClaimKind.AVAILABLE, 0, len(sentence), named))
    if not booking:
        return kept
    return (*kept, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), named))
