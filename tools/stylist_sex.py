"""A wish for a woman or a man with nobody named ("egal welche von den Damen", "eine der Damen",
"egal wer, aber eine Frau", "einer der Herren", "any of the guys"): a choice among the stylists
the salon file addresses so (`staff[].title`: Frau / Herr) who offer the service. The file says
how each stylist is addressed, not more; the title is the only honest source, and a stylist
without one is in neither set.

Only the sex and words of indifference may be said: any other wish ("eine junge Frau", "die Dame
von letzter Woche", "nur kein Mann") stays a condition, asked back (`tools.stylist_condition`)."""

from __future__ import annotations

import re

from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.salon import SalonFile
from tools.gender_whoever import title_beside_whoever
from tools.service_compound import says_a_service
from tools.stylist_title import title_of
from tools.text_fold import fold

_WOMAN = frozenset(
    """
    dame damen frau frauen friseurinnen stylistinnen kolleginnen weiblich weibliche weiblichen
    weiblicher
    lady ladies woman women female females girl girls gal gals
    """.split()
)
# "eine Friseurin" wishes for a woman; "irgendeine Friseurin", "egal welche Stylistin" is anyone
# (as `tools.stylist_condition` reads it). The masculine job word ("irgendein Friseur", "egal
# welcher Friseur") is generic in German: no wish for a man.
_WOMAN_BY_JOB = frozenset({"friseurin", "stylistin", "kollegin"})
_ANY_ONE = frozenset({"irgendeine", "beliebige", "welche", "jede"})
_MAN = frozenset(
    """
    herr herren herrn mann maenner maennern maennlich maennliche maennlichen maennlicher guy guys
    man men
    male males gentleman gentlemen bloke blokes chap chaps fella fellas
    """.split()
)
# Words that say nothing about who beside the sex: articles, "egal welche", "any of the",
# "Hauptsache", "lieber", "doesn't matter who", "egal wer, nur bitte eine Frau", "wer auch immer".
_INDIFFERENT = frozenset(
    """
    ein eine einen einem einer eins der die den dem des von vom bei beim zu zum zur mit
    egal welche welcher welchen welches wer wen irgendeine irgendeiner irgendeinen irgendein
    beliebige beliebiger jede jeder jeden hauptsache lieber liebsten am gern gerne bitte aber
    dann also ja na halt einfach ruhig mir ist sind ob es das wen hauptsaechlich
    nur bloss ganz auch immer
    a an the any of one ones either please but just id i would prefer rather like doesnt does
    matter who whoever which whichever dont mind care is fine ok okay thanks
    waere waer haette faende mag moechte wuerde wenns wenn falls geht gehts moeglich ich
    moeglichst wuerden if possible preferably ideally be would
    stylist stylists hairdresser hairdressers friseur barber barbers kollege kollegen
    """.split()
)
# job words beside the sex ("ein männlicher Friseur", "einen männlichen Kollegen"); alone, the
# masculine is generic ("irgendein Kollege": anyone, no wish for a man)
_JOBS = frozenset(
    "stylist stylists hairdresser hairdressers friseur barber barbers kollege kollegen".split()
)


# One person with the definite article ("die Frau", "der Herr", "the guy") may be someone the
# caller has in mind: a description, asked, unless indifference is said ("egal welche").
_ONE = frozenset(
    """
    frau dame herr herrn mann friseurin stylistin kollegin lady woman girl gal man guy bloke
    chap fella gentleman
    """.split()
)
_THE = frozenset({"der", "die", "dem", "den", "the"})
_ANY = frozenset(
    """
    egal welche welcher welchen irgendeine irgendeiner irgendeinen irgendein beliebige
    beliebiger jede jeder jeden any either whichever whoever matter
    """.split()
)


# Who the appointment is for and why, said beside the sex ("ein Mann für meinen Sohn", "a lady
# for my little one", "eine Frau, meine Tochter ist schüchtern"), and a hedge on the salon having
# one ("a gentleman, if you have one", "falls Sie einen haben"): no condition on the stylist.
# ("girl" after "my" is the child, never a wish for a woman.) Works on folded text.
_PERSON = (
    r"(?:sohn|tochter|kind|kinder|kleine[nmrs]?|junge[nmn]?|maedchen|enkel\w*|nichte|neffe[n]?"
    r"|son|daughter|kid|kids|child|children|little\s+(?:one|boy|girl)|boy|girl|grandson"
    r"|granddaughter|niece|nephew)"
)
_MY = r"(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|my|our)"
_FOR_WHOM = re.compile(rf"\b(?:fuer|for)\s+{_MY}\s+{_PERSON}\b")
_WHY = re.compile(
    rf"(?:\s*,\s*|\s+)(?:{_MY}\s+{_PERSON}|(?:sie|er|she|he)s?)\s+(?:ist|is|wird|was|war|gets)\b.*$"
    rf"|\s*,?\s*\b(?:weil|da|because|since)\s+{_MY}\s+{_PERSON}\b.*$"
)
_IF_ANY = re.compile(
    r"\s*,?\s*\b(?:if|falls|wenn)\s+(?:you|sie|ihr)\s+(?:have|got|has|einen|eine|einer|one|any"
    r"|so\s+(?:einen|eine))(?:\s+(?:one|any|einen|eine|haben|habt|hat|da|got))*\b"
)


def _without_whom_and_why(text: str) -> str:
    """`text` (folded, commas kept) without who it is for, why, and "if you have one"."""
    return _IF_ANY.sub(" ", _WHY.sub(" ", _FOR_WHOM.sub(" ", text)))


def wanted_title(text: str | None) -> str | None:
    """'Frau' or 'Herr' when the words wish for a woman or a man and nothing else (or "whoever is
    free" beside it: `tools.gender_whoever`), else None."""
    return _title_said(text) or title_beside_whoever(text or "", _title_said)


def _title_said(text: str | None) -> str | None:
    # "Herrenschnitt bei einer Frau": the service said beside the wish is no part of it
    folded = _without_whom_and_why(fold((text or "").replace("'", "")))
    words = [w for w in folded.replace(",", " ").split() if not says_a_service(w)]
    # "the barber guy": the article before the person, a job word between them
    bare = [w for w in words if w not in _JOBS]
    the_one = any(w in _ONE and i and bare[i - 1] in _THE for i, w in enumerate(bare))
    if the_one and not _ANY & set(words):
        return None  # "die Frau": someone in mind, asked
    if any(w in _WOMAN_BY_JOB and i and words[i - 1] in _ANY_ONE for i, w in enumerate(words)):
        return None  # "irgendeine Friseurin": anyone
    women = any(w in _WOMAN | _WOMAN_BY_JOB for w in words)
    men = any(w in _MAN for w in words)
    if women == men:  # neither, or both ("ob Mann oder Frau")
        return None
    if any(w not in _WOMAN | _WOMAN_BY_JOB | _MAN | _INDIFFERENT for w in words):
        return None
    return "Frau" if women else "Herr"


def stylists_titled(
    catalog: Catalog, service_slug: str, title: str, salon: SalonFile | None
) -> tuple[Stylist, ...]:
    """Who offers the service and is addressed with the title in the salon file."""
    return tuple(s for s in catalog.stylists_for(service_slug) if title_of(s, salon) == title)
