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
booking is under way, nothing of its outcome (convention 100, the gated labels): read as "Die
Buchung läuft noch." / "The booking is still under way.", which claims nothing.

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


_CONSEQUENT_DE = (
    r"(?:(?:sind|stehen)\s+sie|ist\s+(?:die\s+sache|der\s+termin|der\s+platz|es|er|alles|das)|"
    r"haben\s+sie(?=\s+den\s+(?:termin|platz)\b))\s+(?P<gap>)"
    rf"(?:den\s+(?:termin|platz)|{_BOOKED_DE})\b"
)
_CONSEQUENT_EN = (
    r"(?:you're|you\s+are|you'll\s+be|you\s+will\s+be|it's|it\s+is|it'll\s+be|it\s+will\s+be|"
    r"that's|that\s+is|(?:the\s+(?:slot|appointment|booking)|it)\s+(?:is|will\s+be)|"
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
    + r"|(?:(?:if|once|as\s+soon\s+as|provided(?:\s+that)?|assuming(?:\s+that)?|should|"
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
_DAY_IN_GAP = lazy(r"\b(?:für|am|um|for|on|at)\s+[\w:.]+", re.IGNORECASE)


def consequent_not_yet(text: str, lang: str) -> str:
    """`text` with a booking said true only once a condition holds read as not booked yet, or
    as the booking under way when the condition is its own success."""
    if text.rstrip().endswith("?") or moved_up(text):
        return text
    m = _IF.search(text)
    if m is None:
        return text
    condition = m.group("c") or m.group("c2") or m.group("v1") or m.group("w") or ""
    if _WISH_IN_CONDITION.search(condition):
        return text
    rest = m.group("rest")
    if re.match(r"\s*(?:und|and)\b", rest) and m.group("c2") is not None:
        return text  # "…, the appointment will be booked and you'll get a text": read as said
    if re.match(r"\s*(?:oder|or)\b", rest):
        return text  # "you're booked or I'll tell you what went wrong": an alternative
    if _SUCCESS.search(condition):
        under_way = "Die Buchung läuft noch" if lang == "de" else "The booking is still under way"
        if not re.match(r"\s*[,;–—.!-]", rest):  # the consequent's own words ("in a minute")
            rest = (
                re.split(r"[,;–—.!]", rest, maxsplit=1)[1] if re.search(r"[,;–—.!]", rest) else ""
            )
        rest = rest.strip(" ,;.!–—-")
        return f"{under_way}. {rest}." if rest else f"{under_way}."
    head = "Es ist noch nicht gebucht" if lang == "de" else "It is not booked yet"
    gap = next((g for g in m.group("g1", "g2", "g3", "g4") if g), "")
    day = " ".join(_DAY_IN_GAP.findall(gap))
    if day:
        head = f"{head} {day}"
    if re.match(r"\s*[,;–—.!-]", rest) or not rest.strip():
        rest = rest.strip(" ,;.!–—-")
        return f"{head}. {rest}." if rest else f"{head}."
    return f"{head}{rest}"  # "…, you're confirmed for Friday": the clause's details kept
