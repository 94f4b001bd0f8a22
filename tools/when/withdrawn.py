"""A day or time said and then withdrawn with nothing named instead: "Friday... hang on... no,
Friday doesn't work for me", "Tuesday, that's no good for me after all", "Thursday, scratch
that". The caller has taken the day back; answering it would book what they just ruled out (a
confident wrong answer), so it is asked as something excluded ("nicht am Freitag"). The German
"passt mir doch nicht", "geht nicht" carry their own "nicht"; the take-back phrases ("scratch
that", "vergessen Sie das") are `lexicon.RETRACTIONS`.

Only at the end of what was said: "Friday doesn't work, how about Saturday" names another day
and is read as a correction. German says the day itself is out ("Freitag fällt bei mir aus",
"Samstag ist bei mir raus", "Mittwoch ist schlecht"); English glues the copula to the day
("Friday's out", "Saturday's a no go"). Works on the normalized words (no apostrophes: "doesnt")."""

from __future__ import annotations

import re

_FOR_ME = r"(?:\s+(?:for|with)\s+(?:me|us|my\s+\w+))?(?:\s+(?:after\s+all|either|anymore|then))?"
# The copula, also glued to a weekday by the apostrophe the normalizer drops ("fridays out")
_IS = r"(?:\b(?:is|s|are|thats|its)|(?<=day)s)"
_WITHDRAWN_AT_END = re.compile(
    r"(?:\b(?:doesnt|does\s+not|dont|do\s+not|wont|will\s+not|cant|cannot|can\s+not)\s+"
    r"(?:really\s+|actually\s+)?(?:work|suit(?:\s+me|\s+us)?|fit|do\s+it|make\s+it)"
    r"|\b(?:no|not|isnt|aint)\s+(?:any\s+)?(?:good|possible|an\s+option|convenient)"
    rf"|{_IS}\s+(?:out|(?:a\s+)?no(?:\s+go)?|not\s+an\s+option))"
    rf"{_FOR_ME}\s*$"
)
# German: the day itself is out ("Freitag fällt bei mir aus", "Samstag ist bei mir raus",
# "Mittwoch ist schlecht bei mir"); the day must be the subject, since "da fällt mein Kurs aus"
# frees the day rather than ruling it out.
_BEI_MIR = r"(?:\s+(?:bei\s+(?:mir|uns)|fuer\s+(?:mich|uns)|leider|eher|ganz|total|echt))*"
_DAY_OUT_AT_END = re.compile(
    r"\b(?:\w+tag|mittwoch|sonnabend|morgen|der|das)"
    rf"(?:\s+(?:faellt|fallt){_BEI_MIR}\s+(?:aus|flach|weg)"
    rf"|\s+(?:ist|waere){_BEI_MIR}\s+(?:raus|schlecht|unguenstig|ausgeschlossen|gestrichen))"
    rf"{_BEI_MIR}\s*$"
)


def withdrawn_at_end(normalized: str) -> bool:
    """The words end by taking back what was said ("... Friday doesn't work for me")."""
    return any(p.search(normalized) for p in (_WITHDRAWN_AT_END, _DAY_OUT_AT_END))
