"""A child's age said with the wish ("für meinen Sohn, der ist siebzehn", "for my daughter, she's
fifteen"): a teenager may want a child's cut or an adult's, which the salon file does not settle
(it sets no age), so the wish is asked back; twelve and under stays a child's cut."""

from __future__ import annotations

import re

from tools.text_fold import fold

_TEEN_WORDS = (
    "dreizehn vierzehn fuenfzehn sechzehn siebzehn achtzehn neunzehn "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TEEN = re.compile(r"\b(?:" + "|".join(_TEEN_WORDS) + r"|1[3-9])\b")


def says_teen_age(text: str) -> bool:
    """Whether the words give an age of thirteen to nineteen."""
    return bool(_TEEN.search(fold(text)))
