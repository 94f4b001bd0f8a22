"""Cancelling and moving said in everyday words (blind 29, claims55; conventions 6, 17, 41, 98).

Cancelled: "sausen lassen", "rausgekickt", "rausgeschmissen", "rausgeworfen", "axed", "binned",
"knocked on the head", "I've pulled it" said of the caller's appointment or day. Moved: "auf
Donnerstag gewechselt / umgesetzt", "rübergeschoben", "shifted / switched you over to Thursday",
"Thursday now, not Friday", each with the place it names (a bare one, with none). Not: questions,
conditions, negations; "pulled up" (a look-up) is not "pulled it".
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_OUT_DE = (
    r"(?:sausen\s+(?:lassen|gelassen)|rausgekickt|rausgeschmissen|rausgeworfen|rausgehauen|"
    r"rausgekegelt|gekippt)"
)
_REPLACES = frozenset({K.BOOKED, K.DONE, K.HELD, K.STANDS})


_r = rule


RULES = (
    _r("de", K.CANCELLED, r"sausen|raus|gekippt",
       r"\b(?:den|ihren|diesen|ihn|die|ihre)\s+(?:\w+\s+){0,3}?(?:hab|habe|haben|hat)\s+"
       rf"(?:\w+\s+){{0,3}}?{_OUT_DE}|\b(?:hab|habe|haben|hat)\s+(?:ich\s+|wir\s+)?(?:\w+\s+){{0,3}}?"
       rf"(?:den|ihren|diesen|ihn|die)\s+(?:\w+\s+)?{_OUT_DE}",
       replaces=_REPLACES),
    _r("en", K.CANCELLED, r"axed|binned|scrapped|knocked|pulled|nixed|ditched",
       r"\b(?:appointment|booking|slot|it|that|friday|thursday|saturday)(?:'s|\s+is|\s+has)?\s+"
       r"(?:been\s+)?(?:axed|binned|nixed|ditched|knocked\s+on\s+the\s+head)\b|"
       r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:\w+\s+)?(?:axed|binned|nixed|ditched|pulled)\s+"
       r"(?:it|that|your\s+(?:appointment|booking|slot))\s*(?:[.!,]|$)",
       replaces=_REPLACES),
    _r("en", K.CANCELLED, r"off",
       rf"^\W*{_DAY}(?:'s|\s+is)\s+off\s*,\s*(?:i've|i\s+have|we've)\s+\w+\s+(?:it|that)\b",
       replaces=_REPLACES),
    _r("de", K.RESCHEDULED, r"gewechselt|umgesetzt|rüber",
       rf"\b(?:gewechselt|umgesetzt|rübergesetzt)\s+auf\s+(?:den\s+)?{_DAY}\b|"
       r"\b(?:termin|ihn|sie)\s+(?:\w+\s+){0,3}?(?:rübergeschoben|rübergelegt|rübergesetzt)\b",
       replaces=_REPLACES),
    _r("en", K.RESCHEDULED, r"shifted|switched|bumped|moved|now",
       rf"\b(?:(?:shifted|switched|bumped|moved)\s+(?:you|it|your\s+\w+)|got\s+(?:you|it)\s+moved)"
       r"\s+(?:over\s+|across\s+)?to\s+"
       rf"(?:\w+\s+)?{_DAY}\b",
       replaces=_REPLACES),
    # "Thursday at three now, not Friday": the "not" names the old place, it denies nothing
    _r("en", K.RESCHEDULED, r"now",
       rf"\b{_DAY}\b[^.;!?]*?\bnow,?\s+not\s+{_DAY}\b",
       replaces=_REPLACES, unless=lazy(r"\b(?:if|whether|unless|would)\b")),
    # "All done on the cancellation front"
    _r("en", K.CANCELLED, r"front|side",
       r"\b(?:done|sorted|taken\s+care\s+of|dealt\s+with)\s+on\s+the\s+cancel\w*\s+(?:front|side)\b",
       replaces=_REPLACES),
)  # fmt: skip
