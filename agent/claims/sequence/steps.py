"""A sequence of steps claims its last step (blind 31, claims63; convention 75).

"Zuerst hatten wir gebucht, danach storniert", "It was booked earlier, and now it's cancelled",
"Erst nur vorgemerkt, inzwischen bestätigt", "Originally Friday, now Thursday at three", "Erst
gebucht, dann storniert, jetzt wieder gebucht": what the caller's appointment is NOW is what
the sentence claims. The last step starts at the clause of the last word of "later" (dann,
danach, jetzt, inzwischen, mittlerweile, then, now, since) after a word of "earlier" (zuerst,
erst, zunächst, anfangs, ursprünglich, vorher, bis vorhin, first, at first, originally,
earlier, started out); it is read as cancelled, booked, held or released by its words, or,
naming only a day and time, as the move there from the day the earlier steps name. The earlier
steps' outcomes that the last one undoes are dropped (a booking before the cancellation, the
hold before the booking or its release). The same holds of a verbless day said in place of
another ("Ja, ganz sicher, Montag um neun statt Dienstag", "now Monday and no longer
Tuesday"): the move there.

Not: a last step that is a condition or still to come ("…, gebucht wird dann, wenn Sie Ja
sagen", "then I'll book you"), a negated one (other readers read "noch nicht"), questions, steps
of something else ("Zuerst Ihren Namen, danach die Nummer").

Part of `sequence`, the one owner of a sequence read by its last step: this module reads the
steps a clause cuts; `stages.py` the state words over the whole sentence.
"""

from __future__ import annotations

import re

from agent.claims.details import WEEKDAYS, ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_EARLY = lazy(
    r"^\W*erst\b|\b(?:zuerst|zunächst|anfangs|ursprünglich|vorher|bis\s+vorhin|first|at\s+first|"
    r"originally|initially|earlier|started\s+out|waren|war|were|was|had\s+been)\b"
)
_LATE = lazy(
    r"\b(?:dann|danach|jetzt|nun|inzwischen|mittlerweile|seitdem|nachher|then|now|since|later)\b"
)
_CUT = lazy(r"\s*(?:[,;:–—]|\s-\s|\b(?:und|and|but|aber)\b)\s*")
_TO_COME = lazy(
    r"\b(?:wenn|falls|sobald|erst\s+wenn|if|once|when|werde|wird|will|'ll|kann|can|könnte|could|"
    r"soll|shall|möchte|would)\b|\?|"
    # a step that waits on something (blind 56, claims167): "… and only after your yes does it
    # get booked"
    r"\b(?:erst|only)\s+(?:nach|after)\b"
)
# a condition or a counterfactual anywhere: no step is said done ("If …, I'd have booked …")
_SUPPOSED = lazy(r"\b(?:wenn|falls|sofern|hätte\w*|wäre\w*|würde\w*|if|unless|would|could)\b|'d\b")
_NEGATED = lazy(r"\b(?:nicht|kein\w*|not|no|never)\b|n't\b")
_NO_LONGER = lazy(r"\bnicht\s+mehr\b|\bno\s+longer\b|\bnot\s+any\s*more\b")
_RELEASED = lazy(r"\b(?:wieder\s+)?(?:freigegeben|aufgehoben|released|let\s+(?:it|them)\s+go)\b")
_CANCELLED = lazy(
    r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off|off)\b|"
    r"\bnicht\s+mehr\b|\bno\s+longer\b"
)
_BOOKED = lazy(r"\b(?:gebucht|bestätigt|eingetragen|fest|fix|steht|confirmed|booked|back\s+on)\b")
_HELD = lazy(r"\b(?:geblockt|reserviert|vorgemerkt|on\s+hold|held)\b")
_MOVED = lazy(r"\b(?:verschoben|verlegt|umgebucht|moved|rescheduled)\b")
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
# a step that names only a day and time: the words it may hold besides them
_FILLER = frozenset(
    "jetzt nun inzwischen mittlerweile dann danach now then since ist es er sie it it's is "
    "am um uhr on at the a p m pm o'clock clock bei with ja doch yes ganz sicher bestimmt "
    "sure definitely really wirklich nachmittags morgens vormittags in afternoon "
    "morning halb viertel nach vor".split()
)
_NUMBERS = frozenset(
    "eins ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn one two three four five six seven eight nine ten "
    "eleven twelve half quarter past".split()
)
_IN_PLACE = lazy(
    rf"(?P<new>\b{_DAY}\b[^,;]*?)\s*(?:\b(?:statt|anstatt|instead\s+of|und\s+nicht\s+mehr|"
    rf"and\s+no\s+longer|and\s+not|not)\b)\s+(?:am\s+|on\s+)?(?P<old>{_DAY})\b"
)
_UNDONE = {
    ClaimKind.CANCELLED: frozenset(
        {
            ClaimKind.BOOKED,
            ClaimKind.HELD,
            ClaimKind.NOT_BOOKED,
            ClaimKind.RESCHEDULED,
            ClaimKind.STANDS,
            ClaimKind.PENDING,
            ClaimKind.AVAILABLE,
        }
    ),
    ClaimKind.BOOKED: frozenset(
        {
            ClaimKind.HELD,
            ClaimKind.NOT_BOOKED,
            ClaimKind.CANCELLED,
            ClaimKind.GONE,
            ClaimKind.PENDING,
            ClaimKind.AVAILABLE,
        }
    ),
    ClaimKind.RESCHEDULED: frozenset(
        {ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.HELD, ClaimKind.NOT_BOOKED}
    ),
    ClaimKind.HELD: frozenset({ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.NOT_BOOKED}),
    None: frozenset({ClaimKind.HELD, ClaimKind.NOT_BOOKED, ClaimKind.BOOKED}),  # released
}


