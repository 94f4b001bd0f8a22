"""A wish for a woman or a man with "whoever is free" beside it ("bei einer Dame, wer gerade frei
ist", "a woman, whoever's free", "gern eine Friseurin, wer als Erstes kann", "wer Zeit hat, aber
ein Mann"): the wish is the sex, the rest leaves the one of them open, so it is read as the sex
alone is (`tools.stylist_sex`: the women or men who offer the service, asked when none does),
never "nobody known" and never anyone at all.

Only "whoever is free" beside it: indifference said otherwise ("irgendwer, aber eine Frau",
"lieber eine Frau, sonst egal", "you choose, but a woman") stays the condition it was, asked."""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.text_fold import fold

_WHOEVER_FREE = re.compile(
    r"(?:(?:und|oder|aber|or|and|but|egal\s+welche[rs]?|any\s+of\s+them)\s+)*"
    r"(?:wer|die|der|welche[rs]?)\s+(?:(?:gerade|grad|halt|eben|dann|so|zuerst|da)\s+)*"
    r"(?:frei\s+ist|zeit\s+hat|als\s+erste[rs]?\s+(?:kann|frei\s+ist|zeit\s+hat)|kann)"
    r"|(?:(?:or|and|but)\s+)*(?:whoever|whoevers|who|whos|anyone\s+who|anyone\s+whos|whichever\s+one)"
    r"(?:\s+is|s)?\s+(?:(?:free|available|has\s+time|can\s+do\s+it)(?:\s+first)?)"
)


def title_beside_whoever(text: str, title_of_words: Callable[[str], str | None]) -> str | None:
    """'Frau' or 'Herr' when `text` splits into words wishing for one sex (read by
    `title_of_words`) and "whoever is free", else None."""
    words = text.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for wish, rest in ((head, tail), (tail, head)):
            free = " ".join(fold(rest.replace("'", "")).replace(",", " ").split())
            if _WHOEVER_FREE.fullmatch(free) and (title := title_of_words(wish)) is not None:
                return title
    return None
