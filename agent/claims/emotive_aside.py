"""Words of enthusiasm or regret set off by commas never change a claim (blind 58): "Ja, schade,
aber ist erledigt", "Yes, sorry to see you go, it's done", "Ja, wie schön, das ging durch!" are
read as "Ja, ist erledigt", "Yes, it's done", "Ja, das ging durch!"; the caller's question they
answer is what the short answer takes its kind from, as it is without the aside. A "but" that
sets the outcome against the regret goes with it.

Not: a self-repair's "sorry" ("Friday is confirmed, sorry, reserved I mean"), the aside alone or first in the sentence ("Schade, dass es nicht geklappt hat", "Wie schön,
dann sehen wir uns Freitag" keep their reading), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# one comma piece of nothing but such words
_ASIDE = lazy(
    r"\W*(?:(?:oh|ach|ah|och|na)\s+)?(?:(?:wie|so|that's|that\s+is|what\s+a|how)\s+)?(?:"
    r"schade|schön|toll|super|prima|wunderbar|herrlich|klasse|leider|sorry|tut\s+mir\s+leid|"
    r"keine\s+sorge|shame|pity|lovely|wonderful|brilliant|great|fantastic|hooray|yay|"
    r"sorry\s+to\s+see\s+you\s+go|don't\s+worry|no\s+worries|i(?:'m|\s+am)\s+(?:afraid|sorry|happy\s+to\s+say|"
    r"glad\s+to\s+say|pleased\s+to\s+say)|good\s+news|(?:a\s+)?shame|"
    # "Sind Sie, freut mich." as "You are, I'm happy to say." (claims166)
    r"(?:das\s+)?freut\s+mich(?:\s+sehr)?|zum\s+glück)\W*",
    re.IGNORECASE,
)
# a self-repair's "sorry" is no aside: "Friday is confirmed, sorry, reserved I mean"
_REPAIR = lazy(
    r"\b(?:i\s+mean|meine\s+ich|wollte\s+ich\s+sagen|rather|besser\s+gesagt|korrektur|"
    r"correction|pardon|verzeihung|nein|no)\b",
    re.IGNORECASE,
)
_BUT = lazy(r"^\s*(?:aber|doch|but|though)\b\s*", re.IGNORECASE)


def is_emotive_aside(piece: str) -> bool:
    """Whether `piece` (one comma piece) says nothing but enthusiasm or regret: an answer's
    last piece ("You are, I'm happy to say.") is no word of the answer (`answer_polarity`)."""
    return _ASIDE.fullmatch(piece) is not None


def without_emotive_aside(sentence: str, lang: str) -> str | None:
    """`sentence` without an aside of enthusiasm or regret between its other pieces, or None."""
    if "?" in sentence or _REPAIR.search(sentence):
        return None
    pieces = sentence.split(",")
    if len(pieces) < 3:
        return None
    kept: list[str] = [pieces[0]]
    dropped = False
    for k in range(1, len(pieces)):
        piece = pieces[k]
        if k < len(pieces) - 1 and _ASIDE.fullmatch(piece) and not _ASIDE.fullmatch(pieces[0]):
            dropped = True
            pieces[k + 1] = _BUT.sub(" ", pieces[k + 1], count=1)
            continue
        kept.append(piece)
    return ",".join(kept) if dropped else None
