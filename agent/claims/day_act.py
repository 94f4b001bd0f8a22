"""Someone's act for the caller on a named day presupposes the visit that day (blind 57).

What a stylist, the front desk or the caller's companion does to or for the caller on the day
of the visit says the caller comes that day, as an instruction for the day does
(`visit_instruction`, conventions 31 and 88; the round's judgement call "a stylist's act at the
visit presupposes it"): "Am Freitag macht Ihnen Sophie gern einen Kaffee", "Fabian kann es
Ihnen am Freitag gleich mitgeben", "Ihr Mann kann Sie am Freitag gegen Viertel nach zwölf
abholen", "On Friday Sophie will make you a coffee", "Fabian can hand it to you on Friday",
"your husband can pick you up on Friday". So does a stylist coping with the caller's hair on the
day (claims168): "Fabian kommt damit am Freitag zurecht", "Fabian will manage on Friday". A
BOOKED claim with the day only: the person acting is not always the one the caller is booked
with (the front desk greets, the husband picks up).

Not: a habit or a rule ("freitags", "on Fridays"), a past visit's act ("Letzten Freitag hat Ihnen
Sophie …"), a condition or a supposition ("Should you go for Friday, …"), a question, a
denial, a call or message (a callback, `callback_noted`), a booking announced ("ich buche Ihnen jetzt
den Freitag um zehn bei Fabian", `announced_booking`), an offer of a slot ("Lena kann Sie am
Samstag nehmen", "Lena can see you on Saturday": the slot offered, `offered_day`), a day said
free or full, a subjunctive ("würde", "could"), a day named only as "heute" / "morgen".
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# someone other than the caller, the receptionist or the salon as "we": a pronoun, or the
# caller's companion ("Ihr Mann", "your husband"); stylists come from the salon's names
_OTHER_AGENT = lazy(r"\b(?:er|he|she|(?:ihr|ihre)\s+(?!termin)\w+|your\s+(?!appointment)\w+)\b")
# the caller as the object of that act: "Ihnen", "Sie" (not as "Sie können …"), "you", or what
# the caller brings along, in English ("… will put out a bowl of water for your dog": claims174)
# a verb of the third person singular before "Sie" makes it the object: "Ihr Mann kann Sie …
# abholen", "Am Freitag begrüßt Sie Sophie" (not "Am Freitag können Sie …")
# (or the caller receiving from that person: "Am Freitag bekommen Sie von Sophie einen Cappuccino")
_CALLER_OBJECT_DE = lazy(
    r"\b(?:\w+t|kann|wird|will|soll|muss|darf|mag)\s+sie\b|"
    r"\b(?:bekommen|kriegen|erhalten)\s+sie\s+(?:\w+\s+){0,3}?von\b"
)
_CALLER_OBJECT_EN = lazy(
    r"\b(?:will|'ll|can|shall|is\s+going\s+to|wants?\s+to)\s+(?:\w+\s+){0,6}?"
    r"(?:(?:to\s+|for\s+)?you\b|for\s+your\s+\w+)"
    r"|\b\w+s\s+(?:\w+\s+){0,2}?you\b(?!'|\s+(?:are|will|can|have|need|should|must|may)\b)"
)
_NOT_AN_ACT = lazy(
    r"\?|\b(?:freitags|samstags|sonntags|montags|dienstags|mittwochs|donnerstags|"
    r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
    r"falls|wenn|sofern|angenommen|sobald|if|unless|suppose|assuming|once|when|whenever|"
    r"nicht|kein|keine|keinen|not|never|no|n't|"
    r"würde|würden|könnte|könnten|hätte|wäre|sollte|sollten|would|could|might|should|"
    # a past visit's act: "Letzten Freitag hat Ihnen Sophie …", "Last Friday Sophie brought you …"
    r"letzte|letzten|letztes|vorige|vorigen|hat|hatte|war|last|previous|did|had|was|"
    r"anrufen|ruft|rufen|zurückrufen|melden|meldet|schreiben|schreibt|call|calls|ring|phone|"
    r"text|message|"
    r"nehmen|nimmt|drannehmen|einschieben|unterbringen|take|see|fit|squeeze|"
    r"frei|voll|ausgebucht|buche|buchen|bucht|gebucht|eintragen|trage|free|full|available|"
    r"book|booked|booking|put\s+you\s+down|möchten|want|"
    r"erwartet|erwarten|expecting|expects|halte|hold|"
    # the speaker's own act is no one else's: "I'll hold Thursday for you until …"
    r"ich|wir|i|we|i'll|we'll)\b"
)


# someone else's act for the caller offered as a question (convention 1050, probe 57, claims174):
# "Soll Ihnen Sophie am Freitag einen Tee bereitstellen?", "Shall Sophie have a tea ready for you
# on Friday?" use the visit as the occasion, as "Möchten Sie zu Ihrem Termin … einen Kaffee?"
# does; the speaker's own offer is no one else's act ("Soll ich …", "Shall we …")
_OFFERED_ACT = lazy(r"^\W*(?:soll|shall)\s+(?!ich\b|wir\b|i\b|we\b)[^?]*\?\W*$")

# a reassurance is no denial of the act beside it (claims168): "Ist auch nicht schlimm, Fabian
# kommt damit am Freitag zurecht", "Kein Problem, …", "That's not a problem, …"
_REASSURED = lazy(
    r"^\W*(?:(?:das\s+)?ist\s+)?(?:auch\s+|gar\s+)?(?:nicht\s+schlimm|kein\s+problem)\W*[,;:–—]|"
    r"^\W*(?:(?:that's|that\s+is|it's)\s+)?(?:also\s+)?(?:no\s+problem|not\s+a\s+problem)\W*[,;:–—]"
)


def day_acts(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim with the day for someone's act for the caller on a named day (above)."""
    if claims:
        return ()
    text = _RECEIVED.sub("empfängt", fold(sentence).text)
    asked = text.replace("?", " ") if _OFFERED_ACT.search(text) else text
    if _NOT_AN_ACT.search(_REASSURED.sub(" ", asked)):
        return ()
    words = set(text.replace(",", " ").replace(".", " ").split())
    stylist = any(not parts.isdisjoint(words) for _, parts in names.stylists)
    if not (stylist or _OTHER_AGENT.search(text)):
        return ()
    if not _caller_object(text, words):
        return ()
    d = read_details(text, names)
    if not (d.weekdays or d.days):
        return ()  # "heute", "morgen": an errand as well as a visit
    day = Details(weekdays=d.weekdays, days=d.days, months=d.months, relative_days=d.relative_days)
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))),)


