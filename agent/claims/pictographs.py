"""Emoji in a spoken reply (blind 24, claims41; conventions 74 and 76): a pictograph does not
change the claim of the words beside it ("✅ Schon erledigt!", "👍🎉 Hat geklappt", "- Freitag
10:00: 🟡 vorgemerkt"): the words are read without it as well. A reply of approving pictographs
alone (a tick, a thumbs up, an OK hand, a party popper) is a yes, read with the caller's question
as a bare "Ja." is ("👍" to "Ist der Termin jetzt gebucht?" says it is booked; to "Danke!" it says
nothing). A cross or an hourglass alone is no yes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from agent.claims.model import Claim
from agent.claims.restated import restated

# approving signs: ticks, thumbs up, OK hand, party, hundred, raised or clapping hands, star
_YES_SIGNS = frozenset("✅✔☑✓🗸👍👌🎉🥳💯🙌👏⭐🌟🆗")


def _is_sign(ch: str) -> bool:
    return (
        unicodedata.category(ch) in ("So", "Sk")
        or ch in "\u200d\ufe0f\ufe0e\u20e3"
        or 0x1F3FB <= ord(ch) <= 0x1F3FF
    )


def without_pictographs(sentence: str, lang: str) -> str | None:
    """`sentence` with its emoji left out; a yes for approving signs alone; None without any."""
    if not any(unicodedata.category(ch) in ("So", "Sk") for ch in sentence):
        return None  # joiners and selectors alone are the normalizer's
    words = "".join("\x00" if _is_sign(ch) else ch for ch in sentence)
    words = re.sub(r"(?<=\w)\s*\x00+\s*(?=[A-ZÄÖÜ])", ". ", words)  # a sign between sentences
    words = re.sub(r"[ \t]+", " ", words.replace("\x00", " ")).strip()
    if re.search(r"\w", words):
        return words
    signs = {ch for ch in sentence if _is_sign(ch) and not unicodedata.category(ch) == "Sk"}
    signs -= set("\u200d\ufe0f\ufe0e\u20e3")
    if signs and signs <= _YES_SIGNS:
        return "Ja." if lang == "de" else "Yes."
    return None


def pictographs_read(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of the words without the emoji (or of the yes they say alone)."""
    return restated(sentence, without_pictographs(sentence, lang), whole)
