"""Is the call ending? Goodbyes of the caller and of the bot, in German and English.

A goodbye is a clause that is a closing formula as a whole ("Tschüss", "Auf Wiederhören, Frau
Berg", "Bis Freitag um zehn!", "Das war's, danke", "Have a nice day", "That's all"), not a clause
that merely contains its words ("Bis Freitag habe ich nichts frei", "Bis wann haben Sie offen?").
An utterance whose last sentence asks something is not ending, whatever came before.
Text is normalized as the claim reader normalizes it (`agent.claims.normalize`).
"""

from __future__ import annotations

import re
import unicodedata

from agent.claims import normalize

# Words that may come before or after a closing formula without changing it.
_LEAD = (
    r"(?:(?:ok(?:ay)?|gut|also|dann|na|ja|jo|nein|nee|ne|alles klar|prima|super|perfekt|"
    r"wunderbar|schön|toll|gerne?|gern geschehen|bitte(?: schön| sehr)?|danke(?: schön| sehr)?|"
    r"dankeschön|vielen (?:lieben )?dank|herzlichen dank|besten dank|und|"
    r"well|yes|yeah|no|oh|great|perfect|lovely|thanks?(?: a lot| so much)?|thank you(?: so much)?|"
    r"all right|alright|cool|fine|and)\s+)*"
)
_TAIL = (
    r"(?:\s+(?:(?:herr|frau|mr|mrs|ms|miss)\s+\S+|dann|auch|ihnen auch|noch|zusammen|"
    r"too|then|now|again|bye|tschüss|danke|thanks|thank you))*"
)
_TIME_WORD = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|"
    r"nächste woche|nächsten \w+|dann|bald|später|nachher|gleich|demnächst|zum nächsten mal|"
    r"am|um|uhr|halb|viertel|nach|vor|\d{1,2}(?::\d{2})?|ein|eins|zwei|drei|vier|fünf|sechs|"
    r"sieben|acht|neun|zehn|elf|zwölf|den|\d{1,2}\.)"
)
_EN_TIME_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|soon|later|"
    r"next \w+|on|at|\d{1,2}(?::\d{2})?|am|pm|o'clock|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|the \d{1,2}(?:st|nd|rd|th)?)"
)
_FORMULAS = [
    # German
    r"(?:auf )?wieder(?:hören|sehen|schauen|schaun)",
    r"tschü(?:ss|s|ssi|ssle)|tschö|tschau|ciao|ade|adieu|pfiat di|baba",
    rf"bis {_TIME_WORD}(?: {_TIME_WORD}){{0,5}}",
    r"auf bald",
    r"(?:ich wünsche ihnen )?(?:noch )?(?:einen )?schönen (?:tag|abend|nachmittag|vormittag|"
    r"sonntag|samstag|wochenende|feierabend|tag noch|abend noch)(?: noch)?(?: wünsche ich ihnen)?",
    r"machen sie(?:'s| es) gut|mach(?:'s| es) gut|alles gute",
    r"(?:das|es) (?:war|wars|wär|wäre|ist)(?:'s| es| dann)?(?: auch)?(?: schon)?(?: alles)?",
    r"(?:das|es) war's(?: schon)?(?: auch)?",
    r"mehr (?:brauche ich|wollte ich|war) (?:auch )?nicht|sonst nichts|nichts weiter|"
    r"(?:das )?wäre alles|das ist alles",
    r"ich lege (?:jetzt )?auf",
    r"rufen sie (?:gerne? )?(?:jederzeit )?(?:wieder|nochmal|noch einmal) an",
    r"(?:vielen )?dank für ihren anruf(?: auf wiederhören)?",
    r"wir (?:freuen uns auf (?:sie|ihren besuch|sie am .*|sie um .*)|sehen uns(?: .*)?)",
    r"sehen wir uns(?: .*)?",
    # English
    r"(?:good)?bye(?: bye| now| for now)?|bye-bye|farewell|cheerio",
    rf"see (?:you|ya)(?: {_EN_TIME_WORD}){{0,5}}",
    r"talk (?:to you )?(?:soon|later)|speak (?:to you )?soon",
    r"have a (?:nice|good|great|lovely|wonderful) (?:day|one|evening|afternoon|weekend)",
    r"take care",
    r"(?:that's|that is|that'll be|that will be|it's|it is) (?:all|it|everything)"
    r"(?: for (?:now|today))?(?: i needed)?",
    r"nothing else|i'm (?:all )?done|i am done|i'll hang up now",
    r"thanks for calling|thank you for calling",
    r"(?:feel free to )?call (?:us )?(?:again|back)(?: any ?time| soon)?",
    r"(?:we're |we are |we )?look(?:ing)? forward to seeing you(?: .*)?",
]
_FORMULA = re.compile(rf"^{_LEAD}(?:{'|'.join(_FORMULAS)}){_TAIL}$")
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")
_CLAUSES = re.compile(r"[,;:–—]|\s-\s")
_NOISE = re.compile(r"[^\w\s':.-]")
_CONTINUES = re.compile(
    r"(?:was|wo|wie|wann|wenn|dass|daß|weil|ob|der|die|das|den|dem|which|that|what|when|where|"
    r"because|if|who)\b"
)


def is_farewell(text: str) -> bool:
    """Whether `text` (a caller's utterance or a bot's sentence) says goodbye."""
    ending = False
    # Invisible format characters (soft hyphen, zero-width space) split no word.
    visible = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    for sentence in _SENTENCES.split(normalize(visible)):
        sentence = sentence.strip()
        if not sentence:
            continue
        if sentence.endswith("?"):
            ending = False  # a question keeps the call going
            continue
        clauses = [c.strip() for c in _CLAUSES.split(sentence)]
        for clause, after in zip(clauses, [*clauses[1:], ""], strict=True):
            # "Das ist alles, was ich frei habe": the formula's words, continued, say more.
            if _is_formula(clause) and not _CONTINUES.match(after):
                ending = True
    return ending


def _is_formula(clause: str) -> bool:
    words = " ".join(_NOISE.sub(" ", clause).replace("’", "'").split()).strip(" .!…'-")
    return bool(words) and _FORMULA.match(words) is not None
