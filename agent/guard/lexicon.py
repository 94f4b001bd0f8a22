"""The lexical claim classifier: which calendar outcomes a sentence states as done.

Interim: `agent.claims.read` wraps it until the claim reader behind `agent.claims` replaces it.
Clause-based: a clause with a claim word ("gebucht", "storniert", "verschoben", "is booked", ...)
claims, unless it is a question, an offer, a negation, a condition or an announcement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.claims.model import ClaimKind as Claim

_BOOKED = [
    r"\bgebucht\b",
    r"\beingebucht\b",
    r"\beingetragen\b",
    r"\beingeplant\b",
    r"\bbestätigt\b",
    r"\bbestätige\s+(ich\s+)?(ihnen|dir|euch)\b",
    r"\bvereinbart\b",
    r"\btermin\w*\s+(steht|stehen)\b",
    r"\b(ist|sind)\s+(jetzt\s+|nun\s+|damit\s+|also\s+)?(fix|fest|verbindlich|sicher)\b",
    r"\bbuchung\s+(ist|war|wurde)\s+(erfolgreich|durch|abgeschlossen)",
    r"\bwir\s+sehen\s+uns\b",
    r"\bsehen\s+wir\s+uns\b",
    r"\b(sie\s+sind|sind\s+sie|termin\w*\s+ist|das\s+ist)\s+(jetzt\s+|nun\s+|also\s+)?drin\b",
    r"\bgesichert\b",
    r"\bfestgemacht\b",
    r"\b(sie\s+stehen|sie\s+sind|termin\w*\s+(steht|ist)|das\s+(steht|ist))\b"
    r".*\bim\s+(kalender|terminbuch)\b",
    r"\btermin\w*\s+ist\s+(jetzt|nun|also|damit)\s+(am|um)\b",
    r"\bneue\w*\s+(termin\s+)?steht\b",
    r"\bgehört\s+(jetzt\s+)?(ihnen|dir|euch)\b(?!.*\bminuten\b)",  # not "... für 10 Minuten"
    r"\bfreuen\s+uns\s+auf\s+(sie|dich|euch|ihren\s+besuch)\s+(am|um|morgen|übermorgen)\b",
    # English
    r"\bbooked\b",
    r"\bconfirmed\b",
    r"\b(is|are|has\s+been|have\s+been|was|were)\s+(now\s+)?(scheduled|secured|locked\s+in)\b",
    r"\b(i've|i\s+have|i)\s+(just\s+)?(scheduled|put\s+you\s+down|entered)\b",
    r"\b(i've|i\s+have)\s+got\s+you\s+(down|in)\b",
    r"\byou'?re\s+(all\s+)?(set|scheduled|down\s+for)\b",
    r"\byou'?re\s+(all\s+)?in\b(?!\s+luck)",
    r"\ball\s+set\b",
    r"\block(ed)?\s+(you\s+|it\s+)?in\b",
    r"\bbooking\s+(is|was)\s+(complete|completed|done|successful)\b",
    r"\bsee\s+you\s+(on|at|then|next|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday)\b",
]
_CANCELLED = [
    r"\bstorniert\b",
    r"\babgesagt\b",
    r"\bgelöscht\b",
    r"\bausgetragen\b",
    r"\bgecancel(t|ed)\b",
    r"\b(rausgenommen|herausgenommen)\b",
    r"\btermin\w*\b.*\bentfernt\b",
    r"\bstornierung\s+(ist|war|wurde)\s+(erfolgreich|durch|abgeschlossen)",
    r"\bcancell?ed\b",
    r"\bcalled\s+off\b",
]
_RESCHEDULED = [
    r"\bverschoben\b",
    r"\bumgebucht\b",
    r"\bverlegt\b",
    r"\bumgelegt\b",
    r"\b(auf|in)\b.*\bgelegt\b",
    r"\btermin\w*\b.*\bgeändert\b",
    r"\brescheduled\b",
    r"\b(moved|changed|shifted)\b.*\b(appointment|booking)\b",
    r"\b(appointment|booking)\b.*\b(moved|changed|shifted)\b",
]
_DONE = [
    r"\berledigt\b",
    r"\bhat\s+(alles\s+)?geklappt\b",
    r"\b(it's|that's|it\s+is|that\s+is|all)\s+done\b",
    r"\bwent\s+through\b",
]
_PATTERNS: dict[Claim, list[re.Pattern[str]]] = {
    Claim.BOOKED: [re.compile(p) for p in _BOOKED],
    Claim.CANCELLED: [re.compile(p) for p in _CANCELLED],
    Claim.RESCHEDULED: [re.compile(p) for p in _RESCHEDULED],
    Claim.DONE: [re.compile(p) for p in _DONE],
}

# "Der Termin ist nicht mehr gebucht" claims a cancellation, not a non-booking.
_NO_LONGER = re.compile(r"\b(nicht\s+mehr|no\s+longer)\b")
_NEGATION = re.compile(
    r"\b(nicht|nichts|kein|keine|keinen|keiner|nie|niemals|noch\s+nicht|erst|not|never|no|"
    r"nothing|"
    r"cannot|can't|couldn't|isn't|aren't|wasn't|weren't|haven't|hasn't|didn't|don't|won't)\b"
    r"|n't\b"
)
# Something that is about to happen, may happen, or is asked for, is not a claim.
_MODAL = re.compile(
    r"\b(wird|werden|würde|würden|werde|kann|können|könnte|könnten|soll|sollen|sollte|"
    r"möchte|möchten|will|wollen|muss|müssen|müsste|lässt|lassen|gern|gerne|"
    r"would|could|should|shall|can|may|might|want|wants|going\s+to|need\s+to|like\s+to|"
    r"let\s+me|try\s+to)\b"
)
_CONDITION = re.compile(
    r"^\s*(wenn|sobald|falls|ob|bevor|if|once|whether|before|as\s+soon\s+as|when|"
    r"so\s+that|in\s+case)\b"
)
# Availability or a hold is not a booking: "Der Termin steht Ihnen zur Verfügung", "ist für
# Sie reserviert".
_AVAILABILITY = re.compile(
    r"\b(zur\s+verfügung|zur\s+auswahl|frei|offen|reserviert|vorgemerkt|"
    r"available|free|open|held)\b"
)
_CLAUSE_SPLIT = re.compile(r"[,;:–—]|\s-\s|\b(?:und|aber|sondern|doch|and|but)\b")


@dataclass(frozen=True)
class Verdict:
    claims: frozenset[Claim]

    @property
    def is_claim(self) -> bool:
        return bool(self.claims)


def _normalize(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _clause_claims(clause: str) -> set[Claim]:
    found = {claim for claim, pats in _PATTERNS.items() if any(p.search(clause) for p in pats)}
    if not found:
        return set()
    if Claim.BOOKED in found and _NO_LONGER.search(clause):
        return {Claim.CANCELLED}
    if _NEGATION.search(clause) or _MODAL.search(clause) or _CONDITION.search(clause):
        return set()
    if found == {Claim.BOOKED} and _AVAILABILITY.search(clause):
        return set()
    return found


def classify(sentence: str) -> Verdict:
    """Which calendar outcomes `sentence` states as done (empty when it claims nothing)."""
    text = _normalize(sentence)
    clauses = [c for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]
    if text.rstrip().endswith("?") and clauses:
        clauses = clauses[:-1]  # the question itself asks, it does not claim
    claims: set[Claim] = set()
    for clause in clauses:
        claims |= _clause_claims(clause)
    return Verdict(frozenset(claims))