# a clause that approves what was said before it and names nothing of its own: "das passt gut",
# "that works well" (the slot readers read it as the day before offered)
_APPROVED = lazy(
    r",\s*(?:das|dann|so|that|this|it)\s+(?:passt|geht|klappt|works|suits|is\s+fine)\b[^,;:]*$"
)


def with_act_approved(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the day offered by an approval after someone's act for the caller read as
    the act's visit (probe 57, claims174): "Ihr Sohn bringt Sie am Freitag hin, das passt gut",
    "Your son will drop you off on Friday, that works well": what suits is the companion's plan
    for the day of the visit, not a free slot of the salon's. Only where every claim is such an
    offer and the clause before the approval is an act `day_acts` reads."""
    if not claims or any(c.kind is not ClaimKind.AVAILABLE for c in claims):
        return claims
    m = _APPROVED.search(fold(sentence).text)
    if m is None or read_details(m.group(), names) != Details():
        return claims
    act = day_acts(fold(sentence).text[: m.start()], names, ())
    return tuple(replace(c, start=0, end=len(sentence)) for c in act) or claims


def actor_not_stylist(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the stylists dropped from the visit a hospitable act on a named day
    presupposes (blind 57 and its probe, claims155): "On Friday Sophie will greet you at the
    front desk and take you over to Fabian", "Sophie will pour you a glass of water on Friday",
    "Am Freitag führt Sie Sophie zuerst zum Waschbecken". Whoever greets, serves a drink or walks
    the caller to the basin is not said to be the one the caller is booked with. Only where the
    act names no service (an act on the service, "Am Freitag macht Ihnen Lena die Dauerwelle",
    keeps its stylist) and day_acts would read the sentence as such an act."""
    booked = [c for c in claims if c.kind is ClaimKind.BOOKED]
    if not booked or len(booked) != len(claims):
        return claims
    if not any(d.stylists for c in booked for _, d in c.details.parts):
        return claims
    text = _RECEIVED.sub("empfängt", fold(sentence).text)  # "nimmt Sie … in Empfang": greeted
    led = _LED.sub("", text)  # "… and take you over to Fabian": led there, no slot taken
    # whoever waits to lead the caller to another is not the one the caller is booked with
    # (claims174): "Am Freitag um zehn wartet Sophie am Empfang auf Sie und bringt Sie zu Fabian"
    kept = _KEPT.search(_WAITING.sub(" ", text) if _LED.search(text) else text)
    if _NOT_AN_ACT.search(led) or _SERVICE_ACT.search(text) or kept:
        return claims
    words = set(text.replace(",", " ").replace(".", " ").split())
    if not _caller_object(text, words):
        return claims
    d = read_details(text, names)
    if not (d.weekdays or d.days) or d.services:
        return claims
    return tuple(
        replace(
            c,
            details=replace(
                c.details,
                parts=tuple((r, replace(p, stylists=frozenset())) for r, p in c.details.parts),
            ),
        )
        for c in claims
    )


# the caller had by someone or an outcome said: "Sophie has you for Friday, it's confirmed" names
# the one the caller is booked with
_KEPT = lazy(
    r"\b(?:has|have|'s\s+got|got|hat|haben)\s+(?:you|sie)\b|\b(?:confirm\w*|booked|in\s+for|"
    r"down\s+for|gebucht|eingetragen|bestätigt|fest|reserv\w*|held|hold|expect\w*|erwartet|"
    r"rechnet|wartet|waiting|stuhl|chair)\b"
)
_LED = lazy(
    r"\btake\s+you\s+(?:over\s+|across\s+|back\s+|through\s+)?to\b|"
    r"\b(?:bringt|führt|begleitet)\s+sie\s+(?:dann\s+|gleich\s+|direkt\s+)?zu\b"
)
_WAITING = lazy(r"\b(?:wartet|waiting|waits)\b")
# receiving someone at the door ("nimmt Sie am Eingang in Empfang", claims174): no slot taken, as
# "nimmt Sie" alone may be ("Lena nimmt Sie am Samstag": an offer)
_RECEIVED = lazy(r"\b(?:nimmt|nehmen)\b(?=[^.!?]*\bin\s+empfang\b)")
# an act on the hair itself: the stylist doing it is the appointment's
_SERVICE_ACT = lazy(
    r"\b(?:haare?|haar\w*|locken|schnitt|schneid\w*|färb\w*|frisur|hair|cut|curls|colou?r\w*|"
    r"style|styling|dran|behandl\w*|treat\w*|do\s+your|macht\s+ihnen\s+die|machen)\b"
)


# a stylist coping with what the caller brings (claims168): "kommt damit zurecht", "will manage",
# "kriegt das hin", "can handle it": the caller's hair is the unsaid object
_COPES = lazy(
    r"\bkommt\s+(?:\w+\s+){0,6}?zurecht\b|\b(?:kriegt|bekommt)\s+(?:\w+\s+){0,6}?hin\b|"
    r"\b(?:will|'ll|can)\s+(?:\w+\s+)?(?:manage|cope|handle\s+(?:it|that))\b"
)


def _caller_object(text: str, words: set[str]) -> bool:
    """The caller is the object: "Ihnen", "… kann Sie … abholen", "… make you a coffee", or what
    they bring, coped with ("Fabian kommt damit am Freitag zurecht")."""
    if _COPES.search(text):
        return True
    if "ihnen" in words:
        return True
    if "sie" in words:
        return bool(_CALLER_OBJECT_DE.search(text))
    return bool(_CALLER_OBJECT_EN.search(text))
