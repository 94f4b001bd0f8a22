"""How the salon handles cancellations, moves or bookings in general (blind 22, claims38):
"Cancelled slots are released straight away", "Verschiebungen werden bei uns kostenlos
gemacht", "Stornierte Termine werden bei uns sofort wieder freigegeben", "Reschedulings are done
free of charge here". A clause whose subject is a bare plural of outcomes or appointments (no
article, no possessive) with a verb in the present states a process, not an outcome of this
call: its claims are dropped.

Also how confirmations go out, as a rule (blind 29, claims56): "Bestätigungen schicken wir per
SMS, nicht per E-Mail", "We send confirmations by text": a bare plural of confirmations, no
"Ihnen"/"you" to receive one and no moment ("gleich", "now").

Not: "Ihre Termine sind gebucht", "Both appointments are booked", "Die Termine am Freitag und
Samstag sind eingetragen" (an article or possessive: these appointments).
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_PROCESS = lazy(
    r"^\W*(?:(?!beide|alle|die|diese|ihre|unsere|meine|zwei|drei)\w+e\s+)?(?:verlegungen|verschiebungen|stornierungen|stornos|umbuchungen|buchungen|"
    r"absagen|termine|reservierungen|änderungen)\s+(?:werden|sind|gehen|laufen|kosten)\b|"
    r"^\W*(?:(?!both|all|the|these|those|your|our|my|two|three)\w+\s+)?(?:cancellations|bookings|moves|appointments|slots|reservations|"
    r"changes|reschedulings|rebookings)\s+(?:are|get|go|cost)\b|"
    # how a change is handed in (blind 52, claims130): "Absagen nehmen wir auch per E-Mail
    # entgegen", "Stornierungen können Sie uns auch telefonisch schicken", "Cancellations can also
    # be sent to us by email", "We accept cancellations by phone or by email"
    r"^\W*(?:absagen|stornierungen|umbuchungen|verschiebungen|änderungen)\s+(?:nehmen\s+wir|können\s+sie|"
    r"kann\s+man|dürfen\s+sie|nimmt\s+(?:das\s+team|der\s+salon))\b|"
    r"^\W*(?:cancellations|changes|reschedulings|rebookings)\s+can\s+(?:\w+\s+)?be\s+(?:sent|made|done|"
    r"handed\s+in|emailed|phoned\s+in)\b|"
    r"^\W*we\s+(?:\w+\s+)?(?:accept|take|handle)\s+(?:\w+\s+)?(?:cancellations|changes|reschedulings)\s+"
    r"(?:by|via|over|online|through)\b"
)

_CONFIRMATIONS_RULE = lazy(
    r"^\W*\w*bestätigungen\s+(?:\w+\s+){0,3}?(?:schicken|verschicken|senden|versenden|gehen|"
    r"kommen|gibt)\b|\bwir\s+(?:\w+\s+){0,2}?(?:schicken|verschicken|senden|versenden)\s+"
    r"(?:\w+\s+)?\w*bestätigungen\b|^\W*confirmations\s+(?:\w+\s+){0,2}?(?:go|are\s+sent|"
    r"come)\b|\bwe\s+(?:\w+\s+)?send\s+(?:out\s+)?(?:all\s+)?confirmations\b"
)
# someone to receive one, or a moment: this call's confirmation
_THIS_ONE = lazy(
    r"\b(?:ihnen|ihre?n?|sie|you|your|gleich|jetzt|sofort|now|soon|shortly|moment|today|heute)\b"
)


def without_process_rules(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a clause about outcomes of a kind in general."""
    if not claims:
        return claims
    text = sentence.lower()
    if _CONFIRMATIONS_RULE.search(text) and not _THIS_ONE.search(text):
        return ()
    return tuple(c for c in claims if not _PROCESS.search(claim_clause(sentence, c)))
