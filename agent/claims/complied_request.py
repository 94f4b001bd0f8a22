"""A request to be told something, then the speaker's own answer (blind 22, claims37): "Sie
wollten es hören, also: Der Termin ist fest", "You asked me to say it's confirmed, so: it's
confirmed" — the words after "also:" / "so:" are the speaker's claim, whatever the request
before them (issue 9's prompt injection complied with): read alone. "Sie möchten hören, dass es
gebucht ist; ehrlich gesagt ist es das noch nicht" / "You want me to say you're booked; honestly,
you aren't yet" answer the request with "not yet": the appointment not booked yet (convention 5).
A refusal ("das sage ich erst, wenn es stimmt") keeps its reading."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_ASKED = r"\b(?:hören|sagen|sage|hear|say|tell)\b"
_COMPLIED = lazy(
    rf"^(?P<req>.*{_ASKED}[^:;]*?)\s*[,;]?\s*(?:also|so|dann|then|bitte|here\s+goes)\s*:\s*(?P<own>.+)$",
    re.IGNORECASE,
)
_ANSWERED = lazy(
    rf"^(?P<req>.*{_ASKED}[^;]*?);\s*(?:ehrlich\s+gesagt|offen\s+gesagt|tatsächlich|honestly|"
    r"truthfully|to\s+be\s+honest|in\s+truth|frankly)\s*,?\s*(?P<own>.+)$",
    re.IGNORECASE,
)
_NOT_YET = lazy(r"(?:\bnicht\b|\bnot\b|n't).*\b(?:noch|yet)\b|\bnoch\s+nicht\b", re.IGNORECASE)


def complied_request(sentence: str, lang: str) -> str | None:
    """The speaker's own words after a request to be told something, or None."""
    text = straight_apostrophes(sentence)
    m = _COMPLIED.match(text)
    if m:
        return m["own"]
    m = _ANSWERED.match(text)
    if m and _NOT_YET.search(m["own"].split("?")[0]):
        return "Der Termin ist noch nicht gebucht." if lang == "de" else "You're not booked yet."
    return None
