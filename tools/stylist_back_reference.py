"""A stylist pointed at by a demonstrative after a preposition, with what tells who is meant:
"bei der, die meine Tochter geschnitten hat", "bei dem von neulich", "zu der, bei der meine
Mutter immer ist", "bei der von letztem Mal", "the one my daughter went to"; without the
preposition where a past visit tells who ("die von letztem Mal", "der vom letzten Mal", "die
Friseurin von neulich", "the lady from last time"), or by the caller's own visit ("bei der ich im
März war", "wie im Sommer", "wie damals, die hat mir die Farbe gemacht"). One person is meant
and nobody is named: asked who, with the stylists who offer the service (never "no such
stylist"). Read only where no name fits ("bei der Sophie, die meine Tochter geschnitten hat" is
Sophie)."""

from __future__ import annotations

# folded text (commas may be lost): a preposition, a demonstrative, then a relative pronoun or
# a preposition telling when or whose ("von neulich", "wie letztes Mal", "bei der meine Mutter")
BACK_REFERENCE = (
    r"\b(?:bei|zu|mit|von|an)\s+(?:der|dem|den|derjenigen|demjenigen|derselben|demselben)"
    r"\s*,?\s*(?:der|die|den|dem|welche[rnms]?|bei|zu|mit|von|vom|aus|wie|wo)\b"
    r"|\bthe\s+(?:one|lady|guy|woman|man|girl|person|stylist|hairdresser|barber)\s+"
    r"(?:my|i|we|our|his|her|your|me)\b"
    # "die von letztem Mal", "den von neulich", "die Friseurin vom letzten Mal", "the one from
    # last time": a demonstrative or a word for the stylist, then when the caller saw them
    r"|\b(?:der|die|den|dem|derjenige|diejenige|denjenigen|friseurin|friseur|kollegin|kollege"
    r"|dame|herrn?|frau|stylistin|stylist)\s*,?\s*(?:von|vom|wie|aus)\s+(?:dem\s+|der\s+|den\s+)?"
    r"(?:letzte[mnrs]?|vorletzte[mnrs]?|letztens|neulich|damals|vorhin|vorige[mnrs]?"
    r"|vergangene[mnrs]?)\b"
    r"|\bthe\s+(?:one|lady|guy|woman|man|girl|person|stylist|hairdresser|barber)\s+(?:from|of)\s+"
    r"(?:the\s+|my\s+)?(?:last|previous|other)\s+(?:time|visit|appointment|week|month|day)\b"
    # "bei der ich im März war", "bei dem ich vor Weihnachten war", "zu der wir immer gehen": the
    # caller's own past visit says who, in a relative clause
    r"|\b(?:bei|zu)\s+(?:der|dem|den|denen)\s*,?\s*(?:ich|wir)\s+(?:\w+\s+){0,4}?"
    r"(?:war|waren|gewesen|ging|gingen|gehe|gehen|geh|bin|hatte|hab|habe|hatten)\b"
    # "wie im Sommer", "wie damals", "wie an Ostern", "wie beim letzten Mal im Winter": the
    # phrase opens with the visit it means ("genau wie im März")
    r"|^\s*(?:(?:also|genau|so|bitte|gern|gerne)\s+)*wie\s+(?:im|am|an|zu|um|beim?|letzte[ns]?"
    r"|vorletzte[ns]?|damals|neulich|vorher|vor|immer|sonst|gehabt|zuletzt)\b"
    # "die hat mir die Farbe so schön gemacht", "der hat mich letztes Mal geschnitten": who did it
    # said as a plain clause, nobody named
    r"|\b(?:die|der|sie|er)\s+hat\s+(?:mir|mich)\s+(?:\w+\s+){0,5}?(?:ge\w+|\w+iert)\b"
)
