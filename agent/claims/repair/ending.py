"""A correction read by what it ends on (blind 23's false blocks, claims40; blind 47, claims119;
a step of `reworded`; the label conventions 5, 8, 75 and 86).

"Correction: I said it was booked — it's only on hold for now", "Sorry, I said you were booked
– you're only pencilled in", "Let me correct myself: I told you it was booked, but it's only on
hold": what the speaker said before and now takes back is reported, not
claimed; the sentence is read from what follows the dash. A correction from booked to a hold also
says it is not booked yet (convention 75, as `framed` reads the German "… – es ist nur reserviert").

A claim taken back within the reply (blind 47): "Ihr Termin ist storniert – ich korrigiere mich:
storniert ist noch nichts", "It's cancelled – scratch that, it isn't cancelled yet", "Gebucht –
Moment, das stimmt nicht: reserviert ist er", "Sie sind bei Fabian eingetragen – nein, bei Mehmet,
Freitag um zehn": the claim before the marker is gone and the ending says what is so. An ending
with a claim of its own is read alone; an ending of details only ("– Verzeihung, Freitag um
zehn", "– sorry, I mean your highlights") puts them in place of the opener's details of their
kind, so the opener's claim stands with the corrected day, time, stylist or service. A word that
only sometimes marks a repair ("sorry", "nein", "Moment") takes the opener back only when the
ending is a claim or a detail ("Gebucht – Entschuldigung für die Wartezeit" keeps the booking).
"""

from __future__ import annotations

import re
from itertools import pairwise

from agent.claims.lazy_pattern import lazy
from agent.claims.repair.details import SERVICE as _SERVICE
from agent.claims.repair.details import TIME_WORD, WEEKDAY
from agent.claims.repair.markers import words
from agent.claims.repair.said_before import earlier_taken_back
from agent.claims.repair.to_hold import HOLD, STILL_TO_COME

_I = re.IGNORECASE
_TAKEN_BACK = lazy(
    rf"^\W*(?:{words('taking_back', 'apology')}\W+)+"
    r"i\s+(?:said|told\s+you)\s+(?:that\s+)?(?:it\s+was|it's|you\s+were|you're)\s+"
    r"(?:\w+\s+){0,2}?\w+(?:\s*[—–-]\s*|,\s*but\s+)(?=\S)",  # ", but": claims54, tune probe 23
    _I,
)
_SAID_FIRM = lazy(r"\b(?:booked|confirmed|fixed|set)\b", _I)
ONLY_HELD = lazy(
    r"\b(?:nur|lediglich|bloß|bloss|erst|only|just|merely)\b[^–—:]*\b(?:reserviert|vorgemerkt|"
    r"freigehalten|vorgehalten|on\s+hold|"
    r"held|pencil(?:l)?ed\s+in|reserved)\b",
    _I,
)

