"""Claims behind a hedge or an epistemic modal (blind 22, claims37): a hedge or modal does not
take a claim back (blind 22's convention), so the sentence is read in the indicative:
"Sieht so aus, als wären Sie drin" → "Sie sind drin" (the subject with its article too: "als wäre
der Freitag raus aus dem Kalender", blind 55); the modal perfect "Das sollte / müsste /
dürfte geklappt haben" → "Das hat geklappt" ("Am Termin sollte sich nichts geändert haben"),
the inference "Das muss geklappt haben" too (blind 58);
"Scheint geklappt zu haben" → "hat geklappt"; a slot that "dürfte noch gehen" → "geht noch";
"It would appear / seem (that) you're in" → "you're in"; "it should show as cancelled" → "it
shows as cancelled" (blind 55); a denial raised to the speaker's
belief, "I don't think you're booked yet" → "you're not booked yet"; the progressive passive of a
hold, "The slot is being kept for you" → "is held for you". "sollten" is left alone ("Sie sollten
…" advises); questions and conditions ("Sollte es klappen, …") are left to the reader."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_SUBJ = {"wäre": "ist", "wären": "sind", "hätte": "hat", "hätten": "haben"}
_DE_ALS = lazy(
    r"^\s*(?:es\s+)?sieht\s+(?:ganz\s+|fast\s+|mir\s+)?(?:so\s+)?aus,?\s+als\s+"
    r"(?P<v>wäre|wären|hätte|hätten)\s+(?P<s>(?:(?:der|die|das|ihr|ihre|mein|meine|unser|unsere)\s+)?\w+)"
    r"\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DE_MODAL_PERFECT = lazy(
    r"\b(?P<m>sollte|müsste|dürfte|müssten|dürften|muss|müssen)\s+(?P<mid>(?:\w+\s+)*?)(?P<p>\w+)\s+"
    r"(?P<aux>haben|sein)\b\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
# the modal perfect before a check still to do (D71 / convention 1163: the belief is the outcome's
# claim): "Das sollte geklappt haben, einen Moment, ich kontrolliere das", "…, ich schaue aber
# noch mal nach"; only the check, so "Der Termin muss bestätigt sein, sonst verfällt er" (an
# obligation before its consequence) is left alone
_DE_MODAL_PERFECT_CHECKED = lazy(
    r"\b(?P<m>sollte|müsste|dürfte|müssten|dürften|muss|müssen)\s+(?P<mid>(?:\w+\s+)*?)(?P<p>\w+)\s+"
    r"(?P<aux>haben|sein)\s*(?P<check>,\s*(?:(?:einen|ein)\s+(?:moment|augenblick)\s*,\s*)?"
    r"(?:aber\s+)?ich\s+(?:\w+\s+){0,3}?(?:kontrolliere|prüfe|überprüfe|checke|schaue|sehe|gucke|"
    r"verifiziere)\b[^,;:?]*[.!]?)\s*$",
    re.IGNORECASE,
)
_DE_SCHEINT = lazy(
    r"^\s*(?P<pre>(?:das|es)\s+)?scheint\s+(?P<mid>(?:\w+\s+)*?)(?P<p>\w+)\s+zu\s+(?P<aux>haben|sein)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
_DE_MODAL_GO = lazy(
    r"\b(?P<m>dürfte|müsste|sollte)\b(?P<mid>.*?)\b(?P<v>gehen|passen|klappen)\b", re.IGNORECASE
)
_EN_APPEAR = lazy(
    r"^\s*it\s+(?:would\s+)?(?:appear|seem|appears|seems)s?\s+(?:that\s+|as\s+(?:if|though)\s+)?,?\s*",
    re.IGNORECASE,
)
_EN_NEG_RAISED = lazy(
    r"^\s*i\s+(?:don't|do\s+not)\s+(?:think|believe|reckon|suppose)\s+(?:that\s+)?"
    r"(?P<s>you're|you\s+are|it's|it\s+is)\s+(?P<rest>.*\byet\b.*)$",
    re.IGNORECASE,
)
# the record said to show a state, with an epistemic modal: "it should show as cancelled now"
_EN_MODAL_SHOW = lazy(
    r"\b(?:should|must|ought\s+to)\s+(show|appear|read)(?=\s+as\b)", re.IGNORECASE
)
_EN_BEING_KEPT = lazy(r"\b(is|are)\s+being\s+(?:kept|held|saved)\b", re.IGNORECASE)
# a question, a condition; a modal put first before a comma is a condition too ("Sollte es am
# Freitag klappen, melde ich mich")
_LEFT_ALONE = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether)\b|^\s*(?:sollte|sollten|müsste|dürfte)\b[^,;:]*[,;:]",
    re.IGNORECASE,
)


def indicative(sentence: str, lang: str) -> str | None:
    """`sentence` said without its hedge or epistemic modal, or None."""
    text = straight_apostrophes(sentence)
    if _LEFT_ALONE.search(text):
        return None
    if lang == "de":
        m = _DE_ALS.match(text)
        if m:
            return f"{m['s']} {_SUBJ[m['v'].lower()]} {m['rest']}"
        m = _DE_SCHEINT.match(text)
        if m:
            aux = "hat" if m["aux"].lower() == "haben" else "ist"
            return f"{m['pre'] or ''}{aux} {m['mid']}{m['p']}."
        m = _DE_MODAL_PERFECT.search(text)
        if m:
            plural = m["m"].lower().endswith("en")
            aux = {"haben": ("hat", "haben"), "sein": ("ist", "sind")}[m["aux"].lower()][plural]
            return f"{text[: m.start()]}{aux} {m['mid']}{m['p']}{m['end'] or '.'}"
        m = _DE_MODAL_PERFECT_CHECKED.search(text)
        if m:
            plural = m["m"].lower().endswith("en")
            aux = {"haben": ("hat", "haben"), "sein": ("ist", "sind")}[m["aux"].lower()][plural]
            return f"{text[: m.start()]}{aux} {m['mid']}{m['p']}{m['check']}"
        m = _DE_MODAL_GO.search(text)
        if m:
            verb = m["v"].lower()[:-2] + "t"
            return f"{text[: m.start()]}{verb}{m['mid']}{text[m.end() :]}".replace("  ", " ")
        return None
    m = _EN_NEG_RAISED.match(text)
    if m:
        return f"{m['s']} not {m['rest']}"
    m = _EN_APPEAR.match(text)
    if m and m.end() < len(text):
        return text[m.end() :]
    if _EN_MODAL_SHOW.search(text):
        return _EN_MODAL_SHOW.sub(lambda k: f"{k[1]}s", text)
    if _EN_BEING_KEPT.search(text):
        return _EN_BEING_KEPT.sub(lambda k: f"{k[1]} held", text)
    return None
