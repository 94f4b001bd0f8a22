"""A question that only asks whether the caller was told an outcome states it: "Hab ich nicht
schon erwähnt, dass Sie gebucht sind?", "Hatte ich erwähnt, dass das durch ist?", "Wissen Sie
eigentlich schon, dass der Termin eingetragen ist?", "Did I mention it's already been moved?",
"Didn't I tell you it's booked already?", "Have I told you you're confirmed?".

The frame ("did I mention", "hab ich gesagt, dass") asks nothing about the appointment: what it
embeds is said as fact (blind 12). The frame is blanked and the embedded clause's question mark
made a full stop, every character kept in place, so the clause readers read the embedded clause
as a statement and claim spans stay those of the original sentence.
Not: a frame embedding no outcome ("Did I mention we're open late on Saturdays?" claims
nothing, as any statement of it), a question to the caller ("Did you mention …?").

Two more frames are read the same way, characters kept in place: the caller's words agreed to
("Just like you said, Friday at ten, all set", "Wie Sie sagten, Freitag um zehn, ist gebucht",
"Donnerstag um drei, wie Sie meinten, ist umgebucht": the frame blanked, so what follows is not
read as the caller's report), and a statement followed by a question for the caller's name or
number ("Ja gern, ist schon gebucht, wie war nochmal Ihr Name?": the comma before the question
made a full stop, so the statement is not read as part of a question); a summary's opener ("To
wrap things up, …") is blanked too, and a wish joined to a claim by a semicolon ("Hope the
weather holds up for you; Friday is booked in") ends its own sentence.
"""

from __future__ import annotations

import re

from agent.claims.caller_echo import answered
from agent.claims.lazy_pattern import lazy
from agent.claims.list_markers import unmarked
from agent.claims.repair import repaired, softly_repaired

FRAME = lazy(
    r"^\W*(?:"
    # German: "Hab ich (Ihnen) (nicht) (schon) erwähnt/gesagt, dass …", "Wissen Sie schon, dass …"
    r"(?:hab|habe|hatte|hätte)\s*(?:ich|'?s)\s+(?:(?:ihnen|dir|eigentlich|nicht|schon|denn|"
    r"bereits|überhaupt|vorhin|eben|ja)\s+){0,4}(?:erwähnt|gesagt|erzählt|mitgeteilt)|"
    r"wissen\s+sie\s+(?:(?:eigentlich|schon|denn|bereits)\s+){0,3}"
    r")\s*,?\s*dass\s+|"
    # English: "Did I mention (that) …", "Didn't I tell you …", "Have I told you …"
    r"^\W*(?:did|didn'?t|have|haven'?t|had)\s+i\s+(?:(?:already|ever|even|just)\s+)?"
    r"(?:mention(?:ed)?|tell\s+you|told\s+you|say|said)(?:\s+(?:to\s+you|already|yet))?"
    r"\s*,?\s*(?:that\s+)?",
    re.IGNORECASE,
)


_CALLER_FRAME = lazy(
    r"^\W*(?:(?:ja|genau|okay|ok|right|yes|yep|so)\W+)?(?:(?:just|so|genau)\s+)?(?:like|as|wie)\s+"
    r"(?:you|sie)\s+(?:said|asked|wanted|mentioned|requested|sagten|meinten|wollten|wünschten|"
    r"gesagt\s+haben|gewünscht\s+haben)\s*,\s*|"
    r",\s*(?:genau\s+)?(?:like|as|wie)\s+(?:you|sie)\s+(?:said|asked|wanted|sagten|meinten|wollten|"
    r"wünschten)\s*,\s*",
    re.IGNORECASE,
)
# a summary's opener, which the clause readers take for an outcome of its own ("wrap up")
_OPENER = lazy(
    r"^\W*(?:so\W+)?to\s+(?:wrap\s+(?:things|it|this)\s+up|sum\s+(?:it\s+)?up|recap)\s*[,:]",
    re.IGNORECASE,
)
# a wish or small talk joined to a claim by a semicolon: the wish is its own sentence ("Hope the
# weather holds up for you; Friday is booked in")
_WISH_THEN = lazy(
    r"^\W*(?:i\s+)?(?:hope|hoffentlich|ich\s+hoffe|have\s+a\s+(?:good|great|nice|lovely))\b[^;.!?]*;",
    re.IGNORECASE,
)
_ASKED_DETAILS = lazy(
    r",(\s*(?:und\s+|and\s+)?(?:(?:wie|was)\s+(?:war|ist)\s+(?:\w+\s+){0,2}?ihr\s+(?:name|nachname|"
    r"vorname|nummer|telefonnummer)|wie\s+heißen\s+sie|what(?:'s|\s+was|\s+is)\s+(?:\w+\s+)?"
    r"your\s+(?:name|number|surname)|(?:can|could|may)\s+i\s+(?:get|have|take)\s+your\s+"
    r"(?:name|number|surname))\b[^,.!?]*\?\s*)$",
    re.IGNORECASE,
)


# small talk before a dash that the claim after it does not need ("Ach, bei dem Regen heute bleibt
# man ja lieber drinnen – Ihr Termin am Freitag um zehn ist jetzt fest gebucht", blind 19): its
# "heute" or "montags" is not the claim's day
_SMALL_TALK = lazy(
    r"^\W*(?:ach|oh|na|ah|well|oh\s+well)\s*,\s+(?![^–—]*\b(?:termin|gebucht|buchung|eingetragen|"
    r"bestätigt|storniert|verschoben|appointment|booked|booking|confirmed|cancel\w*|moved|"
    r"reserv\w*|vorgemerkt)\b)[^–—]{8,}?\s[–—]\s(?=[^–—]*\b(?:montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|friday|saturday)\b)",
    re.IGNORECASE,
)


def stated(sentence: str) -> str:
    """`sentence` with the frames above blanked, characters kept in place."""
    sentence = answered(told_as_statement(sentence))  # blind 18: the caller's words answered
    m = _CALLER_FRAME.search(sentence)
    if m is not None:
        keep = 1 if m.group().lstrip().startswith(",") else 0
        head = m.start() + (m.group().index(",") + 1 if keep else 0)
        sentence = sentence[:head] + " " * (m.end() - head) + sentence[m.end() :]
    m = _WISH_THEN.search(sentence)
    if m is not None:
        sentence = sentence[: m.end() - 1] + "." + sentence[m.end() :]
    m = _SMALL_TALK.search(sentence)
    if m is not None:
        sentence = " " * m.end() + sentence[m.end() :]
    m = _OPENER.search(sentence)
    if m is not None:
        sentence = " " * m.end() + sentence[m.end() :]
    m = _ASKED_DETAILS.search(sentence) if "?" in sentence else None
    if m is not None:
        sentence = sentence[: m.start()] + "." + sentence[m.start() + 1 :]
    # blind 17, 19: what a self-repair takes back; blind 19: list markers and slot counts
    return unmarked(softly_repaired(repaired(sentence)))


def told_as_statement(sentence: str) -> str:
    """`sentence` with a "did I mention" frame blanked and its question made a statement; the
    sentence unchanged when it has none."""
    if "?" not in sentence:
        return sentence
    m = FRAME.search(sentence)
    if m is None:
        return sentence
    end = sentence.find("?", m.end())
    if end < 0:
        return sentence
    return " " * m.end() + sentence[m.end() : end] + "." + sentence[end + 1 :]
