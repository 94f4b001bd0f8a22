"""A reason said between a wish taken back and the one that replaces it: "Mittwoch um drei – nee,
Moment, da ist Elternabend – Donnerstag um drei", "den 25., warte, da hab ich Geburtstag, den 26.",
"morgen, nee, morgen hab ich Spätschicht – Freitag dann", "Montag – ach, Montag haben Sie zu,
oder? Dann Dienstag", learners' "Montag geschlossen, oder? dann Dienstag". The reason is a clause
that states something (a finite verb: "ist", "hab", "arbeite", "kann") or asks it ("…, oder?"),
set off by marks, after the first wish and before a clause that names a day or time: it takes
the first wish back, as "nein" would (README round 16: what is said last counts), and its own
words (the "Abend" of "Elternabend", the "nicht" of "da kann ich nicht") are no part of the wish.

Only with a sign of taking back: a correction word before the reason ("nee", "ach", "warte",
"Moment", "quatsch", "no") or "dann" / "lieber" / "doch" opening the clause after it. "Freitag,
da hab ich frei, um zehn" (why the day suits) and "Freitag, Samstag ist auch gut" stay as said.

Works on the caller's words as said, before `normalize` (round 62).
"""

from __future__ import annotations

import re

from tools.text_fold import fold
from tools.when.lexicon import WEEKDAY_RE, is_temporal

# the marks that set clauses apart; a question mark ends the self-answered question
_CLAUSE = re.compile(r"\s*(?:[,;:!?]|\s[–—-]\s|[–—])\s*")
# a finite verb of stating (folded): the reason's own clause
_STATES = re.compile(
    r"\b(?:ist|sind|bin|war|hab|habe|hat|haben|hatte|haett\w*|arbeite\w*|muss|musst|muessen"
    r"|kann|kannst|koennen|wird|werd\w*|schaff\w*|fahr\w*|geht|gehts|passt|klappt|gibt"
    r"|(?:i\s+(?:have|work|m|am|ve\s+got))|(?:thats|its|there\s+is|theres))\b"
)
# a question the caller answers themselves: "Montag haben Sie zu, oder?", "Frauentag zu?"
_TAG = re.compile(r"^(?:oder|ne|nicht|gell|gelle|right|or)$")
_TAKES_BACK = re.compile(
    r"\b(?:nee|nein|ne|noe|no|nope|ach|oh|warte|wait|moment|quatsch|sorry|hmm?|mist)\b"
)
_THEN = re.compile(r"^(?:dann|lieber|doch|besser|eher|then|rather)\b")
# a day or a time named (folded): digits, a day's or the clock's words
_TIME_WORDS = re.compile(
    rf"\d|\b(?:{WEEKDAY_RE})|\b(?:heute|heut|morgen|uebermorgen|today|tomorrow|tonight"
    r"|eins|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|halb|viertel|half|quarter|uhr|ersten|zweiten)\b"
)
# a day named ("dann Dienstag"), not a time alone ("heute bis zwei offen? dann um eins")
_DAY_WORDS = re.compile(rf"\b(?:{WEEKDAY_RE})|\b(?:heute|morgen|uebermorgen|today|tomorrow)\b|\d\.")
# the wish after it said in relation to what came before ("dann den Tag danach"): the first
# wish is its anchor, never taken back
_RELATIVE = re.compile(r"\b(?:danach|davor|drauf|darauf|after|before)\b")


def _names_time(clause: str) -> bool:
    return bool(_TIME_WORDS.search(clause)) or any(is_temporal(w) for w in clause.split())


def _is_reason(clause: str, asked: bool) -> bool:
    return bool(_STATES.search(clause)) or (asked and not _TAG.match(clause))


def reason_between(text: str) -> str:
    """`text` with each reason between a wish taken back and the next wish as a correction."""
    marks = list(_CLAUSE.finditer(text))
    if not marks:
        return text
    starts = [0, *(m.end() for m in marks)]
    ends = [*(m.start() for m in marks), len(text)]
    clauses = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    # a clause asked: a question mark after it or after its tag ("Montag zu, oder?")
    asked = [m.group().strip().startswith("?") for m in marks] + [False]
    folded = [fold(c.replace("'", "")).strip() for c in clauses]
    for i in range(len(clauses) - 1):
        if _TAG.match(folded[i + 1]) and asked[i + 1]:
            asked[i] = True
    out = list(clauses)
    for i in range(len(clauses) - 1):
        wish = next(
            (
                c
                for j, c in enumerate(folded[i + 1 :], i + 1)
                if c and not _TAG.match(c) and not _is_reason(c, asked[j])
            ),
            "",
        )
        if not _names_time(wish) or _RELATIVE.search(wish):
            continue
        before = folded[:i]
        then = bool(_THEN.match(wish))
        if i == 0:  # learners' "Montag geschlossen, oder? dann Dienstag": asked, then answered
            if asked[0] and then and _names_time(folded[0]) and _DAY_WORDS.search(wish):
                out[0] = "nein"
            continue
        if not any(_names_time(c) for c in before) or not _is_reason(folded[i], asked[i]):
            continue
        # a question ("geht das noch?") is taken back only by the answer the caller gives it
        # ("dann Dienstag"); "sonst halb sieben" after it is a fallback, both kept
        if then or (not asked[i] and any(_TAKES_BACK.search(c) for c in before[1:])):
            out[i] = "nein"
    for i in range(1, len(clauses)):  # the tag of a question taken as a reason goes with it
        if out[i - 1] == "nein" and _TAG.match(folded[i]):
            out[i] = ""
    if out == clauses:
        return text
    return ", ".join(c for c in out if c.strip())
