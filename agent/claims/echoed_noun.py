"""An answer whose subject is the thing just named: an echo of the caller's question said first,
or the noun of the caller's question (blind 43, claims118).

"Ihre Bestätigung? Die ist schon längst raus.", "Die SMS? Die haben Sie gleich.", "Bestätigung?
Ist schon raus.", "Your confirmation? It's already gone out.", "Your text? You'll have it in a
second.", "Confirmation? Already sent.": the agent echoes what the caller asked about and answers
with a pronoun for it, or with no subject at all. The answer says of that thing what a sentence
naming it says ("Ihre Bestätigung ist schon längst raus": the text sent, `done` + text), so it
is read with the echo put where the pronoun stands (German puts any phrase first before the
verb; English puts it for the subject "it" / "that", or for the object "it" after "you").
After the caller's question ("Bekomme ich eine Bestätigung?" -> "Die ist schon unterwegs zu
Ihnen.", "Will I get a confirmation?" -> "It'll come by text in a minute.") the question's noun
is the thing: `answered_statement` asks `with_noun` for the answer said with it.

Not: an echo that is a verb or participle ("Storniert? Nein, …", "Rebooked? Not yet"), an echo
of several words with a verb, an answer that opens with a negation, a condition, a question or a
subject of its own ("Die Bestätigung? Wir schicken sie, sobald …" keeps its words).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
# the echo: a noun with its article or possessive, or a bare noun of the things a caller asks for
_ECHO = {
    "de": lazy(
        r"^\W*(?P<np>(?:(?i:ihre?n?|die|der|das|eine?n?|ihre?m)\s+)?[A-ZÄÖÜ][\w-]*)\s*\?\s+"
        r"(?P<answer>\S.*)$"
    ),
    "en": lazy(
        r"^\W*(?P<np>(?:(?:your|the|a|an)\s+)?(?:confirmation|text|sms|message|reminder|email|"
        r"e-mail|booking|appointment|note|call(?:\s*back)?)(?:\s+text|\s+message)?)\s*\?\s+"
        r"(?P<answer>\S.*)$",
        _F,
    ),
}
# German nouns only: a capitalised participle or verb is no echo of a thing ("Storniert?",
# "Gebucht?", "Verschoben?")
_NOT_NOUN_DE = lazy(r"^(?:ge\w+t|\w+iert|\w+ert|\w+en)$", _F)
_YES = lazy(r"^(?:ja|genau|klar|jawohl|sicher|yes|yeah|yep|sure)\W+", _F)
# the answer's subject standing for the thing: a pronoun
_PRONOUN = {
    "de": lazy(r"^(?:die|der|das|er|es)\s+(?P<rest>\w.*)$", _F),
    "en": lazy(r"^(?:it|that(?:\s+one)?)(?P<rest>(?:'s|'ll|\s)\s*\w.*)$", _F),
}
# "You'll have it in a second": the thing as the object the caller gets
_YOU_HAVE_IT = lazy(r"^(?P<lead>you(?:'ll|\s+will|\s+should|'ve|\s+have)?\s+(?:\w+\s+)?)it\b", _F)
# an answer with no subject: it opens with the verb or a word of time or completion
_NO_SUBJECT = {
    "de": lazy(
        r"^(?:ist|sind|kommt|geht|liegt|läuft|wird|schon|bereits|längst|gleich|sofort|"
        r"unterwegs|verschickt|versendet|raus|rausgegangen)\b",
        _F,
    ),
    "en": lazy(r"^(?:already|just|on\s+its\s+way|coming|sent|gone|going|out|arriving)\b", _F),
}


def with_echo(sentence: str, lang: str) -> str | None:
    """`sentence` said with its echo where the answer's pronoun stands, or None (see above)."""
    m = _ECHO.get(lang, _ECHO["de"]).match(sentence)
    if m is None:
        return None
    np = m["np"]
    if lang != "en" and _NOT_NOUN_DE.match(np.split()[-1]) and len(np.split()) == 1:
        return None
    return with_noun(m["answer"], np, lang)


def with_noun(answer: str, np: str, lang: str) -> str | None:
    """`answer` said with `np` for the thing it answers about, or None (see above)."""
    answer = _YES.sub("", answer.strip(), count=1)
    en = lang == "en"
    said = _PRONOUN["en" if en else "de"].match(answer)
    if said is not None:
        rest = said["rest"]
        return f"{_first_up(np)}{rest}" if en else f"{_first_up(np)} {rest}"
    if en and (obj := _YOU_HAVE_IT.match(answer)) is not None:
        return f"{obj['lead']}{np[:1].lower()}{np[1:]}{answer[obj.end() :]}"
    if _NO_SUBJECT["en" if en else "de"].match(answer):
        return f"{_first_up(np)} {answer[:1].lower()}{answer[1:]}"
    return None


def _first_up(np: str) -> str:
    return np[:1].upper() + np[1:]
