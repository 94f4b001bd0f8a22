"""An errand the caller tells of around the day ("Freitag, ähm, ich muss vorher noch die Kleine
zur Kita bringen, die macht um acht auf, also danach"): the errand and its time are no
appointment time; "danach" / "after that" says the wish comes after it.

- A clause telling what the caller does first ("ich muss vorher noch ... bringen", "I have to
  drop my son at school first") names no day or time: left out.
- A clause telling when something else opens, starts or ends ("die macht um acht auf", "der
  fängt um acht an", "it starts at eight") is that thing's time: left out with its time. So is
  the caller's own appointment ("ich hab um acht noch einen Termin") when "danach" follows it.
- "also danach" after such clauses: with one time among them and no other time said, the wish
  is from that time on ("ab acht"); with a time said elsewhere ("so um neun"), that time.

A time said with the day before the errand ("Freitag um acht, vorher bring ich die Kleine zur
Kita") is the wish; "nach dem Arzttermin um drei" (is three the doctor's time or the wish?) and a
clause with "wenn" / "sobald" ("wenn Sie um neun aufmachen": the wish at the opening) are left as
they are. Works clause by clause on what the caller said (split at commas and full stops).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.normalize import normalize

_CLAUSES = re.compile(r"([,;?!]+|\.(?=\s|$)|\s[-–]\s)")
_DAY = re.compile(
    rf"\b(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|woche|week|wochenende|weekend)\b"
    r"|\d{1,2}\.\d{1,2}\.|\b(?:am|den|the)\s+\d{1,2}(?:\.|st|nd|rd|th)"
)
_CLOCK = re.compile(r"\b(?:um|at|ab|from|gegen|around)\s+(?P<t>\d{1,2}(?:[:.]\d{2})?)\b(?!\.\d)")
_WHEN = re.compile(r"\b(?:wenn|sobald|falls|when|as\s+soon\s+as|once|if)\b")
# the caller's own errand first: "ich muss vorher noch", "I have to ... first"
_FIRST = re.compile(
    r"\b(?:ich|wir|i|we|mein\w*|my|unser\w*|our)\b.*\b(?:vorher|davor|zuerst|first|1st|beforehand)\b"
    r"|\b(?:vorher|davor|zuerst)\s+(?:\w+\s+)?(?:ich|wir)\b"
)
# something else's time: "die macht um acht auf", "der fängt um acht an", "it starts at eight"
_SUBJECT = (
    r"^(?:(?:also|und|weil|da|and|because|aeh|aehm)\s+)*"
    r"(?!(?:der|the|ihr|your)\s+(?:laden|salon|friseur|shop)\b)"
    r"(?:die|der|das|es|er|it|he|she|they|which|that|thats|its|mein\w*|my|unser\w*|our|the\s+\w+)"
    r"\s+(?:\w+\s+){0,3}?"
)
_ITS_TIME = re.compile(
    rf"{_SUBJECT}(?:macht|faengt|oeffnet|beginnt|endet|schliesst|hoert|starts|opens|begins"
    r"|ends|closes|finishes)\b"
)
# "der ist um neun" (the dentist): an aside only when "danach" follows, never a wish ("das ist
# um zehn frei?", "geht das um zehn?")
_ITS_TIME_IS = re.compile(rf"{_SUBJECT}(?:ist|is|s)\b")
_WISH = re.compile(r"\b(?:frei|free|passt|geht|ginge|moeglich|possible|available|open|offen)\b")
# the caller's own appointment with its time, an aside only when "danach" follows
_OWN_TIME = re.compile(
    r"^(?:(?:also|und|aeh|aehm)\s+)*(?:ich|wir|i|we)\s+(?:\w+\s+)?(?:hab|habe|"
    r"haben|have|got|muss|have\s+to)\b"
)
_AFTER = re.compile(
    r"(?:^|\s)(?:(?:also|so|dann|und|and|aeh|aehm|well)\s+)*(?:(?:erst|gleich|direkt|right|just)"
    r"\s+)?(?:danach|nachher|anschliessend|after\s+that|afterwards)$"
)


@dataclass(frozen=True)
class Errand:
    text: str  # what the caller said without the errand
    bound: str  # "ab 8": from the errand's time on, to read when no other time is said
    aside: str  # the words left out, as the caller said them


# a cheap look before reading clause by clause: no errand without one of these
_MAYBE = re.compile(
    r"vorher|davor|zuerst|first|beforehand|danach|nachher|anschlie|after|macht|f(?:ä|ae)ngt"
    r"|(?:ö|oe)ffnet|beginnt|endet|schlie|h(?:ö|oe)rt|starts|opens|begins|ends|closes|finishes",
    re.IGNORECASE,
)


def drop_errand(text: str) -> Errand | None:
    """`text` without the errand told around the day, or None when it tells none."""
    if not _MAYBE.search(text):
        return None
    parts = _CLAUSES.split(text)
    said = [normalize(p) if i % 2 == 0 else "" for i, p in enumerate(parts)]
    after = next((i for i in range(0, len(parts), 2) if _AFTER.search(said[i])), None)
    out: set[int] = set()
    times: list[str] = []
    for i in range(0, len(parts), 2):
        clause = said[i]
        if i == after:
            clause = clause[: _AFTER.search(clause).start()]  # type: ignore[union-attr]
        if not clause.strip() or _DAY.search(clause) or _WHEN.search(clause):
            continue
        clock = _CLOCK.findall(clause)
        if _FIRST.search(clause) and not clock:
            out.add(i)
        elif clock and _WISH.search(clause):
            continue
        elif clock and (
            _ITS_TIME.search(clause)
            or (
                after is not None
                and i <= after
                and (_OWN_TIME.search(clause) or _ITS_TIME_IS.search(clause))
            )
        ):
            out.add(i)
            times += clock if after is not None and i <= after else []
    if after is not None:
        head = said[after][: _AFTER.search(said[after]).start()]  # type: ignore[union-attr]
        if not out or (head.strip() and after not in out):
            return None  # "danach" said of nothing left out: after what? read as said (asked)
        out.add(after)
    if not out or len(times) > 1:
        return None  # "danach" after two times: after which? read as said (asked)
    kept = "".join(p for i, p in enumerate(parts) if i not in out)
    aside = ", ".join(parts[i].strip() for i in sorted(out))
    return Errand(kept, f"ab {times[0]}" if times and after is not None else "", aside)
