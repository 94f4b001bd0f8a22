"""The caller's appointment said not in yet, awaiting the salon, or unchanged, and follow-ups
said in words the other readers do not list (blind 14):

- not booked yet (convention 5): "Einen festen Termin haben Sie bei uns im Moment noch nicht",
  "Eingetragen habe ich Sie bisher noch nicht", "Im Kalender stehen Sie noch nicht", "Im System
  sind Sie bisher nicht drin", "You're not in the calendar yet": NOT_BOOKED;
- awaiting the salon (convention 1): "Das liegt jetzt zur Bestätigung beim Salon", "Der Termin
  muss vom Team noch freigegeben werden", "Das muss das Team noch absegnen", "The salon still has
  to sign off on it": PENDING;
- unchanged: "Ihr Termin bleibt, da muss ich nichts anfassen", "Nothing changes about your
  appointment", "Nothing about your booking changes": STANDS (false after a move), in place of
  the booking the clause readers read in it;
- follow-ups: "the confirmation is going to your phone now", "You'll get it in writing on your
  phone": a text; "Your message has reached Fabian": a message passed on;
- slots with a day and time before them (the slot reader reads the clause after the comma
  alone): "Friday, 10 a.m., is on hold for you" (HELD), "Thursday, 3 p.m., is still open with
  Fabian – would you like it?" (AVAILABLE, in a question too).

Not: questions, conditions, another person's appointment, what holds for every booking.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
# these say their claim with a negation of their own: conditions and others' appointments only
_CONDITION = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|bevor|solange|würde|wäre|if|whether|unless|once|before|"
    r"would|until|bis)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b"
)

RULES = (
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"noch\s+nicht|bisher\s+nicht|noch\s+keinen"),
        lazy(
            r"^\W*einen\s+(?:festen\s+)?termin\s+haben\s+sie\s+(?:\w+\s+){0,4}?noch\s+nicht\b|"
            r"^\W*(?:eingetragen|gebucht|eingebucht)\s+habe\s+ich\s+sie\s+(?:\w+\s+){0,2}?noch\s+"
            r"nicht\b|"
            r"\bim\s+(?:kalender|system|terminbuch)\s+(?:stehen|sind)\s+sie\s+(?:bisher\s+|noch\s+)*"
            r"nicht\b|"
            r"\b(?:stehen|sind)\s+sie\s+(?:bisher\s+|noch\s+)*nicht\s+(?:drin\s+)?im\s+(?:kalender|"
            r"system)\b"
        ),
        unless=_CONDITION,
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"not\s+in\s+the|n't\s+in\s+the"),
        lazy(
            r"\byou(?:'re|\s+are)\s+not\s+in\s+the\s+(?:calendar|system|book|diary)\s+yet\b|"
            r"\byou\s+aren't\s+in\s+the\s+(?:calendar|system|book|diary)\s+yet\b"
        ),
        unless=_CONDITION,
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"bestätigung|freigabe|prüfung|freigegeben|freigeben|absegnen|abgesegnet"),
        lazy(
            r"\bliegt\s+(?:jetzt\s+|nun\s+)?zur\s+(?:bestätigung|freigabe|prüfung)\s+(?:beim|bei)\b|"
            r"\bmuss\s+(?:vom\s+\w+\s+|von\s+\w+\s+|das\s+\w+\s+|der\s+\w+\s+|\w+\s+)?(?:noch|erst)\s+"
            r"(?:noch\s+)?(?:freigegeben\s+werden|freigeben|absegnen|abgesegnet\s+werden)\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\bsobald\b|\bjeder\b|\bjede\b|\bimmer\b"),
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"sign\s+off|approve"),
        lazy(
            r"\b(?:salon|team|manager|owner|fabian|lena|sophie|mehmet)\s+(?:still\s+)?(?:has|needs)\s+"
            r"(?:still\s+)?to\s+(?:sign\s+off\s+on|approve)\s+(?:it|this|that|the\s+(?:booking|"
            r"appointment|request))\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\bevery\b|\beach\b|\balways\b"),
    ),
    Rule(
        "de",
        K.STANDS,
        lazy(r"bleibt"),
        lazy(
            r"^\W*ihr\s+termin\s+bleibt\s*,\s*(?:da|daran|dort)\s+(?:muss|ändere|mache|brauche)\s+"
            r"ich\s+nichts\b"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"nothing"),
        lazy(
            r"^\W*nothing\s+(?:changes|will\s+change|has\s+changed)\s+(?:about|with|on)\s+your\s+"
            r"(?:appointment|booking)\b|"
            r"^\W*nothing\s+about\s+your\s+(?:appointment|booking)\s+(?:changes|has\s+changed|"
            r"will\s+change)\b"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"your\s+phone"),
        lazy(
            r"\bconfirmation\s+is\s+(?:now\s+)?(?:going|on\s+its\s+way|being\s+sent)\s+to\s+your\s+"
            r"phone\b|"
            r"\b(?:you'll|you\s+will)\s+get\s+it\s+in\s+writing\s+on\s+your\s+phone\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:if|whether|unless|once|would|could)\b"),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"your\s+message"),
        lazy(
            r"\byour\s+message\s+has\s+(?:now\s+)?(?:reached|gone\s+to|been\s+passed\s+(?:on\s+)?to)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=lazy(r"\b(?:if|whether|unless|once|would|could)\b"),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"on\s+hold\s+for\s+you"),
        lazy(rf"\b{_DAY}\b[^;!?]{{0,30}}?\bis\s+(?:now\s+)?on\s+hold\s+for\s+you\b"),
        unless=_CONDITION,
        placed=True,
    ),
    Rule(
        "en",
        K.AVAILABLE,
        lazy(r"still\s+open|still\s+free|still\s+available"),
        lazy(rf"\b{_DAY}\b[^;!?]{{0,30}}?\bis\s+still\s+(?:open|free|available)\b"),
        unless=lazy(r"\b(?:if|whether|unless|not|no|for\s+(?:your|him|her))\b|n't\b"),
        questions=True,
        placed=True,
    ),
)
