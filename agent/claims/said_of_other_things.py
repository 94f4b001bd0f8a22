"""Claim words said of something that is no appointment (blind 25's false blocks, claims44): one
job, dropping the claims of a clause whose theme is not the caller's appointment.

The theme is what the claim word is said of: the subject of a state or passive ("Das Glück ist
heute bei uns reserviert", "That joke is cancelled", "Kompliment notiert"), the object of an act
("Da habe ich mir einen Knoten ins Hirn gebucht", "I've changed the spelling to Maier", "The
rain has cancelled my picnic"), or the doer of an act ("The weather's clearly cancelled
summer"). A claim is dropped when its theme is

- a noun that names no part of a booking: not an appointment, slot, hold or booking word (the
  head of a compound counts: "Färbetermin"), no service, stylist, day or time, no person (a
  first name by the lemmatizer's English dictionary: "Emma ist gebucht", claims143), and
  none of the words that stand for the whole arrangement ("die Sache", "alles", "the thing");
- the speaker's own ("mein Feierabend", "my lunch break"; "Ich bin heute … verschoben"): the
  receptionist has no appointment in this call; a third person's own ("Fabian hat seine
  Mittagspause verlegt", "Fabian moved his lunch break", claims130);
- days in the plural said of in general ("Mondays should be cancelled").

A promise (a text, a callback, money) is never dropped here, nor a bare success of the speaker's
("Ich bin fertig"). Nothing is dropped when the theme is a pronoun, the caller ("Sie", "you"), or
any word this module does not know as a noun.
"""

from __future__ import annotations

import re

from agent.claims.details import WEEKDAYS, Names, is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.lemmas import lemmatize
from agent.claims.model import Claim, ClaimKind
from agent.claims.morph import is_proper_name
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

