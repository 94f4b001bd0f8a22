"""The opening said with its day inside the clause ("gleich wenn Sie am Mittwoch aufmachen",
"sobald ihr Freitag früh aufsperrt", "wenn der Laden am Dienstag öffnet"): German puts the verb
last, so the day sits between who opens and the opening. Read as they are, the day is found and
the opening words are not ("wenn Sie ... aufmachen" broken up), so the answer was the whole day
or a question about "sobald". The day is put before the clause ("am mittwoch gleich wenn sie
aufmachen"), which the time patterns read as the day's opening time; a part of the morning said
with the day ("Freitag früh") is the opening's own and left out, and so is "wieder" ("wenn Sie am
Dienstag wieder aufmachen": the first opening after a closure is still the opening).

"wenn Sie am Mittwoch offen haben" is any time they are open (no opening verb): left as it is.
Works on normalized text.
"""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE

_THEY = r"(?:sie|ihr|du|der\s+laden|der\s+salon|das\s+geschaeft)"
_OPENS = r"(?:auf(?:machen|macht|sperren|sperrt)|oeffnen|oeffnet)"
_DAY = (
    rf"(?:(?:am|den|diesen|naechsten|kommenden)\s+)?(?:{WEEKDAY_RE}|{NEAR_DAY_RE}"
    r"|\d{1,2}\.(?:\d{1,2}\.(?:\d{2,4})?)?)"
)
_MORNING = r"(?:\s+(?:frueh|morgens|in\s+der\s+frueh|vormittags))?"
_OPENING_DAY = re.compile(
    rf"\b(?P<lead>(?:(?:gleich|direkt|sofort)\s+)?(?:sobald|wenn))\s+(?P<they>{_THEY})\s+"
    rf"(?P<day>{_DAY}(?:\s+{_DAY})?){_MORNING}\s+(?:wieder\s+)?(?P<opens>{_OPENS})\b"
)


def opening_day(text: str) -> str:
    """`text` (normalized) with a day said inside an opening clause put before the clause."""
    return _OPENING_DAY.sub(lambda m: f"{m['day']} {m['lead']} {m['they']} {m['opens']}", text)
