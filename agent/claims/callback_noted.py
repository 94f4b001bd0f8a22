"""The caller's wish to be called back taken down ("Ich habe notiert, dass Sie zurückgerufen
werden möchten", "Ich habe aufgeschrieben, dass Sie einen Rückruf wünschen", "I've noted that
you'd like a call back", "I've made a note that you want a callback", the call as a noun: "dass
Sie vorher einen Anruf wünschen", "that you'd like a call beforehand" (blind 57, claims156); blind
24, claims41;
conventions 15, 55, 78): a callback request taken for the salon, a message (`follow_up`
message), as "Ich habe Ihre Rückrufbitte weitergeleitet" is. Convention 77's note that stays
neutral is a detail or wish the salon need not act on ("dass Sie lieber vormittags kommen");
a callback asks the salon to act.

Not: a callback the speaker denies or asks about ("Soll ich notieren, dass …?")."""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import normalize
from agent.claims.restated import restated

_NOTED = lazy(
    r"\b(?:notiert|aufgeschrieben|vermerkt|festgehalten|aufgenommen|notiere|schreibe\s+auf|"
    r"noted|written\s+down|made\s+a\s+note|taken\s+(?:a\s+)?note|jotted\s+down|logged)\b"
)
_CALLBACK_WISH = lazy(
    r"\b(?:dass\s+sie|that\s+you)\b[^.;]*\b(?:zurückgerufen|rückruf\w*|angerufen|call\s*back|callback|"
    r"ring\s+you\s+back|call\s+you\s+back|phone\s+call\s+back|"
    # the call wished as a noun (claims156): "dass Sie vorher einen Anruf wünschen", "that you'd
    # like a call beforehand"
    r"(?:einen|ein)\s+(?:kurzen\s+)?anruf|a\s+(?:quick\s+|short\s+|phone\s+)?call)\b"
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|not|never)\b|n't\b")


def callback_noted(sentence: str, lang: str) -> str | None:
    """ "Ich habe Ihre Rückrufbitte weitergeleitet." for a callback wish noted, or None."""
    text = normalize(sentence)
    if "?" in text or ";" in text or not _NOTED.search(text) or not _CALLBACK_WISH.search(text):
        return None
    head = text[: _CALLBACK_WISH.search(text).start()]
    if _NEGATED.search(head):
        return None
    if lang == "de":
        return "Ich habe Ihre Rückrufbitte weitergeleitet."
    return "I've passed your callback request on."


def callback_noted_read(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The message claim of a callback wish taken down."""
    return restated(sentence, callback_noted(sentence, lang), whole)
