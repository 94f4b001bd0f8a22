"""Two things that happened, one after the other, told with a temporal clause: the main clause
is said as a fact (blind 40, claims115; claims97's `fronted_temporal` reads the clause reader's
own sentences, this step the wordings the whole-sentence readers need said plainly).

"Gleich nachdem die Bestätigung da war, stand Ihr Freitag bei Fabian fest im Kalender", "Kaum
war die Bestätigung da, stand Ihr Freitag fest im Kalender", "Gleich nach Ihrem Ja wurde der
Termin gebucht", "Right after the confirmation came through, your Friday was in the calendar",
"Your appointment went in as soon as you said yes", "Der Freitag wurde eingetragen, sobald Sie
ja gesagt hatten": whoever's act or answer the temporal clause names (the caller's yes, the
system's, the calendar's), it is told as past, so the main clause in the past tells what
happened. Read as "Danach …" / "Then …" with the main clause, or the main clause alone when the
temporal clause follows it.

Not: a temporal clause in the present or the present perfect ("Sobald Sie zugesagt haben, wird
…", "Once the confirmation comes through, you're booked", "… nachdem Sie zugestimmt haben":
a condition still to be met, convention 5; `condition_consequent`), a main clause in the present
or the future, a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# a German clause told in the past: its finite verb last (a past form or the pluperfect's aux)
_PAST_END_DE = (
    r"(?:war|waren|hatte|hatten|wurde|wurden|kam|kamen|gab|lag|lagen|stand|standen|ging|gingen|"
    r"sagten|bestätigten|meldete|antwortete|zurückkam)"
)
# the main clause after it, verb first in the past (or the perfect's auxiliary)
_MAIN_FIRST_DE = (
    r"(?:war|waren|wurde|wurden|stand|standen|lag|lagen|ging|gingen|kam|kamen|hatte|hatten|habe|"
    r"hat|haben|ist|sind)"
)
_FRONT_DE = lazy(
    r"^(?P<pre>\W*)(?:(?:gleich|kurz|direkt|unmittelbar|sofort)\s+)?"
    rf"(?P<sub>(?:nachdem|sobald|als|kaum\s+dass)\s+[^,;:–—?]+?\b{_PAST_END_DE}|"
    rf"kaum\s+{_PAST_END_DE}\s+[^,;:–—?]+?|"
    r"nach\s+ihre[mr]\s+(?:ja|zusage|zustimmung|bestätigung|okay|ok))"
    rf"\s*,?\s+(?P<main>{_MAIN_FIRST_DE}\s+[^;:?]+)$",
    re.IGNORECASE,
)
_BACK_DE = lazy(
    r"^(?P<main>\W*[^,;:–—?]+?\s+(?:wurde|wurden|war|waren|stand|standen|ging|gingen)\b[^,;:–—?]*?)"
    r"\s*,\s*(?:(?:gleich|kurz|direkt|sofort)\s+)?(?P<sub>(?:nachdem|sobald|als)\s+[^,;:–—?]+?\b"
    rf"{_PAST_END_DE})\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
# an English clause told in the past: "had" / "'d" before a participle, or a simple past
_PAST_EN = (
    r"(?:(?:had|'d)\s+(?:\w+\s+)?\w+(?:ed|en|id|ld|de|ne|ot|me|wn)|\w+ed|said|came|went|got|gave|"
    r"was|were|told|rang|arrived|answered|replied|came\s+back|came\s+through|went\s+through)"
)
_MAIN_PAST_EN = r"(?:was|were|got|went|had|stood|'d\s+been)"
_FRONT_EN = lazy(
    r"^(?P<pre>\W*)(?:(?:right|just|immediately|straight|shortly)\s+)?"
    rf"(?P<sub>(?:after|once|as\s+soon\s+as|when)\s+(?:[^,;:–—?]+?\s)?{_PAST_EN}\b[^,;:–—?]*?)\s*,\s*"
    rf"(?P<main>(?:[^,;:?]+?\s)?{_MAIN_PAST_EN}\b[^;:?]*|(?:i|we)\s+\w+ed\b[^;:?]*)$",
    re.IGNORECASE,
)
_BACK_EN = lazy(
    rf"^(?P<main>\W*[^,;:–—?]+?\s{_MAIN_PAST_EN}\b[^,;:–—?]*?)\s*,?\s+"
    r"(?:(?:right|just|immediately|straight)\s+)?(?P<sub>(?:as\s+soon\s+as|once|after)\s+"
    rf"[^,;:–—?]*?\b{_PAST_EN}\b[^,;:–—?]*?)\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
# what keeps the main clause from telling a fact: the future, a modal, a wish
_NOT_TOLD = lazy(
    r"\b(?:will|would|'ll|could|can|should|might|wird|werden|würde|würden|könnte|kann|soll|"
    r"sollte|wäre|hätte|wenn|falls|if)\b",
    re.IGNORECASE,
)


# the caller as the temporal clause's subject ("Nachdem Sie ja gesagt hatten, …"): claims97's
# `fronted_temporal` and the sentence readers take that order as it is
_CALLER_FIRST = lazy(
    r"^\W*(?:(?:gleich|kurz|direkt|unmittelbar|sofort|right|just|immediately|straight|shortly)\s+)?"
    r"(?:nachdem|sobald|als|kaum\s+dass|after|once|as\s+soon\s+as|when)\s+(?:sie|you)\b",
    re.IGNORECASE,
)
# ... unless the main clause is the speaker's own act ("…, habe ich den Freitag storniert", "…, I
# cancelled your Friday"): the caller's yes was the occasion, the act is what happened
_SPEAKER_ACT = lazy(r"(?:(?:habe|hab|haben)\s+(?:ich|wir)|(?:i|we)\s+\w+ed)\b", re.IGNORECASE)
# a temporal clause that names an outcome itself ("Sobald die Buchung für Freitag durch war, …",
# "Nachdem ich Sie eingetragen hatte, …") is a claim of its own: the sentence is read as it is
_OUTCOME_IN_CLAUSE = lazy(
    r"buch|book|trag|storn|absag|abgesagt|cancel|verschob|verleg|moved|resched|reserv|hold|held|"
    r"pencil|vorgemerkt|termin|appointment|slot|platz",
    re.IGNORECASE,
)


_BY_LANG = {"de": (_FRONT_DE, _BACK_DE, "Danach"), "en": (_FRONT_EN, _BACK_EN, "Then")}


def events_in_order(text: str, lang: str) -> str:
    """`text` with a temporal clause in the past set aside before or after its main clause in
    the past (unchanged otherwise)."""
    if "?" in text or lang not in _BY_LANG:
        return text
    front_re, back_re, then = _BY_LANG[lang]
    front = not _CALLER_FIRST.search(text)
    m = front_re.search(text)
    if m and not (front or _SPEAKER_ACT.match(m["main"])):
        m = None
    if m and not _NOT_TOLD.search(m["main"]) and not _OUTCOME_IN_CLAUSE.search(m["sub"]):
        return f"{m['pre']}{then} {m['main']}"
    m = back_re.search(text)
    if m and not _NOT_TOLD.search(m["main"]) and not _OUTCOME_IN_CLAUSE.search(m["sub"]):
        return f"{m['main']}{m['end'] or '.'}"
    return text
