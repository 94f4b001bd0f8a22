"""Punctuation spoken as words, as a caller dictating says it: "neunzehn Doppelpunkt dreißig",
"fünfzehn Strich dreißig", "elf Punkt fünfzehn", "ten colon thirty", "Friday comma three thirty
p m", "zehn Bindestrich zwölf Uhr" (the window, as "zehn bis zwölf"), "Dienstag Schrägstrich
Mittwoch" (two days: asked as "Dienstag / Mittwoch"), "Klammer auf vormittags Klammer zu",
"full stop", "Ausrufezeichen". Each word becomes the mark it names, so the day and clock are read
as if written; a mark that only ends a sentence is dropped (a "." after "fünfundvierzig" would
make it an ordinal).

"Punkt" stays a word where it means "exactly" ("um Punkt zehn"): it is a mark only between two
numbers or at the end. "period" is a mark only at the end ("a period of"). Works on the caller's
words as said, before anything else reads them.
"""

from __future__ import annotations

import re

from tools.when.numbers import NUMBER_WORDS

_ENGLISH_NUMBERS = (
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty"
).split()
_NUMBER = (
    r"(?:\d{1,2}|"
    + "|".join(sorted({*NUMBER_WORDS, "null", "zwo", *_ENGLISH_NUMBERS}, key=len, reverse=True))
    + r")"
)
_FLAGS = re.IGNORECASE
# between two numbers: the mark that joins hour and minutes, or the dash of a window
_BETWEEN = (
    (r"doppelpunkt|colon", " : "),
    (r"punkt", " . "),
    (r"bindestrich|dash|hyphen", " bis "),
)
# (the number and its mark by a function: with a "\\1" template `re` looks the template up by
# its pattern, hashing the long pattern's compiled code, on every call)
_BETWEEN_RE = tuple(
    (
        re.compile(rf"\b({_NUMBER})\s+(?:{words})\s+(?={_NUMBER}\b)", _FLAGS),
        lambda m, mark=mark: m[1] + mark,
    )
    for words, mark in _BETWEEN
)
_ANYWHERE = (
    (re.compile(r"\b(?:doppelpunkt|colon)\b", _FLAGS), " : "),
    (re.compile(r"\b(?:schrägstrich|schraegstrich|strich|slash)\b", _FLAGS), " / "),
    (re.compile(r"\s*\b(?:komma|comma)\b", _FLAGS), ", "),
    (re.compile(r"\b(?:klammer|bracket|parenthesis)\s+(?:auf|zu|open|close)\b", _FLAGS), " "),
    (re.compile(r"\b(?:open|close|closing)\s+(?:bracket|parenthesis|paren)\b", _FLAGS), " "),
    (
        re.compile(
            r"\b(?:bindestrich|semikolon|semicolon|ausrufezeichen|fragezeichen|full\s+stop"
            r"|exclamation\s+mark|question\s+mark|neue\s+zeile|new\s+line|dash|hyphen)\b",
            _FLAGS,
        ),
        " ",
    ),
    (re.compile(r"\s+(?:punkt|period)\s*$", _FLAGS), ""),
)
_SPACES = re.compile(r"\s{2,}")
# A part of every word above: text without any of them has no spoken mark (most phrases), and
# the patterns are not run.
_ANY_MARK = re.compile(
    r"punkt|colon|strich|slash|komma|comma|klammer|bracket|paren|semikolon|zeichen|stop|mark"
    r"|zeile|line|dash|hyphen|period",
    _FLAGS,
)


def read_dictation(text: str | None) -> str | None:
    """The text with every spoken punctuation word as the mark it names (or dropped)."""
    if not text:
        return text
    if _ANY_MARK.search(text) is None:
        return _SPACES.sub(" ", text).strip()
    for pattern, mark in (*_BETWEEN_RE, *_ANYWHERE):
        text = pattern.sub(mark, text)
    return _SPACES.sub(" ", text).strip()
