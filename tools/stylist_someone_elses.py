"""A stylist chosen by another person: "dieselbe wie meine Schwester", "die Friseurin von meiner
Tochter", "denselben wie mein Bruder", "wie bei Mama", "my sister's hairdresser", "whoever does my
wife's hair", "the same as my husband". One person is meant and the words cannot tell who: asked,
with the stylists who offer the service (never "no such stylist", never "no preference"). A
relative the service is for ("für meine Tochter", "for my son") points at nobody. Read only where
no name fits ("Sophie, wie meine Schwester" is Sophie)."""

from __future__ import annotations

import re
from collections.abc import Callable

# folded text, apostrophes dropped ("my sisters hairdresser")
_RELATIVE = (
    r"(?:mutter|mama|mami|mutti|vater|papa|papi|schwester|bruder|tochter|sohn|mann|frau|gatte"
    r"|gattin|partner|partnerin|freund|freundin|oma|opa|tante|onkel|cousine|cousin|nichte|neffe"
    r"|nachbar|nachbarin|kollegin|kollege|schwieger\w+|enkel|enkelin"
    r"|mother|mum|mom|mummy|mommy|father|dad|daddy|sister|brother|daughter|son|husband|wife"
    r"|partner|friend|boyfriend|girlfriend|gran|granny|grandma|grandpa|aunt|uncle|cousin|niece"
    r"|nephew|neighbour|neighbor|colleague|flatmate|roommate)(?:s|n|en|es)?"
)
_MY = r"(?:mein|meine|meiner|meinem|meinen|meines|unser|unsere|unserer|unserem|unseren|my|our)"
# The relative tied to the stylist: after a word that compares or links ("dieselbe wie meine
# Mutter", "die von meiner Tochter", "zu der meine Nachbarin geht", "the same as my husband",
# "whoever does my wife's hair"), as the owner ("my sister's hairdresser", "die Friseurin meiner
# Tochter") or by a pet word alone ("wie bei Mama"). Not a relative said otherwise: "für meine
# Tochter" (whom the service is for), "irgendwer, mein Sohn ist da nicht wählerisch".
SOMEONE_ELSES = (
    r"\b(?:wie|von|vom|bei|zu|zur|zum|der|die|dem|den|as|like|of|sees?|goes|went|does|did|cuts?"
    r"|has|had)\s+(?:bei\s+|von\s+|zu\s+)?" + _MY + r"\s+(?:\w+\s+)?" + _RELATIVE + r"\b"
    r"|\b(?:my|our)\s+(?:\w+\s+)?" + _RELATIVE + r"s\s+(?:hair\w*|stylist|barber|one)\b"
    r"|\b(?:friseur\w*|stylist\w*|barbier\w*|coiffeu\w*)\s+(?:meiner|meines|unserer|unseres)\s+"
    r"(?:\w+\s+)?" + _RELATIVE + r"\b"
    r"|\b(?:wie|bei|von|like|as)\s+(?:bei\s+)?(?:mama|mami|mutti|papa|papi|oma|opa|mum|mom|dad)s?\b"
)

# the same words for other modules: a relative, and "my" before it
RELATIVE = _RELATIVE
MY = _MY

_SAME = (
    r"\b(?:dieselbe|derselbe|denselben|demselben|dieselben|die\s+gleiche|der\s+gleiche"
    r"|den\s+gleichen|the\s+same(?:\s+one)?(?:\s+as)?)\b"
)
_SAID_OF_SOMEONE_ELSE = re.compile(rf"(?:{_SAME}\s*)?(?:{SOMEONE_ELSES})")


def without_someone_elses(text: str, names: Callable[[str], bool]) -> str:
    """The (folded) text without whose stylist it is, when a name is said beside it ("dieselbe wie
    meine Schwester, die Sophie": Sophie); as said when what is left names nobody."""
    kept = _SAID_OF_SOMEONE_ELSE.sub(" ", text)
    return kept if kept != text and names(kept) else text
