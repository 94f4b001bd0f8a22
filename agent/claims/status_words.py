"""A status read off the calendar put in standard words (blind 30, claims61): one step of
`reworded`.

"Der Termin steht auf bestätigt", "Der Status springt gerade auf bestätigt", "Im Kalender steht
bestätigt", "Der Status ist auf 'abgesagt' gesprungen", "In the calendar it shows as accepted",
"It's marked as confirmed", "The status hasn't switched to confirmed yet": the appointment's
status named is the outcome said of it ("Der Termin ist bestätigt", "your appointment is
confirmed"). Read as they were, "steht auf" / "shows as" hid the participle from the clause
reader, and "it" alone names no appointment to it (a slot may be taken), so "it" and "der
Status" become the caller's appointment. Other subjects stay ("Um zehn steht auf gebucht" is
someone else's slot, as "Um zehn ist gebucht" is read). Negation and "noch" / "yet" are kept.
"Im Status ausstehend" is a request awaiting the salon ("wartet noch auf die Bestätigung").
An entry said crossed out ("The appointment is crossed out in the app now", "it's struck through
in your account": blind 34, claims75) is the cancellation, as the German "durchgestrichen" is read
("gestrichen"); "through" alone was read as a booking gone through.
A status line (blind 34, claims76): "Status: ❌ nicht gebucht" the booking not made yet,
"Status: ⏳ wartet auf Bestätigung durch den Salon" the request awaiting the salon.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_DE_WORD = r"(?P<w>bestätigt|gebucht|fest|storniert|abgesagt|verschoben|angenommen)"
_EN_WORD = r"(?P<w>confirmed|booked|accepted|cancell?ed|moved|rescheduled)"
_Q = r"['\"„“‚‘]?"
_DE = (
    # "Der Status springt gerade auf bestätigt", "Der Status ist auf 'abgesagt' gesprungen"
    lazy(
        r"\b(?:der|ihr)\s+status\s+(?P<mid>(?:\w+\s+){0,2}?)(?:springt|ist|steht|wechselt|geht)"
        r"\s+(?P<adv>(?:gerade|jetzt|nun|inzwischen|schon|bereits|noch\s+nicht)\s+)?auf\s+"
        + _Q
        + _DE_WORD
        + _Q
        + r"(?:\s+(?:gesprungen|gewechselt|gegangen))?",
        re.IGNORECASE,
    ),
    # "Der Termin steht (jetzt) auf bestätigt", "Im System steht der Termin jetzt auf storniert"
    lazy(
        r"\bsteht\s+(?P<mid>(?:\w+\s+){0,4}?)auf\s+" + _Q + _DE_WORD + _Q + r"(?!\s*\w)",
        re.IGNORECASE,
    ),
    # "Im Kalender steht bestätigt"
    lazy(
        r"\bim\s+(?:kalender|system)\s+steht\s+(?P<adv>(?:jetzt|nun|schon|bereits)\s+)?"
        + _Q
        + _DE_WORD
        + _Q
        + r"(?=\s*[;,.!–—-]|\s*$)",
        re.IGNORECASE,
    ),
)
# "Ihre Anfrage ist im Status ausstehend": a request awaiting the salon
_DE_PENDING = lazy(
    r"\b(?:ist|steht)\s+(?:jetzt\s+|noch\s+)?(?:im\s+status|auf)\s+"
    + _Q
    + r"(?:ausstehend|angefragt|wartend|in\s+prüfung)"
    + _Q,
    re.IGNORECASE,
)
# a status line (blind 34, claims76): "Status: ❌ nicht gebucht", "Status: ⏳ wartet auf
# Bestätigung durch den Salon" (a mark before the state changes nothing)
_DE_LINE_NOT_BOOKED = lazy(
    r"^\W*status\s*:\s*[^\w\s]*\s*(?:noch\s+)?nicht\s+(?:gebucht|eingetragen|bestätigt)\W*$",
    re.IGNORECASE,
)
_DE_LINE_PENDING = lazy(
    r"^\W*status\s*:\s*[^\w\s]*\s*(?:wartet|warten)\s+auf\s+(?:die\s+)?bestätigung\b[^.!?]*$",
    re.IGNORECASE,
)
_EN = (
    # "The status hasn't switched to confirmed yet", "The status says cancelled"
    lazy(
        r"\b(?:the|its|your)\s+status\s+(?P<neg>hasn't\s+|has\s+not\s+|doesn't\s+|does\s+not\s+"
        r"|isn't\s+|is\s+not\s+)?(?:has\s+|is\s+)?(?:now\s+)?"
        r"(?:switched|changed|gone|jumped|flipped|say|says|read|reads|show|shows|set)?\s*"
        r"(?:to\s+|as\s+)?" + _Q + _EN_WORD + _Q,
        re.IGNORECASE,
    ),
    # "The calendar lists your appointment as confirmed"
    lazy(
        r"\b(?:the\s+)?(?:calendar|system|screen)\s+(?:now\s+)?(?:lists|shows|has)\s+"
        r"(?P<obj>your\s+\w+|it)\s+(?:down\s+)?as\s+" + _Q + _EN_WORD + _Q,
        re.IGNORECASE,
    ),
    # "it shows as accepted", "It's marked as confirmed", "It doesn't show as booked yet"
    lazy(
        r"(?:\b(?P<subj>it|(?:your|the)\s+(?:appointment|booking|perm|reservation))"
        r"(?P<be>'s|’s|\s+is)?\s+)?(?P<neg>doesn't\s+|does\s+not\s+|isn't\s+|is\s+not\s+)?"
        # blind 55 (claims141): "it should show as cancelled now" (a hedge keeps the claim, 511)
        r"(?:(?:should|must|ought\s+to)\s+(?=show\b|appear\b))?"
        r"(?:now\s+)?(?:shows?|showing|marked|listed|coming\s+up|appears?|appearing)\s+(?:up\s+)?"
        r"(?:now\s+)?as\s+" + _Q + _EN_WORD + _Q,
        re.IGNORECASE,
    ),
)

# "The appointment is crossed out", "it's struck through now" (blind 34, claims75)
_EN_CROSSED = lazy(
    r"\b(?P<subj>it|(?:your|the)\s+(?:appointment|booking|perm|reservation))(?:'s|’s|\s+is)\s+"
    r"(?P<adv>now\s+)?(?:crossed\s+out|struck\s+(?:through|off|out))\b",
    re.IGNORECASE,
)


def status_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a status read off the calendar said as the outcome (see above); in its
    folded letters when only they show it ("auf b e s t ä t i g t", a Cyrillic "е")."""
    out = _in_words(sentence, lang)
    if out != sentence:
        return out
    folded = fold(sentence).text
    out = _in_words(folded, lang)
    return sentence if out == folded else out


