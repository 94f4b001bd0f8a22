"""The booking said as the calendar's entry or mark for it (claims132, blinds 46 and 50, probe
47d): one step of `reworded`.

"Der Kalender-Eintrag für Sie existiert jetzt", "The calendar entry for you exists now", "Bei mir
ist das jetzt drin", "It's in on my end now", "On my screen it's in now", "I've got a green tick
next to your booking", "Ich sehe bei Ihrer Buchung das grüne Häkchen": the speaker reads the
calendar, and what it shows is the caller's appointment booked (`booked`); "existiert noch
nicht", "There's no calendar entry for you yet", "It isn't in on my end yet" the booking not made
yet (`not_booked`). Put in the words the clause reader takes ("Ihr Termin ist eingetragen",
"Your appointment is booked"). Not: questions, another person's entry, an entry to come ("I'll
put a green tick next to it").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
_CUE = lazy(
    r"eintrag|drin\b|häkchen|haken|\bentry\b|\bin\s+on\s+my|\bit's\s+in\b|tick|check\s*mark", _F
)
_NOW_DE = r"(?:\s+(?:jetzt|nun|inzwischen|bereits|schon|auch))*"
_NOW_EN = r"(?:\s+(?:now|already))*"
_BOOKED = {"de": "Ihr Termin ist eingetragen.", "en": "Your appointment is booked."}
_NOT_YET = {
    "de": "Ihr Termin ist noch nicht eingetragen.",
    "en": "Your appointment isn't booked yet.",
}
_DE_BOOKED = lazy(
    # "Der Kalender-Eintrag für Sie existiert jetzt", "Ihr Kalendereintrag existiert"
    r"^\W*(?:so\s*,\s*)?(?:der|ihr)\s+(?:kalender-?eintrag|eintrag\s+im\s+kalender)(?:\s+für\s+sie)?\s+"
    rf"(?:existiert|besteht){_NOW_DE}\W*$|"
    # "Bei mir ist das jetzt drin", "Bei mir steht es jetzt drin"
    rf"^\W*(?:so\s*,\s*)?bei\s+mir\s+(?:ist|steht)\s+(?:das|es){_NOW_DE}\s+drin\W*$|"
    # "Ich sehe bei Ihrer Buchung (jetzt) das grüne Häkchen", "Neben Ihrem Termin ist ein grüner Haken"
    r"^\W*(?:ich\s+sehe|da\s+ist|es\s+gibt)\s+(?:(?:jetzt|nun|schon)\s+)?(?:bei|neben)\s+ihre[mr]\s+"
    r"(?:buchung|termin)\s+(?:(?:jetzt|nun|schon)\s+)?(?:das|ein(?:en)?)\s+grüne[ns]?\s+(?:haken|häkchen)\W*$",
    _F,
)
_DE_NOT_YET = lazy(
    r"^\W*(?:der|ihr|ein)\s+(?:kalender-?eintrag|eintrag\s+im\s+kalender)(?:\s+für\s+sie)?\s+"
    r"(?:existiert|besteht)\s+noch\s+nicht\W*$",
    _F,
)
_EN_BOOKED = lazy(
    # "The calendar entry for you exists now"
    r"^\W*(?:so\s*,\s*)?(?:the|your)\s+calendar\s+entry(?:\s+for\s+you)?\s+(?:now\s+)?exists"
    rf"{_NOW_EN}\W*$|"
    # "It's in on my end now", "On my screen it's in now"
    rf"^\W*(?:so\s*,\s*)?(?:it's|it\s+is){_NOW_EN}\s+in\s+on\s+my\s+(?:end|side|screen){_NOW_EN}\W*$|"
    rf"^\W*(?:so\s*,\s*)?on\s+my\s+(?:end|side|screen)\s*,?\s*(?:it's|it\s+is){_NOW_EN}\s+in{_NOW_EN}\W*$|"
    # "I've got a green tick next to your booking", "I can see the green check mark on your appointment"
    r"^\W*(?:i've\s+got|i\s+have|i\s+(?:can\s+)?see|there's|there\s+is)\s+(?:now\s+)?(?:a|the)\s+green\s+"
    r"(?:tick|check\s*mark|checkmark)\s+(?:next\s+to|on|by|beside|against)\s+your\s+"
    r"(?:booking|appointment)(?:\s+now)?\W*$",
    _F,
)
_EN_NOT_YET = lazy(
    r"^\W*there(?:'s|\s+is)\s+no\s+calendar\s+entry\s+for\s+you\s+yet\W*$|"
    r"^\W*(?:it\s+isn't|it's\s+not|it\s+is\s+not)\s+in\s+on\s+my\s+(?:end|side|screen)\s+yet\W*$",
    _F,
)


def entry_in_words(sentence: str, lang: str) -> str:
    """`sentence` as the booking it reads off the calendar's entry or mark, else as it is."""
    if lang not in ("de", "en") or not _CUE.search(sentence):
        return sentence
    booked, not_yet = (_DE_BOOKED, _DE_NOT_YET) if lang == "de" else (_EN_BOOKED, _EN_NOT_YET)
    if not_yet.search(sentence):
        return _NOT_YET[lang]
    if booked.search(sentence):
        return _BOOKED[lang]
    return sentence
