"""A statement asked back: said with only a question mark or a tag (blind 25, claims43).

"Der Termin ist gebucht?", "Sie sind eingetragen?", "Also Sie haben jetzt den Termin?", "You're
booked in?", "So you've got the appointment now?" keep the order of a statement (the subject
first, no question word, no verb first), and "Isch jetzt iitreit, odr?", "You're in now, aren't
you?" end on a tag: said to the caller, each tells them what it states. `asked_back` gives the
statement with a full stop (the tag taken away), read as any sentence by the caller (`amended`).

Not: a question (a question word, a finite verb first: "Ist der Termin gebucht?", "Shall I book
it?"), the caller's wish read back ("Sie möchten also Freitag um zehn?", "You'd like Friday at
ten?": the statement claims nothing either), a question inside a longer sentence.
"""

from __future__ import annotations

import re

from agent.claims.adverb_after import without_adverb_after
from agent.claims.lazy_pattern import lazy

_TAG = lazy(
    r",\s*(?:oder|odr|oda|ne|nich|nicht|nicht\s+wahr|gell|gelle|gelt|woll|wa|richtig|stimmt's|"
    r"oder\s+nicht|oder\s+wie|right|yeah|no|correct|isn't\s+it|is\s+it|aren't\s+you|aren't\s+we|"
    r"haven't\s+you|didn't\s+it|hasn't\s+it|don't\s+you|isn't\s+that\s+right)\s*\?\s*$",
    re.IGNORECASE,
)
_OPENER = lazy(r"^\W*(?:(?:also|so|dann|and|now|ok|okay|und),?\s+)+", re.IGNORECASE)
# a statement's start: a subject, not a finite verb or a question word
_SUBJECT = lazy(
    r"^(?:sie|der|die|ihr|ihre|es|er|wir|you|you're|you've|your|the|it|it's|we|we've)\b|"
    # claims98 (blind 40, convention 660): "Das wurde schon verschoben?", "That's been cancelled?"
    r"^(?:das|dies|that|this)(?:\s+(?:wurde|war|has|had|was)|'s\s+been)\s+(?:schon\s+|bereits\s+|"
    r"already\s+|been\s+|now\s+|jetzt\s+)*\w+(?:t|en|ed)(?:\s+(?:already|now|schon|jetzt))?\s*\?$",
    re.IGNORECASE,
)
# a second sentence, a quote, or a question clause after the statement ("…, soll ich …?")
_INSIDE = lazy(
    r"[.:;]\s|[\"„“«»]|(?<!\w)'|'(?!\w)|[,–—-]\s*(?:soll|sollen|darf|dürfen|kann|können|möchten|wollen|oder\s+\w+\s+\w+|"
    r"shall|should|can|may|would|do|does|did|will|is|are)\b",
    re.IGNORECASE,
)
_WISH = lazy(
    r"\b(?:möchten|möchte|wollen|will|würden|hätten|wünschen|lieber|'d|would|like|want|wanted|"
    r"prefer|rather|hoping|after|meinen|meinten|mean|meant)\b",
    re.IGNORECASE,
)


def asked_back(sentence: str, lang: str) -> str | None:
    """The statement `sentence` asks back, with a full stop, or None (see above)."""
    text = sentence.strip()
    if not text.endswith("?") or "?" in text[:-1] or _WISH.search(text):
        return None
    if _INSIDE.search(text[:-1]):
        return None  # a question after a statement or a second sentence: read apart
    tag = _TAG.search(text)
    if tag is not None:
        return _plain(text[: tag.start()] + ".")
    body = _OPENER.sub("", text)
    if not _SUBJECT.match(body):
        return None
    return _plain(body[:-1].rstrip() + ".")


def _plain(statement: str) -> str:
    """The statement without a closing "now" / "then" the decision reads apart (adverb_after)."""
    return without_adverb_after(statement) or statement