# the words that take back what was just said: always a correction
_STRONG = words("taking_back")
# words that mark a repair only when a claim or a detail follows
_WEAK = words("apology", "no", "pause", "meaning", "filler")
_MARK = rf"(?:{_STRONG}|{_WEAK})\b"
# a run of repair words after the opener, ended by a mark (or a space after "I mean")
_RUN = lazy(
    rf"(?<=\w)[.!]?\s*(?:[–—,;:]|\s-)\s*(?P<run>{_MARK}(?:\s*[,:;–—-]?\s*{_MARK})*)"
    r"(?:\s*[,:;–—-]\s*|(?:(?<=mean)|(?<=meant)|(?<=meinte)|(?<=meine))\s+)(?=\S)",
    _I,
)
# a "no" that insists rather than repairs: the claim is said again
_AFFIRMED = lazy(
    r"(?:wirklich|ehrlich|tatsächlich|keine\s+sorge|really|honestly|truly|don't\s+worry|"
    r"no\s+worries|it\s+really\s+is)\b",
    _I,
)
_STRONG_IN = lazy(rf"\b(?:{_STRONG})\b", _I)
# a claim said in the ending: it is read alone
_CLAIM_WORD = lazy(
    r"\b\w*(?:gehalten|gebucht|getragen|geblockt)\b|"
    r"\b(?:ge|ein|um|ab)?(?:bucht|tragen|reserviert|vorgemerkt|geblockt|gehalten|storniert|"
    r"abgesagt|gestrichen|gelöscht|verschoben|verlegt|umgelegt|bestätigt|angefragt)\b|"
    r"\b(?:gebucht|eingetragen|reserviert|vorgemerkt|storniert|abgesagt|verschoben|verlegt|"
    r"bestätigt|fest|fix|steht|stehen|drin|weg|halte|anfrage|"
    r"book\w*|confirm\w*|reserv\w*|hold|held|holding|cancel\w*|called\s+off|moved?|"
    r"reschedul\w*|shifted|calendar|locked|pencil\w*|approv\w*|request|still\s+on|stands)\b",
    _I,
)
# a denial said in the ending after a word that always takes back ("– Korrektur: noch nichts")
_DENIAL = lazy(r"\b(?:noch\s+nicht|nichts|not\s+yet|nothing|isn't|hasn't|haven't|aren't)\b", _I)
# an outcome said failed: "– äh, nein, das ging leider nicht durch"
_FAILURE = lazy(
    r"\b(?:durch|geklappt|funktioniert|gescheitert|fehlgeschlagen|schiefgegangen|through|worked|"
    r"failed|wrong)\b",
    _I,
)


# "schon / already / fully" in an ending that upgrades the caller's own appointment says the
# correction, not a slot taken by someone else or a full day
UPGRADE = lazy(
    r"\b(?:actually|already|schon|bereits|fully)\s+(?=(?:(?:already|schon|bereits|fest|fully)\s+)?"
    r"(?:booked|gebucht|eingetragen|confirmed|in)\b)",
    _I,
)


def ends_on_claim(ending: str) -> bool:
    """Whether what follows a repair word says an outcome of its own (a claim, a denial, a
    failure), so the repair takes back the claim before it; not a "no" that insists ("– nein,
    wirklich, …") or an apology for something else ("– sorry it took so long")."""
    ending = ending.lstrip(" ,:;–—-")
    if _AFFIRMED.match(ending):
        return False
    if "?" in ending:  # "– ach nein, ich frag erst: passt Ihnen Freitag?": the claim withdrawn
        return True
    if _CLAIM_WORD.search(ending) or _FAILURE.search(ending):
        return True
    # a denial of something else: what the caller need not do or pay, who has nothing free
    return _DENIAL.search(ending) is not None and _OTHER_DENIED.search(ending) is None


_OTHER_DENIED = lazy(
    r"\b(?:müssen|muss|brauchen|braucht|zahlen|bezahlen|mitbringen|tun|anrufen|need|needs|"
    r"have\s+to|has\s+to|pay|bring|do|charge\w*|berechne\w*|kost\w*|cost\w*|fee|gebühr|"
    r"anzahlung|deposit)\b|"
    r"\b(?:has|have|hat|haben)\s+nothing\b|\b(?:hat|haben)\s+(?:\w+\s+)?nichts\s+(?:mehr\s+)?frei\b",
    _I,
)


