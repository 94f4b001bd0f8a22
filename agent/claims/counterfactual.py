"""Counterfactuals state nothing about the call: "Wäre der Termin schon gebucht, hätten Sie
bereits eine SMS bekommen", "Hätten Sie früher angerufen, hätte ich Ihnen den Samstag geben
können", "If you had called earlier, I could have given you Saturday".

An unreal condition (German: a subjunctive II verb opening the sentence, or a "wenn/falls"
clause with one; English: "had"/"were" in an "if" clause, or "Had you …") followed by a main
clause in the subjunctive II ("hätte", "wäre", "würde", "könnte"; "would/could/might have")
says what is *not* the case. Every claim read inside such a sentence is dropped, and so is one
inside a supposition denied ("Nicht dass Sie denken, das wäre schon gebucht: …"). A sentence
with only one of the two parts ("Wäre Ihnen Freitag recht?", "Hätten Sie Freitag Zeit?") is
an offer or a question and is left to the reader.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import straight_apostrophes
from agent.claims.spans import sentence_spans

_DE_SUBJ = (
    r"(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte|bekäme|"
    r"bekämen|stünde|stünden|stände|käme|kämen|gäbe|sähe|sähen|wüsste|wüssten)"
)
# a participle in the condition: the past that did not happen ("angerufen", "gebucht")
_DE_PART = r"\b(?:\w*ge\w+(?:t|en)|\w+iert|\w+ert)\b"
_DE = lazy(
    rf"^\W*(?:(?:wenn|falls)\b[^,;:]*{_DE_PART}[^,;:]*\b{_DE_SUBJ}\b|"
    rf"{_DE_SUBJ}\b[^,;:]*{_DE_PART}[^,;:]*),\s*{_DE_SUBJ}\b",
    re.IGNORECASE,
)
_EN_PART = r"(?:\w+ed|\w+en|got|had|been|made|sent|kept|put|seen|told|held|let|known|thought)"
_EN = lazy(
    r"^\W*(?:if\b[^,;:]*\b(?:had|were)\b|had\s+\w+\b)[^,;:]*,\s*[^,;:]*"
    rf"\b(?:would|could|might|should|'d)(?:\s+not|n't)?\s+(?:have\s+|'ve\s+){_EN_PART}\b|"
    rf"^\W*(?:if\b[^,;:]*\b(?:had|were)\b|had\s+\w+\b)[^,;:]*,\s*[^,;:]*\b\w+'d\s+have\s+{_EN_PART}\b|"
    # the present unreal ("If it were booked, you'd have a text", "Were it in the calendar, it
    # would show here")
    r"^\W*(?:if\b[^,;:]*\bwere\b|were\s+(?:it|the|your|that|this|you)\b)[^,;:]*,\s*[^,;:]*"
    r"\b(?:would|could|might|'d)\b|"
    # the inverted condition with a present unreal consequent (blind 42, claims103): "Had I put
    # you in already, it would show here", "Had the appointment been cancelled, I'd see it here"
    r"^\W*had\s+(?:i|we|you|it|they|the|your|that|this)\b[^,;:]*,\s*[^,;:]*"
    r"\b(?:would|could|might|'d)\b|"
    # "If I'd already booked it, you'd see a confirmation"
    rf"^\W*if\s+\w+'d\s+(?:already\s+|just\s+)?{_EN_PART}\b[^,;:]*,\s*[^,;:]*"
    r"\b(?:would|could|might|'d)\b",
    re.IGNORECASE,
)
# a near miss or an unreal act in a main clause (blind 37, claims86): "Fast / Beinahe / Um ein Haar
# hätte ich Sie … eingetragen", "Eigentlich hätte ich Sie gern eingetragen, doch …", "Ich hätte es
# gebucht, aber …": what did not happen. "Ich / wir hätte(n) …" only before a turn ("aber",
# "doch", a dash): "Dann hätten wir Sie eingebucht", "Das hätten wir gebucht" say it is done.
_NEAR_DE = lazy(
    rf"^\W*(?:(?:fast|beinahe|um\s+ein\s+haar|eigentlich)\s+{_DE_SUBJ}\b[^,;:–—.!?]*?{_DE_PART}"
    rf"|(?:ich|wir)\s+(?:hätte|hätten)\b[^,;:–—.!?]*?{_DE_PART}(?:\s+(?:worden|gewesen))?"
    r"(?=\s*[,;]?\s*(?:[–—]|\b(?:aber|doch)\b)))",
    re.IGNORECASE,
)
# the same unreal act in English (blind 42, claims103): "I'd have booked you with Fabian, but …",
# "I would have loved to fit you in on Friday, but …" (561: a counterfactual failure, neutral)
_NEAR_EN = lazy(
    r"^\W*(?:i|we)(?:'d|\s+would)\s+have\s+(?:(?:loved|liked)\s+to\s+)?[^,;:–—.!?]*?"
    r"\b(?:booked|book|put|fitted|fit|had|entered|squeezed|squeeze|taken|take)\b[^,;:–—.!?]*?"
    r"(?=\s*[,;]?\s*(?:[–—]|\bbut\b))",
    re.IGNORECASE,
)
# the reason such an act failed: the slot taken by then ("…, but the slot was already gone",
# "…, aber der Platz war schon weg"): someone else's booking, no claim of the caller's
_TAKEN_REASON = lazy(
    r"^[,;]?\s*(?:[–—]\s*)?(?:but|aber|doch)\s+[^.!?;]*\b(?:gone|taken|booked|full|weg|vergeben|"
    r"belegt|ausgebucht|voll)\b(?:\s+(?:by\s+then|already|schon|bereits))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# a wish (blind 37, claims86): "Ich wünschte, ich könnte Ihnen Samstag anbieten", "I wish I could
# offer you Saturday": what is not, up to a colon, a dash or a turn ("…: Ihr Termin ist storniert")
_WISH = lazy(
    r"^\W*(?:ich\s+wünschte|ich\s+würde\s+mir\s+wünschen|i\s+wish)\b[^:;–—.!?]*", re.IGNORECASE
)
# where the unreal part ends: a dash or "but"/"aber" that turns to what is ("… – it isn't yet")
DENIAL_TURN = lazy(r"\s[–—-]\s|[–—]|[,;]?\s*\b(?:but|aber|doch)\b", re.IGNORECASE)


# a supposition denied: "Nicht dass Sie denken, das wäre schon gebucht: …", "Not that it's booked
# yet: …" (up to the colon, a dash or the end of the sentence: "… – das ist er noch nicht")
_DENIED = lazy(
    r"\bnicht\s+dass\b[^:;.!?–—]*|\bnot\s+that\b[^:;.!?–—]*",
    re.IGNORECASE,
)
# a second negation inside it: the supposition denied is a negation, so the claim stands ("Not
# that Friday isn't booked – it is", "Nicht, dass der Freitag nicht fest wäre"; blind 16)
_INNER_NEGATION = lazy(r"\b(?:nicht|kein\w*|not)\b|n't\b|n’t\b", re.IGNORECASE)


def without_counterfactual(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those read inside a counterfactual sentence of `sentence`."""
    if not claims:
        return claims
    unreal = unreal_spans(sentence)
    unreal += [
        (m.start(), m.end())
        for m in _DENIED.finditer(sentence)
        if not _INNER_NEGATION.search(m.group(), 8)
    ]
    if not unreal:
        return claims
    return tuple(c for c in claims if not any(s <= c.start < e for s, e in unreal))


def unreal_spans(sentence: str) -> list[tuple[int, int]]:
    """The counterfactual parts of `sentence`: each unreal sentence up to where it turns to what
    is ("Wäre der Termin gebucht, bekämen Sie eine SMS – das ist er aber noch nicht": the part
    after the dash states, claims22)."""
    out = []
    for s, e in sentence_spans(sentence):
        text = straight_apostrophes(sentence[s:e])
        wish = _WISH.match(text)
        if wish:
            turn = DENIAL_TURN.search(text, 0, wish.end())
            out.append((s, s + (turn.start() if turn else wish.end())))
            continue
        m = _DE.match(text) or _EN.match(text)
        near = None if m else (_NEAR_DE.match(text) or _NEAR_EN.match(text))
        m = m or near
        if m is None:
            continue
        turn = DENIAL_TURN.search(text, m.end())
        if near is not None and turn and _TAKEN_REASON.match(text[turn.start() :]):
            turn = None  # the reason the act failed: the slot taken by others (claims103)
        out.append((s, s + turn.start() if turn else e))
    return out
