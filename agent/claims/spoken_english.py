"""Colloquial and code-switched English read as the reader's words (blind 28, claims50).

"Genau, you're in the Kalender now", "Friday zehn Uhr is fest for you", "Apparently you're all
set", "Saturday at eleven with Lena's going begging", "Friday's off for you now, mate", "It's
requested, mate, waiting on the salon to confirm", "Your appointment's unchanged, mate, same as
before", "It should still be held for you": German words inside English, a hedge that does not
take the claim back, idioms for free, cancelled, pending and unchanged, and the address words
("mate", "love", "hon") between clauses. `standard_english` gives the sentence in the reader's
words; None when nothing changes.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_HEDGE = lazy(r"\b(?:apparently|seemingly|evidently)\s+")
# the speaker doubting what "apparently" reports: hearsay, not a hedge of its own claim (claims54:
# "Your husband apparently cancelled, but I can't see that here" is no cancellation)
_DOUBTED = lazy(
    r"\b(?:can'?t|cannot|can not|couldn'?t|don'?t|do not)\s+(?:\w+\s+)?(?:see|find|verify|confirm)\b"
)
_RULES = (
    (lazy(r",\s*(?:mate|love|hon|luv|pet|dear|sir|ma'am|madam|duck|petal)\b"), ""),
    (lazy(r"\b(?:genau|prima|super|also|so),\s*"), ""),
    (lazy(r"\bin (?:the|our) (?:termin)?kalender\b"), "in the calendar"),
    (lazy(r"\bzehn uhr\b"), "at ten"),
    (lazy(r"\b(?:is|'s)(?: now)? (?:fest|fix)\b"), " is booked"),
    (lazy(r"\bnot (yet )?(?:fest|fix)\b"), r"not \1booked"),
    # blind 51 (claims128): a German's English ("I have you inscribed", "Your term on Friday is
    # fix", "The term is storniert", "You become an SMS"), Indian English ("Appointment is fixed
    # for Friday", "I have booked it only", "It is confirmed itself", "preponed"), British idioms
    # ("knocked Friday on the head", "in the diary", "not locked in yet")
    (lazy(r"\bhave inscribed (you|it)\b"), r"have booked \1 in"),
    (lazy(r"\binscribed\b"), "booked in"),
    (lazy(r"\b(your|the|my|this|that) term\b"), r"\1 appointment"),
    (
        lazy(
            r"\b(your|the|my) date(?= (?:on \w+ )?\s*(?:is|'s)(?:\s+now)?\s+(?:fix|fest|fixed|booked|confirmed)\b)"
        ),
        r"\1 appointment",
    ),
    (lazy(r"\bi (?:can )?make you an? (?:offer|proposal)\s*[:,]"), "I can offer you"),
    (lazy(r"\b(?:storniert|annulliert|gecancelt)\b"), "cancelled"),
    (lazy(r"\byou (will |'ll )?become (an?|the|your)\b"), r"you \1get \2"),
    (
        lazy(r"\b(appointment|time|booking|it|date|slot) (?:is|'s)(?: now)? fixed\b"),
        r"\1 is booked",
    ),
    (
        lazy(
            r"\b(done|booked|cancelled|confirmed|fixed|shifted|moved)( it| you)? (?:only|itself)\b"
        ),
        r"\1\2",
    ),
    (lazy(r"\b(the booking|the appointment|it|that) (?:only|itself)(?=\s*(?:[,.!?]|$))"), r"\1"),
    (lazy(r"\bprepone(d?)\b"), r"move\1"),
    (lazy(r"\bknocked (.{1,40}?) on the head\b"), r"cancelled \1"),
    (lazy(r"\bknocked on the head\b"), "cancelled"),
    (lazy(r"\bin (?:the|our) diary\b"), "in the calendar"),
    (lazy(r"\blocked in\b"), "booked"),
    (lazy(r"\bfür\b"), "for"),
    (lazy(r"(?:'s| is) going (?:begging|spare)\b"), " is free"),
    # a day "off for you" is the visit gone (GONE), true after a cancellation or a move
    (lazy(r"^(\w+)(?:'s| is) off for you\b"), r"no need to come in on \1"),
    (
        lazy(r"\bwaiting on the salon to (?:confirm|okay it|ok it)\b"),
        "the salon still has to confirm it",
    ),
    (
        lazy(r"(?:'s| is) unchanged,\s*(?:just )?(?:same as before|as it was)\b"),
        " is unchanged",
    ),
    (lazy(r"\bshould still be held\b"), "is still held"),
)


def standard_english(sentence: str, lang: str) -> str | None:
    """`sentence` in the reader's English words, or None when it has none to replace."""
    if lang != "en":
        return None
    text = normalize(sentence)
    out = text if _DOUBTED.search(text) else _HEDGE.sub("", text)
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement, out)
    out = re.sub(r"\s+", " ", out).strip()
    return None if out == text else out