def sequence_end(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of `sentence` read by the last step of the sequence it tells (see above)."""
    folded = fold(sentence)
    text = folded.text
    if "?" in text:
        return claims
    if _SUPPOSED.search(text):
        return claims
    step = _last_step(text)
    if step is None:
        return _in_place(sentence, text, claims, names)
    cut, last = step
    at = folded.span(cut, len(text))[0]  # where the last step starts in `sentence`
    if _TO_COME.search(last) or (_NEGATED.search(last) and not _NO_LONGER.search(last)):
        return claims
    earlier = text[:cut]
    kind: ClaimKind | None
    if _RELEASED.search(last):
        kind, told = None, ()
    elif _CANCELLED.search(last):
        kind = ClaimKind.CANCELLED
        told = (_claim(kind, sentence, read_details(text, names)),)
    elif _MOVED.search(last) or _only_day(last, names, earlier):
        kind = ClaimKind.RESCHEDULED
        told = (_moved(sentence, read_details(last, names), read_details(earlier, names)),)
    elif _BOOKED.search(last):
        kind = ClaimKind.BOOKED
        own = read_details(last, names)
        told = (_claim(kind, sentence, own if _names_any(own) else read_details(text, names)),)
    elif _HELD.search(last):
        kind = ClaimKind.HELD
        told = (_claim(kind, sentence, read_details(text, names)),)
    else:
        return claims
    undone = _UNDONE[kind]
    kept = tuple(c for c in claims if not (c.kind in undone and c.start < at))
    return kept + tuple(t for t in told if t not in kept)


def _last_step(text: str) -> tuple[int, str] | None:
    """Where the last step starts in `text`, and its text; None without a sequence."""
    early = _EARLY.search(text)
    if early is None:
        return None
    lates = [m for m in _LATE.finditer(text) if m.start() > early.start()]
    if not lates:
        return None
    late = lates[-1]
    if re.search(r"[.!…]\s", text[early.end() : late.start()]):
        return None  # the steps of one sentence, not of a paragraph
    cuts = [m.end() for m in _CUT.finditer(text, 0, late.start())]
    at = cuts[-1] if cuts else late.start()
    if at <= early.end():
        return None
    return at, text[at:]


def _only_day(step: str, names: Names, earlier: str) -> bool:
    """`step` names a day (or a time) and nothing else, and the earlier steps another."""
    words = re.findall(r"[\w']+", step)
    rest = [
        w
        for w in words
        if w not in _FILLER and w not in _NUMBERS and w not in WEEKDAYS and not w[0].isdigit()
    ]
    new, old = read_details(step, names), read_details(earlier, names)
    if rest or not (new.weekdays or new.times):
        return False
    return bool(old.weekdays or old.times) and (new.weekdays, new.times) != (
        old.weekdays,
        old.times,
    )


def _in_place(
    sentence: str, text: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """A verbless day said in place of another: the move there."""
    for piece in re.split(r"[.!;]", text):
        m = _IN_PLACE.search(piece)
        if m is None or m["old"] in m["new"]:
            continue
        head, tail = piece[: m.start()], piece[m.end() :]
        words = re.findall(r"[\w']+", f"{head} {m['new']} {tail}")  # verbless, all of it
        if any(w not in _FILLER and w not in _NUMBERS and w not in WEEKDAYS for w in words):
            continue
        moved = _moved(sentence, read_details(m["new"], names), read_details(m["old"], names))
        kept = tuple(c for c in claims if c.kind not in _UNDONE[ClaimKind.RESCHEDULED])
        return (*kept, moved)
    return claims


def _names_any(d: Details) -> bool:
    return bool(d.weekdays or d.times or d.stylists or d.services or d.days)


def _moved(sentence: str, new: Details, old: Details) -> Claim:
    parts = ((Role.NEW, new), (Role.OLD, old))
    return Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(parts))


def _claim(kind: ClaimKind, sentence: str, details: Details) -> Claim:
    return Claim(kind, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))
