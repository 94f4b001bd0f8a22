"""A request said to be with the salon, awaiting its confirmation: "Der Salon muss den Termin
noch bestätigen", "Ihre Anfrage liegt beim Salon", "Der Termin ist angefragt, aber noch nicht
bestätigt", "Your request is with the salon; they still need to confirm it", "You'll hear from
us once the salon approves it".

That is a claim that a pending request exists (`ClaimKind.PENDING`), true only where the call
has an appointment awaiting the salon (`pending`); while a slot is only held, after a booking or
with nothing asked for, the caller hears the truth for the state instead. Not: conditions and
questions ("Falls der Salon das noch bestätigen muss, …", "Muss der Salon das noch
bestätigen?"), a request no longer awaiting ("muss nicht mehr bestätigen", "no longer needs"),
the caller's own confirmation ("pending your confirmation", "Sie müssen noch bestätigen").
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import stated_claims
from agent.claims.torn_word import untorn

_AWAIT_DE = r"(?:bestätigen|freigeben|zusagen|annehmen|genehmigen|prüfen)"
_DE = lazy(
    # the request is with the salon
    r"\b(?:\w*anfrage|\w*wunsch|termin|buchung|\w*stornierung|absage|\w*verschiebung|\w*umbuchung|"
    r"änderung)\b(?:[^.;!?]|(?<=\d)\.)*\b(?:liegt|ist|landet|ging|geht)\s+"  # "28.11." no stop
    # "noch" too, with a date before it (blind 59, claims170: "Ihre Anfrage für Freitag, den 28.,
    # liegt noch beim Salon")
    r"(?:(?:jetzt|nun|schon|bereits|gerade|noch)\s+)*(?:beim\s+salon|bei\s+(?:dem|unserem)\s+salon|"
    r"(?:dem|beim)\s+(?:salon|team)\s+vor|(?:an\s+den|zum)\s+salon)\b|"
    r"\b(?:\w*anfrage)\b[^.;!?]*\b(?:eingegangen|weitergeleitet|raus)\b[^.;!?]*\b(?:rückmeldung|"
    r"bestätigung|bescheid)\b|"
    # the salon (or the stylist) still has to confirm it
    # a date's dot inside ("Der Salon muss den 28. um zehn noch bestätigen": blind 59)
    r"\b(?:salon|team|der|die|er|sie)\s+(?:muss|müsste|wird)\s+(?:[\w.]+\s+){0,4}(?:noch|erst)\s+"
    rf"(?:\w+\s+)?{_AWAIT_DE}\b|"
    rf"\b(?:salon|team)\s+(?:\w+\s+){{0,3}}{_AWAIT_DE[:-1]}|bestätigt|gibt)\b[^.;!?]*\bnoch\b|"
    r"\b(?:angefragt|vorgemerkt)\b[^.;!?]*\bnoch\s+nicht\s+(?:bestätigt|fest|gebucht)\b|"
    r"\bsobald\s+(?:der\s+salon|das\s+team)\b[^.;!?]*\b(?:bestätigt|freigegeben|zugesagt)\b|"
    # the salon has it now (claims59): "Der Salon hat Ihre Anfrage jetzt und meldet sich"
    r"\b(?:salon|team)\s+hat\s+(?:(?:jetzt|nun|schon|bereits)\s+)*ihre\s+\w*anfrage\s*"
    r"(?:(?:jetzt|nun)\s*)?(?:[,.;!–—]|und\b|$)|"
    # blind 38 (claims87): the appointment to be approved by the salon ("Der Termin muss vom
    # Salon noch genehmigt werden")
    r"\b(?:termin|\w*anfrage|buchung)\s+muss\s+(?:\w+\s+){0,2}?(?:vom|von\s+dem|durch\s+den)\s+"
    r"(?:salon|team)\s+(?:noch|erst)\s+(?:noch\s+)?(?:bestätigt|freigegeben|genehmigt|angenommen|"
    r"geprüft)\s+werden\b|"
    r"\b(?:warte[nt]?|wartet)\s+(?:\w+\s+){0,3}auf\s+(?:die\s+)?(?:bestätigung|freigabe|zusage)"
    r"\s+(?:des|vom|von\s+dem)\s+(?:salons?|team)\b|"
    # claims112 (blind 43): the salon's yes not given yet, said inverted or as a noun beside the
    # request ("Der Termin ist angefragt, zugesagt hat der Salon aber noch nicht", "Die Anfrage ist
    # beim Team, eine Zusage gibt es noch nicht", "Ihr Termin ist angefragt, aber fest ist er noch
    # nicht"), the salon's yes all that is left ("Jetzt muss nur noch der Salon zustimmen"), the
    # request sent with the salon to answer ("Die Anfrage ist raus, der Salon meldet sich")
    r"\b(?:zugesagt|freigegeben|genehmigt|bestätigt|abgesegnet)\s+hat\s+(?:der|das|die|unser)\s+"
    r"(?:salon|team|chef\w*|inhaber\w*)\s+(?:\w+\s+){0,2}?noch\s+nicht\b|"
    # blind 52 (claims130): the salon's yes told in the passive after the request ("Die Absage ist
    # angefragt, bestätigt wird sie vom Salon", "…, der Salon meldet sich dazu")
    r"\b(?:bestätigt|freigegeben|genehmigt|zugesagt)\s+wird\s+(?:sie|er|es|das)\s+(?:erst\s+|noch\s+)?"
    r"(?:vom|von\s+dem|durch\s+den)\s+(?:salon|team)\b|"
    r"\b(?:angefragt|beantragt)\b[^.;!?]*\b(?:salon|team)\s+(?:meldet\s+sich|gibt\s+(?:ihnen\s+)?"
    r"bescheid)\b|"
    r"\b(?:\w*anfrage|angefragt)\b[^.;!?]*\b(?:eine|die)\s+(?:zusage|freigabe|bestätigung|"
    r"genehmigung)\s+(?:gibt\s+es|ist|kam|haben\s+wir)\s+(?:aber\s+)?noch\s+nicht\b|"
    r"\bangefragt\b[^.;!?]*\b(?:fest|fix|bestätigt|gebucht)\s+ist\s+(?:er|es|sie|der\s+termin)\s+"
    r"(?:aber\s+)?noch\s+nicht\b|"
    rf"\bmuss\s+(?:jetzt\s+)?(?:nur\s+)?noch\s+(?:der|das|die|unser)\s+(?:salon|team|chef\w*)\s+"
    rf"(?:{_AWAIT_DE}|zustimmen)\b|"
    r"\b\w*anfrage\s+ist\s+(?:jetzt\s+|schon\s+)?(?:raus|unterwegs|abgeschickt|verschickt)\b[^.;!?]*"
    r"\b(?:salon|team)\s+(?:meldet\s+sich|gibt\s+(?:ihnen\s+)?bescheid)\b|"
    # claims128 (blind 51): the salon's answer told as an outstanding noun, bureaucratic style ("Die
    # Genehmigung Ihres Terminwunsches durch den Salon steht noch aus", "Die Anfrage befindet sich in
    # Prüfung durch den Salon", "Ihre Terminanfrage … bedarf noch der Bestätigung")
    r"\b(?:bestätigung|genehmigung|freigabe|zustimmung|zusage|rückmeldung|antwort)\s+(?:\w+\s+){0,4}?"
    r"(?:des\s+salons|durch\s+(?:den|ihren|unseren)\s+salon|seitens\s+des\s+salons|vom\s+salon)\b"
    r"[^.;!?]*\b(?:steht\s+(?:\w+\s+){0,3}?aus|ausstehend)\b|"
    r"\b\w*anfrage\b[^.;!?]*\bbefindet\s+sich\s+(?:\w+\s+){0,2}?in\s+(?:der\s+)?(?:prüfung|bearbeitung|"
    r"klärung|abstimmung)\b|"
    r"\b\w*anfrage\b[^.;!?]*\bbedarf\s+(?:\w+\s+){0,2}?der\s+(?:bestätigung|zustimmung|freigabe|"
    r"genehmigung)\b|"
    # blind 54 (claims138): the request said as the caller's own, what they have now ("Sie haben
    # eine Anfrage, keinen gebuchten Termin", "Du hast jetzt eine Anfrage beim Salon laufen")
    r"^\W*(?:[^.;!?]*[:,–—]\s*)?(?:\w+\s+){0,3}?(?:sie\s+haben|haben\s+sie|du\s+hast|hast\s+du)\s+(?:\w+\s+){0,3}?(?:eine|ihre|deine)\s+"
    r"(?:offene\s+)?\w*anfrage\b"
    r"(?!\s+\w*(?:ge\w+(?:t|en)|iert)\b)"
)
_AWAIT_EN = (
    r"(?:confirm|approve|accept|sign\s+off\s+on|ok(?:ay)?|say\s+(?:yes|okay|ok)|"
    r"give\s+(?:it|this|that)\s+the\s+(?:nod|go-?ahead|green\s+light))"
)
_EN = lazy(
    r"\brequest\b[^.;!?]*\b(?:is|'s|has\s+gone|went|sits|(?:is|'s)\s+sitting)\s+(?:(?:now|already|just)\s+)*"
    r"(?:with|to)\s+the\s+(?:salon|team)\b|"
    # the salon has it now (claims59): "The salon has your request now and will get back to you"
    r"\b(?:salon|team)\s+(?:now\s+)?(?:has|'s\s+got|has\s+got)\s+(?:now\s+)?your\s+"
    r"(?:\w+\s+)?request\s*(?:now\s*)?(?:[,.;!–—]|and\b|$)|"
    r"\b(?:salon|team|they|he|she)(?:'ll|\s+will)?\s+(?:still\s+|just\s+|only\s+)?(?:needs?|has|have|"
    rf"must)\s+(?:still\s+)?to\s+{_AWAIT_EN}\b|"
    # claims128 (blind 51): a German's, plain and British English ("The salon must still confirm
    # it", "The salon must say yes first", "The salon's got to okay it first", "Your request's gone
    # over to the salon"), Indian English ("Booking is pending from salon side")
    rf"\b(?:salon|team)\s+must\s+(?:(?:still|first|now)\s+)*{_AWAIT_EN}\b|"
    # blind 55 (claims142): "they" for the salon after the request, and a learner's "still" at the
    # end ("Your request is send to salon, they must approve it still")
    rf"\brequest\b[^.;!?]*\bthey\s+must\s+(?:(?:still|first)\s+)+{_AWAIT_EN}\b|"
    rf"\brequest\b[^.;!?]*\b(?:they|salon|team)\s+must\s+{_AWAIT_EN}\s+(?:(?:it|this|that|them)\s+)?"
    r"(?:still|first)\b|"
    rf"\b(?:salon|team)(?:'s|\s+has)\s+(?:still\s+)?got\s+to\s+{_AWAIT_EN}\b|"
    r"\b(?:salon|team)\s+(?:checks|reviews|looks\s+at)\s+(?:it|this|that)\s+first\b|"
    r"\brequest(?:'s|\s+has)\s+gone\s+(?:over|across)\s+to\s+the\s+(?:salon|team)\b|"
    r"\b(?:is|'s)\s+(?:still\s+)?pending\s+(?:from|with|at|on)\s+(?:the\s+)?(?:salon|team)\b|"
    # blind 31 (claims63): "now it's waiting for the salon to confirm", "has reached the salon"
    rf"\b(?:awaiting|waiting\s+(?:for|on))\s+the\s+(?:salon|team)\s+to\s+{_AWAIT_EN}\b|"
    r"\brequest\b[^.;!?]*\b(?:has\s+)?(?:reached|landed\s+with|arrived\s+at)\s+the\s+"
    r"(?:salon|team)\b|"
    r"\b(?:salon|team)\s+(?:is\s+)?still\s+(?:confirming|approving|reviewing|checking)\b|"
    r"\brequested\b[^.;!?]*\bnot\s+(?:yet\s+)?confirmed\b|"
    # blind 41 (claims101): "Your request for Friday at ten is pending with the salon"
    r"\brequest\b[^.;!?]*\b(?:is|'s)\s+(?:(?:still|now)\s+)?pending\s+(?:with|at)\s+the\s+"
    r"(?:salon|team)\b|"
    r"\bonce\s+the\s+(?:salon|team)\s+(?:approves|confirms|accepts|has\s+(?:approved|confirmed))\b|"
    r"\b(?:awaiting|pending|waiting\s+(?:for|on))\s+(?:the\s+)?(?:salon'?s|team'?s)\s+"
    r"(?:confirmation|approval)\b|"
    # blind 58 (claims166): the owner or manager the one to approve, the German "Chefin"'s twin
    # ("it's still waiting for the owner's okay", "awaiting the manager's approval")
    r"\b(?:awaiting|pending|waiting\s+(?:for|on))\s+(?:the\s+)?(?:owner|manager|boss)'s\s+"
    r"(?:confirmation|approval|okay|ok|go-?ahead|sign-?off|green\s+light|yes)\b|"
    r"\b(?:awaiting|pending|waiting\s+(?:for|on))\s+(?:confirmation|approval)\s+"
    r"(?:from|by)\s+the\s+(?:salon|team)\b|"
    # blind 58, the nominal style: the salon's answer said pending ("Salon approval: pending",
    # "The salon's confirmation is still pending", "Approval by the salon – pending")
    r"\b(?:salon|team)(?:'s)?\s+(?:approval|confirmation|sign-?off|okay|go-?ahead)\s*(?:[:–—-]\s*|"
    r"(?:is|'s)\s+(?:still\s+)?)pending\b|"
    r"\b(?:approval|confirmation)\s+(?:from|by)\s+the\s+(?:salon|team)\s*(?:[:–—-]\s*|"
    r"(?:is|'s)\s+(?:still\s+)?)pending\b|"
    # claims112 (blind 43): "It's been requested, but the salon hasn't said yes yet", "It just
    # needs the salon's okay now", "The request is in, and the salon will get back to you"
    r"\brequested\b[^.;!?]*\b(?:salon|team)\s+(?:has(?:n't|\s+not)|hasn't)\s+(?:yet\s+)?"
    r"(?:said\s+yes|approved|confirmed|okayed|agreed|accepted|signed\s+off)\b|"
    r"\b(?:just|only|now|still)\s+needs?\s+(?:the\s+)?(?:salon|team)'s\s+(?:okay|ok|approval|"
    r"go-?ahead|sign-?off|yes)\b|"
    r"\brequest(?:'s|\s+is|\s+has\s+gone)\s+(?:now\s+)?(?:in|off|out)\b[^.;!?]*\b(?:salon|team)\s+"
    r"(?:will|'ll)\s+(?:\w+\s+)?(?:get\s+back\s+to\s+you|be\s+in\s+touch|let\s+you\s+know)\b|"
    # blind 54 (claims138): the request as the caller's own ("You've got a request in with the
    # salon", "You have an open request with the salon")
    r"^\W*(?:[^.;!?]*[:,–—]\s*)?(?:[\w']+\s+){0,3}?you(?:'ve|\s+have)\s+(?:\w+\s+){0,3}?(?:a|an|your)\s+"
    r"(?:open\s+|pending\s+)?request\s+(?:in\b|open\b|pending\b|with\s+the\s+(?:salon|team)\b)"
)
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|if|whether|unless|nicht\s+mehr|no\s+longer|doesn't|don't|"
    r"does\s+not|muss\s+nicht|müssen\s+sie|you\s+(?:still\s+)?(?:need|have))\b"
)

# the salon's answer awaited "ob es klappt" / "whether it works": an indirect question that is the
# answer's content, not a condition on the request (blind 38, claims87); masked, length kept
_ANSWER_WHETHER = lazy(
    r"\b(?:rückmeldung|bescheid|antwort|nachricht|hear\s+back|let\s+you\s+know|"
    r"get\s+back\s+to\s+you|tell\s+you)\W{1,3}(?:darüber\W{1,3})?(ob|whether|if)\b",
    re.IGNORECASE,
)


def _answer_content_masked(sentence: str) -> str:
    def mask(m: re.Match[str]) -> str:
        a, b = m.span(1)
        return m.group(0)[: a - m.start()] + "x" * (b - a) + m.group(0)[b - m.start() :]

    return _ANSWER_WHETHER.sub(mask, sentence)


def pending_requests(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """PENDING claims `sentence` makes (see above), with the day, time and stylist it names."""
    rule = _EN if lang == "en" else _DE
    sentence = _answer_content_masked(sentence)
    return stated_claims(sentence, ClaimKind.PENDING, rule, _NOT_STATED, names, _PIECE)


# a sentence's pieces, a date's dots kept inside ("Ihre Anfrage für Freitag, 28.11., 10 Uhr liegt
# jetzt beim Salon": blind 54, claims137)
# and a date's time after it ("den 28. um zehn": blind 59, claims170)
_PIECE = lazy(r"(?:[^.!?]|(?<=\d)\.(?=\s+um\s)|\.(?=\d|,|\s+\d))+[.!?]*")


# blind 41 (claims101): the speaker's request told beside the salon's yes still to come ("Den
# Termin am 28.11. um zehn habe ich angefragt, fest ist er aber erst, wenn der Salon zusagt",
# "Angefragt ist Freitag um zehn; sobald der Salon zustimmt, ist es fest", "I've requested Friday
# at ten; it's only confirmed once the salon agrees"): PENDING of the request's details (1, 83,
# 100); the firmness to come ("…, ist es fest") is no booking, the request no message passed on.
_REQUESTED = {
    "de": lazy(
        r"\b(?:habe|hab|haben)\s+(?:ich|wir)\s+(?:[\w.]+\s+){0,5}?angefragt\b|"
        r"\b(?:ich|wir)\s+(?:habe|haben)\s+[^;!?–—]*?\bangefragt\b|"
        r"^\W*angefragt\s+(?:ist|sind|habe\s+ich|haben\s+wir)\b"
    ),
    "en": lazy(
        r"\bi(?:'ve|\s+have)\s+(?:just\s+)?(?:requested|put\s+in\s+a\s+request\s+for|"
        r"sent\s+(?:in\s+)?a\s+request\s+for|asked\s+the\s+salon\s+for)\b|^\W*requested\s*:"
    ),
}
_SALON_YES = {
    "de": lazy(
        r"\b(?:salon|team)\b[^.!?]*?\b(?:zusagt|zustimmt|bestätigt|ja\s+sagt|freigibt|annimmt)\b|"
        r"\b(?:zusage|bestätigung|freigabe|zustimmung)\s+(?:des\s+salons|durch\s+den\s+salon)\b"
    ),
    "en": lazy(
        r"\b(?:once|when|until|as\s+soon\s+as|after)\s+the\s+(?:salon|team)\s+(?:\w+\s+)?"
        r"(?:agrees|approves|confirms|says\s+yes|accepts|signs\s+off|okays)\b"
    ),
}


def requested_of_salon(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the request told beside the salon's yes to come read as PENDING (above)."""
    said = untorn(sentence, lang)  # claims104: "…, wenn der Salon zusa gt"
    folded = fold(said)
    text = folded.text
    key = "en" if lang == "en" else "de"
    asked = _REQUESTED[key].search(text)
    salon = _SALON_YES[key].search(text, asked.end()) if asked else None
    if (
        salon is None
        or "?" in text[: salon.start()]
        or _NEGATED_REQUEST.search(text[: asked.end()])
    ):
        return claims
    details = read_details(text[: salon.start()], names)
    span = folded.span(0, len(text)) if said == sentence else (0, len(sentence))
    # the firmness to come is no booking; the request is the salon's to answer, not a message
    kept = tuple(c for c in claims if c.kind not in (ClaimKind.BOOKED, ClaimKind.FOLLOW_UP))
    return (*kept, Claim(ClaimKind.PENDING, *span, ClaimDetails(((Role.ANY, details),))))


_NEGATED_REQUEST = lazy(r"\b(?:nicht|noch\s+nicht|not|haven't|falls|wenn|if)\b")
