"""A reason, a concession or a reference to what was agreed before the claim, set aside (blind 30,
claims61): one step of `reworded`.

"Da Fabian am Freitag auf Fortbildung ist, habe ich Sie auf Donnerstag gelegt", "Wegen der
Überschneidung am Freitag sind Sie jetzt am Donnerstag", "Wie besprochen sind Sie jetzt
Donnerstag, 15 Uhr", "Weil Sie noch überlegen, habe ich noch nichts eingetragen", "Because the
system is playing up, I haven't been able to book it yet", and after it "…, as you asked" (blind
32): the claim is the main clause's; the
reason adds nothing to it (and a day it names is not the claim's). Read as they were, the main
clause after the comma starts with its verb and the reader took it as a question, or read the
reason's day as the claim's. Put as the main clause alone, subject first ("Ich habe noch nichts
eingetragen", "Sie sind jetzt am Donnerstag"); a main clause whose subject is not a pronoun gets
"deshalb" / "so" in front. "Konnte ich noch nicht buchen" / "I couldn't book you in yet" is
put as "habe ich noch nicht gebucht" / "I haven't booked you in yet" (the act not done yet).

Only a reason that says nothing of the calendar itself: one with a word of booking, cancelling,
moving, holding or confirming ("Da Ihr Termin storniert ist, …") or that presupposes the visit
("Weil Sie jetzt am Freitag bei Fabian sind, …", "Since you're all set, …") is left as it is,
its claim read; so is "da" as an adverb ("Da war leider jemand schneller") and a main clause
with no claim word.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_CLAIM_STEM = lazy(
    r"buch|trag|storn|abgesagt|absag|sagen\s+ab|verschob|verschieb|verleg|reserv|bestätig|fest|"
    r"fix|drin|steht|gestrichen|book|cancel|mov|confirm|resched|hold|held|sorted|done|erledigt",
    re.IGNORECASE,
)
# a day said full is no claim word in a reason ("Obwohl der Freitag fast ausgebucht war, …")
_FULL = lazy(r"\b(?:ausgebucht|voll\s*gebucht|fully\s+booked|booked\s+up)\b", re.IGNORECASE)
# a reason that presupposes the visit or the caller's appointment ("Weil Sie jetzt am Freitag
# bei Fabian sind", "Since you're all set") is a claim of its own: left as it is
_PRESUPPOSES = lazy(
    r"\b(?:sie\s+sind|sind\s+sie|sie\s+ja|bei\s+uns|you're|you\s+are|you've|coming|set|"
    r"geklappt|kalender|calendar|im\s+system|in\s+the\s+system|termin\w*|appointment|slot|"
    r"platz|i've|ich\s+habe|wir\s+haben|gone|weg|anfrage|request|approve|freigeben)\b",
    re.IGNORECASE,
)
# the speaker's own hold conceded ("Obwohl ich den Freitag um zehn blockiert habe, …", blind 37):
# a claim of its own, read by `conceded_said` (a day "blockiert" by others stays a reason)
_OWN_HOLD = lazy(
    r"\b(?:ich|wir)\s+(?:[^,]*?\s)?(?:blockiert|geblockt|vorgemerkt|freigehalten|festgehalten)"
    r"\s+(?:habe|haben)\b",
    re.IGNORECASE,
)
# a reason that says the caller's yes is still missing says the booking waits for it (125):
# "Weil Sie noch nicht Ja gesagt haben, …", "Da ich noch Ihr Okay brauche, …" (claims68)
_YES_MISSING = lazy(
    r"\bnoch\s+(?:nicht|kein\w*)\s+(?:\w+\s+){0,2}?(?:ja\s+gesagt|zugestimmt|zugesagt)\b|"
    r"\bnoch\s+ihr\w*\s+(?:ja|okay|ok|zustimmung|einverständnis)\b",
    re.IGNORECASE,
)
# a main clause that offers or sets a condition is left to the reader as said
_OPEN_MAIN = lazy(
    r"\b(?:könnte|könnten|würde|würden|kann|können|sobald|wenn|falls|could|would|can|once|if)\b",
    re.IGNORECASE,
)
_LEAD_DE = lazy(
    r"^\s*(?:(?:weil|obwohl|obgleich|damit|da(?!\s+(?:ist|war|sind|hat|habe|haben|kommt|wäre|gibt|"
    r"muss|kann|steht|ging|geht|läuft|bin)\b))\s+[^,:;]{3,80}?"
    r"(?:en|t|e|st|n|\bwar)\s*,|"
    r"wie\s+(?:vorhin\s+|eben\s+|gerade\s+)?(?:besprochen|abgesprochen|abgemacht|vereinbart)\b,?|"
    r"(?:wegen|aufgrund|trotz)\s+(?:der|des|dem|eines|einer|ihre[rs]?)\s+[^,]{3,60}?"
    r"(?=\s+(?:habe|hab|sind|ist|konnte|wurde|haben|bin)\b)|"
    # whose wish the act followed (blind 30, claims74): "Auf Wunsch Ihrer Frau habe ich …", "Im
    # Namen Ihres Mannes habe ich den Termin abgesagt"
    r"(?:auf\s+(?:ihren\s+)?wunsch|im\s+namen|im\s+auftrag)(?:\s+(?:von\s+)?(?:ihre[rsmn]?|der|des|"
    r"dem)\s+\w+)?(?=\s+(?:habe|hab|haben)\s+(?:ich|wir)\b))\s*",
    re.IGNORECASE,
)
_LEAD_EN = lazy(
    r"^\s*(?:(?:because|since|although|(?:even\s+)?though)\b[^,:;]{3,80},|"
    r"(?:because\s+of|due\s+to|despite)\s+[^,:;]{3,60},|as\s+(?:discussed|agreed)\b,?)\s*",
    re.IGNORECASE,
)
_VERB_SUBJECT_DE = lazy(
    r"^(?P<verb>habe|hab|sind|ist|konnte|konnten|wurde|haben|bin|halte|lege)\s+"
    r"(?P<subj>ich|wir|sie|er|es)\b",
    re.IGNORECASE,
)
_COULD_NOT_DE = lazy(
    r"^(?P<subj>ich|wir)\s+(?:konnte|konnten)\s+(?P<obj>sie\s+)?noch\s+nicht\s+"
    r"(?P<verb>buchen|eintragen|einbuchen)\b",
    re.IGNORECASE,
)
_PARTICIPLE = {"buchen": "gebucht", "eintragen": "eingetragen", "einbuchen": "eingebucht"}
_COULD_NOT_EN = lazy(
    r"\b(?P<subj>I|we)\s+(?:couldn't|could\s+not)\s+book\s+(?P<obj>you|it)\s+(?P<in>in\s+)?yet\b",
    re.IGNORECASE,
)
_SUBJECT_EN = lazy(r"^(?:I|I've|I'm|we|we've|you|you're|you've|it|it's)\b", re.IGNORECASE)


def reason_set_aside(sentence: str, lang: str) -> str:
    """`sentence` as its main clause alone, when a reason or concession leads it (see above)."""
    if lang == "de":
        return _german(sentence)
    if lang == "en":
        return _english(sentence)
    return sentence


# a reason or the caller's wish inside the act, between its object and its places (blind 35,
# claims106): "Wir haben Sie wegen Ihrer Reise vom Freitag auf Donnerstag um drei vorverlegt",
# "Ich habe Sie auf Ihren Wunsch hin auf Donnerstag um drei umgebucht": the act is the move
# said without it; the reader lost the move's places behind the reason's words
_DAY_WORD = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|übermorgen|"
    r"den\s+\d|\d)"
)
_INNER_DE = lazy(
    r"^(?P<head>\W*(?:ich\s+habe|wir\s+haben|ich\s+hab)\s+(?:sie|ihren\s+termin|den\s+termin)\s+)"
    r"(?:wegen|aufgrund)\s+[^,;:.!?]{3,60}?(?=\s+(?:vom|von\s+dem|auf|zum)\s+(?:den\s+)?"
    + _DAY_WORD
    + r")\s+|"
    r"^(?P<head2>\W*(?:ich\s+habe|wir\s+haben|ich\s+hab)\s+(?:sie|ihren\s+termin|den\s+termin)\s+)"
    r"(?:auf\s+ihren\s+wunsch|auf\s+ihre\s+bitte|wie\s+(?:besprochen|gewünscht|vereinbart))"
    r"(?:\s+hin)?\s*,?\s+(?=(?:vom|von\s+dem|auf|zum)\s+(?:den\s+)?" + _DAY_WORD + r")",
    re.IGNORECASE,
)
_MOVED_AT_END = lazy(
    r"\b(?:verlegt|vorverlegt|verschoben|umgebucht|vorgezogen|gelegt|umgelegt)\W*$", re.IGNORECASE
)


def _german(sentence: str) -> str:
    if (inner := _INNER_DE.match(sentence)) and _MOVED_AT_END.search(sentence):
        sentence = (inner["head"] or inner["head2"]) + sentence[inner.end() :]
    m = _LEAD_DE.match(sentence)
    if m is None or _CLAIM_STEM.search(_FULL.sub(" ", m.group())) or _PRESUPPOSES.search(m.group()):
        return sentence
    if _OWN_HOLD.search(m.group()):
        return sentence
    rest = sentence[m.end() :]
    if not _CLAIM_STEM.search(rest) and not re.search(r"\bsind\s+sie\s+jetzt\b", rest, re.I):
        return sentence
    if _OPEN_MAIN.search(rest):
        return sentence
    if v := _VERB_SUBJECT_DE.match(rest):
        subject = v["subj"].capitalize() if v["subj"].lower() != "sie" else "Sie"
        rest = f"{subject} {v['verb'].lower()}{rest[v.end() :]}"
    else:
        rest = f"Deshalb {rest[:1].lower()}{rest[1:]}"
    if c := _COULD_NOT_DE.match(rest):
        have = "Ich habe" if c["subj"].lower() == "ich" else "Wir haben"
        obj = "Sie " if c["obj"] else ""
        rest = f"{have} {obj}noch nicht {_PARTICIPLE[c['verb'].lower()]}{rest[c.end() :]}"
    if _YES_MISSING.search(m.group()):  # the booking waits for the yes the reason misses
        rest = f"{rest.rstrip(' .!')}; fest gebucht ist er noch nicht."
    return _with_day_kept(m.group(), rest, "am")


# the caller's wish the act followed, after it (blind 32, claims67): "I've gone ahead and
# cancelled it as you asked" is the act; the reader took "you asked" for the caller's request
_AS_ASKED_EN = lazy(
    r"\s*,?\s*\b(?:as|like)\s+(?:you\s+(?:asked|wanted|requested|said)|requested|agreed)"
    r"(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)


def _english(sentence: str) -> str:
    asked = _AS_ASKED_EN.search(sentence)
    if asked and _CLAIM_STEM.search(sentence[: asked.start()]) and "?" not in sentence:
        sentence = sentence[: asked.start()] + sentence[asked.end() :]
    m = _LEAD_EN.match(sentence)
    if m is None or _CLAIM_STEM.search(_FULL.sub(" ", m.group())) or _PRESUPPOSES.search(m.group()):
        return sentence
    rest = sentence[m.end() :]
    if not _CLAIM_STEM.search(rest) and not re.search(r"\b(?:put|have)\s+you\b", rest, re.I):
        return sentence
    if _OPEN_MAIN.search(rest):
        return sentence
    if not _SUBJECT_EN.match(rest):
        rest = f"So {rest}"
    rest = _COULD_NOT_EN.sub(
        lambda c: f"{c['subj']} haven't booked {c['obj']} {c['in'] or ''}yet", rest
    )
    return _with_day_kept(m.group(), rest, "on")


# a purpose or a concession names the day of the main clause's claim (blind 32, claims74):
# "Damit der Freitag klappt, habe ich Sie fest eingetragen", "Even though Friday was nearly
# full, you're booked in" are Friday's booking; a cause names why ("Da Fabian am Freitag fehlt,
# habe ich Sie … gelegt"), not where
_PURPOSE_OR_CONCESSION = lazy(
    r"^\s*(?:damit|obwohl|obgleich|although|(?:even\s+)?though|so\s+that)\b", re.IGNORECASE
)
_DAY = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_WHEN = lazy(
    r"\b(?:heute|morgen|übermorgen|today|tomorrow|uhr|um\s+\w+|at\s+\w+|\d)",
    re.IGNORECASE,
)


def _with_day_kept(lead: str, rest: str, on: str) -> str:
    """`rest` with the one day a purpose or concession before it names, when it names none."""
    days = {d.lower() for d in _DAY.findall(lead)}
    if not _PURPOSE_OR_CONCESSION.match(lead) or len(days) != 1:
        return rest
    if _DAY.search(rest) or _WHEN.search(rest):
        return rest
    day = days.pop()
    return f"{rest.rstrip(' .!')}, {on} {day.capitalize()}."
