"""A child's age said with the wish ("für meinen Sohn, der ist siebzehn", "for my daughter, she's
fifteen"): a teenager may want a child's cut or an adult's, which the salon file does not settle
(it sets no age), so the wish is asked back; twelve and under stays a child's cut. A grown son or
daughter ("für meinen Sohn, der ist zweiundzwanzig", "my daughter, she's 25") is no child: an
adult's cut, a man's or a woman's by whom it is for."""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from tools.text_fold import fold

_TEEN_WORDS = (
    "dreizehn vierzehn fuenfzehn sechzehn siebzehn achtzehn neunzehn "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TEEN = re.compile(r"\b(?:" + "|".join(_TEEN_WORDS) + r"|1[3-9])\b")

# An age said of the person ("der ist 22", "er ist 30 Jahre alt", "he's 25", "she is 21", "22
# Jahre alt", "aged 30"): the number only where it is someone's age, never a time or a price
_AGE = re.compile(
    r"\b(?:(?:der|die|er|sie|es|he|she|who|is|s|ist)\s+(?:schon\s+|already\s+|now\s+|jetzt\s+)?"
    r"(?P<a>\d{1,2})\b(?!\s*(?:uhr|euro|eur|minuten|pm|am)\b)"
    r"|(?P<b>\d{1,2})\s+(?:jahre\s+alt|years?\s+old|jahre\b)|aged\s+(?P<c>\d{1,2})\b)"
)
_GROWN = 20  # twenty and over is grown up; thirteen to nineteen stays asked


def says_teen_age(text: str) -> bool:
    """Whether the words give an age of thirteen to nineteen."""
    return bool(_TEEN.search(fold(text)))


def said_age(text: str) -> int | None:
    """The age said of the person the wish is for, in digits or words of either language."""
    words = fold(text)
    digits = alpha2digit(alpha2digit(words, "de"), "en")
    found = _AGE.search(digits)
    return int(next(g for g in found.groups() if g)) if found else None


def says_grown_age(text: str) -> bool:
    """Whether the person the wish is for is said to be twenty or older."""
    age = said_age(text)
    return age is not None and age >= _GROWN
