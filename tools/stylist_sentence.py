"""The words of a sentence around a stylist's name that name nobody: what is to be done ("die
Farbe", "den Bart stutzen", "for a shave"), for whom ("für meine Tochter", "der Kleine"), the
stylist's role ("der Chef", "der Inhaber") and the verbs and particles of telling it ("soll's
machen", "die kennt meine Haare", "die kenn ich schon lange", "glaub ich") and the caller's hesitations and hedges ("uh, I think
it was", "um, maybe", "well, I guess"). Such words neither fit nor contradict a name: "die
Lena soll mir die Farbe machen" names Lena as plainly as "Lena". A word that is no such word
("Fabian Müller") still contradicts the name and is asked; so does a noun right after a name,
which may be a surname ("Fabian Schneider").
"""

from __future__ import annotations

import functools
import re

from tools.service_compound import says_a_service
from tools.service_words import concept_of
from tools.when.lexicon import TEMPORAL_WORDS, WEEKDAYS, is_temporal

# The verbs, pronouns and particles of telling who should do it (folded, apostrophes dropped).
_TELLING = frozenset(
    """
    soll solls sollte sollten sollen mach mache machen macht machts gemacht tun tut getan
    schneidet kennt kenne kennen kannte weiss knows know knew does did do done doing
    kenn kennst gekannt bekannt lange laenger ewig seit jahren jahre jahr long years ages
    kann kanns konnte geh gehe gehst geht ging gewesen war warst waren bin bist sein
    glaub glaube glaubs glaubich denk denke denn heisst heisse hiess heissen called
    lassen lass laesst will willst wollte moechte moechten haett haette haetten bittschoen bitteschoen
    fuer fuers for my mine your ihr ihre ihren meine meinen meinem meiner mir mich das dem des
    was ach erst zuerst doch also sonst immer jedes jedesmal stets letztes letzte vorher
    super toll klasse prima spitze gut gute guten besser top wunderbar perfekt
    da dort hier heute schon auch wieder nochmal gerade grad ihnen euch uns
    haar haare hair team salon laden nimm nehmt nehme bim gaell gell gelle pls plz
    doktor dr magister mag professor prof
    cut cuts kleine kleinen kleiner kleinem zwillinge zwillingen zwilling twins twin
    chef chefin inhaber inhaberin boss owner meister meisterin friseurmeister friseurmeisterin
    she her he his him they them please thanks
    by from at on of in to with an auf aus nach von vom ob dass weil wo wie
    er sie es ist hat haben hatte want wants wanted do does the a ein eine einen einem einer
    ne nen nem ner
    unbedingt wirklich echt einfach mal bitte gerne gern
    verlasse verlass verlassen vertraue vertrau vertrauen trust rely
    uh uhm um umm er erm hmm hmmm ah oh aeh aehm oehm well think thought guess suppose believe
    maybe perhaps probably yeah yes yep it around
    """.split()
)
# The words of telling that are no nouns (and no surnames): never taken for a surname.
_TELLING_ONLY = frozenset(
    w
    for w in _TELLING
    if w
    not in """kleine kleinen kleiner kleinem zwillinge zwillingen zwilling twins twin chef chefin
    inhaber inhaberin boss owner meister meisterin friseurmeister friseurmeisterin super klasse
    spitze lange jahr jahre jahren""".split()
)
_ENDINGS = re.compile(r"(?:e|en|er|es|em|s|n)$")


@functools.lru_cache(maxsize=65536)  # pure; called per word of every sentence said
def names_nobody(word: str) -> bool:
    """A folded word of the sentence around a name that is no name: a service or hair word
    (`tools.service_words`), a person the service is for, a role, or a word of telling."""
    if (
        word in _TELLING
        or concept_of(word) is not None
        or is_temporal(word)
        or says_a_service(word)
    ):
        return True  # "hat mir letztes Jahr die Farbe gemacht": when, not who
    return len(word) > 4 and concept_of(_ENDINGS.sub("", word)) is not None


def never_a_name(word: str) -> bool:
    """A folded word that is no one's name however it is heard: a word of telling, a word that
    says a service ("dauerwelle", "bart") or a whole word of time ("letzten", "herbst",
    "freitag"). Narrower than `names_nobody`, whose stems and concepts also reach names
    ("Julia" holds "juli", "Schneider" the cut): a phrase of such words only describes someone."""
    return word in _TELLING or says_a_service(word) or word in TEMPORAL_WORDS or word in WEEKDAYS


def is_service_word(word: str) -> bool:
    """A folded word that names a service or a hair word ("fade", "balayage", "strähnchen"):
    never a syllable of a name the recogniser split ("Fade bei Mehmet" is no "Fadebei")."""
    return concept_of(word) is not None or says_a_service(word)


def is_noun(word: str) -> bool:
    """A service, hair, person or role word: right after a first name it may be a surname
    ("Fabian Schneider", "Sophie Bart"), so it is not passed over there."""
    return word not in _TELLING_ONLY and names_nobody(word)
