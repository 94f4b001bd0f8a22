"""A short yes to the caller's question whether a slot is possible (blind 24, claims41;
conventions 2, 46, 74): after "Geht Freitag um zehn?", "Ginge Samstag um elf?", "Can I come Friday
at ten?", "Could I do Saturday at eleven?", a bare "Da geht was.", "Ja, das ginge.", "Das passt.",
"Yep, that works.", "Ten's fine, yeah.", "Yes, we can do that." says the slot asked about is free:
`available` with the question's day, time and stylist.

Only a question naming a day or time, without a question word, asking whether it can be had
(gehen, passen, klappen, frei, können / can, could, work, free, available), and only an answer of
a few words that says yes without a no, a "but" or a regret. Not: a yes to a question about
something else ("Haben Sie samstags offen?"), an answer with a condition or a no ("Leider
nicht.", "Yes, but only at eleven.")."""

from __future__ import annotations

import re

from agent.claims.caller_words import last_question
from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.said_claim import names_slot, said

_WH = lazy(r"\b(?:wann|wo|was|wie|welche\w*|wer|when|what|where|which|who|how)\b")
_ASKS_SLOT = lazy(
    r"\b(?:geht|ginge|gingen|passt|passen|passte|klappt|klappen|frei|möglich|kann\s+ich|könnte\s+ich|"
    r"können\s+sie|can\s+i|could\s+i|can\s+you|could\s+you|works?|free|available|possible|"
    r"is\s+there\s+room)\b"
)
_NO = lazy(
    r"\b(?:nein|nee|nicht|kein\w*|leider|aber|nur|no|not|nope|but|only|sorry|unfortunately|"
    r"afraid|wenn|if|unless)\b|n't\b"
)
_YES = lazy(
    r"\b(?:ja|jo|jep|klar|gern|gerne|geht|ginge|passt|passen|klappt|möglich|machbar|"
    r"yes|yep|yeah|sure|fine|works|work|do|doable|possible|ok|okay)\b"
)
_ANSWER_WORDS = frozenset(
    "ja jo jep klar gern gerne geht ginge passt passen klappt möglich machbar das da es was "
    "sicher natürlich auch schon um zehn elf neun zwölf wir können kann ist wäre würde "
    "yes yep yeah sure fine works work that that's that'd that'll we can could do doable "
    "possible ok okay ten eleven nine twelve ten's eleven's it it's would will absolutely "
    "of course".split()
)


@per_text(256)
def _asked_slot(caller: str) -> str | None:
    """The caller's last question if it asks whether a named slot can be had."""
    q = last_question(normalize(caller))
    if not q:
        return None
    if _WH.search(q) or re.search(r"\b(?:nicht|not)\b|n't\b", q) or not _ASKS_SLOT.search(q):
        return None
    return q


def slot_answered(sentence: str, caller: str, names: Names) -> tuple[Claim, ...]:
    """`available` for the slot the caller asked about, answered yes (see above)."""
    if not caller or "?" not in caller or "?" in sentence:
        return ()
    q = _asked_slot(caller)
    if q is None or not names_slot(q, names):
        return ()
    text = normalize(sentence)
    words = re.findall(r"[\w']+", text)
    if not words or len(words) > 6 or any(w not in _ANSWER_WORDS for w in words):
        return ()
    if _NO.search(text) or not _YES.search(text):
        return ()
    return (said(ClaimKind.AVAILABLE, sentence, q, names),)
