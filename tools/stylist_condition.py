"""A wish about the stylist that names nobody: who they are ("Hauptsache eine Frau", "jemand
Erfahrenes", "nur nicht der Neue"), what they know ("jemand, der sich mit Locken auskennt",
"someone good with curly hair") or when the caller saw them ("die, die letztes Mal da war", "the
one I had last time"). Such a wish is neither "no preference" nor an unknown name: the caller is
asked who, with the stylists who offer the service."""

from __future__ import annotations

import re

from tools.stylist_anecdote import ANECDOTE
from tools.stylist_back_reference import BACK_REFERENCE
from tools.stylist_recommendation import RECOMMENDATION
from tools.stylist_skill import names_a_skill
from tools.stylist_someone_elses import SOMEONE_ELSES
from tools.stylist_usual import USUAL
from tools.text_fold import fold

# Who the stylist is: sex, age, experience, role.
_WHO = (
    r"\b(?:mann|maenner|maennlich\w*|frau|frauen|weiblich\w*|dame|damen"
    # a job title in the feminine is a wish for a woman, unless any one is meant
    # ("Hauptsache eine Friseurin"; not "irgendeine Friseurin", "egal welche Stylistin")
    r"|(?<!irgendeine\s)(?<!beliebige\s)(?<!welche\s)(?<!jede\s)(?:friseurin|stylistin)"
    r"|man|men|woman|women|male|female|lady|guy|gal|junge[nrs]?|aeltere[nrs]?|erfahrene\w*|neue[nr]?"
    # seniority: "die Dienstälteste", "der Dienstjüngste", "someone senior", "a junior"
    r"|dienst(?:aeltest|juengst|erfahrenst)\w*|seniors?|juniors?"
    r"|chef\w*|inhaber\w*|azubi\w*|lehrling|auszubildende\w*|blond\w*|young\w*|older"
    r"|experienced|new|neu|owner|boss|trainee|apprentice|usual|gleiche[nr]?|selbe[nr]?"
    # where they come from ("the Turkish barber", "der Italiener"): a description, asked
    r"|tuerk\w*|turk\w*|italien\w*|italian\w*|griech\w*|greek|spanish|spanier\w*"
    r"|franzoes\w*|french|polish|polnisch\w*|russian|russisch\w*|arab\w*|persian|persisch\w*"
    # "der Barbier" is a wish for who does beards; "any barber", "irgendein Barbier" is anyone
    r"|(?<!any\s)(?<!irgendein\s)(?<!irgendeinen\s)(?<!jeder\s)(?<!welcher\s)(?:barbier|barber))\b"
    r"|\b(?:nur|bloss|aber|ausser|hauptsache|solange|except|but|as\s+long\s+as|just)\s+"
    r"(?:nicht|kein\w*|not|no)\b"
)
# What the stylist knows or is good at.
_SKILL = (
    r"\b(?:auskenn\w*|kenn\w*\s+sich|spezialis\w*|specialis\w*|specializ\w*|erfahr\w*"
    r"|fachfrau|fachmann|profi\w*|expert\w*|knows?|knowing)\b"
    r"|\b(?:gut|good|great|best)\s+(?:\w+\s+)?(?:mit|in|bei|im|with|at)\b"
    r"|\b(?:gut|toll|schoen|super|klasse|besten)\s+(?:\w+\s+){0,2}(?:kann|koennen|schneidet|faerbt"
    r"|macht|versteht|foehnt|frisiert|rasiert|hinkriegt|hinbekommt)\b"
    # a speciality as a title: "die Coloristin", "die Farbexpertin", "the colour specialist"
    r"|\b\w*(?:expert|spezialist|specialist)\w*|\b(?:c|k)olou?rist\w*"
    # the best one: "die Beste, die Sie haben", "der Beste im Laden", "wer am besten rasiert"
    r"|\b(?:der|die|den|dem|the|ihr\w*|your)\s+(?:aller)?beste[nr]?\b|\bwer\s+am\s+besten\b"
    r"|\bthe\s+best\s+(?:one|stylist|hairdresser|barber)\b"
)
# When the caller saw them before.
_BEFORE = (
    r"\b(?:letzte[snr]?|vorige[snr]?|beim\s+letzten|vom\s+letzten)\s+(?:mal|woche|monat|jahr"
    r"|termin|besuch)\b|\bzuletzt\b|\b(?:wie\s+(?:immer|sonst)|sonst\s+immer)\b"
    r"|\blast\s+(?:time|week|month|year|visit)\b|\bsame\s+(?:as|one|person)\b"
)
# A question about who does what ("wer schneidet denn so?", "who does the cutting?", "wer die
# schönsten Strähnchen macht"): the caller wants to hear the stylists, asked back with them.
_QUESTION = (
    r"^(?:(?:und|also|aeh|aehm|hm|ja|so|and|well|um)\s+)*(?:wer|who|whos|welche[rnms]?|which)\b"
)
_SUPERLATIVE = r"\b(?:die|der|the)\s+(?:schoensten|tollsten|besten|nicest|best)\b"
# How they look: "der mit dem Bart", "die mit den roten Haaren", "der Große mit den Tattoos",
# "die junge Frau mit den Tattoos" (a person described by two words), "the lady with the highlights"
_LOOK = (
    r"\b(?:der|die|den|dem|the|that|one)\s+(?:\w+\s+){0,2}(?:mit|with)\s+"
    r"(?:dem|der|den|einem|einer|the|a|an|those)\b"
    r"|\b(?:one|guy|lady|woman|man|girl|bloke|chap)\s+with\b"
    r"|\b(?:der|die)\s+(?:\w+\s+){0,2}mit\s+(?:brille|bart|glatze|tattoos?|piercings?|locken|zopf|dutt"
    r"|pferdeschwanz|(?:kurz|lang|rot|blond|schwarz|braun|grau|bunt|gefaerbt)en)\b"
    # who they are to the caller: "meine Stammfriseurin", "mein Lieblingsfriseur" (someone in mind)
    r"|(?<!\bkein\s)(?<!\bkeine\s)(?<!\bkeinen\s)\b(?:stamm|lieblings)(?:friseur|friseurin|friseuse|barbier|stylist|stylistin)\b"
)
# Age, height, build or manner, as a noun or before a person: "die Jüngere von den beiden", "der
# Große", "die Nette", "die Jüngste bei Ihnen", "the tall guy", "the short one", "the younger of the two". Not "die
# Kleine", "the little one" (a child the service is for).
_TRAIT = (
    r"\b(?:der|die|den|dem|the)\s+(?:\w+\s+)?(?:juenger|aelter|gross|groesser|kleiner|lang|laenger"
    r"|duenn|dick|schlank|huebsch|nett|netter|freundlich|ruhig|lustig|glatzkoepfig"
    # the superlative: "die Jüngste bei Ihnen", "die Älteste im Team", "der Größte" (not "die
    # Kleinste": a child, as "die Kleine")
    r"|juengst|aeltest|groesst|laengst|duennst|dickst|schlankst|huebschest|nettest|freundlichst"
    r"|ruhigst|lustigst|erfahrenst)e[nrs]?\b"
    r"|\bthe\s+(?:\w+\s+)?(?:tall|taller|tallest|short|shorter|young|younger|youngest|old|older"
    r"|oldest|big|bigger|skinny|slim|thin|bald|nice|nicer|friendly|pretty|quiet|funny)"
    r"(?:\s+(?:one|guy|lady|woman|man|girl|bloke|chap|gentleman|fellow|hairdresser|stylist"
    r"|barber|of\s+the\s+two))?\b"
    r"|\b(?:von\s+den\s+beiden|der\s+beiden|of\s+the\s+two)\b"
)
# Hair or skin as a noun or before a person ("die Blonde", "die Dunkelhaarige", "der Tätowierte",
# "der Glatzkopf", "der Lockenkopf", "the blonde lady", "the baldy", "the dark-haired one", "the
# redhead"), and where they stand in the salon ("die am Empfang", "hinten links", "the one at the
# front desk"): one person described, asked who
_APPEARANCE = (
    r"\b(?:der|die|den|dem|the)\s+(?:\w+\s+)?(?:blond|blondiert|bruenett|dunkelhaarig|hellhaarig"
    r"|rothaarig|schwarzhaarig|grauhaarig|kurzhaarig|langhaarig|lockig|taetowiert|gepierct|kahl"
    r"|kahlkoepfig|baertig|bebrillt)e[nrs]?\b"
    r"|\b(?:der|die|den|dem)\s+(?:\w+\s+)?(?:glatzkopf|kahlkopf|lockenkopf|krauskopf|wuschelkopf"
    r"|strubbelkopf|rotschopf|blondschopf|brillentraeger(?:in)?|rauschebart)\b"
    r"|\bthe\s+(?:\w+\s+)?(?:blonde?|brunette|redhead\w*|ginger|bald(?:y|ie|ing)|bearded"
    r"|(?:dark|fair|red|black|grey|gray|short|long|curly)[\s-]haired|tattooed)\b"
    r"|\b(?:am|an\s+der|vom|von\s+der|hinter\s+der|at\s+the|from\s+the|behind\s+the)\s+"
    r"(?:front\s+)?(?:empfang|rezeption|kasse|tresen|theke|eingang|desk|reception|counter|till)\b"
    r"|\b(?:hinten|vorne|vorn)\s+(?:links|rechts)\b"
)
# Who is new in the salon: "die Neue, die seit Kurzem da ist", "der neue Kollege", "the new
# girl": one person described, whatever else is said about them (asked, never "no such stylist")
_NEWCOMER = (
    r"\b(?:der|die|den|dem|the|your|ihr\w*|eure[nmr]?)\s+neue[nrm]?\b"
    r"|\bneue[nrm]?\s+(?:kollegin|kollege|kollegen|friseurin|friseur|stylistin|stylist|mitarbeiterin"
    r"|mitarbeiter|dame|frau|herr|mann)\b"
    r"|\b(?:the\s+)?new\s+(?:one|girl|guy|lady|woman|man|stylist|hairdresser|barber|colleague"
    r"|starter|hire)\b|\bseit\s+kurzem\s+(?:da|hier|bei\s+ihnen)\b"
)
# Someone the caller has in mind but does not name: a pronoun ("bei ihm", "wieder zu ihr", "with
# her again"), an address without a name ("bei dem Herrn", "beim Herrn", "the gentleman") or a
# past visit in a relative clause ("die, die mir die Strähnchen gemacht hat", "der mich
# geschnitten hat", "the one who did my colour"): one person meant, asked who (never "no such
# stylist"). A name said with it is matched as before (this is read only where no name fits).
_REFERRED = (
    r"\b(?:bei|zu|zum|mit|von)\s+(?:ihm|ihr)\b|\b(?:with|by|see|to|for)\s+(?:him|her)\b"
    r"|\b(?:bei|zu|mit|von)\s+(?:dem|der)\s+(?:herrn?|dame)\b|\b(?:beim|zum)\s+herrn?\b"
    r"|\bthe\s+gentleman\b"
    r"|\b(?:der|die|den|dem)\s*,?\s*(?:der|die|den|welche[rn]?)?\s*(?:mir|mich)\s+(?:\w+\s+){0,5}"
    r"(?:ge\w+|\w+iert)\s+(?:hat|hatte)\b"
    r"|\b(?:one|guy|lady|woman|man|girl|person|stylist|hairdresser|barber)\s+(?:who|that)\s+"
    r"(?:did|cut|coloured|colored|dyed|gave|styled|trimmed|permed|shaved|bleached|highlighted)\b"
)
# Named by the clients or the work they do ("der Herrenfriseur", "die Kinderfriseurin", "die
# Damenstylistin", "die für Kinder", "der für Farbe"): a role the salon file does not name, one
# person described, asked who (round 62); "irgendein Herrenfriseur" is anyone (no article here)
_SPECIALITY = (
    r"\b(?:der|die|den|dem|the)\s+\w+(?:friseur|friseurin|friseuse|stylist|stylistin|barbier)\b"
    r"|\b(?:der|die|den|dem)\s+fuer\s+(?:die\s+|den\s+|das\s+)?[a-z]{3,}\b"
    r"|\bthe\s+one\s+for\s+(?:the\s+)?[a-z]{3,}\b"
)
_CONDITION = re.compile(
    f"{_WHO}|{_SKILL}|{_BEFORE}|{_LOOK}|{_TRAIT}|{_NEWCOMER}|{_REFERRED}|{BACK_REFERENCE}"
    f"|{SOMEONE_ELSES}|{USUAL}|{RECOMMENDATION}"
)
_DESCRIBES = re.compile(
    f"{_SKILL}|{_BEFORE}|{_QUESTION}|{_SUPERLATIVE}|{_LOOK}|{_TRAIT}|{_APPEARANCE}|{_NEWCOMER}"
    f"|{_SPECIALITY}"
    f"|{_REFERRED}|{ANECDOTE}|{BACK_REFERENCE}|{SOMEONE_ELSES}|{USUAL}|{RECOMMENDATION}"
)
# Age, height, build or manner said after a name ("Sophie, die Große", "Lena, die Jüngere"):
# it tells the named stylist apart (folded text with its commas)
TRAIT_AFTER_NAME = re.compile(rf"\s*,\s*(?:{_TRAIT})\s*$")
# ... or said first, before the name ("der Große, ich glaub der hieß Fabian", "the tall one, Mehmet",
# "der Glatzkopf, ich glaub der hieß Fabian")
TRAIT_BEFORE_NAME = re.compile(rf"^\s*(?:{_TRAIT}|{_APPEARANCE})\s*,\s*")
# A look said after a name ("die Sophie mit den blonden Haaren", "Sophie mit der Brille"): it
# tells the named stylist apart, it names nobody else
LOOK_AFTER_NAME = re.compile(
    r"\b(?:mit|with)\s+(?:dem|der|den|einem|einer|the|a|an|her|his|ihren|seinen)\s+[^,]*"
)


def _folded(text: str | None) -> str:
    return fold((text or "").replace("'", ""))


def states_condition(text: str | None) -> bool:
    """A wish about the stylist that names nobody ("Hauptsache eine Frau", "jemand Erfahrenes",
    "die, die letztes Mal da war"): the caller is asked who."""
    return bool(text) and (bool(_CONDITION.search(_folded(text))) or names_a_skill(_folded(text)))


def names_speciality(text: str | None) -> bool:
    """A stylist named by the clients or the work they do ("der Herrenfriseur", "die für
    Kinder"): a role the salon file does not name, asked who (never "no such stylist")."""
    return bool(text) and re.search(_SPECIALITY, _folded(text)) is not None


def describes_someone(text: str | None) -> bool:
    """The caller describes one person by skill or an earlier visit ("wer sich mit Farbe
    auskennt", "der von letzter Woche"), whatever else is said: asked, never "no such stylist"."""
    return bool(text) and (bool(_DESCRIBES.search(_folded(text))) or names_a_skill(_folded(text)))
