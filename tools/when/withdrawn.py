"""A day or time said and then withdrawn or ruled out with nothing named instead: "Friday... hang
on... no, Friday doesn't work for me", "Tuesday, that's no good for me after all", "Thursday,
scratch that", "Friday's out for me", "I'm busy on Friday", "Freitag fällt bei mir aus",
"Samstag bin ich verhindert". The caller has ruled the day out; answering it would book what
they just excluded (a confident wrong answer), so it is asked as something excluded ("nicht am
Freitag"). The German "passt mir doch nicht", "geht nicht" carry their own "nicht"; the take-back
phrases ("scratch that", "vergessen Sie das") are `lexicon.RETRACTIONS`.

Only at the end of what was said: "Friday doesn't work, how about Saturday" names another day
and is read as a correction. German says the day itself is out, the day its subject ("Freitag
fällt bei mir aus", "Mittwoch ist schlecht", "da bin ich verhindert"; "da fällt mein Kurs aus"
frees the day); English glues the copula to the day ("Friday's out", "Saturday's a no go") or
says the caller is taken ("I'm busy on Friday", "I can't do Friday", "Friday I'm away"). Works on
the normalized words (no apostrophes: "doesnt")."""

from __future__ import annotations

import re

from tools.when.lexicon import ENGLISH_NEAR_DAYS, ENGLISH_WEEKDAYS, NEAR_DAY_RE, WEEKDAY_RE

_FOR_ME = r"(?:\s+(?:for|with|to)\s+(?:me|us|my\s+\w+))?(?:\s+(?:after\s+all|either|anymore|then))?"
# The copula, also glued to a weekday by the apostrophe the normalizer drops ("fridays out")
_IS = r"(?:\b(?:is|s|are|thats|its)|(?<=day)s)"
_SOFTENER = r"(?:(?:really|just|a\s+bit|rather|pretty|quite|very|totally|completely|kind\s+of)\s+)?"
# what a day is when the caller cannot come ("out", "a no go", "impossible", "tricky")
_OUT = (
    r"(?:out|(?:a\s+)?(?:(?:definite|firm|hard|big|clear)\s+)?no(?:\s+(?:go|no))?|no\s+use"
    r"|off\s+the\s+table|impossible|bad|tricky|difficult|awkward|busy|booked|full|hard"
    r"|a\s+(?:write\s*off|problem|bad\s+day)|problematic|not\s+an\s+option)"
)
# the caller taken ("im busy", "i cant", "im away"), said after the day or before it
_TAKEN = (
    r"(?:i(?:m|\s+am)\s+(?:busy|away|working|booked|tied\s+up|not\s+free|not\s+around"
    r"|not\s+available|unavailable|out\s+of\s+town)|i\s+(?:cant|cannot|can\s+not)"
    r"(?:\s+(?:do\s+it|make\s+it|come|manage))?)"
)
_DAY = rf"(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|weekend)s?"
_ENGLISH_DAY = "(?:" + "|".join((*ENGLISH_WEEKDAYS, *ENGLISH_NEAR_DAYS, "weekend")) + ")s?"
# an apology after it ("Friday's out, sorry", "Freitag ist raus, tut mir leid")
_SORRY = (
    r"(?:\s+(?:sorry|leider|tut\s+mir\s+(?:echt\s+|wirklich\s+)?leid|unfortunately|im\s+afraid"
    r"|i\s+fear|i\s+m\s+afraid))*"
)
_WITHDRAWN_AT_END = re.compile(
    r"(?:\b(?:doesnt|does\s+not|dont|do\s+not|wont|will\s+not|cant|cannot|can\s+not)\s+"
    r"(?:really\s+|actually\s+)?(?:work|suit(?:\s+me|\s+us)?|fit|do(?:\s+it)?|make\s+it)"
    r"|\b(?:no|not|isnt|aint)\s+(?:any\s+)?(?:good|possible|an\s+option|convenient)"
    rf"|{_IS}\s+{_SOFTENER}{_OUT}"
    rf"|\b{_DAY}\s+{_TAKEN}"
    rf"|\b{_TAKEN}\s+(?:(?:do|make|on|this|next)\s+)*{_DAY}"
    # "Friday, no": the day said and refused, nothing else (the English "no" only after an
    # English day: Bavarian "heit no" is "heute noch")
    rf"|^(?:on\s+)?(?:{_ENGLISH_DAY}\s+(?:no|nope|nah)|{_DAY}\s+(?:nope|nah|nee|noe|nein))"
    r"(?:\s+(?:no|nope|nah|nee|noe|nein))*)"
    rf"{_FOR_ME}{_SORRY}\s*$"
)
# German: the day itself is out ("Freitag fällt bei mir aus", "Samstag ist bei mir raus",
# "Mittwoch ist schlecht bei mir", "Freitag bin ich verhindert"); the day must be the subject,
# since "da fällt mein Kurs aus" frees the day rather than ruling it out.
_BEI_MIR = (
    r"(?:\s+(?:bei\s+(?:mir|uns)|fuer\s+(?:mich|uns)|leider|eher|ganz|total|echt|wirklich|schon"
    r"|sehr|bloed|dann|wohl))*"
)
_DAY_OUT_AT_END = re.compile(
    r"\b(?:\w+tags?|mittwochs?|sonnabends?|morgen|der|das|da)"
    rf"(?:\s+(?:faellt|fallt){_BEI_MIR}\s+(?:aus|flach|weg)"
    rf"|\s+(?:ist|waere|wird){_BEI_MIR}\s+(?:raus|schlecht|unguenstig|ausgeschlossen|gestrichen"
    r"|nix|nichts|bloed|doof|schwierig|belegt|schwer|problematisch|kompliziert|mies)"
    rf"|\s+(?:bin|sind)\s+(?:ich|wir){_BEI_MIR}\s+(?:verhindert|belegt|weg|unterwegs|verreist"
    r"|ausgebucht|im\s+urlaub|auf\s+reisen)"
    rf"|\s+(?:hab|habe|haben)\s+(?:ich|wir){_BEI_MIR}\s+(?:was\s+vor|was|einen\s+termin)"
    rf"|\s+geht{_BEI_MIR}\s+(?:schlecht|schwer|nie)"
    rf"|\s+(?:kann|koennen)\s+(?:ich|wir){_BEI_MIR}\s+(?:nie|niemals))"
    rf"{_BEI_MIR}{_SORRY}\s*$"
)


def withdrawn_at_end(normalized: str) -> bool:
    """The words end by taking back or ruling out what was said ("... Friday doesn't work for
    me", "Freitag fällt bei mir aus")."""
    return any(p.search(normalized) for p in (_WITHDRAWN_AT_END, _DAY_OUT_AT_END))
