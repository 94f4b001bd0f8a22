"""A verbless parting that names the visit's day ("Also dann übermorgen bei Fabian.", "Gut, dann
Freitag um zehn."; blind 24, claims41; convention 65: a goodbye naming the visit is `booked`),
read as the goodbye it is: "Bis übermorgen bei Fabian!".

Only a phrase of "dann" and a day (a weekday, heute, morgen, übermorgen) with no verb and no
question. Not: "Also dann Freitag?" (a question), "Dann schaue ich für Freitag" (a verb)."""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import normalize
from agent.claims.restated import restated

_PARTING = lazy(
    r"^\W*(?:(?:also|gut|okay|ok|prima|super|schön|perfekt|wunderbar|alles\s+klar),?\s+)*dann,?\s+"
    r"(?P<rest>(?:heute|morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
    r"\b(?:\s+(?:um|bei|am|zur|zum|mit|abend|früh|vormittag|nachmittag|\d+|ein\w*|zwei|drei|"
    r"vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|uhr|[a-zäöüß]+))*)\s*[.!]?\s*$"
)
_VERB = lazy(
    r"\b(?:ist|sind|bin|habe|hab|hat|haben|wird|werde|schaue|schauen|buche|buchen|rufe|kommen|"
    r"komme|geht|passt|wäre|würde|kann|können|soll|sollen|frage|prüfe|sehen)\b"
)


def day_goodbye(sentence: str, lang: str) -> str | None:
    """ "Bis <day> …!" for a verbless parting naming a day, or None."""
    if lang != "de" or "?" in sentence:
        return None
    m = _PARTING.search(normalize(sentence))
    if m is None or _VERB.search(m["rest"]):
        return None
    return f"Bis {m['rest'].strip()}!"


def day_goodbye_read(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of a verbless parting read as the goodbye it is."""
    return restated(sentence, day_goodbye(sentence, lang), whole)
