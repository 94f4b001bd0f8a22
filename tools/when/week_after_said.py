"""A weekday or a week said as the one after a week named before it in the same phrase: "nicht
diese Woche, den Mittwoch drauf", "nächste Woche nicht, den Freitag darauf", "diese Woche passt
nicht, die Woche drauf am Dienstag", "not this week, the Wednesday after". It is that weekday in
the week after the one named (this week's: next week's; next week's: the week after next),
written as the resolver reads it ("naechste woche mittwoch"). Left unread, "drauf" was asked
although the caller had said the day twice.

With no week named before it ("den Mittwoch drauf" alone: after what?) it is left as said and
asked; so is "the Wednesday after Easter" (a feast, read by `days`). Works on the words as said
(before `pieces` drops the clause that excludes the week named) and on normalized text."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

# the week named before, and the week after it
_WEEK_NAMED = re.compile(
    r"\b(?:(?P<this>diese[rnms]?|this)|(?P<next>n(?:ae|ä)chste[rnms]?|kommende[rnms]?|next"
    r"|the\s+coming))\s+(?:woche|week)\b",
    re.IGNORECASE,
)
_AFTER_IT = {"this": "naechste woche", "next": "uebernaechste woche"}
# "den Mittwoch drauf", "am Freitag darauf", "the Wednesday after (that)"; "die Woche drauf",
# "the week after (that)"
_DRAUF = r"(?:drauf|darauf|danach)"
_AFTER_EN = r"after(?:\s+that)?(?=\s*(?:$|[,;.]|\s(?:on|am|then|please|also|so)\b))"
_ONE_AFTER = re.compile(
    rf"\b(?:(?:den|am|dem|the|on\s+the)\s+)?(?P<day>{WEEKDAY_RE})\s+(?:{_DRAUF}|{_AFTER_EN})\b"
    rf"|\b(?:(?:die|in\s+der|the)\s+)?(?:woche|week)\s+(?:{_DRAUF}|{_AFTER_EN})\b",
    re.IGNORECASE,
)


_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.IGNORECASE)

# The weekday said as the one after this week's: "not this Thursday, the one after", "the Friday
# after this one", "nicht diesen Donnerstag, sondern den danach", "den Freitag nach diesem": the
# caller names the one they do not mean and the one they do; it is the coming one (today's on
# that weekday) a week on, as "Thursday in a week" reads
# also said as a correction of the coming one: "diesen Freitag, nee, den danach", "this Friday,
# sorry, the one after" (never after "nächsten": which Friday is that one after?)
_TAKEN_BACK = (
    r"(?:nee|ne|nein|no|nope|quatsch|sorry|doch|ich\s+mein(?:e|te)?|i\s+mean(?:t)?|actually"
    r"|lieber|rather)"
)
# a hesitation beside it; alone it takes nothing back ("Freitag, äh, den danach": asked)
_HESITATION = r"(?:oh|ach|aeh|äh|ähm|aehm|hm|moment|warte|wait|well)"
_CORRECTED = (
    rf"(?:{_HESITATION}\s*[,.!]*\s+)*{_TAKEN_BACK}\s*[,.!]*\s+"
    rf"(?:(?:{_HESITATION}|{_TAKEN_BACK})\s*[,.!]*\s+)*"
)
_THE_ONE_AFTER = rf"(?:the\s+one\s+after(?:\s+(?:that|it))?|(?:den|dem)\s+{_DRAUF})\b"
_AFTER_THIS_ONE = re.compile(
    rf"\b(?:not|nicht)\s+(?:this|diesen|den\s+kommenden)\s+(?P<day>{WEEKDAY_RE})\s*,?\s+"
    rf"(?:(?:but|sondern)\s+)?{_THE_ONE_AFTER}"
    rf"|(?:\b(?:this|diesen|den\s+kommenden|kommenden|the\s+coming|coming)\s+|^\s*(?:am\s+|on\s+)?)"
    rf"(?P<fixed>{WEEKDAY_RE})\s*,?\s+{_CORRECTED}{_THE_ONE_AFTER}"
    rf"|\b(?:(?:the|den|am)\s+)?(?P<after>{WEEKDAY_RE})\s+(?:after\s+this\s+one|nach\s+diese[mn])\b"
    rf"(?!\s+(?:{WEEKDAY_RE})\b)",
    re.IGNORECASE,
)


def after_this_one(text: str) -> str:
    """`text` with "the weekday after this one" said as that weekday in a week."""
    return _AFTER_THIS_ONE.sub(lambda m: f"{m['day'] or m['fixed'] or m['after']} in 1 woche", text)


def week_after_said(text: str) -> str:
    """`text` with "the weekday / week after" a week named before it said as the
    week after that one."""
    text = after_this_one(text)
    out, last = [], 0
    for m in _ONE_AFTER.finditer(text):
        named = list(_WEEK_NAMED.finditer(text, 0, m.start()))
        if not named or _WEEKDAY.search(text, named[-1].end(), m.start()):
            continue  # none named, or a weekday between ("Donnerstag, nee, den Freitag drauf")
        week = _AFTER_IT["this" if named[-1]["this"] else "next"]
        out += [text[last : m.start()], f"{week} {m['day']}" if m["day"] else week]
        last = m.end()
    return "".join(out) + text[last:]
