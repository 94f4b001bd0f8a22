"""Claim words said of something other than the caller's appointment (blind 22, claims38).

A product kept for pick-up or at the counter ("Die Pflegeserie ist für Sie zur Abholung reserviert", "The
conditioner is reserved for you"), parking ("reservierte Stellplätze", "reserved parking bays"),
goods ordered or cancelled by a supplier ("Der Großhändler hat die Tönungen storniert", "the
toner order"), a course or an event ("Lenas Platz im Fortbildungsseminar ist gebucht", "The staff
party has been cancelled"), an appointment with another practice ("Der Termin beim Hausarzt geht
vor") and a day the salon has no room left on ("Monday is booked up", "booked out") state nothing
about the caller's appointment: the claims of that clause are dropped.

Not a voucher or a payment said done ("Der Gutschein ist eingelöst", FOLLOW_UP money: no
appointment's claim). Not when the clause also names the caller's own appointment or the caller
as booked ("…, und Ihr Termin am Freitag ist auch gebucht", "you're booked for Friday"): those
claims stay.
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, FollowUp

# a thing that is no appointment, as a word or a compound's last part
_THING = lazy(
    r"\b\w*(?:shampoo|spülung|haarkur|maske|spray|serum|haaröl|haargel|wachs|bürste|föhn|serie|"
    r"produkte?|artikel|tönungen|farben|bestellung|"
    r"lieferung|parkpl(?:a|ä)tze?|stellpl(?:a|ä)tze?|parkhaus|kurs|seminar|schulung|fortbildung|"
    r"workshop|feier|party|gutschein|tickets?)\b|\b(?:ware|waren)\b|"
    r"\b(?:conditioner|shampoo|mask|spray|serum|oil|gel|wax|brush|dryer|products?|colou?rs|toners?|(?<!in\s)order|delivery|parking|bays?|"
    r"(?<!of\s)course|training|seminar|workshop|party|voucher|tickets?)\b"
)
# kept for pick-up or at the counter: a product ("liegt an der Theke reserviert", "to pick up")
_PICK_UP = lazy(
    r"\b(?:zur\s+abholung|zum\s+abholen|abholbereit|an\s+der\s+(?:theke|kasse|rezeption)|"
    r"to\s+(?:pick\s+up|collect)|for\s+(?:pick-?up|collection)|at\s+the\s+(?:till|counter|"
    r"front\s+desk|reception))\b"
)
# an appointment or a day named beside the thing: the caller's visit ("für den gebuchten Termin
# noch einen Parkplatz?", "before Friday's perm")
_VISIT = lazy(
    r"\b(?:termin\w*|buchung|appointment|booking|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b|"
    # the days of both visits (claims156): "An beiden Tagen parken Sie am besten im Parkhaus"
    r"\b(?:beiden\s+tagen|both\s+days)\b"
)
# an appointment with another practice or trade, or a place in something else
_ELSEWHERE = lazy(
    r"\b(?:termin|platz|appointment|seat|place|spot)\s+(?:beim|bei\s+\w+|im|in\s+\w+|am|at\s+the|"
    r"at|on\s+the|in\s+the|with\s+the)\s+(?:\w+\s+)?\w*(?:arzt|ärztin|zahnarzt|doktor|amt|bank|"
    r"anwalt|kurs|seminar|schulung|fortbildung|workshop|dentist|doctor|gp|bank|course|class|"
    r"training|seminar|workshop)\w*\b"
)
# a day with no room left, in words the slot reader does not know ("booked out", "booked up")
_DAY_FULL = lazy(r"\b(?:is|are|'s)\s+(?:\w+\s+)?booked\s+(?:out|up|solid)\b")
# the caller's own appointment or the caller as booked
_CALLERS = lazy(
    r"\b(?:ihr|ihre|ihren|ihrem|ihres|ihrer|your)\b|"
    r"\b(?:sie\s+sind|sind\s+sie|habe\s+(?:ich\s+)?sie|haben\s+wir\s+sie|you're|you\s+are|"
    r"booked\s+you|have\s+you)\b"
)


def without_other_things(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a clause about another thing, practice or a full day."""
    if not claims:
        return claims
    kept = []
    for c in claims:
        # a voucher said redeemed is money, not a visit (blind 43, claims107)
        if c.follow_up is FollowUp.MONEY:
            kept.append(c)
            continue
        clause = claim_clause(sentence, c)
        other = _ELSEWHERE.search(clause) or _DAY_FULL.search(clause)
        # the counter is where a product waits, not a call (claims156): "The salon will call you
        # back as soon as someone is at the front desk again"
        counter = c.follow_up is not FollowUp.CALLBACK and _PICK_UP.search(clause)
        thing = (_THING.search(clause) or counter) and not _VISIT.search(clause)
        if (other or thing) and not _CALLERS.search(clause):
            continue
        kept.append(c)
    return tuple(kept)
