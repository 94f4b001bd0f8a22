"""A clock time said with a word stressing it is on the hour ("um Schlag drei", "um Punkt halb
elf", "at high noon"): the time itself, the stress left out ("Punkt elf", "Schlag zehn" and "noon
sharp" are already read so). Works on normalized text (number words as digits)."""

from __future__ import annotations

import re

_STRESSED = re.compile(r"\b(um|at|gegen|ab|bis)\s+(?:punkt|schlag|genau)\s+(?=(?:halb\s+|\d))")
_HIGH_NOON = re.compile(r"\bhigh\s+noon\b")


def clock_emphasis(text: str) -> str:
    """`text` (normalized) with "Schlag", "Punkt" after "um" and "high" before "noon" left out."""
    return _HIGH_NOON.sub("noon", _STRESSED.sub(r"\1 ", text))