def _in_words(sentence: str, lang: str) -> str:
    if lang == "de" and re.search(r"\bauf\b|\bsteht\b|\bstatus\b", sentence, re.IGNORECASE):
        for pattern in _DE:
            sentence = pattern.sub(_german, sentence)
        sentence = _DE_PENDING.sub("wartet noch auf die Bestätigung des Salons", sentence)
        if _DE_LINE_NOT_BOOKED.match(sentence):
            return "Ihr Termin ist noch nicht gebucht."
        if _DE_LINE_PENDING.match(sentence):
            return "Ihre Anfrage wartet noch auf die Bestätigung des Salons."
    elif lang == "en" and re.search(r"\bas\b|\bstatus\b", sentence, re.IGNORECASE):
        for pattern in _EN:
            sentence = pattern.sub(_english, sentence)
    if lang == "en" and re.search(r"\b(?:crossed|struck)\b", sentence, re.IGNORECASE):
        sentence = _EN_CROSSED.sub(_crossed, sentence)
    return sentence


def _crossed(m: re.Match[str]) -> str:
    subject = "your appointment" if m["subj"].lower() == "it" else m["subj"]
    return f"{subject} is {m['adv'] or ''}cancelled"


def _german(m: re.Match[str]) -> str:
    word = {"angenommen": "bestätigt", "fest": "fest gebucht"}.get(m["w"].lower(), m["w"])
    groups = m.groupdict()
    adv = groups.get("adv") or ""
    text = m.group()
    if text.lower().startswith(("der status", "ihr status")):
        return f"der Termin {(groups.get('mid') or '')}ist {adv}{word}"
    if text.lower().startswith("im "):
        return f"{text[: text.lower().index('steht')]}ist der Termin {adv}{word}"
    return f"ist {groups.get('mid') or ''}{word}"


def _english(m: re.Match[str]) -> str:
    word = "confirmed" if m["w"].lower() == "accepted" else m["w"]
    groups = m.groupdict()
    neg = "isn't " if groups.get("neg") else "is "
    subject = groups.get("obj") or groups.get("subj") or "it"
    if subject.lower() in ("it", "its"):
        subject = "your appointment"
    return f"{subject} {neg}{word}"
