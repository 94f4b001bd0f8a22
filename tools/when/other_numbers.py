"""Numbers in a long turn that belong to other things than the day and time: ages ("ich bin 45",
"meine Tochter ist 7", "I'm 33"), prices ("kostet das 30 Euro?", "das kostet doch 35"),
percentages, durations ("45 Minuten gedauert", "es dauert ungefähr 2 Stunden"), phone, customer,
booking codes ("Buchungscode 8 3 2 9", "booking reference 5 6 7"), house numbers and postcodes
("meine Nummer ist 0171 4455667", "Kastanienallee 12", "PLZ 10435"), bus lines, floors, years
of birth ("Jahrgang 1990"), counts of people ("3 Kinder").

Such a number is never a day or a time. When a turn holds one, its clauses (cut at the
punctuation) that name no day or time at all are the caller's story and are dropped ("ich bin
70 und nicht mehr so schnell, brauche bestimmt 10 Minuten länger, Donnerstag um zehn?":
"Donnerstag um zehn?"); in a clause that names the day, the part before "und" that holds only
such a number goes too ("ich bin 45 und hätte gern Donnerstag um drei"). A turn without such a
number is left as said; a bare number ("Freitag, 10") is never taken for one.

Works on the caller's words as said (with their punctuation), before `normalize`.
"""

from __future__ import annotations

import re

from tools.text_fold import fold
from tools.when.lexicon import MONTH_RE, NEAR_DAY_RE, WEEKDAY_RE

