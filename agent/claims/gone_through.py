""" "'s gone through" read as "is gone" (blind 23's false blocks, claims40; a step of `reworded`).

"Now that the booking's gone through, Fabian will see you then": before "gone through" (a
request that went through), "'s" is "has", never "is" ("it's gone" alone, the appointment gone,
is left as it is). Put as "has gone through". The future perfect "it'll have gone through by
the time …" is the same claim (convention 155, claims53): put so too.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_GONE_THROUGH = lazy(r"(?<=\w)['’]s\s+(?=(?:\w+\s+)?gone\s+through\b)", re.IGNORECASE)
_WILL_HAVE = lazy(r"(?:(?<=\w)['’]ll|\s+will)\s+have\s+(?=gone\s+through\b)", re.IGNORECASE)


def has_gone_through(sentence: str, lang: str) -> str:
    """`sentence` with "'s gone through" put as "has gone through"."""
    if lang != "en" or "gone" not in sentence:
        return sentence
    return _WILL_HAVE.sub(" has ", _GONE_THROUGH.sub(" has ", sentence))
