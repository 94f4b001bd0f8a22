"""Whether the caller leaves the stylist open, by what the words mean: indifference ("mir egal",
"Jacke wie Hose", "schnurz", "no preference", "makes no difference"), anyone who is free ("wer
Zeit hat", "wer am frühesten kann", "whoever is free") and the choice left to the salon ("Sie
entscheiden", "das überlasse ich Ihnen", "nehm ich wen Sie haben", "your call").
A phrase that also names a stylist ("am liebsten Lena, aber egal") or states a condition
(`tools.stylist_condition`) is not open."""

from __future__ import annotations

import re

from tools.salon_knows_best import salon_knows_best, without_salon_knowing
from tools.stylist_condition import states_condition
from tools.text_fold import fold

# Dialect spellings of "ist", "mir" and "gleich/egal/wurscht" (folded, apostrophes dropped)
_IS = r"(?:ist|is|iss|isch|ischs|isses|isch\s+s|ists)"
_ME = r"(?:mir|ma|mia|mer)"
# Swiss "glich", Austrian "blunzn" (Blutwurst, as "wurscht": "des is ma blunzn")
_SAME = (
    r"(?:gleich|glei|gliich|gliech|glich|egal|wurscht|wuascht|wurschd|wuaschd|wurst|blunzn|blunzen)"
)
# "total", "echt", "voll" between: "is mir total blunzn", "mir is des echt wurscht"
_DEGREE = r"(?:(?:total|echt|voll|ganz|eh|so|doch|ja|wirklich|voellig)\s+)*"
# "kein" as Bavarian, Austrian and Swiss say it: "i hob ka Präferenz", "koa Wunsch", "kei Vorliebe"
# and learners' "nix" / "nichts" ("nix bestimmte Person", round 62)
_NO = r"(?:kein\w*|ka|koa|koan|kan|kei|keini|nix|nichts)"
_OPEN = re.compile(
    r"\b(?:egal|wurscht|wurst|schnuppe|gleichgueltig|beliebig\w*|irgendwer|irgendwen|irgendwem"
    r"|irgendjemand\w*|irgendein\w*|jemand|jede[rnms]?|jedermann|alle|egal\s+wer|wer\s+auch\s+immer"
    r"|we[nm]\s+(?:auch\s+)?immer|someone|somebody"
    r"|gleich\s+wer|ganz\s+gleich|einerlei|mir\s+gleich|ist\s+gleich|(?:ist\s+)?mir\s+recht"
    r"|wer\s+(?:(?:gerade|grad|grade|gerad|jetzt|gleich|halt|eben|denn|dann|so|noch|heute|sofort|immer"
    r"|zuerst|eher|als\s+erste[rs]?|am\s+schnellsten|am\s+ehesten)\s+){0,2}"
    r"(?:zeit|frei|verfuegbar|kann|da\s+ist|dran\s+ist)"
    # "die erste freie Person", "die nächste freie Kollegin", "der Erstbeste", "next free stylist"
    r"|(?:erste|naechste)[nmrs]?\s+(?:freie|verfuegbare)[nmrs]?|(?:erst|naechst)beste\w*"
    r"|(?:next|first)\s+(?:one\s+)?(?:free|available)"
    # learners leave the verb out: "den ersten, der frei", "die nächste, die Zeit"; "who is free"
    r"|(?:erste|naechste)[nmrs]?\s+(?:der|die)\s+(?:zeit|frei|verfuegbar)"
    r"|who\s+(?:is|s)\s+(?:free|available)"
    rf"|{_NO}\s+(?:praeferenz|wunsch|vorliebe|bestimmt\w*|speziell\w*|besondere\w*|feste\w*"
    r"|vorgabe|favorit\w*)|kein\w*\s+(?:bestimmte\w*|speziell\w*)\s+\w+|niemand(?:en)?"
    r"|nicht\s+(?:so\s+|besonders\s+|sehr\s+|weiter\s+)?wichtig|spielt\s+keine\s+rolle|macht\s+nichts|hauptsache"
    r"|ohne\s+(?:wunsch|praeferenz|vorliebe|vorgabe|bestimmte\w*)"
    r"|no\s+preference|no\s+one\s+in\s+particular|nobody\s+in\s+particular|anyone|anybody|any"
    r"|anyones|anybodys|everyones|whoevers|someones|somebodys"
    r"|who\s?ever\w*|which\s?ever|doesnt\s+matter|does\s+not\s+matter|dont\s+mind|do\s+not\s+mind"
    r"|dont\s+care|do\s+not\s+care|either|first\s+available|next\s+available|not\s+fussed"
    r"|no\s+matter|none|null|keine?|nobody|flexibel|flexible|(?:bin|sind)\s+(?:da\s+)?offen"
    r"|alle(?:s)?\s+(?:gut|recht|ok|okay)|any\s*one\s+is\s+fine|surprise\s+me"
    r"|macht\s+(?:mir\s+)?nichts(?:\s+aus)?|(?:ist\s+)?mir\s+nicht\s+wichtig|i\s*m\s+easy"
    r"|(?:no\s*one|nobody)\s+(?:specific|special|particular)|no\s+particular\s+\w+"
    r"|not\s+(?:bothered|fussy|picky)"
    r"|(?:dont|do\s+not)\s+have\s+(?:a|any)\s+(?:preference|favou?rite|regular)"
    # Bavarian, Austrian and Swiss "ist mir gleich": "is ma gleich", "mir isch's gliich"
    rf"|{_IS}\s+{_ME}\s+{_DEGREE}{_SAME}|{_ME}\s+{_IS}\s+(?:(?:das|des|es|s)\s+)?{_DEGREE}{_SAME}"
    # a first visit: nobody to prefer ("war noch nie bei Ihnen", "first time here")
    r"|(?:war|bin|waren|sind)\s+(?:\w+\s+)?(?:noch\s+)?nie\s+(?:hier|da|dort|bei\s+(?:ihnen|euch|dir))"
    r"|(?:zum\s+ersten\s+mal|das\s+erste\s+mal|erstes\s+mal)\s+(?:hier|da|bei\s+(?:ihnen|euch))"
    r"|(?:first\s+time|never\s+been)\s+(?:here|with\s+you|at\s+your))\b"
)
# Idioms of indifference: "Jacke wie Hose", "schnurz", "piepegal", "mir Latte", "all the same".
_INDIFFERENT = re.compile(
    r"\b(?:jacke\s+wie\s+hose|\w*(?:piep|schnurz|scheiss|pups|wurscht|wurst|latte|total)egal"
    r"|schnurz\w*|wurscht\w*|wuascht\w*|wurschd\w*|wuaschd\w*|wumpe|powidl|latte|banane"
    r"|all\s+the\s+same"
    r"|(?:makes|make)\s+no\s+(?:difference|odds)|kein\w*\s+unterschied|no\s+difference"
    r"|(?:doesnt|does\s+not|wont)\s+make\s+(?:a|any)\s+difference"
    r"|nicht\s+(?:so\s+|besonders\s+|sehr\s+)?(?:waehlerisch|pingelig|heikel|festgelegt"
    r"|anspruchsvoll)|kein\w*\s+(?:lieblings\w*|stamm\w*)"
    r"|(?:no|not\s+a)\s+(?:favourite|favorite|regular))\b"
)
# The choice left to the salon: "Sie entscheiden", "das überlasse ich Ihnen", "ich verlasse mich
# auf Sie", "such dir wen aus",
# "nehm ich wen Sie haben", "wer am frühesten kann", "your call", "you pick".
_JUST = r"(?:(?:einfach|halt|doch|mal|eben|bitte|ruhig|selbst|selber|gern|gerne)\s+)*"
# what the salon does with a stylist for the caller: has, gives, assigns, sends, picks, suggests
_SALON_GIVES = (
    r"haben|habt|hast|dahaben|dahabt|dahast|geben|gebt|gibst|zuteilen|zuteilt|zuweisen|zuweist"
    r"|einteilen|einteilt|einplanen|einplant|eintragen|eintragt|schicken|schickt|empfehlen|empfehlt"
    r"|vorschlagen|vorschlagt|aussuchen|aussucht|nehmen|nehmt|wollen|wollt|moechten|moechtet"
    r"|frei\s+haben|da\s+haben"
)
_LEFT_TO_SALON = re.compile(
    r"\b(?:(?:sie|ihr|du)\s+(?:entscheide\w*|bestimm\w*|waehl\w*|such\w*\s+(?:\w+\s+)?aus)"
    r"|(?:entscheiden|bestimmen|waehlen|aussuchen)\s+(?:sie|ihr|du)|ueberlass\w*"
    # "ich verlasse mich da ganz auf Sie", "ich vertraue Ihnen da", "I trust you", "I'll rely on
    # your judgement": the choice trusted to the salon
    r"|verlass\w*\s+(?:(?:ich|wir)\s+)?(?:mich|uns)\s+(?:(?:da|ganz|voll|voellig|einfach|gern|gerne"
    r"|total)\s+)*auf\s+(?:sie|euch|dich|ihr\w*\s+(?:urteil|wahl|gespuer))"
    r"|auf\s+(?:sie|euch|dich|ihr\w*\s+(?:urteil|wahl|gespuer))\s+verlass\w*\s+(?:ich|wir)\b"
    r"|vertrau\w*\s+(?:(?:da|ganz|voll|voellig|einfach)\s+)*(?:ihnen|euch|dir|ihrem\s+urteil"
    r"|ihrer\s+wahl)|(?:i|we|ill)\s+(?:(?:ll|will|do|just|totally|fully)\s+)*(?:trust|rely\s+on)"
    r"\s+(?:you|your\s+(?:judgement|judgment|choice|taste))"
    r"|liegt\s+(?:ganz\s+|voll\s+)?bei\s+(?:ihnen|euch|dir)|(?:ihre|eure|deine)\s+(?:wahl"
    r"|entscheidung)|wie\s+(?:sie|ihr|du)\s+(?:meinen|meint|wollen|wollt|moechten|willst)"
    rf"|such\w*\s+(?:sie\s+)?(?:dir|sich|euch|mir)?\s*{_JUST}(?:wen|jemand\w*|ein\w*|irgendwen)\s+aus"
    # "sucht ihr euch aus", "suchen Sie sich aus", "suchts euch aus": the salon's pick
    rf"|such\w*\s+(?:(?:sie|ihr|du)\s+)?(?:sich|euch|dir)\s+{_JUST}(?:(?:wen|was|wer)\s+)?aus"
    # "nimm wen", "nehmt irgendwen", "nehmen Sie einfach wen": anyone the salon takes
    rf"|(?:nimm|nehmt|nehmen\s+sie)\s+{_JUST}(?:wen|irgendwen|irgendwem|irgendjemand\w*)\b"
    # "teilen Sie mich einfach jemandem zu", "geben Sie mir einfach irgendwen"
    rf"|teil\w*\s+(?:sie\s+)?(?:mich|uns|ihn|sie)\s+{_JUST}(?:jemandem|irgendwem|wem|einem|einer)\s+zu"
    # "wen Sie mir geben", "wen Sie gerade dahaben", "wem Sie mich zuteilen": whoever the salon
    # gives, has or picks (a relative "wen" with the salon as subject; "wen haben Sie?" asks)
    rf"|we[nm]\s+(?:sie|ihr|du)\s+(?:(?:mir|mich|uns|gerade|grad|grade|jetzt|heute|dann|halt|eben"
    rf"|so|noch|da|denn|frei|einfach|wollen|moechten|koennen|werden)\s+){{0,3}}(?:{_SALON_GIVES})\b"
    # "geben Sie mir einfach wen", "schicken Sie mir halt wen": anyone the salon sends
    rf"|(?:geb|gib|schick|teil)\w*\s+(?:sie\s+|ihr\s+)?(?:mir|mich|uns)\s+{_JUST}wen\b"
    # "wer am schnellsten kann", "wer's am schnellsten machen kann"
    r"|wers?\s+(?:(?:es|s|das)\s+)?(?:am\s+\w+sten|zuerst|als\s+erste[rs]?|frueher|eher)\s+"
    r"(?:(?:machen|schneiden|erledigen|drannehmen)\s+)?(?:kann"
    r"|zeit\s+hat|frei\s+ist|dran\s+ist)|(?:your|you)\s+(?:call|choice|pick|choose|decide)"
    r"|up\s+to\s+you|you\s+(?:can\s+)?(?:choose|pick|decide)|dealers\s+choice"
    r"|whatever\s+(?:works|suits|you\s+think)|(?:any|either)\s+(?:one|of\s+them)"
    # "wie es passt", "was am besten passt", "wie es sich ergibt": whatever the calendar gives
    # "wie es Ihnen passt", "wie's Ihnen am besten passt", "wie es Ihnen recht ist"
    r"|(?:wie\s+es|wies|was|wie|wer)\s+(?:(?:bei\s+)?(?:ihnen|euch|dir)\s+)?(?:gerade\s+"
    r"|am\s+besten\s+|halt\s+|eben\s+|so\s+)?(?:passt|sich\s+ergibt|kommt|geht|recht\s+ist)"
    r"|whatever\s+fits"
    # "der, der am ehesten kann", "diejenige, die zuerst Zeit hat", "the one who's free first",
    # "den, der gerade frei ist", "the one who's free right now"
    r"|(?:der|die|derjenige|diejenige|jemand|person|the\s+one|someone|somebody)\s+(?:der\s+|die\s+"
    r"|who\s+|that\s+|whos\s+)?(?:(?:am\s+\w+sten|zuerst|als\s+erste[rs]?|frueher|eher|first|soonest"
    r"|earliest|gerade|grad|grade|jetzt|gleich|sofort|noch|heute|right\s+now|now)\s*){0,2}(?:kann|zeit\s+hat|frei\s+ist|dran\s+ist|verfuegbar\s+ist|da\s+ist|can|is\s+free"
    r"|free|available|has\s+time))\b"
)

