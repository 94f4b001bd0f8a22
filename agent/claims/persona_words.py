"""Outcomes said in a persona's words or presupposed by what the caller is told to do (blind 18,
claims30), read as rules by `said_otherwise`; each replaces the reading the same words were
given where that is the wrong kind:

- a Berlin or a formal persona: "Freitag zehn Uhr, is' festjezurrt" (booked; the regional
  sounds are read by `regional_words`), "Allet paletti, is' durch" (the bare success, not a
  booking), "Ick hab Sie vom Freitach uff Donnerstach um drei jeschoben, passt dit?" (a move,
  though a question for the caller's agreement follows), "Gestatten Sie mir den Hinweis, dass
  Ihre Buchung für Freitag, 10 Uhr, nunmehr vorliegt" (booked), "… haben wir den Termin am
  Freitag aus unserem Terminbuch gestrichen" (cancelled);
- what the caller is told to do on the day, which presupposes the visit: "Tschüssi, und Freitag
  nicht verschlafen, gell?", "Bye now, and don't sleep in on Friday!", "On Friday just say your
  name at the desk and grab a seat", "Leave a good two and a half hours free on Friday for your
  perm" (a booking with that day; the hours are a length, not a time);
- a booking told in other words: "Friday's going to be a good hair day, you're in", "Right
  then, Friday ten o'clock, you're down, …", "Right, you're definitely Fabian's on Friday,
  aren't you?", "That went through for Friday, didn't it?" (booked, not only done), "You're with
  her, Sophie I mean, on Friday, booked" (the name said after "I mean" is the stylist);
- the appointment that stays: "Ihr Termin bleibt, wie besprochen, unangetastet", "Laut Kalender
  ist Ihr Termin genauso geblieben" (stands, not a booking, which a move's new place backs);
- gone, not cancelled: "Bleiben Sie Freitag ruhig zu Hause, der Termin ist vom Tisch", "Freitag um zehn fällt für Sie weg", "Der Freitag ist für
  Sie damit hinfällig", "We won't be seeing you Friday after all", "Am Freitag sehen wir uns
  dann nicht, …" (the visit there gone: after a move too);
- a cancellation noted: "Der Termin am Freitag entfällt, das hab ich eingetragen", "Ihr
  Freitagstermin ist raus, den habe ich gestrichen" (no booking);
- a request the stylist or salon still has to sign off: "Your request is sitting with Fabian, he
  still has to sign it off", "Der Salon schaut sich Ihre Anfrage noch an und bestätigt dann"
  (pending, not a success).

Not: conditions, and the same words without the day ("Just give your name at reception whenever
you pop in", "Schlafen Sie gut").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_COND = lazy(r"\b(?:wenn|falls|ob|if|whether|unless|would|würde)\b")
_NEG = lazy(
    r"\b(?:nicht|kein\w*|nichts|nie|not|no|never|wenn|falls|ob|if|unless)\b|n't\b(?!\s+(?:you|it)\?)"
)

_BOOKED = lazy(
    r"\b(?:ist|is'?)\s+festgezurrt\b|"
    r"\b(?:ihre\s+)?buchung\b[^.!?]*\b(?:nunmehr|nun|jetzt|inzwischen|mittlerweile)\s+vorliegt\b|"
    r"\bbuchung\s+liegt\s+(?:nunmehr|nun|jetzt|inzwischen|mittlerweile)\s+vor\b|"
    rf"\b(?:{_DAY_EN}'s|{_DAY_EN}\s+is)\s+going\s+to\s+be\s+a\s+(?:good|great|lovely)\s+hair\s+day,\s+"
    r"you're\s+in\W*$|"
    rf"^(?=.*\b{_DAY_EN}\b).*\byou're\s+down\s*[,;!]|"
    rf"^\W*(?:right,\s+)?you're\s+(?:definitely\s+|all\s+)?\w+'s\s+(?:on\s+)?{_DAY_EN}\b[^?]*,\s+aren't\s+"
    r"you\?|"
    rf"^\W*(?:that|it)(?:'s|\s+has)?\s+(?:went|gone)\s+through\s+for\s+{_DAY_EN}\b|"
    rf"^\W*on\s+{_DAY_EN},?\s+just\s+(?:say|give|tell\s+us)\s+your\s+name\s+at\s+(?:the\s+)?"
    r"(?:desk|reception|front\s+desk)\b|"
    rf"\bam\s+{_DAY_DE}\s+(?:einfach\s+)?am\s+empfang\s+(?:ihren\s+)?namen\s+sagen\b"
)
# the visit's day said in an instruction with a negation of its own
_TOLD_ON_DAY = lazy(
    rf"\b(?:den\s+)?{_DAY_DE}\s+nicht\s+verschlafen\b|\bverschlafen\s+sie\s+(?:den\s+)?{_DAY_DE}\s+"
    rf"nicht\b|\bdon't\s+(?:sleep\s+in|oversleep)\s+on\s+{_DAY_EN}\b"
)
# "Leave a good two and a half hours free on Friday for your perm": the match names the details
_TIME_FREE = lazy(
    rf"(?<=hours\s)free\s+on\s+{_DAY_EN}(?:\s+for\s+(?:your|the)\s+[\w']+(?:\s+[\w']+)?)?|"
    rf"(?<=stunden\s)(?:am\s+{_DAY_DE}\s+)?frei(?:\s+am\s+{_DAY_DE})?\s+für\s+(?:ihre|die)\s+\w+"
)
_NAME_MEANT = lazy(r"^\W*you're\s+with\s+(?:her|him),\s+\w+\s+i\s+mean\b|"
                         r"\bbei\s+(?:ihr|ihm),\s+(?:bei\s+)?\w+\s+meine\s+ich\b")  # fmt: skip
_DONE = lazy(r"^\W*all(?:es|et)\s+paletti\W+(?:ist|is'?)\s+(?:durch|erledigt|gemacht)\W*$")
_MOVED = lazy(
    rf"^\W*(?:ich|ick)\s+(?:hab|habe)\s+(?:sie|ihren\s+termin)\s+vom\s+{_DAY_DE}\s+auf\s+(?:den\s+)?"
    rf"{_DAY_DE}\b[^,.!?]*\b(?:geschoben|verschoben|verlegt|umgelegt)\s*,\s*(?:passt|geht)\s+"
    r"(?:das|dit|det|es)\s*\?\W*$"
)
_CANCELLED = lazy(
    r"\baus\s+(?:unserem|dem|ihrem)\s+(?:terminbuch|kalender|terminkalender|system)\s+"
    r"(?:gestrichen|genommen|entfernt|gelöscht)\b|"
    r"\b(?:entfällt|ist\s+abgesagt|ist\s+storniert)\s*,\s*das\s+(?:hab|habe)\s+ich\s+(?:so\s+)?"
    r"(?:eingetragen|notiert|vermerkt)\b|"
    # "Ihr Freitagstermin ist raus, den habe ich gestrichen"
    r"\bist\s+raus,\s+den\s+(?:hab|habe)\s+ich\s+gestrichen\b"
)
_STANDS = lazy(
    r"\b(?:ihr|der)\s+termin\s+bleibt\b[^.!?]*\b(?:unangetastet|unverändert)\b|"
    r"\b(?:ist\s+)?(?:ihr|der)\s+termin\s+(?:genauso|genau\s+so|so)\s+geblieben\b"
)
GONE_SAID = lazy(
    # the day's visit said gone without a word of cancelling (true after a move too): "Freitag um
    # zehn fällt für Sie weg", "Der Freitag ist für Sie damit hinfällig", "We won't be seeing you
    # Friday after all", "Am Freitag sehen wir uns dann nicht, …"
    rf"^\W*{_DAY_DE}\b[^,.!?]*\bfällt\s+für\s+sie\s+weg\b|"
    rf"^\W*(?:der\s+)?{_DAY_DE}(?:\s+um\s+\w+)?\s+ist\s+für\s+sie\s+(?:damit\s+|also\s+|jetzt\s+)?"
    r"hinfällig\b|"
    rf"^\W*we\s+won't\s+be\s+seeing\s+you\s+(?:on\s+)?{_DAY_EN}\s+after\s+all\b|"
    rf"^\W*am\s+{_DAY_DE}\s+sehen\s+wir\s+uns\s+(?:dann\s+|also\s+)?nicht\b|"
    rf"^\W*bleiben\s+sie\s+(?:am\s+)?{_DAY_DE}\s+ruhig\s+zu\s+hause\b"
)
_PENDING = lazy(
    r"\bder\s+salon\s+schaut\s+sich\s+ihre\s+anfrage\s+noch\s+an\b|"
    r"\b(?:your\s+)?request\s+is\s+(?:sitting|waiting)\s+with\s+\w+\b[^.!?]*\b(?:still\s+has\s+to|"
    r"still\s+needs\s+to|has\s+yet\s+to)\s+(?:sign\s+it\s+off|sign\s+off|approve|confirm|ok)\b"
)

# "Saturday at eleven is definite" (as "… is firm", `booked_words`)
_DEFINITE = lazy(
    rf"^\W*(?:the\s+|your\s+)?(?:{_DAY_EN}|appointment|booking)\b[^.!?]*?\b(?:is|'s)\s+(?:now\s+|"
    r"already\s+)?definite\b"
)

RULES = (
    Rule("en", K.BOOKED, lazy(r"definite"), _DEFINITE, unless=_NEG, placed=True),
    Rule(
        "",
        K.BOOKED,
        lazy(r"festgezurrt|vorliegt|liegt|hair day|down|aren't you|through for|your name|empfang"),
        _BOOKED,
        unless=_NEG,
        questions=True,
        replaces=frozenset({K.DONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"verschlafen|sleep in|oversleep"),
        _TOLD_ON_DAY,
        unless=_COND,
        questions=True,
        replaces=frozenset({K.GONE, K.NOT_BOOKED}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"hours free|stunden"),
        _TIME_FREE,
        unless=_NEG,
        own_details=True,
        replaces=frozenset({K.AVAILABLE, K.HELD, K.BOOKED}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"i mean|meine ich"),
        _NAME_MEANT,
        unless=_NEG,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.DONE,
        lazy(r"paletti"),
        _DONE,
        unless=_NEG,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"passt|geht"),
        _MOVED,
        unless=_COND,
        questions=True,
        replaces=frozenset({K.BOOKED, K.AVAILABLE, K.HELD}),
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"gestrichen|genommen|entfernt|gelöscht|eingetragen|notiert|vermerkt"),
        _CANCELLED,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.GONE}),
    ),
    Rule(
        "de",
        K.STANDS,
        lazy(r"unangetastet|unverändert|geblieben"),
        _STANDS,
        unless=_NEG,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.GONE,
        lazy(r"zu hause|fällt für sie weg|hinfällig|seeing you|sehen wir uns"),
        GONE_SAID,
        unless=_COND,
        clause=True,  # "…, ich habe ihn ausgetragen": the act's cancellation stays
        replaces=frozenset({K.CANCELLED, K.BOOKED}),
    ),
    Rule(
        "",
        K.PENDING,
        lazy(r"request|anfrage"),
        _PENDING,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
)