_DAY = WEEKDAY
_NUM = TIME_WORD
_PREP = r"(?:(?:am|an|für|auf|um|bei|mit|on|for|to|at|with)\s+)?"
_ART = r"(?:(?:die|der|das|den|dem|ihre|ihren|ihr|your|the)\s+)?"
# the kinds of detail an ending may correct, each a pattern of its words in a sentence
_DETAILS = {
    "day": rf"\b{_PREP}(?:den\s+\d{{1,2}}\.|{_DAY}(?:,?\s+den\s+\d{{1,2}}\.)?)",
    "time": rf"\b{_PREP}(?:(?:halb|viertel\s+(?:nach|vor)|half\s+past|quarter\s+(?:past|to))\s+)?"
    rf"{_NUM}(?:\s*(?:uhr|am|pm|o'clock))?\b",
    "stylist": r"\b(?i:bei|mit|with)\s+[A-ZÄÖÜ][a-zäöüß]+\b",
    "service": rf"\b{_ART}{_SERVICE}\b",
}
_DETAIL_RE = {kind: lazy(p, _I if kind != "stylist" else 0) for kind, p in _DETAILS.items()}
_OPENS_WITH_PREP = lazy(r"^(?:am|an|für|auf|um|bei|mit|on|for|to|at|with)\b", _I)
_LEAD_PREP = lazy(r"(?:am|an|für|auf|um|bei|mit|on|for|to|at|with)\s+", _I)
_LEAD = lazy(r"^(?:(?:it's|it\s+is|es\s+ist|das\s+ist)\s+)", _I)


def _details_put(opener: str, ending: str, weak: bool = False) -> str | None:
    """`opener` with its details of the kinds `ending` names taken out and `ending` put where
    the first was, or None when the ending names no detail (then it corrects something else: a
    number, a name, a price). After a weak word, a service is left to `day_repaired`, which
    reads "Dauerwelle, nein, Strähnchen" in place."""
    ending = _LEAD.sub("", ending.strip().rstrip(".!"))
    kinds = [k for k, rule in _DETAIL_RE.items() if rule.search(ending)]
    if weak and "service" in kinds:
        return None
    rest = ending
    for k in kinds:
        rest = _DETAIL_RE[k].sub(" ", rest)
    if not kinds or "?" in ending or len(re.findall(r"\w+", rest)) > 2:
        return None  # not details alone: "– ich meinte Donnerstag. Soll ich nachsehen, …?"
    spans: list[tuple[int, int]] = []
    for start, end in sorted(m.span() for k in kinds for m in _DETAIL_RE[k].finditer(opener)):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    if not spans:
        return f"{opener.rstrip(' ,')}, {ending}"
    first = spans[0][0]
    if re.search(r"\b(?:den|dem|der|die|das|the|your)\s+$", opener[:first], _I):
        ending = _ARTICLE.sub("", ending)  # "den Samstag – nein, den Freitag": one article
    lead = _LEAD_PREP.match(opener, first)
    if lead and not _OPENS_WITH_PREP.match(ending):  # "für Samstag – Verzeihung, Freitag"
        first = lead.end()
    kept = "".join(opener[e:s] for (_, e), (s, _) in pairwise(spans))
    ending = re.sub(r"\s*,\s*", " ", ending)  # "bei Mehmet, Freitag": one run of details in place
    said = re.sub(r"\s{2,}", " ", f"{opener[:first]}{ending} {kept}{opener[spans[-1][1] :]}")
    return said.strip() + "."


def _with_kept_details(opener: str, ending: str) -> str:
    """`ending` with the opener's details of the kinds it does not name ("Freitag um zehn ist
    bestätigt, nein, vorgemerkt ist er": the hold is Friday at ten's)."""
    named = {k for k, rule in _DETAIL_RE.items() if rule.search(ending)}
    kept = sorted(
        m.span() for k, rule in _DETAIL_RE.items() if k not in named for m in rule.finditer(opener)
    )
    if not kept:
        return ending
    words = " ".join(opener[a:b].strip() for a, b in kept)
    return f"{ending.rstrip(' .!')}, {words}."


_ARTICLE = lazy(r"^(?:den|dem|der|die|das|the|your|ihren|ihrem)\s+", _I)
_WEAK_WORD = lazy(rf"\b{words('apology', 'no', 'pause', 'meaning')}\b", _I)
# "X, yes; Y, no – …", "nicht X, nein, …": a contrast or an agreeing "no", nothing taken back
_CONTRAST = lazy(r"\b(?:yes|ja|nicht|kein\w*|nichts|not|never)\b|n't\b", _I)


