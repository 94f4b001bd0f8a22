"""A stylist pointed at by a demonstrative after a preposition, with what tells who is meant:
"bei der, die meine Tochter geschnitten hat", "bei dem von neulich", "zu der, bei der meine
Mutter immer ist", "bei der von letztem Mal", "the one my daughter went to". One person is meant
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
)
