"""A service named by the effect the caller wants: the hair as it is ("meine Haare sind so glatt",
"my straight hair", "ich hab so platte Haare") is no wish, what is wished ("ich will Locken", "mehr
Volumen", "die grauen Haare weg", "keine grauen Haare mehr", "cover my grey") names the service.
Volume alone is given by a perm and by a cut (asked with both, tools/service_match.py); with a
perm named it is the perm, with a cut named how the cut is to look; less volume is no perm. Language knowledge only; the
salon file says which service gives the effect (tools/service_match.py)."""

from __future__ import annotations

import re

from tools.text_fold import fold

# The hair's texture as it is now, said as a state: the word is dropped, the wish stays
_TEXTURE = (
    r"(?:glatt\w*|straight|flat|platt\w*|lockig\w*|curly|wellig\w*|wavy|duenn\w*|thin|fein\w*"
    r"|fine|kraftlos\w*|limp|voluminoes\w*|voluminous|dick\w*|thick)"
)
_DEGREE = (
    r"(?:(?:so|zu|total|ganz|sehr|echt|viel|richtig|too|very|really|dead|completely|super)\s+)*"
)
_STATE = re.compile(
    rf"\b(?:haare|haar|hair)\s+(?:sind|ist|is|are|wirken|look|looks)\s+{_DEGREE}(?P<w>{_TEXTURE})\b"
    rf"|\b(?:my|meine|meinen|meiner)\s+{_DEGREE}(?P<m>{_TEXTURE})\s+(?:haare|haar|hair)\b"
    rf"|\b(?:hab|habe|have|got|hat)\s+{_DEGREE}(?P<h>{_TEXTURE})\s+(?:haare|haar|hair)\b"
)
_LESS_VOLUME = re.compile(
    r"\b(?:weniger|less|nicht\s+so\s+viel|not\s+so\s+much|reduce|reduzieren)\s+"
    r"(?:\w+\s+)?(?:volumen|volume|fuelle)\b"
)
_NO_MORE_GREY = re.compile(
    r"\b(?:keine|no)\s+(?:more\s+)?(?:grauen|graue|grey|gray)\s*(?:haare|hair|strands)?"
    r"(?:\s+(?:mehr|more|anymore))?"
)

# "mehr Fülle": volume, only as the noun said ("auffüllen", "füllen" are no volume)
_FULLNESS = re.compile(r"\bfuelle\b")


def wished(text: str) -> str:
    """The words of the wish, without the hair's state said beside it; 'keine grauen Haare mehr'
    as the grey covered; less volume said as no wish at all."""
    folded = fold(text)
    kept = folded
    for m in reversed(list(_STATE.finditer(folded))):
        name = next(g for g in ("w", "m", "h") if m[g])
        kept = kept[: m.start(name)] + kept[m.end(name) :]
    kept = _NO_MORE_GREY.sub(" grau abdecken ", kept)
    kept = _FULLNESS.sub("volumen", kept)
    kept = _LESS_VOLUME.sub(" ", kept)
    kept = " ".join(kept.split())
    return text if kept == " ".join(folded.split()) else kept
