"""Text as the voice must read it: numbers, times, dates, prices and phone numbers written out.

German TTS voices misread what a reader takes in at a glance: "10:30 Uhr" becomes "zehn dreißig
Uhr", "am 3. Dezember" "am drei Dezember" (or the sentence is cut after "3."), "030 1234567"
a number in the millions, "35,50 €" "fünfunddreißig Komma fünfzig Euro". `speakable` writes
them the way they are said ("zehn Uhr dreißig", "am dritten Dezember", "null drei null, eins zwei
drei, ...", "fünfunddreißig Euro fünfzig"), ordinals inflected by the word before them.

It only changes what the voice is given (a Pipecat text transform on the TTS service,
`SpeakableText`): the context, the timeline and the guard keep the text as written.
Number words come from `num2words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
_MONTH_ABBREVIATIONS = "Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez"
_MONTH_OF = (
    {m.casefold(): i for i, m in enumerate(_MONTHS)}
    | {
        m.casefold(): i
        for i, m in enumerate(
            ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
        )
    }
    | {"sept": 8}
)
_WEEKDAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"

_DIGITS_DE = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DIGITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Words before an ordinal that take the weak "-en" form ("am dritten", "zum zweiten Mal").
_EN_AFTER = {
    "am", "im", "vom", "zum", "beim", "dem", "den", "des", "ihren", "ihrem", "ihres", "unseren",
    "unserem", "jeden", "jedem", "diesen", "diesem", "seinen", "seinem", "meinen", "meinem",
    "einen", "einem", "ab", "bis", "seit", "vor", "nach",
}  # fmt: skip
_E_AFTER = {"der", "die", "das", "ihre", "unsere", "jede", "diese", "seine", "meine", "eine"}
_ER_AFTER = {"ihr", "unser", "sein", "mein", "ein", "jeder", "dieser"}
_PREPOSITIONS = {
    "in", "an", "auf", "bei", "mit", "nach", "von", "zu", "aus", "vor", "seit", "für", "über",
    "unter", "zwischen", "bis", "ab", "um", "gegen",
}  # fmt: skip
# A date after a preposition without an article: the article is said ("ab dem dritten").
_WITH_ARTICLE = {
    "ab": "ab dem", "bis": "bis zum", "seit": "seit dem", "vor": "vor dem", "nach": "nach dem",
    "von": "vom", "zu": "zum", "an": "am", "für": "für den", "auf": "auf den",
}  # fmt: skip


def _number(n: int) -> str:
    return num2words(n, lang="de")


def _hour(n: int) -> str:
    """'ein Uhr', not 'eins Uhr'."""
    return "ein" if n == 1 else _number(n)


def _ordinal(n: int, ending: str) -> str:
    """num2words' ordinal ('dritte') with the ending the context needs (e, en, er)."""
    return num2words(n, lang="de", to="ordinal")[:-1] + ending


def _last_words(before: str, count: int = 2) -> list[str]:
    words = re.findall(r"[\wÄÖÜäöüß]+", before.casefold())
    return words[-count:]


def _ordinal_phrase(n: int, before: str) -> tuple[str, str]:
    """(what to put before it, the ordinal) for an ordinal after `before` (the text up to it)."""
    words = _last_words(before)
    last = words[-1] if words else ""
    if re.search(rf"(?:{_WEEKDAYS}),\s*$", before, re.IGNORECASE):
        # "am Freitag, 27. November": "am Freitag, den siebenundzwanzigsten November";
        # "Freitag, 27. November": "Freitag, der siebenundzwanzigste November".
        weekday_context = _last_words(before, 2)
        if len(weekday_context) == 2 and weekday_context[0] in {*_WITH_ARTICLE, "am", "zum", "vom"}:
            return "den ", _ordinal(n, "en")
        return "der ", _ordinal(n, "e")
    if last in ("der",) and len(words) == 2 and words[0] in _PREPOSITIONS:
        return "", _ordinal(n, "en")  # "in der zweiten Woche"
    if last in _EN_AFTER:
        return "", _ordinal(n, "en")
    if last in _E_AFTER:
        return "", _ordinal(n, "e")
    if last in _ER_AFTER:
        return "", _ordinal(n, "er")
    return "", _ordinal(n, "e")


def _before_with_article(before: str) -> str:
    """'bis ' -> 'bis zum ' when a date follows a bare preposition."""
    m = re.search(r"\b(\w+)(\s+)$", before)
    if m and m.group(1).casefold() in _WITH_ARTICLE:
        said = _WITH_ARTICLE[m.group(1).casefold()]
        if m.group(1)[0].isupper():
            said = said[0].upper() + said[1:]
        return before[: m.start()] + said + m.group(2)
    return before


