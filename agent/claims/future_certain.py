"""Outcomes told in the future, the passive or a clause hung on the visit (blind 19, claims31),
read as rules by `said_otherwise`:

- a booking said as certain in the future perfect: "Sie werden am Freitag um zehn gebucht sein,
  darauf können Sie sich verlassen" (`booked`; not after "wenn / falls / erst", nor asked);
- a booking said complete at a coming moment, with no condition (conventions 155 and 601, the
  lead's decision: the caller hears an outcome the calendar does not have yet): "Gleich sind Sie
  fest eingetragen", "In ein paar Augenblicken wird Ihr Termin gebucht sein", "You'll be all
  booked in a few seconds", "Once we've said goodbye, you'll be in the book" (`booked`; not
  under a condition, "Wenn alles klappt, …", "All going well, …", nor the agent's act in
  progress, "Ich trage Sie jetzt ein", convention 5);
- a booking said to come only on a condition: "Der Termin wird erst gebucht sein, wenn Sie Ja
  gesagt haben", "Der Termin ist erst gebucht, wenn …" (`not_booked`, conventions 5 and 32);
- a request the salon has still to approve, said in the future: "Ihre Anfrage wird vom Salon
  noch bestätigt werden", "Your request will still need to be approved by the salon" (`pending`,
  convention 1);
- a cancellation in the passive or confirmed by the system: "Friday's booking was called off as
  you asked", "Friday's perm has been called off", "Das System bestätigt die Stornierung für
  Freitag" (`cancelled`);
- "not booked" said tersely in a recap or a repair: "vorgemerkt ja, gebucht noch nicht", "held,
  not booked – Friday, 10 a.m.", "… – äh, nein, gebucht ist noch gar nichts, ich wollte sagen:
  soll ich buchen?" (`not_booked`, convention 33, the day the sentence names);
- a bare success in Austrian or Swiss words: "Passt, paletti!", "Fix is', passt scho", "Alles
  paletti, erledigt" (`done`, conventions 10 and 28);
- a booking of the slot just named, said of it by a demonstrative: "…, denn Freitag um zehn war
  der letzte Vormittagstermin, und den habe ich jetzt für Sie gebucht – darf ich noch fragen, …?"
  (`booked` with the sentence's day and time, though a question follows);
- a booking in a clause hung on the visit: "Der Freitag um zehn, den Sie jetzt fest haben, …",
  "…, your stylist for the Friday ten o'clock I just booked, says hi", "In two days, at ten,
  you're in with us" (`booked`).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_IF = lazy(r"\b(?:wenn|falls|ob|sofern|erst|nicht|kein\w*|if|whether|unless|not)\b|n't\b")
# a booking at a coming moment on a condition stays not said (125, 5): "Geht alles glatt, …"
_UPON = lazy(
    r"\b(?:wenn|falls|ob|sofern|erst|sobald|nicht|noch|kein\w*|glatt|klappt|rund|mitspielt|"
    r"dazwischenkommt|if|whether|unless|once\s+you|as\s+soon\s+as\s+you|not|yet|well|through|"
    r"goes|going|plan\w*)\b|n't\b"
)
# "within seconds" / "binnen Sekunden" (blind 42, claims104): the same coming moment
_SOON_DE = (
    r"(?:gleich|sofort|in\s+(?:einer|einem|ein\s+paar|zwei|drei|fünf|wenigen)\s+\w+|"
    r"(?:binnen|innerhalb)\s+(?:weniger\s+|von\s+)?(?:sekunden|augenblicken|minuten))"
)
_SPAN_EN = (
    r"(?:(?:in|within)\s+(?:a|one|two|three|five|a\s+few|a\s+couple\s+of)\s+(?:little\s+)?"
    r"(?:secs?|seconds?|moments?|minutes?|jiffy|tick)|within\s+(?:secs|seconds|moments)|"
    r"shortly|momentarily)"
)
_WHEN_EN = (
    r"(?:an?\s+(?:moment|minute|second|few\s+seconds)\s+from\s+now|(?:before|by\s+the\s+time|once)"
    r"\s+(?:you|we)(?:'ve|\s+have)?\s+(?:put\s+the\s+phone\s+down|hung\s+up|hang\s+up|"
    r"said\s+goodbye|say\s+goodbye|finish\w*|end\s+(?:the|this)\s+call|ended\s+(?:the|this)\s+call))"
)
_WHO_EN = r"(?:you|it|that|everything|the\s+appointment|your\s+appointment|your\s+\w+)"
_BOOKED_EN = (
    r"(?:(?:all\s+)?(?:booked|confirmed|entered)(?:\s+in)?|in\s+the\s+(?:calendar|system|book))"
)

# blind 46 (claims117, 601): the coming moment after a word of waiting — "Einen Moment noch,
# gleich ist es gebucht", "Noch eine Sekunde, dann steht der Termin", "Hang on, you'll be booked
# in a moment", "Just a few more seconds and you'll be booked in", "Two seconds and you're booked"
_WAIT_DE = (
    r"(?:(?:einen\s+|kleinen\s+|einen\s+kleinen\s+)?(?:moment|augenblick)(?:\s+noch)?|"
    r"(?:eine\s+)?sekunde\s+noch|noch\s+(?:eine|einen)\s+(?:sekunde|moment|augenblick))"
)
_WAIT_EN = (
    r"(?:(?:hang|hold)\s+on|one\s+(?:moment|sec(?:ond)?)|just\s+a\s+(?:moment|sec(?:ond)?)|"
    r"almost\s+there|nearly\s+there)"
)
_MORE_EN = (
    r"(?:just\s+)?(?:a\s+few|two|a\s+couple\s+of|one|a)\s+(?:more\s+)?(?:seconds?|secs?|"
    r"moments?)\s+and"
)
_OUTCOME_SOON_DE = r"(?:gebucht|eingetragen|bestätigt|drin)"
# a condition keeps it unsaid (5), as `_UPON`; "noch" and "yet" here belong to the waiting
_UPON_WAITING = lazy(
    r"\b(?:wenn|falls|ob|sofern|erst|sobald|nicht|kein\w*|glatt|klappt|rund|mitspielt|"
    r"dazwischenkommt|if|whether|unless|once\s+you|as\s+soon\s+as\s+you|not|well|through|"
    r"goes|going|plan\w*)\b|n't\b"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"gleich|sofort|dann|sekunde|moment|augenblick"),
        lazy(
            rf"^\W*(?:{_WAIT_DE}\s*[,.:–—-]\s*)?(?:{_SOON_DE}|dann)\s+(?:ist|sind|steht)\s+(?:es|das|"
            rf"er|sie|alles|der\s+termin|ihr\s+termin|die\s+buchung)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{_OUTCOME_SOON_DE}\s*)?[.!]?\s*$"
        ),
        unless=_UPON_WAITING,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"seconds|secs|second|moment|hang on|hold on|almost|nearly"),
        lazy(
            rf"^\W*(?:{_WAIT_EN}\s*[,.:–—-]\s*)?{_WHO_EN}(?:'ll|\s+will)\s+be\s+{_BOOKED_EN}\s+"
            rf"(?:{_SPAN_EN}|in\s+just\s+a\s+(?:moment|sec(?:ond)?))\s*[.!]?\s*$|"
            rf"^\W*{_WAIT_EN}\s*[,.:–—-]\s*(?:{_SPAN_EN}|in\s+just\s+a\s+(?:moment|second))\s*,?\s*"
            rf"{_WHO_EN}(?:'ll|\s+will|'re|\s+are)\s+(?:be\s+)?(?:{_BOOKED_EN}|in)\b|"
            rf"^\W*{_MORE_EN}\s+{_WHO_EN}(?:'ll\s+be|\s+will\s+be|'re|\s+are)\s+(?:{_BOOKED_EN}|in)"
            r"\s*[.!]?\s*$"
        ),
        unless=_UPON_WAITING,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"sein"),
        lazy(
            r"^\W*(?:sie|ihr\s+termin|der\s+termin|ihr\s+\w+tag)\s+(?:werden|wird)\s+(?:\w+\s+)"
            r"{0,6}?(?:gebucht|eingetragen|bestätigt|fest\s+eingetragen|fest\s+gebucht)\s+sein\b"
        ),
        unless=_IF,
        clause=True,
    ),
    # the speaker's own booking in the future perfect (blind 55, claims152), its participle last
    # or, in the small model's English order, after "haben": "Ich werde Sie bis zum Ende des
    # Anrufs gebucht haben", "Ich werde haben Sie gebucht bis Ende von diesem Anruf", "I will have
    # booked you before this call ends", "I'll have you booked before we hang up"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"haben"),
        lazy(
            r"\b(?:(?:ich|wir)\s+(?:werde|werden)|(?:werde|werden)\s+(?:ich|wir))\s+(?:(?:\w+\s+){0,6}?"
            r"(?:gebucht|eingetragen|eingebucht)\s+haben|haben\s+sie\s+(?:\w+\s+)?(?:gebucht|"
            r"eingetragen|eingebucht))\b"
        ),
        unless=_UPON_WAITING,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"have"),
        lazy(
            r"\b(?:i|we)(?:'ll|\s+will)\s+have\s+(?:(?:booked|entered)\s+you|you\s+(?:booked|"
            r"entered|put\s+(?:in|down))|put\s+you\s+(?:in|down))\b"
        ),
        unless=_UPON_WAITING,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"gleich|sofort|in ein|in wenigen|binnen|innerhalb"),
        lazy(
            rf"^\W*{_SOON_DE}\s+(?:ist|sind)\s+(?:es|das|er|sie|alles|der\s+termin|ihr\s+termin)\s+"
            r"(?:\w+\s+){0,2}?(?:gebucht|eingetragen|bestätigt)\s*[.!]?\s*$|"
            r"^\W*(?:ihre|die)\s+buchung\s+ist\s+(?:gleich|sofort|in\s+(?:ein\s+paar|wenigen)\s+\w+|"
            r"(?:binnen|innerhalb)\s+(?:weniger\s+)?\w+)\s+durch\s*[.!]?\s*$|"
            rf"^\W*{_SOON_DE}\s+(?:wird|werden)\s+(?:es|das|er|sie|alles|der\s+termin|ihr\s+termin)\s+"
            r"(?:\w+\s+){0,2}?(?:gebucht|eingetragen|bestätigt)\s+sein\b"
        ),
        unless=_UPON,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"'ll be|will be"),
        lazy(
            rf"^\W*{_WHO_EN}(?:'ll|\s+will)\s+be\s+{_BOOKED_EN}\s+{_SPAN_EN}\s*[.!]?\s*$|"
            rf"^\W*{_WHEN_EN}\s*,?\s*{_WHO_EN}(?:'ll|\s+will)\s+be\s+{_BOOKED_EN}\b|"
            rf"^\W*{_SPAN_EN}\s*,?\s*{_WHO_EN}(?:'ll|\s+will)\s+be\s+{_BOOKED_EN}\b"
        ),
        unless=_UPON,
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"erst"),
        lazy(
            r"\b(?:termin|er|das|buchung)\s+(?:wird|ist)\s+erst\s+(?:dann\s+)?(?:gebucht|"
            r"eingetragen|bestätigt|fest)(?:\s+sein)?\s*,\s*(?:wenn|sobald|nachdem)\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*)\b"),
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "de",
        K.PENDING,
        lazy(r"salon"),
        lazy(
            r"\b(?:anfrage|termin|buchung)\s+wird\s+(?:\w+\s+){0,2}?(?:vom|von\s+dem|durch\s+den)\s+"
            r"salon\s+(?:noch\s+)?(?:bestätigt|freigegeben|geprüft)(?:\s+werden)?\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|wenn|falls|ob)\b"),
    ),
    Rule(
        "en",
        K.PENDING,
        lazy(r"salon"),
        lazy(
            r"\b(?:request|appointment|booking)\s+will\s+(?:still\s+)?(?:need|have)\s+to\s+be\s+"
            r"(?:approved|confirmed|checked)\s+by\s+the\s+salon\b"
        ),
        unless=lazy(r"\b(?:not|if|whether)\b|n't\b"),
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"called off"),
        lazy(r"\b(?:has|have|was|were|is|'s)\s+(?:been\s+)?called\s+off\b"),
        unless=lazy(r"\b(?:not|if|whether|unless|never)\b|n't\b"),
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.CANCELLED,
        lazy(r"system"),
        lazy(
            r"\b(?:das\s+system|der\s+kalender|the\s+system|the\s+calendar)\s+(?:bestätigt|meldet|"
            r"confirms|reports)\s+(?:die|the)\s+(?:stornierung|absage|cancellation)\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|wenn|falls|ob|not|if|whether)\b|n't\b"),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"noch nicht|not booked|not confirmed|noch gar nichts|noch nichts"),
        lazy(
            r"(?:^|[,:;–—-])\s*(?:gebucht|eingetragen|bestätigt|fest)\s+(?:noch\s+nicht|nicht)\b"
            r"(?!\s+\w+\s+(?:wenn|sobald))|"
            r"(?:^|[,:;–—-])\s*not\s+(?:yet\s+)?(?:booked|confirmed)\s*(?:[,;–—-]|$)|"
            r"(?:^|[,:;–—-])\s*gebucht\s+ist\s+(?:noch\s+)?(?:gar\s+)?nichts\b"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|if|whether)\b"),
        questions=True,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "de",
        K.DONE,
        lazy(r"paletti|passt|fix"),
        lazy(
            # also as `standard_german` spells it out: "fix ist, passt schon" (claims54)
            r"^\W*(?:(?:alles\s+)?paletti|passt(?:\s+schon?)?|fix\s+is[t']?|erledigt)"
            r"(?:\W+(?:(?:alles\s+)?paletti|passt(?:\s+schon?)?|fix\s+is[t']?|erledigt))+\W*$"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"und den|und die|and that|and i've"),
        lazy(
            r"\b(?:und|and)\s+(?:den|die|das|ihn|that\s+one|that)\s+(?:habe|hab|have|'ve)\s+"
            r"(?:ich|i)\s+(?:\w+\s+){0,3}?(?:gebucht|eingetragen|booked|put\s+in)\b|"
            r"\band\s+i've\s+(?:just\s+|now\s+)?(?:booked|taken)\s+(?:it|that\s+one)\s+for\s+you\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|wenn|falls|not|if)\b|n't\b"),
        questions=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"haben"),
        lazy(
            r",\s*(?:den|die|das)\s+sie\s+(?:jetzt\s+|nun\s+)?(?:fest|sicher|gebucht)\s+haben\s*,"
        ),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"booked|in with us"),
        lazy(
            r"\b(?:the\s+)?(?:\w+\s+){1,3}(?:o'clock|appointment|slot)\s+i\s+(?:just\s+|only\s+just\s+)?"
            r"booked\b|"
            r"^\W*(?:[\w ]+,\s*){0,2}you're\s+in\s+with\s+us\b"
        ),
    ),
)
