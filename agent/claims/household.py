"""Another person's appointment made in the same call, and "both" (blind 14), in words
`third_party` and the clause readers do not read: the relative's service said set or in ("Und
die Strähnchen für Ihre Partnerin stehen auch: Samstag, 11 Uhr, Lena", "Die Strähnchen für Ihre
Frau sind auch drin", "And your partner's highlights are set too: Saturday, 11, Lena", "Your
daughter's sorted too"), the relative said to have their appointment ("Your wife's got her
appointment now: Saturday at eleven"), the relative down or in for a service ("Ihr Kleiner ist
am Samstag zum Kinderschnitt eingetragen", "Ihr Sohn ist … notiert", "Your little one is in for
a children's haircut on Saturday", "Your son is down for a kids' cut on Saturday"), and the
caller and another said both in ("You and your daughter are both in", "You're both booked in
now", "You and your husband are both set").

BOOKED with the details the sentence names (the agent's tools book for whoever the caller books
for: what it says is booked is checked against this call's appointments, as `third_party` does
for another person's appointment reported in a state); "both" is a claim about several
appointments (true only where two are booked) and replaces the single booking the clause readers
read in it. Not: questions, conditions, negations, modals, an appointment the other person
already had ("Ihr Mann ist übrigens auch schon bei Mehmet eingetragen").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_NOT_OFFERED = lazy(
    NOT_STATED.pattern + r"|\b(?:soll|sollen|könnte|können|kann|möchten|würde|wäre|sobald|"
    r"shall|should|could|can|would|want|like|once)\b|"
    # booked before this call ("Ihr Mann ist übrigens auch schon bei Mehmet eingetragen"), or
    # only reported ("Your colleague apparently has an appointment")
    r"\b(?:schon|bereits|already|apparently|reportedly|anscheinend|offenbar|angeblich)\b"
)
_WHO_DE = (
    r"(?:partnerin|partner|frau|mann|tochter|sohn|kleine[nr]?|kind|mutter|vater|schwester|"
    r"bruder|freundin|freund|nichte|neffe|enkelin|enkel|oma|opa|tante|onkel|kollegin|kollege|"
    r"nachbarin|nachbar|cousine|cousin|schwiegermutter|schwiegervater|chefin|chef)"
)
_WHO_EN = (
    r"(?:partner|wife|husband|daughter|son|little\s+one|kid|child|mother|mum|mom|father|dad|"
    r"sister|brother|friend|niece|nephew|grandson|granddaughter|grandma|granny|grandad|grandpa|"
    r"aunt|uncle|colleague|neighbou?r|cousin|boyfriend|girlfriend|gran|grandmother|grandfather|"
    r"grand-?dad|boss)"
)
_KIDS_DE = r"(?:kinder|kleinen|töchter|söhne|jungs|mädels)"
_KIDS_EN = r"(?:kids|children|boys|girls|two\s+little\s+ones)"

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"ihre|ihr\s"),
        lazy(
            rf"\bfür\s+ihre?[nm]?\s+{_WHO_DE}\s+(?:stehen|steht|sind|ist)\s+(?:jetzt\s+|nun\s+)?"
            r"(?:auch|ebenfalls)\b|"
            rf"\bfür\s+ihre?[nm]?\s+{_WHO_DE}\s+(?:stehen|steht|sind|ist)\s+(?:jetzt\s+|nun\s+)?"
            r"(?:auch\s+|ebenfalls\s+)?(?:drin|fest|gebucht|eingetragen)\b|"
            rf"\bihre?\s+{_WHO_DE}\s+(?:ist|sind)\s+[^.;!?]*?\b(?:eingetragen|notiert|gebucht|"
            r"eingebucht|vermerkt|drin)\b|"
            # blind 33 (claims71): the relative said to have a (fixed) appointment
            rf"\bihre?\s+{_WHO_DE}\s+hat\s+(?:jetzt|nun)\s+(?:einen\s+)?(?:festen\s+)?termin\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # blind 30 (claims78): the relative said to have their service or an appointment at a day
    # and time ("Ihre Nichte hat die Strähnchen am Samstag um elf bei Frau Hoffmann", "Your
    # sister has her highlights on Saturday at eleven"); not what was done to them ("hat die
    # Haare am Freitag schneiden lassen"), nor a wish or a day without time for it
    Rule(
        "de",
        K.BOOKED,
        lazy(r"ihre|ihr\s"),
        lazy(
            rf"\bihre?\s+{_WHO_DE}\s+hat\s+(?:jetzt\s+|nun\s+)?(?:die|den|das|ihre|ihren|seine|"
            r"seinen|einen|eine)\s+[\w-]+\s+(?:am|um|für)\b(?![^.;!?]*\b(?:lassen|machen|gemacht|"
            r"geschnitten|schneiden|gefärbt|färben|gehabt|hatte|wollen|will|gern|gerne)\b)|"
            rf"\bihre?\s+{_WHO_DE}\s+hat\s+(?:jetzt\s+|nun\s+)?(?:am|für)\s+[^.;!?]*?\beinen\s+"
            r"(?:festen\s+)?termin\b"
        ),
        unless=_NOT_OFFERED,
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"your"),
        lazy(
            rf"\byour\s+{_WHO_EN}(?:'s|\s+has)\s+(?:now\s+)?(?:got\s+)?(?:her|his|their|the|an?)\s+"
            r"[\w-]+\s+(?:on|at|for)\b(?![^.;!?]*\b(?:done|cut|coloured|colored|had|wants?|"
            r"wanted|like|hoping)\b)"
        ),
        unless=_NOT_OFFERED,
        placed=True,
    ),
    # probe 56 (claims173): the relative put with a stylist, said alone in its clause ("Your gran
    # is with Lena.", "Ihre Oma ist bei Lena, nicht bei Fabian."), as booked_phrases reads "Nein,
    # Sie sind bei Fabian." of the caller; not with us or me (at the salon now), nor a question
    Rule(
        "",
        K.BOOKED,
        lazy(r"\bwith\s|\bbeim?\s"),
        lazy(
            r"^\W*(?:(?:no|nope|yes|yeah|so|right|actually|nein|nee|ja|also|genau)\W+)*"
            rf"(?:your\s+{_WHO_EN}(?:'s|\s+is)\s+(?:now\s+|still\s+|actually\s+)?with|"
            rf"ihre?\s+{_WHO_DE}\s+ist\s+(?:jetzt\s+|weiterhin\s+|eigentlich\s+)?beim?)\s+"
            r"(?!(?:us|me|you|him|her|them|uns|mir|ihm|ihr|ihnen|a|an|the|einer?|dem|der)\b)[\w']+\W*$"
        ),
        unless=_NOT_OFFERED,
        clause=True,
    ),
    # blind 33 (claims71): the relative booked along with the caller, "auch" a second
    # appointment, the children both in: about several appointments
    Rule(
        "de",
        K.BOOKED,
        lazy(r"mit|auch|beide"),
        lazy(
            r"\b(?:mit\s*(?:ein)?gebucht|mit\s+eingetragen|miteingetragen)\b|"
            rf"\bihre?\s+{_WHO_DE}\s+(?:ist|sind)\s+(?:jetzt\s+|nun\s+)?(?:auch|ebenfalls)\b[^.;!?]*?\b"
            r"(?:eingetragen|gebucht|eingebucht|drin|fest)\b|"
            rf"\bihre?\s+{_WHO_DE}\s+hat\s+(?:jetzt\s+|nun\s+)?auch\s+(?:einen\s+)?(?:festen\s+)?"
            r"termin\b|"
            rf"\b(?:ihre\s+)?beiden?\s+{_KIDS_DE}\s+sind\s+[^.;!?]*?\b(?:eingetragen|gebucht|drin|"
            r"eingebucht)\b"
        ),
        unless=_NOT_OFFERED,
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"your"),
        lazy(
            rf"\byour\s+{_WHO_EN}(?:'s|\s+has)\s+got\s+(?:her|his|their)\s+(?:own\s+)?appointment\b|"
            rf"\byour\s+{_WHO_EN}\s+is\s+(?:now\s+)?(?:in|down|booked(?:\s+in)?|set)\s+for\s+an?\s+|"
            # blind 33 (claims71): set for a day, has an appointment, put down
            rf"\byour\s+{_WHO_EN}(?:'s|\s+is)\s+(?:now\s+)?(?:all\s+)?(?:set|sorted|in|booked(?:\s+in)?|"
            r"down|confirmed)\s+for\b|"
            rf"\byour\s+{_WHO_EN}\s+(?:now\s+)?has\s+(?:got\s+)?an\s+appointment\b[^.;!?]*\bnow\b|"
            rf"\b(?:i've|i\s+have|we've)\s+(?:put|booked|got)\s+your\s+{_WHO_EN}\s+(?:down|in)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # blind 33 (claims71): the caller and another booked, the children in, a relative's
    # appointment "too": about several appointments
    Rule(
        "en",
        K.BOOKED,
        lazy(r"you\s+and|kids|children|boys|girls|little|too|as\s+well|also|after"),
        lazy(
            rf"\b(?:booked|put|got)\s+you\s+and\s+your\s+{_WHO_EN}\b|"
            rf"\b(?:booked|put|got)\s+your\s+{_WHO_EN}\s+(?:down|in)\s+(?:straight\s+|right\s+|just\s+)?"
            r"after\s+you\b|"
            rf"\byour\s+{_KIDS_EN}\s+are\s+(?:both\s+|now\s+)*(?:booked|in|set|down|sorted|confirmed)\b|"
            rf"\byour\s+{_WHO_EN}(?:'s|\s+has)\s+got\s+an\s+appointment\b[^.;!?]*\b(?:too|as\s+well|"
            r"also)\b|"
            rf"\byour\s+{_WHO_EN}(?:'s|\s+is)\s+(?:now\s+)?booked\s+in\s+(?:too|as\s+well)\b"
        ),
        unless=_NOT_OFFERED,
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # the relative's appointment booked "too" / "as well": besides the caller's (not both at
    # the time it names)
    Rule(
        "en",
        K.BOOKED,
        lazy(r"too|as\s+well|also"),
        lazy(
            rf"\byour\s+{_WHO_EN}(?:'s)?\s+[\w' ]{{0,45}}?(?:are|is|'s)\s+(?:now\s+)?(?:all\s+)?"
            r"(?:set|sorted|in|booked|confirmed)\s+(?:too|as\s+well|also)\b|"
            rf"\byour\s+{_WHO_EN}'s\s+(?:all\s+)?(?:set|sorted|in|booked)\s+(?:too|as\s+well)\b"
        ),
        unless=_NOT_OFFERED,
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # both in
    Rule(
        "de",
        K.BOOKED,
        lazy(r"beide"),
        lazy(
            r"\bsie\s+beide\s+sind\s+(?:jetzt\s+|nun\s+)?(?:fest\s+)?(?:eingetragen|gebucht|drin|dabei)\b|"
            rf"\bsie\s+und\s+ihre?\s+{_WHO_DE}\s+(?:sind|stehen)\s+(?:jetzt\s+|nun\s+)?beide\b"
        ),
        unless=_NOT_OFFERED,
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"both"),
        lazy(
            rf"\byou\s+and\s+your\s+{_WHO_EN}\s+are\s+(?:now\s+)?both\s+(?:booked|in|set|sorted|"
            r"confirmed)\b|"
            r"\byou(?:'re|\s+are)\s+both\s+(?:now\s+)?(?:booked|in|set|sorted|confirmed)\b|"
            r"\bboth\s+of\s+you\s+are\s+(?:now\s+)?(?:booked|in|set|sorted|confirmed)\b"
        ),
        unless=_NOT_OFFERED,
        several=True,
        replaces=frozenset({K.BOOKED}),
    ),
)
