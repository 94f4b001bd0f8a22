"""A contrast whose positive member is the claim, put as that member alone (blind 36, claims83; a
step of `reworded`).

- "not only X but Y" / "nicht nur X, sondern Y": the second member is the claim (blind 36's
  header; convention 460's reading of a correlative): "It's not only reserved but fully booked",
  "You're booked not just with anyone but with Sophie", "Ihr Freitag ist nicht nur verschoben,
  sondern ganz storniert" are "It's booked", "You're booked with Sophie", "Ihr Freitag ist ganz
  storniert"; so "Sie sind nicht auf der Warteliste, sondern im Kalender" is "Sie sind im
  Kalender". The first member is a lesser step of the same outcome or a foil; it is no claim of
  its own. A degree word after "but" ("fully booked") goes with the foil ("fully booked" alone
  says the salon is full). Only after the subject: a contrast that opens the sentence ("Not only
  booked, but confirmed too") would leave a bare participle, which the reader takes otherwise.
- Foils denied in a row before the real thing: "Not a request, not a hold – a real booking",
  "Keine Anfrage, keine Reservierung – eine echte Buchung" are "It's booked" / "Es ist fest
  gebucht".
- The booking denied against the request only made: "Nicht gebucht, sondern erst beim Salon
  angefragt", "Not booked – only requested from the salon so far" are the request awaiting the
  salon (1) beside the denial: "Noch nicht gebucht – der Salon muss den Termin noch freigeben".
- The booking denied bare before the hold it is ("Nicht gebucht, aber immerhin für Sie blockiert")
  is the hold beside the denial, as "Noch nicht fest gebucht, aber …" reads (460; claims88).
- Times denied after a denial add nothing to it: "Nothing's been cancelled, neither today nor
  earlier", "Storniert ist nichts, weder heute noch gestern" are the denial alone (the times
  alone would be read as a visit's day).
- "no longer X but Y" / "not X any more but Y" of two days: the move from X to Y, put as "Instead
  of X, you're now on Y" (6).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_EN_NOT_ONLY = lazy(
    r"(?<=\w\s)not\s+(?:only|just|merely|simply)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*,?\s+but\s+(?:also\s+)?"
    r"(?:(?:fully|properly|firmly|really|actually|definitely)\s+)?(?=[\w'-])",
    re.IGNORECASE,
)
_DE_NOT_ONLY = lazy(
    r"(?<=\w\s)nicht\s+(?:nur|bloß|einfach)\s+(?:vorgemerkt|reserviert|verschoben|verlegt|angefragt|"
    r"geblockt)\s*,?\s+sondern\s+(?:auch\s+)?(?=(?:\w+\s+)?(?:storniert|abgesagt|gestrichen|"
    r"gebucht|eingetragen|bestätigt)\b)",
    re.IGNORECASE,
)
# the waiting list as the foil: "Sie sind nicht auf der Warteliste, sondern im Kalender"
_DE_NOT_LISTED = lazy(
    r"(?:(?<=\bsind\s)|(?<=\bist\s))nicht\s+(?:mehr\s+)?auf\s+der\s+(?:warteliste|liste)\s*,?\s+sondern\s+"
    r"(?=(?:im|in|fest|verbindlich|gebucht|eingetragen)\b)",
    re.IGNORECASE,
)
_EN_FOILS = lazy(
    r"^\W*(?:not\s+(?:a|an|just\s+a)\s+[\w-]+\s*,\s*)+(?:not\s+(?:a|an)\s+[\w-]+\s*)?[–—:-]\s*"
    r"(?:a|an)\s+(?:real|proper|firm|actual|confirmed|genuine)\s+booking(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_FOILS = lazy(
    r"^\W*(?:kein(?:e|en)?\s+[\wäöüß-]+\s*,\s*)+(?:kein(?:e|en)?\s+[\wäöüß-]+\s*)?[–—:-]\s*"
    r"(?:eine\s+)?(?:echte|feste|richtige|verbindliche)\s+buchung(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_ONLY_REQUESTED = lazy(
    r"^\W*(?:noch\s+)?nicht\s+gebucht\s*[,–—:-]\s*(?:sondern\s+)?(?:erst|nur|bisher\s+nur)\s+"
    r"(?:beim\s+salon\s+)?angefragt(?:\s+beim\s+salon)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
# the booking denied bare before the hold: "Nicht eingetragen, aber zumindest für Sie vorgemerkt"
# is "Noch nicht fest gebucht, aber … vorgemerkt" (the hold beside the denial, 460; claims88)
_DE_DENIED_THEN_HELD = lazy(
    r"^\W*(?:noch\s+)?nicht\s+(?:fest\s+)?(?:gebucht|eingetragen|bestätigt)(?=\s*,\s*aber\s+"
    r"(?:(?:immerhin|zumindest|wenigstens|schon|doch)\s+)*(?:für\s+sie\s+)?(?:\w+\s+)?"
    r"(?:blockiert|geblockt|vorgemerkt|reserviert|gehalten|freigehalten)\b)",
    re.IGNORECASE,
)
_EN_ONLY_REQUESTED = lazy(
    r"^\W*not\s+booked(?:\s+yet)?\s*[,–—:-]\s*(?:but\s+)?(?:only|just)\s+requested"
    r"(?:\s+(?:from|with|at)\s+the\s+salon)?(?:\s+so\s+far)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_TIME = (
    r"(?:today|yesterday|earlier|before|now|later|ever|heute|gestern|vorher|früher|jetzt|später|je)"
)
_TIMES_DENIED = lazy(
    rf"(?<=\w)\s*,\s*(?:neither\s+{_TIME}\s+nor\s+{_TIME}|weder\s+{_TIME}\s+noch\s+{_TIME}|"
    rf"not\s+{_TIME}\s+(?:and|or|nor)\s+not\s+{_TIME}|nicht\s+{_TIME}\s+und\s+nicht\s+{_TIME})"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DENIAL = lazy(r"\b(?:nothing|nichts|not|nicht|never|nie)\b|n't\b", re.IGNORECASE)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_NEW = (
    rf"(?:on\s+)?(?P<new>{_DAY}(?:\s+at\s+[\w:.]+(?:\s+(?:a\.?m\.?|p\.?m\.?|o'clock))?)?)"
    r"(?:\s+now)?(?P<end>\s*[.!]?\s*)$"
)
_EN_NO_LONGER = lazy(
    rf"^\W*(?:(?:it's|it\s+is|you're|you\s+are)\s+no\s+longer\s+(?:on\s+)?(?P<old>{_DAY})|"
    rf"not\s+(?:on\s+)?(?P<old2>{_DAY})\s+any\s?more)\s*,?\s+but\s+{_NEW}",
    re.IGNORECASE,
)


def _instead(m: re.Match[str]) -> str:
    old = m.group("old") or m.group("old2")
    return f"Instead of {old}, you're now on {m.group('new')}{m.group('end')}"


# claims106 (blind 36's leftover): the lesser state denied in its own clause, the booking said in
# the next with a pronoun, the place named only in the first ("You're not just on the list for
# Friday at ten, you're booked", "Friday at ten isn't just on hold, it's booked", "Sie stehen für
# Freitag um zehn nicht nur auf der Liste, Sie sind gebucht", "Freitag um zehn ist nicht bloß
# vorgemerkt, der ist gebucht"): the booking of that place, said as one clause
_LESSER_EN = r"(?:on\s+the\s+(?:waiting\s+)?list|pencil+ed\s+in|held|on\s+hold|reserved|down)"
_BOOKED_EN = r"(?:actually\s+|fully\s+|properly\s+|really\s+)?(?P<w>booked|confirmed)"
_EN_NOT_JUST_YOU = lazy(
    r"^\W*you(?:'re|\s+are)\s+not\s+(?:only|just|merely)\s+" + _LESSER_EN + r"\s+"
    r"(?P<place>for\s+[^,;–—]+?)\s*[,;–—-]\s*you(?:'re|\s+are)\s+" + _BOOKED_EN + r"(?P<end>\W*)$",
    re.IGNORECASE,
)
_EN_NOT_JUST_PLACE = lazy(
    r"^\W*(?P<place>[^,;–—]+?)\s+(?:isn't|is\s+not)\s+(?:only|just|merely)\s+" + _LESSER_EN + r"\s*"
    r"[,;–—-]\s*it(?:'s|\s+is)\s+" + _BOOKED_EN + r"(?P<end>\W*)$",
    re.IGNORECASE,
)
_DE_NOT_JUST_YOU = lazy(
    r"^\W*sie\s+stehen\s+(?P<place>für\s+[^,;–—]+?)\s+nicht\s+(?:nur|bloß)\s+auf\s+der\s+"
    r"(?:warte)?liste\s*[,;–—-]\s*sie\s+sind\s+(?:\w+\s+)?(?P<w>gebucht|eingetragen|bestätigt)"
    r"(?P<end>\W*)$",
    re.IGNORECASE,
)
_DE_NOT_JUST_PLACE = lazy(
    r"^\W*(?P<place>[^,;–—]+?)\s+ist\s+nicht\s+(?:nur|bloß)\s+(?:vorgemerkt|reserviert|geblockt|"
    r"blockiert)\s*[,;–—-]\s*(?:der|die|das|er|es|sie)\s+ist\s+(?:\w+\s+)?"
    r"(?P<w>gebucht|eingetragen|bestätigt)(?P<end>\W*)$",
    re.IGNORECASE,
)
_PRONOUN = lazy(r"^\W*(?:it|that|this|er|es|der|die|das)\W*$", re.IGNORECASE)


def _booked_member(sentence: str, lang: str) -> str:
    """`sentence` as the booking of the place its denied lesser state names (above)."""
    if lang == "en":
        if m := _EN_NOT_JUST_YOU.match(sentence):
            return f"You're {m['w'].lower()} {m['place']}{m['end']}"
        if m := _EN_NOT_JUST_PLACE.match(sentence):
            word = "booked" if _PRONOUN.match(m["place"]) else m["w"].lower()
            return f"{m['place']} is {word}{m['end']}"
    elif lang == "de":
        if m := _DE_NOT_JUST_YOU.match(sentence):
            return f"Sie sind {m['place']} {m['w'].lower()}{m['end']}"
        if m := _DE_NOT_JUST_PLACE.match(sentence):
            return f"{m['place']} ist {m['w'].lower()}{m['end']}"
    return sentence


def positive_member(sentence: str, lang: str) -> str:
    """`sentence` with a contrast put as its positive member (see above)."""
    sentence = _booked_member(sentence, lang)
    head = _TIMES_DENIED.split(sentence, maxsplit=1)[0] if _TIMES_DENIED.search(sentence) else ""
    if head and _DENIAL.search(head):
        sentence = _TIMES_DENIED.sub(r"\g<end>", sentence, count=1)
    if lang == "de":
        sentence = _DE_ONLY_REQUESTED.sub(
            r"Noch nicht gebucht – der Salon muss den Termin noch freigeben\g<end>",
            sentence,
            count=1,
        )
        sentence = _DE_FOILS.sub(r"Es ist fest gebucht\g<end>", sentence, count=1)
        sentence = _DE_DENIED_THEN_HELD.sub("Noch nicht fest gebucht", sentence, count=1)
        sentence = _DE_NOT_LISTED.sub("", sentence, count=1)
        return _DE_NOT_ONLY.sub("", sentence, count=1)
    sentence = _EN_ONLY_REQUESTED.sub(
        r"Not booked yet – the salon still has to approve it\g<end>", sentence, count=1
    )
    sentence = _EN_FOILS.sub(r"It's booked\g<end>", sentence, count=1)
    sentence = _EN_NO_LONGER.sub(_instead, sentence, count=1)
    return _EN_NOT_ONLY.sub("", sentence, count=1)
