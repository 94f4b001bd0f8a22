"""Which stylist a caller means, from a name as a phone line and a speech recogniser deliver it:
first name, last name or both in either order, inside a phrase ("beim Fabian", "bei der Frau
Brandt"), misspelled ("Sofie", "Spitza", "Jilmas").

Three degrees of likeness per name part: the same (folded), a spelling variant (same sound key,
or one sound apart) and merely similar ("Helena" and "Lena"). Only one stylist the same or a
variant, and nobody else even similar, is a match; otherwise the candidates are asked back.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.salon import SalonFile
from tools.caller_intro import without_introduction
from tools.name_spelling import Spelling, spelled
from tools.retraction import retraction_words
from tools.spelling_alphabet import spelt_letters
from tools.stylist_aside import without_aside
from tools.stylist_broken_off import broken_off_candidates
from tools.stylist_client import as_client_of
from tools.stylist_colleague import names_a_colleague
from tools.stylist_compared import compared_as_question
from tools.stylist_condition import (
    LOOK_AFTER_NAME,
    TRAIT_AFTER_NAME,
    TRAIT_BEFORE_NAME,
    describes_someone,
    names_speciality,
    states_condition,
)
from tools.stylist_either import either_named
from tools.stylist_endearment import without_endearment
from tools.stylist_glued import unglued
from tools.stylist_glued_name import unglued_name
from tools.stylist_initial import title_initial, with_initial
from tools.stylist_others_wish import others_wish_own_open
from tools.stylist_own import as_own_of, offers_anyones_next_time
from tools.stylist_relation import without_relation
from tools.stylist_role import names_role
from tools.stylist_sentence import is_noun, is_service_word, names_nobody, never_a_name
from tools.stylist_sex import stylists_titled, wanted_title
from tools.stylist_short_form import short_form_of
from tools.stylist_someone_elses import without_someone_elses
from tools.stylist_swap import swap_keeps_name, swapped_neighbours
from tools.stylist_title import ADDRESS_WORDS, title_of, titled_words
from tools.text_fold import fold, sound_key
from tools.when.lexicon import WEEKDAYS

SAME, VARIANT, SIMILAR, NONE = 3, 2, 1, 0
SIMILAR_RATIO = 70
LONG_NAME = 6  # from this length one letter apart is a mishearing; below, another name

FILLERS = frozenset(
    """
    bei beim zu zum zur mit von vom frau herr herrn herren der die das dem den des gern gerne
    bitte am liebsten lieber wieder wie immer letztes mal beim letzten auch gleich ich moechte
    haette hatte will wuerde mag wenn moeglich moeglichst falls geht es einen termin nochmal
    noch einmal ja genau also aeh aehm hm kollegin kollege friseurin friseur stylistin stylist
    the with mr mrs ms miss please to if possible again like last time same as i would prefer had
    and und waere waer super toll gut prima schoen nett sonst dann zeit hat kann koennte passt
    frei ist sind war immer gleiche gleichen selbe selben letzte letzten danke vielleicht
    eventuell machen macht wenn sofern bevorzugt er sie es mir mich uns wir ihr ihm ihn nein
    egal be great fine good he she is free available has time preferably ideally usual one
    thanks would could id im ive want wanna love see book booking appointment an mister missus
    misses fraeulein gnaedige bitteschoen termin haben hab habe gehabt haette gerne can have
    get may got shes hes its someone wenns gehts mein meine meinen meinem meiner my unser
    unsere unserem unserer unseren our barbier barber coiffeur coiffeuse friseuse hairdresser
    halt eben einfach nur bloss wohl na naja gell jo joa ok okay so schon bitteschoen
    persoenlich hoechstpersoenlich selbst selber personally himself herself person
    kommen komme kaeme gehen gehe hin haett haet besten aber but rather falls called named name
    lady guy eher besser sooner
    da dr de bi dera
    salon laden geschaeft shop aus from
    warte wartet wait moment sekunde
    letztens neulich kuerzlich zuletzt damals recently regular regulars usually normally normalerweise
    always sees goes went
    """.split()
)
# "mein Stammfriseur Mehmet", "meine Lieblingsfriseurin Sophie": who they are to the caller
_ROLE_COMPOUND = re.compile(r"\w+(?:friseur|friseurin|friseuse|barbier|stylist|stylistin)$")
# Dialect articles ("bei da Sophie", "bi dr Sophie") are above; a day said in a condition
# ("Fabian, aber nur wenn er am Samstag kann") names nobody either.
FILLERS = (
    FILLERS
    | ADDRESS_WORDS  # "Pani Sophie", "Mehmet abi", "Signora Brandt": a title or address
    | frozenset(WEEKDAYS)
    | frozenset(
        "heute morgen uebermorgen today tomorrow woche week naechste naechsten next".split()
    )
)
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "ausser", "ohne", "not", "except", "no"})
ALTERNATIVES = frozenset({"oder", "or", "bzw"})


@dataclass(frozen=True)
class StylistMatch:
    status: Literal["ok", "among", "ambiguous_stylist", "unknown_stylist", "stylist_does_not_offer"]
    stylist: Stylist | None = None
    # the sound-alikes when ambiguous; "among": any one of them ("eine der Damen")
    candidates: tuple[Stylist, ...] = ()
    offered_by: tuple[Stylist, ...] = ()  # who offers the service (unknown / does-not-offer)


def _aliases(stylist: Stylist, salon: SalonFile | None) -> list[str]:
    if salon is None:
        return []
    return [a for spec in salon.staff if spec.username == stylist.username for a in spec.aliases]


def _parts(stylist: Stylist, salon: SalonFile | None) -> list[str]:
    return fold(stylist.name).split() + [fold(a) for a in _aliases(stylist, salon)]


def _likeness_to(word: str, stylist: Stylist, salon: SalonFile | None) -> int:
    """The best likeness of a said word to the stylist's names; a nickname ("Fabi") counts only
    when said as such, never as merely similar."""
    names = max((likeness(word, p) for p in fold(stylist.name).split()), default=NONE)
    nicknames = max((likeness(word, fold(a)) for a in _aliases(stylist, salon)), default=NONE)
    return max(names, nicknames if nicknames >= VARIANT else NONE)


# German pet-form endings of a first name: "Sophiechen", "Lenalein", "Leni", "Fabse", "Mehmi"
_PET_ENDINGS = ("chen", "lein", "erl", "le", "li", "si", "se", "i", "y", "ie")
_PET_STEM = 3  # the name's first letters kept in a pet form, at least
_CLIPPED = 4  # a first name cut short keeps this many letters at least ("Soph"; "Leo" is a name)


def _as_first_names(words: list[str], catalog: Catalog, salon: SalonFile | None) -> list[str]:
    """Each pet form of one stylist's first name or nickname ("Sophiechen", "Lenchen", "die
    Leni", "Fabse"; "Memochen" of "Memo") as that first name, said: it names no more than the
    name itself ("Lenchen" is asked where "Lena" is, as Lea sounds alike). A word that is
    already a name, or a pet form of several stylists' names, stays as said."""
    forms = {fold(s.name).split()[0]: fold(s.name).split()[0] for s in catalog.stylists}
    for s in catalog.stylists:
        first = fold(s.name).split()[0]
        forms.update({fold(a): first for a in _aliases(s, salon) if fold(a) not in forms})
    out = []
    for w in words:
        known = any(_likeness_to(w, s, salon) >= VARIANT for s in catalog.stylists)
        pets = {first for form, first in forms.items() if _pet_form_of(w, form)}
        out.append(pets.pop() if not known and len(pets) == 1 else w)
    return out


