"""A claim wrapped in a modal frame of telling, put as the plain telling the reader takes (blind
23's false blocks, claims40; a step of `reworded`).

"Leider muss ich Ihnen mitteilen, dass Ihr Termin am Freitag storniert ist", "Ich darf Ihnen
sagen, dass …", "I have to tell you that …": the frame ("muss", "darf", "kann", "möchte" with
"Ihnen sagen / mitteilen", "I have to / must / regret to tell you") asserts the clause it
introduces, as "Ich sage Ihnen, dass …" does; the modal is not an obligation nor a wish left
open. A frame denied ("Ich kann Ihnen nicht sagen, dass …") is left as it is. The German frame is put as "Ich sage Ihnen, dass"; the English one is left out (the
clause after it is a main clause).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*(?:leider\s+|es\s+tut\s+mir\s+leid,?\s+(?:aber\s+)?)?(?:(?:muss|darf|kann|möchte|will)"
    r"\s+ich|ich\s+(?:muss|darf|kann|möchte|will))\s+ihnen\s+(?:(?!nicht\b|nie\b|kaum\b|keinesfalls\b)\w+\s+){0,2}?(?:mitteilen|sagen|berichten|melden)\s*,?\s*dass\s+",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:(?:unfortunately|sadly|i'm\s+afraid),?\s+)?i\s+(?:have\s+to|must|regret\s+to|need\s+to)"
    r"\s+(?:tell|inform)\s+you\s+(?:that\s+)?",
    re.IGNORECASE,
)


def plain_telling(sentence: str, lang: str) -> str:
    """`sentence` with a modal frame of telling put plainly (unchanged when it has none)."""
    if lang == "de":
        return _DE.sub("Ich sage Ihnen, dass ", sentence, count=1)
    return _EN.sub("", sentence, count=1)
