"""Number words to digits ("vierzehn Uhr dreißig" -> "14 Uhr 30", "den siebenundzwanzigsten"
-> "den 27.", "half past two" -> "half past 2"), German and English, with `text2num`.

text2num reads cardinals and ordinals in both languages (German ordinals become "27."). What it
leaves alone is handled here: the spoken "zwoten", folded spellings ("fuenf"), the dialect hour
("um viere", "gegen achte"), words glued to a time word ("dreiviertelzehn", "halbdrei",
"viertelnachvier", "fünfzehnuhr", "zehnnachhalbdrei"), a recogniser's ordinal ending split off
("den 22 ten"), a number word it broke into pieces ("am drei ßigsten", "am sieb zehnten",
"zwei und zwan zigsten": joined back) and number words it misspelt by one letter ("dreisig",
"neunzenten", "zweiundzwanzigten", "dreißich"): repaired to the one German number word they are a
letter away from.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from tools.text_fold import fold
from tools.when.lexicon import WEEKDAY_RE, is_temporal
from tools.when.one_slip import OneSlip
from tools.when.spelling import is_known_word

_UNITS = "ein|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
_NUMBER_END = rf"(?:{_UNITS}|zehn|zig|ßig|ssig)"
_GLUED = (
    (re.compile(rf"({_NUMBER_END})uhr(?=[a-zäöüß]|\b)"), r"\1 uhr "),
    (
        re.compile(rf"\b({_UNITS}|zwanzig|fünfundzwanzig)(nach|vor)(?=halb|(?:{_UNITS})\b)"),
        r"\1 \2 ",
    ),
    (re.compile(rf"\b(drei)?viertel(?=(?:nach|vor|{_UNITS})\b)"), r"\1viertel "),
    (re.compile(rf"\b(drei)?viertel(nach|vor)(?=(?:halb|{_UNITS})\b)"), r"\1viertel \2 "),
    (re.compile(rf"\bhalb(?=(?:{_UNITS})\b)"), "halb "),
    (re.compile(r"\bdreiviertel\b"), "drei viertel"),
    (re.compile(r"\bviertel(nach|vor)\b"), r"viertel \1"),
)
# "um viere", "gegen achte", "halb sechse", "um halber elfe": the dialect hour, a number word with an -e. Read
# after a time word only, where "achte" cannot be the ordinal ("am achten"), also as the end of a
# window ("zwischen zehn und elfe", "zwischen zehne und elfe": round 58).
_DIALECT_HOUR = re.compile(
    r"\b(um|gegen|bis|ab|nach|vor|halb|halber|halbe|viertel|so|punkt|zwischen|zwischen\s+\w+\s+und|^)\s*"
    r"(zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)e\b"
)
_FOLDED = {"fuenf": "fünf", "zwoelf": "zwölf", "zwoten": "zweiten", "zwote": "zweite"}
# Number words that are no numbers here: "ein paar Tage", "ein wenig", "als Erstes", "den ersten
# freien Termin", the article before a weekday ("der 27. ist ein Dienstag", "an einem Montag":
# never one o'clock).
_NOT_NUMBERS = (
    (re.compile(r"\b(?:ein|eine|einem|einen|a)\s+(paar|bisschen|bissl|wenig|couple|few)\b"), r"\1"),
    (re.compile(rf"\b(?:ein|einem|einen)\s+({WEEKDAY_RE})\b"), r"\1"),
    (re.compile(r"\bals\s+(?:erstes|erster|erste|allererstes)\b|\bfirst\s+thing\b"), "zuerst"),
    (re.compile(r"\bon\s+second\s+thoughts?\b"), "on reflection"),  # a correction, no 2nd
    # "whatever's available first", "what's free first": the next free one, never the 1st
    (re.compile(r"\b(free|open|available)\s+first\b(?!\s+thing)"), r"\1 next"),
    (
        re.compile(
            r"\b(?:de[nr]|die|das|the)?\s*(?:erste[nrs]?|first)\s+(freie[nrs]?|free|open|available|moeglich\w*|möglich\w*)"
        ),
        r"nächster \1",
    ),
    # the first or earliest slot by its noun ("den allerersten Termin", "den erstbesten freien
    # Termin", "den frühesten Termin, den Sie haben", "das Früheste, was Sie haben"): the
    # earliest free one, never the 1st of a month (round 59); "der erste Termin" alone may be the
    # first of a series ("wöchentlich, der erste Termin am 24.3."): left as it was
    (
        re.compile(
            r"\b(?:de[nr]|die|das)?\s*(?:allererst(?:best)?e[nrs]?|erstbeste[nrs]?|(?:aller)?früheste[nrs]?"
            r"|(?:aller)?frueheste[nrs]?)"
            r"\s+(?:(?:freie[nrs]?|mögliche[nrs]?|moegliche[nrs]?)\s+)?(?:termin|slot|lücke|luecke)\b"
            r"(?:\s*,?\s*(?:de[nr]|die|das|was)\s+sie\s+(?:haben|hätten|haetten)\b)?"
            r"|\b(?:de[nr]\s+)?erste[nr]?\s+(?:termin|slot)\s+(?:frei|free)\b"  # "wann immer der erste Termin frei ist"
            r"|\b(?:das|der)\s+(?:aller)?(?:früheste|frueheste)\b"
            r"(?:\s*,?\s*(?:was|das|den)\s+sie\s+(?:haben|hätten|haetten)\b)?"
        ),
        "nächster freier termin",
    ),
    # the first slot of a day named just before it ("Samstag erste Termin", "morgen den ersten
    # Termin"): that day's earliest, never the 1st of a month (learners' article left out)
    (
        re.compile(
            r"\b((?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|heute|morgen|übermorgen"
            r"|uebermorgen)\s*,?\s+)(?:de[nr]\s+|die\s+)?erste[nrs]?\s+(?:termin|slot)\b"
        ),
        r"\1nächster freier termin",
    ),
)
_FOLDED_RE = re.compile("|".join(_FOLDED))
# "ein"/"eine" before a word that says nothing of time is the article, never one ("es ist ein
# Notfall", "ein Termin": not the 1st, not one o'clock). Before a time word, a number word or a
# word that joins numbers it stays the number ("ein Uhr", "eine Woche", "ein oder zwei").
_ARTICLE = re.compile(r"\b(?:ein|eine)\s+(?=([a-zäöüß]+)\b)")
_NUMBER_NEIGHBOURS = frozenset({"oder", "bis", "und", "komma", "halbe", "halben", "or"})


def _article_or_number(match: re.Match[str]) -> str:
    """The article dropped before a word that says nothing of time; else the number kept."""
    word = match[1]
    if word in _NUMBER_WORDS or word in _NUMBER_NEIGHBOURS or is_temporal(fold(word)):
        return match[0]
    return ""


# "den 22 ten", "am 18 ten Dezember": the ordinal ending heard as a word of its own (before the
# English reader takes "ten" for 10).
_SPLIT_ORDINAL = re.compile(
    r"\b(am|den|der|dem|vom|zum|ab|bis)\s+(\d{1,2})\s+(?:ten|te|ter|tes|sten|ste|ster)\b"
)


def _number_words() -> frozenset[str]:
    """German number words 1-99 and the ordinals 1-31 with their endings (umlauts kept)."""
    units = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn"]
    teens += ["achtzehn", "neunzehn"]
    tens = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
    cardinals = ["eins", *units[1:], *teens, *tens]
    cardinals += [f"{u}und{t}" for t in tens for u in units]
    stems = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt"]
    stems += [f"{t}t" for t in teens]
    twenties = ["zwanzig", *(f"{u}undzwanzig" for u in units), "dreißig", "einunddreißig"]
    stems += [f"{c}st" for c in twenties]
    ordinals = [s + end for s in stems for end in ("e", "en", "er", "es", "em")]
    return frozenset(cardinals + ordinals)


_NUMBER_WORDS = _number_words()
NUMBER_WORDS = _NUMBER_WORDS  # for readers that must tell a number word from another
_BY_FOLDED = {fold(w): w for w in _NUMBER_WORDS}
_ORDINAL_ENDINGS = ("te", "ten", "ter", "tes", "tem")
_MAX_PIECES = 4
_WORD_OR_SPACE = re.compile(r"[a-zäöüß]+|[^a-zäöüß]+")


def _split_number(words: list[str]) -> str | None:
    """The one number word a run of words spells without its spaces ("drei ßigsten", "sieb
    zehnten", "zwei und zwan zigsten"), when the run is a word broken into pieces: a piece that is
    no number word ("ßigsten", "zwan"), or an ordinal ("vier zehnten": the 14th, never 4 and
    10th). Whole cardinals side by side stay ("fünf zehn" may be 5:10, "drei und zwanzig")."""
    joined = _BY_FOLDED.get(fold("".join(words)))
    if joined is None:
        return None
    broken = any(w not in _NUMBER_WORDS and w != "und" for w in words)
    return joined if broken or joined.endswith(_ORDINAL_ENDINGS) else None


def _join_split_numbers(text: str) -> str:
    """Text with every number word the recogniser broke into pieces joined back."""
    parts = _WORD_OR_SPACE.findall(text)
    out: list[str] = []
    i = 0
    while i < len(parts):
        for n in range(_MAX_PIECES, 1, -1):
            run = parts[i : i + 2 * n - 1]  # words with single spaces between them
            words, gaps = run[::2], run[1::2]
            if len(words) < n or any(g != " " for g in gaps) or not words[0].isalpha():
                continue
            joined = _split_number(words)
            if joined is not None:
                out.append(joined)
                i += 2 * n - 1
                break
        else:
            out.append(parts[i])
            i += 1
    return "".join(out)


_MISSPELT_MIN_LENGTH = 7  # shorter: other words are one letter away (dachte/achte)
# the number words long enough to be misspelt, as written and folded
_LONG_WORDS = OneSlip(w for w in _NUMBER_WORDS if len(w) >= _MISSPELT_MIN_LENGTH)
_LONG_FOLDED = OneSlip(f for f in _BY_FOLDED if len(f) >= _MISSPELT_MIN_LENGTH)
_CANDIDATE = re.compile(rf"\b[a-zäöüß]{{{_MISSPELT_MIN_LENGTH},}}\b")


def _near_number(word: str) -> str:
    """The number word `word` is one letter away from, when exactly one is; else `word`."""
    if word in _NUMBER_WORDS or is_known_word(fold(word)):
        return word
    folded = re.sub(r"ich$", "ig", fold(word))  # "dreißich", "zwanzich": -ig spoken as -ich
    near = {_BY_FOLDED[f] for f in _LONG_FOLDED.near(folded)} | set(_LONG_WORDS.near(word))
    return near.pop() if len(near) == 1 else word


def words_to_digits(text: str) -> str:
    """Lower-cased text with every number word as digits; other words unchanged."""
    text = _FOLDED_RE.sub(lambda m: _FOLDED[m[0]], text)
    for pattern, repl in _NOT_NUMBERS:
        text = pattern.sub(repl, text)
    text = _ARTICLE.sub(_article_or_number, text)
    for pattern, repl in _GLUED:
        text = pattern.sub(repl, text)
    text = _join_split_numbers(text)  # "am drei ßigsten": am dreißigsten
    text = _CANDIDATE.sub(lambda m: _near_number(m[0]), text)
    text = _SPLIT_ORDINAL.sub(r"\1 \2.", text)
    # twice: "zwischen zehne und elfe" has the window's end after its start read
    for _ in range(2):
        text = _DIALECT_HOUR.sub(lambda m: f"{m[1]} {m[2]}".strip(), text)
    text = alpha2digit(text, "de", threshold=0)
    text = _SPLIT_ORDINAL.sub(r"\1 \2.", text)  # "am vier ten": "am 4 ten" only now
    return alpha2digit(text, "en", threshold=0)
