"""Self-repairs read as what the speaker ends up saying (blind 17, claims27): "Ich hab Sie um
elf, äh, nein, um zehn, am Freitag, verbindlich gebucht", "Sie sind am Donnerstag – nein,
Entschuldigung, am Freitag – um zehn eingetragen", "You're in on Saturday, no, Friday, yes,
Friday at ten"; "Ich hab Sie gebucht – äh, nein, Moment, das ging leider nicht durch", "It's
booked – sorry, no, only on hold, it isn't booked yet".

The part taken back is blanked (characters kept in place, as `told_in_question.stated` does), so
its detail or its claim is not read: a day or time said before "nein / no" and corrected by the
detail after it goes (the detail words just before the repair); a claim taken back whole (what
follows the repair is no detail but a statement of its own) goes with everything before the
repair. Not a repair: "nein / no" with no comma or dash after it ("no problem", "nein danke"),
an answer after a question, "nein / no" that agrees with a negation before it ("Gebucht ist
nichts, nein, noch nicht"), a contrast ("Reserved, yes, booked, no – …").
"""

from __future__ import annotations

import re

from agent.claims.details import is_detail_word

_REPAIR = re.compile(
    r"\s*[,–—-]\s*(?:(?:äh|ähm|uh|um|er|erm|hm)\s*,\s*)?"
    r"(?:(?:sorry|entschuldigung|verzeihung|pardon)\s*,\s*)?"
    r"(?:nein|no)\s*[,–—-]"
    r"(?:\s*(?:sorry|entschuldigung|verzeihung|pardon|moment|moment\s+mal|wait|hang\s+on|"
    r"ich\s+meine|i\s+mean)\s*[,–—-])*\s*",
    re.IGNORECASE,
)
_QUICK = re.compile(r"\b(?:nein|no)\s*[,–—-]", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:nicht|kein\w*|nichts|nie|not|no|nothing|never|none)\b|n't\b", re.IGNORECASE
)
_NOT_TAKEN = frozenset({"in", "im"})  # "You're in on Saturday, no, Friday": "in" stays
_YES = re.compile(r"\b(?:yes|ja)\b", re.IGNORECASE)
_WORD = re.compile(r"[\wäöüß:.]+$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[\wäöüß:.]+", re.IGNORECASE)


def _detail(word: str) -> bool:
    return is_detail_word(word.lower().rstrip(".:"))


def repaired(sentence: str) -> str:
    """`sentence` with what a self-repair takes back blanked, characters kept in place; the
    sentence itself when it has no repair."""
    if not _QUICK.search(sentence):
        return sentence  # most sentences: no "nein / no" before a comma or dash
    for m in _REPAIR.finditer(sentence):
        before = sentence[: m.start()]
        if not before.strip() or before.rstrip()[-1] in "?.!":
            continue  # an answer, not a repair
        nxt = _FIRST_WORD.match(sentence, m.end())
        if nxt is None:
            continue
        if _detail(nxt.group()):
            # the detail words just before the repair are the ones taken back
            start = len(before)
            while True:
                w = _WORD.search(before[:start].rstrip())
                if w is None or w.group().lower() in _NOT_TAKEN or not _detail(w.group()):
                    break
                start = w.start()
            if start == len(before):
                continue
            return sentence[:start] + " " * (m.end() - start) + sentence[m.end() :]
        if _NEGATED.search(before) or _YES.search(before):
            continue  # "nein" agreeing with a negation, or "X, yes, Y, no": nothing taken back
        return " " * m.end() + sentence[m.end() :]
    return sentence
