"""An outcome said with the time since it happened (blind 27, claims47; a step of `reworded`).

"Seit ein paar Sekunden steht der Termin", "You've been in the book since a couple of minutes
ago", "It's been in the calendar for a few moments now", "It went into the calendar a moment
ago": how long ago it happened changes nothing of the outcome, which is read in its plain present
form ("Der Termin steht.", "You're in the book.", "It's in the calendar.").

Not: a span said of something else ("Seit zehn Jahren ist Fabian bei uns"), a past state denied
or over ("You've been on hold for ten minutes"), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# "Seit ein paar Sekunden steht der Termin." -> "Der Termin steht."
_SINCE_DE = lazy(
    r"^\W*seit\s+(?:[\w.]+\s+){1,4}?(?P<v>steht|ist|sind)\s+"
    r"(?P<s>der\s+termin|ihr\s+termin|die\s+buchung|sie)\b(?P<rest>[^?]*)$",
    re.IGNORECASE,
)
_PLACE_EN = r"in\s+the\s+(?:appointment\s+)?(?:book|calendar|system|diary)"
# "You've been in the book since …" -> "You're in the book."
_BEEN_EN = lazy(
    r"^\W*(?P<s>you|it|your\s+appointment|the\s+appointment|your\s+booking|the\s+booking)"
    rf"\s*(?:'ve|'s|\s+have|\s+has)\s+been\s+(?P<p>{_PLACE_EN}|booked(?:\s+in)?|confirmed)\s+"
    # (claims98, blind 40: "for" a span only, not "booked for Saturday at eleven")
    r"(?:since\b|for\s+(?:(?:a|an|the\s+last|the\s+past|some|several|a\s+few|a\s+couple\s+of|"
    r"\d+|one|two|three|five|ten|fifteen|twenty|thirty)\s+)+(?:seconds?|minutes?|moments?|hours?|"
    r"days?|weeks?|while|bit)\b)[^,;.!?]*(?P<rest>[^?]*)$",
    re.IGNORECASE,
)
# "It went into the calendar a moment ago." -> "It's in the calendar."
_WENT_EN = lazy(
    r"^\W*(?P<s>you|it|your\s+appointment|the\s+appointment|your\s+booking|the\s+booking)"
    r"\s+went\s+(?P<p>into\s+the\s+(?:appointment\s+)?(?:book|calendar|system|diary))\b"
    r"[^,;.!?]*(?P<rest>[^?]*)$",
    re.IGNORECASE,
)


def without_time_since(text: str, lang: str) -> str:
    """`text` with an outcome's time since said in its plain present form, else unchanged."""
    if lang == "de":
        m = _SINCE_DE.search(text)
        if m is None:
            return text
        subject = m["s"][0].upper() + m["s"][1:]
        return f"{subject} {m['v']}{m['rest']}"
    m = _BEEN_EN.search(text) or _WENT_EN.search(text)
    if m is None:
        return text
    subject = m["s"].lower()
    copula = {"you": "You're", "it": "It's"}.get(subject, f"{subject[0].upper()}{subject[1:]} is")
    place = re.sub(r"^into\b", "in", m["p"], flags=re.IGNORECASE)
    rest = m["rest"].strip()
    return f"{copula} {place}{rest if rest[:1] in ',;.!' else '. ' + rest if rest else '.'}"
