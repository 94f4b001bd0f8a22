"""Parts of the day said by the salon's closing or in slang, as the time patterns read them:
"arvo" (Australian and British "afternoon"; "this arvo" is today's); "just before you close",
"right before closing", "last thing (before you close)", "kurz bevor Sie zumachen / schließen",
"kurz vor Schluss" are
"kurz vor Ladenschluss" (the day's last hours); "after you close", "after closing time", "after
hours", "once you've closed", "nachdem Sie zugemacht haben" are "nach Ladenschluss" (after closing: outside the day's hours, or the day's
closure). A plain "before you close" ("bevor Sie zumachen") sets no time of its own and is left
alone (asked).

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
    """`text` with "arvo" as "afternoon" and the salon's closing as said as "kurz vor
    ladenschluss" / "nach ladenschluss"."""
    text = _ARVO.sub(lambda m: "today afternoon" if m[1] else "afternoon", text)
    text = _JUST_BEFORE.sub("kurz vor ladenschluss", text)
    return _AFTER.sub("nach ladenschluss", text)
