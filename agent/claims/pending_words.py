"""A request awaiting the salon in words `pending_request.py` does not list: the stylist named
as the one to approve ("Die Anfrage muss Fabian noch abnicken", "Fabian still has to sign off on
Friday at ten"), the salon's answer outstanding ("die Bestätigung vom Salon steht noch aus"),
the request lying with the team for review ("liegt zur Prüfung beim Team", "The salon is
reviewing your request"), a request the salon will confirm or answer ("Freitag um zehn ist
angefragt, der Salon meldet sich mit der Zusage", "I've requested Friday at ten; the salon
will confirm it").

Corrections (`corrected`): a callback asked for and passed on is a message, not a request for
an appointment ("Your callback request is with the salon"); the salon's promised answer to a
pending request is that request, not a callback; a booking "unter Vorbehalt" or a "booking
request" beside a pending request is none.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_AWAIT_DE = (
    r"(?:bestätigen|freigeben|zusagen|zustimmen|annehmen|genehmigen|prüfen|abnicken|absegnen|"
    r"okayen|durchwinken)"
)
_CALLBACK = lazy(r"rückruf|call\s*back")
# also what would be: "That time would work, but Fabian has to approve it"
_UNLESS = lazy(NOT_STATED.pattern + r"|rückruf|call\s*back|\b(?:would|could|würde|könnte)\b")

# a condition or a callback, not the request's state ("not … yet" is: read by the rule itself)
_CONDITION = lazy(
    r"\b(?:if|whether|unless|would|could|once|when|wenn|falls|ob|sobald|würde|könnte)\b|"
    r"rückruf|call\s*back"
)
_APPROVAL_EN = r"(?:yes|approval|okay|ok|go-?ahead|green\s+light|sign-?off|nod)\b"

RULES = (
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bmuss\b"),
        lazy(
            rf"(?<!ich )(?<!man )\bmuss\s+(?!ich\b|man\b|wir\b)(?:\w+\s+){{1,4}}?noch\s+"
            rf"(?:\w+\s+)?{_AWAIT_DE}\b|"
            rf"\b(?:chef\w*|inhaber\w*|salon|team)\s+muss\s+(?:\w+\s+){{0,4}}(?:noch|erst)\s+(?:\w+\s+)?"
            rf"{_AWAIT_DE}\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"noch\s+aus\b"),
        lazy(
            r"^(?=.*\b(?:salon\w*|team\w*|chef\w*|anfrage|angefragt)\b).*"
            r"\b(?:bestätigung|zusage|freigabe|okay|ok|zustimmung|ja|go)\b[^.;!?]*\bnoch\s+aus\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bbei(?:m|\s+dem|\s+unserem)\s+(?:salon|team)\b"),
        lazy(
            r"\b(?:\w*anfrage|\w*wunsch\w*|\w*termin|buchung)\b[^.;!?]*\b(?:liegt|ist|landet)\s+"
            r"(?:\w+\s+){0,3}bei(?:m|\s+dem|\s+unserem)\s+(?:salon|team)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"angefragt|anfrage"),
        lazy(
            r"\b(?:angefragt|anfrage)\b[^.!?]*\b(?:salon|team|chef\w*)\b[^.!?]*"
            r"\b(?:meldet\s+sich|bescheid|rückmeldung)\b[^.!?]*\b(?:zusage|bestätigung|freigabe)\b|"
            r"\b(?:angefragt|anfrage)\b[^.!?]*\b(?:salon|team|chef\w*)\b[^.!?]*"
            r"\b(?:zusage|bestätigung|freigabe)\b[^.!?]*\b(?:meldet\s+sich|bescheid)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"\b(?:has|needs)\s+(?:still\s+)?to\b"),
        lazy(
            r"\b(?!i\b|you\b|we\b|it\b|that\b|this\b|one\b|everyone\b|everybody\b|client\b|customer\b|"
            r"caller\b)\w+\s+(?:still\s+)?(?:has|needs)\s+"
            r"(?:still\s+)?to\s+(?:sign\s+off|okay|ok|approve|confirm|accept|green-?light)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"request"),
        lazy(
            r"\brequest\w*\b[^.!?]*\b(?!i\b|you\b|we\b)\w+\s+(?:will|'ll|is\s+going\s+to)\s+"
            r"(?:\w+\s+)?(?:confirm|approve|get\s+back\s+to\s+you\s+with\s+(?:their|its|the|his|"
            r"her)\s+(?:approval|confirmation|answer|decision))\b|"
            r"\b(?:is|are|'s)\s+(?:still\s+|now\s+|currently\s+|just\s+)?(?:reviewing|checking|"
            r"considering|looking\s+(?:at|over|into)|going\s+over)\s+(?:your|the)\s+(?:\w+\s+)?"
            r"request\b"
        ),
        unless=_UNLESS,
    ),
    # the salon's approval the request lies with or waits for (blind 11): "liegt zur Freigabe
    # beim Salon", "Der Salon muss noch grünes Licht geben", "sitting with the salon for
    # approval", "waiting on the salon's green light", "the salon's yes is still outstanding",
    # "The salon hasn't given the go-ahead yet" (its "not … yet" is the request's state)
    Rule(
        "de",
        K.PENDING,
        lazy(r"freigabe|genehmigung|grünes\s+licht"),
        lazy(
            r"\bzur\s+(?:freigabe|prüfung|genehmigung)\s+(?:beim|bei\s+dem|bei\s+unserem)\s+"
            r"(?:salon|team)\b|\b(?:salon|team)\s+zur\s+(?:freigabe|prüfung|genehmigung)\s+vor\b|"
            # with a stylist named (blind 12): "Das liegt jetzt zur Freigabe bei Fabian"
            r"\b(?:liegt|liegen)\s+(?:\w+\s+){0,2}?zur\s+(?:freigabe|prüfung|genehmigung)\s+bei\s+"
            r"(?!ihnen\b|dir\b)\w+|"
            r"\b(?:salon|team|chef\w*)\s+muss\s+(?:\w+\s+){0,3}?noch\s+(?:sein\s+|ihr\s+)?"
            r"(?:grünes\s+licht|freigabe|genehmigung)\s+geben\b"
        ),
        unless=_CONDITION,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"salon|team"),
        lazy(
            rf"\b(?:with|at)\s+the\s+(?:salon|team)\b[^.!?]*\b{_APPROVAL_EN}|"
            rf"\bwait\w*\s+(?:on|for)\s+(?:the\s+)?(?:salon|team)(?:'s)?\s+(?:\w+\s+)?{_APPROVAL_EN}|"
            rf"\b(?:salon|team)'s\s+{_APPROVAL_EN}\s+(?:is\s+)?(?:still\s+)?(?:outstanding|pending|"
            r"to\s+come)\b|"
            r"\b(?:salon|team)\s+(?:still\s+)?(?:has|needs)\s+(?:still\s+)?to\s+give\s+(?:\w+\s+)?"
            rf"{_APPROVAL_EN}|"
            r"\b(?:salon|team)\s+(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:\w+\s+)?(?:given|"
            r"approved|confirmed|okayed|signed\s+off)\b[^.!?]*\byet\b"
        ),
        unless=_CONDITION,
    ),
)

# the request under review or waiting, said in the passive, a subordinate clause or of a pronoun
# (blind 42, claims103): "Laut Salon wird Ihre Anfrage noch geprüft", "…, dass er Ihre Anfrage
# noch prüft", "Ihre Anfrage … im Moment wartet sie noch", "your request is still being
# reviewed", "for now it's still waiting with them" (the salon named before)
RULES += (
    Rule(
        "de",
        K.PENDING,
        lazy(r"anfrage"),
        lazy(
            r"\banfrage\s+(?:wird|ist)\s+(?:\w+\s+){0,3}?(?:noch|gerade|derzeit)\s+(?:\w+\s+){0,3}?"
            r"(?:geprüft|bearbeitet|angeschaut|angesehen|begutachtet)\b(?!\s+worden)|"
            # claims116: the verb before the subject after a fronted source ("Laut Salon wird Ihre
            # Anfrage noch geprüft", "Dem Salon zufolge liegt Ihre Anfrage noch zur Prüfung vor")
            r"\b(?:wird|ist)\s+ihre\s+anfrage\s+(?:\w+\s+){0,3}?(?:noch|gerade|derzeit)\s+(?:\w+\s+){0,3}?"
            r"(?:geprüft|bearbeitet|angeschaut|angesehen|begutachtet)\b(?!\s+worden)|"
            r"\b(?:liegt\s+ihre\s+anfrage|anfrage\s+liegt)\s+(?:\w+\s+){0,3}?zur\s+(?:prüfung|"
            r"freigabe|bearbeitung)\s+vor\b|"
            r"\banfrage\s+(?:\w+\s+){0,2}?(?:noch|gerade|derzeit)\s+(?:prüft|prüfen|anschaut|"
            r"ansieht|bearbeitet|begutachtet)\b|"
            r"\banfrage\b[^.!?]*\bwartet\s+(?:sie\s+)?(?:\w+\s+){0,2}?noch\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"request|salon|team"),
        lazy(
            r"\brequest\s+(?:is|'s)\s+(?:still\s+|currently\s+|now\s+)?being\s+(?:reviewed|"
            r"checked|looked\s+at|considered|processed)\b|"
            r"\b(?:salon|team)\b[^.!?]*\b(?:request|it)(?:'s|\s+is)\s+(?:still\s+)?(?:waiting|"
            r"sitting)\s+with\s+(?:the\s+salon|the\s+team|them)\b|"
            r"\brequest(?:'s|\s+is)\s+(?:still\s+)?(?:waiting|sitting)\s+with\s+(?:the\s+salon|"
            r"the\s+team)\b|"
            # blind 45 (claims111): the request named pending (43): "Your Anfrage is still pending"
            r"\brequest(?:'s|\s+is)\s+(?:still\s+|currently\s+)?pending\b"
        ),
        unless=_UNLESS,
    ),
    # blind 56 (claims148): the booking named pending, as its request is (43), in its own clause
    # beside a "not yet" said before it ("Noch nicht alles – the booking is pending, der Salon
    # muss noch zusagen", "Not quite – your booking is still pending")
    Rule(
        "en",
        K.PENDING,
        lazy(r"pending"),
        lazy(r"\b(?:booking|appointment)(?:'s|\s+is)\s+(?:still\s+|currently\s+)?pending\b"),
        unless=_UNLESS,
        clause=True,
    ),
)

# said of the request, not of a booking: "unter Vorbehalt", "Your booking request has been sent"
_NOT_BOOKED = lazy(
    r"\b(?:unter\s+vorbehalt|vorbehaltlich|provisional\w*|tentative\w*|\w*anfrage|request)\b"
)
_ANSWER = lazy(r"zusage|bestätig|freigabe|approv|confirm")


def corrected(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the readings described above corrected."""
    pending = [c for c in claims if c.kind is K.PENDING]
    if not pending:
        return claims
    text = sentence.lower()
    out: list[Claim] = []
    for c in claims:
        if c.kind is K.PENDING and _CALLBACK.search(fold(sentence[c.start : c.end]).text):
            out.append(Claim(K.FOLLOW_UP, c.start, c.end, c.details, FollowUp.MESSAGE))
            continue
        if (
            c.kind is K.FOLLOW_UP
            and c.follow_up is FollowUp.CALLBACK
            and _ANSWER.search(text)
            and any(p.start <= c.start < p.end or c.start <= p.start < c.end for p in pending)
        ):
            continue  # the salon's answer to the pending request
        if c.kind is K.BOOKED and _NOT_BOOKED.search(text[c.start : c.end]):
            continue
        out.append(c)
    return tuple(out)


