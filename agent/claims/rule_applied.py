"""A salon rule said of every booking and applied to the caller's own, put in standard words
(blind 36, claims81): one step of `reworded`.

"Wie alle unsere Termine ist auch Ihrer verbindlich gebucht", "Wie jede Buchung hier ist auch
Ihre jetzt bestätigt", "Wie alle Samstagstermine ist auch Ihrer bei Lena fest": the comparison
names every booking, the claim is the caller's (convention 45). The reader took "alle Termine"
as the call's appointments, all of them booked (true only where the call holds two), or dropped
the sentence as a rule for everyone. The comparison and its "auch Ihre(r)" become "Ihr Termin"
("Ihr Samstagstermin" for a compound), which the clause reader reads as the caller's booking.
Not: a rule with no "auch Ihre(r)" ("Wie bei allen Buchungen schicken wir eine SMS"), nor a
cancellation's comparison ("Wie alle Absagen …"), read as before.

claims84: the comparison with no "auch" ("Wie jede Buchung bei uns ist Ihre sofort fix"), a
cancellation's ("Wie alle Absagen ist auch Ihre kostenlos – und erledigt": "Ihre Stornierung …"),
a comparison before an act said to the caller ("Wie bei jeder Buchung bekommen Sie gleich eine
SMS", "Wie bei allen Kunden rufen wir Sie zurück, …": the act, a promise to this caller), "wie
immer bei …" before the caller's appointment ("Wie immer bei Stornierungen ist Ihr Termin damit
aus dem Kalender"), the comparison put inside ("Ihre Buchung ist, wie immer bei uns, sofort
bestätigt"), and the English ("Like all cancellations here, yours is …", "Every booking's final
here, and yours is no exception", "Every appointment here is confirmed …, yours included"). A
rule that says nothing to the caller ("Wie bei allen Buchungen schicken wir eine SMS", "Every
booking is final here") is left as it is.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*wie\s+(?:bei\s+)?(?:alle[nm]?|jede[rnm]?|sämtliche[nm]?)\s+(?:unsere[nmr]?\s+)?"
    r"(?P<noun>[a-zäöüß]*(?:termin|buchung|reservierung)\w*|absagen?|stornierung(?:en)?|stornos?)(?:\s+(?:hier|bei\s+uns))?\s*,?\s+"
    r"(?P<verb>ist|wird|steht|bleibt)\s+(?:auch\s+)?ihre[rns]?\b",
    re.IGNORECASE,
)
_CANCEL_NOUN = lazy(r"^(?:absage|stornierung|storno)", re.IGNORECASE)
# "Wie bei jeder Buchung bekommen Sie …", "Wie bei allen Kunden rufen wir Sie zurück …"
_ACT_TO_CALLER = lazy(
    r"^\W*wie\s+(?:bei\s+)?(?:alle[nm]?|jede[rnm]?|sämtliche[nm]?)\s+(?:unsere[nmr]?\s+)?"
    r"[a-zäöüß]+(?:\s+(?:hier|bei\s+uns))?\s*,?\s+(?P<verb>[a-zäöüß]+)\s+"
    r"(?P<subj>sie|wir|ich)\s+(?P<rest>(?:(?:[a-zäöüß]+\s+){0,2}?)(?:sie|ihnen|ihr\w*)\b.*|.*)",
    re.IGNORECASE,
)
_CALLER = lazy(r"^(?:\S+\s+){0,3}?(?:sie|ihnen|ihr\w*)\b", re.IGNORECASE)
# "Wie immer bei Stornierungen ist Ihr Termin …"
_AS_ALWAYS = lazy(
    r"^\W*wie\s+(?:immer|üblich|gewohnt)(?:\s+bei\s+(?:uns|[a-zäöüß]+))?\s*,?\s+"
    r"(?P<verb>ist|sind|steht|bleibt|wird)\s+(?P<subj>ihre?\s+[a-zäöüß]+)\s+(?P<rest>.*)",
    re.IGNORECASE,
)
# "Ihre Buchung ist, wie immer bei uns, sofort bestätigt"
_INSIDE = lazy(
    r"^(?P<head>\W*ihre?\s+[a-zäöüß]+\s+(?:ist|sind|steht|bleibt|wird))\s*,?\s*(?:wie\s+"
    r"(?:immer|üblich|gewohnt|bei\s+(?:allen|jede[rm])\s+[a-zäöüß]+)(?:\s+bei\s+uns)?|"
    r"bei\s+uns)\s*,\s*",
    re.IGNORECASE,
)
_EN = (
    # "Like all cancellations here, yours is free", "As with every booking, yours is done"
    lazy(
        r"^\W*(?:like|as\s+with)\s+(?:all|every|any)\s+(?:(?:of\s+)?our\s+)?(?P<noun>[a-z]+?)s?"
        r"(?:\s+(?:here|with\s+us))?\s*,\s*yours\s+(?P<rest>(?:is|'s|has)\b.*)",
        re.IGNORECASE,
    ),
    # "Every booking's final here, and yours is no exception"
    lazy(
        r"^\W*every\s+(?P<noun>[a-z]+)(?:'s|\s+is)\s+(?P<pred>[^,]+?)(?:\s+(?:here|with\s+us))?"
        r",?\s+and\s+yours\s+is\s+no\s+(?:exception|different)\W*$",
        re.IGNORECASE,
    ),
    # "Every appointment here is confirmed on the spot, yours included"
    lazy(
        r"^\W*every\s+(?P<noun>[a-z]+)(?:\s+(?:here|with\s+us))?\s+is\s+(?P<pred>[^,]+?),\s*"
        r"yours\s+included\W*$",
        re.IGNORECASE,
    ),
)


def _english(sentence: str) -> str:
    for pattern in _EN:
        if m := pattern.match(sentence):
            rest = m["rest"] if "rest" in m.groupdict() else f"is {m['pred']}."
            return f"Your {m['noun'].lower()} {rest}"
    return sentence


def _german_act(sentence: str) -> str:
    if m := _ACT_TO_CALLER.match(sentence):
        said = f"{m['verb']} {m['rest']}"
        if m["subj"].lower() == "sie" or _CALLER.match(m["rest"]):
            return f"{m['subj'].capitalize()} {said}"
    if m := _AS_ALWAYS.match(sentence):
        return f"{m['subj'][0].upper()}{m['subj'][1:]} {m['verb']} {m['rest']}"
    if m := _INSIDE.match(sentence):
        return f"{m['head']} {sentence[m.end() :]}"
    return sentence


def rule_applied_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a rule for every booking applied to the caller's as the caller's booking
    (see above), else as it is."""
    if lang == "en":
        return _english(sentence)
    if lang != "de":
        return sentence
    if not (m := _DE.match(sentence)):
        return _german_act(sentence)
    noun = m["noun"].lower()
    if _CANCEL_NOUN.match(noun):
        return f"Ihre Stornierung {m['verb']}{sentence[m.end() :]}"
    head = noun[: noun.index("termin")] if "termin" in noun else ""
    own = f"Ihr {head.capitalize()}termin" if head else "Ihr Termin"
    return f"{own} {m['verb']}{sentence[m.end() :]}"