def _year(text: str | None) -> str:
    if not text:
        return ""
    year = int(text)
    if year < 100:
        year += 2000
    return " " + num2words(year, lang="de", to="year")


# ---------------------------------------------------------------------------------------------
# German rules, applied in this order (each sees the text the earlier ones left)
# ---------------------------------------------------------------------------------------------

_ABBREVIATIONS = [
    (re.compile(r"\bz\.\s?B\.", re.IGNORECASE), "zum Beispiel"),
    (re.compile(r"\bca\.(?=\s)"), "circa"),
    (re.compile(r"\bNr\.(?=\s)"), "Nummer"),
    (re.compile(r"\bTel\.(?=\s)"), "Telefon"),
    (re.compile(r"\bbzw\.(?=\s)"), "beziehungsweise"),
    (re.compile(r"\busw\."), "und so weiter"),
    (re.compile(r"\binkl\.(?=\s)"), "inklusive"),
    (re.compile(r"\bggf\.(?=\s)"), "gegebenenfalls"),
    (re.compile(r"(?<=\d)\s?Min\.(?=\s|$)"), " Minuten"),
    (re.compile(r"(?<=\d)\s?Std\.(?=\s|$)"), " Stunden"),
]

# +49 30 12345678, 030 1234567, 0151-12345678, (030) 123 45 67: starts with + or 0, 6+ digits.
_PHONE = re.compile(r"(?<![\w.,:€])(?:\+|00)?\(?0?\d[\d\s\-/()]{4,}\d(?![\w,:€]|\.\d)")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,24})(/[\w\-./]*)?")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}(?:\d{2})?\b)?")
_DATE_WORDS = re.compile(
    rf"\b(\d{{1,2}})\.\s*((?:{'|'.join(_MONTHS)})\b|(?:{_MONTH_ABBREVIATIONS})\b\.?)"
    rf"(?:\s+(\d{{4}})\b)?"
)
_TIME_RANGE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:–|-|bis)\s*(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\b"
)
_TIME = re.compile(r"\b(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*Uhr))(?:\s*Uhr\b)?|\b(\d{1,2})\s*Uhr\b")
_PRICE = re.compile(
    r"(?:€|EUR)\s?(\d{1,6})(?:,(\d{2}|-{1,2}|–))?|"
    r"\b(\d{1,6})(?:,(\d{2}|-{1,2}|–))?\s?(?:€|EUR\b|Euro\b)"
)
_PERCENT = re.compile(r"\b(\d+)(?:,(\d+))?\s?(?:%|Prozent\b)")
_DECIMAL = re.compile(r"\b(\d+),(\d+)\b")
# An ordinal after an article or preposition: "der 2. Termin", "zum 3. Mal".
_ORDINAL = re.compile(
    r"\b(der|die|das|den|dem|des|am|im|zum|vom|beim|ihr|ihre|ihren|ihrem|unser|unsere|jeden|jede|"
    r"jeder)\s+(\d{1,3})\.(?=\s+[A-ZÄÖÜ])",
    re.IGNORECASE,
)


def _phone_de(match: re.Match) -> str:
    return _phone(match, _DIGITS_DE, "plus")


def _phone(match: re.Match, digits: tuple[str, ...], plus: str) -> str:
    text = match.group(0)
    if sum(ch.isdigit() for ch in text) < 6:
        return text
    groups = [g for g in re.split(r"[\s\-/()]+", text.strip()) if g]
    spoken: list[str] = []
    for group in groups:
        lead = ""
        if group.startswith("+"):
            lead, group = plus + " ", group[1:]
        for chunk in _chunks(group):
            spoken.append(lead + " ".join(digits[int(d)] for d in chunk))
            lead = ""
    return ", ".join(spoken)


def _chunks(group: str) -> list[str]:
    """Long digit runs in threes (a last single digit joins the chunk before)."""
    if len(group) <= 4:
        return [group]
    parts = [group[i : i + 3] for i in range(0, len(group), 3)]
    if len(parts[-1]) == 1:
        last = parts.pop()
        parts[-1] += last
    return parts


def _url_de(match: re.Match) -> str:
    host, path = match.group(1), match.group(2) or ""
    spoken = host.replace(".", " Punkt ")
    if path.strip("/"):
        spoken += " Schrägstrich " + " Schrägstrich ".join(p for p in path.split("/") if p)
    return spoken


def _clock(hour: int, minute: int) -> str | None:
    if hour > 24 or minute > 59:
        return None
    return f"{_hour(hour)} Uhr" + (f" {_number(minute)}" if minute else "")


