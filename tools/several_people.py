"""Whether a service wish is for more than one person ("für mich und meinen Mann", "mein Mann und
ich", "a cut for me and my wife", "Mutter und Tochter").

Two people are two appointments, each with its own service: one service read from the words
would book one person's cut for both (a couple's "Haare schneiden" is not one Herrenhaarschnitt).
Several people of one kind with one service said ("Kinderhaarschnitt für meine zwei Jungs") name
that service and are not caught here.
"""

from __future__ import annotations

import re

from tools.text_fold import fold

# The caller as one of those it is for.
ME = r"(?:mich|ich|mir|me|i|myself)"
# Someone besides the caller, by relation (possessive optional: "meine Tochter", "my wife").
OTHER = (
    r"(?:(?:mein(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|my|our)\s+)?"
    # how many of them: "meine beiden Jungs", "my two kids"
    r"(?:(?:zwei|drei|vier|beiden|beide|two|three|four|both|[2-4])\s+)?"
    r"(?:mann|frau|ehemann|ehefrau|partner\w*|freund\w*|verlobte[nr]?|sohn|tochter|kind|kinder"
    r"|kleine[nr]?|junge[n]?|jungs|maedchen|bruder|schwester|mutter|mama|vater|papa|oma|opa"
    r"|toechter|soehne|brueder|schwestern|enkel\w*"
    r"|husband|wife|partner|boyfriend|girlfriend|fiance\w*|sons?|daughters?|kid|kids|child|children"
    r"|boys?|girls?|brothers?|sisters?|mother|mom|mum|father|dad|grandchildren|grandkids)"
)
_AND = r"\s*,?\s+(?:und|and|plus|sowie|mit|with|&)\s+(?:fuer\s+|for\s+)?"
# the other's age said as an aside ("für meinen Sohn, acht Jahre, und für mich")
_AGE = (
    r"(?:\s*,?\s+(?:\d{1,2}|eins?|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:jahre?|years?)(?:\s+(?:alt|old))?)?)?"
)
# Two relations of the family named together, neither of them the caller ("Mutter und Tochter").
_PAIR = (
    r"(?:mutter|mama|vater|papa|mom|mum|mother|father|dad)"
    + _AND
    + r"(?:tochter|sohn|kind|daughter|son|child|kid)"
)
_SEVERAL = re.compile(
    rf"\b(?:{ME}{_AND}{OTHER}|{OTHER}{_AGE}{_AND}{ME}|{_PAIR}"
    r"|wir\s+(?:beide|zwei|zu\s+zweit)|uns\s+(?:beide|zwei)|both\s+of\s+us|the\s+two\s+of\s+us"
    r"|(?:a\s+)?couples?|paar\w*termin)\b"
    # one service each, counted: "einmal Herren, einmal Kinder", "one men's cut and one kids' cut"
    r"|\beinmal\s+\w+(?:\s+\w+)?\s*(?:,|und|and|plus)?\s*(?:noch\s+)?einmal\s+\w+"
    r"|\bone\s+\w+(?:\s+\w+)?\s*(?:,|and|plus)\s*one\s+\w+"
)


def for_several_people(text: str) -> bool:
    """True when the words ask for the caller and someone else, or for two people of a family."""
    return bool(_SEVERAL.search(fold(text.replace("'", " "))))


# Everyone named wants the same: "beide färben", "we both want a colour", "alle schneiden"
_EACH = re.compile(r"\b(?:beide|beiden|alle|allesamt|both|all\s+of\s+us|each|jeweils|jeder|jede)\b")
# whom the service is for, by relation ("meinem Mann", "für meinen Sohn", "for my wife")
_WHOM = re.compile(rf"\b(?:fuer\s+|for\s+)?{OTHER}\b")


def same_for_each(text: str) -> bool:
    """True when the words say each of the people named wants the same ("beide", "both")."""
    return bool(_EACH.search(fold(text.replace("'", " "))))


def without_whom(text: str) -> str:
    """The folded words without whom the service is for ("meinem Mann den Bart stutzen": "den
    Bart stutzen")."""
    return " ".join(_WHOM.sub(" ", fold(text.replace("'", " "))).split())
