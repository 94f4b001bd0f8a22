"""The person the caller books for, said by the first name the caller just gave (blind 56, claims167).

"Yes please, his name is Leo Park." — "Leo's all set for Saturday the twenty-ninth at eleven."; "Ja,
bitte buchen, sie heißt Mia Keller." — "Mia ist jetzt für Samstag um elf eingetragen.": the name is
the person the caller books for in this call, a companion as "your son" / "Ihre Tochter" is, whose
appointment is checked against the call's appointments (issue 9: truth is per appointment). The
readers know a companion by the family word ("Your son's all set …"), not by a first name, so the
sentence is read again with the family word in the name's place ("your child" / "Ihr Kind": the
caller's words give the person's gender at most, not the relation).

Only a third person introduced by name ("his / her name is", "he's / she's called", "er / sie heißt",
"sein / ihr Name ist"), never the caller's own name ("my name is", "the name's Miller": that is the
caller, read as "you" already), and only a name that is no stylist's.
"""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_NAMED = {
    "en": lazy(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+name(?:'s|\s+is)\s+(?P<name>[A-Z][a-z]+)\b|"
        r"\b(?:[Hh]e|[Ss]he)(?:'s|\s+is)\s+called\s+(?P<called>[A-Z][a-z]+)\b"
    ),
    "de": lazy(
        r"\b(?:[Ee]r|[Ss]ie)\s+heißt\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\b|"
        r"\b(?:[Ss]ein|[Ii]hr)\s+Name\s+ist\s+(?P<called>[A-ZÄÖÜ][a-zäöüß]+)\b"
    ),
}
# the family word put in the name's place: (at the sentence's start, inside it)
_COMPANION = {"en": ("Your child", "your child"), "de": ("Ihr Kind", "Ihr Kind")}


def named_person(caller: str, lang: str, names: Names) -> str | None:
    """The first name the caller's words give a third person, unless it is a stylist's."""
    m = _NAMED[lang].search(caller) if caller else None
    if m is None:
        return None
    name = m["name"] or m["called"]
    return None if read_details(fold(name).text, names).stylists else name


def with_person_as_companion(sentence: str, lang: str, caller: str, names: Names) -> str | None:
    """`sentence` with the caller's named person said as "your child" / "Ihr Kind" (see above),
    or None when the sentence does not name them alone (a German genitive "Mias Termin" is left
    as said: its rewording is no plainer)."""
    if lang not in _NAMED:
        return None
    name = named_person(caller, lang, names)
    if name is None or name not in sentence:
        return None
    first, inside = _COMPANION[lang]

    def put(m: re.Match[str]) -> str:
        return first if not sentence[: m.start()].strip() else inside

    # the name alone ("Leo's" keeps its "'s"; a German genitive "Mias" is not the name alone)
    out = re.sub(rf"\b{re.escape(name)}\b(?!-)", put, sentence)
    return None if out == sentence else out
