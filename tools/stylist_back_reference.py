"""A stylist pointed at by a demonstrative after a preposition, with what tells who is meant:
"bei der, die meine Tochter geschnitten hat", "bei dem von neulich", "zu der, bei der meine
Mutter immer ist", "bei der von letztem Mal", "the one my daughter went to"; without the
preposition where a past visit tells who ("die von letztem Mal", "der vom letzten Mal", "die
Friseurin von neulich", "the lady from last time"). One person is meant
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
)
