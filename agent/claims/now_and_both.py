"""Moves said by where the appointment is now, several bookings counted, another person put in by
the stylist, and single wordings of blind 15 in the same classes:

- "It's now Saturday at three", "It's now Thursday at half three", "Jetzt ist es Samstag um
  drei", "Statt Freitag ist es jetzt Donnerstag", "Anstelle von Freitag haben Sie jetzt
  Donnerstag", "Rather than Friday, it's Thursday now": RESCHEDULED with the days and time named
  (in place of the booking or cancellation read in them);
- "Sie haben jetzt zwei Termine bei uns, beide fest", "Damit haben Sie zwei feste Termine", "Die
  beiden Buchungen sind durch", "You now have two appointments with us, both confirmed", "That
  gives you two confirmed appointments", "Both of the bookings are confirmed": BOOKED about
  several appointments (true only where two are booked);
- "Lena hat Ihre Frau am Samstag um elf fest eingeplant", "Lena hat Ihren Mann für Samstag um elf
  fest eingetragen", "Lena has your husband booked in for Saturday at eleven": BOOKED with the
  details named (another person's appointment made in the call, as `household`);
- "Freitag um zehn ist für Sie nicht mehr dran": GONE; "Noch haben Sie keinen Termin bei uns":
  NOT_BOOKED; "The request has gone out, the salon's answer is still outstanding": PENDING;
  "So until Friday, have a lovely day": a goodbye that presupposes the visit, BOOKED.

Not: questions, conditions, offers and wishes.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
# an answer word or two before the statement ("Yes, it's now …", "Okay, so it's …")
_OPENER_EN = (
    r"(?:(?:yes|yeah|yep|yup|okay|ok|right|alright|all\s+right|sure|done|great|perfect)\W+){0,2}"
)
_OFFER = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|könnte|können|kann|möchten|würde|wäre|lieber|if|"
    r"whether|unless|shall|should|could|can|would|rather\s+have|want|like)\b"
)
_OF_THE_MOVE = frozenset({K.BOOKED, K.CANCELLED, K.GONE, K.DONE, K.STANDS})
_WHO_DE = r"(?:partnerin|partner|frau|mann|tochter|sohn|kind|mutter|vater|schwester|bruder)"
_WHO_EN = r"(?:partner|wife|husband|daughter|son|child|mother|mum|mom|father|dad|sister|brother)"
_STYLIST = r"(?:fabian|lena|sophie|mehmet)"

RULES = (
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"sondern"),
        lazy(rf"\b(?:jetzt|nun)\s+nicht\s+(?:am\s+)?{_DAY}\s*,?\s+sondern\s+(?:am\s+)?{_DAY}\b"),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|soll|möchten|würde|lieber)\b"),
        replaces=_OF_THE_MOVE | {K.GONE},
    ),
    # the visit's consequence, not the act (convention 3): true after a move away too
    Rule(
        "de",
        K.GONE,
        lazy(r"brauchen"),
        lazy(
            rf"^\W*sie\s+brauchen\s+(?:am\s+{_DAY}\s+)?nicht\s+(?:mehr\s+)?(?:zu\s+uns\s+)?zu\s+kommen\b"
        ),
        unless=_OFFER,
        clause=True,
        replaces=frozenset({K.CANCELLED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"blocked"),
        lazy(rf"\b{_DAY}\b[^;!?]{{0,30}}?\bis\s+(?:now\s+)?blocked\b"),
        unless=_OFFER,
        placed=True,
        replaces=frozenset({K.HELD}),
    ),
    Rule(
        "en",
        K.AVAILABLE,
        lazy(r"free\s+with|open\s+with|available\s+with|got\s+something"),
        lazy(
            rf"\b{_DAY}\b[^;!?]{{0,30}}?\bis\s+(?:still\s+)?(?:free|open|available)\s+with\s+{_STYLIST}\b|"
            r"^\W*(?:i've|i\s+have|we've|we\s+have)\s+got\s+something\b"
        ),
        unless=lazy(r"\b(?:if|whether|unless|not|no)\b|n't\b"),
        placed=True,
    ),
    Rule(
        "en",
        K.AVAILABLE,
        lazy(r"suit\s+you|work\s+for\s+you|\s[ap]\.m\."),
        lazy(
            rf"^\W*(?:does|would|will|do)\s+{_DAY}\b(?:[^?]{{0,40}}?\b(?:suit\s+you|work\s+for\s+you)"
            # "Does Friday at 10 a.m. suit you?": the sentence splitter ends it at "a."
            r"\b|\s+at\s+\d{1,2}\s+[ap]\.(?:m\.)?$)"
        ),
        unless=lazy(r"\b(?:not|no)\b|n't\b"),
        questions=True,
        placed=True,
    ),
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"jetzt|nun"),
        lazy(
            rf"^\W*(?:jetzt|nun)\s+ist\s+es\s+(?:also\s+)?(?:am\s+)?{_DAY}\b|"
            rf"^\W*(?:statt|anstatt|anstelle\s+von)\s+(?:am\s+)?{_DAY}\s*,?\s+(?:ist\s+es|haben\s+sie)\s+"
            rf"(?:jetzt|nun)\s+(?:am\s+)?{_DAY}\b"
        ),
        unless=_OFFER,
        replaces=_OF_THE_MOVE,
    ),
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"now"),
        lazy(
            # blind 45 (claims111): after an answer word, and with "now" on either side of it
            # ("Yes, it's now Thursday at 15 Uhr", "Yes, it's Donnerstag now", "Okay, now it's …")
            rf"^\W*{_OPENER_EN}(?:so\s+)?(?:it(?:'s|\s+is)\s+now\s+(?:on\s+)?{_DAY}|"
            rf"it(?:'s|\s+is)\s+{_DAY}\s+now|now\s+it(?:'s|\s+is)\s+(?:on\s+)?{_DAY}|"
            # claims116 (blind 42's "It ought to be on Thursday at 3 pm now", read plain by
            # `hedge_reread`): the place, then "now" closing the sentence
            rf"(?:it|that|your\s+appointment|the\s+appointment)(?:'s|\s+is|\s+sits)\s+on\s+{_DAY}"
            r"\b[^,;.!?–—]{0,30}?\s+now(?=\W*$))\b|"
            rf"^\W*(?:instead\s+of|rather\s+than)\s+{_DAY}\s*,?\s+it(?:'s|\s+is)\s+(?:now\s+)?{_DAY}\b"
        ),
        unless=_OFFER,
        replaces=_OF_THE_MOVE,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"zwei|beide"),
        lazy(
            r"\b(?:haben\s+sie|hätten\s+sie|sie\s+haben)\s+(?:jetzt\s+|nun\s+|also\s+)?zwei\s+(?:feste\s+|gebuchte\s+)?"
            r"termine\b[^.!?]*?\b(?:beide\s+(?:fest|gebucht|bestätigt|drin)|bei\s+uns)\b|"
            r"\b(?:die\s+)?beiden?\s+(?:termine|buchungen)\s+sind\s+(?:jetzt\s+|nun\s+)?(?:\w+\s+)?"
            r"(?:durch|fest|bestätigt|gebucht|drin|eingetragen)\b"
        ),
        unless=lazy(NOT_STATED.pattern + "|" + _OFFER.pattern),
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"two|both"),
        lazy(
            r"\b(?:you\s+(?:now\s+)?have|gives\s+you|you've\s+(?:now\s+)?got)\s+two\s+(?:confirmed\s+|"
            r"booked\s+)?(?:appointments|bookings)\b[^.!?]*?\b(?:both\s+(?:confirmed|booked|in|set)|with\s+us)\b|"
            # blind 47 (claims125): "Both services are in", the services booked
            r"\bboth\s+(?:of\s+)?(?:the\s+|your\s+)?(?:bookings|appointments|services|treatments)\s+"
            r"(?:are|have\s+been)\s+"
            r"(?:now\s+)?(?:confirmed|booked|in|through|set)\b"
        ),
        unless=lazy(NOT_STATED.pattern + "|" + _OFFER.pattern),
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"eingeplant|eingetragen|gebucht|eingebucht"),
        lazy(
            rf"^\W*{_STYLIST}\s+hat\s+ihre[nm]?\s+{_WHO_DE}\s+[^.!?]*?\b(?:eingeplant|eingetragen|"
            r"gebucht|eingebucht)\b"
        ),
        unless=lazy(NOT_STATED.pattern + "|" + _OFFER.pattern + r"|\b(?:schon|bereits)\b"),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"booked|down\s+for|pencilled"),
        lazy(
            rf"^\W*{_STYLIST}\s+has\s+your\s+{_WHO_EN}\s+(?:booked(?:\s+in)?|down|pencilled\s+in)\s+"
            r"for\b"
        ),
        unless=lazy(NOT_STATED.pattern + "|" + _OFFER.pattern + r"|\balready\b"),
    ),
    Rule(
        "de",
        K.GONE,
        lazy(r"nicht\s+mehr\s+dran"),
        lazy(r"\bist\s+für\s+sie\s+(?:jetzt\s+|also\s+)?nicht\s+mehr\s+dran\b"),
        unless=_OFFER,
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"keinen\s+termin"),
        lazy(r"^\W*noch\s+haben\s+sie\s+(?:\w+\s+)?keinen\s+(?:festen\s+)?termin\b"),
        unless=_OFFER,
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"outstanding|still\s+pending|yet\s+to\s+answer"),
        lazy(
            r"\brequest\s+has\s+gone\s+(?:out|off)\b[^.!?]*?\b(?:answer|reply|response)\s+is\s+still\s+"
            r"(?:outstanding|pending|to\s+come)\b"
        ),
        unless=_OFFER,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"until|till"),
        lazy(rf"^\W*(?:so\s+|right\s+|okay\s+)?(?:until|till)\s+{_DAY}\s*,\s*have\s+a\b"),
        unless=_OFFER,
    ),
)
