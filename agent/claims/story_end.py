"""A story of the speaker's look in the calendar that ends with the caller in (blind 33, claims70).

"Ich hab den Kalender aufgemacht, Freitag gesucht, und schon waren Sie drin", "So I opened the
diary, found Friday, and you were in just like that": told in the past, "Sie waren drin" / "you
were in" alone is a visit the caller made; at the end of the speaker's steps in the calendar it
is the booking those steps made (convention 75: a narrative is read by where it ends).
`story_end` gives the story with its end said as the speaker's act ("…, und schon hab ich Sie
eingetragen"), read beside the sentence; the day the story names is the booking's.

Not: a story without the speaker's step in the calendar ("Sie waren schon mal bei Fabian"), an
end denied, conditioned or asked ("… und fast wären Sie drin gewesen", "if you were in").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_STEP = lazy(
    r"\b(?:ich\s+(?:hab|habe)\b|hab\s+ich\b|i\s+(?:opened|checked|looked|searched|found|pulled\s+up)|"
    r"kalender|terminbuch|diary|calendar|book)\b",
    re.IGNORECASE,
)
_END = {
    "de": lazy(
        r"(?P<lead>,?\s*(?:und\s+)?(?:dann\s+|schon\s+|zack,?\s+|sofort\s+|gleich\s+)*)"
        r"waren\s+sie\s+(?:auch\s+)?(?:schon\s+)?(?:drin|eingetragen|im\s+kalender)"
        r"(?P<tail>[^,.;!?]*)[.!]?\s*$",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"(?P<lead>,?\s*(?:and\s+)?(?:then\s+|just\s+like\s+that,?\s+)*)"
        r"you\s+were\s+(?:in|booked\s+in|down)(?P<tail>(?:\s+just\s+like\s+that|\s+straight\s+away|"
        r"\s+right\s+away)?)[.!]?\s*$",
        re.IGNORECASE,
    ),
}
_NOT = lazy(
    r"\?|\b(?:wenn|falls|fast|beinahe|nicht|if|almost|nearly|not|would)\b|n't\b", re.IGNORECASE
)
_ACT = {"de": " und schon hab ich Sie eingetragen.", "en": " and I booked you in."}


def story_end(sentence: str, lang: str) -> str | None:
    """The story with its end said as the speaker's booking, or None (see above)."""
    end = _END["en" if lang == "en" else "de"].search(sentence)
    if end is None or end.start() == 0 or _NOT.search(sentence):
        return None
    story = sentence[: end.start()]
    if story.count(",") < 1 or not _STEP.search(story):
        return None
    return story.rstrip(" ,") + "," + _ACT["en" if lang == "en" else "de"]
