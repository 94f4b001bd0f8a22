"""The caller's appointment said not to be booked yet (convention 5, `ClaimKind.NOT_BOOKED`) in
words `not_booked.py` does not list: a subject other than the appointment ("Für Freitag um zehn
sind Sie noch nicht eingetragen", "Freitag um zehn ist bis jetzt nicht fest gebucht"), the
booking word first ("Eingebucht ist da noch gar nichts", "Verbindlich ist da noch nichts
eingetragen"), the booking named and denied ("Ein fester Termin ist das bis jetzt nicht", "Die
Buchung fehlt noch"), nothing in the calendar for the caller yet ("Im Kalender steht für Sie
bislang nichts Verbindliches", "Nothing is in the diary for you so far", "There's no booking for
you so far"), open and not booked ("Ihr Termin ist noch offen, nicht gebucht", "still open, not
booked", "on hold, but not booked yet"), the speaker not having put the caller down yet ("I
haven't put you down for anything yet").

A booking read in the same words ("Die Buchung fehlt noch") is dropped (`without_booked_in`).
Not: questions, conditions, a failure ("konnte noch nicht gebucht werden"), another person's
appointment or a free slot (`not_booked`'s test).
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.not_booked import _OTHER
from agent.claims.word_rules import Rule, read_rules

K = ClaimKind
_YET_DE = r"(?:noch|bisher|bislang|bis\s+jetzt)"
# another person's appointment (`not_booked`'s test; its free-slot test would also take "Freitag
# um zehn ist noch nicht gebucht", so a free slot is only a clause that starts with its hour)
_PERSON = _OTHER.pattern.split(r"|\b(?:um|at)")[0]
_UNLESS = lazy(
    r"\b(?:falls|wenn|ob|sofern|sonst|if|whether|unless|otherwise|would|würde|wäre|wären|konnte|"
    r"könnte|kann|could|can't|cannot|werden|soll|shall|should|sagten|said|laut|according)\b|^\W*(?:um|at)\s+\w+(?:\s+uhr)?\s+"
    r"(?:ist|is)\b|" + _PERSON
)

RULES = (
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"\bnicht|nichts|fehlt"),
        lazy(
            rf"\b{_YET_DE}\s+nicht\s+(?:\w+\s+)?(?:gebucht|eingetragen|eingebucht)\b|"
            rf"\b(?:eingebucht|gebucht|eingetragen|fest|verbindlich)\s+ist\s+(?:\w+\s+){{0,2}}?"
            rf"{_YET_DE}\s+(?:\w+\s+)?nichts?\b|"
            rf"\b(?:ein|eine)\s+(?:feste[r]?\s+|verbindliche[r]?\s+)?(?:termin|buchung)\s+ist\s+"
            rf"(?:das|es|er)\s+(?:\w+\s+)?{_YET_DE}\s+nicht\b|"
            rf"\b(?:steht|ist)\s+für\s+sie\s+(?:\w+\s+){{0,2}}?{_YET_DE}\s+nichts\b|"
            # blind 34 (claims76): "Leider ist bis jetzt noch nichts eingetragen"
            rf"\bist\s+(?:leider\s+)?{_YET_DE}\s+(?:noch\s+)?(?:nichts|kein\w*)\s+(?:\w+\s+){{0,2}}?"
            r"(?:gebucht|eingetragen|eingebucht)\b|"
            r"\b(?:buchung|eintragung)\s+fehlt\s+(?:\w+\s+)?noch\b"
        ),
        unless=_UNLESS,
        clause=True,
    ),
    # the appointment said to stand once the caller has said yes, "vorher nicht" (blind 32,
    # claims68; convention 125: the outcome promised on the caller's yes is not made yet)
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"vorher"),
        lazy(
            r"^\W*(?:erst\s+)?(?:nachdem|sobald|wenn)\s+sie\s+(?:\w+\s+){0,3}?(?:bestätigt|zugestimmt|"
            r"zugesagt|ja\s+gesagt)\s+haben\b[^.!?]*?\b(?:steht|ist)\s+(?:der|ihr)\s+termin\b[^.!?]*?"
            r"\bvorher\s+(?:noch\s+)?nicht\b"
        ),
        unless=lazy(r"\b(?:falls|ob|sofern)\b"),
        replaces=frozenset({K.BOOKED, K.STANDS}),
    ),
    # the caller's yes said still missing as the reason for a hold (blind 30, claims68): "Weil Sie
    # noch nicht Ja gesagt haben, ist der Platz … nur reserviert", "Da ich noch Ihr Okay brauche,
    # halte ich Ihnen … frei" — the booking waits for it (125)
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"\b(?:weil|da)\b"),
        lazy(
            r"^\W*(?:weil|da)\s+(?:sie\s+(?:\w+\s+)?noch\s+(?:nicht|kein\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:ja\s+gesagt|zugestimmt|bestätigt|zugesagt)|ich\s+(?:\w+\s+)?noch\s+ihr\w*\s+(?:ja|okay|"
            r"ok|zustimmung|bestätigung|einverständnis)\s+(?:brauche|benötige))\b[^.!?]*,\s*[^.!?]*"
            r"\b(?:reserviert|vorgemerkt|geblockt|frei|fest)\b"
        ),
        unless=lazy(r"\b(?:falls|wenn|ob|sofern)\b"),
    ),
    # the booking said not gone in or made yet (probe 30c, claims78): "Your booking for Friday
    # hasn't gone in yet", "… has not been made yet" (not the possessed visit taken as booked)
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"\byet\b"),
        lazy(
            r"\b(?:booking|appointment|reservation)\b[^.;!?]*?\b(?:has|have)(?:n't|\s+not)\s+"
            r"(?:yet\s+)?(?:gone\s+(?:in|through)|been\s+(?:made|entered|put\s+in|set\s+up))\s+yet\b"
        ),
        unless=_UNLESS,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"offen|open"),
        lazy(
            r"\b(?:offen|open),?\s+(?:aber\s+|but\s+)?(?:nicht|not)\s+(?:yet\s+)?(?:fest\s+)?"
            r"(?:gebucht|booked)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"\bno\b|nothing|n't|\bnot\b"),
        lazy(
            r"\bthere(?:'s|\s+is)\s+no\s+(?:confirmed\s+|firm\s+)?(?:booking|appointment)\s+"
            r"(?:\w+\s+){0,3}?(?:yet|so\s+far)\b|"
            r"\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+){0,2}?in\s+the\s+(?:diary|book|"
            r"calendar|system)\b[^.!?]*\b(?:yet|so\s+far)\b|"
            # blind 34 (claims76): "Sadly nothing's been put in yet"
            r"\bnothing(?:'s|\s+has)\s+been\s+(?:put\s+in|put\s+down|booked|entered|confirmed)\b"
            r"[^.!?]*\b(?:yet|so\s+far)\b|"
            # claims88: "nothing has gone into the calendar yet", "nothing's gone in so far"
            r"\bnothing(?:'s|\s+has)\s+(?:gone|got)\s+(?:in|into|through)\b[^.!?]*\b(?:yet|so\s+far)\b|"
            r"\bi\s+(?:haven't|have\s+not)\s+(?:yet\s+)?(?:put|booked|entered|written)\s+you\b"
            r"[^.!?]*\byet\b|\bnot\s+booked\s+yet\b"
        ),
        unless=_UNLESS,
        clause=True,
    ),
)
# blind 33 (claims73): "not yet booked" as the attribute of the caller's wished slot ("Ihr noch
# nicht gebuchter Wunschtermin ist Freitag um zehn", "Ihr ungebuchter Termin wäre …", "Your
# not-yet-booked preferred slot is …"): NOT_BOOKED with what the sentence names (5, 14), not
# the booking the participle reads as
_ATTRIBUTE_UNLESS = lazy(r"\b(?:falls|wenn|ob|sofern|if|whether|unless)\b|\?")
RULES += (
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nicht|ungebucht"),
        lazy(
            rf"\b(?:{_YET_DE}\s+)?nicht\s+(?:fest\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt)"
            r"e[rnms]?\s+(?:\w+\s+)?(?:wunsch)?(?:termin|platz|zeit)\w*\b|"
            r"\bungebuchte[rnms]?\s+(?:\w+\s+)?(?:wunsch)?(?:termin|platz)\w*\b"
        ),
        unless=_ATTRIBUTE_UNLESS,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"booked"),
        lazy(
            r"\b(?:not[- ]yet[- ]|still[- ]un|as[- ]yet[- ]un|un)booked\s+(?:\w+\s+)?"
            r"(?:slot|time|appointment|booking)\b"
        ),
        unless=_ATTRIBUTE_UNLESS,
        replaces=frozenset({K.BOOKED}),
    ),
)
_REPORTED = lazy(r"\b(?:sie\s+sagten|sagten\s+sie|you\s+said|laut\s+ihnen|according\s+to\s+you)\b")
# convention 731 (claims105): the booking said unconfirmed or still open, in words the rules above
# leave: "Der Termin ist noch unbestätigt", "The appointment is still unconfirmed", "Die Buchung
# ist im Moment noch offen", "Endgültig steht der Termin noch nicht fest" (unconfirmed.py marks
# them: true where the outcome is open)
RULES += (
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"unbestätigt|unconfirmed"),
        lazy(
            r"\b(?:termin|buchung|appointment|booking|er|es|it)\b[^.;!?]*?\b(?:ist|is|bleibt|"
            r"remains|'s)\s+(?:[\w']+\s+){0,2}?un(?:bestätigt|confirmed)\b|"
            r"\bit's\s+(?:[\w']+\s+){0,2}?unconfirmed\b"
        ),
        unless=_UNLESS,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"offen|open"),
        lazy(
            # the booking's status too (blind 58: "Der Status ist noch offen")
            r"\b(?:termin|buchung|appointment|booking|status)\s+(?:ist|is|bleibt|remains)\s+"
            r"(?:[\w']+\s+){0,3}?(?:noch|still)\s+(?:offen|open)\b"
        ),
        unless=_UNLESS,
    ),
    # blind 58: the confirmation said not come yet ("Eine Bestätigung kam noch nicht", "No
    # confirmation has come through")
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"bestätigung|confirmation"),
        lazy(
            r"\b(?:eine|die)\s+bestätigung\s+(?:kam|ist)\s+(?:\w+\s+)?noch\s+nicht\b(?:\s+gekommen)?|"
            r"\bnoch\s+keine\s+bestätigung\s+(?:gekommen|eingegangen|da)\b|"
            r"\bno\s+confirmation\s+(?:has\s+)?(?:yet\s+)?(?:come|came)\s+(?:through|in)\b|"
            r"\b(?:the|a)\s+confirmation\s+(?:hasn't|has\s+not)\s+(?:yet\s+)?come\s+(?:through|in)\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"confirmed"),
        lazy(
            r"\b(?:booking|appointment|reservation|it)\s+(?:hasn't|has\s+not|isn't|is\s+not)\s+"
            r"(?:been\s+)?confirmed\s+(?:at\s+this\s+(?:stage|point)|so\s+far|as\s+yet|for\s+now|"
            r"at\s+the\s+moment|right\s+now)\b"
        ),
        unless=_UNLESS,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"fest"),
        lazy(
            r"\bsteht\s+(?:der\s+termin|die\s+buchung|ihr\s+termin|er|es)\s+(?:\w+\s+){0,2}?"
            r"nicht\s+fest\b"
        ),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}


def not_booked_words(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_BOOKED claims `sentence` makes in the words above."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    if claims and _REPORTED.search(sentence.lower()):
        return ()  # "Sie sagten, der Termin sei noch nicht gebucht": the caller's words
    return tuple(claims)


def without_booked_in(claims: tuple[Claim, ...], mine: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking read inside a clause these rules read as not booked yet."""
    if not mine:
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind is K.BOOKED and any(m.start <= c.start and c.end <= m.end + 1 for m in mine))
    )