_NUM_WORD = (
    r"(?:ein|eine|einen|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf"
    r"|\w+zig|\w+ssig|\w+zehn|hundert|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\w+teen|\w+ty)"
)
_NUM = rf"(?:\d+(?:[,.]\d+)?|{_NUM_WORD})"
# What the number counts or names: said after it ("30 Euro", "45 Minuten gedauert") or before it
# ("Nummer 15", "Linie 8", "Jahrgang 1990")
_UNIT_AFTER = (
    r"(?:euro|eur|euros|cent|dollar|prozent|percent|jahre|jahren|jahr\s+alt|years?(?:\s+old)?"
    r"|kinder|kids|leute|personen|people|erwachsene|stock|etage|cm|zentimeter|millimeter|mm|km"
    r"|kilometer|minuten\s+(?:gedauert|laenger|anfahrt|fahrt|weg)|stunden?\s+(?:gedauert|laenger"
    r"|anfahrt|fahrt|mittagspause|pause)|stunden?\s+die\s+stunde|die\s+stunde)\b"
)
# ("no" after a number or "or" is a correction, "at 10, (or) no, 11", never "No. 11")
_NOUN_BEFORE = (
    r"\b(?:\w*nummer|nummer|number|nr|(?<!\d\s)(?<!\bor\s)no|\w*code|code|\w*referenz|reference|ref|plz|postleitzahl"
    r"|linie|line|bus|tram|strassenbahn|ubahn"
    r"|sbahn|zimmer|room|jahrgang|baujahr|geboren|born|\w+(?:strasse|str|allee|weg|platz|gasse"
    r"|ring|damm|ufer))\.?\s+(?:ist\s+|is\s+)?"
)
_OTHER = re.compile(
    rf"\b{_NUM}\s+{_UNIT_AFTER}"
    rf"|{_NOUN_BEFORE}\d+(?:[ -]\d+)*\b"
    # ages: "ich bin 45", "bin schon 64", "meine Tochter ist 7", "mein Sohn wird 12", "I'm 33"
    rf"|\b(?:bin|wird|werde|werd|im|i\s+am|turns?|turning)\s+(?:schon|erst|jetzt|bald|gerade"
    rf"|already|just)?\s*{_NUM}\b(?!\s*(?:uhr|:|h\b|pm|am\b|oclock|o\s+clock))"
    rf"|\b(?:hes|shes|(?:he|she)\s+is)\s+(?:only|just|already)?\s*{_NUM}\b(?!\s*(?:pm|am\b|oclock))"
    rf"|\b(?:er|sie|die|der|tochter|sohn|kind|kleine|kleiner|enkel\w*|frau|mann|he|she)\s+ist\s+"
    rf"(?:schon|erst|jetzt|gerade)?\s*{_NUM}\b(?!\s*(?:uhr|:|h\b))"
    # prices: "kostet das 30", "das kostet doch 35", "is it 25 euros", "war 42,50"
    rf"|\b(?:kostet|kosten|gekostet|costs?|price|preis|rechnung)\b(?:\s+\w+){{0,4}}?\s+{_NUM}\b"
    # durations: "es dauert ungefähr 2 Stunden", "brauche bestimmt 10 Minuten länger"
    rf"|\b(?:dauert|dauern|gedauert|brauche|braucht|takes?|took)\b(?:\s+\w+){{0,3}}?\s+{_NUM}\s+"
    r"(?:stunden?|minuten|hours?|minutes)\b"
    # phone numbers: a leading zero or a run of digit groups; never four digits that are a clock
    # ("am 7.04., 0915": 09:15)
    r"|\b0(?![0-9][0-5]\d\b)\d{2,}\b|\b\d(?:\s+\d){4,}\b|\b\d{5,}\b|\b\d+-prozent\w*"
)
# A day or time named in a clause (folded): weekdays, today and tomorrow, dates, months, clock
# times, parts of the day, spans from now
_DAY_OR_TIME = re.compile(
    rf"\b(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|tonight|wochenende|weekend"
    rf"|{MONTH_RE})\b"
    r"|\b(?:am|an|den|the|on|ab|bis)\s+\d{1,2}\b|\b\d{1,2}\.(?!\d)|\b\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{1,2}[:/]\d{1,2}\b"
    rf"|\b(?:um|gegen|ab|bis|at|by|around|so\s+um)\s+(?:\d|{_NUM_WORD}\b|halb|viertel|dreiviertel)"
    r"|\buhr\b|\bhalb\s+\w|\b(?:viertel|dreiviertel)\s+(?:nach|vor)?\s*\w|\bhalf\s+past\b"
    r"|\bquarter\s+(?:past|to)\b|\b\d{1,2}\s*(?:am|pm)\b|\boclock\b"
    r"|\b(?:vormittag\w*|nachmittag\w*|morgens|frueh|abend\w*|mittags?|morning|afternoon"
    r"|evening|noon|naechste\w*\s+woche|next\s+week|diese\w*\s+woche|this\s+week)\b"
    r"|\bin\s+\S+\s+(?:tag|tagen|wochen?|stunden?|minuten|days?|weeks?|hours?|minutes)\b"
)
# The clauses of a turn: at its punctuation, not inside "42,50" or after a day's number ("14.")
_CLAUSES = re.compile(r"\s*(?:[;!?]|,(?!\d)|(?<!\d)\.(?=\s|$)|\s[-–]\s)\s*")
_AND = re.compile(r"\s+(?:und|and)\s+")
_OPENING = re.compile(r"^(?:(?:und|aber|also|dann|and|but|so)\s+)+", re.IGNORECASE)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text.lower().replace("'", "").replace("’", "")))


# A clause in the past tense tells what was ("meine Frau war am 3. bei Ihnen"): no day wanted
_PAST = re.compile(r"\b(?:war|waren|hatte|hatten|was|were|had)\b")


def _names_day_or_time(folded: str) -> bool:
    return not _PAST.search(folded) and bool(_DAY_OR_TIME.search(_OTHER.sub(" ", folded)))


def _without_story(clause: str) -> str:
    """A clause naming the day without its part before "und" holding only another number."""
    parts = _AND.split(clause)
    if len(parts) < 2:
        return clause
    kept = [
        p for p in parts if not (_OTHER.search(_folded(p)) and not _names_day_or_time(_folded(p)))
    ]
    return " und ".join(kept) if kept and len(kept) < len(parts) else clause


def drop_other_numbers(text: str) -> str:
    """The caller's words without the clauses of their story when the turn holds a number that is
    no day or time and another clause names the day or time; otherwise `text` as said."""
    if not _OTHER.search(_folded(text)):
        return text
    clauses = [c.strip() for c in _CLAUSES.split(text) if c and c.strip()]
    named = [_names_day_or_time(_folded(c)) for c in clauses]
    if not any(named):
        return text
    kept = [
        _OPENING.sub("", _without_story(c)).strip()
        for c, n in zip(clauses, named, strict=True)
        if n
    ]
    return ", ".join(c for c in kept if c)
