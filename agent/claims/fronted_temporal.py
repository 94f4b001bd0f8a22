"""A fronted temporal clause before a main clause in the past: both tell what happened (blind 40,
claims97). "Once you agreed, your Friday two o'clock was booked", "After checking, I booked you in
on Tuesday at ten", "Sobald Sie zugesagt hatten, habe ich Sie bei Sophie für Freitag
eingetragen": "once", "as soon as", "after", "when", "sobald", "nachdem", "als" tie the main
clause to an event that has happened, and the main clause asserts its outcome, which the guard
must check (its day, stylist, state). A condition still to be met keeps its consequent
contingent ("Once you confirm, you're booked", "Sobald Sie zusagen, sind Sie gebucht"): the
main clause then is not in the past, or the temporal clause itself is not ("after" with a
gerund, "After checking", has no tense of its own and takes the main clause's).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.claims.reading import ClauseInfo

# the first word of the temporal conjunction ("as" of "as soon as")
_TEMPORAL = frozenset({"once", "as", "when", "after", "sobald", "nachdem", "als"})
# untensed: "after" with a gerund or a participle takes the main clause's time
_UNTENSED = frozenset({"after"})
# a word before the conjunction that leaves it fronted ("Gleich nachdem …", "Just after …")
_LEADING = frozenset({"gleich", "kurz", "direkt", "just", "right", "immediately", "straight"})


def fronted_fact(group: Sequence[ClauseInfo], k: int, target: int | None) -> bool:
    """Clause `k` of a sentence is a fronted temporal clause of what happened and `target` its
    main clause in the past, stated: neither is contingent."""
    if target is None or target != k + 1:
        return False
    if k > 1 or (k == 1 and not set(group[0].clause.words) <= _LEADING):
        return False
    sub, main = group[k], group[target]
    words = sub.clause.words
    opener = sub.clause.opener[0] if sub.clause.opener else (words[:1] or [""])[0]
    if opener not in _TEMPORAL:
        return False
    if main.nonfactual or main.clause.question or sub.present_passive:
        return False
    if sub.nonfactual and not _had(words):
        return False
    if set(words) & _TO_COME:
        return False
    if not (main.past or _perfect_first(main.clause.words)):
        return False
    if opener in _UNTENSED or set(words) & _PAST_DE:
        return True
    # an English past ("Once you said yes"), or a German perfect told as past because the
    # main clause tells it so ("Sobald Sie zugesagt haben, habe ich Sie eingetragen")
    if opener in _EN:
        return sub.past or _had(words) or any(_past_en(w) for w in words[1:])
    return sub.past and _perfect_first(main.clause.words)


def _past_en(word: str) -> bool:
    """An English simple past ("agreed", "said"); "Once the calendar answers" is present."""
    return word.endswith("ed") or word in _PAST_EN


_PAST_EN = frozenset({"said", "told", "gave", "came", "chose", "heard", "rang", "got", "made",
                      "was", "were", "had", "did", "went", "took", "saw", "found", "freed"})  # fmt: skip


def _had(words: Sequence[str]) -> bool:
    """ "you'd said": the contraction of "had" before a participle, read as "would"."""
    return any(
        w == "would" and nxt.endswith(("ed", "en", "id", "ld", "de", "ne"))
        for w, nxt in pairwise(words)
    )


def _perfect_first(words: Sequence[str]) -> bool:
    """German verb second after the fronted clause: the perfect's or the past's auxiliary
    first ("habe ich Sie eingetragen", "war der Freitag gebucht")."""
    return bool(words) and words[0] in _AUX_PAST_FIRST


_EN = frozenset({"once", "as", "when", "after"})
_PAST_DE = frozenset({"hatte", "hatten", "hattest", "war", "waren", "wurde", "wurden"})
# (claims98: a simple past of standing or going first too, "…, stand Ihr Freitag fest im
# Kalender", "…, ging die Dauerwelle in den Kalender")
_AUX_PAST_FIRST = frozenset({"habe", "hat", "haben", "hatte", "hatten", "war", "waren", "wurde",
                             "wurden", "stand", "standen", "lag", "lagen", "ging", "gingen",
                             "kam", "kamen"})  # fmt: skip
_TO_COME = frozenset({"will", "'ll", "werden", "wird", "can", "kann", "können"})
