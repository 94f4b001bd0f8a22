"""An LLM's markdown read as the words it shows (blind 11): struck-through text is not said
("Status Freitag: ~~gebucht~~ → abgesagt" says cancelled), emphasis and code marks are no words
("**Gebucht!**", "`Buchung: OK`"), a heading over a bullet list names what the list details
("### Termin bestätigt\\n* Freitag\\n* 10:00" reads as "Termin bestätigt: Freitag, 10:00"), and
a numbered checklist's numbers are no dates ("1. Termin gebucht ✔ 2. Freitag, 10 Uhr ✔"; one item
cut off alone, "1. 15:00 Uhr", and a dash bullet alone, "- 14:30 Uhr": blind 54), and
an emoji between two sentences ends the first.

`plain` keeps every character's place (marks become spaces, line breaks punctuation), so a
claim's span still points into the sentence the guard holds."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_ANY_MARK = lazy(r"[~`*#_\n\u2600-\u27bf\U0001f300-\U0001faff]|\b1\.\s|^[ \t]*[-•][ \t]")
# an emoji between two sentences ends the first ("Umbuchung erledigt 👍 Statt Freitag …"); not a
# check mark, which says done itself
_EMOJI_END = lazy(
    r"(?![\u2705\u2714\u2611])[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?(?=\s+[A-ZÄÖÜ])"
)
_STRUCK = lazy(r"~~[^~\n]+~~")
_EMPHASIS = lazy(r"\*\*|__")
_CODE = lazy(r"(?<!\w)`[^`\n]+`(?!\w)")  # not a backtick for an apostrophe ("I`ve")
_HEADING = lazy(r"^[ \t]*#{1,6}[ \t]", re.M)
_BULLET = lazy(r"\n[ \t]*[*\-•][ \t]")
_FIRST_BULLET = lazy(r"^[ \t]*[*\-•][ \t]")
# a numbered list's markers, only when 1. and 2. both start items ("1. Termin … 2. Freitag …")
_NUMBERED = lazy(r"(?:^|(?<=\s))([1-9])\.\s(?=\D)")
# one item of a numbered list the splitter cut off, a clock time after its number (blind 54,
# claims137: "1. 15:00 Uhr"): the number is no date
_NUMBERED_TIME = lazy(r"^[ \t]*[1-9]\.[ \t]+(?=\d{1,2}[:.]\d{2}\b)")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        chars[i] = " "


def plain(text: str) -> str:
    """`text` with its markdown read as above, character for character."""
    if not _ANY_MARK.search(text):
        return text
    chars = list(text)
    for m in _STRUCK.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _EMPHASIS.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _CODE.finditer(text):
        chars[m.start()] = chars[m.end() - 1] = " "
    headed = False
    for m in _HEADING.finditer(text):
        _blank(chars, m.start(), m.end())
        headed = True
    m = _FIRST_BULLET.match(text)
    if m:
        _blank(chars, m.start(), m.end())
    first = True
    for m in _BULLET.finditer(text):
        chars[m.start()] = ":" if headed and first else ","
        _blank(chars, m.start() + 1, m.end())
        first = False
    if "\n" in text:
        chars = ["." if c == "\n" else c for c in chars]
    for m in _EMOJI_END.finditer(text):
        chars[m.start()] = "."
    numbers = list(_NUMBERED.finditer(text))
    if [n.group(1) for n in numbers[:2]] == ["1", "2"]:
        for n in numbers:
            _blank(chars, n.start(1), n.end(1) + 1)
    m = _NUMBERED_TIME.match(text)
    if m:
        _blank(chars, m.start(), m.end())
    return "".join(chars)
