"""A relative's genitive after what was booked, put as "für Ihren …" (blind 40's possessive
chains, claims98; a step of `reworded`).

"Die Bartpflege Ihres Mannes am Freitag ist gebucht", "Die Strähnchen Ihres Sohnes sind für
Freitag gebucht": the clause reader takes the masculine or neuter genitive ("Ihres Mannes")
for the clause's subject and reads nothing, where "Ihrer Frau" or "für Ihren Mann" read the
service and its day. The relative is named the same; put as "für Ihren Mann" so the service,
day and state are checked (as the English "Your husband's beard trim on Friday" is).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_NOMINATIVE = {
    "mannes": "Mann",
    "manns": "Mann",
    "sohnes": "Sohn",
    "sohns": "Sohn",
    "vaters": "Vater",
    "kindes": "Kind",
    "kinds": "Kind",
    "opas": "Opa",
    "großvaters": "Großvater",
    "bruders": "Bruder",
    "partners": "Partner",
    "enkels": "Enkel",
    "freundes": "Freund",
    "lebensgefährten": "Lebensgefährten",
}
# a noun (capitalised) before the genitive: "Die Dauerwelle Ihres Mannes"
_OWNER = lazy(
    r"(?P<noun>\b[A-ZÄÖÜ]\w{2,})\s+(?P<det>[Ii]hres|[Dd]eines)\s+"
    rf"(?P<owner>(?i:{'|'.join(_NOMINATIVE)}))\b"
)


def relative_named_plainly(sentence: str, lang: str) -> str:
    """`sentence` with a relative's genitive put as "für Ihren <relative>"."""
    low = sentence.lower()
    if lang != "de" or ("ihres" not in low and "deines" not in low):
        return sentence

    def put(m: re.Match[str]) -> str:
        if m.group("noun").lower().endswith(("termin", "buchung", "platz")):
            return m.group(0)  # "Der Termin Ihres Sohnes": the relative's own (others_appointment)
        own = "Ihren" if m.group("det").lower() == "ihres" else "deinen"
        return f"{m.group('noun')} für {own} {_NOMINATIVE[m.group('owner').lower()]}"

    return _OWNER.sub(put, sentence)
