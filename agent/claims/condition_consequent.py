"""A booking said as the consequent of a condition not met yet: the appointment is not booked
yet (convention 5, as "Sobald Sie Ja sagen, ist der Termin gebucht"; blind 21, claims35; a step
of `reworded`): "Wenn Fabian frei ist, sind Sie drin – ich prüfe gerade", "Falls Lena Zeit hat,
sind Sie drin", "Mit Ihrem Ja ist die Sache fix", "Mit Ihrer Zusage ist der Termin fest", "If
Fabian's free, you're in", "As soon as the system says okay, you're booked", "Once the system
confirms, you're booked".

Read as "Es ist noch nicht gebucht." / "It is not booked yet." with what follows the consequent
kept ("– ich prüfe gerade"). Not: a condition that names the booking itself ("Sobald der Termin
gebucht ist, bekommen Sie eine SMS"), a consequent that is the speaker's act to come ("Wenn Sie
möchten, buche ich Sie ein", "If you'd like, I can book you in"), a negated consequent, a
question.
"""

from __future__ import annotations

import re

_BOOKED_DE = r"(?:drin|fix|fest|gebucht|eingetragen|bestätigt|gebongt|sicher|durch)"
_BOOKED_EN = r"(?:in|booked|confirmed|set|all\s+set|locked\s+in|sorted|good\s+to\s+go|firm)"
_CONSEQUENT_DE = (
    r"(?:sind\s+sie|ist\s+(?:die\s+sache|der\s+termin|es|er|alles|das))\s+"
    rf"(?:(?:auch|dann|gleich|sofort|direkt|fest|so)\s+)?{_BOOKED_DE}\b"
)
_CONSEQUENT_EN = (
    r"(?:you're|you\s+are|it's|it\s+is|that's|that\s+is)\s+"
    rf"(?:(?:then|also|straight|right|all)\s+)?{_BOOKED_EN}\b"
)
_IF = re.compile(
    r"^\W*(?:(?:wenn|falls|sobald|sofern)\s+(?P<c>[^,–—]+?)\s*,\s*(?:dann\s+)?"
    + _CONSEQUENT_DE
    + r"|mit\s+ihr(?:em|er)\s+(?:ja|zusage|bestätigung|okay|ok|einverständnis)\s+"
    + _CONSEQUENT_DE
    + r"|(?:if|once|as\s+soon\s+as|provided)\s+(?P<c2>[^,–—]+?)\s*,\s*(?:then\s+)?"
    + _CONSEQUENT_EN
    + r"|with\s+your\s+(?:yes|okay|ok|confirmation)\s*,?\s*"
    + _CONSEQUENT_EN
    + r")(?P<rest>.*)$",
    re.IGNORECASE,
)
_BOOKING_IN_CONDITION = re.compile(
    r"\b(?:gebucht|eingetragen|bestätigt|booked|confirmed|termin|appointment|booking)\b|"
    r"\b(?:möchten|wollen|like|want)\b|"
    # the booking's own success ("Wenn es klappt"): a condition on the booking, neutral
    r"\b(?:klappt|klappen|funktioniert|works|goes\s+through|gut\s+geht)\b|"
    # the speaker's own reading or knowing ("Wenn ich das richtig lese"): a hedge, not a condition
    r"^\W*(?:ich|i|i'm|i\s+am)\b",
    re.IGNORECASE,
)


def consequent_not_yet(text: str, lang: str) -> str:
    """`text` with a booking said true only once a condition holds read as not booked yet."""
    if text.rstrip().endswith("?"):
        return text
    m = _IF.search(text)
    if m is None:
        return text
    condition = m.group("c") or m.group("c2") or ""
    if _BOOKING_IN_CONDITION.search(condition):
        return text
    rest = m.group("rest")
    if re.match(r"\s*(?:oder|or)\b", rest):
        return text  # "you're booked or I'll tell you what went wrong": an alternative
    head = "Es ist noch nicht gebucht" if lang == "de" else "It is not booked yet"
    if re.match(r"\s*[,;–—.!-]", rest) or not rest.strip():
        rest = rest.strip(" ,;.!–—-")
        return f"{head}. {rest}." if rest else f"{head}."
    return f"{head}{rest}"  # "…, you're confirmed for Friday": the clause's details kept