def _time_range_de(match: re.Match) -> str:
    h1, m1, h2, m2 = (int(g) if g else 0 for g in match.groups())
    first, second = _clock(h1, m1), _clock(h2, m2)
    if first is None or second is None:
        return match.group(0)
    if not m1:
        first = _hour(h1)  # "neun bis achtzehn Uhr"
    return f"{first} bis {second}"


def _time_de(match: re.Match) -> str:
    if match.group(4) is not None:
        spoken = _clock(int(match.group(4)), 0)
    else:
        minute = match.group(2) or match.group(3)
        spoken = _clock(int(match.group(1)), int(minute))
    return spoken or match.group(0)


def _price_de(match: re.Match) -> str:
    euros = match.group(1) or match.group(3)
    cents = match.group(2) or match.group(4)
    amount = int(euros)
    words = "ein" if amount == 1 else _number(amount)
    spoken = f"{words} Euro"
    if cents and cents.isdigit() and int(cents):
        spoken += f" {_number(int(cents))}"
    return spoken


def _percent_de(match: re.Match) -> str:
    whole, fraction = match.groups()
    number = _number(int(whole))
    if fraction:
        number += " Komma " + " ".join(_DIGITS_DE[int(d)] for d in fraction)
    return f"{number} Prozent"


def _decimal_de(match: re.Match) -> str:
    whole, fraction = match.groups()
    return f"{_number(int(whole))} Komma " + " ".join(_DIGITS_DE[int(d)] for d in fraction)


def _dates_de(text: str) -> str:
    """'3. Dezember', '27.11.', '27.11.2026' as said, the ordinal inflected by what precedes."""
    text = _replace_dates(
        text, _DATE_WORDS, lambda m: _MONTH_OF.get(m.group(2).casefold().rstrip("."), -1)
    )
    return _replace_dates(text, _DATE_NUMERIC, lambda m: int(m.group(2)) - 1)


def _replace_dates(text: str, pattern: re.Pattern, month_of: Callable[[re.Match], int]) -> str:
    parts, pos = [], 0
    for m in pattern.finditer(text):
        day, month = int(m.group(1)), month_of(m)
        if not (1 <= day <= 31 and 0 <= month <= 11):
            continue
        article, ordinal = _ordinal_phrase(day, text[: m.start()])
        before = text[pos : m.start()]
        if not article:
            before = _before_with_article(before)
        parts.append(f"{before}{article}{ordinal} {_MONTHS[month]}{_year(m.group(3))}")
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def _ordinals_de(text: str) -> str:
    def replace(m: re.Match) -> str:
        _, ordinal = _ordinal_phrase(int(m.group(2)), text[: m.start(2)])
        return f"{m.group(1)} {ordinal}"

    return _ORDINAL.sub(replace, text)


def _german(text: str) -> str:
    for pattern, words in _ABBREVIATIONS:
        text = pattern.sub(words, text)
    text = _URL.sub(_url_de, text)
    text = _PHONE.sub(_phone_de, text)
    text = _PRICE.sub(_price_de, text)
    text = _dates_de(text)
    text = _TIME_RANGE.sub(_time_range_de, text)
    text = _TIME.sub(_time_de, text)
    text = _PERCENT.sub(_percent_de, text)
    text = _DECIMAL.sub(_decimal_de, text)
    text = _ordinals_de(text)
    return text


# ---------------------------------------------------------------------------------------------
# English: what English voices misread in this agent's sentences (phone numbers, euro amounts)
# ---------------------------------------------------------------------------------------------

_PRICE_EN = re.compile(
    r"(?:€|EUR)\s?(\d{1,6})(?:[.,](\d{2}))?|\b(\d{1,6})(?:[.,](\d{2}))?\s?(?:€|EUR\b)"
)


def _price_en(match: re.Match) -> str:
    euros = int(match.group(1) or match.group(3))
    cents = match.group(2) or match.group(4)
    spoken = f"{num2words(euros, lang='en')} euro" + ("" if euros == 1 else "s")
    if cents and int(cents):
        spoken += f" {num2words(int(cents), lang='en')}"
    return spoken


def _english(text: str) -> str:
    text = _PHONE.sub(lambda m: _phone(m, _DIGITS_EN, "plus"), text)
    return _PRICE_EN.sub(_price_en, text)


_BY_LANGUAGE: dict[str, Callable[[str], str]] = {"de": _german, "en": _english}


def speakable(text: str, language: str = "de") -> str:
    """`text` written the way the voice of `language` reads it correctly (German unless "en")."""
    return _BY_LANGUAGE.get(language, _german)(text)


class SpeakableText:
    """A Pipecat text transform (`TTSService.add_text_transformer`): what the voice is given."""

    def __init__(self, language: str = "de"):
        self.language = language

    async def __call__(self, text: str, text_type: object) -> str:
        return speakable(text, self.language)
