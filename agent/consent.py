"""Did the caller agree to be recorded? Reads a yes or a no in German and English.

Recording a call without consent is an offence in Germany (§201 StGB), so only a clear yes counts:
"Ja", "gerne", "kein Problem", "von mir aus", "yes", "sure", "go ahead". A no ("nein", "lieber
nicht", "bitte nicht aufzeichnen", "no", "rather not"), a question ("Wofür?"), both at once ("ja,
äh, nein") or anything else ("Ich hätte gern einen Termin") is not one: unclear is treated as no.
`bare` says whether the answer was only that (the caller said nothing else to respond to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Consent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class ConsentReading:
    answer: Consent
    bare: bool  # nothing was said besides the answer (and politeness)


def _words(*phrases: str) -> re.Pattern:
    alternatives = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in alternatives) + r")\b")


# Yes-phrases that contain a negation word: read (and removed) before any "kein"/"nicht"/"no".
_YES_IDIOMS = _words(
    "kein problem", "kein thema", "keine sorge", "nichts dagegen", "habe nichts dagegen",
    "ich habe nichts dagegen", "warum nicht", "wieso nicht", "spricht nichts dagegen",
    "nicht schlimm", "no problem", "why not", "not a problem", "i don't mind", "i do not mind",
    "don't mind", "no objection", "no objections",
)  # fmt: skip
_NO = _words(
    "nein", "nee", "ne", "nö", "noe", "nicht", "kein", "keine", "keinen", "lieber nicht",
    "bitte nicht", "auf keinen fall", "ungern", "niemals", "abgelehnt", "lehne ab", "widerspreche",
    "no", "nope", "not", "don't", "do not", "dont", "rather not", "never", "no way", "decline",
    "i decline", "please don't",
)  # fmt: skip
_YES = _words(
    "ja", "jawohl", "jo", "jap", "jep", "jupp", "gerne", "gern", "klar", "sicher", "natürlich",
    "selbstverständlich", "einverstanden", "okay", "ok", "okey", "in ordnung", "passt", "geht klar",
    "von mir aus", "meinetwegen", "dürfen sie", "können sie", "machen sie", "stimme zu",
    "ich stimme zu", "zustimmen", "zugestimmt", "genau", "richtig", "absolut", "freilich",
    "yes", "yeah", "yep", "yup", "sure", "of course", "certainly", "fine", "that's fine",
    "that is fine", "go ahead", "i agree", "agreed", "i consent", "absolutely", "alright",
    "all right", "you may", "you can",
)  # fmt: skip
# What may surround a bare answer without asking for anything.
_FILLER = _words(
    "danke", "dankeschön", "vielen dank", "bitte", "bitte schön", "schön", "sehr", "also", "äh",
    "ähm", "hm", "hmm", "gut", "na", "dann", "ruhig", "das", "ist", "mir", "sie", "es", "auch",
    "ich", "aufzeichnen", "aufnehmen", "aufzeichnung", "gespräch", "thanks", "thank you", "please",
    "well", "um", "uh", "that", "it", "is", "record", "recording", "the", "call", "habe", "hab",
    "i", "i'd", "i'm", "would", "you", "me", "doch", "wirklich", "schon", "ganz", "so",
)  # fmt: skip


_CLAUSES = re.compile(r"[,.;:!?…]+|\s(?:und|aber|and|but)\s")


def _read_clause(clause: str) -> tuple[int, int, bool]:
    """(yes words, no words, whether anything else was said) of one clause."""
    plain = " ".join(re.sub(r"[^\w\s']", " ", clause.casefold().replace("’", "'")).split())
    yes = len(_YES_IDIOMS.findall(plain))
    rest = _YES_IDIOMS.sub(" ", plain)
    no = len(_NO.findall(rest))
    rest = _NO.sub(" ", rest)
    yes += len(_YES.findall(rest))
    rest = _YES.sub(" ", rest)
    return yes, no, bool(_FILLER.sub(" ", rest).split())


def read_consent(text: str) -> ConsentReading:
    """The caller's answer to "Dürfen wir dieses Gespräch aufzeichnen?" (German or English).

    The answer is what the utterance begins with, clause by clause, as long as the clauses
    are only answer words ("Ja, gerne", "Nein, danke"); a clause that says something else ends
    it ("Ja, und ich hätte gern einen Termin": yes, not bare). An utterance that begins with
    something else ("Ich hätte gern einen Termin") gave no answer."""
    if text.strip().endswith("?"):
        return ConsentReading(Consent.UNCLEAR, bare=False)
    yes = no = 0
    said_more = False
    for clause in _CLAUSES.split(text):
        if not clause.strip():
            continue
        y, n, other = _read_clause(clause)
        if other:
            said_more = True
            break
        yes, no = yes + y, no + n
    if (yes and no) or not (yes or no):
        return ConsentReading(Consent.UNCLEAR, bare=False)
    return ConsentReading(Consent.GIVEN if yes else Consent.REFUSED, bare=not said_more)
