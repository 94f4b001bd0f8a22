"""Someone at the salon wishing to approve the appointment first is a request pending (blind 58,
claims161).

"Die Chefin möchte den Termin erst noch selbst freigeben", "The owner wants to approve it first",
"The owner would like to approve the appointment herself first": the salon's yes is still to come,
said as the approver's wish; the caller hears what "Die Chefin muss den Termin noch freigeben" /
"The owner has to approve it first" says (`pending`). Restated with the necessity for the wish, and
read as that. Not the speaker's or the caller's wish ("Ich möchte …", "Sie wollen …", "You'd like
to …"), a question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_WHO = {
    "de": r"(?:(?:die|der|unsere?|meine?)\s+\w+|(?-i:[A-ZÄÖÜ])\w+)",
    "en": r"(?:(?:the|our|my)\s+\w+|(?-i:[A-Z])\w+)",
}
_WISH = {
    "de": lazy(
        r"^(?P<pre>\W*)(?P<who>" + _WHO["de"] + r")\s+(?:möchte|will|wollte|würde\s+gerne?)\s+"
        r"(?P<rest>[^.!?,]*?\b(?:freigeben|bestätigen|genehmigen|absegnen|abnicken))\b",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"^(?P<pre>\W*)(?P<who>"
        + _WHO["en"]
        + r")\s+(?:wants\s+to|would\s+like\s+to|'d\s+like\s+to|"
        r"wishes\s+to|would\s+rather)\s+(?P<rest>(?:\w+\s+)?(?:approve|confirm|sign\s+off\s+on|"
        r"okay|ok)\b)",
        re.IGNORECASE,
    ),
}
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|if|whether|once|unless)\b", re.IGNORECASE)
_NOT_WHO = frozenset("ich wir sie man es das i we you it that they".split())


def approval_wished(sentence: str, lang: str) -> str | None:
    """`sentence` with the approver's wish said as the approval still needed, or None."""
    lang = "de" if lang == "de" else "en"
    m = _WISH[lang].match(sentence)
    if m is None or _NOT.search(sentence) or m["who"].lower() in _NOT_WHO:
        return None
    need = "muss" if lang == "de" else "has to"
    return f"{m['pre']}{m['who']} {need} {m['rest']}{sentence[m.end() :]}"
