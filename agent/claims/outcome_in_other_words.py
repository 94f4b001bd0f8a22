"""Outcomes told in words the other rules do not know (blind 17, claims27), read as rules by
`said_otherwise`; each replaces the reading its words were given where it is the wrong kind:

- a booking "durch" or "im System bestätigt" with the appointment named or referred to: "Das
  ist durch, Freitag zehn Uhr bei Fabian", "Der Termin, den wir grade hatten, ist durch", "Das,
  was wir gerade ausgemacht haben, ist jetzt im System bestätigt", "What we just agreed on is
  now in the system, confirmed", "Your Friday appointment, which is confirmed by the way, …" (a
  booking, not a bare success, so false after a cancellation; "Das ist jetzt auch durch" alone
  stays the bare success, convention 28);
- a move told by the new place alone: "Der ist jetzt – Donnerstag, genau, um fünfzehn Uhr", "So,
  it's now – Thursday, yeah, at three", "Thursday at three is now your new appointment", "Ihr
  Termin ist jetzt einen Tag später" (a move, checked by its new place or its shift), and the
  old place of that move said gone ("…, Friday's gone");
- a day with a stylist's full name, confirmed ("Freitag um zehn bei Lea Hofmann ist bestätigt":
  a booking with that name, checked like one);
- follow-ups: an e-mail ("Ich hab … Ihnen die Bestätigung gemailt", "I've emailed the
  confirmation over"), money ("Die Anzahlung ist auch schon da", "your deposit's already in"), a
  confirmation text said on the phone ("Check your phone, the confirmation text should be
  there"), the caller's words written down for a stylist ("Ich hab's aufgeschrieben und leg's
  Fabian hin": a message, not a booking), a callback request passed on with the callback
  promised ("Ich hab die Rückrufbitte weitergegeben, man meldet sich": a callback);
- slots and states: a hold "warmgehalten" or "pencilled in for you", a hold "for now" with its
  own day ("Saturday 10 a.m. is reserved for you for now"), a request "als Anfrage raus"
  (pending), a day the caller can plan otherwise ("Freitag können Sie sich anderweitig
  verplanen": gone), "Nothing's changed with your booking" (stands), "Eingetragen hab ich Sie
  noch nicht" and "gebucht ist er erst, wenn …" (not booked yet), a named slot offered as a
  question ("Samstag, elf Uhr, bei Lena – wäre das was?"), a slot "out of the diary" (gone);
- the bare success in a question ("Now that you're all set, is there anything else?", done,
  convention 28).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|übermorgen)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|tomorrow)"
_NEG = lazy(r"\b(?:nicht|kein\w*|nie|not|no|never|if|wenn|falls|ob)\b|n't\b")

# "Die Absage für Freitag ist durch", "…ist storniert, das ist durch": a cancellation's
_NOT_BOOKING = lazy(
    r"\b(?:nicht|kein\w*|nie|wenn|falls|ob)\b|absage|stornier|storno|abgesagt|verschieb|"
    r"verschoben|umbuchung|verlegt|"
    # everyday words of taking out (blind 29, claims56: "…rausnehmen, das ist durch")
    r"raus(?:ge)?nehm|rauszunehm|rausgenommen|herausgenommen|gestrichen|gelöscht|ausgetragen|"
    r"gecancelt|abbestellt"
)
_DURCH = lazy(
    r"^(?=.*\b(?:termin|montag|dienstag|mittwoch|donnerstag|freitag|samstag|uhr|zehn|elf|\d+|"
    r"(?:was|den)\s+wir)\b).*\b(?:ist|sind)\s+(?:jetzt\s+|nun\s+|auch\s+)?durch\b"
)
_AGREED = lazy(
    r"\b(?:was|den|die)\s+wir\s+(?:\w+\s+){0,3}?(?:ausgemacht|vereinbart|abgemacht|besprochen)\b"
    r".*\b(?:bestätigt|gebucht|eingetragen|fest)\b|"
    r"\bwhat\s+we\s+(?:\w+\s+){0,2}?(?:agreed|settled|arranged|sorted)\b.*\b(?:confirmed|booked|"
    r"locked\s+in)\b|"
    r"\bappointment,\s+which\s+is\s+(?:confirmed|booked)\b"
)
_NOW_DAY = lazy(
    rf"\b(?:der|er|es|ihr\s+termin)\s+ist\s+jetzt\s*[–—,-]?\s*{_DAY_DE}\b|"
    rf"\b(?:it's|it\s+is|your\s+appointment's|your\s+appointment\s+is)\s+now\s*[–—,-]\s*"
    rf"(?:(?:um|uh|er|well)\s*[–—,-]\s*)?{_DAY_EN}\b|"
    r"\byour\s+(?:colour|color|cut|perm|highlights|blow-?dry)(?:'s|\s+has|\s+is)\s+(?:been\s+)?"
    r"(?:moved|shifted|rescheduled|switched)\s+to\b|"
    r"\bis\s+now\s+your\s+new\s+(?:appointment|slot|time|booking)\b|"
    r"\b(?:ist|is)\s+(?:jetzt|now)\s+(?:einen|zwei|one|two|a)\s+(?:tag|tage|day|days)\s+"
    r"(?:später|früher|later|earlier)\b"
)
# only beside the move's new place: "Friday's gone" alone is a cancellation or a slot taken
_DAY_GONE = lazy(
    rf"^(?=.*\b(?:new\s+(?:appointment|slot|time)|now\s+your)\b).*\b{_DAY_EN}'s\s+gone\b"
)
_EMAIL = lazy(r"\b(?:gemailt|ge-mailt|e-?mailed|mailed)\b")
_MONEY = lazy(
    r"\b(?:anzahlung|vorauszahlung|kaution)\s+(?:ist|sind)\s+(?:\w+\s+){0,3}?(?:da|drin|"
    r"angekommen|eingegangen)\b|\b(?:deposit|prepayment)(?:'s|\s+is|\s+has)\s+(?:\w+\s+){0,3}?"
    r"(?:in|arrived|come\s+in|come\s+through|landed)\b"
)
_TEXT_THERE = lazy(r"\b(?:text|sms|message)\s+should\s+(?:be\s+there|have\s+(?:arrived|come))\b")
_WRITTEN_FOR = lazy(
    r"\b(?:aufgeschrieben|notiert)\s+und\s+(?:leg|geb|reich)\w*(?:'s|\s+es)\s+(?:\w+\s+){0,2}?"
    r"(?:hin|weiter)\b"
)
_CALLBACK_PASSED = lazy(
    r"\b(?:rückrufbitte|rückrufwunsch|bitte\s+um\s+rückruf)\b.*\b(?:weitergegeben|weitergeleitet)"
    r"\b.*\b(?:meldet|ruft|melden)\b|\bpassed\s+(?:on\s+)?your\s+(?:callback|call-back)\s+"
    r"request\b.*\b(?:ring|call|get\s+back)\b|\bpassed\s+your\s+request\s+for\s+a\s+callback\b"
    r".*\b(?:ring|call|get\s+back)\b"
)
_HOLD = lazy(
    r"\bwarm\s*gehalten\b|\bis\s+pencil+ed\s+in\s+for\s+you\b|"
    rf"^\W*{_DAY_EN}\s+(?:at\s+)?\d{{1,2}}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s+is\s+reserved\s+"
    r"for\s+you\s+for\s+now\b"
)
_HOLD_UNLESS = lazy(r"\b(?:nicht|not|confirm\w*|properly|booked|firm|gebucht)\b|n't\b")
_REQUEST = lazy(r"\bals\s+anfrage\s+(?:raus|an\b)|\bgoes\s+out\s+as\s+a\s+request\b")
_PLAN_OTHERWISE = lazy(
    rf"^(?=.*\b{_DAY_DE}\b).*\b(?:anderweitig|anders)\s+verplanen\b|"
    rf"^(?=.*\b{_DAY_EN}\b).*\bmake\s+other\s+plans\b"
)
_UNCHANGED = lazy(r"^\W*nothing's\s+changed\s+(?:with|about)\s+your\s+(?:booking|appointment)")
_NOT_YET = lazy(
    r"^\W*(?:eingetragen|eingebucht|gebucht)\s+(?:hab|habe)\s+ich\s+sie\s+(?:noch\s+nicht|"
    r"noch\s+gar\s+nicht)\b|\bgebucht\s+ist\s+(?:er|es|sie|der\s+termin)\s+erst,?\s+wenn\b"
)
_OFFER = lazy(
    rf"^\W*{_DAY_DE}\s*,\s*[^–—?]*\b(?:uhr|elf|zehn|zwölf|\d+)\b[^–—?]*[–—-]\s*(?:wäre\s+das\s+"
    r"was|passt\s+(?:ihnen\s+)?das|ginge\s+das)\s*\?\s*$"
)
# "Now that you're all set, …?": the bare success idiom (convention 28), said in a question
_NOW_THAT_SET = lazy(r"^\W*now\s+that\s+you(?:'re|\s+are)\s+all\s+set\b")
# "Your Friday slot is out of the diary": the visit there gone
_OUT_OF_DIARY = lazy(r"\bout\s+of\s+the\s+(?:diary|book|calendar|schedule)\b")
# "Freitag um zehn bei Lea Hofmann ist bestätigt": a day with a person's full name, confirmed
_WITH_FULL_NAME = lazy(
    rf"^(?=.*\b{_DAY_DE}\b).*\bbei\s+[a-zäöüß]+\s+[a-zäöüß]+\s+(?:ist|sind)\s+(?:jetzt\s+)?"
    r"(?:bestätigt|gebucht|fest|eingetragen)\b"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"durch"),
        _DURCH,
        unless=_NOT_BOOKING,
        replaces=frozenset({K.DONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"wir|what we|which is"),
        _AGREED,
        unless=_NEG,
        replaces=frozenset({K.DONE}),
    ),
    Rule(
        "",
        K.RESCHEDULED,
        lazy(r"jetzt|now|moved|shifted|rescheduled|switched"),
        _NOW_DAY,
        unless=_NEG,
        replaces=frozenset({K.BOOKED, K.DONE, K.CANCELLED}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"'s gone"),
        _DAY_GONE,
        unless=_NEG,
        clause=True,
        own_details=True,
        replaces=frozenset({K.CANCELLED}),
    ),
    Rule("de", K.BOOKED, lazy(r"bei"), _WITH_FULL_NAME, unless=_NEG),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"mail"),
        _EMAIL,
        follow_up=FollowUp.EMAIL,
        clause=True,
        unless=_NEG,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"anzahlung|vorauszahlung|kaution|deposit|prepayment"),
        _MONEY,
        follow_up=FollowUp.MONEY,
        clause=True,
        unless=_NEG,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"should"),
        _TEXT_THERE,
        follow_up=FollowUp.TEXT,
        clause=True,
        unless=_NEG,
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"aufgeschrieben|notiert"),
        _WRITTEN_FOR,
        follow_up=FollowUp.MESSAGE,
        unless=_NEG,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"rückruf|callback|call-back"),
        _CALLBACK_PASSED,
        follow_up=FollowUp.CALLBACK,
        unless=None,
        replaces=frozenset({K.FOLLOW_UP}),
    ),
    Rule(
        "",
        K.HELD,
        lazy(r"gehalten|pencil|reserved"),
        _HOLD,
        unless=_HOLD_UNLESS,
        replaces=frozenset({K.BOOKED, K.HELD}),
    ),
    Rule(
        "",
        K.PENDING,
        lazy(r"anfrage|request"),
        _REQUEST,
        unless=_NEG,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.GONE,
        lazy(r"verplanen|other plans"),
        _PLAN_OTHERWISE,
        unless=None,
        replaces=frozenset({K.CANCELLED}),
    ),
    Rule(
        "",
        K.DONE,
        lazy(r"now that"),
        _NOW_THAT_SET,
        unless=None,
        questions=True,
        own_details=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"out of the"),
        _OUT_OF_DIARY,
        unless=_NEG,
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule("en", K.STANDS, lazy(r"changed"), _UNCHANGED, unless=None),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"noch|erst"),
        _NOT_YET,
        unless=None,
        clause=False,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule("de", K.AVAILABLE, lazy(r"wäre das|passt|ginge"), _OFFER, unless=None, questions=True),
)