def _pet_form_of(word: str, first_name: str) -> bool:
    """`word` is the first name, or its first letters (three at least), with a pet-form ending:
    "sophiechen", "lenchen", "leni", "fabse" ("lenz", "leo", no ending, are other names); or
    the name cut short after a consonant, four letters at least ("Soph" for Sophie)."""
    if word == first_name:
        return False
    for ending in _PET_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _PET_STEM and first_name.startswith(stem):
            return True
    # cut after a consonant: a cut ending in a vowel is another name ("Fabia", "Mehme")
    return len(word) >= _CLIPPED and word[-1] not in "aeiouy" and first_name.startswith(word)


@functools.lru_cache(maxsize=65536)  # pure; every said word against every name part
def likeness(said: str, part: str) -> int:
    """How alike one said word and one name part are (folded words)."""
    if said == part:
        return SAME
    a, b = sound_key(said), sound_key(part)
    if a == b:
        return VARIANT
    # one letter apart in a long name is a mishearing (Fabien/Fabian); a different ending
    # makes another name (Sophia/Sophie), as does any difference in a short one (Lina/Lena)
    if (
        min(len(said), len(part)) >= LONG_NAME
        and Levenshtein.distance(a, b) <= 1
        and a[-1] == b[-1]
    ):
        return VARIANT
    if swapped_neighbours(said, part):  # "Sopihe": Sophie; "Mehmte": alike to Mehmet
        return VARIANT if swap_keeps_name(said, part) else SIMILAR
    if ratio(a, b) >= SIMILAR_RATIO or _shares_core(a, b) or _one_vowel_apart(a, b):
        return SIMILAR
    return NONE


def _one_vowel_apart(a: str, b: str) -> bool:
    """Short names that differ in one vowel only ("Lia" / "Lea"): a mishearing as likely as
    another name, so asked, never matched and never "no such stylist"."""
    if len(a) != len(b) or len(a) > LONG_NAME - 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and all(c in "aeiou" for c in diff[0])


