"""A state behind an epistemic modal with its infinitive (blind 26, claims45).

"Eigentlich müssten Sie jetzt im Kalender stehen", "Freitag um zehn müsste jetzt stehen", "Sie
dürften jetzt drin sein": the epistemic "müsste", "dürfte" (and "sollte" after its subject) with
the infinitive of being entered ("stehen", "drin sein", "da sein") tells the caller the state,
as the modal perfect does (`hedged_modal`, blind 26's label: a hedged outcome is the outcome it
hedges, convention 16). `indicative_state` gives the sentence with the modal and the infinitive
made one finite verb ("stehen Sie", "steht"), read as any sentence (`amended`, `restated`). Not:
"Sie sollten …" first (advice), a question, a condition.

Blind 42 (claims103): the modal clause may end at a comma, semicolon or dash ("Ihre Anfrage
müsste noch beim Salon liegen, die Freigabe steht aus"), and the infinitive may be one of
lying, waiting or being checked ("liegen", "warten", "geprüft werden", "prüfen") or the
separable "drinstehen" ("Für Freitag zehn Uhr müssten Sie jetzt drinstehen" → "stehen Sie
jetzt drin"): where the request lies and who checks it say it is pending, as in the indicative.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_MODAL = lazy(
    r"\b(?P<m>müsste|müssten|dürfte|dürften|sollte)\b(?P<mid>(?:\s+\w+)*?)\s+(?P<v>stehen|"
    r"drin\s+sein|da\s+sein|drinstehen|liegen|warten|prüfen|geprüft\s+werden)"
    r"\s*(?P<end>[.!]?\s*$|(?=\s*[,;–—]))",
    re.IGNORECASE,
)
_FINITE = {
    "stehen": ("steht", "stehen"),
    "drin sein": ("ist drin", "sind drin"),
    "liegen": ("liegt", "liegen"),
    "warten": ("wartet", "warten"),
    "prüfen": ("prüft", "prüfen"),
    "geprüft werden": ("wird geprüft", "werden geprüft"),
}
# a separable verb: the finite part takes the modal's place, the particle goes last
_SEPARABLE = {"drinstehen": (("steht", "stehen"), " drin")}
_NOT = lazy(r"\?|\b(?:wenn|falls|ob)\b|^\W*sie\s+sollten\b", re.IGNORECASE)


def indicative_state(sentence: str, lang: str) -> str | None:
    """`sentence` with the modal state said in the indicative, or None (see above)."""
    if lang != "de" or _NOT.search(sentence):
        return None
    m = _MODAL.search(sentence)
    if m is None:
        return None
    plural = m["m"].lower().endswith("en")
    verb = " ".join(m["v"].lower().split())
    forms, particle = _SEPARABLE.get(verb, (None, ""))
    finite = (forms or _FINITE.get(verb, ("ist da", "sind da")))[plural]
    end = m["end"].strip() or ("" if m.end() < len(sentence) else ".")
    return f"{sentence[: m.start()]}{finite}{m['mid']}{particle}{end}{sentence[m.end() :]}"
