"""The speaker's own rule for what it confirms, said when refusing to claim a booking (blind
22, claims38): "Ich bestätige nur, was wirklich gebucht ist", "Ich sage erst 'gebucht', wenn es
wirklich gebucht ist", "Ich bestätige nur Termine, die das System wirklich eingetragen hat",
"I'll only say 'confirmed' once the system has actually confirmed it", "I can only tell you it's
booked once it actually is", "I only confirm what the system has really booked". A verb of saying
or confirming with "nur / erst / only" and what it applies to in general (a free relative "was /
what", a plural "Termine, die", or "wenn / sobald / once / when"): the sentence states nothing
about the caller's appointment, and its claims are dropped.

Also a rule announced with a colon and said in general ("Our rule is: nothing's final until the
system confirms"), with no appointment of the caller's in it.

Not: "Ich bestätige Ihnen nur noch kurz: Ihr Termin ist gebucht" (a claim after a colon, no
rule), "Only once you say yes is it booked" (no verb of saying; `not_booked` is read elsewhere).
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_sentence
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_RULE = lazy(
    r"\b(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:bestätige|bestätigen|sage|sagen|melde|melden)\s+"
    r"(?:ihnen\s+)?(?:\w+\s+){0,2}?(?:nur|erst)\b[^:]*?(?:\bwas\b|\btermine\b[^.!?]*\bdie\b|"
    r"\bwenn\b|\bsobald\b|\bnachdem\b)|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+may)?\s+(?:\w+\s+){0,2}?only\s+(?:\w+\s+){0,2}?"
    r"(?:say|confirm|tell\s+you|announce)\b[^:]*?\b(?:what|once|when|after|if)\b|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+can)?\s+only\s+(?:ever\s+)?(?:say|confirm|tell)\b[^:]*?"
    r"\b(?:what|once|when|after|if)\b|"
    # allowed to say (blind 29, claims56): "I'm only allowed to say 'booked' once …", "Ich darf
    # erst 'bestätigt' sagen, wenn …"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+only\s+allowed\s+to\s+(?:say|confirm|tell)\b[^:]*?"
    r"\b(?:what|once|when|after|if|until)\b|"
    r"\b(?:ich|wir)\s+(?:darf|dürfen)\s+(?:ihnen\s+)?(?:\w+\s+){0,3}?(?:erst|nur)\b[^:]*?"
    r"\b(?:wenn|sobald|nachdem|was)\b|"
    # can only say (blind 48, claims120): "Ich kann nur sagen, was wirklich im Kalender steht",
    # "Bestätigen darf ich nur, was tatsächlich gebucht ist"
    r"\b(?:ich|wir)\s+(?:kann|können)\s+(?:ihnen\s+)?(?:auch\s+)?(?:nur|erst)\s+(?:\w+\s+){0,2}?"
    r"(?:bestätigen|sagen|melden|zusagen)\b[^:]*?\b(?:was|wenn|sobald|nachdem)\b|"
    r"\b(?:bestätigen|sagen|zusagen|melden)\s+(?:kann|darf|können|dürfen)\s+(?:ich|wir)\s+"
    r"(?:ihnen\s+)?(?:auch\s+)?(?:nur|erst)\b[^:]*?\b(?:was|wenn|sobald|nachdem)\b"
)
# a rule announced, then said in general (blind 29, claims56): "Our rule is: nothing's final
# until the system confirms", "Bei uns gilt: erst die Bestätigung vom System, dann sage ich
# Ihnen Bescheid", "Hausregel: Fest ist ein Termin erst, wenn das System ihn bestätigt"
_FRAME = lazy(
    r"^\W*(?:(?:our|the|my)\s+(?:\w+\s+)?rule(?:\s+is)?|house\s+rule|bei\s+uns\s+gilt|"
    r"(?:die|unsere)\s+regel(?:\s+(?:ist|lautet))?|hausregel)\s*:(?P<rule>.*)$"
)
_GENERAL = lazy(r"\b(?:until|once|unless|only|erst|bis|sobald|wenn|nur)\b")
_CALLERS = lazy(r"\b(?:your|ihr|ihre|ihren|ihrem|ihrer)\b")


def without_own_rule(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a sentence stating the speaker's rule for what it confirms."""
    if not claims:
        return claims
    frame = _FRAME.search(fold(sentence).text)
    if frame and _GENERAL.search(frame["rule"]) and not _CALLERS.search(frame["rule"]):
        return ()
    kept = []
    for c in claims:
        text = claim_sentence(sentence, c)
        m = _RULE.search(text)
        if m is None or ":" in text[m.end() :]:  # "… nur kurz, was wir haben: Sie sind gebucht"
            kept.append(c)
    return tuple(kept)
