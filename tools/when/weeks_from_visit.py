"""A number of weeks counted from the caller's last visit given with its date ("letztes Mal war's
der 2. Oktober, also wieder vier Wochen später", "zuletzt am 2.10., jetzt sechs Wochen danach",
"last time was the 2nd of October, so four weeks later"): that many weeks after that date, written
as the resolver reads it ("4 wochen nach dem 2. oktober"). The last visit must be named: a date
with "N Wochen später" and nothing else may be a booking moved (W48) and is left as said. Read on
the words as said, before the last visit is dropped as an aside (`drop_past_visits`); a phrase it
rewrites comes back normalized (round 61)."""

from __future__ import annotations

import re

from tools.when.lexicon import MONTH_RE
from tools.when.normalize import normalize

_LAST_VISIT = r"(?:letzte[ns]?\s+mal|zuletzt|last\s+time|the\s+last\s+time|i\s+was\s+last\s+in)"
_DATE = (
    rf"(?:the\s+)?\d{{1,2}}(?:\.|st|nd|rd|th)?\s*(?:(?:of\s+)?(?:{MONTH_RE})\b|\d{{1,2}}\.(?:\d{{2,4}})?)"
    rf"|(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)
_FROM_VISIT = re.compile(
    rf"\b{_LAST_VISIT}\b[^,;]*?(?P<date>{_DATE})\s+(?:\w+\s+){{0,3}}?"
    r"(?P<count>\d+)\s+(?P<unit>wochen?|weeks?)\s+(?:spaeter|danach|drauf|darauf|later|after)\b"
)


def weeks_from_visit(text: str) -> str:
    """`text` with "last time the <date>, N weeks later" said as N weeks after that date."""

    def said(m: re.Match[str]) -> str:
        after = "after" if m["unit"].startswith("week") else "nach dem"
        return f"{m['count']} {m['unit']} {after} {m['date']}"

    normalized = normalize(text)
    if not _FROM_VISIT.search(normalized):
        return text
    return _FROM_VISIT.sub(said, normalized)