def _weak_detail_repair(run: str, opener: str, ending: str) -> bool:
    """Whether a weak word repairs details the opener said before its verb: more than a filler
    ("I've got you, um, Friday at ten"), an ending that starts with a detail and claims nothing
    of its own ("– sorry, Fabian – on Friday" is `day_repaired`'s, in place), an opener neither
    contrasted nor denied."""
    start = _ARTICLE.sub("", _LEAD.sub("", ending.lstrip(" ,:;–—-")))
    return (
        _WEAK_WORD.search(run) is not None
        and any(rule.match(start) for rule in _DETAIL_RE.values())
        and not (_CLAIM_WORD.search(ending) or _DENIAL.search(ending))
        and not _CONTRAST.search(opener)
    )


def _details_then_claim(run: str, opener: str, ending: str) -> str | None:
    """A detail repaired with the claim said after it ("Ihr Termin ist am Donnerstag – nein,
    falsch, am Freitag um 10 Uhr, und er ist gebucht"): the details put in place of the opener's,
    the claim after them kept, or None."""
    m = _DETAILS_THEN_CLAIM.match(ending.strip())
    if m is None or not _weak_detail_repair(run, opener, m["details"]):
        return None
    put = _details_put(opener, m["details"], weak=True)
    if put is None:
        return None
    return f"{put[0].upper()}{put[1:]} {m['claim'][0].upper()}{m['claim'][1:]}"


def _not_yet_booked(opener: str, ending: str, lang: str) -> str:
    """`ending` capitalised; a booking taken back for a hold that says the booking is still to
    come ("– let me correct myself, it's held for you until you say yes") also says it is not
    booked yet (conventions 75, 150)."""
    ending = ending[0].upper() + ending[1:]
    low = ending.lower()
    if _OPENER_BOOKED.search(opener) and HOLD.search(low) and STILL_TO_COME.search(low):
        return (
            ("Noch nicht gebucht, " if lang == "de" else "Not booked yet, ") + low[0] + ending[1:]
        )
    return ending


_OPENER_BOOKED = lazy(
    r"\b(?:booked|confirmed|fixed|set|gebucht|fest|fix|bestätigt|eingetragen|put\s+you\s+down)\b",
    _I,
)


# a bare outcome word said between two repairs ("Gebucht – nein, reserviert – nein, …")
_BARE_OUTCOME = lazy(r"^\W*(?:\w+\W+){0,3}?\w+\W*$")
_AGAIN = lazy(r"^(?:(?:doch|ach|also|yes|ja|it's|it\s+is|es\s+ist)\b[\s,]*)+", _I)
# details, then the claim said of them: "– nein, am Freitag um zehn, und er ist gebucht"
_DETAILS_THEN_CLAIM = lazy(r"^(?P<details>[^,;]+?)\s*,?\s+(?P<claim>(?:und|and)\s+.+)$", _I)


def _last_word_stands(sentence: str, runs: list[re.Match[str]]) -> str | None:
    """A repair twice ("Gebucht – nein, reserviert – nein, doch gebucht", "On hold – no, booked
    – no, sorry, it's definitely booked"): the last word stands, read alone (with "doch", "ja"
    dropped), when every part before it is a bare outcome word and the ending says one."""
    if len(runs) < 2:
        return None
    starts = [0, *(m.end() for m in runs[:-1])]
    parts = [sentence[a : m.start()] for a, m in zip(starts, runs, strict=True)]
    if not all(_BARE_OUTCOME.match(p) and _CLAIM_WORD.search(p) for p in parts):
        return None
    ending = sentence[runs[-1].end() :].strip()
    if not _CLAIM_WORD.search(ending):
        return None
    ending = _AGAIN.sub("", ending) or ending
    return ending[0].upper() + ending[1:]


# an apology after the repair's ending (blind 55, claims172): "… — no wait, it's with Fabian,
# sorry.", "… – nein, doch bei Fabian, Entschuldigung.": the speaker's courtesy, no detail
_APOLOGY_AFTER = lazy(
    r"\s*,\s*(?:sorry|my\s+bad|my\s+mistake|entschuldigung|verzeihung|pardon)\W*$", _I
)


