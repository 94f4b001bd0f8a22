"""Parts of the day said by the salon's closing or in slang, as the time patterns read them:
"arvo" (Australian and British "afternoon"; "this arvo" is today's); "just before you close",
"right before closing", "last thing (before you close)", "kurz bevor Sie zumachen / schließen",
"kurz vor Schluss" are
"kurz vor Ladenschluss" (the day's last hours); "after you close", "after closing time", "after
hours", "once you've closed", "nachdem Sie zugemacht haben" are "nach Ladenschluss" (after closing: outside the day's hours, or the day's
closure). A plain "before you close" ("bevor Sie zumachen") sets no time of its own and is left
alone (asked). Done by closing ("muss aber noch vor Ladenschluss fertig sein", "reicht das noch bis
Sie zumachen?", "it has to be done before you close") is what every start the tool offers is
already: the words are dropped and the day (or the time said, checked to fit) stands (round 46).
A window from a time to the closing ("ab halb drei bis Ladenschluss", "von drei bis Sie zumachen",
"from three until closing") is the window from that time, which ends at the day's closing anyway
(round 57); a bare "bis Ladenschluss" with no start stays as it was (asked).

Works on normalized text (`tools.when.normalize`: folded, no punctuation)."""

from __future__ import annotations

import re

_WHO = r"(?:you|they|the\s+(?:salon|shop)|sie|ihr|du|der\s+laden|der\s+salon|das\s+geschaeft)"
_CLOSE = (
    r"(?:close|closes|shut|shuts|shut\s+up\s+shop|zumach\w*|zu\s+mach\w*|schliess\w*|zusperr\w*"
    r"|dichtmach\w*|dicht\s+mach\w*)"
)
_CLOSED = (
    r"(?:closed|close|shut|zugemacht|zu\s+gemacht|geschlossen|zugesperrt|dichtgemacht)"
    r"(?:\s+(?:haben|habt|hast|hat))?"
)
_BY_CLOSE = (
    rf"(?:vor\s+(?:dem\s+)?ladenschluss|bis\s+(?:zum\s+)?ladenschluss|(?:bevor|bis)\s+{_WHO}\s+{_CLOSE}"
    rf"|before\s+(?:{_WHO}\s+{_CLOSE}|closing(?:\s+time)?)|by\s+closing(?:\s+time)?)"
)
_FILL = r"(?:\s+(?:aber|but|noch|still|auch|dann|then|denn|ja|doch))*"
_DONE = r"(?:fertig(?:\s+sein)?|done|finished|through)"
# "muss aber noch vor ladenschluss fertig sein", "reicht das noch bis sie zumachen", "it has to
# be done before you close": either a verb of getting done before the closing or "fertig" after it
_DONE_BY_CLOSE = re.compile(
    r"\b(?:(?:ich\s+)?(?:muss|muesste|sollte|soll|it\s+(?:has\s+to|must|needs\s+to)\s+be"
    r"|(?:reicht|klappt|passt|geht)\s+(?:das|es)|schaffen\s+sie\s+das|is\s+that|will\s+that\s+be"
    r"|would\s+that\s+be|does\s+that\s+work|is\s+it))"
    rf"{_FILL}\s+(?:{_DONE}\s+)?{_BY_CLOSE}(?:\s+{_DONE})?\b"
    rf"|\b{_BY_CLOSE}\s+{_DONE}\b"
)
# "ab halb 3 bis ladenschluss", "von 3 bis zum geschaeftsschluss", "from 3 until closing time"
_UNTIL_CLOSE = re.compile(
    r"\b(?P<start>ab|von|nach|from|after)\s+(?P<clock>(?:um\s+|at\s+)?(?:halb\s+)?\d{1,2}(?::\d{2})?"
    r"(?:\s+uhr)?)\s+(?:und\s+|and\s+)?(?:bis|until|till|to)\s+(?:zum\s+|zur\s+)?"
    rf"(?:ladenschluss|geschaeftsschluss|schliessung|{_WHO}\s+{_CLOSE}|closing(?:\s+time)?"
    r"|close)\b"
)
_FROM = {"von": "ab", "from": "from"}
_ARVO = re.compile(r"\b(this\s+)?arvos?\b")
_JUST_BEFORE = re.compile(
    rf"\b(?:(?:just|right|shortly|immediately|not\s+long|last\s+thing)\s+before\s+(?:{_WHO}"
    rf"\s+{_CLOSE}|closing(?:\s+time)?)|kurz\s+bevor\s+{_WHO}\s+{_CLOSE}"
    r"|kurz\s+vor\s+(?:dem\s+)?schluss"
    # British "last thing on Friday", as "first thing" is the opening
    r"|last\s+thing(?:\s+in\s+the\s+day)?(?!\s+before))\b"
)
_AFTER = re.compile(
    rf"\b(?:(?:after|once)\s+(?:{_WHO}|youve|theyve)\s+(?:have\s+|ve\s+)?{_CLOSED}"
    r"|after\s+(?:you\s+|they\s+)?(?:close|closes|shut|shuts)|after\s+closing(?:\s+time)?"
    r"|after\s+hours"
    rf"|(?:nachdem|wenn)\s+{_WHO}\s+{_CLOSED})\b"
)


def closing_words(text: str) -> str:
    """`text` with "arvo" as "afternoon", a window up to the closing as the window from its start
    and the salon's closing as said as "kurz vor ladenschluss" / "nach ladenschluss"."""
    text = " ".join(_DONE_BY_CLOSE.sub(" ", text).split())
    text = _UNTIL_CLOSE.sub(lambda m: f"{_FROM.get(m['start'], m['start'])} {m['clock']}", text)
    text = _ARVO.sub(lambda m: "today afternoon" if m[1] else "afternoon", text)
    text = _JUST_BEFORE.sub("kurz vor ladenschluss", text)
    return _AFTER.sub("nach ladenschluss", text)
