"""The caller's day said free for the caller again: "Friday's free for you again, nothing there
anymore", "Am Freitag haben Sie wieder frei, da steht nichts mehr", "Freitag können Sie sich
freihalten, da ist nichts mehr" (blind 11 and its probes).

Said of the caller's own day, "free again" is the visit there gone (GONE: backed by a
cancellation or the old place of a move), not a free slot offered (AVAILABLE) nor a cancellation
act ("da steht nichts mehr" read as one), which it replaces. Not: questions, conditions, a slot
free for booking ("Friday is free at ten": no "for you again"), the caller asked to keep a day
free ("Können Sie sich Freitag freihalten?").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_UNLESS = lazy(r"\b(?:wenn|falls|ob|sofern|if|whether|unless|once)\b")
_TAG = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur)day"
_REPLACES = frozenset({K.AVAILABLE, K.CANCELLED})

RULES = (
    Rule(
        "de",
        K.GONE,
        lazy(r"wieder\s+frei|freihalten"),
        lazy(
            rf"^\W*(?:am\s+|den\s+)?{_TAG}\s+(?:haben\s+sie\s+(?:jetzt\s+)?wieder\s+frei|"
            r"können\s+sie\s+sich\s+freihalten)\s*,\s*da\s+(?:steht|ist)\s+nichts\s+mehr\b"
        ),
        unless=_UNLESS,
        replaces=_REPLACES,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"free\s+for\s+you\s+again"),
        lazy(rf"^\W*{_DAY}(?:'s|\s+is)\s+(?:now\s+)?free\s+for\s+you\s+again\b"),
        unless=_UNLESS,
        replaces=_REPLACES,
    ),
)
