"""Spoken and regional German read as the standard words it stands for (blind 28, claims50).

A model asked to sound local says "Den Termin hamma rausg'nommen", "Da Fabian hod Sie drin",
"Eingetragen san's no ned", "Am Freitag brauchen's nimmer kemma", "Des muss da Salon no
bstätigen": function words, pronouns fused to the verb ("hamma", "samma", "san's", "kriagn's")
and verb forms of Bavarian, Swabian and Berlin German that `regional_words` (which mends single
participles in place) does not spell out. `standard_german` gives the sentence in the standard
words, read as any sentence (`amended`, `restated`); a few spoken idioms are put in the reader's
words there too ("fix verabredet", "warm halten", "im Buch drin", "jetzt is Donnerstag").
None when nothing changes.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

# whole words (after folding to lower case), longest forms first where one contains another
_WORDS = {
    "hamma": "haben wir", "hamwa": "haben wir", "samma": "sind wir", "simma": "sind wir",
    "hod": "hat", "hot": "hat", "hend": "haben", "hen": "haben", "is": "ist", "isch": "ist",
    "san": "sind", "san's": "sind sie", "sind's": "sind sie", "no": "noch", "ned": "nicht",
    "nich": "nicht", "net": "nicht", "nix": "nichts", "nüscht": "nichts", "nüt": "nichts",
    "nimmer": "nicht mehr", "kemma": "zu kommen", "i": "ich",
    "ick": "ich", "mia": "wir", "seng": "sehen", "des": "das", "dit": "das",
    "dat": "das", "d'": "die", "'nen": "einen", "se": "sie", "ihrm": "ihrem",
    "ihne": "ihnen", "eahna": "ihnen", "a": "eine", "kriagn's": "bekommen sie",
    "kriegn's": "bekommen sie", "brauchen's": "brauchen sie", "müssen's": "müssen sie",
    "schicked": "schicken", "erinnerig": "erinnerung", "bstätigen": "bestätigen",
    "bstätigung": "bestätigung", "buach": "buch", "hätt": "hätte", "hätt'": "hätte",
    "wär": "wäre", "wär's": "wäre es", "rausg'nommen": "herausgenommen",
    "ausse": "heraus", "g'nommen": "genommen", "valegt": "verlegt", "z'ruck": "zurück",
    "mögen": "möchten", "uff": "auf", "scho": "schon", "gändert": "geändert",
    "wie's": "wie es", "vo": "von", "mit'm": "mit dem", "rausjejangen": "rausgegangen",
    "fuffzehn": "fünfzehn", "donnerschtag": "donnerstag", "e": "eine",
    "donnerschtig": "donnerstag", "drüü": "drei", "pfiat": "auf wiedersehen",
}  # fmt: skip
# a part of a hyphenated compound is no spoken word of its own ("E-Mail" is no "eine-mail")
_WORD = lazy(r"(?<![a-zäöüß'])(?<!\w-)[a-zäöüß']+(?![a-zäöüß'])(?!-\w)")
# words whose standard form depends on their neighbours, spelled out before the word table
_BEFORE = (
    (lazy(r"\ba no\b"), "auch noch"),  # Bavarian "a" is also "auch"
    (lazy(r"\bmir (\w+)ed\b"), r"wir \1en"),  # Swabian "Mir schicked"
    # not the conjunction whose clause ends in its finite verb at the comma ("Da Lena dienstags
    # länger arbeitet, …": claims68)
    (
        lazy(
            r"\bda (?=salon|fabian|lena|kollege|kollegin)(?![^,.;:!?]*\b(?:ist|sind|hat|haben|war|"
            r"waren|arbeitet|arbeiten|macht|machen|kann|muss)\s*,)"
        ),
        "der ",
    ),
    (lazy(r"\b(?:i|ich|ick) halt\b"), "ich halte"),
    (lazy(r"\bhalt (?:i|ick|ich)\b"), "halte ich"),
    (lazy(r"\bd'(?=[a-zäöü])"), "die "),
)
# a participle of an outcome split by a space in transcription ("gestric hen"): its tail is no
# spoken word of its own ("hen" is Swabian "haben" elsewhere), the two read as one (claims54)
_SPLIT_PARTICIPLE = lazy(
    r"\b(?=(?:ge|ein|ab|um|ver|vor|be|st)[a-zäöüß]* [a-zäöüß]+\b)([a-zäöüß]{3,}) ([a-zäöüß]{2,4})\b"
)
_PARTICIPLES = frozenset(
    "gebucht eingebucht eingetragen bestätigt gestrichen storniert abgesagt verschoben umgebucht "
    "verlegt vorgemerkt reserviert".split()
)
# spoken idioms in the reader's words
_PHRASES = (
    (lazy(r"\bheraus genommen\b"), "herausgenommen"),
    (lazy(r"\bsind wir fix verabredet\b"), "sind sie fest eingetragen"),
    (lazy(r"\bwir sind fix verabredet\b"), "sie sind fest eingetragen"),
    (lazy(r"\bist noch immer der gleiche\b"), "ist unverändert"),
    (lazy(r"\byour callback request\b"), "ihr rückrufwunsch"),  # English inside German
    (lazy(r"\bbleibt,? wie gehabt\b"), "bleibt unverändert"),
    (lazy(r"^das bleibt,? wie es ist\b"), "ihr termin bleibt unverändert"),
    (lazy(r"\bhalte ich ihnen warm\b"), "halte ich ihnen frei"),
    (lazy(r"\bim buch drin\b"), "im kalender eingetragen"),
    (lazy(r"\bhat sie drin\b"), "hat sie eingetragen"),
    # out of the calendar, said with how long ago: struck from it (conventions 122, 42)
    (
        lazy(r"\b(ist|sind)(?: seit [\w ]+?)? (?:aus dem kalender raus|raus aus dem kalender)\b"),
        r"\1 aus dem kalender gestrichen",
    ),
    # claims84: "Ihr Termin ist (damit) aus dem Kalender": struck from it, not in it
    (
        lazy(
            r"\b(ist|sind)((?: damit| jetzt| nun| schon)?) aus dem kalender"
            r"(?! (?:raus|gestrichen|genommen|gelöscht|entfernt|heraus))\b"
        ),
        r"\1\2 aus dem kalender gestrichen",
    ),
    # Bavarian "hätt d'Lena no an Platz": "an" is "einen" only after "no(ch)" before "Platz"
    (lazy(r"\b(hätte? (?:die|der|d') ?\w+) (?:no|noch) an platz\b"), r"\1 noch einen platz"),
    (
        lazy(
            r"^(.*?)\bjetzt ist (?=(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag))"
        ),
        r"\1ihr termin ist jetzt ",
    ),
)


def _joined(match: re.Match[str]) -> str:
    word = match.group(1) + match.group(2)
    return word if word in _PARTICIPLES else match.group(0)


def _word(match: re.Match[str]) -> str:
    w = match.group(0)
    if w in _WORDS:
        return _WORDS[w]
    bare = w.strip("'")
    return _WORDS.get(bare, w)


def standard_german(sentence: str, lang: str) -> str | None:
    """`sentence` in standard German words, or None when it has no spoken form to spell out."""
    if lang != "de":
        return None
    text = normalize(sentence)
    out = _SPLIT_PARTICIPLE.sub(_joined, text)
    for pattern, replacement in _BEFORE:
        out = pattern.sub(replacement, out)
    out = _WORD.sub(_word, out)
    for pattern, replacement in _PHRASES:
        out = pattern.sub(replacement, out)
    return None if out == text else out