def _shares_core(a: str, b: str) -> bool:
    """Most of the shorter name inside the longer one: Helene/Lena, Magdalena/Lena."""
    short = min(len(a), len(b))
    if short < 3:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= 3 and m.size >= 0.75 * short


def _words(
    text: str, parts: list[str], capitals: frozenset[str] | None = None
) -> tuple[list[str], bool, bool]:
    """The words that may name someone, and whether a negation / an alternative was said. With
    `capitals` (the words said capitalised), a noun right after a name counts only if it was."""
    words = _join_splits(fold(text.replace("'", "")).split(), parts)  # "So fie" before "so" goes
    negated = any(w in NEGATIONS for w in words)
    alternatives = any(w in ALTERNATIVES for w in words)
    kept = [
        w
        for w in words
        if w not in FILLERS
        and w not in NEGATIONS
        and w not in ALTERNATIVES
        and len(w) > 1
        and not _ROLE_COMPOUND.fullmatch(w)
    ]
    kept = _join_splits(kept, parts)
    # the sentence around a name ("die Lena soll mir die Farbe machen"); without one, as said
    if not _names_someone(kept, parts):
        return kept, negated, alternatives
    # a noun right after a name may be a surname ("Fabian Schneider", "Fabian Mann"): kept
    after_name = {
        w
        for prev, w in itertools.pairwise(words)
        if _names_someone([prev], parts)
        and not _names_someone([w], parts)
        and is_noun(w)
        and (capitals is None or w in capitals)
    }
    nobody = {i for i, w in enumerate(kept) if names_nobody(w) and w not in after_name}
    pairs = {i for i in range(len(kept) - 1) if names_nobody(kept[i] + kept[i + 1])}  # skin fade
    nobody |= pairs | {i + 1 for i in pairs}
    kept = [w for i, w in enumerate(kept) if i not in nobody or _names_someone([w], parts)]
    return kept, negated, alternatives


# What the caller excludes in favour of whom they name: "die Lena, nicht die Lea", "nicht Lea,
# sondern Lena", "Lena statt Lea", "Lena, not Lea"; it is dropped only when what is left names
# someone. `_EXCLUDED_TO_COMMA`: a comma ends it ("nicht Sophie, Fabian"), when what it excludes
# names someone ("wenn die nicht kann, dann der Fabian" excludes nobody before the comma: read
# as `_EXCLUDED` does, to the end).
_NOT = r"\b(?:nicht|not|statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than)\b.*?"
_EXCLUDED = re.compile(
    _NOT
    + r"(?:\b(?:sondern|but|rather)\b|(?=\b(?:lieber|besser|eher)\b)|(?=\s,\s(?:die|der|den)\b)|$)"
)
_EXCLUDED_TO_COMMA = re.compile(
    _NOT + r"(?:(?:\s,\s)?\b(?:sondern|but|rather)\b|(?=\b(?:lieber|besser|eher)\b)|(?=\s,\s)|$)"
)
# Whom the caller likes less than whom they name: "lieber Fabian als Sophie", "Sophie lieber als
# Fabian", "eher den Fabian als die Sophie", "rather Fabian than Sophie", "I'd rather have
# Fabian than Sophie": what follows "als" / "than" after the word of preference
_LESS_WANTED = re.compile(
    r"\b(?:lieber|eher|besser|rather|sooner)\b.*?\b((?:als|than)\b.*?)(?=\s,\s|$)"
)
# A caller taking a name back for another: "Sophie, nee, doch lieber Fabian", "Mehmet, nee,
# Fabian", "erst Sophie, ach egal, Fabian", "Fabian, no wait, Sophie", "Sophie, nee, warte,
# doch Fabian", "Sophie, äh, oder doch Lena". What follows the last
# such word is the wish.
_RETRACTED = retraction_words(
    extra=r"ach\s+egal|ach\s+was|oder\s+doch", comma_before_choice=True
)  # "Sophie, oder doch Lena": or rather Lena
# "Lena, sorry, ich meinte Lea Hofmann", "Fabian, I mean Sophie": the name after it is the one
_MEANT = re.compile(r"\b(?:ich\s+meinte|ich\s+meine|i\s+meant|i\s+mean|gemeint\s+ist|meant)\b")
# "Mehmet oder wie er heißt", "Sophie oder so": a hedge about the name, no second choice
_HEDGE = re.compile(
    r"\boder\s+(?:wie\s+(?:er|sie|der|die)\s+(?:heisst|hiess|heissen)|so)\b"
    r"|\b(?:irgendwas|something)\b"  # "Fabian irgendwas", "Sophie something": the rest forgotten
)
# "die Sophie, den Nachnamen weiß ich nicht mehr", "Mehmet, I forget his surname": the clause that
# says a surname is forgotten names nobody (and its "nicht" excludes nobody)
_FORGOTTEN_SURNAME = re.compile(
    r"[^,]*\b(?:nachnamen?|familiennamen?|surname|last\s+name|family\s+name)\b[^,]*"
)
_NOT_KNOWING = re.compile(
    r"\b(?:nicht|vergessen|entfallen|ahnung|forget|forgot|forgotten|dont|remember|sure|weiss\s+nicht)\b"
)


