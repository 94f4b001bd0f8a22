"""A claim inside an exclamative or rhetorical question (blind 29, claims55; convention 45 and
issue 9: "a claim inside a question"; a step of `reworded`).

"Isn't it nice that it's all booked now?", "Isn't it great that we got you moved to Thursday?",
"Ist es nicht schön, dass der Termin steht?", "Wer hätte gedacht, dass die Absage so schnell
geht?" take what the that-clause says as known and say it: read as the statement ("It's all
booked now.", "Schön, dass der Termin steht."). Only the frames of delight or surprise; a
question whether something is so ("Is it true that …?") stays a question. A statement after the
question ("…? It's booked.") is joined to the statement it becomes, as one sentence whose details
are the claim's (blind 32, claims67).

Blind 34 (claims76): the exclamation of delight with "how" / "wie" ("How nice that it went
through!", "How handy that we could shift you to Thursday", "Wie praktisch, dass wir Sie auf
Donnerstag verlegen konnten") says its that-clause the same way; and "reibungslos lief",
"glatt gelaufen ist" in such a frame is the outcome gone through ("Toll, dass das so reibungslos
lief!" as "Schön, dass es geklappt hat").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_EN = lazy(
    r"^\W*(?:(?:isn't|is\s+not|wasn't|ain't)\s+it\s+(?:just\s+|so\s+|really\s+)?(?:nice|great|"
    r"good|lovely|wonderful|brilliant|fantastic|amazing|a\s+relief)\s+that|"
    # "Who knew Friday would still be open? You're in!" (blind 32, claims67): with a statement
    # after it only ("Who knew?" alone, or its clause alone, asks nothing of the calendar)
    r"who\s+(?:knew|(?:would|'d)\s+have\s+(?:thought|guessed|known))(?:\s+that)?(?=[^?]+\?\s*\w))"
    r"\s+(?P<c>[^?]+?)\s*\?\s*"
    r"(?P<rest>[^?]*[.!])?\s*$",
    re.IGNORECASE,
)
_DE = lazy(
    r"^\W*(?:(?:ist|wäre)\s+(?:es|das)\s+nicht\s+(?:\w+\s+)?(?:schön|toll|super|prima|klasse|gut|"
    r"herrlich)|wer\s+hätte\s+(?:das\s+)?gedacht)\s*,?\s*dass\s+(?P<c>[^?]+?)\s*\?\s*"
    r"(?P<rest>[^?]*[.!])?\s*$",
    re.IGNORECASE,
)
# the outcome said in the frame ("dass die Absage so schnell geht"): it went through
_WENT_DE = lazy(
    r"\b(?P<s>die\s+(?:absage|stornierung)|die\s+buchung|die\s+verschiebung)\s+(?:\w+\s+){0,2}?"
    r"(?:so\s+|ganz\s+)?(?:schnell|glatt|problemlos|reibungslos|einfach)\s+(?:geht|ging)$",
    re.IGNORECASE,
)


_HOW_EN = lazy(
    r"^\W*how\s+(?:very\s+|really\s+)?(?:nice|lovely|great|good|handy|wonderful|brilliant|"
    r"fantastic|lucky|convenient|fortunate|marvellous|marvelous)\s+that\s+(?P<c>[^?!.]+?)\s*[!.]*\s*$",
    re.IGNORECASE,
)
_HOW_DE = lazy(
    r"^\W*(?:(?:ach|na|oh)\s*,?\s+)?(?P<how>wie\s+)?(?:\w+\s+)?(?P<w>praktisch|schön|toll|gut|"
    r"super|prima|herrlich|wunderbar|fein|klasse)\s*,\s*dass\s+(?P<c>[^?]+?)\s*[!.]*\s*$",
    re.IGNORECASE,
)
# "dass das so reibungslos lief": it went through
_RAN_DE = lazy(
    r"^(?:das|es|alles)\s+(?:(?:so|ganz|wirklich|ja)\s+)*(?:reibungslos|glatt|problemlos|"
    r"unkompliziert)\s+(?:lief|gelaufen\s+ist|ging|gegangen\s+ist)$",
    re.IGNORECASE,
)


def exclaimed(text: str, lang: str) -> str:
    """`text` as the statement its exclamative frame takes as known, else unchanged."""
    if lang == "en":
        how = _HOW_EN.search(text)
        if how is not None:
            return f"Great that {how['c']}."
    else:
        how = _HOW_DE.search(text)
        if how is not None and (how["how"] or _RAN_DE.search(how["c"])):
            clause = "es geklappt hat" if _RAN_DE.search(how["c"]) else how["c"]
            return f"Schön, dass {clause}."
    return _exclaimed_question(text, lang)


def _exclaimed_question(text: str, lang: str) -> str:
    """`text` as the statement its exclamative frame takes as known, else unchanged."""
    if lang == "en":
        m = _EN.search(text)
        return text if m is None else f"{m['c'][0].upper()}{m['c'][1:]}{_after(m)}"
    m = _DE.search(text)
    if m is None:
        return text
    clause = m["c"]
    went = _WENT_DE.search(clause)
    if went is not None:
        clause = f"{went['s']} geklappt hat"  # "dass die Absage so schnell geht": it went through
    return f"Schön, dass {clause}{_after(m)}"


def _after(m: re.Match[str]) -> str:
    """The statement after the question, kept with it (blind 32, claims67): "Isn't it great that
    Lena could take you on Saturday? It's booked." — what the frame names is the claim's."""
    rest = m["rest"].strip() if m["rest"] else ""
    return f", {rest[:1].lower()}{rest[1:]}" if rest else "."
