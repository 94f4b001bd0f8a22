"""An exception said after a claim (blind 34, claims76): "Gebucht, es sei denn, Sie wollen doch
lieber Samstag", "Der Termin steht, außer Sie sagen noch ab", "It's booked, except the colour
still needs a patch test", "Booked – unless you'd rather have Lena".

The exception names a change the caller may still ask for or a detail left open; it leaves the
claim before it standing (blind 34's convention) and lends it none of its details (Saturday,
Lena, the colour are not what was booked). `exception_cut` gives the sentence up to the
exception, read instead of the whole where it claims something. Not cut: an exception before
its claim ("Unless it's urgent, …"), after an act to come or a modal ("I'll book it unless you
stop me", "Ich trage Sie ein, außer Sie widersprechen": the act is still to come), an
exception of a noun phrase ("Sie bekommen nichts weiter, außer einer Erinnerung", "nichts mehr
tun, außer pünktlich zu sein") and a head that denies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.restated import as_whole

_F = re.IGNORECASE

_QUICK = lazy(r"unless|except|barring|sei\s+denn|außer|ausser", _F)
# an exception with a clause of its own ("außer Sie sagen noch ab", "except the colour still
# needs …"); not one of a noun phrase ("nichts weiter, außer einer Erinnerung")
_EXCEPTION_DE = lazy(
    r"\s*(?:[,–—-]\s*)(?:es\s+sei\s+denn|(?:außer|ausser)(?=\s+(?:sie|du|es|er|ihr|wenn|falls|dass|"
    r"man|fabian|lena)\b))\b",
    _F,
)
_EXCEPTION_EN = lazy(
    r"\s*(?:[,–—-]\s*)?\b(?:unless|barring|except(?=\s+(?:if|that|when|we|you|i|it|i've|we've|"
    r"you've|it's|the\s+\w+\s+(?:still|needs|is|has|must))\b))\b",
    _F,
)
_NEGATED_HEAD = lazy(r"\b(?:nichts|nicht|kein\w*|nothing|not|no|none)\b|n't\b", _F)
# the claim before it: a statement, not an act to come, a modal, a question or a condition
_TO_COME = lazy(
    r"\?|\b(?:will|'ll|would|'d|could|can|shall|should|might|may|going|must|if|once|when|"
    r"werde|werden|wird|würde|kann|könnte|soll|sollte|muss|wenn|falls|sobald|"
    r"trage|buche|lege|mache|storniere|verschiebe)\b",
    _F,
)
# a hold said to lapse (blind 35, claims80): "The hold lapses unless you confirm – it isn't booked
# yet" is the hold's condition, not an exception to a claim (hold_time.py reads it whole)
_LAPSE = lazy(
    r"\b(?:lapses?|expires?|runs?\s+out|drops|times?\s+out|goes\s+back|verfällt|erlischt|"
    r"läuft\s+(?:\w+\s+)*?ab)\b",
    _F,
)
_OPENER = lazy(
    r"^\s*(?:unless|except|barring|apart|es\s+sei|außer|ausser|abgesehen|bis\s+auf)\b", _F
)


def exception_cut(sentence: str, lang: str) -> str | None:
    """`sentence` up to an exception said after its claim, or None."""
    if not _QUICK.search(sentence):
        return None
    text = fold(sentence).text
    if _OPENER.match(text):
        return None
    m = (_EXCEPTION_DE if lang == "de" else _EXCEPTION_EN).search(text)
    if m is None or m.start() == 0:
        return None
    head, rest = text[: m.start()].strip(" ,–—-"), text[m.end() :]
    if not head or _TO_COME.search(head) or _NEGATED_HEAD.search(head):
        return None
    if _LAPSE.search(head):
        return None  # the hold's end unless the caller says yes: its condition, read whole
    if ("except" in m.group(0).lower() or "außer" in m.group(0).lower()) and re.search(
        r"\b(?:nicht|not|n't)\b", rest
    ):
        return None
    return f"{head}."


def exception_read(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims`, read up to an exception said after a claim where that part claims something."""
    cut = exception_cut(sentence, lang)
    if cut is None:
        return claims
    head = whole(cut)
    return as_whole(sentence, head) if head else claims
