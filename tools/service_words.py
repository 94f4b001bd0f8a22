"""What words for hair services mean, in German and English: language knowledge, not salon data.

A word stands for a concept ("Schnitt", "geschnitten", "cut", "trimmen" -> cut); compounds are
split into known words ("Bartschnitt" -> bart + schnitt); inflections are stripped. The salon
file says which service a combination of concepts names; this module only says what the words
mean. It also knows beauty services a hair salon may not offer ("Maniküre"), so such a wish is
named back instead of being matched to the nearest hair service.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from tools.service_loanwords import spoken_spellings
from tools.text_fold import fold

CONCEPTS: dict[str, tuple[str, ...]] = {
    "cut": ("schnitt", "schneiden", "geschnitten", "nachschneiden", "abschneiden", "cut", "cuts",
            "frisur", "haircut",
            "spitzen",
            # a cut said by its shape ("Herren, kurz an den Seiten"): for whom still decides
            "kurz an den seiten", "an den seiten kurz", "seiten kurz", "kurze seiten",
            "short on the sides", "short at the sides", "short sides", "sides short",
            "cutting", "trim", "trims", "trimming", "trimmen", "getrimmt", "kuerzen", "gekuerzt",
            "stutzen", "gestutzt", "barber"),
    # a clipper cut ("Maschinenschnitt", "Skin Fade"): the salon file says which service it is
    "clipper": ("maschine", "maschinen", "haarschneidemaschine", "fade", "fades", "skinfade",
                "buzzcut", "buzz", "crewcut", "undercut", "clipper", "clippers",
                # the British men's cut "a short back and sides"
                "back and sides", "short back and sides",
                # men's cuts by their trend names, cut short with the clipper at the sides
                "french crop", "textured crop", "crop cut", "caesar cut", "caesarschnitt",
                "flat top", "flattop", "ivy league", "high and tight"),
    "hair": ("haar", "haare", "hair", "kopf", "mähne", "maehne", "glatze", "head", "scalp", "nacken",
             "pony", "seiten", "deckhaar", "oberkopf", "hinterkopf", "neck", "fringe", "bangs"),
    "color": ("farbe", "faerben", "gefaerbt", "nachfaerben", "coloration", "colorieren", "color",
              "colour", "coloring", "colouring", "dye", "dyeing", "dyed", "toenung", "toenen",
              "getoent", "tint", "tinting", "grau", "graue", "ueberfaerben", "intensivtoenung",
              "grauabdeckung", "abdecken", "abdeckung", "grey", "gray", "greys", "grays",
              "coverage", "covering",
              # colour lines of the trade's makers ("Koleston", "Topchic", "Majirel", "Igora")
              "koleston", "illumina", "colortouch", "topchic", "colorance", "elumen", "majirel",
              "inoa", "diarichesse", "igora", "chromatics", "socolor", "londacolor",
              "boya", "boyasi", "boyatmak", "boyama"),  # Turkish ("saç boyası")
    # a result wished for ("Haare dunkler", "make my hair darker"): the colour when no service is
    # named, else how that service is to look ("dunkle Strähnchen")
    "darker": ("dunkler", "dunkel", "dunkle", "dunkleren", "abdunkeln", "nachdunkeln", "darker"),
    # a hair colour wished for ("rote Haare", "ich will schwarze Haare", "brown hair"): the
    # colour when no service is named, else how that service is to look ("rote Strähnchen");
    # blond shades are lighter hair (below). "weiss" is left out ("ich weiß nicht")
    "hue": ("rot", "schwarz", "braun", "bruenett", "brunett", "kupfer", "kupferrot", "rotbraun",
            "kastanie", "kastanienbraun", "mahagoni", "aubergine", "pink", "rosa", "lila",
            "violett", "blau", "gruen", "tuerkis", "orange", "silber", "silbern", "anthrazit",
            "red", "black", "brown", "brunette", "brunet", "ginger", "auburn", "copper", "purple",
            "violet", "blue", "green", "burgundy", "chestnut", "mahogany", "redhead"),
    # lighter hair ("Blondieren", "Haare bleichen", "aufhellen", "Ombré"): done by a colour or by
    # highlights, so asked with just those two when no service is named besides it
    "lighten": ("blondieren", "blondierung", "blondiert", "bleichen", "gebleicht", "bleach",
                "bleached", "bleaching", "aufhellen", "aufhellung", "aufgehellt", "lighten",
                "lightening", "lighter", "heller", "hellere", "blonder", "ombre", "ombrehaare",
                "ombrelook", "sombre", "sombrehaare", "sombrelook"),
    "roots": ("ansatz", "ansaetze", "root", "roots", "nachwuchs"),
    "beard": ("bart", "baerte", "beard", "beards", "vollbart", "kinnbart", "schnurrbart",
              "oberlippenbart", "moustache", "mustache", "schnauzer", "bartpflege", "koteletten",
              "barthaar", "barthaare", "barthaaren"),  # the beard's hairs, not the head's
    "shave": ("rasur", "rasieren", "rasiert", "shave", "shaving", "nassrasur", "glattrasur"),
    "men": ("herr", "herren", "mann", "man", "maenner", "maennlich", "men", "mens", "male",
            "gents", "gent", "gentleman", "gentlemen", "ehemann", "gatte", "vater", "papa",
            "bruder", "opa", "grossvater", "onkel", "freund", "husband", "boyfriend", "father", "dad",
            "brother", "grandpa", "grandfather", "uncle", "guy", "guys", "bloke"),
    "women": ("dame", "damen", "frau", "frauen", "weiblich", "women", "woman", "womens", "ladies",
              "lady", "female", "ehefrau", "gattin", "freundin", "mutter", "mama", "schwester",
              "oma", "grossmutter", "tante", "wife", "girlfriend", "mother", "mum", "mom",
              "sister", "grandma", "grandmother", "aunt"),
    "child": ("kind", "kinder", "kids", "kid", "child", "children", "childrens", "sohn", "sohnemann", "tochter",
              "junge", "jungen", "maedchen", "enkel", "enkelin", "baby", "kleinkind", "schulkind",
              "son", "daughter", "boy", "girl", "toddler", "zwillinge", "zwilling", "twins"),
    "highlights": ("straehnchen", "straehnen", "straehne", "highlights", "highlight", "balayage",
                   "meches", "lowlights", "babylights", "foilyage", "folien", "streaks", "streak",
                   "foils", "foil", "airtouch",
                   # techniques by their trade names: "Shatush" (soft, hand-painted strands), a
                   # "Money Piece" (two light strands framing the face)
                   "shatush", "schatusch", "shatoosh", "money piece", "moneypiece",
                   # the effect: "sonnengeküsste Spitzen", "sun-kissed ends" (light strands)
                   "sonnengekuesst", "sonnengekuesste", "sonnengekuessten", "sunkissed",
                   "pasemka", "pasemek", "pasemkami", "pasemko"),  # Polish
    "perm": ("dauerwelle", "welle", "wellen", "locken", "locke", "perm", "perms", "permanent",
             "lockig", "curls", "curly", "wellig", "gewellt", "wavy"),
    # an effect a perm or a cut gives ("mehr Volumen", "more volume"): tools/service_match.py
    "volume": ("volumen", "volume", "sprungkraft", "bounce", "bouncy"),  # "Fülle": as said
    # a styling without a cut ("Föhnfrisur", "Föhnwelle", "Wasserwelle") is blow-drying
    # "Styling" alone may be anything from a blow-dry to an updo: not listed, so it is asked
    "blowdry": ("foehnen", "foehn", "gefoehnt", "blowdry", "blow", "dry", "stylen",
                "foehnfrisur", "foehnwelle", "wasserwelle", "foehnstyling"),
    "wash": ("waschen", "wash", "washing", "haarwaesche"),
}  # fmt: skip

# Beauty services a hair salon often does not offer: the said word -> how to name it back.
NOT_OFFERED: dict[str, str] = {
    "manikuere": "Maniküre", "manicure": "Maniküre", "pedikuere": "Pediküre",
    "pedicure": "Pediküre", "fusspflege": "Fußpflege", "naegel": "Nägel", "nagel": "Nägel",
    "nails": "Nägel", "nail": "Nägel", "gelnaegel": "Gelnägel", "shellac": "Shellac",
    "nageldesign": "Nageldesign", "gellack": "Gellack", "nagellack": "Nagellack",
    "gelpolish": "Gellack", "acrylnaegel": "Acrylnägel", "acrylics": "Acrylnägel",
    "shellack": "Shellac", "wimpern": "Wimpern", "wimpernverlaengerung": "Wimpern",
    "lashes": "Wimpern", "eyelashes": "Wimpern", "augenbrauen": "Augenbrauen",
    "brauen": "Augenbrauen", "eyebrows": "Augenbrauen", "brows": "Augenbrauen",
    "zupfen": "Augenbrauen zupfen", "eyebrow": "Augenbrauen", "brow": "Augenbrauen",
    "threading": "Augenbrauen zupfen", "lash": "Wimpern", "eyelash": "Wimpern",
    "waxing": "Waxing", "wax": "Waxing", "damenbart": "Waxing",
    "haarentfernung": "Haarentfernung", "enthaaren": "Haarentfernung",
    "enthaarung": "Haarentfernung", "beine": "Haarentfernung", "bein": "Haarentfernung",
    "legs": "Waxing", "achseln": "Haarentfernung", "achsel": "Haarentfernung", "massage": "Massage", "kopfmassage": "Massage", "wellness": "Wellness",
    "kosmetik": "Kosmetik", "gesichtsbehandlung": "Gesichtsbehandlung", "facial": "Kosmetik",
    "makeup": "Make-up", "schminken": "Make-up", "hochsteckfrisur": "Hochsteckfrisur",
    "hochstecken": "Hochsteckfrisur", "updo": "Hochsteckfrisur", "brautfrisur": "Brautfrisur",
    "hochzeitsfrisur": "Brautfrisur", "flechten": "Flechtfrisur", "flechtfrisur": "Flechtfrisur",
    "zopffrisur": "Flechtfrisur", "steckfrisur": "Hochsteckfrisur", "zoepfe": "Flechtfrisur",
    "braids": "Flechtfrisur", "extensions": "Extensions", "haarverlaengerung": "Extensions",
    "glaetten": "Glätten", "keratin": "Keratinbehandlung", "straightening": "Glätten",
    "tattoo": "Tattoo", "piercing": "Piercing", "ohrloch": "Ohrlöcher", "ohrloecher": "Ohrlöcher",
    "ohrring": "Ohrlöcher", "ohrringe": "Ohrlöcher", "ohrlochstechen": "Ohrlöcher", "solarium": "Solarium",
    # tanning in everyday words ("ins Sonnenstudio", "auf die Sonnenbank", "a sunbed")
    "sonnenstudio": "Solarium", "sonnenbank": "Solarium", "sunbed": "Solarium",
    "sunbeds": "Solarium", "tanning": "Bräunung", "braeunung": "Bräunung", "braeunen": "Bräunung",
    "haartransplantation": "Haartransplantation", "transplantation": "Haartransplantation",
    "haarverpflanzung": "Haartransplantation", "transplant": "Haartransplantation",
    "botox": "Botox", "perucke": "Perücke", "peruecke": "Perücke", "wig": "Perücke",
    "dreadlocks": "Dreadlocks", "dreads": "Dreadlocks", "rastalocken": "Dreadlocks",
    "rastazoepfe": "Dreadlocks", "rasta": "Dreadlocks", "rastas": "Dreadlocks",
    "dreadlock": "Dreadlocks", "locs": "Dreadlocks", "sisterlocks": "Dreadlocks",
    "filzlocken": "Dreadlocks", "twists": "Twists", "twist": "Twists",
    "haarverdichtung": "Haarverdichtung", "haarteil": "Haarteil", "toupet": "Haarteil",
    "cornrows": "Flechtfrisur", "lockenstab": "Styling mit dem Lockenstab",
    "glaetteisen": "Glätten", "microblading": "Microblading", "spraytan": "Bräunung",
    "brazilian": "Waxing", "lashlift": "Wimpern", "browlift": "Augenbrauen",
    # care treatments on their own ("eine Haarkur", "Olaplex"), a bride's styling
    "haarkur": "Haarkur", "pflegekur": "Haarkur", "olaplex": "Olaplex-Behandlung",
    "glossing": "Glossing", "brautstyling": "Brautfrisur", "kopfhautbehandlung": "Kopfhautbehandlung",
    # the scalp on its own ("a scalp treatment", "Kopfhautpeeling", "head spa"): a treatment not offered
    "scalp": "Kopfhautbehandlung", "kopfhaut": "Kopfhautbehandlung", "kopfhautpeeling": "Kopfhautbehandlung",
    "headspa": "Kopfhautbehandlung",
    # the face's care: a compound of "Gesichts-" is a face treatment ("Gesichtsmaske",
    # "Gesichtsreinigung", "Gesichtspeeling"), as are masks and peelings for it
    "gesichts": "Gesichtsbehandlung", "gesichtsmaske": "Gesichtsmaske", "facemask": "Gesichtsmaske",
    "facemasks": "Gesichtsmaske", "peeling": "Peeling", "haarmaske": "Haarkur",
}  # fmt: skip
# Care a salon adds to a hair service ("Färben mit Olaplex", "an Olaplex colour"): said with
# a service it is that service, asked (tools/service_match.py), alone it is not offered
ADD_ON_CARE = frozenset({"Olaplex-Behandlung", "Haarkur", "Glossing"})
# Makers of hair products ("Wella", "Goldwell", "L'Oréal"): they name no service, and are never
# heard as a service word ("Goldwell" is no "Welle")
MAKERS = frozenset(
    "wella goldwell loreal schwarzkopf redken kadus londa keune davines alfaparf kerastase "
    "matrix joico".split()
)
# The noun of a not-offered verb ("glätten" -> "Glättung", also in "Haarglättung"), named as the verb
NOT_OFFERED.update(
    {
        f"{w[:-2]}ung": name
        for w, name in list(NOT_OFFERED.items())
        if w.endswith("en") and len(w) > 5
    }
    | NOT_OFFERED  # a noun listed keeps its own name ("enthaarung": Haarentfernung)
)

# Trade words that say two things at once: "Fasson" / "Fassonschnitt" is the classic men's cut
# (for whom and what), said as the words that say them. The classic cuts by their names are
# the women's cut ("Bubikopf", "Pagenkopf": the bob of the 1920s) or the men's (the short
# upright "Bürstenschnitt", "Igelschnitt"); a compound's unknown head would otherwise be
# dropped and leave only "Kopf" or "Schnitt" (round 61)
SAYS_BOTH: dict[str, tuple[str, ...]] = {
    "fasson": ("herren", "schnitt"), "fassonschnitt": ("herren", "schnitt"),
    "fassonhaarschnitt": ("herren", "schnitt"),
    "bubikopf": ("damen", "schnitt"), "pagenkopf": ("damen", "schnitt"),
    "pagenschnitt": ("damen", "schnitt"), "pagenkopfschnitt": ("damen", "schnitt"),
    "buerstenschnitt": ("herren", "schnitt"), "buerstenhaarschnitt": ("herren", "schnitt"),
    "igelschnitt": ("herren", "schnitt"), "igelfrisur": ("herren", "schnitt"),
}  # fmt: skip
# How long the cut is, inside a compound ("Damenkurzhaarschnitt", "Herrenlanghaarschnitt"): a
# known piece that names no service of its own (the cut and for whom still decide)
_LENGTHS = frozenset({"kurz", "kurzhaar", "lang", "langhaar", "mittellang"})

# Concepts whose words are indexed only as listed (their inflections still reach them)
_WHOLE_CONCEPTS = frozenset({"hue"})
_FUGEN = ("", "s", "n", "en", "es", "e")
# "-ung(en)" makes the noun of the verb ("Färbung", "Tönungen"): the same concept
# the English participle's "-ed" likewise ("colored", "coloured", "permed": the service done)
_SUFFIXES = ("chen", "innen", "ungen", "ung", "ern", "en", "er", "es", "ed", "e", "n", "s", "t")


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase
def _stems(word: str) -> list[str]:
    """The word and what is left after one inflection or participle ending is stripped."""
    forms = [word]
    if word.startswith("ge") and len(word) > 5:
        forms.append(word[2:])
    for form in list(forms):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.append(form[: -len(suffix)])
    return forms


@functools.cache
def _index() -> dict[str, str]:
    """Every word and stem of the concept lexicon -> its concept."""
    index: dict[str, str] = {}
    for concept, words in CONCEPTS.items():
        for word in words:
            whole = fold(word).replace(" ", "")
            for stem in _stems(whole):
                # a stem cut to three letters is another word ("waschen" -> "was", "male" ->
                # "mal"): only words listed as such are that short; a colour's stem is too
                # ("braun" -> "brau" of "brauchen", "brown" -> "brow")
                if stem == whole or (len(stem) >= 4 and concept not in _WHOLE_CONCEPTS):
                    index.setdefault(stem, concept)
    return index


@functools.cache
def _heard() -> dict[str, str]:
    """Loanwords of the lexicon as heard ("Meschen", "Hailaits") -> their concept; looked up
    only as said (never as a near spelling: "Mäschen" is not "Mädchen")."""
    index = _index()
    heard: dict[str, str] = {}
    for concept, words in CONCEPTS.items():
        for word in words:
            for spelling in spoken_spellings(fold(word).replace(" ", "")):
                if len(spelling) >= 5 and spelling not in index:
                    heard.setdefault(spelling, concept)
    return heard


@functools.cache
def _dative_plurals() -> dict[str, str]:
    """Not-offered words in -el / -er with the dative plural's -n ("mit den Nägeln",
    "an den Fingernägeln") -> the word as listed."""
    return {f"{w}n": w for w in NOT_OFFERED if w.endswith(("el", "er"))}


@functools.cache
def _vocabulary() -> frozenset[str]:
    return (
        frozenset(_index())
        | frozenset(NOT_OFFERED)
        | frozenset(_dative_plurals())
        | frozenset(SAYS_BOTH)
        | _LENGTHS
    )


# Short English words of the lexicon that a German word reaches by losing an ending ("malen" ->
# "male", "Manne" -> "man"): they mean their concept only as said or with the English plural -s.
_WHOLE_ONLY = frozenset({"male", "man", "men", "mens", "dye", "dry", "kid", "son", "dad", "mum",
                         "mom", "gent", "blow", "trim", "wash", "head", "neck", "root", "buzz",
                         "red", "boy"})  # fmt: skip


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase
def concept_of(word: str) -> str | None:
    index = _index()
    for stem in _stems(word):
        if stem in index and (stem not in _WHOLE_ONLY or word in (stem, f"{stem}s")):
            return index[stem]
    return next((_heard()[stem] for stem in _stems(word) if stem in _heard()), None)


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase
def _split(word: str, vocab: frozenset[str], top: bool = True) -> list[str] | None:
    """A compound as known words ("herrenhaarschnitt" -> herren, haar, schnitt); an unknown first
    part is allowed ("kurzhaarschnitt" -> haar, schnitt). None when no split is found."""
    if word in vocab or concept_of(word):
        return [word]
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        rest = _split(tail, vocab, top=False)
        if rest is None:
            continue
        for fuge in _FUGEN:
            if fuge and not head.endswith(fuge):
                continue
            stem = head[: len(head) - len(fuge)] if fuge else head
            if stem in vocab or concept_of(stem):
                return [stem, *rest]
    if not top:
        return None
    for cut in range(3, len(word) - 2):  # unknown modifier + known word
        rest = _split(word[cut:], vocab, top=False)
        if rest is not None and len(word[cut:]) >= 4:
            return rest
    for cut in range(len(word) - 4, 2, -1):  # known word + unknown rest ("Bartkontur")
        head = word[:cut]
        # a short English word of `_WHOLE_ONLY` only as said whole: "Sonnenstudio" is no "son"
        if head in NOT_OFFERED or (concept_of(head) and head not in _WHOLE_ONLY):
            return [head, word[cut:]]
    return None


def known_parts(word: str) -> list[str] | None:
    """A folded word as lexicon words only ("herrenhaarschnitt" -> herren, haar, schnitt), with
    no unknown piece; None when it is not made so."""
    return _split(word, _vocabulary(), top=False)


# "für meinen Kleinen", "die Kleine": the adjective used as a noun is a child; before a service
# word it is only an adjective ("eine kleine Tönung").
_LITTLE_ONE = frozenset({"kleine", "kleinen", "kleiner", "kleinem", "knirps"})


def spoken_articles(text: str) -> str:
    """The text with "so'n" written out ("so ein"), before apostrophes are dropped."""
    return _SO_N.sub("so ein", text)


def words(text: str) -> list[str]:
    """The said words, folded, with compounds split into known words."""
    vocab = _vocabulary()
    out: list[str] = []
    said = _joined(fold(spoken_articles(text).replace("'", "")).split())
    skip = False
    for word, following in zip(said, [*said[1:], ""], strict=True):
        if skip:
            skip = False
            continue
        if word in MAKERS:  # "Goldwell Topchic": the product line says what
            continue
        if word in _LITTLE_ONE and not (following and concept_of(following)):
            out.append("kind")
            continue
        if word + following in NOT_OFFERED:  # "make up", "Wimpern verlängerung"
            out.append(word + following)
            skip = True
            continue
        if tail := _not_offered_across(word, following):  # "Hochzeitsmake-up": make-up
            out.append(tail)
            skip = True
            continue
        if word in NOT_OFFERED or not_offered_name(word):  # "Maniküren": not "man" + ...
            out.append(word)
            continue
        if following and word + following in _index():  # "buzz cut", "blow dry", "skin fade"
            out.append(word + following)
            skip = True
            continue
        parts = _split(word, vocab)
        if parts is None or _dubious(word, parts):  # "Dahmenschnitt": not "men" + "schnitt"
            parts = _spoken_compound(word) or parts
        for part in parts or [word]:
            if part in _LENGTHS:
                continue
            out += SAYS_BOTH.get(part, (part,))
    return out


def _not_offered_across(word: str, following: str) -> str | None:
    """A not-offered service that ends a compound split at its hyphen ("Hochzeitsmake-up",
    "Partymake-up": "hochzeitsmake" + "up"): its name, begun in the first word."""
    if not following:
        return None
    joined = word + following
    return next(
        (k for k in NOT_OFFERED if len(k) > len(following) + 1 and joined.endswith(k)), None
    )


def _dubious(word: str, parts: list[str]) -> bool:
    """A split that dropped an unknown first piece ("bahrt" from "Bahrtschneiden"), kept an
    unknown rest ("hpflege" in "Barthpflege") or found a short English word inside a German
    compound ("dah" + "men" in "Dahmenschnitt"): a spelling slip may read the whole word."""
    if len("".join(parts)) < len(word) - 3:
        return True
    return len(parts) > 1 and (
        any(p in _WHOLE_ONLY for p in parts)
        or any(p not in _vocabulary() and not concept_of(p) for p in parts)
    )


# Articles as spoken ("so 'ne Dauerwelle", "'nen Schnitt", "so'n Bart"): words of their own.
_SPOKEN_ARTICLES = frozenset({"ne", "nen", "nem", "ner", "n", "sone"})
# "so'n Bart" is "so ein Bart", not "son" (the English Sohn) once the apostrophe is dropped
_SO_N = re.compile(r"\bso\s*['’]\s*n\b", re.IGNORECASE)


def _joined(said: list[str]) -> list[str]:
    """Words a phrase of the lexicon ("back and sides", "kurz an den Seiten") or a compound the recogniser split ("Her
    rennhaarschnitt") is made of, joined: three or two words at a time, when the joined word is
    a lexicon phrase or a compound of known words only and its first piece alone is no word."""
    index, vocab = _index(), _vocabulary()
    out: list[str] = []
    i = 0
    while i < len(said):
        if said[i] in MAKERS:  # a maker's name is no piece of a compound ("Wella Koleston")
            out.append(said[i])
            i += 1
            continue
        for n in (4, 3, 2):  # four only for a lexicon phrase ("kurz an den Seiten")
            joined = "".join(said[i : i + n])
            if i + n > len(said):
                continue
            if joined not in index and _SPOKEN_ARTICLES & set(said[i : i + n]):
                continue  # "so 'ne Nassrasur": an article, never a piece of a compound
            if joined in index or (
                n < 4
                and not concept_of(said[i])
                and said[i] not in vocab
                and (_split(joined, vocab, top=False) or _spoken_compound(joined))
            ):
                out.append(joined)
                i += n
                break
        else:
            out.append(said[i])
            i += 1
    return out


def _german_spellings(word: str) -> list[str]:
    """Ways a compound is written as heard: a stretching h added ("Dahmen"), a doubled letter
    ("rennhaar"), Berlin -a for -er ("Kinda"), nd spoken nn ("Kinner"), ä heard as ee/eh/e
    ("Streenchen", "Strehnchen", "Ferben")."""
    forms = [re.sub(r"(?<=[aeiou])h(?=[lmnr])", "", word), re.sub(r"nn(?=er)", "nd", word)]
    # t written th as in names ("Barth", "Barthpflege": Bart), before a consonant or at the end
    forms.append(re.sub(r"th(?![aeiou])", "t", word))
    forms += [word.replace("ee", "aeh"), re.sub(r"(?<=[^a])eh", "aeh", word)]
    forms += [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    forms += [word[:i] + "er" + word[i + 1 :] for i, c in enumerate(word) if c == "a"]
    # ä heard as e ("Ferben", "Strehnen"): one e at a time
    forms += [word[:i] + "ae" + word[i + 1 :] for i, c in enumerate(word) if c == "e"]
    return [f for f in dict.fromkeys(forms) if f != word]


# German st-/sp- at the start of a word are said scht-/schp- and written so by a recogniser
# ("Schträhnchen", "Schpitzen"): read as spelled, as well as with one slip more
_SAID_ST = re.compile(r"^sch(?=[tp])")


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase
def _spoken_compound(word: str) -> list[str] | None:
    """A compound heard with one German slip that is then made of known words only."""
    vocab = _vocabulary()
    spelled = _SAID_ST.sub("s", word)
    if spelled != word and (parts := _split(spelled, vocab, top=False)):
        return parts
    for base in dict.fromkeys([word, spelled]):
        for form in _german_spellings(base):
            parts = _split(form, vocab, top=False)
            if parts:
                return parts
    return None


def _fuzzy(word: str) -> str | None:
    """A misheard or misspelled lexicon word ("Dauerwele"): one clear nearest word."""
    if len(word) < 6:
        return None
    best, best_score = None, 0.0
    for known in _index():
        if len(known) < 6:
            continue
        score = fuzz.ratio(word, known)
        if score > best_score:
            best, best_score = known, score
    return _index()[best] if best and best_score >= 88 else None


# Endings of a verb or a plural after a not-offered word ("waxen", "gewaxt", "wigs"); not a
# lone -n ("brown" is no "brow").
_VERB_ENDINGS = re.compile(r"^(?:ge)?(\w{3,}?)(?:en|es|e|s|t)$")


_PLURAL_ENDINGS = (("chen", "e"), ("chen", "s"), ("chen", ""), ("en", ""), ("n", ""))


def not_offered_name(word: str) -> str | None:
    """A not-offered service as said, in the dative plural ("Nägeln") or with a verb's ending
    ("waxen", "gewaxt" -> Waxing)."""
    word = _dative_plurals().get(word, word)
    if word in NOT_OFFERED:
        return NOT_OFFERED[word]
    # a plural or diminutive of one ("Maniküren", "Manikürchen", "Extensionchen",
    # "Haarverlängerungen"): never read as a cut by a near spelling
    for suffix, added in _PLURAL_ENDINGS:
        stem = word.removesuffix(suffix) + added
        german = stem.endswith(("e", "ung")) or suffix == "chen"  # "brown" is no plural of "brow"
        if stem != word + added and german and stem in NOT_OFFERED:
            return NOT_OFFERED[stem]
    for form in (word, word[2:] if word.startswith("ge") else word):
        m = _VERB_ENDINGS.match(form)
        if m and m[1] in NOT_OFFERED:
            return NOT_OFFERED[m[1]]
    return None


# "wachsen" / "waxen" beside a part of the body no hair service touches ("Oberlippe wachsen",
# "Bikinizone waxen", "den Rücken wachsen lassen"): waxing, not offered. The verb alone ("die
# Haare wachsen so schnell") and a body part alone stay what they were.
_WAX_VERBS = frozenset({"wachsen", "gewachst", "waxen", "gewaxt", "epilieren"})
_WAXED_PARTS = frozenset(
    {
        "oberlippe", "lippe", "lippen", "kinn", "ruecken", "brust", "bikini", "bikinizone",
        "bikinilinie", "intimbereich", "intim", "arme", "arm", "unterarme", "bauch", "po",
        "wangen", "gesicht", "nase", "ohren", "schultern", "upper", "lip", "chin", "back",
        "chest", "arms", "underarms", "armpits", "bikiniline", "face", "nose", "ears", "achsel",
        "achseln", "beine", "bein", "legs",
    }
)  # fmt: skip


# the wax said as a noun beside the part ("Ohren Wachs", "wax for the upper lip")
_WAX_WORDS = _WAX_VERBS | {"wachs", "wax", "waxing"}
# the hair of such a part as one word ("Nasenhaare", "Ohrenhaare", "Achselhaare"): the part's
_PART_HAIR = re.compile(r"(\w+?)(?:n|en|s)?haare?")


def _waxed_part(word: str) -> bool:
    if word in _WAXED_PARTS:
        return True
    m = _PART_HAIR.fullmatch(word)
    return m is not None and any(m[1] + e in _WAXED_PARTS for e in ("", "n", "e", "en"))


def _waxing(said: list[str]) -> bool:
    return bool(_WAX_WORDS & set(said)) and any(_waxed_part(w) for w in said)


@functools.lru_cache(maxsize=4096)
def concepts(text: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(concepts said, names of not-offered services said, words that meant nothing known)."""
    found: set[str] = set()
    not_offered: list[str] = []
    unknown: list[str] = []
    said = list(words(text))
    raw = re.findall(r"[a-z]+", text)  # as said: "Nasenhaare" before `words` splits it
    if _waxing(said) or _waxing(raw):  # "Oberlippe wachsen", "Nasenhaare wachsen": waxing
        not_offered.append("Waxing")
        # the part's hair ("Nasenhaare") goes with it; hair said as its own word stays
        hair = {"haar", "haare"} - set(raw)
        said = [w for w in said if w not in _WAX_WORDS | hair and not _waxed_part(w)]
    cut_words: set[str] = set()
    for i, word in enumerate(said):
        if word == _FACE and i + 1 < len(said) and not_offered_name(said[i + 1]):
            continue  # "Gesichtspeeling": the peeling, named so
        named = not_offered_name(word)
        if named:
            not_offered.append(named)
            continue
        concept = concept_of(word) or _fuzzy(word)
        if concept:
            found.add(concept)
            cut_words |= {word} if concept == "cut" else set()
        elif not re.fullmatch(r"\d+", word):
            unknown.append(word)
    if cut_words and cut_words <= _ENDS and found & _COLOUR_CONCEPTS:
        # "sonnengeküsste Spitzen", "rote Spitzen", "Strähnchen in den Spitzen": the ends are where
        # the colour goes, no cut ("Färben und Spitzen schneiden" names the cut with its verb)
        found = (found - {"cut"}) | {"hair"}
    return frozenset(found), tuple(dict.fromkeys(not_offered)), tuple(unknown)


_ENDS = frozenset({"spitzen"})  # the hair's ends, also the trim of them ("nur die Spitzen")
_COLOUR_CONCEPTS = frozenset({"color", "highlights", "lighten", "darker", "hue"})


_FACE = "gesichts"  # the face as the first part of a compound, split off by `words`
