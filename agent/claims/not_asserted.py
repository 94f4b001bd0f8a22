"""Claim words in lines that assert nothing about the caller's appointment (blind 13, claims22);
the claims read inside the part named are dropped:

- an indirect question the speaker is asking or checking ("I'm asking the system whether
  Thursday works", "Let me check if Friday is free"): the whole sentence, when it is nothing more;
- a re-check the speaker announces in German ("Ich sehe kurz nach, welche Uhrzeit eingetragen
  ist.", "Einen Moment, ich prüfe, ob die Absage angekommen ist."; blind 60, claims176): the "ob"
  or question-word clause, as "let me check if …" is read in English;
- a doubt ("Ich bin mir nicht sicher, ob die Absage angekommen ist, …", "I'm not sure whether
  the cancellation went through"): the "ob"/"whether" clause;
- a question whether the caller received a message ("Haben Sie die Bestätigung schon
  bekommen?"), as its English twin is read;
- a rule of what counts as booked ("Bei uns gilt: gebucht ist erst, was im Kalender steht");
- "you've understood" idioms before what was understood ("Sie haben's erfasst, genau so ist das
  mit den Locken", "You've got it, that's exactly how it works"): the idiom;
- what the speaker will do before acting ("Before I put anything in, let me double-check: …"):
  the "before" clause.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_TRIGGER = lazy(
    r"whether|\bif\b|\bob\b|nach\s*,|prüf|check|klär|bekommen|erhalten|\berst\b|erfasst|verstanden|kapiert|got\s+it|"
    r"before|bevor"
)
_WHOLE = lazy(
    # the speaker asking or checking, and nothing more
    r"^\W*(?:i'm|i\s+am|we're|we\s+are|let\s+me|i'll)\s+(?:just\s+)?(?:asking|ask|checking|check|"
    r"seeing|see|looking|look)\b[^.;:!?,–—]*?\b(?:whether|if)\b[^.;:!?,–—]*[.!]?\s*$|"
    # whether the caller received a message
    r"^\W*haben\s+sie\s+(?:die|unsere|meine|eine)\s+(?:bestätigung\w*|sms|nachricht|e-?mail|"
    r"mail)\s+(?:\w+\s+){0,2}?(?:bekommen|erhalten)\s*\?\s*$"
)
_PART = lazy(
    # a doubt: the "ob"/"whether" clause
    r"\b(?:nicht\s+(?:ganz\s+)?sicher|weiß\s+(?:noch\s+)?nicht|not\s+(?:quite\s+)?(?:sure|certain)|"
    r"(?:don't|do\s+not)\s+know)\b(?P<part>,?\s*\b(?:ob|whether|if)\b[^.;:!?,–—]*)|"
    # a rule of what counts as booked
    r"(?P<part2>\b(?:gebucht|fest|fix|bestätigt|eingetragen)\s+ist\s+(?:\w+\s+)?erst,?\s+was\b"
    r"[^.;!?]*)|"
    # "you've understood" before what was understood
    r"^\W*(?P<part3>(?:sie\s+haben(?:'s|\s+es|s)\s+(?:\w+\s+)?(?:erfasst|verstanden|kapiert|"
    r"erkannt)|you(?:'ve|\s+have)\s+got\s+it))\s*[,!–—]\s*(?:genau|exactly|that's|that\s+is|das\s+ist|"
    r"so\s+ist)|"
    # what the speaker will do before acting
    r"^\W*(?P<part4>(?:before|bevor)\s+(?:i|we|ich|wir)\b[^,;:–—]*)[,;:–—]|"
    # a re-check announced in German: the embedded question ("sehe … nach" needs its particle)
    r"\b(?:(?:ich|wir)\s+(?:(?:sehe|schaue|schau|gucke|guck|sehen|schauen)\s+(?:\w+\s+){0,2}?nach|"
    r"(?:prüfe|checke|kläre|prüfen|klären)(?:\s+\w+){0,2}?)|(?:sehe|schaue|gucke|sehen|schauen)\s+"
    r"(?:ich|wir)\s+(?:\w+\s+){0,2}?nach|(?:prüfe|checke|kläre|prüfen|klären)\s+(?:ich|wir)\b"
    r"(?:\s+\w+){0,2}?|lassen\s+sie\s+mich\s+(?:\w+\s+){0,2}?(?:nachsehen|nachschauen|prüfen|"
    r"checken|klären))(?P<part5>\s*,\s*(?:ob|was|welche\w*|wann|wie|wo)\b[^.;:!?,–—]*)"
)


def without_not_asserted(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those read in the parts of `sentence` named above."""
    if not claims:
        return claims
    folded = fold(sentence)
    text = folded.text
    if not _TRIGGER.search(text):
        return claims
    spans: list[tuple[int, int]] = []
    if _WHOLE.search(text):
        spans.append((0, len(sentence)))
    for m in _PART.finditer(text):
        name = next(
            n for n in ("part", "part2", "part3", "part4", "part5") if m.group(n) is not None
        )
        spans.append(folded.span(m.start(name), m.end(name)))
    if not spans:
        return claims
    return tuple(c for c in claims if not any(a <= c.start < b for a, b in spans))
