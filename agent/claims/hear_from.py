"""A callback promised as "Sie hören von uns" (the lead's D37, convention 1104).

"Sie hören vom Salon, Frau Huber", "Sie hören bald von uns", "Sie hören morgen vom Team" promise
what "Der Salon meldet sich bei Ihnen" and "You'll hear from us soon" promise: a callback (the
English is read so by its phrase list, lexicon_en.CALLBACK_PHRASES). The German clause reader
knows the callback by its verbs ("meldet sich", "ruft zurück"), not by "hören von": the sentence
is read again with the promise said so. Not: a condition or question ("Wenn Sie nichts von uns
hören, …", "Haben Sie vom Salon gehört?"), the past ("Sie haben von uns gehört"), the caller's
own hearing of something else ("Sie hören gleich eine Ansage").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_FROM = r"(?:von\s+uns|vom\s+(?:salon|team)|von\s+(?:der\s+)?(?:salonleitung|chefin|kollegin))"
_HEAR = lazy(
    rf"\bsie\s+hören\s+(?P<when>(?:(?:bald|gleich|morgen|heute|noch|dann|wieder|schnellstmöglich|"
    rf"zeitnah|in\s+kürze)\s+){{0,3}}){_FROM}\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|sobald|nichts|nicht|kein\w*)\b", re.IGNORECASE)


def with_hearing_said_as_callback(sentence: str, lang: str) -> str | None:
    """The sentence with "Sie hören (bald) vom Salon" said "der Salon meldet sich (bald) bei
    Ihnen", or None where it promises no callback so (see above)."""
    if lang != "de":
        return None
    m = _HEAR.search(sentence)
    if m is None or _NOT.search(sentence):
        return None
    when = m["when"]
    said = f"der Salon meldet sich {when}bei Ihnen"
    return f"{sentence[: m.start()]}{said}{sentence[m.end() :]}"
