"""A story of the speaker's look in the calendar that ends with the caller in (blind 33, claims70).

"Ich hab den Kalender aufgemacht, Freitag gesucht, und schon waren Sie drin", "So I opened the
diary, found Friday, and you were in just like that": told in the past, "Sie waren drin" / "you
were in" alone is a visit the caller made; at the end of the speaker's steps in the calendar it
is the booking those steps made (convention 75: a narrative is read by where it ends).
`story_end` gives the story with its end said as the speaker's act ("…, und schon hab ich Sie
eingetragen"), read beside the sentence; the day the story names is the booking's.

Blind 33 (claims73): a story whose steps find the caller's appointment and end by cancelling or
moving it ("Ich habe nachgeschaut, den Freitagstermin gefunden und ihn dann storniert", "I looked,
found your Friday slot and cancelled it") is read by its end too: the appointment found on the
way is no booking claimed now (`found_then_acted` drops it; the act at the end is read as said).
Likewise a story whose slot was free on the way and gone at its end ("Ich habe gesehen, dass
Freitag frei war, und wollte Sie gerade eintragen, da war er weg", "Friday was free, but by the
time I went to book it, it was gone"): the slot said free then is no slot offered now.

Not: a story without the speaker's step in the calendar ("Sie waren schon mal bei Fabian"), an
end denied, conditioned or asked ("… und fast wären Sie drin gewesen", "if you were in").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

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


_FOUND = lazy(
    r"\b(?:gefunden|entdeckt|gesehen|rausgesucht|aufgerufen|herausgesucht|found|spotted|"
    r"pulled\s+up|located)\b",
    re.IGNORECASE,
)
_ACTED_ON_IT = lazy(
    r"\b(?:und|and)\s+(?:dann\s+|then\s+|gleich\s+|sofort\s+)*(?:(?:ihn|es)\s+(?:dann\s+|gleich\s+|"
    r"sofort\s+)*(?:\w+\s+)?(?:storniert|abgesagt|gestrichen|verschoben|verlegt|umgebucht|"
    r"gelöscht)|(?:cancell?ed|moved|rescheduled|called\s+off|deleted)\s+it)\b[^,;.!?]*[.!]?\s*$",
    re.IGNORECASE,
)


_GONE_AT_END = lazy(
    r"\b(?:da|dann|plötzlich)\s+war\s+(?:er|es|sie|der\s+platz|der\s+termin|die\s+zeit)\s+"
    r"(?:auch\s+)?(?:schon\s+)?(?:weg|vergeben|belegt|besetzt)\b[^,;.!?]*[.!]?\s*$|"
    r"\b(?:it|the\s+slot)\s+(?:was|had)\s+(?:already\s+)?(?:gone|been\s+taken|taken)\b[^,;.!?]*"
    r"[.!]?\s*$",
    re.IGNORECASE,
)
_WAS_FREE = lazy(r"\b(?:frei\s+war|war\s+(?:\w+\s+)?frei|was\s+(?:still\s+)?(?:free|open))\b", re.I)


def found_then_acted(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read in an appointment found on the way to cancelling or
    moving it, and without a slot said free on the way when it is gone at the end (see above)."""
    gone = _GONE_AT_END.search(sentence)
    if gone is not None and _WAS_FREE.search(sentence[: gone.start()]) and "?" not in sentence:
        claims = tuple(
            c for c in claims if not (c.kind is ClaimKind.AVAILABLE and c.end <= gone.start() + 1)
        )
    act = _ACTED_ON_IT.search(sentence)
    if act is None or _NOT.search(sentence) or not _STEP.search(sentence[: act.start()]):
        return claims
    return tuple(
        c
        for c in claims
        if not (
            c.kind is ClaimKind.BOOKED
            and c.end <= act.start() + 1
            and _FOUND.search(sentence[c.start : c.end])
        )
    )
