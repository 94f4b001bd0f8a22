"""Outcomes said by what they mean for the caller (blind 29, claims55; conventions 3, 17, 18,
21, 31, 38, 45, 76, 123), in words `consequence_gone`, `free_again` and `presumed_visit` do not
list.

GONE: the caller's day given back ("Friday's all yours again", "You've got Friday morning
back", "Freitagvormittag gehört wieder Ihnen", "Der Freitag ist für Sie erledigt"), nothing to
plan there ("brauchen sich nichts mehr vorzunehmen"), nobody expecting the caller ("Am Freitag
rechnet keiner mehr mit Ihnen", "No one's waiting for you on Friday"), the old place given to
others ("Der alte Termin geht an jemand anderen"). CANCELLED: the caller's own place to be given
to others ("Ihr Freitagstermin kann anderweitig vergeben werden", "Your appointment can go to
someone else now", as convention 18 reads the caller's place freed).

BOOKED: the visit presupposed — the stylist counting on the caller ("Fabian rechnet mit Ihnen",
"Fabian is counting on you"), only walking in left ("brauchen nur noch hereinzuspazieren"), the
time to keep firmly free ("sollten Sie sich jetzt fest freihalten", "keep Friday at ten clear
for us"), a seat secured ("haben Sie einen Platz sicher"), the work or boss to be told of the
absence, the stylist's time blocked or prepared for the caller, the appointment "im Buch", the
salon's or system's okay for it, the text that brings it ("eine SMS mit Ihrem Termin"), and the
stylist's day full through the caller ("Durch Sie ist Fabians Freitag jetzt voll", "you took the
last slot").
Not: conditions, questions, other people's appointments.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|würde|wäre|if|whether|unless|would|once|otherwise|sonst|"
    r"noch\s+nicht|not\s+yet)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*|kind\w*|kid\w*)\b"
)
_NEGATED = lazy(_NOT_STATED.pattern + r"|\b(?:nicht|kein|keine|not|never|nie)\b|n't\b")
# the stylist counting on the caller, not stated: a condition anywhere, a denial in its own
# clause; a denial beside it is another clause's (claims156: "Friday hasn't been cancelled,
# Fabian is counting on you", "Gestrichen ist der Freitag nicht, Fabian rechnet fest mit Ihnen")
_COUNTING = r"\b(?:rechnet|rechnen|zählt|zählen|counting)\b"
_COUNTING_DENIED = lazy(
    r"\b(?:wenn|falls|sofern|ob|if|whether|unless|würde|would)\b|"
    rf"(?:\b(?:nicht|kein\w*|niemand|not|never|nie|no)\b|n't\b)[^,;:.!?–—]*{_COUNTING}|"
    rf"{_COUNTING}[^,;:.!?–—]*(?:\b(?:nicht|kein\w*|not|never|nie|mehr|no\s+longer)\b|n't\b)"
)
_GONE_REPLACES = frozenset(
    {K.CANCELLED, K.BOOKED, K.AVAILABLE, K.HELD, K.DONE, K.NOT_BOOKED, K.STANDS}
)
_OTHERS_DE = r"(?:jemand(?:en)?\s+(?:anders|anderen|anderes)|andere|andere\s+kunden|anderweitig)"


_r = rule


RULES = (
    # ------------------------------------------------------------------ the visit gone
    _r("de", K.GONE, r"gehört|erledigt|vorzunehmen|vornehmen|mehr",
       rf"\b{_DAY}\w*\s+gehört\s+(?:\w+\s+)?wieder\s+(?:ganz\s+)?ihnen\b|"
       rf"\b{_DAY}\w*\s+ist\s+für\s+sie\s+(?:damit\s+|jetzt\s+|also\s+)?erledigt\b|"
       r"\b(?:brauchen|müssen)\s+sie\s+sich\s+(?:\w+\s+){0,2}?nichts\s+mehr\s+(?:\w+\s+){0,2}?"
       r"(?:vorzunehmen|vornehmen|einzuplanen|einplanen)\b|"
       r"\b(?:niemand|keiner|keine\s+\w+)\s+mehr\s+(?:mit\s+ihnen|auf\s+sie)\b|"
       r"\b(?:erwartet|rechnet)\s+(?:sie\s+|mit\s+ihnen\s+)?(?:\w+\s+){0,2}?(?:niemand|keiner)\s+"
       r"mehr\b|"
       r"\b(?:niemand|keiner)\s+(?:\w+\s+){0,3}?(?:erwartet\s+sie|rechnet\s+(?:\w+\s+)?mit\s+ihnen)"
       r"\s+mehr\b",
       unless=_NOT_STATED, clause=True, replaces=_GONE_REPLACES),
    _r("en", K.GONE, r"again|back|waiting|expecting",
       rf"\b{_DAY}(?:\s+(?:morning|afternoon|at\s+\w+))?(?:'s|\s+is)\s+(?:now\s+)?(?:all\s+)?"
       r"(?:yours|free|your\s+own)\s+again\b|"
       rf"\byou've\s+got\s+(?:your\s+)?{_DAY}(?:\s+\w+)?\s+back\b|"
       r"\b(?:nobody|no\s+one|no-one)(?:'s|\s+is|\s+will\s+be)\s+(?:waiting\s+for|expecting)\s+you\b",
       unless=_NOT_STATED, clause=True, replaces=_GONE_REPLACES),
    # the old place given to others ("Der alte Freitagstermin geht jetzt an jemand anderen")
    _r("de", K.GONE, r"alte|bisherige",
       r"\b(?:alte|bisherige)\w*\s+(?:\w+\s+){0,2}?(?:geht|gehen|kann|wird)\s+(?:\w+\s+){0,2}?"
       rf"(?:an\s+{_OTHERS_DE}|{_OTHERS_DE}\s+vergeben)\b",
       unless=_NEGATED, replaces=_GONE_REPLACES),
    _r("de", K.GONE, r"anderweitig",
       r"^\W*(?:der|das|dieser)\s+\w*(?:termin|platz)\s+(?:\w+\s+){0,3}?anderweitig\s+vergeben\b",
       unless=_NEGATED, replaces=_GONE_REPLACES),
    # the caller's own place to be given to others
    _r("de", K.CANCELLED, r"vergeben|geht|gehen",
       r"\b(?:ihr|ihre|ihren|dein|deine)\s+\w*(?:termin|platz|slot)\b[^.;!?]*?"
       rf"(?:an\s+{_OTHERS_DE}\s+(?:vergeben|gehen|geht)|{_OTHERS_DE}\s+vergeben)\b",
       unless=_NEGATED, replaces=_GONE_REPLACES),
    _r("en", K.CANCELLED, r"someone|somebody|another",
       r"\byour\s+(?:\w+\s+){0,2}?(?:appointment|slot|spot|place)\s+(?:can|could|will)\s+"
       r"(?:now\s+)?(?:go|be\s+given)\s+to\s+(?:someone|somebody|another\s+(?:client|customer))\b",
       unless=_NEGATED, replaces=_GONE_REPLACES),
    # ------------------------------------------------------------------ the visit presupposed
    _r("de", K.BOOKED, r"rechnet|rechnen|zählt",
       r"\b(?:rechnet|rechnen|zählt|zählen)\s+(?:\w+\s+)?(?:fest\s+)?(?:mit\s+ihnen|auf\s+sie)\b",
       unless=_COUNTING_DENIED),
    _r("en", K.BOOKED, r"counting",
       r"\b(?:is|are|'s|'re)\s+counting\s+on\s+(?:you|seeing\s+you)\s*(?:[.!,]|$|on\b|at\b)",
       unless=_COUNTING_DENIED),
    # the stylist put down for the caller (claims156): "Fabian is down for you"
    _r("en", K.BOOKED, r"down\s+for\s+you",
       r"\b(?:is|'s)\s+(?:(?:already|now|all)\s+)?down\s+for\s+you\b",
       unless=_NEGATED),
    _r("de", K.BOOKED, r"nur\s+noch",
       r"\b(?:brauchen|müssen)\s+(?:\w+\s+){0,6}?nur\s+noch\s+(?:\w+\s+)?(?:vorbeizukommen|"
       r"hereinzuspazieren|reinzuspazieren|reinzukommen|herzukommen|hereinzukommen|vorbeikommen|"
       r"reinspazieren|hereinspazieren|zu\s+kommen|kommen|herkommen|reinkommen)\b",
       unless=_NEGATED),
    _r("de", K.BOOKED, r"fest",
       r"\bsich\s+(?:\w+\s+){0,5}?(?:jetzt\s+|nun\s+)?fest\s+(?:freihalten|freizuhalten|"
       r"frei\s+halten|frei)\b",
       unless=_NEGATED),
    _r("en", K.BOOKED, r"free|clear",
       # the appointment's time kept free ("keep Friday from ten free"), or kept free for the
       # salon; not the day kept free for the caller ("You can keep Friday free now": gone)
       r"\bkeep\s+[\w' ]{0,20}?\b(?:at|from)\s+\w+(?:\s+(?:am|pm|a\.m\.|p\.m\.|o'clock))?\s+"
       r"(?:free|clear)\b|"
       r"\bkeep\s+[\w' ]{0,30}?\b(?:free|clear)\s+for\s+(?:us|your\s+appointment|"
       r"the\s+appointment)\b",
       unless=_NEGATED),
    # the stylist's day full through the caller (blind 35, claims93: 45): "Durch Sie ist Fabians
    # Freitagvormittag jetzt komplett voll", "Fabian's Friday is now full – you took the last slot"
    _r("de", K.BOOKED, r"voll|ausgebucht|belegt",
       r"\b(?:durch|mit)\s+(?:ihnen|sie)\s+(?:ist|sind)\s+(?:\w+\s+){0,5}?(?:voll|ausgebucht|"
       r"belegt)\b",
       unless=_NEGATED),
    _r("en", K.BOOKED, r"last|full|booked",
       r"\byou(?:'ve)?\s+(?:took|taken|got|grabbed|snagged|have)\s+(?:just\s+)?the\s+(?:very\s+)?"
       r"last\s+(?:slot|spot|place|opening|one)\b|"
       r"\bwith\s+you\s+in\b[^.;!?]*?\b(?:full|fully\s+booked|booked\s+(?:up|solid))\b",
       unless=_NEGATED),
    _r("de", K.BOOKED, r"sicher",
       r"\bhaben\s+sie\s+(?:\w+\s+){0,6}?(?:einen|ihren|den)\s+(?:\w+\s+)?(?:platz|termin|stuhl)"
       r"\b[^.;!?]*?\bsicher\b",
       unless=_NEGATED),
    _r("en", K.BOOKED, r"secured|guaranteed",
       r"\byou've\s+got\s+(?:a|your)\s+(?:\w+\s+)?(?:seat|spot|place|chair)\b[^.;!?]*?"
       r"\b(?:secured|guaranteed)\b",
       unless=_NEGATED),
    # the work or boss told of the absence at the visit's time
    _r("de", K.BOOKED, r"chef|arbeitgeber|büro|arbeit",
       r"\bihr\w*\s+(?:chef\w*|arbeitgeber\w*|büro|kolleg\w*)\b[^.;!?]*?\bdass\s+sie\s+[^.;!?]*?"
       r"\b(?:weg|nicht\s+da|unterwegs|bei\s+uns|beim\s+friseur)\s+sind\b",
       unless=_NOT_STATED),
    _r("en", K.BOOKED, r"boss|work|manager|employer",
       r"\b(?:tell|let|warn)\s+(?:\w+\s+)?(?:boss|work|manager|employer|colleagues)\b[^.;!?]*?"
       r"\byou'll\s+be\s+(?:out|away|gone|off)\b",
       unless=_NOT_STATED),
    # the stylist's time blocked or prepared for the caller
    _r("en", K.BOOKED, r"blocked|ready",
       r"\b(?:blocked\s+out|set\s+aside)\s+(?:\w+\s+){0,3}?(?:hours?|minutes|time|morning)\s+"
       r"for\s+you\b|"
       r"\bwill\s+have\s+everything\s+(?:ready|prepared|set\s+up)\s+for\s+you\b",
       unless=_NEGATED, replaces=frozenset({K.HELD})),
    # "Damit ist Ihr Termin im Buch"
    _r("de", K.BOOKED, r"im\s+buch|im\s+terminbuch",
       r"\b(?:ist|steht)\s+(?:\w+\s+){0,2}?(?:ihr\s+termin|sie)\s+(?:\w+\s+)?im\s+(?:termin)?buch\b|"
       # "Am Freitag hat Fabian Ihre Dauerwelle im Buch": what it names is the appointment's
       r"\bhat\s+(?:\w+\s+){0,2}?(?:sie|ihre?n?\s+\w+)\s+(?:\w+\s+){0,4}?im\s+(?:termin)?buch\b",
       unless=_NEGATED),
    # the salon's or the system's okay for it
    _r("de", K.BOOKED, r"okay|ok|grüne|freigabe",
       r"\b(?:kam|gab|gibt|ist|kommt)\b[^.;!?]*?\b(?:okay|ok|grüne\s+licht|freigabe)\s+für\s+"
       r"ihre?n?\s+(?:termin|buchung)\b",
       unless=_NEGATED),
    # "Das System hat Ihren Termin freigegeben": approved (as the salon "gibt den Termin frei",
    # convention 1), not a slot released
    _r("de", K.BOOKED, r"freigegeben",
       r"\b(?:system|salon|kalender|team|programm)\b[^.;!?]*?\bhat\s+(?:\w+\s+){0,2}?"
       r"(?:ihren\s+termin|ihre\s+buchung)\s+(?:\w+\s+)?freigegeben\b",
       unless=_NEGATED, replaces=frozenset({K.CANCELLED, K.GONE, K.AVAILABLE})),
    _r("en", K.BOOKED, r"green|go-ahead|okay|thumbs",
       r"\b(?:gave|given|got|came|sent)\b[^.;!?]*?\b(?:green\s+light|go-ahead|okay|ok|thumbs\s+up)"
       r"\s+(?:for|on)\s+your\s+(?:booking|appointment)\b",
       unless=_NEGATED),
    # the text that brings the appointment ("Sie bekommen gleich eine SMS mit Ihrem Termin")
    _r("de", K.BOOKED, r"sms|nachricht|bestätigung",
       r"\b(?:sms|nachricht|textnachricht|bestätigung)\s+(?:mit|für|zu)\s+ihre[mn]?\s+termin\b",
       unless=_NEGATED),
)  # fmt: skip
