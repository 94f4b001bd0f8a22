"""Small talk around the day and time a caller asks for ("Ach, das Wetter ist ja furchtbar heute,
naja, jedenfalls bräuchte ich was am Dienstag um 15 Uhr", "Guten Morgen! ... Ich hätte gern
Dienstag um 15:30", "Ich bin ja schon seit Jahren bei Ihnen, und diesmal dachte ich an
Mittwoch", "Entschuldigung, dass ich so spät anrufe, aber ...", "Oh hi, sorry, I'm new in the
area, ... is Wednesday afternoon possible at all?").

The phrase is cut into clauses (at its punctuation); a clause of small talk is dropped when
another clause asks for a day or time: a greeting ("Guten Morgen", "good morning"), the weather,
the call itself ("dass ich so spät anrufe", "schön, dass ich Sie erreiche"), the caller's life
("seit Jahren", "so viel los", "Arbeit und Kinder", "new in the area", "a friend recommended
you"). Their words are no days: "heute" in a clause about the weather or the caller's day is not
the day wanted when another day is asked for, "Morgen" in a greeting no tomorrow, "spät" in "so
spät anrufe" no late time. A clause of small talk that names a day of its own (a weekday, a
date, a clock time) is kept: two days are never guessed between, the caller is asked.
Also the English "at all" ("is Wednesday possible at all?"): no clock; and a greeting that opens the
turn ("ja guten morgen ich hätte gern freitag um drei", "good morning I'd like Friday at three"), also
without a mark after it, is no day and no part of the day.

Works on the caller's words as said (with their punctuation), before `normalize`.
"""

from __future__ import annotations

import re

from tools.text_fold import fold
from tools.when.lexicon import WEEKDAYS, is_temporal

_CLAUSES = re.compile(r"\s*(?:[,;!?]|\.(?!\d)|\s-\s|\s–\s)\s*")
_SMALL_TALK = re.compile(
    # greetings
    r"\b(?:guten\s+(?:morgen|tag|abend)|good\s+(?:morning|afternoon|evening)|moin|servus"
    r"|gruess\s+gott|hallo|hello|hi|hey)\b"
    # the weather
    r"|\b(?:wetter|weather|regnet|regen|rain\w*|sonne|sonnig|sunny|heiss|kalt|schwuel|hot|cold"
    r"|schnee|snow\w*|gewitter|stuermisch)\b"
    # the call itself
    r"|\b(?:anrufe|anrufen|anruf|erreiche|erreicht|stoere|calling|call\s+so|reach\s+you)\b"
    # the caller's life and history with the salon
    r"|\bseit\s+(?:jahren|langem|ewigkeiten|ewig)\b|\bschon\s+(?:lange|ewig)\b|\bfor\s+years\b"
    r"|\bso\s+viel\s+los\b|\bstress\w*\b|\bbusy\b|\bneu\s+(?:hier|in)\b|\bnew\s+(?:in|here|to)\b"
    r"|\b(?:empfohlen|recommended)\b|\b(?:arbeit|kinder|job|kids)\s+und\b"
    # the occasion told as news ("meine Tochter heiratet bald"): its day, if said, is kept
    r"|\b(?:heirat\w*|hochzeit|geburtstag|taufe|wedding|birthday|getting\s+married)\b"
)
# Day and time words small talk uses loosely ("heute" of the weather, "so spät" of the call, "seit
# Jahren", "heiratet bald", "regnet ohne Ende"): no day of its own; any other day or time word is
# one ("Ende" with its week or month names them).
_LOOSE = frozenset(
    """heute today jetzt gerade grad grade spaet frueh bald jahren jahre jahr lange ewig diesmal
    immer morgen morning afternoon evening tag years now late early soon und and ende end""".split()
)
_GREETING = re.compile(r"\b(?:guten\s+(?:morgen|tag|abend)|good\s+(?:morning|afternoon|evening))\b")


# a day counted from the occasion ("einen Tag bevor meine Tochter heiratet"): the day wanted
_COUNTED_FROM = re.compile(
    r"\b(?:tag|tage|tagen|woche|wochen|day|days|week|weeks)\s+(?:vor|nach|bevor|nachdem|before"
    r"|after)\b"
)


def _own_day(folded: str) -> bool:
    """Whether a clause names a day or time of its own (kept: asked if it disagrees)."""
    if _COUNTED_FROM.search(folded):
        return True
    words = _GREETING.sub(" ", folded).split()
    return any(
        any(c.isdigit() for c in w) or w in WEEKDAYS or (is_temporal(w) and w not in _LOOSE)
        for w in (re.sub(r"[^a-z0-9]", "", w) for w in words)
    )


# Words that ask for something: the clause with the request
_REQUEST = re.compile(
    r"\b(?:braeucht\w*|brauch\w*|haett\w*|haben\s+sie|moecht\w*|wollt\w*|will|koennt\w*|kann"
    r"|ginge|geht|gehts|waere|dachte|passt|frei|termin|could|can|would|is|possible|available"
    r"|wondering|like|want|need)\b"
)
# What may open the kept clause after the small talk: no meaning of its own
_OPENING = re.compile(
    r"^(?:(?:und|aber|naja|na\s+ja|jedenfalls|also|ach|so|and|but|anyway|well)\s+)+",
    re.IGNORECASE,
)
_AT_ALL = re.compile(r"\bat\s+all\b", re.IGNORECASE)
# A greeting opening the turn, also as speech to text writes it, without a mark after it ("ja guten
# morgen ich hätte gern freitag um drei", "hi good afternoon is thursday at ten possible"): no
# tomorrow, no part of the day, whatever follows it
_OPENING_GREETING = re.compile(
    r"^\s*(?:(?:ja|jo|hallo|hi|hey|oh|aeh|ähm|äh|ähm|also|na|yes|yeah|well|hello|uh|um|erm)"
    r"[\s,.!]+)*(?:guten|schoenen|schönen|good)\s+(?:morgen|tag|abend|nachmittag|morning|afternoon"
    r"|evening|day)\b[\s,.!]*(?=\S)",
    re.IGNORECASE,
)


def drop_small_talk(text: str) -> str:
    """The caller's words without the clauses of small talk, when another clause is left that
    asks for a day or a time; otherwise `text` as said."""
    text = _AT_ALL.sub(" ", text)
    text = _OPENING_GREETING.sub("", text)
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return text
    folded = [fold(c.lower()) for c in clauses]
    talk = [bool(_SMALL_TALK.search(f)) and not _own_day(f) for f in folded]
    if not any(talk):
        return text
    kept = [(c, f) for c, f, t in zip(clauses, folded, talk, strict=True) if not t]
    if not any(_REQUEST.search(f) or _own_day(f) for _, f in kept):
        return text
    out = [_OPENING.sub("", c.strip()) for c, _ in kept]
    return ", ".join(c for c in out if c)
