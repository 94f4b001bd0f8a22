"""Whether the caller's last words ask about an appointment they already have.

A question is about the caller's own appointment when its topic is theirs and already there:
an appointment noun with a first-person possessive ("mein Termin", "meine Buchung", "my
appointment", "my booking"), or the caller's visit or booking asked about in the first person
("Wann komme ich?", "Bin ich eingetragen?", "Hab ich einen Termin?", "Do I have anything
booked?", "When am I coming in?"), or the appointment recalled by its definite noun ("Wann war
der Termin nochmal?", "What time was the appointment again?"). It is asked: a question mark, a question word, a verb before
its subject, or an indirect question ("Können Sie mir sagen, wann …", "ob ich …").

Not: the caller's request ("Ich hätte gern einen Termin am Freitag", "Kann ich am Freitag
kommen?", "I'd like to book Friday at ten", "Can I get an appointment?"), where a modal or a
wish asks for something new; a change asked for ("Kann ich meinen Termin verschieben?"); an indefinite appointment is a new one, unless the caller asks
whether they have it. Read on the folded text; German and English alike (a caller may switch).
"""

from __future__ import annotations

from agent.claims.caller_words import caller_heard
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text

# a first-person possessive before an appointment noun, a few words apart at most
_MINE = lazy(
    r"\b(?:mein(?:e|en|em|er)?|my)\s+(?:\w+\s+){0,2}?"
    r"(?:\w*termin\w*|buchung|reservierung|(?:appointment|booking|slot|reservation)s?)\b"
)
# the caller's visit or booking in the first person: "komme ich", "bin ich dran", "am I booked"
_MY_VISIT = lazy(
    r"\b(?:komme?|bin|war|hab(?:e)?|hatte)\s+ich\b[^?.!]*?"
    r"\b(?:dran|da|dran\s+sein|kommen|eingetragen|gebucht|vorgemerkt|drin|termin|was|etwas)\b|"
    r"\b(?:am|was|do|did|have|had)\s+i\b[^?.!]*?"
    r"\b(?:booked|coming|due|down|in|scheduled|appointment|booking|anything|something)\b|"
    r"\bich\s+(?:komme|bin|habe|hab)\b[^?.!]*?\b(?:wann|eingetragen|gebucht)\b|"
    r"\bob\s+ich\b[^?.!]*?\b(?:eingetragen|gebucht|vorgemerkt|dran|einen\s+termin)\b|"
    r"\bwann\s+ich\s+(?:\w+\s+){0,3}?(?:kommen|da\s+sein|dran\s+bin)\s*(?:soll|muss)?\b|"
    r"\bwhen\s+(?:i'm|i\s+am|i\s+should|i\s+have\s+to)\s+(?:coming|come|due|booked|in)\b|"
    # the day the caller is on asked (blind 30): "What day am I on now?", "An welchem Tag bin ich?"
    r"\b(?:am|was)\s+i\s+on\b|\b(?:welche\w*|an\s+welchem)\s+tag\s+bin\s+ich\b"
)
_ASKED = lazy(
    r"\?|\b(?:wann|wie\s*viel\s+uhr|wie\s+heißt|welche[nmr]?|an\s+welchem|bei\s+wem|wo|ob|"
    r"when|what|which|whether|who|where)\b"
)
# the caller asks for something new: a wish or a modal before an indefinite appointment
_REQUEST = lazy(
    r"\b(?:hätte|möchte|würde|will|wollte|brauche|suche|kann|könnte|darf|"
    r"i'd|would|want|need|can|could|may|like)\b[^?.!]*?"
    r"\b(?:einen|ein|eine|neuen|an|a|another|new)\s+(?:\w+\s+)?"
    r"(?:\w*termin|appointment|booking|slot)\b|"
    r"\b(?:buchen|reservieren|eintragen|vereinbaren|book|reserve|schedule|make)\b"
)
# "… ob ich einen Termin habe", "do I have an appointment": an indefinite noun asked about
_WHETHER_HAD = lazy(
    r"\b(?:hab(?:e)?\s+ich|ob\s+ich|do\s+i\s+have|have\s+i\s+got|whether\s+i\s+have|if\s+i\s+have)\b"
)


