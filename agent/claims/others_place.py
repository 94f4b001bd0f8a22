"""Other people's places, a stylist's working days and an offer to read out free times, read as
the caller's booking or a free slot (blind 23's false blocks, claims40): one job, dropping the
claims such a sentence does not make about the caller.

- someone else in a slot: "Am achtundzwanzigsten ist bei Fabian um zehn schon jemand drin",
  "um zehn ist bei Fabian schon jemand anderes drin" (taken by another: no booking of the
  caller's);
- another customer, or customers in general, as the subject with a relative clause: "Die
  Kundin, die vor Ihnen um zehn gebucht hatte, hat abgesagt", "Kunden, die eine Dauerwelle
  gebucht haben, sollten …" (their booking, or a rule: no outcome of the caller's);
- a slot said taken, with nothing said free or offered beside it: "I can see Friday at ten is already taken";
- another client seen in the slot, nothing said free or offered beside it (claims78): "I can see
  someone else is in Fabian's chair at ten on Friday";
- a stylist's usual working days: "Lena works every Saturday", "Fabian arbeitet samstags" (no
  slot said free);
- the salon's first or last appointment of a day, or who gets a place (blind 34, claims75): "Der
  erste Termin des Tages ist bei uns um neun", "Wer zuerst anruft, bekommt bei uns den Platz"
  (the salon's hours and rule: nobody's booking);
- an offer to read out the free times: "Would you like me to read out the free times on
  Friday?", "Soll ich Ihnen die freien Zeiten vorlesen?" (no slot named free yet).

Nothing is dropped where the sentence speaks of the caller's own place ("Sie sind", "Ihr
Termin", "you're", "your appointment") or sets another clause against it ("aber", "but").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS})
_SOMEONE_IN = lazy(
    r"\b(?:schon|bereits)\s+(?:jemand|wer|ein\s+anderer\s+kunde|eine\s+andere\s+kundin)"
    r"(?:\s+(?:anderes|anders|anderer))?\s+(?:drin|da|eingetragen|gebucht)\b"
)
# another client seen in the slot (probe 31, probe 32d, claims78): "I can see someone else is in
# Fabian's chair at ten on Friday", "Ich sehe, am Samstag um elf sitzt schon eine andere Kundin
# bei Lena": the slot taken, neither the caller's booking nor a slot named free
_SOMEONE_ELSE_IN = lazy(
    r"\b(?:someone|somebody|another\s+(?:client|customer|person|lady|gentleman|guest))\s+"
    r"(?:else\s+)?(?:is|'s)\s+(?:already\s+)?(?:in|sitting|booked)\b|"
    r"\b(?:eine\s+andere\s+kundin|ein\s+anderer\s+kunde|jemand\s+anderes?)\s+(?:sitzt|ist|steht)\b|"
    r"\b(?:sitzt|ist)\s+(?:schon\s+|bereits\s+)?(?:eine\s+andere\s+kundin|ein\s+anderer\s+kunde|"
    r"jemand\s+anderes?)\b"
)
_OTHERS_RELATIVE = lazy(
    r"^\W*(?:die|der|eine|ein|alle)?\s*(?:kundin|kunde|kunden|kundinnen|dame|herr|leute|"
    r"clients?|customers?|people)\s*,?\s+(?:die|der|welche|who|that)\s"
)
_TAKEN = lazy(r"\b(?:already|schon|bereits)\s+(?:taken|gone|booked|vergeben|weg|belegt)\b")
_FREE = lazy(r"\b(?:frei|freie\w*|free|available|open|verfügbar|noch\s+was|ginge)\b")
# anything offered beside a slot said taken ("…, but eleven would work", "aber um elf hätte ich")
_OFFERED = lazy(
    r"\b(?:but|aber|doch|would|could|work|works|hätte|könnte|wäre|instead|stattdessen|"
    r"alternativ\w*)\b"
)
_WORKS = lazy(
    r"\b(?:works?|arbeitet|ist)\s+(?:\w+\s+)?(?:every|each|most|usually|normally|jeden|immer|"
    r"meistens|normalerweise|montags|dienstags|mittwochs|donnerstags|freitags|samstags)\b|"
    r"\bworks\s+(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays)\b"
)
_READ_OUT = lazy(
    r"\b(?:read\s+(?:out|you)|list|go\s+through|vorlesen|nennen|durchgeben|aufzählen|sagen)\b"
    r"[^.?!]*\?|"
    r"\b(?:free|open|available|freien|verfügbaren)\s+(?:times|slots|zeiten|termine|plätze)\b"
    r"[^.?!]*\b(?:read\s+out|vorlesen|nennen|durchgeben|aufzählen)\b[^.?!]*\?"
)
_FREE_TIMES = lazy(
    r"\b(?:free|open|available|freien|verfügbaren)\s+(?:times|slots|zeiten|"
    r"termine|plätze)\b"
)
_CALLER = lazy(r"\b(?:sie\s+sind|ihr|ihre|ihren|ihrem|your|you're|you\s+are|for\s+you|für\s+sie)\b")
_BESIDE = lazy(
    r"\b(?:aber|but|dafür|stattdessen|instead|jedoch|sie\s+sind|sind\s+sie|(?:habe|hab|haben)\s+"
    r"(?:ich\s+|wir\s+)?sie|ihr\s+termin|your|you're|you\s+are)\b"
)
# the salon's first appointment of the day, first come first served (blind 34, claims75)
_SALON_DAY = lazy(
    r"^\W*(?:der|die|das|unser|unsere)\s+(?:erste|früheste|letzte|späteste)n?\s+(?:termin|platz|"
    r"slot)\w*\s+(?:d[ae]s\s+tages\s+|am\s+(?:morgen|abend)\s+|morgens\s+|abends\s+)?(?:ist|sind|"
    r"beginnt|beginnen|liegt|liegen)\s+(?:bei\s+uns\s+|hier\s+|meistens\s+|immer\s+|normalerweise\s+)*"
    r"(?:um|ab|gegen)\b[^,;!?]*$|"
    r"^\W*wer\s+(?:sich\s+)?(?:zuerst|als\s+erste[rs]?)\s+(?:\w+\s+){0,2}?\w+\s*,\s*(?:der\s+)?"
    r"(?:bekommt|kriegt|erhält|hat)\b"
)
_QUICK = lazy(
    r"erste|früheste|letzte|späteste|wer\s|"
    r"schon|bereits|kund|dame|herr|leute|client|customer|people|already|work|"
    r"arbeitet|else|another|andere|\?"
)


def without_others_place(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those the classes above drop."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _QUICK.search(text):
        return claims
    if _SALON_DAY.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _BESIDE.search(text):
        return claims  # another clause may claim something of the caller's
    if _SOMEONE_IN.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _SOMEONE_ELSE_IN.search(text) and not _FREE.search(text) and not _OFFERED.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES | {K.AVAILABLE})
    if _OTHERS_RELATIVE.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _CALLER.search(text):
        return claims
    if _TAKEN.search(text) and not _FREE.search(text) and not _OFFERED.search(text):
        return tuple(c for c in claims if c.kind is not K.AVAILABLE)
    if _WORKS.search(text) and not _FREE.search(text):
        return tuple(c for c in claims if c.kind is not K.AVAILABLE)
    if _FREE_TIMES.search(text) and _READ_OUT.search(text):
        return tuple(c for c in claims if c.kind is not K.AVAILABLE)
    return claims