def _without_forgotten_surname(text: str) -> str:
    """The (folded, commas kept) text without a clause saying the surname is forgotten."""
    return _FORGOTTEN_SURNAME.sub(lambda m: " " if _NOT_KNOWING.search(m[0]) else m[0], text)


# Words around a wish about the stylist that name nobody ("Hauptsache eine Frau, sonst egal").
_WISH_WORDS = frozenset(
    """
    hauptsache egal nur aber solange bloss sonst jemand jemanden irgendwer irgendwen irgendjemand
    wer eine ein einen einer lieber liebsten who whoever anyone anybody someone just only but
    welche welcher welchen welches irgendein irgendeine irgendeinen irgendeiner beliebige
    beliebiger any whichever
    """.split()
)


def _capitals(text: str) -> frozenset[str]:
    """The folded words that may be a surname after a first name: those said capitalised (a
    recogniser writes nouns and names so; every word when nothing is, no case to go by), never
    one right after a comma ("Lena, Balayage", "Mehmet, Maschinenschnitt": a new phrase, the
    service)."""
    tokens = re.findall(r"\w+|,", text.replace("'", ""))
    cased = any(t[:1].isupper() for t in tokens)
    return frozenset(
        fold(t)
        for prev, t in itertools.pairwise([",", *tokens])
        if t != "," and prev != "," and (t[:1].isupper() or not cased)
    )


def _lower_case_only(text: str) -> frozenset[str]:
    """The folded words written only in lower case where the caller's words have capitals (a
    recogniser writes names capitalised): none of them is a name. Empty with no capitals."""
    tokens = re.findall(r"\w+", text.replace("'", ""))
    if not any(t[:1].isupper() for t in tokens):
        return frozenset()
    upper = {fold(t) for t in tokens if t[:1].isupper()}
    return frozenset(fold(t) for t in tokens if t[:1].islower()) - upper


def _fold_keeping_commas(text: str) -> str:
    """Folded text with its commas kept as words (" , "): where a phrase ends."""
    chunks = [fold(c) for c in text.replace("'", "").split(",")]
    return " , ".join(c for c in chunks if c)


def _without_excluded(text: str, parts: list[str]) -> tuple[str, str]:
    """The text without what is excluded, and what is excluded. A comma ends what "nicht"
    excludes when a name follows it ("nicht die Lea, die Lena") or the excluded names someone
    ("nicht Sophie, Fabian")."""
    folded = _fold_keeping_commas(text)
    excluded = _EXCLUDED_TO_COMMA
    if any(
        folded[m.end() :].startswith(" , ") and not _names_someone(_words(m[0], parts)[0], parts)
        for m in _EXCLUDED_TO_COMMA.finditer(folded)
    ):
        excluded = _EXCLUDED
    dropped = [m[0] for m in excluded.finditer(folded)]
    kept = excluded.sub(" ", folded)
    dropped += [m[1] for m in _LESS_WANTED.finditer(kept)]
    kept = _LESS_WANTED.sub(lambda m: m[0][: m.start(1) - m.start()], kept)
    gone = " ".join(dropped)
    return " ".join(kept.replace(",", " ").split()), " ".join(gone.replace(",", " ").split())


def names_a_stylist(text: str, catalog: Catalog, salon: SalonFile | None = None) -> bool:
    """Whether `text` names one of the catalog's stylists (a name, surname or alias)."""
    parts = [p for s in catalog.stylists for p in _parts(s, salon)]
    return _names_someone(_words(text, parts)[0], parts)


def _full_names(catalog: Catalog) -> list[tuple[str, str]]:
    """Each stylist's folded first and last name."""
    return [(n[0], n[-1]) for s in catalog.stylists if len(n := fold(s.name).split()) > 1]


def _names_someone(words: list[str], parts: list[str]) -> bool:
    return any(likeness(w, p) >= VARIANT for w in words for p in parts)


def _names(words: list[str], stylist: Stylist, salon: SalonFile | None) -> bool:
    return any(_likeness_to(w, stylist, salon) >= VARIANT for w in words)


def _initials(text: str) -> set[str]:
    """Single letters said as initials ("S. Brandt", "Fabian S."); not the English "I" and
    "a" ("I'd like Sophie")."""
    words = fold(text.replace("'", "").replace("’", "")).split()
    return {w for w in words if len(w) == 1 and w.isalpha() and w not in ("i", "a")}


