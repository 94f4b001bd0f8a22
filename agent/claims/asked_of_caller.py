"""A request to the caller to confirm, decide, think it over or get in touch (blind 24,
claims42): "Bestätigen Sie mir bitte kurz den Freitag.", "Überlegen Sie in Ruhe und rufen Sie
dann an.", "Please confirm Friday for me." The caller is asked to act; nothing is said done
(convention 5): such a sentence claims nothing, whatever day it names.

Only where every clause is such a request (a polite imperative, the verb first and "Sie" after
it; in English a bare verb first, after "please" or "just") or a clause it asks about ("…, ob der
Donnerstag passt", "…, whether …"). Not: "Let me confirm …" (the speaker acts), a request beside
a statement ("Bestätigen Sie kurz, dann ist der Termin gebucht"), the caller's appointment or a
text named ("Denken Sie an Ihren Termin am Freitag!", "Check your inbox …"), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

# the caller's acts of deciding, confirming and getting in touch (polite imperative stems)
_DE_VERB = (
    r"(?:bestätigen|entscheiden|überlegen|melden|rufen|geben|sagen|schauen|prüfen|"
    r"wählen|lassen|nehmen|schlafen|sprechen|teilen|schreiben)"
)
_DE_CLAUSE = lazy(
    rf"^(?:(?:bitte|einfach|dann|und|nun|jetzt)\s+)*{_DE_VERB}\s+sie\b(?!\s+(?:ist|sind|haben)\b)"
)
_EN_VERB = (
    r"(?:confirm|decide|think|call|ring|phone|give|tell|choose|pick|sleep|talk|text|"
    r"get\s+back|take)"
)
_EN_CLAUSE = lazy(
    rf"^(?:(?:please|just|kindly|then|and|so)\s+)*{_EN_VERB}\b(?!\s+(?:me|us)\s+(?:confirm|check)\b)"
)
_ASKED = lazy(r"^(?:ob|wann|welche[rsnm]?|whether|if|when|which)\b")
# a clause that states something beside the request ("Confirm: you're booked")
_STATED = lazy(
    r"\b(?:is|are|ist|sind|you're|i've|habe|have|gebucht|booked|eingetragen|storniert|"
    r"cancell?ed|confirmed|bestätigt|reserviert|verschoben|moved|ihr\w*|your|inbox|postfach)\b"
)
_CLAUSES = lazy(r"\s*(?:[,;–—]|\bund\b|\band\b)\s*")


def without_asked_of_caller(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none where the sentence only asks the caller to act."""
    if not claims:
        return claims
    text = fold(sentence).text.strip()
    if not text or text.endswith("?"):
        return claims
    clauses = [c for c in _CLAUSES.split(text.rstrip(".!")) if c]
    if not clauses:
        return claims
    clause_re = _DE_CLAUSE if _DE_CLAUSE.match(clauses[0]) else _EN_CLAUSE
    if not clause_re.match(clauses[0]) or _STATED.search(clauses[0]):
        return claims
    for clause in clauses[1:]:
        if clause_re.match(clause) and not _STATED.search(clause):
            continue
        if _ASKED.match(clause):
            continue
        if re.fullmatch(r"(?:please|bitte|danke|thanks)", clause):
            continue
        return claims
    return ()
