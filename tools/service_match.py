"""Which catalog service a caller means: by what the words mean, not by how they are spelled.

Each name of a service (catalog name and the salon file's aliases) and each of the salon's
service groups becomes a set of concepts (`tools.service_words`). A wish matches a name when it
says everything the name says; the most specific names win. "Bart schneiden" says beard + cut,
which the alias "Bartschnitt" says completely and "Damenhaarschnitt" does not, so it is beard
care; "Haare schneiden" matches the group of haircuts and is asked back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from calendar_adapter.backend import Catalog, Service
from calendar_adapter.salon import SalonFile
from tools.occasion_hair import occasion_hairdo, occasion_unsaid
from tools.service_age import says_grown_age, says_teen_age
from tools.service_compound import says_a_service
from tools.service_correction import after_retraction
from tools.service_effect import STRAIGHTENING, service_by_effect, straightening_wished, wished
from tools.service_ends_trim import daughters_ends_trim
from tools.service_pair import offered_of_pair
from tools.service_tool import plain_wish
from tools.service_wanted import own_curls_too_much, wanted_after_description
from tools.service_words import (
    ADD_ON_CARE,
    concept_of,
    concepts,
    not_offered_name,
    spoken_articles,
)
from tools.several_people import for_several_people, same_for_each, without_whom
from tools.text_fold import fold

_FOR_WHOM = frozenset({"men", "women", "child"})
# A result wished for -> the service that gives it, when no service is named besides it
# ("Haare dunkler", "rote Haare", "I want brown hair": the colour)
_RESULTS = {"darker": "color", "hue": "color"}
# A result two kinds of service give ("Blondieren": a colour or highlights): asked with the
# salon's services that say one of them, when no service is named besides it
_EITHER = {"lighten": frozenset({"color", "highlights"})}
# Said besides a service without changing which it is ("Herrenhaarschnitt mit Waschen").
_INCIDENTAL = _FOR_WHOM | {"wash", "blowdry"}
# Services done to the head's hair as a whole: "Haare" said with them names nothing else
_DONE_TO_THE_HAIR = frozenset({"perm", "color", "highlights"})
# Done with a service, not alone: said alone and named by no service, it is not offered.
_ONLY_ADDED = {"wash": "Waschen", "blowdry": "Föhnen"}


@dataclass(frozen=True)
class ServiceMatch:
    status: Literal["ok", "ambiguous_service", "unknown_service"]
    service: Service | None = None
    candidates: tuple[Service, ...] = ()  # ambiguous: the services the words fit
    not_offered: str | None = None  # a known service the salon does not offer ("Maniküre")
    several_people: bool = False  # for the caller and someone else: one service each, asked


@dataclass(frozen=True)
class _Name:
    said: frozenset[str]
    services: tuple[str, ...]  # slugs; several for a group ("Haarschnitt")
    group: bool = False
    text: str = field(default="", compare=False)


def service_names(service: Service, salon: SalonFile | None) -> list[str]:
    """Every way the service may be called: catalog name, slug, aliases (catalog + salon file)."""
    names = [service.name, service.slug.replace("-", " "), *service.aliases]
    if salon is not None:
        for spec in salon.services:
            if spec.slug == service.slug:
                names += [spec.name, *spec.aliases]
    return list(dict.fromkeys(names))


def _names(catalog: Catalog, salon: SalonFile | None) -> list[_Name]:
    slugs = {s.slug for s in catalog.services}
    names = []
    for service in catalog.services:
        for text in service_names(service, salon):
            said, _, _ = concepts(text)
            if said:
                names.append(_Name(said, (service.slug,), text=text))
    for group in salon.service_groups if salon else ():
        members = tuple(s for s in group.services if s in slugs)
        for text in group.names:
            said, _, _ = concepts(text)
            if said and members:
                names.append(_Name(said, members, group=len(members) > 1, text=text))
    return names


_NEGATIONS = frozenset(
    {
        "nicht",
        "nichts",
        "kein",
        "keine",
        "keinen",
        "ohne",
        "not",
        "no",
        "without",
        "statt",
        "anstatt",
    }
)
# "instead of", "rather than", "anstelle von": one word of ruling out ("Färben statt Strähnchen")
# "dasselbe wie meine Frau", "the same as my husband": a service named only by someone else's
_SAME_AS_SOMEONE = re.compile(
    r"\b(?:dasselbe|dasgleiche|das\s+(?:selbe|gleiche)|(?:den|die)\s+gleichen?|genauso|same)\b"
    r"(?:\s+\w+)?\s+(?:wie|as)\s+(?:mein|meine|meinem|meiner|meinen|my|unser|unsere|our)\b"
)
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|anstelle\s+von)\b")
# After a word of preference, "als" / "than" rules out what follows ("lieber Färben als
# Strähnchen", "rather colour than highlights")
_PREFERRING = frozenset({"lieber", "eher", "besser", "rather", "sooner"})
_THAN = frozenset({"als", "than"})
# Words between a negation and what it negates ("nicht die Haare", "no more cut"): articles and
# words of extent ("keine komplette Farbe", "not a full colour", "statt ganz färben", "not an
# all-over colour"); they rule out only a service word after them ("nicht ganz kurz" stays)
_NEGATED_LEAD = frozenset(
    """
    die der das den dem the a an my meine mir ein eine einen einem einer any
    komplett komplette kompletten kompletter ganz ganze ganzen ganzer voll volle vollen
    full whole complete entire all over allover head of durchgehend durchgehende neue neuen new
    """.split()
)


def _negatable(word: str) -> bool:
    """A (folded) word a negation can rule out: a word of the lexicon, a compound of its words
    ("Kinderschnitt", "Haarschnitt") or a service the salon does not offer ("Extensions")."""
    return bool(concept_of(word) or says_a_service(word) or not_offered_name(word))


# The negation after what it rules out, at the end of its part of the phrase: "nur den Bart, die
# Haare nicht", "den Bart bitte, die Haare lassen wir", "die Haare bleiben wie sie sind", "the hair
# not", "leave the hair"
_LEFT_AS_IS = re.compile(
    r"^(?:(?:aber|und|doch|but|and)\s+)?(?:leave\s+)?(?P<what>(?:\S+\s+){0,3}\S+?)\s+"
    r"(?:(?:bitte|lieber|aber|doch|please)\s+)*(?:nicht|not|(?:lassen|lass)\s+wir(?:\s+so)?"
    r"|so\s+lassen|(?P<bare>lassen)|bleiben(?:\s+so)?(?:\s+wie\s+sie\s+sind)?|alone"
    r"|as\s+it\s+is)$"
)
# a bare "lassen" leaves only a part of the head as it is ("die Haare lassen", "den Bart lassen");
# after a verb it is the causative, the wish itself ("färben lassen", "Bart stutzen lassen")
_LEFT_PARTS = frozenset({"hair", "beard"})


def _left_as_is(chunk: str) -> bool:
    """A part of the phrase that rules out the services it names by a negation or a verb of
    leaving after them ("die Haare nicht", "die Haare lassen wir"): nothing of it is wished."""
    m = _LEFT_AS_IS.match(chunk.strip())
    if m is None:
        return False
    what = m["what"].split()
    if m["bare"] and concept_of(what[-1]) not in _LEFT_PARTS:
        return False
    return any(map(_negatable, what)) and all(w in _NEGATED_LEAD or _negatable(w) for w in what)


def without_negated(text: str) -> str:
    """The wish without the services it rules out ("nur föhnen, nicht schneiden", "Schnitt ohne
    Föhnen", "just a blow-dry, no cut", "nicht Strähnchen, Färben", "Färben statt Strähnchen",
    "lieber Färben als Strähnchen"): the service words right after a negation (or "als" /
    "than" after a word of preference) are dropped; a negation of anything else ("nicht zu kurz
    schneiden") leaves the words as said. A comma ends what a negation rules out."""
    chunks = spoken_articles(text).replace("'", "").split(",")
    folded = " , ".join(fold(chunk) for chunk in chunks if not _left_as_is(fold(chunk)))
    words = _INSTEAD_OF.sub("statt", folded).split()
    kept: list[str] = []
    preferring = False
    i = 0
    while i < len(words):
        preferring = preferring or words[i] in _PREFERRING
        if words[i] not in _NEGATIONS and not (preferring and words[i] in _THAN):
            kept.append(words[i])
            i += 1
            continue
        j = i + 1
        while j < len(words) and words[j] in _NEGATED_LEAD:
            j += 1
        end = j
        # "nicht schwarz färben": a colour ruled out is only how it is not to look
        only = "hue" if j < len(words) and concept_of(words[j]) == "hue" else None
        while end < len(words) and words[end] != "," and _negatable(words[end]):
            if only and concept_of(words[end]) != only:
                break
            end += 1
        if end == j:  # nothing of a service negated: keep the words
            kept.append(words[i])
            i += 1
            continue
        i = end
    return " ".join(w for w in kept if w != ",")


_JOINED = re.compile(r"\s*(?:,|&|\+|\b(?:und|and|plus|sowie|mit|with|n)\b)\s*")


def _joined_services(
    catalog: Catalog, text: str, salon: SalonFile | None, names: list[_Name]
) -> list[str]:
    """Two wishes joined ("Schnitt und Bart", "Bart mit Farbe"), naming services that have
    nothing in common: the services they name (to be asked), else nothing. Together the words
    may fit one service's name ("Bartschnitt"), but the caller said two things."""
    parts = [p for p in _JOINED.split(fold(text)) if p.strip()]
    if len(parts) < 2:
        return []
    named: list[tuple[str, ...]] = []
    by_slug = {s.slug: s for s in catalog.services}
    for part in parts:
        said, _, _ = concepts(part)
        either = _by_either_result(said, names, by_slug)
        if isinstance(either, ServiceMatch):  # "bleichen und Bart": colour or highlights, beard
            named.append(tuple(s.slug for s in either.candidates))
            continue
        said = either
        fitting = [n for n in names if said and n.said <= said]
        widest = [n for n in fitting if not any(n.said < m.said for m in fitting)]
        slugs = tuple(dict.fromkeys(s for n in widest for s in n.services))
        if slugs:
            named.append(slugs)
    if not any(set(a).isdisjoint(b) for i, a in enumerate(named) for b in named[i + 1 :]):
        return []  # one wish said in parts ("Haarschnitt mit Maschine")
    return list(dict.fromkeys(s for slugs in named for s in slugs))


def _by_result(said: frozenset[str]) -> frozenset[str]:
    """A result said ("Haare dunkler") is its service when nothing else names one; beside a
    service ("dunkle Strähnchen") it only says how that service is to look."""
    results = said & _RESULTS.keys()
    if not results:
        return said
    rest = said - results
    if rest - _INCIDENTAL - {"hair"}:
        return rest
    return rest | {_RESULTS[r] for r in results}


def _by_volume(said: frozenset[str]) -> frozenset[str]:
    """More volume said with a service: with a perm ("Volumenwelle", "Locken und Volumen") the
    perm; beside a cut ("Schnitt mit mehr Volumen") only how the cut is to look."""
    if "volume" not in said:
        return said
    rest = said - {"volume"}
    return rest if rest & {"cut", "clipper"} else rest | {"perm"}


def _volume_alone(
    said: frozenset[str], names: list[_Name], by_slug: dict[str, Service]
) -> ServiceMatch:
    """More volume and no service named ("ich will mehr Volumen"): a perm gives it, and so does
    a cut; asked with the perm and the cut (for whom it is, when said)."""
    whom = said & _FOR_WHOM
    perm = [s for n in names if n.said == {"perm"} for s in n.services]
    cuts = [
        s
        for n in names
        if "cut" in n.said
        and (n.said - {"hair"} == whom | {"cut"} if whom else n.group and n.said == {"cut"})
        for s in n.services
    ]
    slugs = dict.fromkeys(perm + cuts)
    return ServiceMatch("ambiguous_service", candidates=tuple(by_slug[s] for s in slugs))


def _by_either_result(
    said: frozenset[str], names: list[_Name], by_slug: dict[str, Service]
) -> frozenset[str] | ServiceMatch:
    """A result two kinds of service give ("Haare bleichen"): said alone, asked with the
    services whose names say one of those kinds ("Färben" or "Strähnchen"), never the whole
    list; beside a service ("Strähnchen blondieren") it only says how that one is to look."""
    results = said & _EITHER.keys()
    if not results:
        return said
    rest = said - results
    if rest - _INCIDENTAL - {"hair"}:
        return rest
    kinds = frozenset().union(*(_EITHER[r] for r in results))
    slugs = dict.fromkeys(
        s
        for n in names
        if not n.group and n.said - {"hair"} <= kinds and n.said & kinds
        for s in n.services
    )
    return ServiceMatch("ambiguous_service", candidates=tuple(by_slug[s] for s in slugs))


def _clipper_cut_for(said: frozenset[str]) -> frozenset[str]:
    """A clipper cut said for a woman or a child ("Undercut für Damen", "mein Sohn braucht 'nen
    Fade"): a haircut for them, whichever service the salon files clipper cuts under; for men
    or for nobody said it stays a clipper cut (the salon file says which service it is)."""
    if "clipper" in said and said & {"women", "child"} and "men" not in said:
        return said - {"clipper"} | {"cut"}
    return said


def _what_over_whom(fitting: list[_Name]) -> list[_Name]:
    """A service said for someone ("Strähnchen für meine Tochter", "a perm for my daughter"):
    the names that say what is done win over a name that says only whom it is for (the alias
    "Kinder"); the child is who the highlights are for, not a haircut besides them."""
    what = [n for n in fitting if n.said - _FOR_WHOM - {"hair"}]
    return what if what and len(what) < len(fitting) else fitting


def resolve_service(catalog: Catalog, text: str, salon: SalonFile | None = None) -> ServiceMatch:
    """The one service the words name; several that fit equally are asked back; a beauty
    service the salon does not offer is named as such. A wish for two people ("für mich und
    meinen Mann") is never one service: asked back, with what the words named as candidates."""
    match = _resolve_one(catalog, text, salon)
    whom = without_whom(text)
    if match.status == "ambiguous_service" and whom != fold(text) and _more_than_a_cut(whom):
        # "meinem Mann den Bart stutzen": the husband is whom the beard trim is for, never a
        # men's cut beside it; taken only when the words without him name one of those asked
        # and more than a cut (for a cut, whom it is for says which: "für meinen Mann waschen,
        # schneiden, föhnen" stays his)
        alone = _resolve_one(catalog, whom, salon)
        if alone.status == "ok" and alone.service in match.candidates:
            match = alone
    if match.status == "ambiguous_service" and (wish := wanted_after_description(text)):
        # "it's all one flat colour, I want some highlights": the hair as it is, then the wish
        alone = _resolve_one(catalog, wish, salon)
        if alone.status == "ok" and alone.service in match.candidates:
            match = alone
    if match.status != "ok" and not match.not_offered and (plain := plain_wish(text)) != fold(text):
        # "Bart mit dem Trimmer in Form bringen": the service without its tool and occasion
        alone = _resolve_one(catalog, plain, salon) if plain else match
        match = alone if alone.status == "ok" else match
    if match.status == "ok" and _SAME_AS_SOMEONE.search(fold(text)):
        # "dasselbe wie meine Frau letzte Woche": what she had is unknown here, never her sex's
        # cut; taken only when the words without her name a service themselves
        alone = _resolve_one(catalog, whom, salon) if whom.strip() else match
        if alone.status != "ok":
            return ServiceMatch("ambiguous_service", candidates=(match.service,))
    unread = match.status == "unknown_service" and not match.not_offered
    fits = match.status in ("ok", "ambiguous_service") or unread  # "Frisur" alone: a cut, asked
    if fits and (hairdo := occasion_hairdo(text)):
        # "eine Frisur für die Hochzeit", "hair for my sister's wedding": the hairdo, no cut
        return ServiceMatch("unknown_service", not_offered=hairdo)
    if match.status == "ok" and occasion_unsaid(text) and not concepts(text)[0] - _FOR_WHOM:
        # "zur Konfirmation meiner Tochter": whom, not what (a cut, a colour, a hairdo), asked
        return ServiceMatch("ambiguous_service", candidates=(match.service,))
    if match.status == "unknown_service" and match.not_offered:
        # "Tönung und dann noch Hochstecken": the offered one asked, never "not offered" alone
        offered = offered_of_pair(text, lambda part: _resolve_one(catalog, part, salon))
        named = tuple(
            dict.fromkeys(s for m in offered for s in (m.candidates or (m.service,)) if s)
        )
        if named:
            return ServiceMatch("ambiguous_service", candidates=named)
        if set(match.not_offered.split(", ")) <= ADD_ON_CARE:
            # "an Olaplex colour": the colour with care added, asked with the colour
            rest = " ".join(w for w in text.split() if not not_offered_name(fold(w)))
            alone = _resolve_one(catalog, rest, salon) if rest else match
            found = alone.candidates or ((alone.service,) if alone.service else ())
            if found:
                return ServiceMatch("ambiguous_service", candidates=found)
        return match
    if match.status == "ok" and own_curls_too_much(text):
        # "meine Locken sind zu wild": the curls the caller has, no perm wished; asked
        return ServiceMatch("ambiguous_service", candidates=(match.service,))
    if match.status == "ok" and "child" in concepts(text)[0] and says_teen_age(text):
        # "für meinen Sohn, der ist siebzehn": a child's cut or an adult's, asked
        return ServiceMatch("ambiguous_service", candidates=(match.service,))
    if match.status == "ok" and "child" in concepts(text)[0] and says_grown_age(text):
        # "für meinen Sohn, der ist zweiundzwanzig": a grown son's cut is a man's, never a child's
        return _grown_childs_cut(catalog, text, salon, match)
    if match.status == "ok" and "child" in concepts(text)[0] and daughters_ends_trim(text):
        # "für meine Tochter, Spitzen schneiden": a child's cut or a woman's, asked with both
        women = _resolve_one(catalog, "Damen Haarschnitt", salon)
        grown = (women.service,) if women.status == "ok" and women.service else ()
        return ServiceMatch("ambiguous_service", candidates=(match.service, *grown))
    if not for_several_people(text):
        return match
    if match.status == "ok" and same_for_each(text) and _more_than_a_cut(whom):
        # "meine Frau und ich, beide färben": that service for each; still several people, so
        # each is booked on their own (`tools.asked` asks as for any wish of several people)
        return ServiceMatch("ok", match.service, several_people=True)
    named = match.candidates or ((match.service,) if match.service else ())
    return ServiceMatch("ambiguous_service", candidates=named, several_people=True)


_SON = re.compile(r"\b(?:sohn|soehne|son|sons|junge|jungen|bub|boy)\b")
_DAUGHTER = re.compile(r"\b(?:tochter|toechter|daughter|daughters|maedchen|girl)\b")


def _grown_childs_cut(
    catalog: Catalog, text: str, salon: SalonFile | None, match: ServiceMatch
) -> ServiceMatch:
    """A child's cut for a son or daughter said to be grown up is a man's or a woman's cut; any
    other service stays as matched, and a grown child of neither said is asked."""
    child = _resolve_one(catalog, "Kinderhaarschnitt", salon)
    if child.status != "ok" or child.service != match.service:
        return match
    son, daughter = _SON.search(fold(text)), _DAUGHTER.search(fold(text))
    if bool(son) == bool(daughter):
        return ServiceMatch("ambiguous_service", candidates=(match.service,))
    grown = _resolve_one(catalog, "Herrenhaarschnitt" if son else "Damen Haarschnitt", salon)
    return (
        grown
        if grown.status == "ok"
        else ServiceMatch("ambiguous_service", candidates=(match.service,))
    )


# What a cut is said with: for a cut, whom it is for decides which one (a man's, a child's)
_A_CUT = frozenset({"cut", "hair", "wash", "blowdry", "clipper"}) | _FOR_WHOM


def _more_than_a_cut(words: str) -> bool:
    """The words name a service besides a cut and whom it is for ("den Bart stutzen", "färben"),
    never "schneiden", "Haarschnitt" or "waschen, schneiden, föhnen" alone."""
    return bool(concepts(words)[0] - _A_CUT)


def _without_stylist_names(catalog: Catalog, text: str, salon: SalonFile | None) -> str:
    """The wish without the stylists' names said in it ("Spitzer, Dauerwelle", "Lea Hofmann,
    Kinderhaarschnitt"): a name is nobody's service, however near a service word it sounds
    ("Spitzer" and "Spitzen", "Hofmann" and "Mann")."""
    names = {p for st in catalog.stylists for p in fold(st.name).split()}
    if salon is not None:
        names |= {fold(a) for spec in salon.staff for a in spec.aliases}
    kept = [w for w in re.findall(r"[\w']+|[^\w\s]", text) if fold(w) not in names]
    return " ".join(kept) if len(kept) < len(re.findall(r"[\w']+|[^\w\s]", text)) else text


def _named_exactly(catalog: Catalog, folded: str, salon: SalonFile | None) -> Service | None:
    """The service whose name or alias, as listed, is the whole (folded) wish."""
    for service in catalog.services:
        if any(fold(n) == folded for n in service_names(service, salon)):
            return service
    return None


def _resolve_one(catalog: Catalog, text: str, salon: SalonFile | None) -> ServiceMatch:
    by_slug = {s.slug: s for s in catalog.services}
    folded = fold(text)
    if not folded:
        return ServiceMatch("unknown_service")
    names = _names(catalog, salon)
    if exact := _named_exactly(catalog, folded, salon):
        return ServiceMatch("ok", exact)
    # "die Haare sollen wellig werden": the perm; the hair's state said beside the wish
    # ("my straight hair", "so glatt") is taken off first, so it never reads as "taken away"
    if straightening_wished(wished(text)):  # "permanently straight": straightening, not the perm
        return ServiceMatch("unknown_service", not_offered=STRAIGHTENING)
    effect = service_by_effect(wished(text))
    if effect is False:  # "die Locken sollen weg": no perm
        return ServiceMatch("unknown_service")
    if effect and effect in by_slug:
        return ServiceMatch("ok", by_slug[effect])
    text = _without_stylist_names(catalog, text, salon)
    after = after_retraction(text)
    if after is not None:  # "Strähnchen, ach nee, doch nur Farbe": the service after it
        said, not_offered, _ = concepts(after) if after else (frozenset(), (), ())
        if not said and not not_offered:  # "Strähnchen, nee": taken back, nothing else said
            return ServiceMatch("unknown_service")
        text = after
    text = wished(text)  # "meine Haare sind so glatt, ich will Locken": the wish, not the state
    text = without_negated(text)
    if not text:  # "kein Schnitt": only what is not wanted
        return ServiceMatch("unknown_service")
    if exact := _named_exactly(catalog, text, salon):  # "foils, not an all-over colour"
        return ServiceMatch("ok", exact)
    said, not_offered, _ = concepts(text)
    if not_offered:
        return ServiceMatch("unknown_service", not_offered=", ".join(not_offered))
    if "volume" in said and not said - {"volume", "hair"} - _INCIDENTAL:
        return _volume_alone(said, names, by_slug)
    said = _by_result(_by_volume(said))
    if not said:
        return ServiceMatch("unknown_service")
    either = _by_either_result(said, names, by_slug)
    if isinstance(either, ServiceMatch):
        return either
    said = _clipper_cut_for(either)

    fitting = [n for n in names if n.said <= said]
    if not fitting and said <= _ONLY_ADDED.keys():  # "nur föhnen": no service of its own
        return ServiceMatch(
            "unknown_service",
            not_offered=" und ".join(v for c, v in _ONLY_ADDED.items() if c in said),
        )
    # "Herren", "für meinen Sohn", "Haare für Herren": who it is for (the hair goes without saying)
    if not fitting and said - {"hair"} and said - {"hair"} <= _FOR_WHOM:
        fitting = [n for n in names if said <= n.said and not n.group]
        slugs = {s for n in fitting for s in n.services}
        if len(slugs) == 1:
            return ServiceMatch("ok", by_slug[slugs.pop()])
        return ServiceMatch("unknown_service")
    if not fitting:
        return ServiceMatch("unknown_service")
    fitting = _what_over_whom(fitting)
    # the hair goes without saying: "Haare schneiden und föhnen" says more than the group of
    # haircuts ("Haare schneiden"): all that the alias "Schneiden und Föhnen" says
    widest = [
        n
        for n in fitting
        if not any(n.said < m.said or n.said - {"hair"} < m.said - {"hair"} for m in fitting)
    ]
    slugs = list(dict.fromkeys(s for n in widest for s in n.services))
    if len(slugs) == 1 and (several := _joined_services(catalog, text, salon, names)):
        return ServiceMatch("ambiguous_service", candidates=tuple(by_slug[s] for s in several))
    if len(slugs) == 1 and not any(n.group for n in widest):
        # a wish the service's names never mention ("Kopf rasieren" is no beard care) is asked
        known = frozenset().union(*(n.said for n in names if slugs[0] in n.services))
        if known & _DONE_TO_THE_HAIR:  # "Locken in die Haare": the hair goes without saying
            known |= {"hair"}
        if said - known - _INCIDENTAL:
            return ServiceMatch("ambiguous_service", candidates=(by_slug[slugs[0]],))
        return ServiceMatch("ok", by_slug[slugs[0]])
    return ServiceMatch("ambiguous_service", candidates=tuple(by_slug[s] for s in slugs))
