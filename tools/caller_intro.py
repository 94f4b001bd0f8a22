"""The caller's own name said next to the stylist's: "Hier ist Lena Müller, ich hätte gern bei
Fabian", "Yilmaz mein Name, zu Fabian bitte", "Fabian Becker hier, bei Sophie Brandt bitte", "Ja,
Mehmet Demir am Apparat, ...", "Mein Name ist ...", "Ich bin die Lena, ...", "Ich heiße ...",
"Hi, this is Lea Schmidt, I would like Fabian", "my name is ...". The introduction names the
caller, never the stylist: it is dropped when the rest of the turn still names a stylist (the one
wished); a turn that is only an introduction ("Hier ist Lena") is left as said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# one or two words of a name, with an article or title before it ("die Lena", "Frau Brandt"); no
# preposition ("ich bin bei Fabian" is no introduction)
_NAME = (
    r"(?:(?:die|der|frau|herr|mrs?\.?|ms\.?)\s+)?"
    r"(?!(?:bei|beim|zu|zum|zur|mit|for|with|to|hier|here|gern|gerne|bitte|auch|ja|nicht)\b)"
    r"[^\W\d_][\w'-]*(?:\s+(?!(?:und|and|ich|i|hier|here|am|bitte|gern|gerne|mein|ist)\b)"
    r"[^\W\d_][\w'-]*)?"
)
_BEFORE = r"(?:^|(?<=[,.;:!?])|(?<=^ja)|(?<=^also)|(?<=^hallo)|(?<=^hi)|(?<=^hello))\s*"
_INTRO = re.compile(
    # "hier ist / hier spricht X", "mein Name ist X", "ich bin X", "ich heiße X", "this is X"
    rf"\b(?:hier\s+(?:ist|spricht)|mein\s+name\s+ist|ich\s+bin|ich\s+hei(?:ss|ß)e|this\s+is"
    rf"|my\s+name\s+is|it'?s|i'?m|i\s+am)\s+{_NAME}"
    # "X hier", "X am Apparat", "X mein Name", "X ist mein Name", "X speaking", "X here"
    rf"|{_BEFORE}{_NAME}\s+(?:hier|am\s+apparat|(?:ist\s+)?mein\s+name|speaking|here)\b",
    re.IGNORECASE,
)
# what the caller adds about their own name: ", nicht verwandt", ", aber nicht die von Ihnen",
# ", also die Kundin", ", no relation"
_ABOUT_ONESELF = re.compile(
    r"^\s*,?\s*(?:(?:aber|also|but|und)\s+)?(?:nicht|not|no\s+relation|kein\w*|die\s+kundin"
    r"|der\s+kunde|the\s+customer)\b[^,]*",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:\s*,?\s*(?:hallo|hi|hello|hey|guten\s+(?:tag|morgen|abend)|moin|servus|gruess\s+gott"
    r"|grüß\s+gott|good\s+(?:morning|afternoon)|ja|yes|also)\b)+",
    re.IGNORECASE,
)


def without_introduction(text: str, names: Callable[[str], bool]) -> str:
    """`text` without the caller's introduction of themselves, when what is left names a
    stylist (`names`); else as said."""
    kept = text
    for m in reversed(list(_INTRO.finditer(text))):
        after = kept[m.end() :]
        about = _ABOUT_ONESELF.match(after)
        kept = kept[: m.start()] + " , " + (after[about.end() :] if about else after)
    if kept == text:
        return text
    kept = _GREETING.sub("", kept)
    kept = re.sub(r"\s*(?:,\s*)+", ", ", re.sub(r"\s+", " ", kept)).strip(" ,")
    return kept if names(kept) else text
