"""A terse voice's fragment said with the copula it drops (blind 55, claims142; a step of
`reworded`): "Nicht gebucht.", "Nichts eingetragen.", "Not booked.", "Nothing booked yet." stand for
"Es ist nicht gebucht", "Es ist nichts eingetragen", "It's not booked", "Nothing is booked yet" (a
present denial, convention 5); "Text's coming." for "The text is coming" (a text promised). Only
a fragment of its own: at the start of the text or after a full stop, with at most an answer word
or "leider" / "noch" / "sorry" / "still" before it, and ending where its sentence ends.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_START = r"(?:^|(?<=[.!?…]\s))"
_LEAD_DE = r"((?:(?:nein|nee|ne|leider|noch|bisher|also)\W+)*)"
_LEAD_EN = r"((?:(?:no|nope|sorry|still|so\s+far)\W+)*)"
# the fragment is its whole sentence: "Nicht gebucht, sondern erst angefragt." is read as said
_END = r"(?=\s*(?:[.!]|$))"
_DENIED_DE = lazy(
    _START
    + _LEAD_DE
    + r"((?:noch\s+)?(?:nicht|nichts)\s+(?:mehr\s+)?(?:gebucht|eingetragen|storniert|abgesagt|"
    r"verschoben|reserviert|bestätigt))" + _END,
    re.IGNORECASE,
)
_DENIED_EN = lazy(
    _START
    + _LEAD_EN
    + r"(?:(not)|(nothing))\s+((?:yet\s+)?(?:booked|cancell?ed|moved|reserved|confirmed)(?:\s+yet)?)"
    + _END,
    re.IGNORECASE,
)
_TEXT_EN = lazy(
    _START + r"(?:the\s+)?(text|sms)(?:'s|\s+is)\s+(coming|on\s+its\s+way)" + _END, re.IGNORECASE
)


def copula_said(text: str, lang: str) -> str:
    """`text` with a terse fragment's dropped copula put back (see above)."""
    if lang == "de":
        return _DENIED_DE.sub(lambda m: f"{m[1]}Es ist {m[2]}", text)
    if lang != "en":
        return text
    text = _DENIED_EN.sub(
        lambda m: f"{m[1]}It's not {m[4]}" if m[2] else f"{m[1]}Nothing is {m[4]}", text
    )
    return _TEXT_EN.sub(lambda m: f"The {m[1]} is {m[2]}", text)
