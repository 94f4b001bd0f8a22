"""What to do or not to do for the visit on a named day, and how the caller comes (blind 20).

An instruction tied to a day presupposes the visit that day (convention 31), also when it says
what not to do: "Am Freitag bitte zwei Tage vorher keine Kur mehr benutzen", "Planen Sie am
Freitag nach der Dauerwelle bitte keinen Schwimmbadbesuch ein", "Feel free to bring a photo … on
Friday". So does a condition on how the caller comes, not whether: "Falls Sie am Freitag mit
dem Auto kommen", "wenn Sie Freitag kommen", "If you're driving on Friday", "When you come in on
Friday". A BOOKED claim with the day (what the caller is told to do names no service of the
appointment). Advice is an instruction too (blind 57, claims156): "Für Ihre Strähnchen am Samstag
bringen Sie am besten ein Bild mit", "Für die Parkplatzsuche sollten Sie am Freitag …", "For the
highlights with Lena, come with dry hair"; with no day, the visit named by its service and its
stylist ("Für die Strähnchen bei Lena kommen Sie am besten mit trockenem Haar": BOOKED of both)
or both of the caller's days ("An beiden Tagen parken Sie am besten im Parkhaus": two visits).
The instruction said before, applied to a named day (claims168): "Für Donnerstag gilt dasselbe:
ungewaschene Haare, …", "The same goes for Thursday: …".

Not: a day named only as "heute" / "morgen" (an errand as well as a visit), a call to make
("Bitte rufen Sie … an"), the salon's hours, a preference or a move offered ("Wenn Sie lieber
Donnerstag kommen, …"), another condition; a condition on coming at all or on booking ("Falls Sie am Freitag kommen möchten", "Falls
Sie einen Termin buchen", "If you do book"), a question, the caller's habit
("Sonst kommen Sie doch immer freitags, oder?", blind 33), a day asked about or offered ("Bitte
sagen Sie mir, ob Freitag passt", "frei", "voll"), a recurring day ("Freitags kommen Sie am
besten …"), a service alone ("Für eine Farbberatung bringen Sie am besten Fotos mit").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.small_talk import habit_said

_INSTRUCTION = lazy(
    r"\bbitte\b|^\s*(?:\w+\s+){0,3}?(?:planen|bringen|denken|kommen|waschen|benutzen|färben|"
    r"nehmen|verzichten|achten)\s+sie\b|"
    # advice is an instruction too (blind 57, claims156): "… kommen Sie am besten mit trockenem
    # Haar", "Für die Parkplatzsuche sollten Sie am Freitag …" ("sollten Sie" first is a condition)
    r"\bsie\s+(?:\w+\s+){0,2}?am\s+besten\b|\b\w+\s+sollten\s+sie\b|"
    r"\bplease\b|(?:^|[,;:–—]\s*)(?:(?:so|and|also|oh)\s+)?"
    r"(?:don't|do\s+not|remember\s+to|make\s+sure|be\s+sure\s+to|avoid|skip)\b|"
    # English has no imperative form: a step of the visit as the bare verb after a fronted phrase
    # ("For the highlights with Lena, come with dry hair")
    r"^\s*(?:for|before|on|at)\b[^,]*,\s*(?:just\s+|simply\s+)?"
    r"(?:come|bring|wear|park|arrive|plan|allow|wash|use|leave|avoid)\s+(?!us\b|me\b|back\b|it\b)|"
    # the instruction said before, for a named day (claims168): "Für Donnerstag gilt dasselbe: …"
    r"^\W*für\s+(?:den\s+)?\w+\s+gilt\s+(?:dasselbe|das\s+gleiche|genau\s+das\s+gleiche)\b|"
    r"^\W*(?:and\s+)?(?:the\s+)?same\s+(?:goes|applies)\s+(?:for|to)\s+\w+\s*(?:[:,–—-]|$)"
)
# how the caller comes: "falls Sie am Freitag mit dem Auto kommen", "if you're driving on Friday"
_MANNER = lazy(
    r"\b(?:falls|wenn)\s+sie\s+(?:\w+\s+){0,5}?(?:kommen|fahren|anreisen|parken)\b|"
    r"\b(?:if|when)\s+you(?:'re|\s+are)?\s+(?:\w+\s+){0,2}?"
    r"(?:driving|coming\s+in|come\s+in|running\s+late|parking|cycling)\b"
)
_NOT_VISIT = lazy(
    r"\b(?:möchten|wollen|buchen|buche|gebucht|ob|frei|voll|ausgebucht|passt|passen|lieber|"
    r"verlegen|verschieben|geschlossen|geöffnet|salon|anrufen|rufen|melden|dran|"
    r"want|like\s+to\s+come|book|booked|bookings|whether|free|full|available|suits?|works?|"
    r"rather|prefer|move|closed|open|advised|call|ring|phone|line)\b|\?"
)
# the visit the advice is for, named by its service and stylist (claims156): "Für die Strähnchen
# bei Lena …", "For the highlights with Lena, …" (not a topic beside it: "Zu Ihrer Frage zur
# Farbe: Das besprechen Sie am besten direkt mit Fabian", gated blind 7)
_FOR_SERVICE = lazy(
    r"\b(?:für|for)\s+(?:die|den|das|ihre|ihren|ihr|the|your)\s+"
    r"(?P<named>(?:[\w-]+\s+){1,2}?(?:bei|with)\s+\w+)\b"
)
# the days of two visits said as "both" (claims156)
_BOTH_DAYS = lazy(r"\b(?:an\s+beiden\s+tagen|beide\s+tage|on\s+both\s+days|both\s+days)\b")
_CONDITION = lazy(
    r"\b(?:falls|wenn|sofern|angenommen|if|unless|suppose|assuming|whenever)\b|"
    # a rule for any appointment (blind 49, claims131): "When you have an appointment on a Friday
    # morning, please come five minutes early"
    r"\b(?:when|wenn)\s+(?:you|sie)\s+(?:\w+\s+){0,3}?(?:have|haben)\s+(?:an?|einen)\s+"
    r"(?:\w+\s+)?(?:appointment|termin)\b|"
    # the verb first as the condition (claims156): "Sollten Sie sich für Freitag entscheiden, …"
    r"^\W*(?:sollten|should)\s+(?:sie|you)\b"
)
# a day that recurs: the salon's week, no one visit ("Freitags kommen Sie am besten mit dem Bus")
_RECURRING = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s\b|"
    r"\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b"
)


def visit_instructions(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim for an instruction or a manner of coming tied to a named day (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    said = text.replace("feel free to", "please")  # "free" of no slot
    manner = _MANNER.search(said)
    if not (_INSTRUCTION.search(said) or manner) or _NOT_VISIT.search(said) or habit_said(said):
        return ()  # habit_said: blind 33 (claims72), "Sonst kommen Sie doch immer freitags, oder?"
    if _RECURRING.search(said):
        return ()
    if not manner and _CONDITION.search(said):
        return ()  # "Falls Fabian Sie am Freitag nicht mehr erwartet, rufen Sie bitte an"
    d = read_details(text, names)
    if not (d.weekdays or d.days) and _BOTH_DAYS.search(text) and not manner:
        # "An beiden Tagen parken Sie am besten im Parkhaus": both of the caller's visits
        both = ClaimDetails(several=True, count=2)
        return (Claim(ClaimKind.BOOKED, 0, len(sentence), both),)
    if not (d.weekdays or d.days):
        # no day: the visit named by its service and stylist ("Für die Strähnchen bei Lena
        # kommen Sie am besten mit trockenem Haar"); a service alone is any visit's ("Für eine
        # Farbberatung bringen Sie am besten Fotos mit"), "morgen" also another errand's
        m = _FOR_SERVICE.search(text)
        named = read_details(m["named"], names) if m and not manner else Details()
        if not (named.services and named.stylists):
            return ()
        named = Details(services=named.services, stylists=named.stylists)
        return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, named),))),)
    day = Details(weekdays=d.weekdays, days=d.days, months=d.months, relative_days=d.relative_days)
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))),)