# a condition, a wish or a callback anywhere in the sentence: none of its clauses states the request
# waiting (the rules below read per clause, so that a "not confirmed yet" beside the clause is the
# answer's, not a denial of the waiting: "Der ist noch nicht bestätigt, da warten wir auf den
# Salon", "it's not confirmed yet, we're waiting on the salon", blind 56, claims162)
_OPEN_SENTENCE = lazy(
    r"\b(?:wenn|falls|ob|sofern|if|whether|unless|would|could|würde|könnte)\b|rückruf|call\s*back"
)

# the request waiting on the salon, or only asked for so far (blind 44, claims108: a yes to "Wartet
# das noch auf den Salon?", "Ist das erst mal nur angefragt?", "Is it still waiting on the salon?",
# "So it's just a request for now?" says the question stated, answered_statement.py)
RULES += (
    Rule(
        "de",
        K.PENDING,
        lazy(r"wartet|warten|angefragt"),
        lazy(
            r"\b(?:wartet|warten)\s+(?:\w+\s+){0,2}?auf\s+(?:den|das|die)\s+(?:salon|team|okay|ok|"
            r"freigabe|bestätigung|zusage)\b|\b(?:erst|nur)\s+(?:mal\s+)?(?:nur\s+)?angefragt\b"
        ),
        unless=_UNLESS,
        clause=True,
        unless_sentence=_OPEN_SENTENCE,
    ),
    # read per clause: "Noch nicht ganz, der Salon muss erst zustimmen." (the not-yet is the
    # answer's, the clause after it the request's state)
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bmuss\b"),
        lazy(
            rf"\b(?:chef\w*|inhaber\w*|salon|team)\s+muss\s+(?:\w+\s+){{0,3}}(?:noch|erst)\s+"
            rf"(?:\w+\s+)?{_AWAIT_DE}\b"
        ),
        unless=_UNLESS,
        clause=True,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"waiting|request"),
        lazy(
            r"\bwaiting\s+(?:on|for)\s+the\s+(?:salon|team)\b(?!'s)|"
            r"\b(?:just|only)\s+(?:a\s+)?request(?:ed)?\b"
        ),
        unless=_UNLESS,
        clause=True,
        unless_sentence=_OPEN_SENTENCE,
    ),
)
