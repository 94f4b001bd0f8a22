"""A stylist wished for what they can do, said as its object in a relative clause: "jemand, der
Locken kann", "eine, die Kurzhaarschnitte schneiden kann", "wer Balayage beherrscht", "someone who
can do curls", "a stylist that can handle afros". A description, asked back with who offers the
service (round 11), never "no preference" (its "jemand" / "someone") nor "no such stylist".

When or how soon someone can is no skill and stays open: "wer heute noch kann", "der am ehesten
kann", "wer von Ihnen kann", "jemand, der Freitag kann", "someone who can do it today".

Works on folded text (`tools.text_fold.fold`)."""

from __future__ import annotations

import re

from tools.stylist_language import speaks_a_language
from tools.when.lexicon import is_temporal

# words that say when or who, not what: "wer heute noch kann", "wer von euch kann"
_NOT_WHAT = frozenset(
    """
    am um ab bis gerade grad grade jetzt zuerst eher frueher noch dann halt eben so sofort gleich
    da auch immer schon bald mal als wann denn ja doch wohl vielleicht von bei mit euch ihnen uns
    zeit gut besser wieder selbst selber einfach bestimmt sicher dir mir
    now soon soonest earliest first quickly asap earlier later then it me us this that one them
    you in
    """.split()
)
_GERMAN = re.compile(
    r"\b(?:der|die|jemand\w*|eine[rn]?|wer|welche[rn]?)\s+(?:der\s+|die\s+)?([a-z]\w+)"
    r"(?:\s+(\w+en))?\s+(?:richtig\s+|wirklich\s+)?(?:kann|koennte|beherrscht)\b"
)
# "wer kann gut Locken schneiden", "jemand, der richtig gut Bob schneiden kann" said the other
# way round: the ability first, its object and verb after; the verb may be left out ("wer kann
# gut Fades?", "wer kann am besten Balayage?")
_ABLE_FIRST = re.compile(
    r"\b(?:wer|jemand\w*)\s+(?:der\s+|die\s+)?(?:kann|koennte)\s+(?:richtig\s+|besonders\s+)?"
    r"(?:gut|am\s+besten)\s+([a-z]\w+)(?:\s+\w+en)?\b"
)
_ENGLISH = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|one|person|stylist|hairdresser|barber)\s+(?:who|that)"
    r"\s+(?:can|could|does|is\s+able\s+to|knows\s+how\s+to)\s+(?:do|handle|cut|style|colou?r"
    r"|manage)\s+(?:a\s+|an\s+|the\s+)?([a-z]\w*)"
)


def _what(word: str | None) -> bool:
    return word is None or (word not in _NOT_WHAT and not is_temporal(word))


def names_a_skill(folded: str) -> bool:
    """The caller wishes for someone who can do a thing they name."""
    return (
        any(_what(m[1]) and _what(m[2]) for m in _GERMAN.finditer(folded))
        or any(_what(m[1]) for m in [*_ENGLISH.finditer(folded), *_ABLE_FIRST.finditer(folded)])
        or speaks_a_language(folded)
    )
