"""What a caller says around a stylist's name that is no wish about the stylist, dropped before
the name is matched: a no-preference about the day or time ("Fabian, egal wann", "Mehmet, wann
ist mir egal", "Sophie, die Uhrzeit ist mir egal": the stylist, the time left open), a reason
for the choice said after the name ("nehmen Sie den Fabian, der kennt sich aus", "die Sophie,
die macht das super": the stylist), and the request around it ("nehmen Sie die Sophie", "geben
Sie mir den Fabian", "ich hätte gern den Mehmet"). Only when a name is left: "egal wann" alone
is kept as said (an indifference), and a clause naming someone else is no reason
("Fabian, der Mehmet kann auch")."""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.stylist_anecdote import RELATIVE_AFTER_NAME
from tools.text_fold import fold

_EGAL = r"(?:egal|gleich|wurscht|wurst|schnuppe|einerlei)"
_WHEN_WORD = (
    r"(?:wann|die\s+uhrzeit|uhrzeit|die\s+zeit|der\s+tag|welche[rnms]?\s+tag|welche\s+uhrzeit"
    r"|das\s+datum|der\s+termin|wann\s+genau)"
)
_TIME_ASIDE = re.compile(
    rf"(?:^|\s*,\s*|\s+)(?:aber\s+|und\s+)?(?:{_EGAL}\s+(?:wann|um\s+wie\s*viel\s+uhr|an\s+welchem\s+tag"
    rf"|welche[rnms]?\s+(?:tag|uhrzeit|zeit|termin|wochentag))"
    rf"|{_WHEN_WORD}\s+(?:ist\s+|is\s+)?(?:mir\s+|uns\s+)?(?:ganz\s+|total\s+|voellig\s+)?{_EGAL}"
    r"|zeitlich\s+(?:bin\s+ich\s+)?(?:flexibel|offen)|(?:at\s+)?any\s*time|whenever"
    r"|(?:the\s+)?(?:time|day)\s+(?:doesnt|does\s+not)\s+matter)\b"
)
# the request around the name: "nehmen Sie die Sophie", "geben Sie mir den Fabian", "ich nehme
# den Mehmet", "ich hätte gern die Lena"
_REQUEST = re.compile(
    r"^\s*(?:(?:also|ja|dann|okay|ok|gut|na\s+dann)\s+)*(?:(?:nehmen|geben|buchen|tragen|schreiben)"
    r"\s+sie\s+(?:mir\s+|mich\s+|uns\s+)?(?:bitte\s+|doch\s+|einfach\s+|gerne?\s+|ruhig\s+)*"
    r"(?:bei\s+)?|ich\s+(?:nehme|nehm|haette\s+gerne?|moechte|will|wuerde\s+gerne?|haett\s+gern)"
    r"\s+(?:gerne?\s+|bitte\s+|lieber\s+)*)(?=(?:den|die|der|dem|bei|beim|zum|zur)\s)"
)
# a reason said after the name: ", der kennt sich aus", ", die macht das super", ", he's great",
# ", den hat meine Frau empfohlen"
_REASON = re.compile(
    r"\s*,\s*(?:weil\s+|denn\s+|da\s+)?(?:der|die|den|dem|er|sie|he|she|hes|shes)\s+"
    r"(?:(?:ist|kennt|macht|kann|hat|schneidet|weiss|versteht|faerbt|war|knows|is|does|did|was)\b)"
    r"(?:(?!\s,\s|,).)*"
)


# a remark said of the named stylist in a clause of its own, the name its subject, before the
# wish: "der Mehmet spricht doch Türkisch, dann zu ihm", "Sophie kann das super, also zu ihr",
# "Mehmet speaks Turkish, so him": the name stays, the remark is left out. Never a remark with a
# negation ("Mehmet kann nicht", "Mehmet spricht kein Deutsch") nor one that ends the phrase
# ("Mehmet redet viel": a complaint or a wish?)
_REMARK = re.compile(
    r"(?:^|(?<=,))\s*(?P<name>(?:(?:der|die)\s+)?[a-z]+)\s+(?P<remark>(?:spricht|redet|kann"
    r"|versteht|schneidet|macht|speaks|knows|cuts|does)\b[^,]*)(?=,\s*[a-z])"
)
_NEGATION = re.compile(r"\b(?:nicht|kein\w*|nie|niemals|not|no|never|doesnt|cant|dont)\b")


def _without_remark(kept: str, names: Callable[[str], bool]) -> str:
    def drop(m: re.Match[str]) -> str:
        if not names(m["name"]) or names(m["remark"]) or _NEGATION.search(m["remark"]):
            return m[0]  # "Fabian, der Mehmet kann auch": no remark of the one named
        return f" {m['name']} "

    return _REMARK.sub(drop, kept)


def without_aside(text: str, names: Callable[[str], bool] = lambda _: False) -> str:
    """`text` without the asides about time and reason; as said when nothing else is left.
    `names`: whether a (folded) text names a stylist; a clause that does is no reason ("für
    meinen Kleinen, der war immer beim Mehmet")."""
    folded = " , ".join(fold(chunk) for chunk in text.replace("'", "").split(","))
    kept = _TIME_ASIDE.sub(" ", folded)
    kept = _REASON.sub(lambda m: m[0] if names(m[0]) else " ", kept)
    kept = _REQUEST.sub("", kept)
    kept = _without_remark(kept, names)
    # "die Sophie, die immer so viel erzählt": what the caller tells of the named stylist
    told = RELATIVE_AFTER_NAME.search(kept)
    if told is not None and names(kept[: told.start()]) and not names(told[0]):
        kept = kept[: told.start()] + " " + kept[told.end() :]
    kept = re.sub(r"\s+", " ", kept).strip(" ,")
    if kept == re.sub(r"\s+", " ", folded).strip(" ,") or not re.search(r"[a-z]{2}", kept):
        return text
    return kept
