"""A courtesy question after a claim asks nothing of the outcome (blind 41, claims101).

A large model closes its reply with an offer of more help: "So there's no need to come in on
Friday – anything else I can do?", "Yes, it is – is there anything else?", "Der Termin ist
storniert – kann ich sonst noch helfen?", "…, brauchen Sie sonst noch etwas?". The question
turned the whole sentence into one, and the readers that leave questions alone read nothing.
The sentence is read without it (a step of `decide._SAID_PLAINER`); a question about the
appointment itself ("…, oder soll ich noch etwas ändern?") is no courtesy and stays.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_TAIL = lazy(
    r"\s*[,;–—-]+\s*(?:(?:and|und|also|so)\s+)?(?:"
    r"(?:is\s+there\s+)?(?:anything|something)\s+else(?:\s+(?:i\s+can|we\s+can|you\s+need)"
    r"(?:\s+(?:do|help\s+(?:you\s+)?with))?(?:\s+for\s+you)?)?(?:\s+today)?|"
    r"(?:can|may)\s+i\s+help\s+(?:you\s+)?with\s+anything\s+else|"
    r"kann\s+ich\s+(?:ihnen\s+)?(?:sonst\s+)?(?:noch\s+)?(?:(?:etwas|was)\s+(?:für\s+sie\s+)?tun|"
    r"(?:irgendwie\s+)?helfen)|(?:sonst\s+)?noch\s+(?:etwas|was)|"
    r"brauchen\s+sie\s+(?:sonst\s+)?noch\s+(?:etwas|was)|"
    r"(?:haben\s+sie\s+)?(?:sonst\s+)?noch\s+(?:fragen|wünsche)"
    r")\s*\?+\s*$",
    re.IGNORECASE,
)


# a head that is a subordinate clause leaves the question its main clause (convention 28)
_SUBORDINATE = lazy(
    r"^\W*(?:now\s+that|since|as|once|if|when|after|because|jetzt\s*,?\s*wo|jetzt\s+da|nachdem|"
    r"da|wenn|sobald|falls|weil|wo)\b",
    re.IGNORECASE,
)


def without_courtesy_question(sentence: str, lang: str) -> str | None:
    """`sentence` without the courtesy question it ends on, or None when it ends on none (or
    is nothing else)."""
    m = _TAIL.search(sentence)
    if m is None or _SUBORDINATE.match(sentence):
        return None  # "Now that it's all confirmed, can I help …?": the question is the clause
    head = sentence[: m.start()].rstrip(" ,;–—-")
    return f"{head}." if head.strip() else None
