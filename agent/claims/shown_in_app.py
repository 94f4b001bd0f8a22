"""The appointment said to show in an app (blind 22, claims37): "Den Termin sehen Sie auch in der
App", "Sie finden die Buchung in unserer App", "Steht in der App", "You can see the booking in the
app", "It's in the app under My Appointments" presuppose the booking (gated blind 6 labels the
same wording `booked`; the salon has no app, so it is true only where a booking stands): read as
"Ihr Termin ist gebucht". Not the app named without the appointment ("In der App können Sie
auch selbst buchen"), a question or a condition."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import booked_sentence

_APP = lazy(r"\bapp\b", re.IGNORECASE)
_SHOWN = lazy(
    r"\b(?:termin\w*|buchung|reservierung|appointment|booking)\b.*\b(?:sehen|finden|steht|stehen|"
    r"taucht|erscheint|see|find|shows?|appears?|is|are)\b|"
    r"\b(?:sehen|finden|see|find)\b.*\b(?:termin\w*|buchung|appointment|booking)\b|"
    r"^\s*(?:steht|ist|it's|it\s+is|that's)\s+(?:\w+\s+)?in\s+(?:der|unserer|the|our)\s+app\b",
    re.IGNORECASE,
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|if|once|selbst|yourself|herunterladen|download|nicht|not|kein\w*)\b"
    r"|n't",
    re.IGNORECASE,
)


def shown_in_app(sentence: str, lang: str) -> str | None:
    """The booking's standard sentence when `sentence` says the appointment shows in an app."""
    text = straight_apostrophes(sentence)
    if not _APP.search(text) or _NOT.search(text) or not _SHOWN.search(text):
        return None
    return booked_sentence(lang)