def _taken_back(sentence: str, lang: str) -> str | None:
    """The sentence from its last repair on, read as the speaker ends (see above), or None."""
    runs = list(_RUN.finditer(sentence))
    if not runs:
        return None
    found = runs[-1]
    if (last := _last_word_stands(sentence, runs)) is not None:
        return last
    opener, ending = sentence[: found.start()].strip(), sentence[found.end() :].strip()
    ending = _APOLOGY_AFTER.sub(".", ending)  # "… — no wait, it's with Fabian, sorry."
    if not re.search(r"\w", opener) or not re.search(r"\w", ending):
        return None
    strong = _STRONG_IN.search(found["run"]) is not None
    # "hang on, no: it's held until you say yes": a weak word before a colon and an outcome
    colon = ":" in sentence[found.end("run") : found.end()]
    strong = strong or (colon and ends_on_claim(ending))
    if not strong:
        # "– nein, …", "– sorry, …" alone: an ending of details alone puts them in place of the
        # opener's of their kinds, wherever those stand ("Ich halte Ihnen Samstag frei –
        # Verzeihung, Freitag um zehn"); an outcome after them is read in place (`blanked`)
        if not _weak_detail_repair(found["run"], opener, ending):
            return _details_then_claim(found["run"], opener, ending)
        put = _details_put(opener, ending, weak=True)
        return None if put is None else put[0].upper() + put[1:]
    if _CLAIM_WORD.search(ending) or (strong and _DENIAL.search(ending)):
        ending = UPGRADE.sub("", ending)  # "– sorry, it's actually already booked": the caller's
        return _with_kept_details(opener, _not_yet_booked(opener, ending, lang))
    put = _details_put(opener, ending)
    return None if put is None else put[0].upper() + put[1:]


def correction_end(sentence: str, lang: str) -> str:
    """`sentence` from its correction on (unchanged when it takes nothing back)."""
    # what the speaker said before, reported after the repair words ("Sorry, I misspoke: I told
    # you it was confirmed — it's only pencilled in") is read first: the report is no claim
    m = _TAKEN_BACK.match(sentence) if lang == "en" else None
    if m is not None:
        rest = sentence[m.end() :]
        if _SAID_FIRM.search(m.group(0)) and ONLY_HELD.search(rest):
            return "Not booked yet, " + rest  # "I said it was booked — it's only on hold"
        return rest
    earlier = earlier_taken_back(sentence, lang)  # "Vorhin sagte ich, … – das war falsch, …"
    if earlier is not None:
        return earlier
    repaired = _taken_back(sentence, lang)
    return sentence if repaired is None else repaired


# a correction said anywhere in a frame's told clause: "Korrektur: …", "I got that wrong — …"
_CORRECTION = lazy(rf"\b{_STRONG}\b", _I)
_SAID_BOOKED = lazy(
    rf"\b(?:ich\s+|i\s+)?{words('said_before', but=('korrektur', 'berichtigung'))}\b"
    r"[^–—:]*\b(?:gebucht|fest|fix|bestätigt|eingetragen|booked|confirmed)\b",
    _I,
)


def corrected_tail(text: str) -> str:
    """`text` from its last dash or colon on when it says a correction anywhere (convention 8);
    a correction from booked to a hold ("Ich hatte gesagt, es sei gebucht – es ist nur
    reserviert") also says it is not booked yet (convention 75); `text` itself otherwise."""
    if not _CORRECTION.search(text):
        return text
    tail = re.split(r"\s[–—-]\s|:\s", text)[-1]
    if _SAID_BOOKED.search(text) and ONLY_HELD.search(tail):
        german = bool(re.search(r"\b(?:nur|ist|es)\b", tail, _I))
        tail = ("Es ist noch nicht gebucht, " if german else "Not booked yet, ") + tail
    return tail
