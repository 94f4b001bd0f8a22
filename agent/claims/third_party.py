"""Another person's appointment reported in a state, without the agent's act: "Der Termin von
Frau Neumann ist storniert", "Frau Neumanns Termin wurde abgesagt", "Der Termin Ihres Mannes ist
bestätigt", "Your husband's booking has been cancelled", "Mrs Neumann's appointment is cancelled".

The agent has no tool that sees another client's calendar: what it says of one is either what
this call did or invented, and a caller who asked to cancel his wife's appointment hears it as
done. So, as for the agent's own act on such an appointment ("Ich habe den Termin von Frau
Neumann storniert", `reader_de._someone_else`) and as the English reader already reads it, the
report is a claim backed only by this call's facts. Not: a report given as the reason a slot is
free ("Der Termin von Frau Klein wurde storniert, deshalb ist jetzt etwas frei", "…, which is why
there's a gap now": the salon's calendar, the slot statement is checked on its own; such a claim
the clause readers made is dropped), negations, conditions, questions, modals, reported speech.
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE
from agent.claims.spans import sentence_spans
from agent.claims.word_rules import Rule, read_rules

K = ClaimKind
_RELATIVE_DE = (
    r"(?:mannes|frau|sohnes|tochter|mutter|vaters|freundin|freundes|partners|partnerin|kollegin|"
    r"kollegen|schwester|bruders)"
)
_OWNER_DE = (
    r"(?:\w*termin|buchung)\s+(?:von\s+(?:frau|herrn?)\s+\w+|(?:ihres|ihrer)\s+"
    rf"{_RELATIVE_DE})|(?:frau|herrn?)\s+\w+s\s+(?:\w*termin|buchung)"
)
_RELATIVE_EN = (
    r"(?:husband|wife|son|daughter|mother|mum|mom|father|dad|partner|friend|sister|brother)"
)
_OWNER_EN = (
    rf"(?:(?:mrs|mr|ms|miss|dr)\.?\s+\w+'s|your\s+{_RELATIVE_EN}'s)\s+(?:\w+\s+)?"
    r"(?:appointment|booking)|(?:appointment|booking)\s+(?:for|of)\s+(?:mrs|mr|ms|miss|dr)\.?\s+\w+"
)
_STATE_DE = r"(?:ist|wurde|sind|wurden)\s+(?:\w+\s+){0,3}?"
_STATE_EN = r"(?:is|was|'s|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?"
_WORDS = {
    K.CANCELLED: (
        r"(?:storniert|abgesagt|gestrichen|gecancelt|gecancelled|annulliert)",
        r"(?:cancell?ed|called\s+off)",
    ),
    K.BOOKED: (
        r"(?:gebucht|bestätigt|eingetragen|fest|fix)",
        r"(?:booked(?:\s+in)?|confirmed)",
    ),
    K.RESCHEDULED: (
        r"(?:verschoben|verlegt|umgebucht|umgelegt)",
        r"(?:moved|rescheduled)",
    ),
}
# a report that is no statement of this call's doing
_NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|kann|könnte|muss|müsste|soll|sollte|würde|wäre|"
    r"meinte?|sagte?|sagt|laut|sei|not|never|if|whether|unless|can|could|must|should|would|said|"
    r"says|told)\b|n't\b"
)
# given as the reason a slot is free
_REASON = lazy(
    r"\b(?:deshalb|daher|dadurch|darum|deswegen|weshalb|frei|lücke|which\s+is\s+why|that's\s+why|"
    r"so\s+there's|free|gap|opening|opened\s+up)\b"
)


def _rule(lang: str, kind: ClaimKind) -> Rule:
    owner, state = (_OWNER_DE, _STATE_DE) if lang == "de" else (_OWNER_EN, _STATE_EN)
    word = _WORDS[kind][0 if lang == "de" else 1]
    return Rule(
        lang,
        kind,
        re.compile(r"frau|herr|ihres|ihrer" if lang == "de" else r"'s|\bfor\b|\bof\b"),
        re.compile(rf"\b(?:{owner})\b(?:\s+[\w.]+){{0,4}}?\s+{state}{word}\b"),
        unless=_NOT_STATED,
        clause=True,
    )


RULES = tuple(_rule(lang, kind) for lang in ("de", "en") for kind in _WORDS)
_OWNER = {"de": lazy(_OWNER_DE), "en": lazy(_OWNER_EN)}
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE})


def third_party(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with another person's appointment reported in a state added as a claim, and
    such a report given as the reason a slot is free dropped (see above)."""
    folded = fold(sentence)
    text = folded.text
    owner = _OWNER.get(lang)
    if owner is None or not owner.search(text):
        return claims
    reasons: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        if _REASON.search(text, s, e):
            for m in CLAUSE_PIECE.finditer(text, s, e):
                if owner.search(m.group()):
                    reasons.append(folded.span(m.start(), m.end()))
    if reasons:
        return tuple(
            c
            for c in claims
            if not (c.kind in _OUTCOMES and any(a <= c.start < b for a, b in reasons))
        )
    more, _ = read_rules(sentence, lang, names, RULES)
    known = {(c.kind, c.start) for c in claims}
    return claims + tuple(c for c in more if (c.kind, c.start) not in known)
