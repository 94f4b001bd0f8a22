"""Two slots offered in one sentence, joined by "or / oder" (blind 16, claims26): "I've got
Thursday at three with Fabian or Saturday at eleven with Lena", "Options: **Thu 15:00** (Fabian)
or **Sat 11:00** (Lena)", "Zur Auswahl: **Do 15:00** (Fabian) oder **Sa 11:00** (Lena)",
"Thursday at three or Saturday at eleven – which suits you better?".

The slot reader reads a clause as one slot; with two placed slots in it and no comma between them
it read none. Each side of the "or" names a slot (a day and a time) offered as free, so each is an
AVAILABLE slot claim with its own details, backed only by a slot the call holds, offered or set
free (`slots.py`). It needs a word of offering ("I've got", "options", "zur Auswahl", "möglich",
"frei", "which suits"); not a negation, the caller's own time ("Haben Sie …?", "Do you …?"), an
appointment kept or moved ("keep Friday or move to …", "statt"), or slots said taken.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_OR = lazy(r"\s(?:or|oder)\s")
_OFFER = lazy(
    r"\b(?:i've\s+got|i\s+have|i\s+can\s+offer|options?|choices?|available|free|open|we've\s+got|"
    r"we\s+have|there's|which\s+(?:one\s+)?(?:suits|works|would\s+you\s+(?:prefer|like))|"
    r"how\s+about|what\s+about|either|zur\s+auswahl|auswahl|optionen|möglich|möglichkeiten|frei|"
    r"hätte\s+ich|habe\s+ich|hab\s+ich|ich\s+hätte|wäre|was\s+passt|welcher|welches|wie\s+wäre|"
    r"anbieten|biete|"
    # alternatives found for the caller (blind 55, claims142): "I've found two great alternatives
    # for you: …", "Ich habe Ihnen zwei Alternativen herausgesucht – …"
    r"alternativ\w*|alternatives?)\b"
)
_NOT = lazy(
    r"\b(?:nicht|kein\w*|nichts|weder|leider|ob|whether|not|no|neither|nor|never|nothing|"
    r"unfortunately|sorry|keep|move|moved|instead|behalten|verschieben|verschoben|statt|anstatt|"
    r"taken|booked|gone|full|belegt|vergeben|weg|voll|ausgebucht|gebucht|haben\s+sie|do\s+you|"
    r"are\s+you|you\s+have)\b|n't\b"
)


_BUT = lazy(r"\b(?:but|aber|jedoch|however)\b")


def _placed(d: Details) -> bool:
    return bool(d.weekdays or d.days or d.relative_days) and bool(d.times)


def two_offers(sentence: str, names: Names) -> tuple[Claim, ...]:
    """One AVAILABLE claim for each slot of a sentence offering two joined by "or"."""
    folded = fold(sentence)
    text = folded.text
    if not _OR.search(text):
        return ()
    out: list[Claim] = []
    for start, end in sentence_spans(text):
        part = text[start:end]
        joint = _OR.search(part)
        if joint is None:
            continue
        # a failure said before "but" is not the offer's ("Leider nicht, aber ich habe zwei
        # Alternativen …", "Friday didn't work, but I've got two alternatives …"; claims142)
        turns = [m.end() for m in _BUT.finditer(part, 0, joint.start())]
        cut = turns[-1] if turns else 0
        offer = part[cut:]
        if not _OFFER.search(offer) or _NOT.search(offer):
            continue
        sides = (
            read_details(part[cut : joint.start()], names),
            read_details(part[joint.end() :], names),
        )
        if not all(_placed(d) for d in sides):
            continue
        span = folded.span(start, end)
        out += [Claim(ClaimKind.AVAILABLE, *span, ClaimDetails(((Role.ANY, d),))) for d in sides]
    return tuple(out)
