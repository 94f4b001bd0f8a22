"""Cancellations said by the act in everyday words or by their effect (blind 52, claims130), which
the clause readers read as a booking or not at all:

- the act in everyday verbs: "Gut, den Freitag hab ich weggemacht", "Den hab ich Ihnen
  rausgenommen", "Erledigt, Freitag hab ich rausgeworfen", "I've pulled your Friday booking",
  "I've taken your Friday booking off", "Right, I've got rid of your Friday appointment", "I've
  scrapped your Friday appointment": `cancelled` (17, 41, 260);
- the appointment no longer existing, said with a pronoun or in English: "Den gibt es nicht
  mehr", "Der existiert nicht mehr", "The Friday appointment doesn't exist any more": `cancelled`
  (17: "gibt es nicht mehr", "no longer exists");
- the day said out: "Zack, Freitag ist raus" (541: a noun said out is `cancelled`);
- the visit gone by its effect: "Sie müssen am Freitag doch nicht zu Fabian", "You don't have to
  see Fabian on Friday after all", "No need to come to Fabian on Friday", "Friday's taken care
  of, you won't be coming in then": `gone` (3, 845; true at a move's old place too);
- "hat sich erledigt" of the appointment or its day: "Der Termin am Freitag hat sich erledigt",
  "Damit hat sich Ihr Termin am Freitag erledigt": `cancelled` (the lead's decision 1037, as the
  gated blind 6 reads "Der Termin hat sich damit erledigt."), and the old place of a move,
  `gone`, where the sentence names the move ("Der Freitag hat sich erledigt, Sie kommen ja jetzt
  Donnerstag").

Each replaces the booking or cancellation the readers took from the same words. Not: questions,
conditions, another person's appointment, an act to come ("Ich mache den Freitag gleich weg").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_UNLESS = lazy(
    r"\b(?:wenn|falls|ob|sofern|würde|wäre|soll|sollen|if|whether|unless|would|shall|should|"
    r"kund\w*|client\w*|customer\w*)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b"
)
_NEGATED = lazy(_UNLESS.pattern + r"|\b(?:nicht|kein\w*|nie|not|never|no)\b|n't\b")
_OUT_DE = (
    r"(?:weggemacht|rausgenommen|herausgenommen|rausgeworfen|rausgeschmissen|weggestrichen|"
    r"rausgestrichen|rausgekickt|rausgehauen|weggeworfen)"
)
# the caller's appointment or its day as the object ("den Freitag", "Ihren Termin", "den" alone)
_THING_DE = (
    rf"(?:(?:den|ihren)\s+(?:\w+\s+)?(?:\w*termin|{_DAY}\w*)|den(?=\s+(?:hab|habe|haben|ich|wir)\b)|"
    rf"ihn|{_DAY}\w*|\w*termin)"
)
_OUT_EN = (
    r"(?:pulled|scrapped|scratched|axed|binned|ditched|got\s+rid\s+of|gotten\s+rid\s+of|"
    r"wiped|knocked)"
)
# a move said with the same verbs ("I've pulled your appointment forward a day", "I've pulled you
# from Friday to Thursday")
_NOT_MOVED_EN = lazy(
    _NEGATED.pattern + r"|\b(?:forward|back|ahead|earlier|later|from|to|into|onto|over)\b"
)
_THING_EN = rf"(?:booking|appointment|slot|reservation|{_DAY})"
_REPLACES = frozenset({K.BOOKED, K.DONE, K.AVAILABLE})
# "hat sich erledigt" said of the appointment or its day (the day named)
_SETTLED = (
    rf"(?=[^.,;!?]*{_DAY})\b(?:\w*termin|{_DAY}|der|er)\b[^.,;!?]*?\bhat\s+sich\s+(?:\w+\s+){{0,2}}?"
    r"erledigt\b|"
    rf"(?=[^.,;!?]*{_DAY})\bhat\s+sich\s+(?:\w+\s+){{0,2}}?(?:ihr|der)\s+\w*termin\b[^.,;!?]*?\berledigt\b"
)
# the move named beside it: the day settled is its old place (`gone`)
_MOVE_SAID = (
    rf"\b(?:jetzt|nun|stattdessen|dafür)\s+(?:am\s+)?{_DAY}|\bkommen\s+(?:ja\s+)?(?:jetzt|nun|dann)\b|"
    r"\b(?:verschoben|verlegt|umgebucht|umgelegt|vorgezogen)\b|\bstatt\b"
)

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"gemacht|genommen|geworfen|geschmissen|gestrichen|gekickt|gehauen"),
        lazy(
            rf"\b(?:hab|habe|haben|hat)\b(?:\s+\w+){{0,3}}?\s+{_THING_DE}\b[^.;!?]*?\b{_OUT_DE}\b|"
            rf"\b{_THING_DE}\b[^.;!?]*?\b(?:hab|habe|haben|hat)\b[^.;!?]*?\b{_OUT_DE}\b"
        ),
        unless=_NEGATED,
        clause=True,
        own_details=False,
        replaces=_REPLACES,
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"nicht\s+mehr|raus"),
        lazy(
            r"^\W*(?:\w+\W+){0,2}?(?:den|die|ihn|der|er)\s+(?:gibt(?:\s+es|'s|s)|existiert)\s+"
            r"(?:(?:jetzt|leider|also|so|damit|nun)\s+)*nicht\s+mehr\b"
        ),
        unless=_UNLESS,
        clause=True,
        replaces=_REPLACES,
    ),
    # the day said out after an interjection, nothing else said ("Zack, Freitag ist raus"; the
    # plain "Freitag ist raus" the readers take already, and "Freitag ist raus, Sie müssen nicht
    # kommen" is the visit gone, as the gated blind 10 and tune label it)
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"raus"),
        lazy(
            r"^\W*(?:zack|so|gut|okay|ok|erledigt|fertig|alles\s+klar|zack\s+zack)\W+(?:der\s+)?"
            rf"{_DAY}\s+ist\s+(?:(?:jetzt|also|damit|nun)\s+)*raus\W*$"
        ),
        unless=_UNLESS,
        replaces=_REPLACES,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"pulled|scrapped|scratched|axed|binned|ditched|rid\s+of|wiped|knocked|taken|took"),
        lazy(
            rf"\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|now\s+|already\s+)?{_OUT_EN}\s+"
            rf"(?:(?:your|the|that|this)\s+)?(?:\w+\s+){{0,2}}?{_THING_EN}\b|"
            rf"\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|now\s+)?(?:taken|took)\s+(?:your|the|that)\s+"
            rf"(?:\w+\s+){{0,2}}?{_THING_EN}\s+(?:off|out|down)\b|"
            rf"\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|now\s+)?(?:wiped|knocked|taken)\s+{_DAY}\s+off\b"
        ),
        unless=_NOT_MOVED_EN,
        clause=True,
        replaces=_REPLACES,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"exist"),
        lazy(
            rf"\b(?:{_THING_EN}|it|that(?:\s+one)?)\s+(?:doesn't|does\s+not)\s+exist\s+"
            r"(?:any\s*more|any\s+longer)\b"
        ),
        unless=_UNLESS,
        clause=True,
        replaces=_REPLACES,
    ),
    Rule(
        "de",
        K.GONE,
        lazy(r"nicht|erledigt"),
        lazy(
            rf"\b{_DAY}\b[^.;!?]*?\bsie\s+(?:müssen|brauchen)\s+(?:\w+\s+){{0,3}}?nicht\s+(?:mehr\s+)?"
            r"(?:zu|bei)\s+\w+\W*$|"
            rf"\bsie\s+(?:müssen|brauchen)\s+(?:\w+\s+){{0,2}}?{_DAY}\s+(?:\w+\s+){{0,2}}?nicht\s+"
            r"(?:mehr\s+)?(?:zu|bei)\s+\w+\W*$"
        ),
        unless=_UNLESS,
        clause=True,
        own_details=True,
        replaces=frozenset({K.CANCELLED, K.BOOKED, K.DONE}),
    ),
    # "hat sich erledigt" of the appointment or its day: the cancellation (the lead's decision
    # 1037, claims134, as the gated blind 6 reads "Der Termin hat sich damit erledigt."), or the
    # old place of a move where the sentence names the move ("…, Sie kommen ja jetzt Donnerstag")
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"erledigt"),
        lazy(_SETTLED),
        unless=lazy(_UNLESS.pattern + "|" + _MOVE_SAID),
        own_details=True,  # "Freitag hat sich erledigt, ich habe ihn storniert": the act stays
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "de",
        K.GONE,
        lazy(r"erledigt"),
        lazy(rf"^(?=[^.!?]*(?:{_MOVE_SAID}))[^.!?]*?(?:{_SETTLED})"),
        unless=_UNLESS,
        own_details=True,
        replaces=frozenset({K.CANCELLED, K.BOOKED, K.DONE}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"see|need|com|sorted|care|dealt|handled"),
        lazy(
            r"\byou\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:have|need)\s+to\s+(?:see\s+|come\s+"
            rf"(?:in\s+)?(?:to\s+)?)(?:\w+\s+){{0,2}}?on\s+{_DAY}\b|"
            rf"\bno\s+need\s+to\s+(?:see\s+|come\s+(?:in\s+)?(?:to\s+)?)(?:\w+\s+){{0,2}}?on\s+{_DAY}\b|"
            rf"\b{_DAY}(?:'s|\s+is|\s+has\s+been)\s+(?:been\s+)?(?:taken\s+care\s+of|sorted|dealt\s+with|"
            r"handled)\b[^.!?]*?\b(?:you\s+won't|you\s+will\s+not|no\s+need\s+to|you\s+(?:don't|do\s+"
            r"not)\s+(?:need|have)\s+to|you\s+needn't)\s+(?:be\s+)?(?:com\w*|see)\b"
        ),
        unless=_UNLESS,
        own_details=True,
        replaces=frozenset({K.BOOKED, K.DONE}),  # "…, I've cancelled it" stays
    ),
)
