"""The caller's appointment said to stay as it was: "Ihr alter Termin bleibt bestehen", "Bis der
Salon zusagt, bleibt Ihr Termin am Freitag bestehen", "Am Freitag um zehn ändert sich für Sie
vorerst nichts", "Your old appointment stays as it is", "Until then, you keep your original slot",
"The original booking still stands".

Said while a move is only asked for (a request awaiting the salon: the pending appointment carries
`moved_from`, the old one is still booked), it is true; after the move went through (the old place
is `rescheduled`, the new one booked with `moved_from`) it is false, though a booking exists.
"Until the salon confirms" beside it says the move awaits the salon (PENDING). So it is its own
kind (`ClaimKind.STANDS`: a booked appointment that is not a move's new place), replacing the
booking (or the move: "until the salon confirms the new time") the clause readers read there.
With a word that sets the old appointment against a change ("alt", "bisherig",
"ursprünglich", "vorerst", "bis der Salon zusagt", "old", "original", "for now", "until"), or a
predicate that does ("bleibt unverändert bestehen", "gilt weiterhin", "bleibt, wie er war",
"remains unchanged", "still holds", "stays as it was": blind 11). The decision also
counts the place a pending or refused move came from as booked (`old_places_standing`): the
call's facts may hold only the move's new side.
Not: conditions, questions, what should or would stay.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import AppointmentFact, ClaimKind
from agent.claims.word_rules import Rule
from calendar_adapter.ledger import AppointmentState

K = ClaimKind
S = AppointmentState
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|möchten|würde|wäre|if|whether|unless|should|"
    r"would|could|nur\s+dass|außer\s+dass|except\s+that)\b"
)  # "An der Bezahlung ändert sich nichts, nur dass der Termin jetzt …": the change said (claims68)
# the topic lookaheads below are anchored at a line start ("(?m)^"): a match exists exactly
# where one exists unanchored (".*" stops at a line end either way), found in one pass instead of
# one lookahead per position (the rules use whether a match exists, not where)
_DAYS_DE = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag"
_DAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday"
_YOUR_SERVICE_DE = r"ihre[nm]?\s+(?:dauerwelle|farbe|färbung|strähnchen|\w*schnitt|bartpflege)"
_YOUR_SERVICE_EN = r"your\s+(?:perm|haircut|cut|colou?r|colou?ring|highlights|trim|beard\s+trim)"

RULES = (
    Rule(
        "de",
        K.STANDS,
        lazy(
            r"\b(?:alte[nr]?|bisherige[nr]?|ursprüngliche[nr]?|jetzige[nr]?|vorerst|erst\s+einmal|"
            r"erstmal|bis\s+der\s+salon|bis\s+dahin)\b"
        ),
        lazy(
            rf"(?m)^(?=.*\b(?:\w*termin|buchung|{_DAYS_DE})\b)"
            # not a hold said to last (claims167): "… bleibt bis dahin für Sie reserviert"
            r".*\b(?:bleibt(?!\s+(?:[\w ]{0,30}?)(?:reserviert|vorgemerkt|geblockt|freigehalten)\b)|"
            r"gilt\s+weiter|ändert\s+sich\s+(?:[\w ]{0,25}?)nichts|unverändert)\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(
            r"\b(?:old|original|existing|current|previous|for\s+now|until|till|in\s+the\s+meantime)\b"
        ),
        lazy(
            rf"(?m)^(?=.*\b(?:appointment|booking|slot|{_DAYS_EN})\b)"
            # not a hold said to last (blind 56, claims167): "Friday at ten stays reserved for
            # you until then" is the hold, no appointment standing
            r".*\b(?:(?:stays|remains)(?!\s+(?:reserved|held|on\s+hold|blocked|pencill?ed)\b)|"
            r"still\s+stands|stands|unchanged|keep\s+your)\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # said to stay unchanged in words that set it against a change themselves ("bleibt
    # unverändert bestehen", "gilt weiterhin", "bleibt, wie er war", "remains unchanged", "still
    # holds", "stays exactly as it was"): after a move it did not stay, so not a booking
    Rule(
        "de",
        K.STANDS,
        lazy(
            r"\b(?:unverändert|bestehen|besteht|weiterhin|nach\s+wie\s+vor|wie\s+(?:er|es|sie)\s+"
            r"(?:ist|war)|ändert\s+sich|bleibt\s+(?:genau\s+|also\s+)?so)\b"
        ),
        lazy(
            rf"(?m)^(?=.*\b(?:\w*termin|buchung|{_DAYS_DE}|{_YOUR_SERVICE_DE})\b)"
            r".*\b(?:bleibt\s+(?:\w+\s+){0,2}?(?:bestehen|unverändert)|(?:ist|bleibt)\s+(?:\w+\s+){0,2}?"
            r"unverändert|besteht\s+(?:\w+\s+)?(?:weiterhin|weiter|fort)|gilt\s+(?:\w+\s+)?"
            r"(?:weiterhin|nach\s+wie\s+vor)|ändert\s+sich\s+(?:[\w ]{0,25}?)nichts|"
            r"bleibt,?\s+(?:\w+\s+)?(?:so,?\s+)?wie\s+(?:er|es|sie)\s+(?:ist|war))\b|"
            # blind 34 (claims77): "Ihr Termin bleibt so." at the clause's end
            r"\b(?:\w*termin|buchung)\s+bleibt\s+(?:genau\s+|also\s+)?so\s*(?:[.!;]|$)"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"\b(?:unchanged|still\s+(?:holds|stands)|as\s+it\s+(?:is|was)|remains|the\s+same)\b"),
        lazy(
            # the caller's service named for the appointment (blind 59, claims170): "Your perm
            # with Mr Spitzer stays as it is", as German's "Ihre Dauerwelle … bleibt, wie sie ist"
            rf"(?m)^(?=.*\b(?:appointment|booking|slot|{_DAYS_EN}|{_YOUR_SERVICE_EN})\b)"
            r".*\b(?:(?:is|remains|stays)\s+(?:\w+\s+)?unchanged|still\s+(?:holds|stands)|"
            r"(?:stays|remains)\s+(?:\w+\s+)?as\s+it\s+(?:is|was))\b|"
            # claims113 (732): "Your appointment is staying the same / as it is" (the appointment
            # itself the subject: not "the perm stays the same", "Payment stays the same")
            r"\b(?:appointment|booking|slot)(?:'s|\s+is)?\s+(?:staying|stays|remains)\s+"
            r"(?:\w+\s+)?(?:the\s+same|as\s+it\s+(?:is|was))\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # the whole arrangement said to stay, or the appointment still on (blind 12): "Alles bleibt
    # beim Alten", "Es bleibt alles, wie es war", "Ihr Termin findet wie geplant statt", "Lena
    # am Samstag ist davon nicht betroffen, der bleibt", "Ich hab nichts geändert, Freitag gilt"
    Rule(
        "de",
        K.STANDS,
        lazy(r"\b(?:bleibt|betroffen|gilt|geplant|vereinbart)\b"),
        lazy(
            r"\balles\s+bleibt\s+(?:beim\s+alten|,?\s*wie\s+es\s+(?:ist|war)|unverändert)|"
            r"\bes\s+bleibt\s+alles\s*(?:beim\s+alten|,?\s*wie\s+es\s+(?:ist|war))|"
            # the verb first after a frame (blind 58: "Soweit ich sehe, bleibt alles, wie es war")
            r",\s*bleibt\s+alles\s*(?:beim\s+alten|,?\s*wie\s+es\s+(?:ist|war))|"
            # not "Ihr Termin findet wie geplant statt": 732's `booked` (the lead's D83, 1202)
            r"\b(?:termin|buchung)\s+(?:\w+\s+)?läuft\s+(?:\w+\s+)?wie\s+"
            r"(?:geplant|vereinbart|gebucht)\b|"
            rf"\b(?:{_DAYS_DE})\b[^.;!?]*\bnicht\s+betroffen\b|"
            rf"\bnichts\s+geändert\b[^.;!?]*\b(?:{_DAYS_DE}|termin)\s+gilt\b"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|würde|wäre)\b"),
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # the caller's appointment said not affected by what the sentence tells before it (the
    # lead's D79, convention 1198): "Die Kundin um neun hat abgesagt, das betrifft Ihren Termin
    # aber nicht", "…, but that doesn't affect your appointment": the details are the match's
    # own, not the other client's "um neun" before it
    Rule(
        "",
        K.STANDS,
        lazy(r"\b(?:betrifft|affect)\b"),
        lazy(
            r"\bbetrifft\s+ihren\s+termin\s+(?:\w+\s+)?nicht\b|"
            r"\b(?:doesn't|does\s+not|won't|will\s+not)\s+affect\s+your\s+(?:appointment|booking)\b"
        ),
        unless=_NOT_STATED,
        own_details=True,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # claims158 (blind 51): the arrangement said still as it was, with a pronoun for it, also
    # said the regional way: "Das ist noch so, wie es war", "Alles ist, wie es war", "des is no
    # wia's war" (as "Es bleibt alles, wie es war" above)
    Rule(
        "de",
        K.STANDS,
        lazy(r"\b(?:wie|wia)\b"),
        lazy(
            r"\b(?:das|des|es|alles)\s+(?:ist|is|isch)\b,?\s*(?:(?:noch|no|alles|genau|immer)\s+)*"
            r"(?:so\b\s*,?\s*)?(?:wie|wia)\s*(?:es|'s|’s|er)\s+war\b"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|würde|wäre|nicht|nimmer)\b"),
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"\b(?:stays|remains|still|affected|changes)\b"),
        lazy(
            r"\b(?:everything|it\s+all)\s+(?:stays|remains)\s+(?:as\s+it\s+(?:is|was)|the\s+same|"
            r"unchanged)\b|"
            # not "still on hold" (blind 35, claims80: a hold said live), nor "still on the books"
            # (blind 37, claims89: the booking still there, wherever it now is)
            # an intensifier before "still" says it no less (claims145, blind 48: "your
            # appointment is definitely still on")
            r"\b(?:it|appointment|booking|slot|\w+day)(?:'s|\s+is)\s+(?:(?:definitely|really|"
            r"absolutely|certainly|surely|very\s+much)\s+)?still\s+"
            r"(?:on(?!\s+(?:hold|the\s+books)\b)|going\s+ahead)\b|"
            rf"\b(?:{_DAYS_EN}|appointment|booking)\b[^.;!?]*\b(?:isn't|is\s+not|won't\s+be)\s+"
            r"affected\b|"
            rf"\bnothing\s+changes\s+(?:for|on|with)\s+(?:{_DAYS_EN}|your\s+appointment)\b"
        ),
        unless=lazy(r"\b(?:if|whether|unless|should|would|could)\b"),
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # the caller told they can come as planned (blind 20): "Sie können also wie geplant am
    # Freitag kommen", "You can still come in on Friday as planned": the visit stands
    Rule(
        "",
        K.STANDS,
        lazy(r"\b(?:geplant|vereinbart|besprochen|planned|arranged)\b"),
        lazy(
            r"\bsie\s+(?:können|dürfen)\s+(?:\w+\s+){0,4}?wie\s+(?:geplant|vereinbart|"
            r"besprochen)\s+(?:\w+\s+){0,4}?(?:kommen|vorbeikommen)\b|"
            r"\byou\s+can\s+(?:\w+\s+){0,5}?(?:come|pop|drop)\b(?:\s+\w+){0,5}?\s+as\s+"
            r"(?:planned|arranged)\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|not|never|no|wenn|falls|ob|if|whether)\b|n't\b"),
        replaces=frozenset({K.BOOKED}),
    ),
    # a named day said to stay beside another change (blind 12): "Samstag bei Lena ist raus, der
    # Freitag bleibt", "Saturday with Lena is off, Friday stays", "…, Lena am Samstag steht weiter"
    Rule(
        "",
        K.STANDS,
        lazy(r"\b(?:bleibt|stays|remains|steht\s+weiter|still\s+stands)\b"),
        lazy(
            rf"(?:^\W*|[,;–-]\s*)(?:the\s+|der\s+|am\s+)?(?:\w+\s+(?:am|on)\s+)?"
            rf"(?:{_DAYS_DE}|{_DAYS_EN})(?:'s)?(?:\s+(?!ist\b|is\b)\w+){{0,3}}?\s+"
            r"(?:bleibt|stays|remains|steht\s+weiter|still\s+stands)"
            r"(?:\s+(?:bestehen|weiter|as\s+is))?"
            r"\s*(?:[.!,;]|$)"
        ),
        unless=_NOT_STATED,
        clause=True,
        own_details=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # the old one stands until the salon answers: the move asked for awaits it (the request's
    # place is not named there)
    Rule(
        "",
        K.PENDING,
        lazy(r"\b(?:bleibt|gilt|remains|stays|keep)\b"),
        lazy(
            r"\b(?:bis|until|till)\s+(?:der|the)\s+salon\s+(?:\w+\s+){0,3}?(?:zusagt|bestätigt|"
            r"freigibt|antwortet|confirms|approves|answers|gets\s+back)\b"
        ),
        unless=_NOT_STATED,
        own_details=True,
    ),
)


def old_places_standing(appointments: tuple[AppointmentFact, ...]) -> list[AppointmentFact]:
    """Where a move asked for (pending) or refused (failed) came from, as the booked appointment
    it still is: the call's facts may hold only the move's new side. Not when the old place was
    moved all the same (a `rescheduled` fact there)."""
    out = []
    for a in appointments:
        if a.moved_from is None or a.state not in (S.PENDING, S.FAILED):
            continue
        if any(o.state is S.RESCHEDULED and o.start == a.moved_from for o in appointments):
            continue
        out.append(AppointmentFact(S.CONFIRMED, a.moved_from, a.stylist, a.service))
    return out