# the caller recalls the appointment already made (blind 39, claims95): "Wann war der Termin
# nochmal?", "What time was the appointment again?": the definite noun with "nochmal / again"
_RECALLED = lazy(
    r"\b(?:der|den|the)\s+(?:\w+\s+)?(?:\w*termin|appointment|booking)\b[^?.!]*?"
    r"\b(?:nochmal|noch\s+mal|noch\s+einmal|again)\b|"
    r"\b(?:nochmal|noch\s+mal|noch\s+einmal|again)\b[^?.!]*?\b(?:der|den|the)\s+(?:\w+\s+)?"
    r"(?:\w*termin|appointment|booking)\b|"
    # one of the caller's appointments picked out by its order (blind 55, claims142): "Und der
    # zweite Termin?", "And the other appointment?": several presupposed, each already there
    r"\b(?:der|den|dem|the)\s+(?:zweiten?|ersten?|anderen?|erstere?n?|letzteren?|second|first|other)\s+"
    r"(?:\w*termin|appointment|booking|one)\b"
)


# a detail of the caller's visit asked with a question word (blind 44, claims109): "Bei wem bin
# ich?", "Wer macht mir die Haare?", "Who am I with?", "Who's doing my hair?", "Wann komme ich
# nochmal?", "Um wie viel Uhr muss ich da sein?", "What time do I need to be there?", "Welche
# Uhrzeit war das?", "What time was it again?", "What did I book again?"
_DETAIL_ASKED = lazy(
    r"\b(?:bei|mit)\s+wem\s+(?:bin|war|hab|habe|hatte)\s+ich\b|"
    r"\bwho\s+(?:am|was)\s+i\s+(?:with|seeing|booked)\b|"
    r"\bwho(?:'s|\s+is|\s+will\s+be)\s+(?:doing|cutting|colou?ring|seeing)\s+(?:my|me)\b|"
    r"\bwer\s+(?:macht|schneidet|färbt|frisiert|übernimmt)\s+(?:(?:denn|eigentlich|nochmal|dann)\s+)*"
    r"(?:mir|mich|meine\w*)\b|"
    r"\bwann\s+(?:komme|bin|war)\s+ich\b(?!\s+(?:\w+\s+)?am\s+besten)|"
    r"\b(?:wann|um\s+wie\s*viel\s+uhr)\s+(?:muss|soll|sollte)\s+ich\s+(?:\w+\s+){0,2}?"
    r"(?:da\s+sein|kommen|dort\s+sein|vorbeikommen)\b|"
    r"\b(?:when|what\s+time)\s+(?:do|should|must)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:be\s+there|come|arrive|get\s+there|be\s+in)\b|"
    r"\b(?:welche[rn]?\s+(?:uhrzeit|tag)|um\s+wie\s*viel\s+uhr|an\s+welchem\s+tag)\s+war\s+das\b|"
    r"\b(?:what\s+time|what\s+day|which\s+day|when)\s+was\s+(?:it|that)\b|"
    # blind 53 (claims133): "Und wann war das nochmal?"; a focus word between (blind 56,
    # claims148): "Und wann genau war das nochmal?", "When exactly was that again?"
    r"\bwann\s+(?:(?:genau|denn|eigentlich|nochmal)\s+)*war\s+(?:das|der|er)\b|"
    r"\bwhen\s+(?:exactly|again)\s+was\s+(?:it|that)\b|"
    # the caller's stylist asked by name (blind 56, claims148): "Wie heißt meine Friseurin
    # nochmal?", "What's my stylist's name again?", "Who's my hairdresser?"
    r"\b(?:wie\s+heißt|wer\s+ist)\s+(?:denn\s+)?mein(?:e|en)?\s+(?:friseur\w*|stylist\w*)\b|"
    r"\b(?:what's|what\s+is|who's|who\s+is)\s+my\s+(?:stylist|hairdresser)\b|"
    # what was entered for the caller's day recalled (blind 59, claims170): "Was war nochmal für
    # Freitag eingetragen?", "Was ist bei mir am Freitag gebucht?"
    r"\bwas\s+(?:war|ist|hatte\s+ich|habe?\s+ich)\s+(?:\w+\s+){0,4}?"
    r"(?:eingetragen|gebucht|vorgemerkt)\b|"
    r"\bwhat\s+did\s+i\s+book\b|\bwas\s+(?:hab|habe|hatte)\s+ich\s+(?:\w+\s+){0,2}?gebucht\b|"
    # the caller's worry of forgetting it presupposes the appointment (the lead's decision 1030,
    # claims134): "Und wenn ich's vergesse?", "What if I forget?"
    r"\b(?:wenn|falls)\s+ich(?:'s|\s+es|\s+ihn|\s+den\s+termin)?\s+(?:vergesse|verpasse|"
    r"verschwitze)\b|\b(?:what\s+if|in\s+case)\s+i\s+(?:forget|miss)\b"
)


