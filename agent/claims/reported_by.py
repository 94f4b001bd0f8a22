"""An English claim passed on from a named person or the salon (blind 28's false blocks,
claims51): one step of `reworded`, reading what is passed on.

"Lena says to tell you the booking's gone through", "Fabian asked me to tell you it's confirmed",
"The salon says you're booked in": the claim is the reported clause (convention 84: a state
reported from a stylist or the salon is a claim of it), and the reporter, even a stylist, is no
detail of the appointment. Read with the name, the claim named Lena and no appointment matched.
Not the caller's words ("You said it was booked"), nor a person's own plans ("Lena says she
can't do Friday" is read as it is, without the frame).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_REPORTED = lazy(
    r"^\s*(?:(?!(?:You|I|We|They|He|She|It)\b)[A-Z][a-zäöü]+|the\s+salon|the\s+team|"
    r"my\s+colleague)\s+(?:says|said|asked\s+me|wants\s+me|wanted\s+me|told\s+me)\s+"
    r"(?:to\s+(?:tell|let)\s+you(?:\s+know)?\s+(?:that\s+)?|that\s+)(?=\S)",
)


def reported_by(sentence: str, lang: str) -> str:
    """`sentence` without a named reporter's frame, else as it is."""
    if lang != "en":
        return sentence
    out = _REPORTED.sub("", sentence, count=1)
    return sentence if out == sentence or not out.strip() else out[0].upper() + out[1:]