_SYLLABLE = 4  # a piece of a split name: a syllable, no word of its own


# English spellings of a German syllable, as an English recogniser writes what it heard
# ("So fee", "Sew fee" for Sophie, "Fa bee" for Fabi): the vowel sound spelt the German way
_ENGLISH_SYLLABLE = (("ee", "i"), ("ea", "i"), ("oo", "u"), ("ew", "o"), ("ow", "o"), ("oh", "o"))


def _english_syllable(syllable: str) -> str:
    for a, b in _ENGLISH_SYLLABLE:
        syllable = syllable.replace(a, b)
    return syllable


def _join_splits(words: list[str], parts: list[str]) -> list[str]:
    """A name the recogniser split in two ("Meh met"): joined when the two together are a name
    part (or its variant) and neither alone is one. Two syllables ("So fee", written by an
    English recogniser) are joined also when they come near a name (asked as alike, never two
    unknown words), read in English spelling too, opening with the name's first sound."""
    out: list[str] = []
    for word in words:
        if out:
            alone = max(likeness(w, p) for w in (out[-1], word) for p in parts)
            joined = _joined(out[-1], word, parts) if alone < VARIANT else None
            if joined is not None:
                out[-1] = joined
                continue
        out.append(word)
    return out


def _joined(first: str, second: str, parts: list[str]) -> str | None:
    """The two words as one name, or None."""
    if any(likeness(first + second, p) >= VARIANT for p in parts):
        return first + second
    if (
        max(len(first), len(second)) > _SYLLABLE
        or is_service_word(first)
        or is_service_word(second)
    ):
        return None
    for joined in (_english_syllable(first) + _english_syllable(second), first + second):
        key = sound_key(joined)
        if any(likeness(joined, p) >= SIMILAR and key[:1] == sound_key(p)[:1] for p in parts):
            return joined
    return None


_LETTERS_ONLY = re.compile(r"[a-z][\s,]+[a-z]")  # two letters: no name is spelt so short


