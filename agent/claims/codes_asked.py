"""Codes and numbers that are no booking reference given to the caller (blind 22, claims38): a
code for a door, the wifi, a car park or a key safe ("Der Türcode unten ist 1234", "Der WLAN-Code
… ist 5678", "The door code downstairs is 2580"), and a booking number asked of the caller ("Haben
Sie eine Buchungsnummer zur Hand?", "Falls Sie eine Buchungsnummer haben, lesen Sie sie mir gern
vor", "Do you have a booking reference handy?"): an indefinite number the caller may have, in a
question or a condition. The claims of that clause (or, for a number asked, of the sentence
piece with its condition) are dropped.

Not: "Ihr Buchungscode ist 7788", "Your confirmation code is ABC-12" (a reference given,
convention 45), "Notieren Sie sich die Buchungsnummer: …".
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause, claim_sentence
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_THING_CODE = lazy(
    r"\b(?:tür|haustür|tor|wlan|wifi|wi-fi|park\w*|schlüssel\w*|tresor|safe|alarm|pin)[- ]?"
    r"(?:code|nummer|pin|passwort)\b|\b(?:code|pin|passwort)\s+(?:für\s+\w+\s+|fürs\s+|zum\s+|"
    r"zur\s+)\w*(?:tür|tor|wlan|parkhaus|haus|eingang|toilette|schlüssel\w*)\b|"
    r"\b(?:door|gate|wifi|wi-fi|parking|garage|key\s*safe|alarm|entry|building)\s+"
    r"(?:code|pin|password)\b|\b(?:code|pin|password)\s+for\s+the\s+(?:door|gate|wifi|wi-fi|"
    r"car\s+park|garage|building|entrance)\b"
)
_NUM = (
    r"(?:eine|einen|irgendeine|a|an|any)\s+(?:buchungs|bestätigungs|referenz|reservierungs|"
    r"booking\s+|confirmation\s+|reference\s+|reservation\s+)(?:nummer|code|number|reference)"
)
# the caller asked whether they have one, or told what to do if they have one
_NUMBER_ASKED = lazy(
    rf"\b(?:haben|hätten)\s+sie\s+(?:\w+\s+){{0,2}}?{_NUM}\b[^.!]*\?|"
    rf"\b(?:falls|wenn|sofern)\s+sie\s+(?:\w+\s+){{0,2}}?{_NUM}\s+(?:\w+\s+){{0,2}}?"
    r"(?:haben|hätten|finden|parat)\b|"
    rf"\b(?:do|did)\s+you\s+(?:\w+\s+)?(?:have|got)\s+{_NUM}\b[^.!]*\?|"
    rf"\b(?:if|in\s+case)\s+you\s+(?:\w+\s+)?(?:have|got|find)\s+{_NUM}\b"
)


def without_codes_asked(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a clause with a thing's code or a booking number asked for."""
    if not claims:
        return claims
    kept = []
    for c in claims:
        if _THING_CODE.search(claim_clause(sentence, c)):
            continue
        whole = claim_sentence(sentence, c)
        if _NUMBER_ASKED.search(whole):
            continue
        kept.append(c)
    return tuple(kept)
