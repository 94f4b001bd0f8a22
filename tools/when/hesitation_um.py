"""The English hesitation "um," before the caller's words ("um, let me check, Thursday, yeah
Thursday at 3"): no clock word. In German "um" is the clock's ("um, äh, halb drei", "Samstag um,
äh, Moment mal" stay a time said or broken off), so only an "um" set off by a mark and followed
by an English word of talk (not a number or a clock word) is dropped. Works on the caller's words
as said, before `normalize` (which drops the comma that tells the two apart)."""

from __future__ import annotations

import re

_TALK = (
    r"let|lets|let's|i|i'm|im|i'd|so|well|yeah|yes|yep|ok|okay|maybe|how|what|actually|probably"
    r"|perhaps|hmm|er|uh|right|sure|hang|hold|wait|you|just|like|that|sorry|oh|and|but|hm"
)
_UM = re.compile(rf"(?<![\w'])u+m+\s*(?:,|…|\.{{2,}})\s*(?=(?:{_TALK})\b)", re.IGNORECASE)


def drop_hesitation_um(text: str) -> str:
    """`text` without an English "um," of hesitation."""
    return _UM.sub("", text)
