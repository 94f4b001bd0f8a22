"""A stylist named as someone's colleague, friend, relative or apprentice: "die Kollegin von
Fabian", "der Kollege von der Sophie", "Lenas Azubi", "Mehmets Lehrling", "die Schwester vom
Mehmet", "Fabian's colleague", "a colleague of Sophie". Another person is meant, never the named
one: asked back with who offers the service. A name said beside it is the wish ("Sophie, die
Kollegin von Fabian": Sophie). Not a client ("Kundin von Sophie", "Fabians Kundin": the stylist,
`tools.stylist_client`), nor a job word before a name ("die Kollegin Sophie": Sophie)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.text_fold import fold

# (folded) words for another person tied to the one named
_OTHER = (
    r"(?:kollegin|kollege|kollegen|azubi|azubine|auszubildende[nr]?|lehrling|praktikant(?:in)?"
    r"|vertretung|vertreter(?:in)?|aushilfe|assistent(?:in)?|mitarbeiter(?:in)?|freund(?:in)?"
    r"|partner(?:in)?|frau|mann|schwester|bruder|tochter|sohn|mutter|vater|chef(?:in)?"
    r"|colleague|coworker|apprentice|trainee|assistant|friend|girlfriend|boyfriend|partner|wife"
    r"|husband|sister|brother|daughter|son|mother|father|boss|stand\s?in)"
)
_ARTICLE = r"(?:(?:der|die|dem|den|herrn?|frau|the|mr|mrs|ms)\s+)?"
_OF = re.compile(rf"\b{_OTHER}\s+(?:von|vom|of)\s+{_ARTICLE}(\w+)")
_OWNER = re.compile(rf"\b(\w+)s\s+{_OTHER}\b")  # "lenas azubi", "fabians colleague"


def without_relation(text: str, names: Callable[[str], bool]) -> tuple[str, bool]:
    """(the text without a relation to a named stylist, whether one was said); as said when none
    was. `names(word)`: the folded word names a stylist."""
    folded = fold(re.sub(r"['’`´]", "", text))
    spans = [m.span() for m in _OF.finditer(folded) if names(m[1])]
    spans += [m.span() for m in _OWNER.finditer(folded) if names(m[1]) and not names(m[1] + "s")]
    if not spans:
        return text, False
    for start, end in sorted(spans, reverse=True):
        folded = folded[:start] + " " + folded[end:]
    return " ".join(folded.replace(",", " ").split()), True