K = ClaimKind
_DROPPED = frozenset(K) - {K.FOLLOW_UP}  # every claim but a promise
# heads of nouns that name the booking or stand for it (a compound's last part counts)
_CALENDAR = lazy(
    r"(?:termin\w*|buchung\w*|reservierung\w*|reservation\w*|vormerkung\w*|platz|plätze|slots?|"
    r"spots?|places?|holds?|appointments?|bookings?|visits?|besuch|behandlung\w*|sessions?|"
    r"sitzung\w*|stornierung\w*|absage\w*|cancellation\w*|verschiebung\w*|umbuchung\w*|"
    r"änderung\w*|changes?|moves?|eintr[aä]g\w*|entry|entries|auftrag|anfrage\w*|requests?|sache|"
    r"ding|dinge|kiste|ganze|alles|alle|things?|everything|all|stuff|lot|name|namen|names?|haare?|"
    r"hair|kalender|calendar|diary|system|liste|list|deal|plan|abmachung|vereinbarung|"
    r"verabredung|dates?|datum|arrangements?|bestätigung\w*|confirmation\w*|zeit\w*|times?|"
    r"uhrzeit|uhr|tag|tage|days?|woche|week\w*|wochenende|vormittag|nachmittag|morgen|abend|"
    r"mornings?|afternoons?|evenings?|heute|today|tomorrow|stylist\w*|friseur\w*|friseurin|"
    r"hairdresser|kollegin|kollege|colleague|service|leistung|treatment|sohn|tochter|mann|frau|"
    r"kinder?|freund\w*|partner\w*|mutter|vater|son|daughter|husband|wife|kids?|friends?|mum|mom|"
    r"dad|herr|famil\w*|kunde\w*|kundin\w*|customers?|clients?|wunsch\w*|wish\w*|one|ones|salon|"
    r"team|studio|shop|rezeption|reception|chef\w*|boss|manager\w*|ein\w*|zwei|drei|vier|fünf|"
    r"sechs|sieben|acht|neun|zehn|elf|zwölf|halb|viertel|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|noon|half|quarter)"
)
_PRONOUN = lazy(
    r"(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer|es|er|das|dies|dieser|diese|dieses|der|die|den|"
    r"you|your|yours|it|that|this|they|them|we|wir|uns|man|jemand|niemand|someone|nobody)"
)
_DET = (
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|meinem|meiner|"
    r"unser|unsere|unseren|the|a|an|my|our|that|this|these|those|ihr|ihre|ihren|your)"
)
_OWN = lazy(r"^(?:mein|meine|meinen|meinem|meiner|my)$")
_LEAD = r"^\W*(?:(?:so|also|da|na|ja|well|oh|and|und|aber|but|tja|ach)\W+)*"
# the subject of a state or passive: "<det> <adj>* <noun> ist|is|'s|got …"
_PARTICIPLE = (
    r"(?:gebucht|reserviert|storniert|verschoben|notiert|bestätigt|eingetragen|abgesagt|"
    r"gestrichen|booked|cancell?ed|reserved|confirmed|moved|noted|rescheduled)"
)
_SUBJECT = lazy(
    _LEAD + rf"(?P<det>{_DET})\s+(?:(?P<mod>[\w-]+)\s+)?(?P<noun>[\w-]+)"
    r"(?:'s\b|\s+(?:ist|sind|war|waren|wurde|wurden|is|are|was|were|got|gets|has\s+been|"
    r"have\s+been|should\s+be|sollte|sollten|must\s+be|will\s+be)\b)"
    rf"(?:\s+[\w-]+){{0,5}}?\s+{_PARTICIPLE}(?:\s+(?:for|für|bis|until)\s+[^,;]*)?\W*$"
)
# a German noun with no article, an adjective before it at most: "Gute Laune ist …"
_SUBJECT_BARE = lazy(
    _LEAD + rf"(?!{_DET}\b|meines\b|unseres\b|binnen\b)(?:\w+(?:e|en|er|es)\s+)?(?P<noun>[\w-]+)\s+"
    r"(?:ist|sind|war|waren|wurde|wurden)\b"
    r"(?:\s+[\w-]+){0,5}?\s+(?:gebucht|reserviert|storniert|verschoben|notiert|bestätigt|"
    r"eingetragen|abgesagt|gestrichen)\W*$"
)
# a German noun and a participle, no verb: "Kompliment notiert" (the noun by its lemma's case)
_BARE = lazy(_LEAD + r"(?P<noun>[\w-]+)\s+(?:notiert|vermerkt|gebucht|reserviert)\W*$")
# days in the plural, said of in general: "Mondays should be cancelled"
_DAYS = lazy(
    _LEAD + r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|montage|"
    r"dienstage|mittwoche|donnerstage|freitage|samstage|sonntage)\s+(?:should|sollten|must|"
    r"müssten|ought|could|könnten)\b"
)
# the claim word acts on the caller or their booking after all: "The salon's booked you in"
_ACTS_ON = lazy(r"(?:ed|t)\s+(?:you|sie|ihnen|your|ihre?n?m?|it|es)\b")
# the speaker as the subject of a state: "Ich bin heute im Kopf verschoben", "I'm booked solid"
_SPEAKER = lazy(
    _LEAD + r"(?:ich\s+bin|i\s+am|i'm)\s+(?!\w+ing\b)(?!afraid\b)"  # "I'm afraid …": a regret
    r"(?!.*\b(?:dass|that|sicher|sure|sie|ihnen|you|ihr\w*|your|it|es|platz|slot|spot|hold|"
    r"termin\w*|appointment|booking|reserv\w*)\b)"
)
# the object of an act: German before the participle, English after it
_OBJECT_DE = lazy(
    r"(?:\b(?:habe|hab|haben|hat|hatte)\s+(?:ich|wir|er)|\b(?:ich|wir|er)\s+(?:habe|hab|haben|hat|"
    rf"hatte)|^\W*{_DET}\s+[\w-]+\s+(?:hat|haben|hatte))\s+(?P<pre>(?:\w+\s+){{0,3}}?)"
    rf"(?P<det>{_DET})\s+(?:(?P<adj>\w+(?:e|en|er|es|em))\s+)?(?P<noun>[\w-]+)\s+(?:\w+\s+){{0,4}}?"
    r"(?:ge\w+t|\w+iert)\W*$"
)
_OBJECT_EN = lazy(
    r"\b(?:i've|we've|i\s+have|we\s+have|has|had)\s+(?:\w+\s+)?(?:\w+ed|\w+led)\s+"
    rf"(?P<det>{_DET})\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[\w-]+)\b(?!')"
)
# an act whose doer is a thing: "The weather's clearly cancelled summer", "The rain has booked
# …" (not "The salon's booked you in": a doer the booking knows, or the caller acted on)
_DOER_EN = lazy(
    _LEAD + r"(?P<det>the|a|an)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)(?:'s|\s+has|\s+had|\s+have)\s+"
    r"(?:\w+ly\s+|just\s+|already\s+|gone\s+and\s+)?(?:\w+ed)\b"
)
# "stehen" of looks: "Locken stehen fast jedem", "Kurzhaar steht Ihnen gut"
_SUITS = lazy(
    r"\b(?:steht|stehen)\s+(?:\w+\s+)?(?:jedem|jeder|allen|niemandem|vielen|den\s+meisten)\b|"
    r"\b(?:steht|stehen)\s+ihnen\s+(?:\w+\s+)?(?:gut|super|toll|prima|hervorragend)\b"
)
# the speaker names what they meant after a hesitation: "…, das ist gebongt – äh, Ihr Tipp mit
# dem Café, meine ich"
_MEANT = lazy(
    rf"(?:[–—,]|\b(?:äh|ähm|öh|uh|um|er)\b)\W*(?P<det>{_DET})\s+(?P<noun>[\w-]+)\b[^.!?–—]*?,?\s*"
    r"(?:meine\s+ich|i\s+mean)\W*$"
)
# a clause that says something done or not of its own: "…, eingetragen ist nichts"
_SAYS = lazy(
    r"\b(?:ge\w+t|ge\w+en|\w+iert|ein\w*getragen|drin|nichts|kein\w*|\w+ed|in|fest|fix|"
    r"nothing|not|nicht|done|erledigt)\b"
)
# an ordinal by its number word ("zehnten", "achtundzwanzigsten", "twenty-eighth"), not any word
# ending so ("Knoten", "Garten", "Winter")
_ORDINAL = lazy(
    r"(?:\w+-)?(?:first|second|third|\d+(?:st|nd|rd|th)|\w*(?:four|fif|six|seven|eigh|nin|ten|"
    r"eleven|twelf|teen|tie)th|(?:erst|zweit|dritt|viert|fünft|sechst|sieb|siebt|acht|neunt|zehnt|"
    r"elft|zwölft|\w+zehnt|\w+(?:zig|ßig)st)(?:e|en|er|es|em)?)|(?:alte|neue|erste|zweite|"
    r"dritte|andere|letzte|nächste|old|new|other|last|next|earlier|later)\w*"
)
# a third person's own thing moved or changed (blind 52, claims130): "Fabian hat seine
# Mittagspause auf eins verlegt", "Lena hat ihre Pause verschoben", "Fabian moved his lunch break
# to one" (the noun is checked: "Lena hat ihren Termin verlegt" keeps its claim)
_THIRD_OWN_DE = lazy(
    r"\b(?!sie\b|ich\b|wir\b)\w+\s+(?:hat|hatte)\s+(?:\w+\s+)?(?:seine[nmrs]?|ihre[nmrs]?)\s+"
    r"(?:\w+(?:e|en|er|es|em)\s+)??(?P<noun>[\w-]+)\s+(?:(?:auf|bis|nach|vom|von|um|vor|in|an|zu|für|"
    r"wegen)\s+(?:\w+\s+){0,3}?)?(?:ge\w+t|\w+iert|verlegt)\b"
)
_THIRD_OWN_EN = lazy(
    r"\b(?!you\b|i\b|we\b)\w+\s+(?:has\s+|had\s+|'s\s+)?(?:\w+ed)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)??(?P<noun>[\w-]+)(?=\s+(?:to|until|till|from|for|on|at|by|back|forward|around|"
    r"into|up|over)\b|\W*$)"
)
_CALLERS = lazy(r"^(?:ihr|ihre|ihren|ihrem|ihrer|your)$")
_GERMAN = lazy(r"\b(?:ist|sind|wurde|wurden|war|der|die|das|mein\w*|bei|heute|für)\b")
_PERSON = lazy(r"\b(?:sie|ihnen|euch|dich|you)\b")
_QUICK = lazy(
    r"ist|sind|war|wurde|is|are|was|were|got|'s|'ve|has|have|habe|hab|hat|bin|i'm|i\s+am|"
    r"should|sollte|must|will|t\b|ed\b|steh|meine|mean"
)


