"""A stylist or a day said as a pronoun whose referent is in the caller's question (blind 49,
claims123).

"Ist das bei Lena?" — "Genau, sie hat Sie übermorgen um zehn." / "Ja, bei ihr sind Sie am Freitag
eingetragen"; "Is that with Fabian?" — "Yes, he has you on Friday at ten." / "you're booked with
him on Saturday": the pronoun is the stylist the caller named, so the claim names that stylist
(issue 9, rule 1: a stylist named must be the appointment's). The sentence is read again with
the name in the pronoun's place.

"Und am Samstag, bin ich da drin?" — "Ja, an dem Tag sind Sie um zehn bei Fabian eingetragen"; "And
Saturday, am I in?" — "Yes, that day you're in at ten": the day is the caller's Saturday.

A stylist only when the caller's words name exactly one stylist, the sentence names none itself, and the
pronoun's gender is the stylist's (the salon file's title; "er" after "Ist das bei Lena?" is
someone else, left as said). Only a pronoun that stands for a person: the subject of "hat Sie /
has you / will see you", the object of "bei / mit / with" (not "her" before a noun: "with her
colleague"). German "sie hat" (third person: "hat", not "haben") is she, whatever its case.
"""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold
from tools.speech import weekday_in

# (pattern, the pronoun's group, the pronoun is feminine) per language
_DE = lazy(
    r"\b(?:(?P<subj>[Ee]r|[Ss]ie)\s+(?=(?:hat|erwartet|nimmt|sieht|übernimmt|macht)\s+(?:Sie|Ihnen|Ihre|Ihren)\b)"
    r"|(?<=\b(?:bei|Bei|mit|Mit)\s)(?P<obj>ihm|ihr)\b)"
)
_EN = lazy(
    r"\b(?:(?P<subj>[Hh]e|[Ss]he)\s+(?=(?:has|'s\s+got|will\s+see|'ll\s+see|is\s+seeing|'s\s+seeing"
    r"|is\s+doing|'s\s+doing|has\s+got)\s+(?:you|your)\b)"
    r"|(?<=\b(?:with|With)\s)(?P<obj>him|her)\b"
    r"(?=\s*(?:[,.!?;:–—-]|$|(?:on|at|for|in|today|tomorrow|the|this|next|now|then|too|again|as"
    r"|and|from)\b)))"
)
_FEMININE = frozenset({"sie", "ihr", "she", "her"})
# a day pointed back to: "an dem Tag", "an diesem Tag", "(on) that day"
_DAY_DE = lazy(
    r"\b[Aa]n\s+(?:dem|diesem|dem\s+selben)\s+Tag\b(?!\s+(?:danach|davor|vorher|nachher)\b)"
)
_DAY_EN = lazy(r"\b(?:[Oo]n\s+)?[Tt]hat\s+day\b")


def caller_stylist(caller: str, names: Names) -> str | None:
    """The one stylist the caller's words name, or None."""
    if not caller or not names.stylists:
        return None
    named = read_details(fold(caller).text, names).stylists
    return next(iter(named)) if len(named) == 1 else None


def with_referent_named(
    sentence: str, lang: str, caller: str, names: Names, women: frozenset[str] | tuple[str, ...]
) -> str | None:
    """`sentence` with a pronoun for the caller's stylist or day put in as the name (see
    above), or None when there is none to put in."""
    out = _with_day_named(sentence, lang, caller, names)
    named = _with_stylist_named(out or sentence, lang, caller, names, women)
    return named or out


def _with_day_named(sentence: str, lang: str, caller: str, names: Names) -> str | None:
    """ "an dem Tag" -> "am Samstag" when the caller named that one weekday and no date."""
    pattern = _DAY_DE if lang == "de" else _DAY_EN
    if not pattern.search(sentence):
        return None
    asked = read_details(fold(caller).text, names)
    if len(asked.weekdays) != 1 or asked.days or asked.relative_days:
        return None
    said = read_details(fold(sentence).text, names)
    if said.weekdays or said.days or said.relative_days:
        return None
    day = weekday_in(next(iter(asked.weekdays)), lang)
    return pattern.sub(("am " if lang == "de" else "on ") + day, sentence, count=1)


def _with_stylist_named(
    sentence: str, lang: str, caller: str, names: Names, women: frozenset[str] | tuple[str, ...]
) -> str | None:
    """ "sie hat Sie" -> "Lena hat Sie" (see above)."""
    pattern = _DE if lang == "de" else _EN
    if not pattern.search(sentence):
        return None
    stylist = caller_stylist(caller, names)
    if stylist is None or read_details(fold(sentence).text, names).stylists:
        return None
    first = stylist.split()[0]
    feminine = stylist in women

    def put(m: re.Match[str]) -> str:
        pronoun = m["subj"] or m["obj"]
        if (pronoun.lower() in _FEMININE) != feminine:
            return m[0]
        return first + (" " if m["subj"] else "")

    out = pattern.sub(put, sentence)
    return None if out == sentence else out
