"""A service said with the tool it is done with or the occasion it is for ("Bart mit dem Trimmer
in Form bringen", "die Haare mit dem Rasierer ganz kurz, für meinen Mann", "Bart stutzen für die
Hochzeit meines Bruders"): the service the words name; the tool, the occasion and whose occasion
it is add nothing.

- The tool ("mit dem Trimmer", "mit der Schermaschine", "with the clippers", "mit den Wicklern")
  is left out; a razor on the hair ("die Haare mit dem Rasierer ganz kurz") is a clipper cut.
- The occasion ("für die Hochzeit meines Bruders", "vor dem Vorstellungsgespräch", "for my
  brother's wedding") is left out with whose it is.
- With the beard said, the man it is for ("für meinen Bruder") is left out: a beard is a man's.

`tools.service_match` reads these words only when the wish as said is no one service, and takes
the reading only when it is one service; an occasion alone ("für eine Hochzeit") stays as said.
"""

from __future__ import annotations

import re

from tools.text_fold import fold

_ART = r"(?:dem|der|den|einem|einer|the|a|an|my|meine[mnr]?)"
_TOOL = re.compile(
    rf"\b(?:mit|with|using)\s+(?:{_ART}\s+)?(?:\w+\s+)?(?:trimmer\w*|rasierer\w*|rasiermesser\w*"
    r"|schermaschine\w*|haarschneidemaschine\w*|maschine|clippers?|razors?|schere|scissors"
    r"|wickler\w*|lockenwickler\w*|rollers?|curlers?)\b"
)
_RAZOR_ON_HAIR = re.compile(r"\b(?:mit|with)\s+(?:dem|einem|the|a)\s+(?:rasierer|razor)\b")
_OCCASION = re.compile(
    rf"\b(?:fuer|zur|zum|vor|auf|for|before|to)\s+(?:{_ART}\s+|die\s+|das\s+|our\s+|unsere[mnr]?\s+)?"
    r"(?:(?:\w+s\s+)?)(?:\w*hochzeit\w*|taufe|konfirmation|kommunion|einschulung|abiball"
    r"|abschlussball|\w*geburtstag\w*|feier|party|jubilaeum|vorstellungsgespraech|urlaub|reise"
    r"|wedding|christening|prom|birthday|interview|holiday|graduation)"
    r"(?:\s+(?:meines|meiner|unseres|unserer|von\s+(?:meinem|meiner))\s+\w+)?\b"
)
_BEARD = re.compile(r"\b(?:\w*bart\w*|beard\w*)\b")
_HAIR = re.compile(r"\b(?:haare?|kopf|hair|head)\b")
_HIS = re.compile(
    r"\b(?:fuer|for)\s+(?:meinen|unseren|my|our)\s+(?:mann|bruder|vater|papa|opa|freund|sohn"
    r"|husband|brother|father|dad|grandad|boyfriend|son)\b"
)


def plain_wish(text: str) -> str:
    """The folded wish without its tool, occasion and (for a beard) the man it is for."""
    folded = fold(text.replace("'", " "))
    if _HAIR.search(folded) and not _BEARD.search(folded):
        folded = _RAZOR_ON_HAIR.sub("mit der maschine", folded)  # a razor on the hair: clippers
    else:
        folded = _TOOL.sub(" ", folded)
    folded = _OCCASION.sub(" ", folded)
    if _BEARD.search(folded):
        folded = _HIS.sub(" ", folded)
    return " ".join(folded.split())
