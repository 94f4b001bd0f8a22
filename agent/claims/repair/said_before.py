"""An earlier turn's claim taken back (blind 47, claims125; conventions 5, 75, 76): what the
speaker said before is reported, not claimed; what the sentence now says is the claim.

"Vorhin habe ich gesagt, der Termin sei gebucht – das war falsch, er ist nur reserviert", "Earlier
I told you it was booked; I was wrong, it's only on hold", "Was ich eben gesagt habe, stimmt nicht:
Sie haben noch keinen Termin", "Ignore what I said earlier about you being booked in – you aren't":
the report ("ich hatte Ihnen gesagt", "what I told you", "meine Bestätigung von vorhin") and its
reported clause are dropped and the sentence is read from the ending on, after the words that
say the report was wrong ("das war falsch", "I was wrong", "that wasn't right"). A booking taken
back also says it is not booked (a hold after it: held and not booked yet, 75), unless the ending
reports a failure, which claims nothing (5). Taken back with nothing after it ("…; das war
falsch."), the reported claim is denied. A report that keeps its claim ("wie ich vorhin sagte,
…", "as I told you", "like I said") is no retraction, nor a report with no word that says it was
wrong (a plain past "ich habe Ihnen bestätigt" needs one of those; "aber", "leider", "in fact"
contradict only an earlier statement: "ich hatte gesagt", "I told you", "earlier I said").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.repair.details import TIME_WORD, WEEKDAY
from agent.claims.repair.markers import words

_I = re.IGNORECASE
_EARLIER = r"(?:(?:vorhin|eben|gerade|zuvor|vorher|ja|schon|bereits|doch|earlier|before|just)\s+)*"
# a report of an earlier statement: a contrary word after it is enough to take it back
_SAID = (
    r"\bich\s+sagte\b",
    r"\bsagte\s+ich\b",
    r"\b(?:habe|hatte|hab)\s+ich\s+(?:ihnen\s+)?" + _EARLIER + r"(?:\w+\s+){0,3}?gesagt\b",
    r"\bich\s+(?:habe|hab)\s+(?:ihnen\s+)?" + _EARLIER + r"(?:\w+\s+){0,3}?(?:gesagt|erzählt)\b",
    r"\bich\s+hatte\s+(?:ihnen\s+)?" + _EARLIER + r"(?:\w+\s+){0,4}?"
    r"(?:gesagt|erzählt|mitgeteilt|bestätigt|zugesagt)\b",
    r"\bwas\s+ich\s+(?:ihnen\s+)?(?:\w+\s+){0,4}?(?:gesagt|erzählt|mitgeteilt)\s+(?:habe|hatte)\b",
    r"\bmeine\s+(?:aussage|bestätigung|auskunft|angabe|zusage)\s+von\s+(?:eben|vorhin|gerade|vorher)\b",
    r"\b(?:eben|vorhin)\s+klang\s+(?:es|das)\b",
    r"\b(?:earlier\s+|before\s+)?i\s+(?:said|told\s+you|mentioned)\b",
    r"\bwhat\s+i\s+(?:said|told\s+you|mentioned)\b",
    r"\bmy\s+(?:earlier\s+|previous\s+)?(?:statement|confirmation|answer)\b",
)
# a report of an earlier confirmation in the plain past: only a word that says it was wrong
# takes it back ("Ich habe Ihnen den Termin bestätigt, aber die SMS dauert" keeps the booking)
_CONFIRMED = (
    r"\bich\s+(?:habe|hab)\s+(?:ihnen\s+)?(?:\w+\s+){0,4}?(?:bestätigt|zugesagt)\b",
    r"\bi\s+confirmed\b",
)
# a report that says itself it was wrong: "ich habe mich zu früh gefreut", "I jumped the gun"
_SPOKEN_TOO_SOON = (
    r"\bzu\s+früh\s+(?:gefreut|bescheid\s+gegeben|bestätigt)\b",
    r"\b(?:jumped|jumping)\s+the\s+gun\b",
    r"\bspoke\s+too\s+soon\b",
)
# the speaker's own words taken back, with nothing reported: "I have to take that back – …"
_WITHDRAWN = (
    r"\b(?:have|need)\s+to\s+take\s+(?:that|it)\s+back\b",
    r"\bmuss\s+(?:ich\s+)?(?:das|es)\s+zurücknehmen\b",
    r"\b(?:das|es)\s+muss\s+ich\s+(?:leider\s+)?zurücknehmen\b",  # claims131
)
# words that say the report was wrong
_WRONG = (
    r"das\s+(?:war|ist)\s+(?:leider\s+|so\s+|aber\s+)?(?:falsch|nicht\s+(?:richtig|korrekt|wahr|so)|"
    r"ein\s+(?:irrtum|fehler|versehen)|zu\s+voreilig|verfrüht)",
    r"(?:das\s+)?stimmt\s+(?:leider\s+|so\s+|aber\s+)?nicht",
    r"war\s+(?:leider\s+)?(?:falsch|ein\s+irrtum|ein\s+fehler|zu\s+voreilig|verfrüht|nicht\s+richtig)",
    r"leider\s+falsch",
    r"ich\s+lag\s+falsch",
    r"(?:muss\s+)?(?:ich\s+)?(?:das\s+)?zurücknehmen",
    r"nehme\s+(?:ich\s+)?(?:das\s+|es\s+)?zurück",
    r"vergessen\s+sie",
    r"(?:ignorieren|streichen)\s+sie",
    r"das\s+ist\s+es\s+(?:aber\s+|leider\s+)?nicht",
    r"zu\s+früh",
    r"richtig\s+ist(?:\s*,\s*dass)?",
    r"i\s+was\s+(?:wrong|mistaken|incorrect)",
    r"that\s+(?:was|is)\s+(?:wrong|incorrect|not\s+(?:right|true|correct)|a\s+mistake|an\s+error)",
    r"(?:gar|doch)\s+nicht\s+zustande\s+gekommen",
    r"never\s+(?:went\s+through|happened)",
    r"(?:that\s+)?(?:wasn't|isn't)\s+(?:quite\s+)?(?:right|true|correct|the\s+case)",
    r"was\s+(?:wrong|incorrect|a\s+mistake|premature|not\s+right)",
    r"take\s+(?:that|it)\s+back",
    r"take\s+back",
    r"walk\s+back",
    r"ignore",
    r"disregard",
    r"forget",
    r"too\s+(?:early|soon)",
    r"it\s+(?:isn't|wasn't)",
    words("taking_back"),
)
# words that contradict an earlier statement when they follow it
_CONTRARY = (
    r"aber",
    r"leider",
    r"doch",
    r"jedoch",
    r"tatsächlich",
    r"in\s+wahrheit",
    r"gar\s+nicht",
    r"but",
    r"unfortunately",
    r"in\s+fact",
    r"actually",
    r"after\s+all",
    r"sorry",
    r"entschuldigung",
    r"verzeihung",
    r"apologies",
)


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_SAID_RE = lazy(_any(*_SAID), _I)
_CONFIRMED_RE = lazy(_any(*_CONFIRMED), _I)
_TOO_SOON_RE = lazy(_any(*_SPOKEN_TOO_SOON), _I)
_WITHDRAWN_RE = lazy(_any(*_WITHDRAWN), _I)
_WRONG_RE = lazy(rf"\b{_any(*_WRONG)}\b", _I)
_CONTRARY_RE = lazy(rf"\b{_any(*_CONTRARY)}\b", _I)
# a report that keeps its claim: "wie ich vorhin sagte", "as I told you", "like I said"
_KEEPING = lazy(r"\b(?:wie|as|like)\s+(?:\w+\s+){0,2}$", _I)
# where the reported clause ends: a dash, semicolon or colon, or ", but" / ", aber"
_END = lazy(r"\s*(?:[;:–—]|\s-\s|,\s*(?=(?:aber|doch|jedoch|but)\b))\s*", _I)
_END_OR_COMMA = lazy(r"\s*(?:[,;:–—]|\s-\s)\s*", _I)
# the words that say it was wrong, at the ending's start, before a mark or the end
_LEADING_WRONG = lazy(
    rf"^(?:(?:{_any(*_WRONG)}|sorry|entschuldigung|verzeihung|also|so)\b\s*(?:[,;:–—.!]|\s-\s|$)\s*)+"
    r"(?:dass\s+|that\s+)?",
    _I,
)
_APOLOGY = lazy(
    r"\b(?:sorry|apologies|entschuldigung|verzeihung|tut\s+mir\s+leid|entschuldigen\s+sie|"
    r"muss\s+mich\s+entschuldigen)\b",
    _I,
)
_WRONG_FIRST = lazy(rf"^{_any(*_WRONG)}\b", _I)
_LEADING_BUT = lazy(r"^(?:aber|but|and|und)\s+", _I)

_FAILED = lazy(
    r"\b(?:fehlgeschlagen|gescheitert|schiefgegangen|nicht\s+(?:geklappt|funktioniert|durch\w*)|"
    r"failed|fail|didn't\s+(?:work|go\s+through)|hadn't\s+(?:worked|gone\s+through)|"
    r"(?:hasn't|has\s+not)\s+(?:worked|gone\s+through)|error|hiccup|went\s+wrong|"
    r"(?:didn't|did\s+not|won't|wouldn't)\s+(?:accept|take)|rejected|abgelehnt|"
    r"nicht\s+(?:angenommen|akzeptiert|übernommen))\b",
    _I,
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|nichts|not|no|never)\b|n't\b", _I)
_CANCELLED = lazy(r"\b(?:storniert|abgesagt|gestrichen|cancel\w*|called\s+off|gone)\b", _I)
_MOVED = lazy(r"\b(?:verschoben|verlegt|umgelegt|moved|rescheduled|shifted)\b", _I)
_BOOKED = lazy(
    r"\b(?:gebucht|eingetragen|eingebucht|fest|fix|bestätig\w*|erledigt|drin|geklappt|"
    r"booked|confirm\w*|all\s+set|done|worked)\b",
    _I,
)
_HOLD = lazy(
    r"\b(?:reserviert|vorgemerkt|geblockt|freigehalten|halte|frei|reserved|on\s+hold|held|"
    r"holding|pencil\w*)\b",
    _I,
)
_DENIAL = lazy(
    r"\b(?:nicht|kein\w*|nichts|not|no|nothing|none)\b|n't\b|\b(?:doesn't|don't)\s+exist", _I
)

# the outcome said open after a booking taken back: "…, es ist noch offen", "it is still open"
# (claims131, 1002: the booking said before is denied)
_STILL_OPEN = lazy(r"\b(?:noch|still)\s+(?:\w+\s+)?(?:offen|open|ausstehend|pending)\b", _I)
# a day or time the ending names: its own denial says which booking is not made
_NAMED = lazy(rf"\b(?:{WEEKDAY}|(?:um|at)\s+{TIME_WORD})\b", _I)
_APPOINTMENT = lazy(r"\b(?:termin|buchung|appointment|booking)\b", _I)
_DENIED = {
    ("de", "booked"): "Es ist noch nicht gebucht.",
    ("en", "booked"): "It isn't booked yet.",
    ("de", "cancelled"): "Der Termin ist nicht storniert.",
    ("en", "cancelled"): "It hasn't been cancelled.",
    ("de", "moved"): "Der Termin ist nicht verschoben.",
    ("en", "moved"): "It hasn't been moved.",
}
_NOT_BOOKED_YET = {"de": "Es ist noch nicht gebucht, ", "en": "Not booked yet, "}


def _reported_kind(said: str) -> str | None:
    """What the taken-back report claimed: booked, cancelled, moved, or None (a failure or a
    denial said before: "ich sagte, es habe nicht geklappt – doch, …")."""
    if _FAILED.search(said) or _NEGATED.search(said):
        return None
    if _CANCELLED.search(said):
        return "cancelled"
    if _MOVED.search(said):
        return "moved"
    if _BOOKED.search(said):
        return "booked"
    return "said"  # "what I said", "meine Aussage von eben": taken back, its claim unnamed


def _contradicts(kind: str | None, ending: str) -> bool:
    """Whether `ending` says the opposite of the reported claim: a booking denied, failed or
    only held; a failure, a denial or a cancellation or move said to be what is so. A contrary
    word alone before something else ("I told you it was booked, but the text may take a
    minute") takes nothing back."""
    if kind in ("booked", "said"):
        return bool(_DENIAL.search(ending) or _FAILED.search(ending) or _HOLD.search(ending))
    if kind in ("cancelled", "moved"):
        return bool(_DENIAL.search(ending))
    return bool(_BOOKED.search(ending) or _HOLD.search(ending))


def _taken_back(sentence: str, m: re.Match[str], contrary_enough: bool, end: re.Match[str]) -> bool:
    """Whether the report `m` is said to be wrong: words that say so before it ("Ignorieren
    Sie, was ich …"), in its reported clause ("Was ich eben gesagt habe, war falsch:") or at the
    ending's start ("– das war falsch, …"); after an earlier statement, an apology before it or
    a contrary word after it ("…, aber …", "– leider …", "; in fact …") when the ending says
    the opposite."""
    said, ending = sentence[m.end() : end.start()], sentence[end.end() :]
    if _WRONG_RE.search(sentence[: m.start()]) or _WRONG_RE.search(said):
        return True
    if _WRONG_FIRST.match(ending):
        return True
    if not contrary_enough or not _contradicts(
        _reported_kind(sentence[m.start() : end.start()]), ending
    ):
        return False
    return bool(
        _APOLOGY.search(sentence[: m.start()])
        or _CONTRARY_RE.search(said)
        or _CONTRARY_RE.match(end.group(0).lstrip(" ,"))
        or _CONTRARY_RE.match(ending)
    )


def _report(sentence: str) -> tuple[re.Match[str], bool, re.Match[str]] | None:
    """The first report of an earlier statement that is taken back, whether it says its own
    wrongness (then a comma ends it), and where its reported clause ends; None when there is
    none, it keeps its claim, or nothing says it was wrong."""
    rules = ((_SAID_RE, True), (_CONFIRMED_RE, False), (_TOO_SOON_RE, True), (_WITHDRAWN_RE, True))
    for rule, contrary_enough in rules:
        for m in rule.finditer(sentence):
            if _KEEPING.search(sentence[: m.start()]) or _NEGATED.search(m.group(0)):
                continue  # "wie ich vorhin sagte, …": the claim kept; "ich hatte es nicht gesagt"
            own = rule is _TOO_SOON_RE
            end = (_END_OR_COMMA if own else _END).search(sentence, m.end())
            if end is None:
                continue
            if own or rule is _WITHDRAWN_RE or _taken_back(sentence, m, contrary_enough, end):
                return m, own, end
    return None


def takes_back(sentence: str) -> bool:
    """Whether `sentence` takes back an earlier statement (a report of it and what says it
    wrong, or the speaker's own "I have to take that back")."""
    return _report(sentence) is not None


def earlier_taken_back(sentence: str, lang: str) -> str | None:
    """`sentence` read from what it now says when it takes back an earlier turn's claim (see
    above), or None."""
    found = _report(sentence)
    if found is None:
        return None
    m, own, end = found
    said = sentence[m.start() : end.start()]
    ending = sentence[end.end() :].strip()
    for _ in range(3):
        ending = _LEADING_BUT.sub("", _LEADING_WRONG.sub("", ending)).strip()
    ending = ending.rstrip(" .!")
    kind = "booked" if own else _reported_kind(said)
    if not re.search(r"\w", ending):
        return _DENIED.get((lang, kind or ""))
    ending += "."
    if kind == "said" and _DENIAL.search(ending) and _APPOINTMENT.search(ending):
        kind = "booked"  # "I have to take that back – the appointment isn't in the calendar"
    if kind == "booked" and not _FAILED.search(ending):
        # the ending's hold, or its denial in words the reader may not take ("isn't in the
        # calendar", "doesn't exist yet"), says the booking taken back is not made; a booking
        # denied in words of its own ("Freitag um zehn ist nicht gebucht") says it itself
        denied = _DENIAL.search(ending) and not _NAMED.search(ending)
        if _HOLD.search(ending) or denied or _STILL_OPEN.search(ending):
            return _NOT_BOOKED_YET[lang] + ending  # as said: "…, der Platz ist nur vorgemerkt"
    return ending[0].upper() + ending[1:]
