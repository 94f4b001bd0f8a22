"""Idioms of completion put in standard words (blind 30, claims61): one step of `reworded`.

"Der Termin ist noch nicht in trockenen Tüchern", "Ganz unter Dach und Fach ist die Buchung noch
nicht", "Friday at ten isn't in the bag yet", "Your appointment's a done deal", "Your
cancellation's a done deal": an idiom of completion said of the booking means "gebucht" /
"booked", said of a cancellation "erledigt" / "done", and alone ("Signed and sealed.", "Alles unter
Dach und Fach.") the bare success. Read as they were, the reader took some idioms as a claim word
and missed the negation around them ("noch nicht", "not … yet"), took others not at all, and read
a cancellation's "signed and sealed" as the booking. Put in standard words, the clause reader
reads negation, conditions ("Sobald der Termin unter Dach und Fach ist"), rules ("Nothing's in the
bag until you say yes") and questions as it reads them for "gebucht". "Fast" / "almost" before
the idiom is "noch nicht" / "not yet" (nearly done is not done). Left as they are: a move said
with an idiom (the reader takes it), the bare idiom ("Ist im Kasten.", read by the gated labels),
an idiom said of nothing of the call ("a done deal as far as the weather goes").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"(?P<near>\b(?:fast|beinahe|nahezu|so\s+gut\s+wie)\s+)?"
    r"\b(?:in\s+trockenen\s+tüchern|im\s+trockenen|unter\s+dach\s+und\s+fach|"
    r"in\s+sack\s+und\s+tüten|im\s+kasten|eingetütet|geritzt|gegessen)\b",
    re.IGNORECASE,
)
_EN = lazy(
    r"(?P<near>\b(?:almost|nearly|just\s+about)\s+)?"
    r"(?:\b(?:all\s+)?(?:in\s+the\s+bag|signed,?\s+(?:and\s+)?sealed(?:,?\s+and\s+delivered)?|"
    r"nailed\s+down|wrapped\s+up|buttoned\s+up|done\s+and\s+dusted)\b|"
    r"\b(?:a\s+)?done\s+deal\b|\ba\s+sure\s+thing\b)",
    re.IGNORECASE,
)
# claims84: a day said off, gone or called off is a cancellation too ("Friday's off, done and
# dusted", "Friday's called off, all wrapped up")
_CANCEL = lazy(r"stor?n|absage|abgesagt|cancel", re.IGNORECASE)
_OFF = lazy(
    r"\bcalled\s+off\b|\btaken\s+off\b|\b(?:is|'s|ist)\s+(?:\w+\s+)?(?:off|weg|raus)\b",
    re.IGNORECASE,
)
_NOW_LAST = lazy(r",?\s+(?:now|then)\b(?=\W*$)", re.IGNORECASE)
_MOVE = lazy(r"verleg|verschieb|wechsel|umbuch|umleg|\bmov(?:e|ed|ing)\b|resched", re.IGNORECASE)
# a rule: nothing is done before the caller's yes ("Nothing's in the bag until you say yes")
_RULE = lazy(
    r"\b(?:nothing|nichts)\b[^.;:]*\b(?:until|unless|before|bevor|ehe|bis)\b", re.IGNORECASE
)
# what the idiom is said of: the caller's appointment, its day or time, the caller, a cancellation
_TOPIC = lazy(
    r"\b(?:termin\w*|buchung|platz|dauerwelle|strähnchen|schnitt|sie\s+sind|appointment|"
    r"booking|perm|slot|you're|you\s+are|(?:once|when|as\s+soon\s+as)\s+it(?:'s|\s+is)|your\s+\w+|ihre?\s+\w+|(?:mon|tues|wednes|thurs|fri|"
    r"satur)day|(?:mon|diens|donners|frei|sams)tag|mittwoch|uhr|\d+\s*(?:a\.?m|p\.?m))\b"
    r"|stor?n|absage|cancel",
    re.IGNORECASE,
)
_NEGATED = lazy(r"\bnoch\s+nicht|\bnicht\s+ganz|\byet\b", re.IGNORECASE)
# nothing but the idiom and discourse words: the bare success
_BARE_DE = lazy(r"^\W*(?:(?:alles|sache|das|ist|läuft|ja|so)\W+)*$", re.IGNORECASE)
_BARE_EN = lazy(
    r"^\W*(?:(?:that's|that\s+is|it's|it\s+is|all|so|yes|yep|consider\s+it|now|then)\W+)*$",
    re.IGNORECASE,
)


# claims106 (blind 37's leftover): the caller told to tick the matter off their own list before
# the success ("Tick it off your list, it's done", "Cross it off your list, it's sorted") is a
# bare success (`done`, 10, 28): "cross off" there strikes no appointment; the directive goes
_OFF_YOUR_LIST_EN = lazy(
    r"^\W*(?:(?:you\s+can|just)\s+)?(?:tick|cross|mark|check|strike|scratch)\s+(?:it|that|this)\s+"
    r"off(?:\s+(?:your|the)\s+(?:to-?do\s+)?list)?\s*[,;:–—-]\s*(?=(?:it's|it\s+is|that's|all)\b)",
    re.IGNORECASE,
)


def completion_in_words(sentence: str, lang: str) -> str:
    """`sentence` with its idiom of completion in standard words (see above), else as it is."""
    if lang == "en" and (ticked := _OFF_YOUR_LIST_EN.match(sentence)):
        rest = sentence[ticked.end() :]
        return rest[:1].upper() + rest[1:]
    pattern = _DE if lang == "de" else _EN if lang == "en" else None
    if pattern is None or not (m := pattern.search(sentence)):
        return sentence
    if _MOVE.search(sentence) or _RULE.search(sentence):
        return sentence
    rest = sentence[: m.start()] + " " + sentence[m.end() :]
    if m["near"]:
        word = "noch nicht gebucht" if lang == "de" else "not booked yet"
    elif (_BARE_DE if lang == "de" else _BARE_EN).match(rest):
        # the bare success idiom: read as it is ("It's a done deal now." as "It's a done deal.",
        # claims74)
        return _NOW_LAST.sub("", sentence)
    elif not (_TOPIC.search(_clause(sentence, m)) or _NEGATED.search(rest)):
        return sentence  # said of something else ("a done deal in my book – the colour …")
    elif _CANCEL.search(sentence):
        word = "erledigt" if lang == "de" else "done"
    elif _OFF.search(sentence):  # the idiom says the day's cancellation is done
        word = "storniert" if lang == "de" else "cancelled"
    else:
        word = "gebucht" if lang == "de" else "booked"
    return sentence[: m.start()] + word + sentence[m.end() :]


def _clause(sentence: str, m: re.Match[str]) -> str:
    """The idiom's sentence part, the idiom left out: between the full stops (or ; ! ?) around it."""
    cut = re.compile(r"[.;!?]")
    before = [c.end() for c in cut.finditer(sentence, 0, m.start())]
    after = cut.search(sentence, m.end())
    start = before[-1] if before else 0
    return sentence[start : m.start()] + " " + sentence[m.end() : after.start() if after else None]