def resolve_stylist(
    catalog: Catalog, text: str, service_slug: str, salon: SalonFile | None = None
) -> StylistMatch:
    """Match a first, last or full name, tolerating mishearings; sound-alikes are asked back.
    A name excluded in favour of another ("die Lena, nicht die Lea") is dropped; a condition
    that names nobody ("Hauptsache eine Frau") is asked back with who offers the service."""
    lowered = _lower_case_only(text)
    # "Hier ist Lena Müller, ich hätte gern bei Fabian": the caller's own name, then the wish
    text = without_introduction(text, lambda t: names_a_stylist(t, catalog, salon))
    # "Fabianschnitt", "Sophies Färben", "Memo-Bart", "Brandt-Färben": the stylist named
    text = unglued(text, [p for s in catalog.stylists for p in _parts(s, salon)])
    # "Mehmetyilmaz", "Brandtsophie": the two names said apart
    text = unglued_name(text, _full_names(catalog), lambda w, p: max(likeness(w, p) - SIMILAR, 0))
    if others_wish_own_open(text, lambda t: names_a_stylist(t, catalog, salon)):
        # "meine Tochter will zu Lena, mir ist es egal": the daughter's stylist, the caller's open
        offered = tuple(catalog.stylists_for(service_slug))
        return StylistMatch("ambiguous_stylist", candidates=offered, offered_by=offered)
    # "die Kollegin von Fabian", "Lenas Azubi": another person, asked unless a name is beside it
    text, related = without_relation(text, lambda w: names_a_stylist(w, catalog, salon))
    if related and not names_a_stylist(text, catalog, salon):
        offered = tuple(catalog.stylists_for(service_slug))
        return StylistMatch("ambiguous_stylist", candidates=offered, offered_by=offered)
    # "Spitzers Termin", "Mehmets Stuhl", "Fabian's next free slot": the stylist named
    text = as_own_of(text, lambda w: names_a_stylist(w, catalog, salon))
    if offers_anyones_next_time(text):  # "Fabian oder der nächste freie Termin": asked
        offered = tuple(catalog.stylists_for(service_slug))
        return StylistMatch("ambiguous_stylist", candidates=offered, offered_by=offered)
    # "ich bin Fabians Kundin", "bei Sophies", "Stammkunde bei Mehmet": the stylist named
    text = as_client_of(text, lambda w: names_a_stylist(w, catalog, salon))
    # "nehmen Sie den Fabian, der kennt sich aus": Fabian
    text = without_aside(text, lambda t: names_a_stylist(t, catalog, salon))
    offered_by = tuple(catalog.stylists_for(service_slug))
    if compared_as_question(text):  # "Sophie macht das doch besser als Fabian, oder?": asked
        return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
    initial = title_initial(text)
    if initial is not None:  # "Herr Y.", "Frau B.": the one so addressed with that initial
        fits = with_initial(catalog, initial, salon)
        if len(fits) == 1:
            return _offers(fits[0], offered_by)
        fits = fits or with_initial(catalog, initial, salon, titled=False)  # "Frau Y.": asked
        if fits:
            return StylistMatch("ambiguous_stylist", candidates=tuple(fits), offered_by=offered_by)
        return StylistMatch("unknown_stylist", offered_by=offered_by)
    cut_short = broken_off_candidates(
        text, catalog, salon, lambda t: names_a_stylist(t, catalog, salon)
    )
    if cut_short:  # "Meh... äh, den Herrn": asked back with who it may be
        return StylistMatch("ambiguous_stylist", candidates=cut_short, offered_by=offered_by)
    title = wanted_title(text) if salon is not None else None
    if title is not None:  # "eine der Damen", "any of the guys": whoever of them is free
        titled = stylists_titled(catalog, service_slug, title, salon)
        if len(titled) == 1:
            return StylistMatch("ok", titled[0], offered_by=offered_by)
        if not titled:  # nobody so addressed offers it: asked with who does
            return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
        return StylistMatch("among", candidates=titled, offered_by=offered_by)
    all_parts = [p for s in catalog.stylists for p in _parts(s, salon)]
    said = text
    text = _without_forgotten_surname(_HEDGE.sub(" ", _fold_keeping_commas(text)))
    text = spelt_letters(text)  # "L wie Ludwig": "l"
    retraction = sorted([*_RETRACTED.finditer(text), *_MEANT.finditer(text)], key=lambda m: m.end())
    if retraction:  # "Sophie, nee, doch lieber Fabian": the name after it, or asked
        after = text[retraction[-1].end() :]
        if not _names_someone(_words(after, all_parts)[0], all_parts):
            return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
        text = after
    if _LETTERS_ONLY.fullmatch(text.strip()):  # "L-E": a spelling broken off, asked
        return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
    text, spelling = spelled(text)
    text = _without_look(text, all_parts)
    text = without_someone_elses(text, lambda t: _names_someone(_words(t, all_parts)[0], all_parts))
    kept, dropped = _without_excluded(text, all_parts)
    excluded: set[int] = set()
    if dropped and _names_someone(_words(kept, all_parts)[0], all_parts):
        text = kept
        gone = _words(dropped, all_parts)[0]
        still = _words(kept, all_parts)[0]
        excluded = {
            s.user_id
            for s in catalog.stylists
            if _names(gone, s, salon) and not _names(still, s, salon)
        }
    match = _resolve_words(catalog, text, offered_by, excluded, salon, _capitals(said), lowered)
    match = _respelled(match, spelling, catalog, text, offered_by, salon)
    if match.status == "ambiguous_stylist":  # "Fabian oder Mehmet, egal": one of those two
        either = either_named(said, lambda t: resolve_stylist(catalog, t, service_slug, salon))
        if either is not None:
            return _either_offering(either, offered_by, match)
    if match.stylist is not None and _title_contradicts(text, match.stylist, salon):
        return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
    return match


def _without_look(text: str, parts: list[str]) -> str:
    """The (folded) text without a look or trait said with a name ("die Sophie mit der Brille",
    "Sophie, die Große", "der Große, Fabian"), when what is left names someone and the look names nobody; else as
    said."""
    look = (
        LOOK_AFTER_NAME.search(text)
        or TRAIT_AFTER_NAME.search(text)
        or TRAIT_BEFORE_NAME.search(text)
    )
    if look is None:
        return text
    rest = text[: look.start()] + text[look.end() :]
    if _names_someone(_words(rest, parts)[0], parts) and not _names_someone(
        _words(look[0], parts)[0], parts
    ):
        return rest
    return text


def _either_offering(
    named: tuple[Stylist, ...], offered_by: tuple[Stylist, ...], asked: StylistMatch
) -> StylistMatch:
    """Stylists named as either welcome: among those of them who offer the service, the one if
    only one does; none of them: asked as before."""
    offering = tuple(s for s in named if s in offered_by)
    if len(offering) == 1:
        return StylistMatch("ok", offering[0], offered_by=offered_by)
    if offering:
        return StylistMatch("among", candidates=offering, offered_by=offered_by)
    return asked


def _title_contradicts(text: str, stylist: Stylist, salon: SalonFile | None) -> bool:
    """'Frau Spitzer' of Fabian Spitzer, 'Herr Brandt' of Sophie Brandt, 'Frau Memo' of Mehmet
    Yılmaz: a title said before one of the stylist's names (or a spelling of it) or a nickname
    of the salon file that is not theirs."""
    title = title_of(stylist, salon)
    return title is not None and any(
        said != title and _likeness_to(word, stylist, salon) >= VARIANT
        for said, word in titled_words(text)
    )