# the caller asks to change it: what follows is the new slot or a question, not theirs
_CHANGE = lazy(
    r"\b(?:verschieben|verlegen|absagen|stornieren|ändern|umbuchen|tauschen|"
    r"move|cancel|change|reschedule|shift|swap)\b"
)


# the caller asks to hear what was arranged once more, or where and when to be (blind 54,
# claims137; D1): "Können Sie mir das zum Schluss nochmal sagen?", "Sagen Sie mir nochmal alles",
# "Wann muss ich nochmal wo sein?", "Und wenn ich's vergess'?", "Can you repeat it for me before I
# go?", "Tell me all of it again, slowly", "Say it all once more", "Run me through it once more",
# "Where do I need to be and when?": the answer reads back the appointment, not the caller's wish
_AGAIN = r"(?:nochmal|noch\s+mal|noch\s+einmal|again|once\s+more|one\s+more\s+time)"
_REPEAT = lazy(
    rf"\b(?:sagen|sag|wiederholen|wiederhol|durchgehen|zusammenfassen|vorlesen)\b[^?.!,]*?\b{_AGAIN}\b|"
    rf"\b{_AGAIN}\b[^?.!,]*?\b(?:sagen|sag|wiederholen|durchgehen|zusammenfassen|vorlesen)\b|"
    rf"\b(?:tell|say|run|go|read|give)\b[^?.!,]*?\b{_AGAIN}\b|"
    r"\brepeat\s+(?:it|that|this|everything|all|the\s+details)\b|"
    r"\b(?:wiederholen|wiederhol)\s+(?:sie|du)\s+(?:das|es|alles)\b|"
    r"\b(?:das|es|alles)\s+(?:\w+\s+){0,3}?wiederholen\b|"
    r"\bwann\s+(?:muss|soll|müssen|sollen)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?wo\s+sein\b|"
    r"\bwann\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:kommen|da\s+sein|dran\s+sind)\b|"
    r"\bwhere\s+(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?be\b[^?.!]*\bwhen\b|"
    r"\bwhen\s+are\s+we\s+(?:coming|due|booked|in)\b|"
    r"\bwenn\s+ich'?s\s+vergess|\bif\s+i\s+forget\b"
)


@per_text(256)
def asks_about_appointment(words: str) -> bool:
    """Whether `words` (the caller's turn) ask about an appointment the caller has."""
    text = caller_heard(words)  # its regional words as the bot's (claims131)
    if not text or _CHANGE.search(text):
        return False
    if _REPEAT.search(text) and not _REQUEST.search(text):
        return True
    if not _ASKED.search(text):
        return False
    if _DETAIL_ASKED.search(text) or _MINE.search(text):
        return True
    if _RECALLED.search(text) and not _REQUEST.search(text):
        return True
    if not _MY_VISIT.search(text):
        return False
    return not _REQUEST.search(text) or bool(_WHETHER_HAD.search(text))


# the salon's opening hours asked (blind 59, claims170): "Haben Sie am Freitagnachmittag offen?",
# "Bis wann haben Sie am Freitag offen?", "Wie lange haben Sie morgen offen?", "Are you open on
# Friday?", "What time do you close?": no slot of the caller's, no slot asked for
_HOURS_ASKED = lazy(
    # "auf" only as the turn's last word ("Haben Sie am Samstag auf?"), never the preposition
    # ("Haben Sie mich schon auf Donnerstag umgelegt?")
    r"\b(?:haben|hat|sind|ist)\s+(?:sie|ihr|der\s+salon|es)\s+(?:\w+\s+){0,4}?"
    r"(?:offen|geöffnet|auf(?=\s*(?:[?.!]|$)))\b|"
    r"\b(?:are\s+you|is\s+the\s+salon)\s+(?:\w+\s+){0,3}?open\b|"
    r"\b(?:do|does)\s+(?:you|the\s+salon)\s+(?:close|open|shut)\b"
)


def asks_opening_hours(words: str) -> bool:
    """Whether `words` (the caller's turn) ask when the salon is open."""
    text = caller_heard(words)
    return bool(text and "?" in text and _HOURS_ASKED.search(text))