def _known(noun: str, names: Names) -> bool:
    """Whether `noun` names a part of a booking, a person or stands for the arrangement."""
    if _CALENDAR.fullmatch(noun) or _PRONOUN.fullmatch(noun) or noun in WEEKDAYS:
        return True
    if is_detail_word(noun):
        return True  # blind 39 (claims95): a day's compound, "Freitagvormittag ist gebucht"
    heads = ("termin", "termine", "buchung", "platz", "reservierung", "schnitt", "cut", "colour")
    if noun.endswith(heads) or any(ch.isdigit() for ch in noun) or _ORDINAL.fullmatch(noun):
        return True
    words = {w for _, ws in names.services for a in ws for w in a.split() if len(w) > 3}
    if any(noun.endswith(w) or w.endswith(noun) for w in words):
        return True
    stylists = {w for _, ws in names.stylists for w in ws}
    if noun in stylists or noun.removesuffix("s") in stylists:
        return True
    return is_proper_name(noun)  # claims143: a person by name, "Emma ist gebucht: …"


def _plain(noun: str, piece: str) -> bool:
    """Whether `noun` is a plain noun of everyday things: German by simplemma's capitalised lemma
    (not a word of the booking's process: "-vorgang", "-ung", "status"), English any."""
    if noun.endswith(("ung", "vorgang", "status", "ing", "no", "nummer", "code", "stuhl")):
        return False
    return _german_noun(noun) if _GERMAN.search(piece) else not noun.endswith(("ion", "ment"))


