"""Words left over after the day that read as a time wish the resolver did not understand: with
no time read beside them, the answer is a question, never the whole day (which would drop the
caller's wish silently).

The resolver drops unread words that say nothing about the day or time (small talk, "danke",
"wenn es geht"); `lexicon.is_temporal` keeps the words of days and clock times. These are the
words of the caller's daily rhythm that bound the time within a day: a time clause ("bevor die
Kinder aus der Schule kommen", "sobald ich aus dem Büro bin", "solange die Kleine in der Krippe
ist", "während mein Sohn beim Fußball ist", "nachdem ich sie abgeholt habe"), a "wenn" clause
naming where the day runs ("wenn die Kinder in der Kita sind", "when the kids are at school"), a
comparative wish ("eher später", "je ... desto ..."), a time of day named by a meal or a break
("zur Teezeit", "Essenszeit"). What is understood of them is read before (`day_rhythm.py`,
`own_schedule.py`, `work_bound.py`, `errand.py`). With a time read beside them they are the
caller's reasons ("ich komm direkt vom Büro, so um fünf", "a bit later, say Friday at 3"), and
a duty alone ("da hab ich Yoga. Übermorgen?") is a reason too, never a wish: both are left out as
before. "later today" stays today (round 4's label). A clause naming any event of the caller's
life ("wenn mein Mann zu Hause ist") is read by `caller_event.py`: the day kept, the time asked."""

from __future__ import annotations

import re

# a clause that bounds the time: "bevor ...", "sobald ...", "solange ...", "während ...", "nachdem
# ..." ("bis", "vor", "nach", "before", "after", "until" are temporal words already)
_CLAUSE = frozenset({"bevor", "ehe", "sobald", "solange", "waehrend", "nachdem", "once", "while"})
# a wish relative to a time, said without the time: "eher später", "je später, umso schöner"
_COMPARATIVE = frozenset({"spaeter", "earlier", "sooner", "desto", "umso"})
# the places and duties a day runs by, named in a "wenn" clause
_RHYTHM = (
    r"schule|kita|kindergarten|hort|krippe|tagesmutter|arbeit|buero|dienst|schicht|training"
    r"|sport|yoga|uni|vorlesung|school|nursery|daycare|work|shift|office|gym|practice|training"
)
_WHEN_CLAUSE = re.compile(rf"\b(?:wenn|when)\s+(?:\w+\s+){{0,6}}?(?:{_RHYTHM})\b")
# a bound with no time to it: "Samstag, aber nicht zu früh", "not too late" (round 59): with a
# time beside it ("nicht zu früh, so ab zehn") it is the time's reason; alone, how early is asked
_VAGUE_BOUND = re.compile(
    r"\bnicht\s+(?:all)?zu\s+(?:frueh|zeitig|spaet)\b|\bnot\s+too\s+(?:early|late)\b"
)


def time_wish_clauses(text: str) -> list[str]:
    """ "wenn die Kinder in der Kita sind": the clause up to the place it names (normalized)."""
    return [m[0] for m in _WHEN_CLAUSE.finditer(text)]


def vague_bounds(text: str) -> list[str]:
    """ "nicht zu früh", "not too late": a bound said without its time (normalized)."""
    return [m[0] for m in _VAGUE_BOUND.finditer(text)]


def bounds_by_clause(word: str) -> bool:
    """A leftover word that opens a clause bounding the time ("bevor", "sobald"): a part of the
    day beside it ("morgen früh, bevor ich die Kinder in die Kita bringe") leaves its end
    unknown, so only a clock time answers it."""
    return word in _CLAUSE


def reads_as_time_wish(word: str) -> bool:
    """A leftover word or clause (folded) that says something about when in the day."""
    return (
        word in _CLAUSE
        or word in _COMPARATIVE
        or bool(_WHEN_CLAUSE.fullmatch(word))
        or bool(_VAGUE_BOUND.fullmatch(word))
        # "Kaffeezeit", "Teezeit", "Essenszeit", "Schlafenszeit": a time of day by its name ("Zeit"
        # alone is a filler: "hätte Zeit")
        or (word.endswith("zeit") and len(word) > len("zeit"))
    )