def _respelled(
    match: StylistMatch,
    spelling: Spelling,
    catalog: Catalog,
    text: str,
    offered_by: tuple[Stylist, ...],
    salon: SalonFile | None,
) -> StylistMatch:
    """The match checked against a name spelled out: of the stylists named (or asked back), the
    one whose said name part is spelled so; when none is, the one of the whole team who is (said
    back as not offering the service if so); none or several: asked."""
    if not spelling:
        return match
    words = _words(text, [p for s in catalog.stylists for p in _parts(s, salon)])[0]
    named = [match.stylist] if match.stylist is not None else list(match.candidates)
    fitting = [s for s in named if _spelled_so(s, spelling, words, salon)]
    if (
        not fitting
    ):  # "Frau Hofmann mit einem f" for colour: the one spelled so, who may not offer it
        fitting = [s for s in catalog.stylists if _spelled_so(s, spelling, words, salon)]
    if len(fitting) != 1:
        return StylistMatch("ambiguous_stylist", candidates=tuple(named), offered_by=offered_by)
    return _offers(fitting[0], offered_by)


def _spelled_so(
    stylist: Stylist, spelling: Spelling, words: list[str], salon: SalonFile | None
) -> bool:
    """The stylist's name is spelled as said: the name part said is, or, when the spelling
    cannot be about the part said ("Lena mit zwei F": Lena has no f), another part is. A
    nickname of the salon file is a part ("F-A-B-I" spells Fabian's "Fabi")."""
    parts = _parts(stylist, salon)
    if not spelling.fits_name(fold(stylist.name)):
        return False
    said = [p for p in parts if any(likeness(w, p) >= VARIANT for w in words)]
    if not said:  # "L-E-A", "S-O-P-H-I-E" alone: the name said letter by letter is the name
        return not words and any(spelling.spells(p) for p in parts)
    if any(spelling.concerns(p) for p in said):
        return any(spelling.fits(p) for p in said)
    return any(spelling.fits(p) for p in parts if p not in said)


def _resolve_words(
    catalog: Catalog,
    text: str,
    offered_by: tuple[Stylist, ...],
    excluded: set[int],
    salon: SalonFile | None,
    capitals: frozenset[str] | None = None,
    lowered: frozenset[str] = frozenset(),
) -> StylistMatch:
    """`lowered`: the words the caller said in lower case only, where other words had capitals."""
    all_parts = [p for s in catalog.stylists for p in _parts(s, salon)]
    words, negated, alternatives = _words(text, all_parts, capitals)
    # "bei der Sophie-Maus", "Lenaschatz": the name without the caller's pet word
    words = without_endearment(words, lambda w: _names_someone([w], all_parts))
    words = _as_first_names(words, catalog, salon)
    if not words:  # only fillers: "die gleiche wie immer" is a condition, "Frau" is nobody
        # "bei dem Kollegen", "der Herrenfriseur": who?
        if states_condition(text) or names_a_colleague(text) or names_speciality(text):
            return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
        return StylistMatch("unknown_stylist", offered_by=offered_by)

    # per stylist: the best likeness of each said word to any of its name parts
    table = {s.user_id: [_likeness_to(w, s, salon) for w in words] for s in catalog.stylists}
    full = [s for s in catalog.stylists if _is_full_name(words, s, salon)]
    if negated:  # "nur nicht Fabian": whoever else offers the service, asked back
        named = {s.user_id for s in catalog.stylists if max(table[s.user_id]) >= VARIANT}
        others = tuple(s for s in offered_by if s.user_id not in named)
        return StylistMatch("ambiguous_stylist", candidates=others, offered_by=offered_by)
    if len(full) == 1 and not alternatives:
        return _offers(full[0], offered_by)

    kept_stylists = [s for s in catalog.stylists if s.user_id not in excluded]
    close = [s for s in kept_stylists if max(table[s.user_id]) >= VARIANT]
    alike = [s for s in kept_stylists if max(table[s.user_id]) >= SIMILAR]
    # a said word that fits nobody ("Fabian Müller") contradicts the match: ask
    unmatched = [
        i for i in range(len(words)) if all(table[s.user_id][i] < SIMILAR for s in catalog.stylists)
    ]
    initials = _initials(text)
    chosen = _dominant_full_name(words, table, catalog)
    if chosen is not None and not alternatives and not unmatched:
        return _offers(chosen, offered_by)
    separated = _sound_alike_surname_separated(close, alike, table, offered_by)
    if separated is not None and len(close) > 1:
        close = [separated]
    one = len(close) == 1 and (
        len(alike) == 1
        or separated is not None
        or _separated_by_service(close[0], alike, table, offered_by)
    )
    if one and not unmatched:
        if initials - {p[0] for p in fold(close[0].name).split()}:
            return StylistMatch("ambiguous_stylist", candidates=tuple(close), offered_by=offered_by)
        return _offers(close[0], offered_by)
    if not alike:
        if (
            # no word left that could be a name: "die von der Dauerwelle letzten Herbst" is
            # someone described by a visit, not a stylist the salon does not know (round 58)
            all(never_a_name(w) for w in words)
            or describes_someone(text)
            or names_role(text)
            or names_a_colleague(text)
            or (
                states_condition(text)
                # "die Dienstälteste bei Ihnen", "Frauen schneiden mir lieber die Haare", "jemand
                # Junges, der weiß, was angesagt ist": the other words tell or were said in lower
                # case where the caller's words have capitals, none may be a name (round 59)
                and all(
                    states_condition(w) or w in _WISH_WORDS or never_a_name(w) or w in lowered
                    for w in words
                )
            )
        ):
            return StylistMatch("ambiguous_stylist", candidates=offered_by, offered_by=offered_by)
        # "zum Mo" (Mehmet is "Memo"): a short form of someone's name, asked back with them
        shortened = tuple(
            s
            for s in catalog.stylists
            if any(
                short_form_of(w, fold(s.name).split()[0], [fold(a) for a in _aliases(s, salon)])
                for w in words
            )
        )
        if shortened and len(words) == 1:
            return StylistMatch("ambiguous_stylist", candidates=shortened, offered_by=offered_by)
        return StylistMatch("unknown_stylist", offered_by=offered_by)
    ranked = sorted(alike, key=lambda s: -max(table[s.user_id]))
    return StylistMatch("ambiguous_stylist", candidates=tuple(ranked), offered_by=offered_by)


