"""A day or time said and then withdrawn with nothing named instead: "Friday... hang on... no,
Friday doesn't work for me", "Tuesday, that's no good for me after all", "Thursday, scratch
that". The caller has taken the day back; answering it would book what they just ruled out (a
confident wrong answer), so it is asked as something excluded ("nicht am Freitag"). The German
"passt mir doch nicht", "geht nicht" carry their own "nicht"; the take-back phrases ("scratch
that", "vergessen Sie das") are `lexicon.RETRACTIONS`.

Only at the end of what was said: "Friday doesn't work, how about Saturday" names another day
and is read as a correction. Works on the normalized words (no apostrophes: "doesnt")."""

from __future__ import annotations

import re

_FOR_ME = r"(?:\s+(?:for|with)\s+(?:me|us|my\s+\w+))?(?:\s+(?:after\s+all|either|anymore|then))?"
_WITHDRAWN_AT_END = re.compile(
    r"\b(?:(?:doesnt|does\s+not|dont|do\s+not|wont|will\s+not|cant|cannot|can\s+not)\s+"
    r"(?:really\s+|actually\s+)?(?:work|suit(?:\s+me|\s+us)?|fit|do\s+it|make\s+it)"
    r"|(?:no|not|isnt|aint)\s+(?:any\s+)?(?:good|possible|an\s+option|convenient)"
    r"|(?:is|s|thats|its)\s+out)"
    rf"{_FOR_ME}\s*$"
)


def withdrawn_at_end(normalized: str) -> bool:
    """The words end by taking back what was said ("... Friday doesn't work for me")."""
    return _WITHDRAWN_AT_END.search(normalized) is not None
