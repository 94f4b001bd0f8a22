"""Follow-ups promised in words `promised_words.py` does not list.

- a reminder (FOLLOW_UP reminder): the salon reminding the caller ("wir erinnern Sie
  rechtzeitig", "wir denken für Sie dran"), a call or a word before the visit "damit Sie den
  Termin nicht vergessen/verpassen", "we'll nudge you a day before", "so you don't forget";
- a callback timed by the stylist's own availability (FOLLOW_UP callback): "Fabian ruft Sie
  zurück, sobald er aus der Behandlung ist", "Lena will ring you as soon as she's finished" —
  the "sobald/once" only times the call, it is no condition on the promise;
- a message passed on (FOLLOW_UP message): "Ihre Nachricht liegt jetzt beim Salon", "Ich habe
  Fabian hinterlassen, dass Sie zurückgerufen werden möchten", "Your message is with the team",
  "Your request for a call back has been noted with the salon"; a callback read in the words of
  such a request is dropped (`without_requested_callback`).

- a text on its way or to follow (FOLLOW_UP text): "Die SMS … ist schon auf dem Weg",
  "eine Textnachricht mit der Adresse folgt", "a confirmation message is coming".

Not: questions and offers ("Möchten Sie eine Erinnerung?", "Shall I have her call you?"),
conditions on the promise itself ("Wenn Sie möchten, …").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import LazyPattern, lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.word_rules import Rule, read_rules

K = ClaimKind
_OFFERED = lazy(
    r"\b(?:falls|ob|sofern|if|whether|möchten|möchte|wollen|soll|sollen|shall|should|would|"
    r"want|wish|like|könnte|could)\b|^\W*(?:wenn|when)\b"
)
_STYLIST_FREE_DE = r"(?:sobald|wenn)\s+(?:er|sie)\b"
_STYLIST_FREE_EN = (
    r"(?:once|as\s+soon\s+as|when)\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+has|\s+have)\b"
)

RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"erinner|denken|vergessen|verpassen"),
        lazy(
            r"\b(?:wir|ich|salon|team)\s+(?:\w+\s+){0,4}?(?:erinnern|erinnere)\s+(?:sie|dich)\b|"
            r"\b(?:wir|ich)\s+denken?\s+(?:\w+\s+){0,2}(?:dran|daran)\b|"
            r"\b(?:wir|ich|salon|team)\b[^.!?]*\bdamit\s+sie\s+(?:\w+\s+){0,3}nicht\s+(?:vergessen|"
            r"verpassen|verschwitzen)\b"
        ),
        follow_up=FollowUp.REMINDER,
        unless=_OFFERED,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"nudge|forget|remind"),
        lazy(
            r"\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:give\s+you\s+a\s+nudge|nudge\s+you|remind\s+"
            r"you)\b|\b(?:we'll|we\s+will|i'll|i\s+will)\b[^.!?]*\bso\s+(?:that\s+)?you\s+"
            r"(?:don't|won't)\s+forget\b"
        ),
        follow_up=FollowUp.REMINDER,
        unless=_OFFERED,
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"sobald|wenn"),
        lazy(
            r"\b(?:ruft|meldet)\s+(?:sie|dich|sich)\s+(?:\w+\s+){0,2}?(?:zurück|an|bei\s+ihnen)\s*,?\s*"
            + _STYLIST_FREE_DE
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:falls|ob|sofern|möchten|soll|sollen|könnte)\b"),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"once|as\s+soon|when"),
        lazy(
            r"\b(?:will|'ll)\s+(?:give\s+you\s+a\s+(?:call|ring)|call\s+you|ring\s+you|phone\s+you)"
            r"(?:\s+back)?\s*,?\s*" + _STYLIST_FREE_EN
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:if|whether|shall|should|would|want)\b"),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"nachricht|rückruf|zurückgerufen"),
        lazy(
            r"\b(?:ihre|deine)\s+(?:nachricht|bitte\s+um\s+rückruf|rückrufbitte|rückrufwunsch)\s+"
            r"(?:liegt|ist)\s+(?:\w+\s+)?(?:beim|bei)\b|"
            r"\b(?:hinterlassen|ausrichten\s+lassen|ausgerichtet|weitergegeben|weitergeleitet)\b"
            r"[^.!?]*\bdass\s+sie\b[^.!?]*\bzurückgerufen\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=lazy(r"\b(?:falls|ob|sofern|soll|sollen)\b|^\W*wenn\b"),  # "… möchten" is theirs
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"message|call\s*back"),
        lazy(
            r"\byour\s+(?:message|call\s*back\s+request|request\s+for\s+a\s+call\s*back)\s+"
            r"(?:is|'s|has\s+been\s+(?:noted|logged|passed\s+on|sent|left))\s+(?:now\s+)?"
            r"(?:with|to)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_OFFERED,
    ),
)
# blind 55 (claims142): the salon said to call, the caller as object left out as the terse voice
# does ("Salon ruft an.", "Der Salon ruft zurück, wenn …", "Rückruf kommt.", "Salon will call.",
# "The salon'll call back", "Callback's coming"); not someone else called ("… ruft Fabian an")
RULES += (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"salon|rückruf"),
        lazy(
            r"\b(?:der\s+)?salon\s+(?:ruft|wird)\s+(?:(?:sie|dich|gleich|bald|heute|morgen|noch|"
            r"später|dann|zeitnah)\s+)*(?:an|zurück|anrufen|zurückrufen)\b|"
            r"\b(?:ein\s+|der\s+)?rückruf\s+(?:kommt|folgt)\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:falls|ob|sofern|möchten|soll|sollen|könnte|nicht|kein\w*)\b"),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"salon|call"),
        lazy(
            r"\b(?:the\s+)?salon(?:\s+will|'ll|\s+'ll)\s+(?:call|ring|phone)(?:\s+(?:you|back))*"
            r"(?=\s*(?:[.,;!–—]|$|(?:when|once|as|soon|later|shortly|today|tomorrow)\b))|"
            r"\b(?:a\s+)?call\s*back(?:'s|\s+is)\s+coming\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:if|whether|shall|should|would|want|not|never)\b|n't\b"),
    ),
    # blind 58: the promise in the passive, the caller its subject ("You'll be called back by the
    # salon", "You will be contacted by Fabian"), as the German "Sie werden zurückgerufen" is
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"called|rung|phoned|contacted"),
        lazy(
            r"\byou(?:'ll|\s+will)\s+be\s+(?:\w+\s+)?(?:called|rung|phoned)\s+back\b|"
            r"\byou(?:'ll|\s+will)\s+be\s+(?:\w+\s+)?contacted\s+by\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(r"\b(?:if|whether|unless|shall|should|would|want|not|never)\b|n't\b"),
    ),
)
# blind 55 (claims142): the caller's words promised passed on to a stylist, said short ("Sag ich
# ihm.", "Ich sag's ihr gleich.", "Ich sage es ihm.", "I'll tell him.", "Sure, I'll tell her"):
# "ihm" / "ihr" / "him" / "her" is someone at the salon, not the caller ("Ihnen", "you")
_LEAD_OK_DE = r"^\W*(?:(?:ja|gut|okay|ok|klar|gerne?|alles\s+klar|mach\s+ich|wird\s+gemacht)\W+)*"
_LEAD_OK_EN = r"^\W*(?:(?:sure|okay|ok|will\s+do|of\s+course|yes|yep|absolutely|no\s+problem)\W+)*"
RULES += (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"sag"),
        lazy(
            _LEAD_OK_DE
            + r"(?:ich\s+(?:sage|sag'?s?)\s+(?:es\s+|das\s+)?|(?:sage|sag'?s?)\s+ich\s+(?:es\s+|das\s+)?)"
            r"(?:ihm|ihr)(?:\s+(?:gleich|sofort|gerne?|direkt|weiter|bescheid|so))*\W*$"
        ),
        follow_up=FollowUp.MESSAGE,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"tell"),
        lazy(
            _LEAD_OK_EN
            + r"i(?:'ll|\s+will)\s+tell\s+(?:him|her)(?:\s+(?:right\s+away|straight\s+away|now|"
            r"for\s+you|as\s+well))*\W*$"
        ),
        follow_up=FollowUp.MESSAGE,
    ),
)
# blind 55 (claims141): the message said stored or arrived, hedged or read off the system ("Die
# Nachricht ist laut System gespeichert, ob Fabian sie schon gelesen hat, weiß ich nicht", "the
# message should have reached Fabian by now": a hedge keeps the claim, 511); per clause, so a
# whether clause beside it about the reading stays its own
RULES += (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"nachricht"),
        lazy(
            r"\b(?:die|ihre|deine)\s+nachricht\s+(?:ist|wurde)\s+(?:\w+\s+){0,3}?"
            r"(?:gespeichert|hinterlegt|abgelegt|angekommen|zugestellt)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        clause=True,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"message"),
        lazy(
            r"\b(?:the|your)\s+message\s+(?:has|'s|should\s+have|must\s+have|will\s+have)\s+"
            r"(?:(?:already|now|just)\s+)?(?:reached|got\s+to|gotten\s+to|been\s+delivered\s+to|"
            r"been\s+saved|been\s+stored)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=lazy(r"\b(?:if|whether|shall|would|want|not|no|never)\b|n't\b"),
        clause=True,
    ),
)
# blind 51 (claims128): a callback or a text said as a noun with a light verb, bureaucratic style
# ("Es erfolgt ein Rückruf durch den Salon", "Ein Rückruf wird veranlasst", "Eine
# SMS-Bestätigung wird Ihnen übermittelt", "Die Zusendung einer Bestätigung per SMS erfolgt in
# Kürze"); not denied, offered or hung on a condition ("Ein Rückruf ist nicht möglich")
_SENT_DE = r"(?:übermittelt|zugestellt|zugesandt|zugeschickt|gesendet|geschickt)"
_NOMINAL_NOT = lazy(
    r"\b(?:nicht|kein\w*|falls|wenn|ob|sofern|möglich|soll|sollen|möchten|wünschen|wunsch|bitte|"
    r"erst|sobald|nach)\b"
)
RULES += (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"rückruf"),
        lazy(
            r"\brückruf\b[^.;!?]*?\b(?:erfolgt|wird\s+(?:\w+\s+){0,3}?(?:veranlasst|erfolgen|"
            r"durchgeführt))\b|\berfolgt\s+(?:\w+\s+){0,3}?(?:ein|der)\s+rückruf\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=_NOMINAL_NOT,
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"sms"),
        lazy(
            rf"\bsms[\w-]*\b[^.;!?]*?\b(?:wird|werden)\s+ihnen\s+(?:\w+\s+){{0,4}}?{_SENT_DE}\b|"
            rf"\b(?:wird|werden)\s+ihnen\s+(?:\w+\s+){{0,4}}?per\s+sms\s+{_SENT_DE}\b|"
            r"\b(?:zusendung|übermittlung|versand)\b[^.;!?]*?\bsms\b[^.;!?]*?\berfolgt\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=_NOMINAL_NOT,
    ),
)
# a text on its way or to follow: "Die SMS mit den Termindaten ist schon auf dem Weg zu Ihnen",
# "eine Textnachricht mit der Adresse folgt", "a confirmation message is coming", "Your
# confirmation text is on its way", "Die SMS kommt automatisch", "The text will come
# automatically" (the salon's text; not the caller's "Ihre SMS ist angekommen"); an e-mail in the
# same words is an e-mail (convention 25: no part of the salon's system sends one; claims113)
_TEXT_DE = r"(?:sms|textnachricht|kurznachricht|bestätigungs-?sms|bestätigungsnachricht)"
_MAIL_DE = r"(?:bestätigungsmail|bestätigungs-e-?mail|e-?mail)"
_TEXT_EN = r"(?:text|sms|message)"
_MAIL_EN = r"(?:e-?mail)"
_WHEN_DE = r"(?:gleich|noch|sofort|jetzt|in\s+kürze|automatisch|direkt|dann|auch|heute)"
_WHEN_EN = r"(?:automatically|shortly|soon|straight\s+away|right\s+away|in\s+a\s+(?:minute|moment))"


def _coming_de(noun: str) -> LazyPattern:
    return lazy(
        rf"\b(?:die|eine|ihre)\s+(?:\w+\s+)?{noun}\b(?!\s+von\s+ihnen)[^,.;!?]*?\b(?:ist|sind)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:auf\s+dem\s+weg|unterwegs)\b|\b(?:die|eine)\s+(?:\w+\s+)?{noun}\b"
        rf"[^,.;!?]*?\b(?:folgt|kommt)(?:\s+{_WHEN_DE})*\s*(?:[,.;!?]|$)"
    )


def _coming_en(noun: str) -> LazyPattern:
    return lazy(
        rf"\b(?:a|the|your)\s+(?:confirmation\s+)?{noun}\b[^,.;!?]*?\b(?:is|'s)\s+(?:\w+\s+)?"
        rf"(?:on\s+its\s+way|coming)\b|\b(?:a|the|your)\s+(?:confirmation\s+)?{noun}\b"
        rf"[^,.;!?]*?\b(?:follows|will\s+follow)\b|\b(?:a|the|your)\s+(?:confirmation\s+)?{noun}"
        rf"(?:'ll|\s+will)\s+(?:come|arrive)\s+{_WHEN_EN}\b"
    )


RULES += tuple(
    Rule(lang, K.FOLLOW_UP, cheap, coming(noun), follow_up=promise, unless=_OFFERED)
    for lang, cheap, coming, nouns in (
        ("de", lazy(r"weg|unterwegs|folgt|kommt"), _coming_de, (_TEXT_DE, _MAIL_DE)),
        ("en", lazy(r"on\s+its\s+way|coming|follow|come|arrive"), _coming_en, (_TEXT_EN, _MAIL_EN)),
    )
    for noun, promise in zip(nouns, (FollowUp.TEXT, FollowUp.EMAIL), strict=True)
)
# blind 58: the text expected any moment, "should" the speaker's expectation (a strong hedge keeps
# the claim, the round's judgement call 1): "The text should come through any minute", "Your
# confirmation message will land shortly"
RULES += (
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"come\s+through|arrive|land|come\s+in"),
        lazy(
            rf"\b(?:a|the|your)\s+(?:confirmation\s+)?{_TEXT_EN}(?:'ll|\s+will|\s+should)\s+"
            r"(?:come\s+through|come\s+in|arrive|land)\s+(?:any\s+(?:minute|moment|second)(?:\s+now)?|"
            rf"{_WHEN_EN})\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:if|whether|would|could|wish|want|not|never)\b|n't\b|^\W*when\b"),
    ),
)
RULES += (
    # the text said going out: "the confirmation text goes out now" (blind 27, claims52)
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\bout\b|\boff\b"),
        lazy(
            r"\b(?:a|the|your)\s+(?:confirmation\s+)?(?:text(?:\s+message)?|sms)\b[^,.;!?]*?\b"
            r"(?:goes|is\s+going|'s\s+going|will\s+go|is\s+being\s+sent|gets\s+sent)\s+(?:out|off)\b"
        ),
        follow_up=FollowUp.TEXT,
        # "… only goes out after the booking": when texts go out, not a text promised now
        unless=lazy(rf"{_OFFERED.pattern}|\b(?:only|after|once|when|until|till|as\s+soon\s+as)\b"),
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}
_REQUESTED = lazy(r"bitte\s+um|wunsch|request|möchten|would\s+like")


def follow_ups(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The follow-ups `sentence` promises in the words above."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)


def without_requested_callback(
    sentence: str, claims: tuple[Claim, ...], mine: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without a callback read in a callback the caller asked for and this module
    reads as a message passed on."""
    if not any(c.follow_up is FollowUp.MESSAGE for c in mine):
        return claims
    if not _REQUESTED.search(sentence.lower()):
        return claims
    return tuple(c for c in claims if c.follow_up is not FollowUp.CALLBACK)
