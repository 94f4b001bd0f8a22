"""A service named by the effect the caller wants: the hair as it is ("meine Haare sind so glatt",
"my straight hair", "ich hab so platte Haare", "Locken für glatte Haare") is no wish, what is wished ("ich will Locken", "mehr
Volumen", "die grauen Haare weg", "keine grauen Haare mehr", "cover my grey") names the service.
Volume alone is given by a perm and by a cut (asked with both, tools/service_match.py); with a
perm named it is the perm, with a cut named how the cut is to look; less volume is no perm. Language knowledge only; the
salon file says which service gives the effect (tools/service_match.py)."""

from __future__ import annotations

import re

from tools.service_words import concepts
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
    # the hair the service is for: "Locken für glatte Haare", "curls for straight hair" (round 59)
    rf"|\b(?:fuer|for|bei|auf|in)\s+(?:(?:meine\w*|my|die|the|sehr|ganz)\s+)?{_DEGREE}(?P<f>{_TEXTURE})"
    r"\s+(?:haare|haar|hair)\b"
)
# Beside a cut named, the hair it is for, said by its curls: "Haarschnitt für Locken", "der Kleine
# hat ganz dicke Locken", "men's cut, thick wavy hair" (round 59); without a cut, "für Locken" may
# be the perm wished, so it is read only beside one
_CURLS = r"(?:locken|naturlocken|curls|wellen|waves)"
_WISH = re.compile(
    r"\b(?:moechte|moecht|will|wuensche|haette|gern|gerne|want|wish|like|soll|sollen|should)\b"
)
_HAIR_OF_THE_CUT = re.compile(
    rf"\b(?:fuer|for)\s+(?:(?:meine\w*|my|die|the|seine|ihre|his|her)\s+)?{_DEGREE}(?:\w+\s+)?(?P<c>{_CURLS})\b"
    rf"|\b(?:hab|habe|have|got|hat|has)\s+{_DEGREE}(?:\w+\s+)?(?P<d>{_CURLS})\b"
    rf"|\b(?:{_TEXTURE}\s+)*(?P<e>{_TEXTURE})\s+(?:haare|haar|hair)\b"
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
        name = next(g for g in ("w", "m", "h", "f") if m[g])
        kept = kept[: m.start(name)] + kept[m.end(name) :]
    if kept.strip() and "cut" in concepts(kept)[0]:
        for m in reversed(list(_HAIR_OF_THE_CUT.finditer(kept))):
            name = next(g for g in ("c", "d", "e") if m[g])
            if name == "e" and _WISH.search(kept):  # "ich möchte wellige Haare": the wish
                continue
            kept = kept[: m.start(name)] + kept[m.end(name) :]
    kept = _NO_MORE_GREY.sub(" grau abdecken ", kept)
    kept = _FULLNESS.sub("volumen", kept)
    kept = _LESS_VOLUME.sub(" ", kept)
    kept = " ".join(kept.split())
    return text if kept == " ".join(folded.split()) else kept


# -- the effect itself names the service ----------------------------------------------------
# A service named by the effect the caller wants on their hair ("die Haare sollen wellig
# werden", "ich möchte gelockte Haare", "my hair should be wavy", "I want my hair curly"): a small
# mapping of effect words to the salon's services (waves and curls: the perm). The hair said with
# the effect is the hair the service is done on, not a second wish ("die Haare" with "lockig" is
# no haircut), so the effect alone settles the service.
#
# An effect taken away ("die Locken sollen weg", "keine Locken mehr", "get rid of the curls") is
# not that service: read as no service (asked), never as the perm. Words of the other services
# said with the effect ("lockig und kürzer") leave the matcher to weigh them.

# effect word (folded) -> the service slug it asks for
EFFECTS: dict[str, str] = {
    w: "dauerwelle"
    for w in (
        "wellig", "welliger", "wellige", "welligen", "gewellt", "gewellte", "gewellten", "wellen",
        "lockig", "lockiger", "lockige", "lockigen", "gelockt", "gelockte", "gelockten", "locken",
        "wavy", "wavier", "waves", "curly", "curlier", "curls",
    )
}  # fmt: skip
_TAKEN_AWAY = re.compile(
    r"\b(?:weg|raus|loswerden|entfernen|glaetten|keine|nicht\s+mehr|rid\s+of|no\s+more"
    r"|straight|straighten|remove)\b"
)
# The effect gone and wished back, after the words that took it away: "die Locken sind raus, ich
# brauch neue", "die Wellen sind weg, ich will wieder welche", "my curls are gone, I need new ones"
# (round 60): the service again, not the effect taken away. Never "was Neues" (something else) nor
# straight hair wished.
_WISHED_AGAIN = re.compile(
    r"(?<!\bwas\s)(?<!\betwas\s)\b(?:neue[nr]?|wieder|nochmal|noch\s+mal|erneut|again"
    r"|new\s+ones?|fresh\s+ones?)\b"
)
# besides the effect, only the hair and whom it is for may be said
_BESIDES = frozenset({"hair", "perm", "women", "men", "child"})


def service_by_effect(text: str) -> str | bool | None:
    """The slug of the service an effect names; False when the effect is taken away (no
    service); None when no effect settles it."""
    folded = fold(text)
    words = re.findall(r"[a-z]+", folded)
    wanted = {EFFECTS[w] for w in words if w in EFFECTS}
    if not wanted:
        return None
    taken = list(_TAKEN_AWAY.finditer(folded))
    if taken and not _wished_again(folded[taken[-1].end() :]):
        return False
    said, not_offered, _ = concepts(text)
    if len(wanted) != 1 or not_offered or not said <= _BESIDES:
        return None
    return wanted.pop()


def _wished_again(after: str) -> bool:
    """The words after the effect was taken away wish it back ("ich brauch neue")."""
    if not _WISHED_AGAIN.search(after) or _STRAIGHT_WISHED.search(after):
        return False
    said, not_offered, _ = concepts(after)  # "dann neue Farbe": another service wished instead
    return not not_offered and said <= _BESIDES


# -- straight hair wished -------------------------------------------------------------------
# Straight hair as the wish ("make my hair permanently straight", "die Haare dauerhaft glatt"):
# straightening, which the salon does not offer, never the perm that "permanent" names beside
# it. The hair's state said as such ("my straight hair") is taken off first (`wished`).
_STRAIGHT_WISHED = re.compile(
    r"\b(?:straight|straighter|straighten\w*|glatt|glatte|glatten|glatter|glaetten|geglaettet)\b"
    r"(?!\s+(?:\w+\s+)?(?:rasier\w*|shave\w*|shaven|ab|weg))"  # "glatt rasiert": a clean shave
)
_NOT_STRAIGHT = re.compile(
    r"\b(?:nicht|not|no\s+longer|keine?)\s+(?:mehr\s+|more\s+|so\s+)?(?:straight|glatt)"
)
STRAIGHTENING = "Glätten"


def straightening_wished(text: str) -> bool:
    """The words (after `wished`) wish the hair straight."""
    folded = fold(text)
    return bool(_STRAIGHT_WISHED.search(folded)) and not _NOT_STRAIGHT.search(folded)
