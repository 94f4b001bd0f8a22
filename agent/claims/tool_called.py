"""A tool call announced by its function's name, said as the act it starts (blind 55, claims141;
a step of `tool_talk`).

A model that narrates its process names the function it calls: "Calling book_appointment now
for Tuesday at 9 with Sophie", "Ich rufe jetzt book_appointment mit der slot_id für Freitag, 10
Uhr, auf", "Calling the booking function now… one moment", "Ich rufe jetzt transfer_call auf und
verbinde Sie mit dem Salon". The clause readers know no function name as a verb, so the slot
named went unread, and "booking function" was read as a booking. What the caller hears is the
act the call starts, still to come: a booking tool's call with a slot named is the booking of
that slot announced, said "I'm booking you in now for …" / "Ich buche jetzt …" (670: the slot
offered, not booked yet); a call with nothing named after it, of any tool, is a step under way,
said "One moment" / "Einen Moment" (5: no slot, no claim). A call with other arguments ("with
kind "callback"") or a slot for a tool that does not book stays as said.
"""

from __future__ import annotations

import re

from agent.claims.abbreviations import IN_SENTENCE
from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy

_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_SLOT = lazy(
    rf"\b(?:{_DAY}|heute|morgen|today|tomorrow)\b|\b\d{{1,2}}(?::\d\d)?\s*(?:uhr|a\.?m\.?|p\.?m\.?)?"
    r"(?=\W|$)",
    re.IGNORECASE,
)
# the function: a snake_case name ("book_appointment") or a function / tool named by its job
_TOOL = (
    r"(?P<tool>[a-z]+(?:_[a-z]+)+|(?:buchungs|reservierungs|storno|such)(?:funktion|tool)|"
    r"(?:the\s+)?\w+(?:\s+\w+)?\s+(?:function|tool))"
)
_NOW = r"(?:(?:jetzt|gleich|nun|mal|eben|gerade|now|just)\s+)*"
_CALL_EN = lazy(
    r"(?:^|(?<=[.!?…:]\s))(?P<pre>\W*(?:(?:okay|ok|so|right|alright)\s*,?\s+)?)"
    rf"(?:now\s*,?\s+)?(?:i'm\s+|i\s+am\s+)?{_NOW}calling\s+(?:the\s+)?{_TOOL}(?P<args>{IN_SENTENCE}*?)"
    r"(?=\s*(?:[.!?…]|$))",
    re.IGNORECASE,
)
_CALL_DE = lazy(
    rf"\b(?P<pre>)ich\s+rufe\s+{_NOW}(?:die\s+funktion\s+|das\s+tool\s+)?{_TOOL}(?P<args>[^.!?…]*?)"
    r"\s*,?\s+auf\b",
    re.IGNORECASE,
)
_BOOKS = lazy(r"book|buchung", re.IGNORECASE)
# arguments that name no slot of their own: the slot's id, "now"
_ID = lazy(r"\b(?:with|mit)\s+(?:the|der|dem)\s+\w+_id\b", re.IGNORECASE)
_NOW_ALONE = lazy(r"^\s*(?:(?:jetzt|gleich|nun|mal|eben|gerade|now|just)\b\s*)*$", re.IGNORECASE)
_AND_I = lazy(r"^\s*und\s+(?!ich\b)", re.IGNORECASE)
_ARGS_NOW = lazy(r"^\s*(?:now|jetzt)\b\s*", re.IGNORECASE)


# a function's name as the subject of its failure ("take_message returned an error"): the tool,
# not the act its name spells ("take message")
_NAME_FAILED = lazy(
    r"\b[a-z]+(?:_[a-z]+)+(?=\s+(?:returned|came\s+back\s+with|hat|lieferte|liefert|gab|meldete|"
    r"meldet)\s+(?:an?\s+|einen?\s+)?[„“\"'‚‘]?(?:error|fehler|failure|failed|fehlgeschlagen|"
    r"timeout)\b)",
    re.IGNORECASE,
)
# the request handed to the system and its result promised back: a step in this call (as "Ich
# melde mich gleich mit dem Ergebnis"), not a callback after it
_HANDED_DE = lazy(
    r"\bich\s+gebe\s+(?:(?:jetzt|gleich|eben|mal|nun)\s+)*(?:die|ihre|das|den)\s+\w+\s+"
    r"(?:an\s+das|ans)\s+system\s+weiter\s+und\s+melde\s+mich\s+(?:(?:dann|gleich|danach|"
    r"sofort)\s+)*(?:wieder\s+)?mit\s+dem\s+ergebnis\b",
    re.IGNORECASE,
)
_HANDED_EN = lazy(
    r"\bi(?:'ll|\s+will)\s+pass\s+(?:your|the|this|that)\s+\w+\s+(?:on\s+)?to\s+the\s+system\s+"
    r"and\s+(?:then\s+)?get\s+back\s+to\s+you\s+with\s+the\s+(?:result|answer|outcome)\b",
    re.IGNORECASE,
)


def tool_called(text: str, de: bool) -> str:
    """`text` with a tool call named by its function said as the act it starts."""
    text = _NAME_FAILED.sub("das Tool" if de else "the tool", text)
    text = (_HANDED_DE if de else _HANDED_EN).sub(
        "einen Moment, ich melde mich gleich mit dem Ergebnis"
        if de
        else "one moment, I'll be right back with the result",
        text,
    )
    m = (_CALL_DE if de else _CALL_EN).search(text)
    if m is None:
        return text
    args = _ID.sub("", m.group("args")).strip(" ,")
    if _NOW_ALONE.match(args):
        said = "einen Moment" if de else "One moment"
    elif _BOOKS.search(m.group("tool")) and _SLOT.search(args):
        args = _ARGS_NOW.sub("", args)
        said = f"ich buche jetzt {args}" if de else f"I'm booking you in now {args}"
    else:
        return text
    rest = text[m.end() :]
    if de and (joined := _AND_I.match(rest)):  # "… auf und verbinde Sie …": the subject kept
        rest = ", ich " + rest[joined.end() :]
    return text[: m.start()] + m.group("pre") + said + rest
