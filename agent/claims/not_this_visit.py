"""Sentences in which a claim word tells nothing about the caller's appointment now (blind 14):
the caller's earlier visits ("Letztes Mal waren Sie bei Fabian zum Färben gebucht, richtig?",
"Ihr letzter Termin wurde damals storniert", "Vor einem Jahr hatten Sie den Termin auch schon mal
verschoben", "In October your appointment was with Sophie", "Last time you were booked with
Fabian", "That one was booked, but you were ill, weren't you?"), other customers' cancellations
and moves ("Bei Mehmet ist heute ein Termin ausgefallen", "Heute Vormittag hat jemand storniert",
"Lena hat ihre Kundin von neun auf zehn umgelegt", "Lena moved her client from nine to ten",
"One of Sophie's clients called off today"), how booking works ("Beim Umbuchen wird der alte
Termin erst gelöscht, wenn der neue steht", "Cancelling here means the slot is released straight
away", "Eine Reservierung ist bei uns noch keine Buchung", "Confirmations go out automatically
after each booking"), who performs a service ("Highlights are done by Lena and Sophie") and the
caller's own words quoted back ("Sie sagten gerade 'das ist gebucht' – meinen Sie …?").

Their claims are dropped (a slot named free beside another customer's cancellation is kept: a
slot statement is checked on its own; the caller's words quoted are kept when the sentence goes
on to say what is true: "You said 'booked', but so far it's only held"). An earlier week
or month is an earlier visit too (blind 48, claims120): "Es tut mir leid, dass Ihr Termin letzte
Woche abgesagt wurde", "I'm so sorry your appointment was cancelled last week". Not when the sentence also speaks of this call's appointment ("…, this
time I've booked you with Lena", "jetzt", "diesmal", "Ihr Termin am Freitag"), nor when the
earlier visit is only what the outcome now is compared with (blind 33, claims71: "Wie letztes
Mal auf Donnerstag geschoben", "Same as last time: Friday's cancelled", "like last time – it's
moved"): the outcome is said of now.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_MONTH = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|january|february|march|"
    r"june|july|october|frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn)"
)
# the previous appointment said cancelled now is a move's old place (convention 905, claims126):
# "Your previous appointment has been cancelled", "Ihr vorheriger Termin ist storniert"
_NOW_CANCELLED = (
    r"(?!(?:\s+(?:am|on)\s+\w+)?\s+(?:is|has\s+been|'s|ist|wurde)\s+(?:now\s+|also\s+|jetzt\s+|"
    r"auch\s+)?(?:cancell?ed|called\s+off|storniert|abgesagt)\b)"
)
_TRIGGER = lazy(
    r"letzte|damals|vor\s+\w+\s+jahr|voriger|vorheriger|last|previous|prior|back\s+then|back\s+in|"
    r"that\s+time|years?\s+ago|but\s+you\s+were|aber\s+sie\s+waren|\bim\s+|\bin\s+|jemand|someone|"
    r"somebody|kund|client|customer|bei|means|after\s+each|after\s+every|once\s+"
    r"something|nach\s+jeder|reservierung\s+ist|hold\s+is|done\s+by|ausgefallen|abgesprungen|"
    r"sagten|meinten|you\s+said|you\s+mentioned"
)
_NOT_NOW = lazy(
    # the caller's earlier visits
    r"\b(?:letztes\s+mal|beim\s+letzten\s+mal|das\s+letzte\s+mal|damals|"
    r"vor\s+(?:einem|zwei|drei|vier|\d+)\s+(?:jahr|jahren|monat|monaten)|"
    r"(?:ihr|ihren|ihrem)\s+(?:letzter|letzten|voriger|vorigen|vorheriger|vorherigen)\s+termin"
    rf"{_NOW_CANCELLED}|"
    r"last\s+time|that\s+time|back\s+then|back\s+in\s+(?!your\b|an?\b|the\b|\d|few\b|two\b|five\b|ten\b)\w+|(?:a|one|two|three|\d+)\s+years?\s+ago|"
    rf"your\s+(?:last|previous|prior)\s+(?:appointment|visit|booking){_NOW_CANCELLED})\b|"
    rf"\b(?:im|in)\s+{_MONTH}\b[^.;!?]*?\b(?:hatten|waren|war|wurde|was|were|had)\b|"
    r"\b(?:was|war)\s+(?:damals\s+)?(?:booked|gebucht|confirmed|bestätigt)\s*,\s*(?:but|aber)\s+"
    r"(?:you|sie)\s+(?:were|waren|couldn't|konnten)\b|"
    r"\b(?:but|aber)\s+(?:you|sie)\s+(?:were|waren)\s+(?:ill|sick|unwell|away|krank|verhindert)\b|"
    # other customers' cancellations and moves
    r"\b(?:jemand|someone|somebody|another\s+client|a\s+client|eine\s+(?:andere\s+)?kundin|"
    r"ein\s+(?:anderer\s+)?kunde)\b[^.;!?]*?\b(?:storniert|abgesagt|abgesprungen|verschoben|"
    r"umgelegt|cancell?ed|called\s+off|moved|rescheduled)\b|"
    r"\b(?:ihre|seine[nm]?|his|her|their)\s+(?:kundin|kunden|client|customer)s?\b[^.;!?]*?"
    r"\b(?:storniert|abgesagt|verschoben|umgelegt|umgesetzt|verlegt|cancell?ed|moved|rescheduled|"
    r"called\s+off)\b|"
    r"\b(?:moved|rescheduled|verschoben|umgelegt|umgesetzt)\b[^.;!?]*?\b(?:ihre|seine[nm]?|his|her|"
    r"their)\s+(?:kundin|kunden|client|customer)s?\b|"
    r"\bone\s+of\s+\w+'s\s+(?:clients|customers)\b|"
    r"\bbei\s+\w+\s+(?:ist|wurde)\s+(?:heute\s+|gestern\s+)?(?:früh\s+|vormittag\s+)?"
    r"(?:ein\s+termin|eine\s+kundin|ein\s+kunde)\s+(?:ausgefallen|abgesagt|storniert|"
    r"abgesprungen)\b|"
    # how booking works
    r"^\W*beim\s+(?:umbuchen|stornieren|absagen|verschieben|verlegen|buchen)\b|"
    r"^\W*bei\s+einer\s+(?:verschiebung|stornierung|absage|umbuchung|buchung)\b|"
    r"\b(?:cancelling|canceling|rescheduling|booking|moving)\s+(?:here|with\s+us)\s+means\b|"
    r"\b(?:after|once)\s+(?:each|every|any)\s+booking\b|\bonce\s+something\s+is\s+booked\b|"
    r"\bnach\s+jeder\s+buchung\b|"
    r"^\W*(?:eine|a)\s+(?:reservierung|hold|reservation)\s+(?:ist|is|isn't|is\s+not)\s+"
    r"(?:bei\s+uns\s+|with\s+us\s+|here\s+)?(?:noch\s+)?(?:kein|keine|not|a)\b|"
    # who performs a service
    r"\b(?:is|are)\s+done\s+by\s+(?!now\b|then\b|friday|the\s+time)\w+"
)
# the earlier visit as the measure of the outcome now: "wie (beim) letzte(n|s) Mal", "genauso
# wie letzte Woche", "same as (you did) last time", "like last time", "the way we did it last time"
_COMPARED = lazy(
    r"\b(?:genau(?:so)?\s+)?wie\s+(?:schon\s+)?(?:beim\s+letzten\s+mal|letztes\s+mal|das\s+letzte\s+mal|"
    r"letzte\s+woche)\b|"
    r"\b(?:just\s+|exactly\s+)?(?:the\s+)?same\s+as\s+(?:you\s+did\s+|we\s+did\s+(?:it\s+)?)?last\s+time\b|"
    r"\b(?:just\s+)?like\s+(?:the\s+)?last\s+time\b|\bthe\s+way\s+we\s+did\s+it\s+last\s+time\b"
)
# the caller's own words quoted back ("Sie sagten gerade 'das ist gebucht' – meinen Sie …?")
_QUOTED = lazy(
    r"\b(?:sie\s+sagten|sie\s+meinten|you\s+said|you\s+mentioned)\s+(?:gerade|eben|just|earlier)?"
    r"\s*['\"„“‚‘«»]"
)
# an earlier week or month (blind 48, claims120): "…, dass Ihr Termin letzte Woche abgesagt
# wurde", "sorry your appointment was cancelled last week"; not a state said to hold still ("Vom
# Anruf letzte Woche ist Ihr Freitag noch eingetragen") nor the same slot again ("Same slot as
# last month: …")
_EARLIER_WEEK = lazy(
    r"\b(?:letzte|letzten|vorige|vorigen|vergangene|vergangenen)\s+(?:woche|monat)\b|"
    r"\b(?:last|past|previous)\s+(?:week|month)\b"
)
_STILL = lazy(r"\b(?:noch|immer|weiterhin|still|same|again|wieder|gleiche\w*|selbe\w*)\b")
_THIS_CALL = lazy(
    r"\b(?:jetzt|diesmal|dieses\s+mal|heute\s+habe|gerade|eben|now|this\s+time|just\s+now|"
    r"today\s+i|i've|ich\s+habe|ich\s+hab)\b|"
    r"\b(?:ihr|ihren|your)\s+(?:termin|buchung|appointment|booking)\s+(?:am|on|for|für|ist|is|"
    r"bleibt|stays)\b"
)
# what the caller is told after the quote ("You said 'booked', but so far it's only held")
_BUT = lazy(r"['\"„“‚‘«»][^'\"„“‚‘«»]*['\"„“‚‘«»]\s*,?\s*(?:aber|but|doch)\b")
# slot statements are checked on their own ("Someone cancelled, so there's a free slot at 2")
_SLOTS = frozenset({ClaimKind.AVAILABLE, ClaimKind.HELD})


def without_not_this_visit(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none of them if `sentence` speaks only of earlier visits, other customers or how
    booking works (see above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _TRIGGER.search(text):
        return claims
    if _QUOTED.search(text):
        return claims if _BUT.search(text) else ()
    compared = _COMPARED.sub(" ", text)
    earlier = _EARLIER_WEEK.search(compared) and not _STILL.search(text)
    if not (_NOT_NOW.search(compared) or earlier) or _THIS_CALL.search(text):
        return claims
    return tuple(c for c in claims if c.kind in _SLOTS)