def _strict_noun(word: str) -> bool:
    """Whether `word` (folded) reads as a German noun even in lower case (no article before it:
    "Kompliment", not "fest" or "Glück")."""
    return lemmatize(word, "de")[:1].isupper()


def _german_noun(word: str) -> bool:
    """Whether simplemma reads `word` (folded, lower case) as a German noun."""
    return lemmatize(word.capitalize(), "de")[:1].isupper()


def _other_theme(piece: str, names: Names) -> bool:
    """Whether the claim word of clause `piece` (folded) is said of no part of a booking."""
    if _SPEAKER.search(piece) or _DAYS.search(piece):
        return True
    m = _SUBJECT.search(piece)
    if m is not None and not _CALLERS.match(m.group("det")):
        noun, mod = m.group("noun"), m.group("mod")
        if mod and (_known(mod, names) or (_GERMAN.search(piece) and not _german_noun(noun))):
            return False  # "der Termin von vorhin …", "the slot I was …"
        return not _known(noun, names) and (_OWN.match(m.group("det")) or _plain(noun, piece))
    m = _SUBJECT_BARE.search(piece) or _BARE.search(piece)
    if m is not None and _strict_noun(m.group("noun")):
        return not _known(m.group("noun"), names)
    m = _OBJECT_DE.search(piece)
    if m is not None and not _PERSON.search(m.group("pre")):
        noun = m.group("noun")
        if m.group("adj") and _german_noun(m.group("adj")):  # "die Dauerwelle gegen …"
            noun = m.group("adj")
        own = _OWN.match(m.group("det")) or (
            re.search(r"\b(?:mir|mich)\b", m.group("pre"))
            and m.group("det") in ("einen", "eine", "ein")
        )
        return bool(own) and not _known(noun, names) and _german_noun(noun)
    m = _OBJECT_EN.search(piece)
    if m is not None and m.group("det") and _OWN.match(m.group("det")):
        return not _known(m.group("noun"), names)
    m = _THIRD_OWN_DE.search(piece)
    if m is not None:
        return not _known(m.group("noun"), names)
    m = _THIRD_OWN_EN.search(piece)
    if m is not None and not _GERMAN.search(piece):
        return not _known(m.group("noun"), names)
    m = _DOER_EN.search(piece)
    if m is not None and not _GERMAN.search(piece) and not _ACTS_ON.search(piece):
        return not _known(m.group("noun"), names) and _plain(m.group("noun"), piece)
    return False


def without_other_themes(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` minus those read in a clause whose theme is no part of a booking (see above)."""
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    folded = fold(sentence)
    if not _QUICK.search(folded.text):
        return claims
    spans, said = [], []  # the other-theme clauses; the other clauses that say something
    for m in CLAUSE_PIECE.finditer(folded.text):
        span = folded.span(m.start(), m.end())
        if _other_theme(m.group().strip(), names) or _SUITS.search(m.group()):
            spans.append(span)
        elif _SAYS.search(m.group()):
            said.append(span)
    meant = _MEANT.search(folded.text)
    meant_other = meant is not None and not _known(meant.group("noun"), names)
    if not spans and not meant_other:
        return claims

    def other(c: Claim) -> bool:  # read in an other-theme clause, and in no clause that says
        if meant_other:  # the whole sentence was about what it names at the end
            return True
        inside = any(s <= c.start < e for s, e in spans)
        return inside and not any(c.start < e and s < c.end for s, e in said)

    return tuple(
        c
        for c in claims
        if c.kind not in _DROPPED
        or not other(c)
        or (c.kind is K.DONE and _SPEAKER.search(fold(sentence[c.start : c.end]).text))
    )