# Indifference said in the caller's own language, as the learners who call say it (round 58):
# Turkish, Polish, Russian (in Latin letters, as speech to text writes it), Italian, Spanish,
# French, Arabic (in Latin letters). No maintained list of such phrases exists; these are the
# everyday ones ("fark etmez", "nie ma znaczenia", "vsjo ravno", "non importa", "me da igual").
_OWN_LANGUAGE = re.compile(
    r"\b(?:(?:hic\s+)?fark\s*etmez|fark\s+yok|farketmiyor|kim\s+olursa(?:\s+olsun)?|herhangi\s+biri\w*"
    r"|nie\s+ma\s+znaczenia|bez\s+znaczenia|wszystko\s+jedno|obojetnie|bez\s+roznicy|ktokolwiek"
    r"|vs[ej]?[oe]\s+ravno|vsyo\s+ravno|bez\s+raznic[yi]|bez\s+raznitsy|ne\s*vazhno|kto\s+ugodno"
    r"|non\s+importa|fa\s+lo\s+stesso|(?:per\s+me\s+)?e\s+(?:lo\s+)?(?:stesso|uguale)|chiunque"
    r"|(?:me\s+)?da\s+igual|no\s+importa|cualquiera|lo\s+que\s+sea"
    r"|peu\s+importe|nimporte\s+qui|(?:ca|cela)\s+mest\s+egal"
    r"|mi?s[hc]h?\s+muhim|mu?sh\s+muhim|ma\s*fi(?:sh)?\s+farq|mafi\s+farq)\b"
)


# "egal ob Mann oder Frau", "man or woman, I don't mind": both sexes named, no condition left
_SEX = r"(?:ein(?:e|en)?\s+|a\s+)?(?:mann|frau|herr|dame|man|woman|male|female)"
_EITHER_SEX = re.compile(rf"\b(?:ob\s+|whether\s+)?{_SEX}\s+(?:oder|or)\s+{_SEX}\b")


def means_no_preference(text: str | None) -> bool:
    """True for no text or a phrase that leaves the stylist open."""
    if text is None:
        return True
    folded = fold(text.replace("'", ""))
    if not folded:
        return True
    said_open = any(p.search(folded) for p in (_OPEN, _INDIFFERENT, _OWN_LANGUAGE, _LEFT_TO_SALON))
    if salon_knows_best(folded):  # "Sie kennen sich da besser aus": the salon knows, no condition
        said_open, folded = True, without_salon_knowing(folded)
    return said_open and not states_condition(_EITHER_SEX.sub(" ", folded))