def _separated_by_service(
    chosen: Stylist,
    alike: list[Stylist],
    table: dict[int, list[int]],
    offered_by: tuple[Stylist, ...],
) -> bool:
    """The named stylist does the asked service and everyone who merely sounds similar does not
    ("Lena" for Strähnchen: Lea Hofmann does none): the service tells them apart. A spelling
    variant of another stylist's name ("Hofmann" for Hoffmann) never does."""
    offering = {s.user_id for s in offered_by}
    return chosen.user_id in offering and all(
        s.user_id not in offering and max(table[s.user_id]) < VARIANT
        for s in alike
        if s is not chosen
    )


def _sound_alike_surname_separated(
    close: list[Stylist],
    alike: list[Stylist],
    table: dict[int, list[int]],
    offered_by: tuple[Stylist, ...],
) -> Stylist | None:
    """A name that sounds the same for two stylists ("Hoffmann" / "Hofmann", alone or with
    "Frau") when only one of them does the asked service (Strähnchen: Lena Hoffmann): that one,
    as a first name is separated by the service (README, round 6). Not when another word names
    the other stylist better ("Lea Hoffmann": Lea's first name, asked)."""
    offering = {s.user_id for s in offered_by}
    doing = [s for s in close if s.user_id in offering]
    if len(doing) != 1 or any(s.user_id in offering for s in alike if s is not doing[0]):
        return None
    mine = table[doing[0].user_id]
    for s in alike:
        if s is not doing[0] and any(
            theirs >= VARIANT and own < VARIANT
            for theirs, own in zip(table[s.user_id], mine, strict=True)
        ):
            return None
    return doing[0]


def _dominant_full_name(
    words: list[str], table: dict[int, list[int]], catalog: Catalog
) -> Stylist | None:
    """First and last name said, each at least a spelling variant ("Leah Hofmann"), and for
    every word every other stylist less alike: that stylist. A name a part of which fits two
    stylists as well ("Lena Hofman": Hoffmann or Hofmann) or points to another ("Lena
    Hofmann": Lea's last name) has no such stylist."""
    if len(words) < 2:
        return None
    whole = [s for s in catalog.stylists if min(table[s.user_id]) >= VARIANT]
    if len(whole) != 1:
        return None
    best = table[whole[0].user_id]
    others = (table[s.user_id] for s in catalog.stylists if s is not whole[0])
    if any(o > b or o == b >= VARIANT for row in others for o, b in zip(row, best, strict=True)):
        return None
    return whole[0]


def _is_full_name(words: list[str], stylist: Stylist, salon: SalonFile | None) -> bool:
    """First and last name said exactly, in either order ("Spitzer Fabian"), nothing else."""
    parts = fold(stylist.name).split()
    return len(parts) > 1 and sorted(words) == sorted(parts)


def _offers(chosen: Stylist, offered_by: tuple[Stylist, ...]) -> StylistMatch:
    if chosen.user_id not in {s.user_id for s in offered_by}:
        return StylistMatch("stylist_does_not_offer", stylist=chosen, offered_by=offered_by)
    return StylistMatch("ok", stylist=chosen, offered_by=offered_by)
