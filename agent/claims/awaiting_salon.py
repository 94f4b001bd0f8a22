"""A request awaiting the salon in words neither `pending_request.py` nor `pending_words.py`
lists: the request lying with someone "zur Freigabe/Prüfung", "for approval", "in the queue";
waiting "auf das Okay/die Freigabe", "on the salon's sign-off", "awaiting/pending approval";
the salon or a stylist reviewing or deciding on it ("Das Team prüft Ihre Anfrage gerade",
"Die Chefin entscheidet noch über Ihre Anfrage"); its answer still to come ("die Zusage kommt
noch", "eine Antwort vom Salon steht noch aus", "they'll get back to you with a yes or no");
its approval not given yet ("hat der Salon noch nicht freigegeben", "hasn't signed off on your
request yet").

`without_passed_on`: a request said forwarded ("weitergeleitet", "übermittelt", "forwarded")
beside such a claim is that request, not a message taken for the salon, and the salon's answer
to it is not a callback.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
_REQUEST_DE = r"\b(?:\w*anfrage|\w*wunsch\w*|angefragt|beantragt|angemeldet)\b"
_REQUEST_EN = r"\b(?:request\w*|requested)\b"
_ANSWER_DE = r"(?:freigabe|prüfung|genehmigung|zusage|bestätigung|antwort|rückmeldung|entscheidung)"
_ANSWER_EN = r"(?:approval|sign-?off|okay|ok|go-?ahead|green\s+light|confirmation|decision)"
_HOLDER_DE = r"(?:salon|team|chef\w*|inhaber\w*|kolleg\w*)"
# a condition or a question about the request, not the request stated
_CONDITION = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|if|whether|once|unless|would|could|würde|könnte|"
    r"soll|sollen|möchten|shall|should)\b"
)
# the speaker's own leave or plans awaiting approval ("Mein Urlaub ist noch nicht genehmigt") are
# no request of the caller's (claims54, tune idiom probe)
_NOT_THE_CALLERS = lazy(
    _CONDITION.pattern
    + r"|^\W*(?:mein|meine|meinen|meiner|unser|unsere)\s+(?!termin|anfrage|buchung)"
)
_UNLESS = lazy(NOT_STATED.pattern + r"|" + _CONDITION.pattern)

RULES = (
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bzur\s+" + _ANSWER_DE),
        lazy(
            _REQUEST_DE
            + r"[^.!?]*\b(?:liegt|ist|geht|ging|landet)\b[^.!?]*\bzur\s+"
            + _ANSWER_DE
            + r"\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bwartet\b"),
        lazy(
            r"(?:" + _REQUEST_DE + r"|\btermin\w*)[^.!?]*\bwartet\b[^.!?]*\bauf\s+"
            r"(?:\w+\s+){0,3}(?:okay|ok|" + _ANSWER_DE + r")\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"prüft|schaut|entscheidet|bearbeitet|sichtet"),
        lazy(
            r"\b(?!ich\b|wir\b|sie\b|man\b)\w+\s+(?:prüft|schaut\s+sich|entscheidet|"
            r"bearbeitet|sichtet)\s+(?:\w+\s+){0,3}(?:über\s+)?(?:ihre|deine|die)\s+"
            r"(?:\w+\s+)?\w*anfrage\b|" + _REQUEST_DE + r"[^.!?]*\b(?:in\s+(?:der\s+)?"
            r"prüfung|in\s+bearbeitung)\b|\bangefragt\b[^.!?]*\b"
            + _HOLDER_DE
            + r"\b[^.!?]*\bentscheidet\b"
        ),
        unless=_UNLESS,
        own_details=True,  # "entscheidet heute noch": the day of the answer, not the slot's
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"melde|bescheid"),
        lazy(
            r"\b(?:beantragt|angefragt)\b[^.!?]*\b(?:meldet|melden)\s+sich\b[^.!?]*\b"
            r"(?:zusage|bestätigung|freigabe|antwort|entscheidung)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"kommt\s+noch|noch\s+aus|zustimmen"),
        lazy(
            r"(?:"
            + _REQUEST_DE
            + r")[^.!?]*\b"
            + _ANSWER_DE
            + r"\b[^.!?]*\b(?:kommt\s+noch|steht\s+(?:\w+\s+)?noch\s+aus)\b|"
            r"(?<!ich )(?<!man )\bmuss\s+(?!ich\b|man\b|wir\b)(?:\w+\s+){0,3}noch\s+"
            r"zustimmen\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"noch\s+nicht\s+(?:freigegeben|genehmigt|zugesagt|abgesegnet|abgenickt)"),
        lazy(
            r"\b(?:" + _HOLDER_DE + r"|\w+)\s+(?:\w+\s+){0,2}noch\s+nicht\s+"
            r"(?:freigegeben|genehmigt|zugesagt|abgesegnet|abgenickt)\b"
        ),
        unless=_NOT_THE_CALLERS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"approv|sign|okay|\bok\b|go-?ahead|queue"),
        lazy(
            _REQUEST_EN + r"[^.!?]*\b(?:for|awaiting|pending|waiting\s+(?:on|for))\s+"
            r"(?:[\w']+\s+){0,3}"
            + _ANSWER_EN
            + r"\b|"
            + _REQUEST_EN
            + r"[^.!?]*\b(?:for|waiting\s+for)\s+(?:[\w']+\s+){1,3}to\s+(?:approve|sign|"
            r"okay|ok)\b|" + _REQUEST_EN + r"[^.!?]*\bin\s+(?:the\s+)?(?:[\w']+\s+){0,2}"
            r"queue\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"get\s+back|let\s+you\s+know|be\s+in\s+touch"),
        lazy(
            r"\b(?:asked|requested|request)\b[^!?]*\b(?:get\s+back\s+to\s+you|let\s+you\s+"
            r"know|be\s+in\s+touch)\s+with\s+(?:a\s+|an\s+|their\s+)?(?:yes\s+or\s+no|"
            r"answer|decision|approval)\b"
        ),
        unless=lazy(r"\b(?:if|whether|would|could|shall|should)\b"),
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"n't|not"),
        lazy(
            r"\b(?:has|have)(?:n't|\s+not)\s+(?:yet\s+)?(?:signed\s+off\s+on|approved|"
            r"okayed|accepted)\s+(?:your|the)\s+(?:\w+\s+)?request\b"
        ),
        unless=lazy(r"\b(?:if|whether|would|could|shall|should)\b"),
    ),
    # the request passed to the salon, which is to approve it (blind 12): "Ich habe den
    # Wunschtermin an den Salon weitergeleitet, der gibt ihn noch frei", "I've passed your request
    # to the salon, they'll confirm it"
    Rule(
        "de",
        K.PENDING,
        lazy(r"weitergeleitet|geschickt|weitergegeben|übermittelt"),
        lazy(
            _REQUEST_DE + r"[^.!?]*\b(?:weitergeleitet|geschickt|weitergegeben|übermittelt)\s*,\s*"
            r"(?:und\s+)?(?:der|die|das|er|sie)\s+(?:\w+\s+)?(?:gibt|geben|bestätigt|bestätigen|"
            r"genehmigt|genehmigen)\s+(?:ihn|sie|es|den|die|das|ihnen)?\s*(?:\w+\s+)?noch\b"
        ),
        unless=_UNLESS,
    ),
    # the request passed on, its answer said to come from the salon (blind 27, claims49): "Wir
    # haben Ihre Terminanfrage weitergegeben, die Bestätigung kommt vom Salon", "…; bestätigen
    # muss der Salon"
    Rule(
        "de",
        K.PENDING,
        lazy(r"weitergeleitet|geschickt|weitergegeben|übermittelt"),
        lazy(
            _REQUEST_DE
            + r"[^.!?]*\b(?:weitergeleitet|geschickt|weitergegeben|übermittelt)\s*[,;–—]\s*"
            r"(?:und\s+)?(?:(?:die|eine)\s+" + _ANSWER_DE + r"\s+kommt\s+(?:\w+\s+){0,2}?"
            r"(?:vom|von\s+der|von\s+dem|aus\s+dem)\s+" + _HOLDER_DE + r"|"
            r"(?:bestätigen|zusagen|freigeben|entscheiden)\s+(?:muss|wird)\s+(?:\w+\s+){0,2}?"
            r"(?:der|die|das)\s+" + _HOLDER_DE + r")\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"passed|sent|forwarded"),
        lazy(
            r"\b(?:passed|sent|forwarded)\s+(?:on\s+)?(?:your|the)\s+(?:\w+\s+)?request\b[^.!?]*"
            r"[,;]\s*(?:and\s+)?(?:they'll|they\s+will|the\s+salon\s+will|the\s+salon'll|he'll|"
            r"she'll)\s+(?:\w+\s+)?(?:confirm|approve|okay|sign\s+off\s+on)\s+it\b"
        ),
        unless=_UNLESS,
    ),
    # claims84: the request under review, said in the passive ("Ihre Anfrage wird gerade vom
    # Salon geprüft", "Your request is being reviewed by the salon")
    Rule(
        "de",
        K.PENDING,
        lazy(r"geprüft|angeschaut|angesehen|bearbeitet|gesichtet"),
        lazy(
            _REQUEST_DE + r"\s+wird\s+(?:\w+\s+){0,3}?(?:vom|von\s+der|beim|bei\s+der|im)\s+"
            r"(?:\w+\s+)?" + _HOLDER_DE + r"\b[^.!?]*\b(?:geprüft|angeschaut|angesehen|"
            r"bearbeitet|gesichtet)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"review|looked|checked|considered"),
        lazy(
            _REQUEST_EN + r"\s+(?:is|'s)\s+(?:still\s+)?being\s+(?:reviewed|looked\s+(?:at|over)|"
            r"checked|considered)\s+by\s+(?:the\s+|your\s+)?(?:salon|team|stylist|owner|manager|"
            r"fabian|lena)\b"
        ),
        unless=_UNLESS,
    ),
)
_HOLDER_EN = r"(?:salon|team|stylist|owner|manager|fabian|lena)"
_REQUEST_EN_DROPPED = (
    r"(?:requested|asked\s+for|sent\s+(?:over|off|on)|passed\s+on|request's\s+in|"
    r"request\s+is\s+in)"
)
_REQUEST_DE_DROPPED = r"(?:ist\s+)?(?:angefragt|beantragt|weitergegeben|weitergeleitet)"
# claims98 (blind 40, probe 40c): the request said to lie with the salon or to wait on it, also
# with its subject dropped ("Requested, waiting on the salon", "Ist angefragt, liegt beim Salon",
# "Your Friday request is still with the salon", "Ihr Wunsch für Freitag wartet auf den Salon")
RULES += (
    Rule(
        "en",
        K.PENDING,
        lazy(r"\bwith\b|\bwaiting\b"),
        lazy(
            _REQUEST_EN + r"[^.!?]*\b(?:is|'s|are)\s+(?:\w+\s+){0,2}?(?:(?:sitting|lying)\s+)?"
            r"with\s+(?:the\s+|your\s+)?" + _HOLDER_EN + r"\b|"
            r"(?:"
            + _REQUEST_EN
            + r"|^\W*(?:(?:it's|it\s+is|that's)\s+)?"
            + _REQUEST_EN_DROPPED
            + r")[^.!?]*\bwaiting\s+(?:on|for)\s+(?:the\s+|your\s+)?"
            + _HOLDER_EN
            + r"\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"\bbeim\b|\bbei\b|\bwartet\b"),
        lazy(
            r"(?:" + _REQUEST_DE + r"|^\W*" + _REQUEST_DE_DROPPED + r")[^.!?]*\b"
            # the holder a woman too (blind 58, claims161): "liegt jetzt bei der Chefin"
            r"(?:liegt|ist|wartet)\s+(?:\w+\s+){0,2}?(?:beim|bei\s+(?:dem|unserem|der|unserer))\s+"
            + _HOLDER_DE
            + r"\b|\b(?:liegt|wartet)\s+(?:\w+\s+){0,2}?(?:ihr|ihre|die|der)\s+\w*(?:anfrage|wunsch)\b"
            r"[^.!?]*\b(?:beim|bei\s+(?:dem|unserem|der|unserer)|auf\s+(?:den|das|die))\s+"
            + _HOLDER_DE
            + r"\b|(?:"
            + _REQUEST_DE
            + r"|^\W*"
            + _REQUEST_DE_DROPPED
            + r")[^.!?]*\bwartet\s+(?:\w+\s+){0,2}?auf\s+(?:den|das|die|unseren|unser)\s+"
            + _HOLDER_DE
            + r"\b"
        ),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}


def awaiting_salon(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The pending requests the rules above read in `sentence`."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)


_PASSED_ON = lazy(
    r"weitergeleitet|übermittelt|weitergegeben|gegeben|geschickt|forwarded|passed|sent|"
    r"gone\s+through|melden\s+sich|meldet\s+sich|get\s+back|be\s+in\s+touch|"
    r"beantragt|angefragt|asked"
)
_MESSAGE = lazy(r"nachricht|rückruf|zurückruf|message|call\s*back|note")


# a booking or a cancellation read in the words of the request itself ("beantragt", "gone through"),
# or in the firmness the salon's yes brings ("…, dann ist es fest", "…, then it's confirmed":
# claims112, blind 43)
_REQUEST_WORDS = lazy(
    r"beantragt|angefragt|requested|request\w*\b[^.!?]*\b(?:gone|went)\s+through|"
    r"\bdann\s+(?:ist|sind)\s+(?:es|er|sie|das|der\s+termin|alles)\s+(?:\w+\s+)?(?:fest|fix|gebucht|"
    r"bestätigt|sicher)\b|\bthen\s+(?:it's|it\s+is|you're|you\s+are)\s+(?:\w+\s+)?(?:confirmed|"
    r"booked|final|firm|in)\b"
)


_FIRM_AFTER = lazy(
    r",\s*dann\s+(?:ist|sind)\s+(?:es|er|sie|das|der\s+termin|alles)\s+(?:\w+\s+)?(?:fest|fix|"
    r"gebucht|bestätigt|sicher)\W*$|,\s*then\s+(?:it's|it\s+is|you're|you\s+are)\s+(?:\w+\s+)?"
    r"(?:confirmed|booked|final|firm|in)\W*$"
)


def without_passed_on(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the message or callback a pending request forwarded is read as, and
    without a booking or cancellation read in the request's own words."""
    if not any(c.kind is K.PENDING for c in claims):
        return claims
    text = sentence.lower()
    passed_on = not _MESSAGE.search(text) and _PASSED_ON.search(text)
    return tuple(
        c
        for c in claims
        if not (
            passed_on
            and c.kind is K.FOLLOW_UP
            and c.follow_up in (FollowUp.MESSAGE, FollowUp.CALLBACK)
        )
        and not (
            c.kind in (K.BOOKED, K.CANCELLED)
            and (_REQUEST_WORDS.search(text[c.start : c.end]) or _FIRM_AFTER.search(text))
        )
    )
