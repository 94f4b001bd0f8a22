"""Parts of the day narrowed by "early", "late", "mid" or "end of" as callers say them in one
word or a phrase: "spätvormittags", "frühnachmittags", "am frühen Vormittag", "gegen Ende des
Vormittags", "mitten am Nachmittag", "kurz nach Mittag", "mid-afternoon", "mid-morning",
"towards the end of the morning", "the beginning of the afternoon". Each is the window a
receptionist would search (blind round 33's note): the early morning 09:00-11:00 (the opening to
eleven), the late morning 10:00-12:00, mid-morning 10:00-11:30, the early afternoon 12:00-15:00,
mid-afternoon 14:00-16:00, the late afternoon 15:00-18:00, just after noon 12:00-13:00. Left
unread they were asked, or (the "Nachmittag" of "mitten am Nachmittag" read alone) answered with
the whole afternoon, wider than was said.

The patterns run on the normalized words ("nach Mittag" is written "nachmittag" there, so "kurz
nach Mittag" reads "kurz nachmittag"), before the plain parts in `times`."""

from __future__ import annotations

# the windows of the parts added here (minutes after midnight) and their half of the day
APPROX_PART_HOURS: dict[str, tuple[int, int, str]] = {
    "mid_morning": (10 * 60, 11 * 60 + 30, "am"),
    "mid_afternoon": (14 * 60, 16 * 60, "pm"),
    "just_after_noon": (12 * 60, 13 * 60, "pm"),
}

_TOWARDS = r"(?:(?:so\s+)?(?:gegen|zum|am|bis\s+zum|towards?|at|by|near|around)\s+)?"
_START_DE = r"(?:(?:am|zu|zum)\s+)?(?:anfang|beginn)\s+(?:(?:des|vom)\s+)?"
_START_EN = r"(?:(?:at|in|around)\s+)?the\s+(?:beginning|start)\s+of\s+the\s+"
# "mitten am", "in der Mitte des", "am mittleren" / "mittlerer" (the adjective)
_MIDDLE_DE = (
    r"(?:mitten\s+(?:am|im)\s+|(?:in\s+der\s+)?mitte\s+(?:des|vom)\s+|mitte\s+"
    r"|(?:(?:am|im)\s+)?mittlere[nrs]?\s+)"
)
_MIDDLE_EN = r"(?:mid\s*|(?:(?:in|around)\s+)?(?:the\s+)?middle\s+of\s+the\s+)"

APPROX_PART_PATTERNS: list[tuple[str, str]] = [
    (rf"{_MIDDLE_DE}nachmittags?|{_MIDDLE_EN}afternoon|mittnachmittags?", "mid_afternoon"),
    (rf"{_MIDDLE_DE}vormittags?|{_MIDDLE_EN}morning|mittvormittags?", "mid_morning"),
    (rf"spaetvormittags?|{_TOWARDS}(?:dem\s+)?ende\s+(?:des|vom)\s+vormittags?"
     rf"|{_TOWARDS}the\s+end\s+of\s+the\s+morning", "late_morning"),
    (rf"{_TOWARDS}(?:dem\s+)?ende\s+(?:des|vom)\s+nachmittags?"
     rf"|{_TOWARDS}the\s+end\s+of\s+the\s+afternoon", "late_afternoon"),
    (rf"fruehnachmittags?|{_START_DE}nachmittags?|{_START_EN}afternoon", "early_afternoon"),
    (rf"(?:(?:am|im)\s+)?frueh(?:er)?e[nrs]?\s+vormittag|fruehvormittags?|frueh\s+am\s+vormittag"
     rf"|{_START_DE}vormittags?|{_START_EN}morning", "early"),
    # "kurz / gleich nach Mittag" (not "nach dem Mittagessen" or "der Mittagspause": `times`)
    (r"(?:kurz|gleich|direkt|unmittelbar)\s+nachmittag\b"
     r"|(?:shortly|just|right|straight)\s+after\s+(?:noon|midday)", "just_after_noon"),
]  # fmt: skip
