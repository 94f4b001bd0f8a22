"""Another person's stylist named while the caller leaves their own open, in one phrase: "meine
Tochter will zu Lena, mir ist es egal", "für meinen Mann bitte Fabian, bei mir ist jeder recht",
"my son wants Mehmet, I don't mind who". The name is the other person's wish, not the caller's:
answering it for the caller's booking would be a confident wrong stylist, and "no preference"
would drop the other person's wish. Asked back (whose booking is this, one each?).

Read by clauses (commas, "und", "aber", "and", "but"): one names a relative of the caller ("meine
Tochter", "my husband") and a stylist, another names no stylist and means no preference
(`tools.no_preference`). A caller who names their own stylist beside it ("ich zu Fabian, meine
Tochter zu Lena") or a relative without a stylist ("Sophie, mein Mann ist egal") is not this.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.no_preference import means_no_preference
from tools.stylist_someone_elses import MY, RELATIVE
from tools.text_fold import fold

_CLAUSES = re.compile(r"[,;.]|\s(?:und|aber|and|but|while|während|waehrend)\s")
_RELATIVE_SAID = re.compile(rf"\b{MY}\s+(?:\w+\s+)?{RELATIVE}\b")


def others_wish_own_open(text: str, names: Callable[[str], bool]) -> bool:
    """Whether `text` names a relative's stylist and leaves the caller's own open.
    `names(text)`: the text names a stylist."""
    said = re.sub(r"['’`´]", "", text)
    clauses = [fold(c).strip() for c in _CLAUSES.split(f" {said.lower()} ") if fold(c).strip()]
    relatives = [c for c in clauses if _RELATIVE_SAID.search(c) and names(c)]
    return bool(relatives) and any(
        c not in relatives and not names(c) and means_no_preference(c) for c in clauses
    )
