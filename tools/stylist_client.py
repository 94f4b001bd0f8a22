"""The caller as a stylist's client: "ich bin Fabians Kundin", "Fabians Kunde, also zu ihm",
"bei Sophies", "zu Mehmets", "Kundin von Sophie", "Stammkunde bei Mehmet", "one of Fabian's
clients". The stylist is named: a name with the genitive "s" ("Fabians", "Sophie's") becomes the
name (when the word itself names nobody and the name without it does), and a client word beside a
name goes. Whatever else follows the owner is left as said ("Fabians Kollege", "Mehmets
Vertretung": someone else, asked); a client word right after a name said plainly ("Fabian Kunde")
may be a surname and is left too. Names that are no stylist's ("Helenas", "Sofias") stay asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.stylist_sentence import is_noun, names_nobody
from tools.text_fold import fold

_CLIENT = frozenset(
    """
    kunde kundin kunden kundschaft stammkunde stammkundin stammkunden client clients customer
    customers regular
    """.split()
)


def _owns_a_noun(after: str, capitals: bool) -> bool:
    """What follows a genitive name begins with a noun other than a client word: the owned one
    ("Fabians Kollege", "Sophies Schwester"). Read by its capital where the text has capitals;
    otherwise any word but a short one, a word of telling ("bitte", "also") or a day."""
    m = re.match(r"\s*([\w'’`´]+)", after)
    if m is None:
        return False
    word = fold(m[1])
    if word in _CLIENT:
        return False
    if capitals:
        return m[1][:1].isupper()
    return len(word) > 3 and not (names_nobody(word) and not is_noun(word))


def as_client_of(text: str, names: Callable[[str], bool]) -> str:
    """`text` with a stylist's genitive as the name and client words beside a name dropped; as
    said when nothing of this is in it. `names(word)`: the folded word names a stylist."""
    capitals = any(c.isupper() for c in text)
    pieces: list[str] = []
    said: list[str] = []  # the folded words kept so far
    owner = changed = False  # owner: the word before was a name with the genitive "s"
    end = 0
    for m in re.finditer(r"[\w'’`´]+", text):
        word = fold(re.sub(r"['’`´]", "", m[0]))
        pieces.append(text[end : m.start()])
        end = m.end()
        if (
            word.endswith("s")
            and len(word) > 3
            and not names(word)
            and names(word[:-1])
            and not _owns_a_noun(text[m.end() :], capitals)
        ):
            pieces.append(word[:-1])
            said.append(word[:-1])
            owner = changed = True
            continue
        if word in _CLIENT and (owner or not (said and names(said[-1]))):
            owner, changed = False, True
            continue
        pieces.append(m[0])
        said.append(word)
        owner = False
    pieces.append(text[end:])
    if not changed or not any(names(w) for w in said):
        return text
    return " ".join("".join(pieces).split())
