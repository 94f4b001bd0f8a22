"""Wishes within a day said by the caller's rhythm, not by the clock, written as the forms the
resolver reads (on normalized text), so none is dropped for the whole day:

- "je später desto besser", "je später, umso lieber": the day's last start, as "so spät wie
  möglich" (README round 12); "je früher desto besser", "je eher, umso lieber": its first, as
  "so früh wie möglich";
- "als letzte Kundin", "als letzter Kunde am Tag", "als Allerletzte": the day's last start, as
  "der letzte Termin";
- "ganz zum Schluss", "ganz zuletzt", "den allerletzten Termin", "am Ende des Tages", "the last
  slot of the day": the day's last start too; "close of business" the day's last hours, as "end
  of day";
- "zur Kaffeezeit", "so zur Kaffeezeit", "um die Kaffeezeit": the hour from 15 to 16 (round
  27's label);
- "Mittwoch, bloß nicht nachmittags", "Freitag, aber bitte nicht am Nachmittag", "Wednesday,
  just not in the afternoon": that day before the afternoon, as "vormittags". Only right after
  the day it is said of; hedged ("eher nicht am Nachmittag"), said of a stretch ("am Wochenende,
  aber nicht nachmittags"), with another part named instead ("nicht nachmittags, sondern
  vormittags", a correction) or with a further exclusion ("nicht nachmittags und nicht zu früh")
  it is read as before. "Freitag, aber nicht vormittags" leaves the afternoon and, on a long day,
  the evening: it stays asked (round 12's rule).

What else of the daily rhythm is said and not read ("bevor die Kinder aus der Schule kommen") is
asked (`time_wish.py`)."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_BETTER = r"(?:desto|umso|um\s+so)\s+(?:besser|lieber)"
_LATER = re.compile(rf"\bje\s+spaeter\s+{_BETTER}\b|\bthe\s+later\s+the\s+better\b")
_SOONER = re.compile(
    rf"\bje\s+(?:frueher|eher)\s+{_BETTER}\b|\bthe\s+(?:earlier|sooner)\s+the\s+better\b"
)
_LAST_CUSTOMER = re.compile(
    r"\bals\s+(?:aller)?letzte[rn]?(?:\s+(?:kundin|kunde|kunden|termin))?"
    r"(?:\s+(?:am|des|vom)\s+(?:tag|tages|abend|abends))?\b(?!\s+(?:woche|monat|jahr|mal)\b)"
    r"|\bas\s+(?:the\s+)?(?:very\s+)?last\s+(?:customer|client|appointment|one)"
    r"(?:\s+of\s+the\s+day)?\b"
)
# "ganz zum Schluss", "am Schluss des Tages", "ganz zuletzt", "den allerletzten Termin", "ganz am
# Ende (des Tages)", "zum Tagesende", "the very last one of the day", "the last slot of the day":
# the day's last start, as "der letzte Termin" ("wie zuletzt", like last time, is no time; "zum
# Schluss noch eine Frage" no wish)
# "am Ende des Monats", "zum Schluss der Woche": the end of a longer stretch, read by `days`
_OF_SOMETHING = r"(?!\s+(?:der|des|dieser|dieses|vom|von|im|in|naechst\w*|kommend\w*)\b)"
_AT_THE_END = re.compile(
    r"\b(?:ganz\s+)?(?:zum|am)\s+(?:schluss|ende)\s+(?:des|vom)\s+tag(?:es)?\b"
    rf"|\bganz\s+(?:zum|am)\s+(?:schluss|ende)\b{_OF_SOMETHING}"
    rf"|\b(?:zum|am)\s+schluss\b(?!\s+noch\b){_OF_SOMETHING}"
    r"|\b(?:zum|am)\s+tagesende\b|\bganz\s+zuletzt\b"
    r"|\b(?:de[nrm]\s+)?allerletzte[nrm]?(?:\s+(?:termin|slot)\b|(?=\s*(?:$|[,;.])))"
    r"|\b(?:the\s+)?(?:very\s+)?last\s+(?:one|1|slot|appointment|booking)\s+of\s+the\s+day\b"
)
# "close of business", "COB", "at the close": the day's last hours, as "end of day"
_CLOSE_OF_BUSINESS = re.compile(r"\b(?:at\s+)?(?:the\s+)?close\s+of\s+business\b|\bcob\b")
_COFFEE = re.compile(r"\b(?:so\s+)?(?:zur|um\s+die|zu\s+der)\s+kaffeezeit\b")
# another part named instead ("sondern vormittags"), or a further wish excluded ("not in the
# afternoon and not too early"): read as before (a correction, or asked)
_FOLLOWED_BY_ANOTHER = (
    r"(?!\s*(?:sondern|lieber|besser|eher|but|rather)\b)(?!.*\b(?:nicht|not|kein\w*|no)\b)"
)
# right after the one day it is said of ("Mittwoch, bloß nicht nachmittags"), with nothing but
# emphasis between: hedged ("eher nicht am Nachmittag") or said of a stretch ("am Wochenende, aber
# nicht vormittags") it stays asked
_A_DAY = rf"\b((?:{WEEKDAY_RE}|heute|morgen|uebermorgen|today|tomorrow)\s+)"
_STRESSED_NOT = (
    r"(?:(?:aber|bitte|bloss|nur|ja|just|only|but)\s+)*(?:nicht|not)\s+(?:am\s+|in\s+the\s+)?"
)
_NOT_AFTERNOON = re.compile(
    rf"{_A_DAY}{_STRESSED_NOT}(?:nachmittags?|afternoons?)\b{_FOLLOWED_BY_ANOTHER}"
)


def day_rhythm(text: str) -> str:
    text = _LATER.sub("so spaet wie moeglich", text)
    text = _SOONER.sub("so frueh wie moeglich", text)
    text = _LAST_CUSTOMER.sub("letzter termin", text)
    text = _AT_THE_END.sub("letzter termin", text)
    text = _CLOSE_OF_BUSINESS.sub("end of day", text)
    text = _COFFEE.sub("von 15 bis 16 uhr", text)
    return _NOT_AFTERNOON.sub(r"\1vormittags", text)
