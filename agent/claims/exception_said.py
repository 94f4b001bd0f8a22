"""An exception said after a claim (blind 34, claims76): "Gebucht, es sei denn, Sie wollen doch
lieber Samstag", "Der Termin steht, außer Sie sagen noch ab", "It's booked, except the colour
still needs a patch test", "Booked – unless you'd rather have Lena", "Er ist gebucht, nur die
Farbe muss noch getestet werden".

The exception names a change the caller may still ask for or a detail left open; it leaves the
claim before it standing (blind 34's convention) and lends it none of its details (Saturday,
Lena, the colour are not what was booked). `exception_cut` gives the sentence up to the
exception, read instead of the whole where it claims something. Not cut: an exception before
its claim ("Unless it's urgent, …"), after an act to come or a modal ("I'll book it unless you
stop me", "Ich trage Sie ein, außer Sie widersprechen": the act is still to come), and an
exception that itself claims or denies ("…, nur noch nicht bestätigt").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.restated import as_whole

_F = re.IGNORECASE

_QUICK = lazy(r"unless|except|barring|apart\s+from|sei\s+denn|außer|ausser|abgesehen|,\s*nur\b", _F)
_EXCEPTION_DE = lazy(
    r"\s*(?:[,–—-]\s*)(?:es\s+sei\s+denn|außer|ausser|abgesehen\s+von|bis\s+auf)\b|"
    r"\s*[,–—-]\s*nur\s+(?=(?:die|der|das|bei|beim|ihr|ihre|mit)\b)",
    _F,
)
_EXCEPTION_EN = lazy(
    r"\s*(?:[,–—-]\s*)?\b(?:unless|except|barring|apart\s+from)\b",
    _F,
)
# the claim before it: a statement, not an act to come, a modal, a question or a condition
_TO_COME = lazy(
    r"\?|\b(?:will|'ll|would|'d|could|can|shall|should|might|may|going|must|if|once|when|"
    r"werde|werden|wird|würde|kann|könnte|soll|sollte|muss|wenn|falls|sobald|"
    r"trage|buche|lege|mache|storniere|verschiebe)\b",
    _F,
)
# what the exception says must claim or deny nothing of its own
_CLAIMS_ITSELF = lazy(
    r"\b(?:nicht|kein\w*|nie|not|never|gebucht|bestätigt|storniert|eingetragen|reserviert|"
    r"booked|confirmed|cancelled|canceled|reserved|held|moved|verschoben|verlegt)\b|n't\b",
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
    if not head or _TO_COME.search(head):
        return None
    if "nur" in m.group(0).lower() and _CLAIMS_ITSELF.search(rest):
        return None
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
