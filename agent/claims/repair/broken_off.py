"""A booking broken off and repaired to a hold or to "not yet" (blind 34, claims76).

"Der Termin ist geb… also, reserviert", "Er ist fest ge-, äh, nein, erst mal nur reserviert",
"Der ist drin – also, reserviert, nicht gebucht", "I've b— I mean, I'm holding it", "It's
confirmed — well, technically only held so far": the speaker starts the booking and ends on a
hold, so the sentence says the hold (conventions 124, 150: the bare repair `held`, true where a
booking keeps the slot), and where the ending says the booking is still to come ("nicht
gebucht", "erst mal", "so far", "for now") also that it is not made (75: `held` + `not_booked`). "Gebucht ist, äh,
nein, noch nichts", "You're booked— sorry, not yet, actually": ended on "not yet", the booking is
said not made (NOT_BOOKED). `repaired_booking` gives that ending said plainly, read in place of
the sentence (`decide`, before a self-repair blanks what it takes back).

Not: a hold repaired to the booking ("Reserv… nein, fest gebucht", "Held, sorry, no, booked"),
an ending that books after all ("…, reserviert, nein, doch gebucht"), questions.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold
from agent.claims.repair.markers import words

_F = re.IGNORECASE

_QUICK = lazy(r"…|\.\.\.|—|–|-|,")
# the booking begun: a word cut off (a dash or an ellipsis right after it) or said whole
_CUT = (
    r"\b(?:geb\w*|gebu|eing\w*|fest\s+ge\w*|fest\s+eing\w*|b|bo+k?|boo\w*|con\w*)"
    r"(?:…|\.\.\.|—|–|-)"
)
_WHOLE = (
    r"\b(?:gebucht|eingetragen|eingebucht|fest\s+gebucht|drin|booked|confirmed|in)"
    r"(?:\s+(?:ist|is))?\b"
)
_ROLES = ("filler", "no", "apology", "pause", "meaning", "taking_back")
# not "um", "er": German words before a time, a pronoun ("gebucht um zehn")
_FILLER = rf"(?:{words(*_ROLES, 'softener', but=('um', 'er'))})\b"
_REPAIR = lazy(
    r"(?P<head>^.*?)(?:(?P<cut>" + _CUT + r")|(?P<whole>" + _WHOLE + r"))"
    r"\s*(?P<sep>…|\.\.\.|—|–|-|,)?\s*"
    r"(?P<fill>(?:" + _FILLER + r"\s*(?:…|\.\.\.|—|–|-|,)?\s*)+)"
    r"(?P<after>.+)$",
    _F,
)
# a word said whole is taken back only by a dash or an ellipsis, or a word of repair
_STRONG = lazy(
    rf"\b{words(*_ROLES, 'softener', but=('um', 'er', 'öh', 'hm', 'oh', 'also', 'eigentlich'))}\b",
    _F,
)
_HOLD = lazy(
    r"\b(?:reserviert|vorgemerkt|geblockt|gehalten|on\s+hold|holding|held|reserved|pencilled|"
    r"blocked)\b",
    _F,
)
_NOT_YET = lazy(
    r"^(?:(?:doch|actually|sorry|leider)\W+)*(?:noch\s+(?:gar\s+)?(?:nicht|nichts)|not\s+yet|"
    r"nothing\s+yet)\b",
    _F,
)
# a booking said in the ending, not denied: the speaker books after all
_BOOKED_AFTER = lazy(
    r"(?<!nicht\s)(?<!not\s)(?<!noch\s)\b(?:gebucht|eingetragen|eingebucht|booked|confirmed|"
    r"fest|drin)\b",
    _F,
)
_DENIED_AFTER = lazy(
    r"\b(?:nicht|not|kein\w*|no)\s+(?:\w+\s+)?(?:gebucht|booked|confirmed|fest|bestätigt)\b", _F
)
_DENIAL_END = lazy(
    r"\s*,?\s*(?:(?:noch|aber|but)\s+)?(?:nicht|not)\s+(?:\w+\s+)?(?:gebucht|booked|confirmed|fest|bestätigt)(?:\s+yet)?$",
    _F,
)
# the ending says the booking is still to come (conventions 75, 150): else the bare hold (124)
_STILL_TO_COME = lazy(
    r"\b(?:nicht|not|noch|yet|bisher|bislang|so\s+far|for\s+now|erst)\b|n't\b", _F
)
_SUBJECT_FIRST = lazy(
    r"^(?:i'm|i\s+am|i've|it's|it\s+is|you're|you\s+are|we've|er|es|der|sie|ich|wir|ihr|"
    r"der\s+termin|the\s+appointment|your)\b",
    _F,
)


def repaired_booking(sentence: str, lang: str) -> str | None:
    """`sentence` said as its repaired ending, or None (see above)."""
    if "?" in sentence or not _QUICK.search(sentence):
        return None
    text = fold(sentence).text
    m = _REPAIR.search(text)
    if m is None:
        return None
    after = m["after"].strip()
    if m["whole"] and m["sep"] not in ("…", "...", "—", "–") and not _STRONG.search(m["fill"]):
        return None  # "Eingetragen, also reserviert für Sie": no repair
    de = lang == "de"
    if _NOT_YET.match(after) and not _HOLD.search(after):
        return "Ihr Termin ist noch nicht gebucht." if de else "Your appointment isn't booked yet."
    if not _HOLD.search(after) or _BOOKED_AFTER.search(_DENIED_AFTER.sub(" ", after)):
        return None
    said = after if _SUBJECT_FIRST.match(after) else f"{m['head'].strip()} {after}".strip()
    said = said.rstrip(" .!")
    if _STILL_TO_COME.search(after):  # "…, nicht gebucht", "on hold for now": not booked yet
        said = _DENIAL_END.sub("", said) + (", noch nicht gebucht" if de else ", not booked yet")
    return f"{said[:1].upper()}{said[1:]}."
