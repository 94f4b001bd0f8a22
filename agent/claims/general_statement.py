"""Sentences about every booking or every client, and definitions of a claim word: they state
nothing about this caller's appointment.

- policy: "Nach jeder Buchung schickt der Salon eine SMS", "You'll only get a confirmation text
  after a booking", "We ask all clients to arrive ten minutes early", "Kommen Sie bitte zehn
  Minuten vor Ihrem Termin, das gilt bei uns für alle Kunden": a booking that is any booking
  ("jeder", "a", "every") or a rule for all clients. The claims of the clause that names the
  rule are dropped (also every booking as a rule's object: "We confirm every booking by text"),
  and those of the whole sentence when it says the rule holds for everyone
  ("das gilt für alle", "that goes for everyone").
- any appointment named by a relative clause of its outcome: "Ein Termin, der gebucht ist, kann
  bis zum Vortag storniert werden", "A slot that's been cancelled goes back to the calendar"
  (blind 42, claims103; not with the caller named in it).
- definition: "„Gebucht“ heißt bei uns: …", "\"Booked\" here means …": a quoted claim word
  that is explained, not stated; the sentence's claims are dropped.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.pieces import sentence_pieces

_ANY_BOOKING = lazy(
    r"\b(?:nach|bei|vor|zu|für|mit)\s+(?:jeder|jedem|jeden|einer)\s+"
    r"(?:buchung|terminbuchung|reservierung|stornierung|termin\w*)\b|"
    r"\b(?:after|with|for|before|on)\s+(?:a|any|every|each)\s+"
    r"(?:booking|appointment|reservation|cancellation)\b|"
    r"\b(?:alle[n]?|sämtliche[n]?)\s+(?:kund\w*|gäste\w*|klient\w*)\b|"
    r"\bjede[rnm]?\s+(?:kund\w*|gast|klient\w*)\b|"
    r"\b(?:all|every|each|any)\s+(?:our\s+)?(?:clients?|customers?|guests?)\b|"
    # every booking as the object of a rule (blind 27, claims49): "We confirm every booking by
    # text", "Jede Buchung bestätigen wir per SMS"; not "all" ("alle Termine": the caller's own)
    # (not the caller's own: "Every appointment you asked for is confirmed", claims74)
    r"\bevery\s+(?:single\s+)?(?:booking|appointment|reservation|cancellation)\b"
    r"(?!\s+(?:you(?:'ve|\s+have)?\s+(?:asked|wanted|requested|booked|made)|of\s+yours)\b)|"
    r"\bjede[nrm]?\s+(?:einzelne[nrm]?\s+)?(?:buchung|terminbuchung|reservierung|stornierung)\b|"
    # a bare plural as the object of the salon's habit (blind 55, claims149): "we confirm
    # appointments by text only" (not "all": "alle Termine" is the caller's own)
    r"\b(?:we|the\s+salon)\s+(?:only\s+|always\s+|usually\s+|generally\s+|normally\s+)?"
    r"(?:confirm|book|cancel|reschedule|move)\s+(?:appointments|bookings|reservations|"
    r"cancell?ations)\b|"
    # bare plurals of an outcome (blind 33, claims70): "Rescheduled appointments follow the same
    # rule", "Stornierte Termine vergeben wir schnell weiter"
    r"(?:^|[,;:]\s*)(?:rescheduled|moved|cancell?ed|booked|confirmed|changed)\s+"
    r"(?:appointments|bookings|slots)\b|"
    r"(?:^|[,;:]\s*)(?:verschobene|verlegte|stornierte|abgesagte|gebuchte|umgebuchte|bestätigte)\s+"
    r"(?:termine|buchungen)\b|"
    # claims84: an indefinite booked one said always so ("Eine gebuchte Dauerwelle ist immer für
    # Sie reserviert", "A booked perm is always kept for you"): any booking, not the caller's
    r"(?:^|[,;:]\s*)(?:eine?[rs]?|an?)\s+(?:gebucht|reserviert|storniert|booked|reserved|cancell?ed)"
    r"\w*\s+\w+\b(?=.*\b(?:immer|always|grundsätzlich|stets)\b)|"
    # blind 57 (claims155): what one kind of entry is not, said of any ("Eine Reservierung allein
    # ist bei uns noch keine feste Buchung", "A hold on its own isn't a booking yet"): a definition
    r"(?:^|[,;:]\s*)(?:eine?|an?)\s+(?:reservierung|vormerkung|anfrage|buchung|hold|reservation|"
    r"request|booking)\s+(?:\w+\s+){0,4}?(?:ist|is)\s+(?:\w+\s+){0,3}?(?:keine?|not)\b"
    r"(?![^.;:!?]*\b(?:sie|ihnen|ihr\w*|you|your|yours)\b)|"
    r"(?:^|[,;:]\s*)(?:an?)\s+(?:hold|reservation|request|booking)\s+(?:\w+\s+){0,4}?isn't\b"
    r"(?![^.;:!?]*\b(?:you|your|yours)\b)|"
    # a bare plural held or released as a rule (blind 58, claims161): "Holds are released
    # automatically after ten minutes", "Late arrivals are held for up to fifteen minutes",
    # "Reservierungen werden nach zehn Minuten freigegeben" (not "Your holds are …")
    r"^\W*(?!(?:your|our|the|both|all|these|those|ihre|unsere|die|beide|alle)\b)(?:\w+\s+)?"
    r"\w+s\s+(?:are|get|werden)\s+(?:\w+\s+){0,3}?(?:released|held|kept|freed|freigegeben|"
    r"gehalten)\b(?![^.;:!?]*\b(?:you|your|sie|ihnen|ihr\w*)\b)|"
    # claims84: anyone who books ("Anyone who books gets a confirmation", "Wer bucht, bekommt …")
    r"^\W*(?:anyone|whoever|everyone|everybody)\s+(?:who\s+)?(?:books|cancels|reschedules)\b|"
    r"^\W*wer\s+(?:bei\s+uns\s+)?(?:bucht|absagt|storniert|umbucht)\b",
    re.IGNORECASE,
)
# any appointment named by a relative clause of its outcome (blind 42, claims103): "Ein Termin,
# der gebucht ist, kann bis zum Vortag storniert werden", "Termine, die storniert werden, …", "A
# slot that's been cancelled goes back to the calendar": a rule, none of the caller's (not with
# the caller named: "Ein Termin, den ich für Sie gebucht habe, …")
_GENERIC_RELATIVE = lazy(
    r"^\W*(?:(?:ein|eine)\s+(?:termin|buchung|platz|reservierung)|termine|buchungen|"
    r"(?:a|an|any)\s+(?:slot|appointment|booking|reservation)|appointments|slots|bookings)\s*,?\s+"
    r"(?:der|die|das|that|which)(?:'s|\s)"
    r"(?![^.;:!?]*\b(?:sie|ihnen|ihr\w*|you|your|yours)\b)",
    re.IGNORECASE,
)
# a saying or the house rule said before a colon (blind 42, claims103): "As we always say: it's
# not booked until it's confirmed", "Our rule is simple: …", "Wie man so sagt: Ein Termin ist erst
# fest, wenn …": a rule, not the caller's state (not with the caller named after it)
_SAYING = lazy(
    r"^\W*(?:as\s+(?:we|they|i|people)\s+(?:always\s+|often\s+)?say|as\s+the\s+saying\s+goes|"
    r"(?:our|the\s+house|the)\s+(?:rule|motto|policy|principle)\s+is(?:\s+simple)?|"
    r"wie\s+(?:man\s+(?:so\s+)?|wir\s+(?:immer\s+|gern\s+)?|ich\s+(?:immer\s+)?)sag\w*|"
    r"unser\s+(?:motto|grundsatz|prinzip|regel)(?:\s+(?:ist|lautet))?|die\s+regel\s+(?:ist|lautet)|"
    r"bei\s+uns\s+gilt)\s*[:–—,]"
    r"(?![^.;!?]*\b(?:sie|ihnen|ihr\w*|you|your|yours)\b)",
    re.IGNORECASE,
)
# the house's rules on changing an appointment (blind 52, claims130): who may cancel ("Stornieren
# kann nur die Person, auf deren Namen der Termin läuft", "Only the person the booking is under can
# cancel it"), anyone who does something ("Wer nicht erscheint, ohne abzusagen, bekommt …",
# "Anyone who doesn't show up … pays a deposit"), the notice period ("For perms the cancellation
# period is 48 hours", "Bei Färbungen beträgt die Stornofrist 48 Stunden"), the hours a change is
# offered ("Umbuchen kann ich Ihnen heute nur bis 18 Uhr anbieten"): the part says how it goes,
# not what was done (not with the caller's own named in a notice period: "Ihre Stornogebühr …")
_HOUSE_RULE = lazy(
    r"\b(?:kann|können|darf|dürfen)\s+nur\s*,?\s+(?:die\s+person|derjenige|diejenige|wer|der\s+kunde|"
    r"die\s+kundin|der\s+inhaber|die\s+inhaberin)\b|"
    r"\bonly\s+(?:the\s+person|the\s+client|the\s+customer|whoever|someone\s+who|the\s+one)\b"
    r"[^.;!?]*\b(?:can|may|is\s+allowed\s+to)\b|"
    r"^\W*wer\s+(?!hätte\b|würde\b|wäre\b|hat\b|war\b)[^,?]+,[^?]*\b(?:bekommt|zahlt|bezahlt|muss|kann|"
    r"darf|erhält|wird|braucht|verliert|trägt)\b[^?]*$|"
    r"^\W*(?:anyone|whoever|everyone|everybody|those|people)\s+who\s+(?:don't|doesn't|do\s+not|does\s+not|"
    r"can't|cannot|fails?\s+to|misses|miss|cancels?|reschedules?|shows?)\b[^?]*$",
    re.IGNORECASE,
)
# (the same, said in one clause of a sentence: only that clause's claims)
_HOUSE_RULE_CLAUSE = lazy(
    r"(?:^|[,;:]\s*)(?:for|bei|für)\s+[^,;.!?]*?\b(?:the\s+)?(?:cancell?ation|notice|rescheduling)\s+"
    r"(?:period|window|deadline|time)\s+(?:is|are)\b(?![^.;!?]*\b(?:you|your)\b)|"
    r"\b(?:the\s+)?(?:cancell?ation|notice|rescheduling)\s+(?:period|window|deadline)\s+(?:for\s+\w+\s+)?"
    r"(?:is|are)\s+(?:\d+|\w+)\s+(?:hours|days|stunden|tage)\b(?![^.;!?]*\b(?:you|your)\b)|"
    r"\b(?:beträgt|ist|gilt)\s+(?:bei\s+uns\s+)?(?:die|eine)\s+(?:storno|absage|stornierungs|umbuchungs)"
    r"\w*frist\b(?![^.;!?]*\b(?:sie|ihnen|ihr\w*)\b)|"
    r"\b(?:storno|absage|stornierungs|umbuchungs)\w*frist\s+(?:beträgt|ist|liegt|gilt)\b"
    r"(?![^.;!?]*\b(?:sie|ihnen|ihr\w*)\b)|"
    r"^\W*(?:umbuchen|verschieben|stornieren|absagen|umlegen|verlegen)\s+(?:kann|können)\s+(?:ich|wir)\s+"
    r"(?:\w+\s+){0,4}?nur\s+(?:noch\s+)?bis\b|"
    r"\b(?:i|we)\s+can\s+only\s+offer\s+(?:rescheduling|cancell?ations?|changes|moves)\s+(?:until|till|up\s+to)\b",
    re.IGNORECASE,
)
_FOR_EVERYONE = lazy(
    r"\b(?:das|dies)\s+gilt\b.*\bfür\s+(?:alle|jeden|jede)\b|"
    r"\b(?:that|this|it)\s+(?:goes|applies)\b.*\b(?:everyone|everybody|all)\b",
    re.IGNORECASE,
)
# the rule applied to the caller's own (blind 36, claims81, convention 45): "Wie jede Buchung ist
# auch Ihre jetzt fest", "Jede Buchung ist verbindlich – Ihre also auch", "Like every booking
# here, yours is binding now", "… and yours is no exception": the claim about the caller's, kept
_APPLIED_TO_CALLER = lazy(
    r"\bauch\s+ihre[rns]?\b(?!\s+(?:kund|gäst|gast|klient))|\bihre[rns]?\s+also\s+auch\b|"
    r"\byours\s+(?:is|too|as\s+well|included)\b|\byours'(?:s|ll)\b",
    re.IGNORECASE,
)
# a habit of the salon's texts, said with no "now" (blind 36, claims81, convention 87):
# "Normalerweise bekommen Sie direkt eine SMS", "We generally send a reminder the day before",
# "A text confirmation always goes out with us", "Anyone who books gets a confirmation": how the
# salon does it, no text promised this call ("Sie erhalten, wie immer, gleich eine SMS" is)
_HABIT = lazy(
    r"\b(?:normalerweise|in\s+der\s+regel|üblicherweise|grundsätzlich|generally|usually|normally|"
    r"typically|always|immer(?!\s+noch))\b|\banyone\s+who\b|\bwer\s+(?:bei\s+uns\s+)?bucht\b",
    re.IGNORECASE,
)
_NOW = lazy(
    r"\b(?:gleich|jetzt|sofort|nun|heute|now|shortly|today|right\s+away|in\s+a\s+(?:moment|minute|"
    r"sec\w*|bit))\b",
    re.IGNORECASE,
)
_DEFINED = lazy(
    r"^\W*[\"„“”'‚‘»«]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[\"“”'’‘»«]\s*(?:\w+\s+){0,2}"
    r"(?:heißt|bedeutet|meint|means|stands\s+for|is\s+short\s+for)\b",
    re.IGNORECASE,
)


def without_general(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those that are part of a rule for everyone or a definition."""
    if not claims:
        return claims
    # a reminder is no rule of the house (the lead's D69, convention 1161): the salon sends
    # none, so "We generally send a reminder", "Bei uns bekommt jeder Kunde eine Erinnerung"
    # promises this caller one that never comes; a text confirmation's habit stays general
    reminders = tuple(c for c in claims if c.follow_up is FollowUp.REMINDER)
    claims = tuple(c for c in claims if c.follow_up is not FollowUp.REMINDER)
    return (*_without_general(sentence, claims), *reminders)


def _without_general(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    if not claims:
        return claims
    if _HABIT.search(sentence) and not _NOW.search(sentence):
        claims = tuple(c for c in claims if c.kind is not ClaimKind.FOLLOW_UP)
    dropped: list[tuple[int, int]] = []
    for (s, e), pieces in sentence_pieces(sentence):
        part = sentence[s:e]
        if (
            _DEFINED.match(part)
            or _FOR_EVERYONE.search(part)
            or _GENERIC_RELATIVE.match(part)
            or _SAYING.match(part)
            or _HOUSE_RULE.search(part)
        ):
            dropped.append((s, e))
            continue
        if _APPLIED_TO_CALLER.search(part):
            continue
        dropped += [
            (a, b)
            for a, b in pieces
            if _ANY_BOOKING.search(sentence[a:b]) or _HOUSE_RULE_CLAUSE.search(sentence[a:b])
        ]
    if not dropped:
        return claims
    return tuple(c for c in claims if not any(a <= c.start < b for a, b in dropped))
