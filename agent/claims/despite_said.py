"""An outcome said despite the failure before it (blind 25, claims43).

"Trotz des Timeouts sind Sie jetzt auf Donnerstag um drei", "Despite the error, you're booked":
the opening "trotz …" / "despite …" concedes a failure and states the outcome anyway (the blind
round's reading: a success said despite an error by what it says). `despite_said` gives the
statement without the concession, the German verb put back after its subject ("sind Sie" ->
"Sie sind"), read as any sentence (`amended`).

A concessive clause before the statement (blind 37, claims85): "Obwohl der Freitag storniert
ist, bleibt der Samstag bei Lena", "Auch wenn wir umbauen, bleibt Ihr Termin, wie er ist": the
statement is read with its subject put back before the verb ("der Samstag bei Lena bleibt"); a
factive concession ("obwohl", "obgleich", "wenngleich": said as true, unlike "auch wenn", which
may be "even if") is read as a statement too, its final verb put back after its subject ("ich den
Freitag blockiert habe" -> "ich habe den Freitag blockiert").

Not: a concession with no statement after it, a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DESPITE = lazy(
    r"^\W*(?:trotz|ungeachtet)\s+(?:des|der|dem|eines|einer)\s+\w+\s*,?\s*|"
    r"^\W*(?:despite|in\s+spite\s+of)\s+(?:the|an?|that)\s+\w+(?:\s+\w+)?\s*,\s*",
    re.IGNORECASE,
)
_INVERTED = lazy(r"^(ist|sind|steht|stehen|bleibt|bleiben)\s+(sie|er|es|ihr\s+termin)\b", re.I)
# a noun phrase after the verb, up to what it says of it: "bleibt der Samstag bei Lena"
_INVERTED_NP = lazy(
    r"^(ist|sind|steht|stehen|bleibt|bleiben)\s+((?:der|die|das|ihre?)\s+\w+(?:\s+(?:um|am|bei)\s+\w+)*)"
    r"(?=\s*(?:,|\.|!|$|\s+(?:wie|bestehen|unverändert|fest)\b))",
    re.I,
)
_CONCEDED = lazy(
    r"^\W*(?P<c>obwohl|obgleich|wenngleich|auch\s+wenn)\s+(?P<a>[^,]+?)\s*,\s*(?P<b>\S.*)$", re.I
)
_FINAL_AUX = lazy(
    r"^(?P<s>ich|wir|sie|er|es|(?:der|die|das)\s+\w+)\s+(?P<m>.+?)\s+(?P<v>habe|haben|hat|ist|sind|wurde)$",
    re.I,
)


def despite_said(sentence: str) -> str | None:
    """The statement after a concession of failure, or None (see above)."""
    m = _DESPITE.match(sentence)
    if m is None or sentence.rstrip().endswith("?"):
        return None
    rest = _INVERTED.sub(lambda v: f"{v[2]} {v[1]}", sentence[m.end() :])
    return rest[:1].upper() + rest[1:] if len(rest) > 3 else None


def conceded_said(sentence: str) -> str | None:
    """The statement after a concessive clause, with a factive concession said too (above)."""
    m = _CONCEDED.match(sentence)
    if m is None or sentence.rstrip().endswith("?"):
        return None
    main = _INVERTED.sub(lambda v: f"{v[2]} {v[1]}", m["b"])
    main = _INVERTED_NP.sub(lambda v: f"{v[2]} {v[1]}", main)
    if main == m["b"]:
        return _unintegrated(m["c"], m["a"], m["b"])  # else read as before
    said = main[:1].upper() + main[1:]
    if m["c"].lower() != "auch wenn" and (f := _FINAL_AUX.match(m["a"].strip())) is not None:
        conceded = f"{f['s']} {f['v']} {f['m']}"
        said = f"{conceded[:1].upper()}{conceded[1:]}. {said}"
    return said


# claims106 (blind 37's leftover): "auch wenn" before a main clause that keeps its own order
# ("Auch wenn der Freitag weg ist, der Samstag um elf steht"; "Auch wenn das System langsam war,
# die Buchung ist durch") is the unintegrated concessive: its clause is granted as a fact, not a
# condition (an "even if" integrates: "Auch wenn X, bleibt …"), so both are said.
_OWN_ORDER = lazy(r"^(?:der|die|das|ihr|ihre|sie|er|es|ich|wir)\b", re.I)


def _unintegrated(conj: str, conceded: str, main: str) -> str | None:
    """The granted clause and the main clause of an unintegrated "auch wenn", or None."""
    if conj.lower() != "auch wenn" or not _OWN_ORDER.match(main):
        return None
    f = _FINAL_AUX.match(conceded.strip())
    if f is None:
        return None
    granted = f"{f['s']} {f['v']} {f['m']}"
    return f"{granted[:1].upper()}{granted[1:]}. {main[:1].upper()}{main[1:]}"
