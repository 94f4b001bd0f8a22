"""A booking said as the consequent of a condition not met yet: the appointment is not booked
yet (convention 5, as "Sobald Sie Ja sagen, ist der Termin gebucht"; blind 21, claims35; a step
of `reworded`): "Wenn Fabian frei ist, sind Sie drin – ich prüfe gerade", "Falls Lena Zeit hat,
sind Sie drin", "Mit Ihrem Ja ist die Sache fix", "Mit Ihrer Zusage ist der Termin fest", "If
Fabian's free, you're in", "As soon as the system says okay, you're booked", "Once the system
confirms, you're booked".

Read as "Es ist noch nicht gebucht." / "It is not booked yet." with what follows the consequent
kept ("– ich prüfe gerade"). Not: a condition that names the booking itself ("Sobald der Termin
gebucht ist, bekommen Sie eine SMS"), a consequent that is the speaker's act to come ("Wenn Sie
möchten, buche ich Sie ein", "If you'd like, I can book you in"), a negated consequent, a
question.

Blind 27 (claims47): the condition also opened by "vorausgesetzt", "unter der Voraussetzung,
dass", "sollte", "assuming", "should", "as long as" or a German verb first ("Nimmt der Kalender
es an, …"), the consequent also in the future or as possession ("you'll be booked in", "it'll
be confirmed", "the slot is yours", "haben Sie den Termin", "stehen Sie gleich im Kalender"),
with a day it names kept. A condition on the booking's own success ("Wenn alles klappt", "Geht
alles glatt", "Falls das durchgeht", "If everything goes through", "All going well") says the
booking is under way, nothing of its outcome (convention 100, the gated labels): read as "Einen
Moment bitte." / "One moment, please.", which claims nothing (not "Die Buchung läuft noch.", the
booking said unfinished, which is `not_booked` since the lead's D35, convention 1102).

Blind 42 (claims103): the caller's yes also said as all that is left to do, or as a request
with "dann" / "und" / "then" / "and" after it ("Sie müssen nur noch Ja sagen, dann ist der
Termin gebucht", "Es fehlt nur noch Ihr Ja, dann …", "Sagen Sie Ja, und der Termin ist
gebucht", "All you have to do is confirm, then you're in", "Just say the word and you're in",
"The moment you give me the go-ahead, it's booked"), the booking promised after it in the
future ("Der Termin wird gebucht, sobald Sie zusagen", "Eingetragen werden Sie, sobald Sie Ja
sagen", "You'll be put in as soon as you say yes": convention 662), and the system's or the
calendar's acceptance as the condition ("Wenn der Kalender die Buchung annimmt, sind Sie
eingetragen", "If the system accepts it, you'll be booked"): an answer still to come from
someone else, not the booking's own success (convention 100).

Blind 33 (claims71): not a condition on a slot freeing up with the caller moved in by itself
("Wenn jemand absagt, bekommen Sie automatisch den Platz", "If anything opens up, you'll be moved
in automatically"): a waiting list promised (`waitlist`), read as said.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.waitlist import moved_up

_BOOKED_DE = (
    r"(?:(?:fest\s+|verbindlich\s+)?(?:gebucht|eingebucht|eingetragen|bestätigt)|drin|fix|fest|"
    r"gebongt|sicher|durch|ihrer?(?=\s*(?:[.,;!–—]|$))|im\s+(?:kalender|system|buch))"
)
_BOOKED_EN = (
    r"(?:in|booked(?:\s+in)?|confirmed|set|all\s+set|locked\s+in|sorted|good\s+to\s+go|firm|yours|"
    r"in\s+the\s+(?:calendar|system|book|diary))"
)
# a few words between the verb and the outcome ("gleich", "in einer Minute", "für Freitag")
_GAP_DE = r"(?:(?!nicht\b|kein)[\w.:]+\s+){0,4}?"
_GAP_EN = r"(?:(?!not\b|never\b)[\w.:']+\s+){0,4}?"


def _consequent(lang: str, gap: str) -> str:
    """The consequent's pattern, its gap captured as group `gap`."""
    body = _CONSEQUENT_DE if lang == "de" else _CONSEQUENT_EN
    return body.replace("(?P<gap>)", f"(?P<{gap}>{_GAP_DE if lang == 'de' else _GAP_EN})")


_WEEKDAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend)"
_WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
# claims145 (blind 48): the slot named by its day as the consequent's subject ("Say yes and
# Friday at ten is booked for you", "Sobald Sie zusagen, ist Freitag um zehn fest")
_SLOT_DE = rf"(?:der\s+)?{_WEEKDAY_DE}(?:\s+um\s+[\w:.]+(?:\s+uhr)?)?"
_SLOT_EN = rf"(?:the\s+|your\s+)?{_WEEKDAY_EN}(?:\s+(?:slot|appointment))?(?:\s+at\s+[\w:.]+(?:\s*[ap]\.?m\.?)?)?"
_SLOT_SAID = lazy(rf"\b(?:{_SLOT_DE}|{_SLOT_EN})\b", re.IGNORECASE)
_CONSEQUENT_DE = (
    rf"(?:(?:(?:sind|stehen)\s+sie|ist\s+(?:die\s+sache|der\s+termin|der\s+platz|es|er|alles|das|{_SLOT_DE})|"
    r"haben\s+sie(?=\s+den\s+(?:termin|platz)\b)|werden\s+sie|steht\s+(?:der\s+termin|ihr\s+termin|er|es|alles))"
    r"\s+(?P<gap>)"
    rf"(?:den\s+(?:termin|platz)|{_BOOKED_DE}(?:\s+sein)?)\b)"
)
_CONSEQUENT_EN = (
    r"(?:you're|you\s+are|you'll\s+be|you\s+will\s+be|it's|it\s+is|it'll\s+be|it\s+will\s+be|"
    rf"that's|that\s+is|(?:(?:the|your)\s+(?:slot|appointment|booking)|it|{_SLOT_EN})\s+(?:is|will\s+be)|"
    r"you'll\s+have(?=\s+the\s+(?:appointment|slot)\b))\s+(?P<gap>)"
    rf"(?:the\s+(?:appointment|slot)|{_BOOKED_EN})\b"
)
# German verb-first conditions: "Klappt die Buchung, …", "Nimmt der Kalender es an, …"
_V1_DE = r"(?:sollte|[a-zäöü]+t(?=\s+(?:der|die|das|es|alles|ihr|ihre|mein|unser)\b))"
_IF = lazy(
    r"^\W*(?:(?:(?:wenn|falls|sobald|sofern|sollte|vorausgesetzt\s*,?|"
    r"unter\s+der\s+voraussetzung\s*,?\s*dass)\s+(?P<c>[^,–—]+?)|"
    rf"(?P<v1>{_V1_DE}\s+[^,–—]+?))\s*,\s*(?:dann\s+)?"
    + _consequent("de", "g1")
    + r"|mit\s+ihr(?:em|er)\s+(?:ja|zusage|bestätigung|okay|ok|einverständnis)\s+"
    + _consequent("de", "g2")
    + r"|(?:(?:if|once|as\s+soon\s+as|the\s+(?:moment|minute|second)|provided(?:\s+that)?|"
    # "should" inverted only before its subject ("Should you agree, …"): "Should be fine,
    # Friday at ten is set" is a hedge on the claim, not a condition
    r"assuming(?:\s+that)?|should(?=\s+(?:you|it|we|they|he|she|the|your|that|this|anything|"
    r"everything|something|all)\b)|"
    r"as\s+long\s+as|so\s+long\s+as)\s+(?P<c2>[^,–—]+?)|(?P<w>all\s+going\s+well))"
    r"\s*,\s*(?:then\s+)?"
    + _consequent("en", "g3")
    + r"|with\s+your\s+(?:yes|okay|ok|confirmation)\s*,?\s*"
    + _consequent("en", "g4")
    + r")(?P<rest>.*)$",
    re.IGNORECASE,
)
_WISH_IN_CONDITION = lazy(
    r"\b(?:gebucht|eingetragen|bestätigt|booked|confirmed)\b|\b(?:möchten|wollen|like|want)\b|"
    # the caller's booking itself as the condition ("Wenn Sie buchen, ist der Termin fest": what
    # booking does, a rule; blind 33, claims73), not the caller's yes to a slot (convention 5)
    r"\b(?:sie|you)\s+(?:(?:bei\s+uns|dann|fest)\s+)?(?:buchen|einbuchen|book)\b|"
    # the speaker's own reading or knowing ("Wenn ich das richtig lese"): a hedge, not a condition
    r"^\W*(?:ich|i|i'm|i\s+am)\b",
    re.IGNORECASE,
)
# the booking's own success ("Wenn es klappt", "If it goes through"): the booking under way
_SUCCESS = lazy(
    r"\b(?:klappt|klappen|funktioniert|durchgeht|geht\s+(?:\w+\s+)?(?:durch|glatt)|glatt\w*|"
    r"läuft\s+(?:\w+\s+)?(?:rund|glatt)|gut\s+geht|schief\w*|dazwischen\w*|"
    # the subordinate order `as_wenn` gives a verb-first condition ("Läuft alles rund, …" ->
    # "Wenn alles rund läuft, …"; claims54, convention 100)
    r"(?:rund|gut|reibungslos|problemlos)\s+(?:durch\s*)?(?:läuft|laufen|geht|gehen)\b|durchläuft|"
    r"works?|work(?:s|ed)?\s+out|goes\s+through|go(?:es)?\s+(?:through|well|wrong|smoothly)|"
    r"going\s+well|all\s+goes|nothing\s+goes|"
    r"(?:buchung|termin|booking|appointment)\b)",
    re.IGNORECASE,
)
# an answer still to come from the system or the calendar (convention 100): not the booking's
# own success, though the condition names the booking ("Wenn das System die Buchung bestätigt")
_OTHERS_ANSWER = lazy(
    r"\b(?:(?:das|unser)\s+system|(?:der|unser)\s+kalender|the\s+(?:system|calendar))\s+"
    r"(?:\w+\s+){0,3}?(?:bestätigt|annimmt|akzeptiert|übernimmt|ja\s+sagt|okay\s+gibt|accepts|"
    r"confirms|takes|says\s+(?:yes|okay|ok))\b|"
    r"\b(?:(?:das|unser)\s+system|(?:der|unser)\s+kalender)\b[^,]*\b(?:bestätigt|annimmt|"
    r"akzeptiert|übernimmt)\s*$",
    re.IGNORECASE,
)
# the caller's yes said as all that is left to do, or asked for, before "dann" / "und" / "then"
_YES_DE = (
    r"(?:ja\s+sagen|zusagen|zuzusagen|bestätigen|zu\s+bestätigen|zustimmen|zuzustimmen|"
    r"einverstanden\s+sein)"
)
_PRELUDE_DE = lazy(
    r"^(?P<pre>\W*)(?:sie\s+(?:brauchen|müssen|müssten)\s+(?:mir\s+)?(?:\w+\s+){0,3}?"
    rf"{_YES_DE}|es\s+fehlt\s+(?:\w+\s+){{0,2}}?ihr\s+(?:ja|okay|ok|einverständnis|zusage)|"
    # the yes as a noun phrase (blind 48, claims120): "Ein Ja von Ihnen, und der Termin ist
    # gebucht", "Noch Ihr Ja, dann sind Sie drin", "Ihr Okay genügt, und …"
    r"(?:(?:noch|nur|bloß)\s+)?(?:ein|ihr)\s+(?:kurzes\s+|einfaches\s+|einziges\s+)?"
    r"(?:ja|okay|ok|go)(?:\s+von\s+ihnen)?(?:\s+(?:genügt|reicht))?)"
    r"\s*[,–—-]?\s*(?P<link>dann|und)\s+|"
    # a request for the yes only before "und" ("Sagen Sie einfach Ja, dann ist Freitag fest" is
    # read as an instruction that takes the slot as given, blind 31's spec)
    r"^(?P<pre2>\W*)(?:sagen\s+sie(?:\s+\w+){0,2}?\s+ja|geben\s+sie\s+mir\s+(?:\w+\s+)?ihr\s+"
    r"(?:okay|ok|ja|einverständnis)|bestätigen\s+sie(?:\s+\w+){0,2}?|stimmen\s+sie(?:\s+\w+){0,2}?"
    r"\s+zu)\s*[,–—-]?\s*(?P<link2>und)\s+",
    re.IGNORECASE,
)
_V2_DE = lazy(
    rf"^(?P<s>der\s+termin|ihr\s+termin|sie|es|das|alles|er|{_SLOT_DE})\s+(?P<v>ist|sind|steht|stehen)\b",
    re.IGNORECASE,
)
_YES_EN = (
    r"(?:say\s+(?:yes|the\s+word)|confirm|agree|give\s+me\s+(?:the|your|a)\s+(?:go-?ahead|okay|ok|"
    r"word|yes))"
)
_PRELUDE_EN = lazy(
    r"^(?P<pre>\W*)(?:all\s+(?:that's|that\s+is|that\s+remains|i\s+need\s+is)\s+(?:\w+\s+)?"
    r"(?:your\s+(?:yes|okay|ok|go-?ahead|confirmation|word))|all\s+(?:that's\s+)?(?:missing|"
    r"needed|left)\s+is\s+your\s+(?:yes|okay|ok|go-?ahead|confirmation|word)|"
    rf"all\s+you\s+(?:have|need)\s+to\s+do\s+is\s+{_YES_EN}|"
    rf"you\s+(?:just\s+|only\s+)?(?:have|need)\s+to\s+{_YES_EN}|"
    rf"(?:just\s+)?{_YES_EN}|"
    # the yes as a noun phrase (blind 48, claims120): "One yes from you and you're in"
    r"(?:just\s+)?(?:one|a|your)\s+(?:quick\s+|single\s+|little\s+)?(?:yes|okay|ok|go-?ahead)"
    r"(?:\s+from\s+you)?)"
    r"\s*[,–—-]?\s*(?:and\s+then|then|and)\s+",
    re.IGNORECASE,
)
# the booking promised after the caller's yes, said first (convention 662)
_AFTER_YES = lazy(
    r"^(?P<pre>\W*)(?:(?:gebucht|eingetragen|eingebucht)\s+werden\s+sie|(?:(?:der|ihr)\s+termin\s+wird|"
    r"sie\s+werden|you'll\s+be|you\s+will\s+be|(?:it|the\s+appointment|your\s+appointment)"
    r"(?:'ll|\s+will)\s+be)\s+(?:\w+\s+){0,2}?(?:gebucht|eingetragen|eingebucht|bestätigt|booked|"
    r"put\s+(?:in|down)|entered|confirmed|in)\b(?:\s+(?:in|sein))?|"
    # said in the present (blind 48, claims120): "It's booked the second you say yes"
    r"(?:it's|it\s+is|you're|you\s+are|(?:the|your)\s+appointment\s+is)\s+(?:\w+\s+)?"
    r"(?:booked|confirmed|in)\b)\s*,?\s*"
    r"(?:sobald|wenn|nachdem|once|as\s+soon\s+as|the\s+(?:moment|minute|second)|when)\s+"
    rf"(?:sie|you)\s+(?:mir\s+)?(?:\w+\s+)?(?:{_YES_DE}|ja\s+sagen|{_YES_EN})\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
# claims115 (probe 40d, blind 39/40's leftovers): the same promise in the other word orders and
# tenses a model uses — the caller's yes in the perfect ("nachdem Sie zugestimmt haben", "after
# you've agreed") or as a noun ("erst nach Ihrem Ja"), the condition first ("Erst wenn Sie
# bestätigen, wird der Termin eingetragen", "Only after you confirm will it be booked"), "gets" /
# "goes in" for the passive, the slot or the day as the subject ("Friday at ten gets booked once
# you agree"), after "Not yet –" / "Noch nicht –". The whole sentence must be the promise: a hold
# said before it ("I've blocked the slot for you, it gets booked when you say yes", blind 22's
# gated `held`) is read as it is; the speaker's own act ("I'll book it after you agree") and a
# rule with no appointment ("Gebucht wird erst nach Ihrem Ja", 244) stay neutral (125, 662).
_WHO_YES_DE = (
    r"(?:der\s+termin|ihr\s+termin|der\s+platz|ihr\s+platz|es|er|"
    rf"(?:der\s+|ihr\s+)?{_WEEKDAY_DE}(?:\s+um\s+[\w:.]+(?:\s+uhr)?)?)"
)
_WHO_YES_EN = (
    r"(?:it|the\s+appointment|your\s+appointment|the\s+booking|your\s+booking|"
    rf"(?:the\s+|your\s+)?{_WEEKDAY_EN}(?:\s+(?:slot|appointment))?(?:\s+at\s+[\w:.]+"
    r"(?:\s*[ap]\.?m\.?)?)?|(?:the|your)\s+slot)"
)
_BOOKING_DE = (
    r"(?:(?:dann\s+|sofort\s+|direkt\s+)?(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|"
    r"eingebucht|bestätigt))"
)
_BOOKING_EN = r"(?:booked(?:\s+in)?|entered|put\s+(?:in|down)|confirmed)"
_YES_DONE_DE = (
    r"(?:ja\s+(?:sagen|gesagt\s+haben)|zusagen|zugesagt\s+haben|zustimmen|zugestimmt\s+haben|"
    r"bestätigen|bestätigt\s+haben|einverstanden\s+sind|(?:ihr|das)\s+(?:okay|ok|ja)\s+"
    r"(?:geben|gegeben\s+haben))"
)
_WHEN_DE = r"(?:(?:erst\s+)?(?:sobald|wenn|nachdem))"
_WHEN_EN = r"(?:(?:only\s+)?(?:once|after|as\s+soon\s+as|when)|the\s+(?:moment|minute|second))"
_YES_CLAUSE_DE = rf"{_WHEN_DE}\s+sie\s+(?:mir\s+)?(?:\w+\s+)?{_YES_DONE_DE}"
# the yes as a noun: "Erst nach Ihrem Ja …", and without "erst" since convention 901 (claims122):
# "Nach Ihrem Okay wird der Termin fest eingetragen.", "After your okay, the appointment will be
# booked." (blind 10's neutral label relabelled `not_booked`)
_YES_NOUN_DE = (
    r"(?:erst\s+)?(?:nach|mit)\s+ihre(?:m|r)\s+(?:ja|okay|ok|zusage|zustimmung|bestätigung|"
    r"einverständnis)"
)
_YES_NOUN_EN = (
    r"(?:only\s+)?(?:after|following|with|upon|on)\s+your\s+(?:okay|ok|yes|go-?ahead|confirmation|"
    r"consent|agreement)"
)
_YES_CLAUSE_EN = (
    rf"{_WHEN_EN}\s+you(?:'ve|\s+have)?\s+(?:just\s+)?(?:say\s+yes|said\s+yes|confirm(?:ed)?|"
    r"agree[ds]?|okay(?:ed)?\s+it|give\s+me\s+(?:the|your)\s+(?:go-?ahead|okay|ok|word|yes|nod)|"
    r"given\s+me\s+(?:the|your)\s+(?:go-?ahead|okay|ok|word|yes|nod))"
)
_NOT_YET = r"(?:(?:noch\s+nicht(?:\s+ganz)?|nein|not\s+(?:yet|quite)|no)\s*[,–—:-]+\s*)?"
_AFTER_YES_MORE = lazy(
    rf"^\W*{_NOT_YET}(?:"
    # "Der Termin wird (erst) gebucht, nachdem Sie zugestimmt haben" / "… erst nach Ihrem Ja …"
    rf"(?P<d1>{_WHO_YES_DE})\s+wird\s+(?:erst\s+)?(?:(?:{_YES_NOUN_DE})\s+)?{_BOOKING_DE}"
    rf"(?:\s*,?\s*{_YES_CLAUSE_DE}|(?<=\w)(?=\W*$))|"
    # "Erst wenn Sie bestätigen, wird der Termin eingetragen" / "Erst nach Ihrer Zusage wird …"
    rf"(?:{_YES_CLAUSE_DE}\s*,|{_YES_NOUN_DE})\s+wird\s+(?P<d2>{_WHO_YES_DE})\s+"
    rf"(?:erst\s+)?{_BOOKING_DE}|"
    # "It gets booked after you agree", "Friday at ten will be booked as soon as you agree"
    rf"(?P<e1>{_WHO_YES_EN})\s*(?:'ll|\s+will|\s+only)?\s+(?:only\s+)?(?:be|gets?)\s+"
    rf"(?:only\s+)?{_BOOKING_EN}\s*,?\s*{_YES_CLAUSE_EN}|"
    rf"(?P<e2>{_WHO_YES_EN})\s*(?:\s+goes|'ll\s+go|\s+will\s+go)\s+in\s*,?\s*{_YES_CLAUSE_EN}|"
    # "Only after you confirm will the appointment be booked"
    rf"{_YES_CLAUSE_EN}\s*,?\s*will\s+(?P<e3>{_WHO_YES_EN})\s+be\s+{_BOOKING_EN}|"
    # "After your okay, the appointment will be booked" (901)
    rf"{_YES_NOUN_EN}\s*,?\s*(?P<e4>{_WHO_YES_EN})\s*(?:'ll|\s+will)\s+(?:then\s+)?(?:be|get)\s+"
    rf"{_BOOKING_EN}"
    r")\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
_DAY_NAMED = lazy(rf"\b(?:{_WEEKDAY_DE}|{_WEEKDAY_EN})\b", re.IGNORECASE)


# a promise or guarantee said before the condition (blind 48, claims120): "Ich garantiere Ihnen:
# Sobald Sie Ja sagen, ist der Termin gebucht", "Versprochen: Mit Ihrem Ja ist er gebucht",
# "I guarantee it's booked the second you say yes", "Promise: the moment you agree, it's booked"
_PROMISE_FIRST = lazy(
    r"^\W*(?:ich\s+(?:garantiere|verspreche)(?:\s+es)?(?:\s+ihnen)?(?:\s+es)?|versprochen|garantiert|"
    r"i\s+(?:guarantee|promise)(?:\s+you)?|promise|guaranteed)\s*[:,–—]?\s+(?=\w)",
    re.IGNORECASE,
)


def _promised_on_yes(text: str, lang: str) -> str | None:
    """The denial a booking promised on the caller's yes says, its day kept, or None."""
    m = _AFTER_YES.search(text)
    if m:
        head = "Es ist noch nicht gebucht" if lang == "de" else "It is not booked yet"
        return f"{m['pre']}{head}{m['end'] or '.'}"
    m = _AFTER_YES_MORE.search(text)
    if m is None:
        return None
    who = next((w for w in m.group("d1", "d2", "e1", "e2", "e3", "e4") if w), "")
    if lang == "de":
        return (
            f"{who[0].upper()}{who[1:]} ist noch nicht gebucht."
            if _DAY_NAMED.search(who)
            else "Es ist noch nicht gebucht."
        )
    return (
        f"{who[0].upper()}{who[1:]} is not booked yet."
        if _DAY_NAMED.search(who)
        else "It is not booked yet."
    )


def _yes_first(text: str, lang: str) -> str:
    """`text` with the caller's yes said as the condition first ("Sobald Sie zusagen, …")."""
    promised = _promised_on_yes(text, lang)
    if promised is not None:
        return promised
    if lang == "de":
        m = _PRELUDE_DE.search(text)
        if m is None:
            return text
        rest = text[m.end() :]
        if (m["link"] or m["link2"]).lower() == "und":
            rest = _V2_DE.sub(lambda v: f"{v['v']} {v['s']}", rest, count=1)
        return f"{m['pre'] or m['pre2'] or ''}Sobald Sie zusagen, {rest}"
    m = _PRELUDE_EN.search(text)
    if m is None:
        return text
    return f"{m['pre']}Once you say yes, {text[m.end() :]}"


def _slot_subject(text: str, m: re.Match[str]) -> str:
    """The slot the consequent names as its subject ("Friday at ten"), or ""."""
    gap = next((g for g in ("g1", "g2", "g3", "g4") if m[g] is not None), None)
    if gap is None:
        return ""
    said = _SLOT_SAID.search(text[: m.start(gap)], max(m.start(gap) - 60, 0))
    if said is None or text[said.end() : m.start(gap)].strip(" ,").lower() not in _COPULAS:
        return ""
    return said[0][0].upper() + said[0][1:]


_COPULAS = ("", "is", "will be", "'s")  # "", German: "ist Freitag um zehn fest"
_DAY_IN_GAP = lazy(r"\b(?:für|am|um|for|on|at)\s+[\w:.]+", re.IGNORECASE)


def consequent_not_yet(text: str, lang: str) -> str:
    """`text` with a booking said true only once a condition holds read as not booked yet, or
    as the booking under way when the condition is its own success."""
    if text.rstrip().endswith("?") or moved_up(text):
        return text
    promised = _PROMISE_FIRST.match(text)
    if promised:
        bare = consequent_not_yet(text[promised.end() :], lang)
        if bare != text[promised.end() :]:
            return bare
    text = _yes_first(text, lang)
    m = _IF.search(text)
    if m is None:
        return text
    condition = m.group("c") or m.group("c2") or m.group("v1") or m.group("w") or ""
    if _WISH_IN_CONDITION.search(condition) and not _OTHERS_ANSWER.search(condition):
        return text
    rest = m.group("rest")
    if re.match(r"\s*(?:und|and)\b", rest) and m.group("c2") is not None:
        return text  # "…, the appointment will be booked and you'll get a text": read as said
    if re.match(r"\s*(?:oder|or)\b", rest):
        return text  # "you're booked or I'll tell you what went wrong": an alternative
    if _SUCCESS.search(condition) and not _OTHERS_ANSWER.search(condition):
        # a wait, not "Die Buchung läuft noch" (the booking said unfinished: not booked, 1102)
        under_way = "Einen Moment bitte" if lang == "de" else "One moment, please"
        if not re.match(r"\s*[,;–—.!-]", rest):  # the consequent's own words ("in a minute")
            rest = (
                re.split(r"[,;–—.!]", rest, maxsplit=1)[1] if re.search(r"[,;–—.!]", rest) else ""
            )
        rest = rest.strip(" ,;.!–—-")
        return f"{under_way}. {rest}." if rest else f"{under_way}."
    head = "Es ist noch nicht gebucht" if lang == "de" else "It is not booked yet"
    gap = next((g for g in m.group("g1", "g2", "g3", "g4") if g), "")
    day = " ".join(_DAY_IN_GAP.findall(gap))
    slot = _slot_subject(text, m)
    if slot:
        head = f"{slot} ist noch nicht gebucht" if lang == "de" else f"{slot} is not booked yet"
    elif day:
        head = f"{head} {day}"
    if re.match(r"\s*[,;–—.!-]", rest) or not rest.strip():
        rest = _referents_kept(condition, rest.strip(" ,;.!–—-"), lang)
        return f"{head}. {rest}." if rest else f"{head}."
    return f"{head}{rest}"  # "…, you're confirmed for Friday": the clause's details kept


# claims145 (blind 42): what follows the consequent may point back into the condition the
# rewording drops ("Sobald der Salon Ihre Anfrage freigibt, ist der Termin fest – bis dahin
# wartet sie dort": "sie" is the request, "dort" the salon); the rest keeps what they name.
# (English "until then" is left: it also reads as the farewell "see you then".)
_REQUEST_NAMED = lazy(r"\b(?:ihre|die)\s+(?:\w+)?anfrage\b", re.IGNORECASE)
_SALON_NAMED = lazy(r"\b(?:der|das|unser)\s+(?:salon|team)\b", re.IGNORECASE)
_POINTING_BACK = lazy(  # the request as the waiting verb's pronoun, the salon as "dort"
    r"^(?P<lead>(?:bis\s+dahin|solange|so\s+lange)\s+(?:wartet|liegt))\s+sie\s+"
    r"(?P<noch>noch\s+)?(?:dort|da)\b",
    re.IGNORECASE,
)


def _referents_kept(condition: str, rest: str, lang: str) -> str:
    """`rest` with the request and the salon its words point back to named, when the condition
    named them (the request's wait is said now, the condition is what is to come)."""
    request = _REQUEST_NAMED.search(condition) if lang == "de" else None
    m = _POINTING_BACK.search(rest) if request else None
    if m is None or request is None or not _SALON_NAMED.search(condition):
        return rest
    return f"{m['lead']} {request[0]} {m['noch'] or ''}beim Salon{rest[m.end() :]}"
