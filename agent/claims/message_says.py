"""What a text message says, read out (blind 27, claims49; a step of `reworded`): "In der SMS
steht (dann): …" is the text's words, not "steht" (the appointment stands); read as "Sie
bekommen eine SMS: …" (a text, and what it says). Said after a condition on a booking to come
("Sobald gebucht ist, steht in der SMS: Termin bestätigt"), the words are what the text will say
then: the condition and the text are read, not the quote. Said with no quote ("In der Nachricht
steht auch ein Link zum Absagen"), it describes what such messages hold: read as "In
Nachrichten steht …", a rule.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_MESSAGE = r"(?:sms|nachricht|textnachricht)"  # not "Bestätigungs-SMS": it names the booking (38)
_SAYS = lazy(
    rf"\bin\s+(?:der|ihrer|dieser|unserer)\s+{_MESSAGE}\s+steht\s+"
    r"(?P<when>(?:(?:dann|gleich|später|nachher|auch|übrigens)\b\s*)*)(?P<colon>:)?",
    re.IGNORECASE,
)
_SAYS_AFTER = lazy(
    rf"\bsteht\s+in\s+(?:der|ihrer|dieser)\s+{_MESSAGE}\s*(?P<colon>:)?",
    re.IGNORECASE,
)
_BOOKING_TO_COME = lazy(
    r"^\W*(?:sobald|wenn|falls|nachdem\s+sie)\b[^,]*\b(?:gebucht|eingetragen|bestätigt|zugesagt|"
    r"ja\s+gesagt)\b[^,]*,",
    re.IGNORECASE,
)


def message_said(text: str, lang: str) -> str:
    """`text` with a message's words read out said as a text and its words."""
    if lang != "de" or "steht" not in text.lower():
        return text
    cond = _BOOKING_TO_COME.match(text)
    m = _SAYS_AFTER.search(text) if cond else None
    if (
        cond
        and m
        and m.start() == cond.end() + len(text[cond.end() :]) - len(text[cond.end() :].lstrip())
    ):
        # the words to come, not said now; "Nachdem Sie zugesagt haben" is such a condition too
        opening = re.sub(r"^\W*nachdem\b", "Sobald", cond.group(0), flags=re.IGNORECASE)
        return f"{opening} bekommen Sie eine SMS."
    m = _SAYS.search(text)
    if m is None:
        return text
    if m.group("colon"):
        return f"{text[: m.start()]}Sie bekommen eine SMS:{text[m.end() :]}"
    if ":" in text[m.end() :]:
        return text  # "In Ihrer SMS steht jetzt: …": a text said sent, read as it stands
    return f"{text[: m.start()]}In Nachrichten steht {m.group('when')}{text[m.end() :]}"
