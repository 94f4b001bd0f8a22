"""The caller's booking denied in the present, in words the clause readers leave (blind 25, claims43).

Conventions 5 and 33: "Sie stehen nicht im Kalender", "Sie sind also nicht eingetragen", "Ihr
Termin ist nicht drin", "bei Ihnen steht im Kalender nichts", "Kein Termin, keine Buchung", "Von
gebucht kann keine Rede sein", "you're not booked", "nothing's in the calendar for you", "there's
nothing under your name", also after the failure that explains them ("Es gab einen Fehler, …",
"The booking timed out, so nothing's in"): a NOT_BOOKED claim, false after a booking. A booking
word denied beside "nur / bloß / only" a hold ("Nicht gebucht, nur reserviert", "Gebucht? Nein,
nur vorgemerkt", "Booked it isn't — only held", "Only held, not booked") says the same: NOT_BOOKED, and the booking the
echoed word was read as is dropped.

Not: a question, a condition, an event report ("es ist nichts gebucht worden", "nothing was
booked": convention 33), the speaker's own act denied ("Ich habe Sie nicht eingetragen"),
others' appointments ("bei Lena ist nichts eingetragen" names a stylist, not the caller), nothing
left un-booked ("Ungebucht ist bei Ihnen nichts mehr": `negation_undone`).

Both the booking and the hold denied in one correlative ("weder eingetragen noch vorgemerkt",
"neither confirmed nor on hold", "It's neither booked nor
held", blind 36, claims82; not an event report, "Es wurde weder … eingetragen noch …",
"Nothing's been booked or held", convention 33): NOT_BOOKED (convention 5), and the booking or hold the
negated words were read as is dropped. A hold said first and the booking denied after a
concessive "aber / though / but" ("zwar vorgemerkt, aber noch nicht fest", "reserved, though not
yet booked"; convention 460: the hold stays, NOT_BOOKED beside it) says the same.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_IN = r"(?:im\s+(?:kalender|system|buch|terminbuch|tagesplan)|in\s+\w+s\s+tagesplan|eingetragen|eingebucht|drin|gebucht)"
_DENIED_DE = lazy(
    r"\b(?:sie|ihr\s+termin|der\s+termin)\s+(?:sind|ist|stehen|steht)\s+(?:\w+\s+){0,2}?"
    r"nicht\s+(?:mehr\s+)?" + _IN + r"|"
    r"\b(?:bei|für)\s+ihnen\s+(?:ist|steht)\s+(?:(?:im\s+kalender|also|leider|deshalb)\s+)*"
    r"nichts\b(?!\s+mehr\s+(?:frei|offen))|"
    r"\b(?:steht|ist)\s+(?:bei|für)\s+ihnen\s+(?:im\s+kalender\s+)?nichts\b|"
    r"^\W*kein\s+termin,\s+keine\s+buchung\b|"
    r"\bvon\s+(?:gebucht|eingetragen|bestätigt|fest)\s+kann\s+(?:keine|nicht\s+die)\s+rede\b|"
    # no appointment at all (claims145, blind 53: "Storniert ist auch nichts – es gibt ja gar
    # keinen Termin"; not "keinen Termin mehr", the visit gone, nor a day's free slots)
    r"\bes\s+gibt\s+(?:ja\s+|doch\s+|leider\s+)*(?:gar|überhaupt)\s+keinen\s+termin\b(?!\s+mehr)|"
    # what exists under the caller's name (the lead's D31, convention 1098: 48's present denial,
    # "There's no appointment under your name"; 570's "Ich sehe / finde keinen Termin" is the
    # speaker's search, not this): "Es gibt keinen Termin unter Ihrem Namen", the small model's
    # "keine Termin" too, "Unter Ihrem Namen gibt es keine Buchung"
    r"\bes\s+gibt\s+(?:\w+\s+){0,2}?keine[n]?\s+(?:termin|buchung)\b(?!\s+mehr)(?=[^.;!?]*?"
    r"\b(?:unter|auf)\s+ihre[mn]\s+namen\b)|"
    r"\b(?:unter|auf)\s+ihre[mn]\s+namen\s+(?:gibt\s+es|ist|steht)\s+(?:\w+\s+){0,2}?keine[n]?\s+"
    r"(?:termin|buchung)\b(?!\s+mehr)"
)
_DENIED_EN = lazy(
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+){0,2}?not\s+(?:booked|in\s+the\s+(?:calendar|book|system|"
    r"diary))\b|"
    r"\bnothing(?:'s|\s+is)\s+(?:booked|in\s+the\s+(?:calendar|book|system|diary))\s+"
    r"(?:for\s+you|under\s+your\s+name)\b|"
    r"\bnothing(?:'s|\s+is)\s+in\s+the\s+(?:calendar|book|system|diary)\s+for\s+you\b|"
    r"\bthere(?:'s|\s+is)\s+nothing\s+under\s+your\s+name\b"
)
# a failure told first: "…, so nothing's in", "Due to an error, nothing is booked"
_FAILED = lazy(
    r"\b(?:fehler\w*|systemfehler|abgebrochen|timeout\w*|error\w*|errored|timed\s+out|crashed|"
    r"failed|went\s+wrong)\b"
)
_AFTER_FAILURE = lazy(
    r"[,;:–—]\s*(?:so\s+|and\s+)?nothing(?:'s|\s+is)\s+(?:in|booked)\b|"
    r"\bnothing\s+is\s+booked\s+for\s+you\b|\bist\s+bei\s+ihnen\s+nichts\s+eingetragen\b"
)
# a booking word denied beside "only" a hold
_ONLY_HELD = lazy(
    r"\b(?:nicht|nein|kein|isn't|not|no)\b.*(?<!nicht\s)(?<!mehr\s)(?<!not\s)(?<!n't\s)(?<!longer\s)\b"
    r"(?:nur|bloß|lediglich|only|just)\s+(?:\w+\s+){0,2}?"
    r"(?:reserviert|vorgemerkt|geblockt|blockiert|festgehalten|held|on\s+hold|reserved|"
    r"pencil+ed\s+in)\b"
)
# the hold first, the booking denied after it: "Only held, not booked", "Nur reserviert, noch
# nicht fest" (negation scope, blind 30)
_HELD_FIRST = lazy(
    r"\b(?:nur|bloß|lediglich|only|just)\s+(?:\w+\s+){0,2}?(?:reserviert|vorgemerkt|geblockt|"
    r"blockiert|festgehalten|held|on\s+hold|reserved|pencil+ed\s+in)\s*[,;:–—-]*\s*"
    r"(?:(?:and|und|but|aber)\s+)?(?:noch\s+)?(?:nicht|not)\s+(?:yet\s+)?"
    r"(?:gebucht|eingetragen|fest|bestätigt|booked|confirmed|firm)\b"
)
# both denied in one correlative (blind 36): the booking and the hold, in either order
_BOOK_DE = (
    r"(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt|fest|verbindlich)"
)
_HOLD_DE = r"(?:reserviert|vorgemerkt|freigehalten|geblockt|blockiert|festgehalten)"
_BOOK_EN = r"(?:booked|confirmed|entered|firm|final|in\s+the\s+(?:book|calendar|diary|system))"
_HOLD_EN = r"(?:held|reserved|on\s+hold|put\s+on\s+hold|pencil+ed\s+in)"
_NEITHER = lazy(
    rf"\bweder\s+(?:\w+\s+){{0,3}}?(?:{_BOOK_DE}\s+noch\s+(?:\w+\s+){{0,3}}?(?:{_HOLD_DE}|{_BOOK_DE})|"
    rf"{_HOLD_DE}\s+noch\s+(?:\w+\s+){{0,3}}?{_BOOK_DE})\b|"
    rf"\bneither\s+(?:\w+\s+){{0,2}}?(?:{_BOOK_EN}\s+nor\s+(?:\w+\s+){{0,2}}?(?:{_HOLD_EN}|{_BOOK_EN})|"
    rf"{_HOLD_EN}\s+nor\s+(?:\w+\s+){{0,2}}?{_BOOK_EN})\b|"
    rf"\bnothing(?:'s|\s+has|\s+is)\s+(?:been\s+)?{_BOOK_EN}\s+or\s+{_HOLD_EN}\b"
)
# the hold said, then the booking denied after a concessive: "zwar vorgemerkt, aber noch nicht
# fest", "reserved, though not yet booked" (blind 36)
_HELD_THEN_DENIED = lazy(
    # (blind 41, claims101: the held place between, "held for Friday at ten but not booked yet",
    # "Reserviert ist Freitag um zehn, aber noch nicht gebucht")
    rf"\b(?:{_HOLD_DE}|{_HOLD_EN})(?:\s+(?:ist\s+|is\s+)?(?:für|am|um|bei|for|on|at|with|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b(?:\s+[\w:'.]+){0,7}?)?"
    r"\s*,?\s*(?:aber|jedoch|though|but|however)\s+"
    r"(?:(?:noch|eben|halt|it's|it\s+is|it\s+isn't|ist\s+er|ist\s+es)\s+)?(?:noch\s+)?"
    r"(?:nicht|not)\s+(?:yet\s+)?(?:fest\s+|verbindlich\s+|actually\s+)?"
    r"(?:gebucht|eingetragen|fest|booked|firm)\b|"
    r"\b(?:isn't|is\s+not)\s+(?:actually\s+)?booked\s+yet\b(?=.*\bon\s+hold\b)"
)
# (claims106) "Gebucht ist weder Freitag noch Samstag" (two places listed, each denied) is no
# longer read: convention 5 leaves "weder … noch …" of two days neutral, as the gated blinds 6 and
# 7 label it ("Weder Freitag noch Samstag ist bisher fest"); convention 750 relabels blind 36's.
# an event report is no present denial (convention 33): "Es wurde weder … eingetragen noch …"
_EVENT = {
    "de": lazy(r"\b(?:worden|wurde|wurden)\b"),
    "en": lazy(r"\b(?:been|was|were)\b"),
}
_BOOK_WORD = lazy(r"\b(?:gebucht|eingetragen|fest|fix|bestätigt|booked|confirmed|firm)\b")
# a denial denied: "nicht nicht gebucht", "not not booked" (read as the booking it is)
_TWICE = lazy(r"\b(?:nicht|keineswegs|not|isn't)\s+(?:nicht|not)\b")
_NOT_STATED = lazy(
    r"^\W*un(?:gebucht|bestätigt|eingetragen)\b|\?\s*$|\b(?:wenn|falls|sobald|if|once|unless|worden|was\s+booked|got\s+booked|been\s+booked|"
    r"habe\s+sie|hab\s+sie|haven't|i\s+didn't|lena|mehmet|fabian)\b"
)

# blind 42 (claims102): the denial's other shapes. Negative raising: "Ich glaube nicht, dass Ihr
# Termin schon gebucht ist", "I don't think you're booked in yet" (the caller hears it is not
# booked; blind 42's answer, accepted by the lead). The caller as the object of a fronted place:
# "Für Freitag um zehn sind Sie nicht eingetragen", "Freitag um zehn ist für Sie nicht gebucht",
# "You're not down for Friday at ten". "kein" and "nirgends" in other places: "Einen gebuchten
# Termin haben Sie keinen", "Gebucht ist bei Ihnen kein einziger Termin", "Keine Buchung bisher",
# "eine Buchung gibt es für Sie keine", "Sie sind nirgends eingetragen", "There isn't a single
# appointment booked under your name". Convention 33's present denials, all of them.
_BW_DE = r"(?:gebucht|eingetragen|eingebucht|bestätigt|fest|feststeht|verbindlich|drin)"
_BW_EN = r"(?:booked(?:\s+in)?|confirmed|entered|down|in\s+the\s+(?:calendar|system|book|diary))"
_RAISED = lazy(
    r"\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|meine|vermute|nehme)\s+(?:\w+\s+)?nicht,?\s+"
    r"(?:an\s+)?dass\s+(?P<de>[^.!?;:–—]*?)\b" + _BW_DE + r"\b|"
    r"\bi\s+(?:don't|do\s+not)\s+(?:think|believe|reckon|suppose|imagine)\s+(?:that\s+)?"
    r"(?P<en>[^.!?;:–—]*?)\b" + _BW_EN + r"\b"
)
_OTHER_FORMS_DE = lazy(
    r"\b(?:sind|stehen)\s+sie\s+(?:\w+\s+){0,2}?(?:nicht|nirgends|nirgendwo)\s+(?:fest\s+)?"
    r"(?:eingetragen|eingebucht|gebucht|drin|im\s+kalender)\b|"
    r"\bsie\s+(?:sind|stehen)\s+(?:\w+\s+){0,2}?(?:nirgends|nirgendwo)\s+"
    r"(?:eingetragen|eingebucht|gebucht|drin|im\s+kalender)\b|"
    r"\b(?:ist|sind)\s+(?:\w+\s+){0,2}?für\s+sie\s+(?:\w+\s+)?(?:noch\s+)?nicht\s+(?:fest\s+)?"
    r"(?:gebucht|eingetragen|eingebucht|bestätigt|fest)\b|"
    r"\b(?:der|ihr)\s+\w*termin\s+(?:\w+\s+){0,2}?ist\s+(?:\w+\s+)?nicht\s+(?:fest\s+)?"
    r"(?:gebucht|eingetragen|bestätigt)\b|"
    r"\b(?:einen|eine)\s+(?:gebuchte[n]?|feste[n]?|bestätigte[n]?|verbindliche[n]?|eingetragene[n]?)"
    r"\s+(?:termin|buchung)\s+(?:haben|hätten)\s+sie\s+(?:\w+\s+){0,4}?(?:keine[n]?|nicht)\s*"
    r"(?:[,.;:–—!]|$)|"
    r"^\W*(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|eingebucht)\s+ist\s+(?:\w+\s+){0,4}?"
    r"(?:kein\s+einziger|keiner|kein)\b(?!\s+\w+\s+mehr)|"
    r"^\W*(?:(?:nein|also),?\s+)?(?:noch\s+)?keine\s+(?:feste\s+)?buchung(?:\s+(?:bisher|bislang|"
    r"bis\s+jetzt|vorhanden))?\s*(?:[,.;:–—!]|$)|"
    r"\bbuchung\s+gibt\s+es\s+(?:\w+\s+){0,4}?keine\b|"
    r"\bbuchung\s+liegt\s+(?:\w+\s+){0,3}?nicht\s+vor\b|"
    r"\bist\s+(?:\w+\s+){0,3}?kein\s+termin\s+(?:\w+\s+)?(?:gebucht|eingetragen)\b|"
    r"\bist\s+nichts\s+für\s+sie\s+(?:gebucht|eingetragen|eingebucht)\b|"
    r"\bsteht\s+(?:\w+\s+){0,3}?nichts\s+(?:festes\s+|verbindliches\s+)?für\s+sie\s+"
    r"(?:drin|im\s+kalender)\b"
)
_OTHER_FORMS_EN = lazy(
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+)?not\s+(?:down|confirmed|entered)\s+for\b|"
    r"\byou\s+aren't\s+(?:\w+\s+)?(?:booked|down|confirmed|entered)\b|"
    r"\bthere\s+(?:isn't|is\s+not|aren't|are\s+not)\s+(?:a\s+single\s+|any\s+)?"
    r"(?:appointment|booking)s?\s+(?:booked\s+)?(?:for\s+you|under\s+your\s+name)\b"
)
# the raised denial's complement denied again is a double negation (convention 130), and a
# question, condition or another person's appointment no denial
_RAISED_NOT = lazy(
    r"\b(?:nicht|kein\w*|not|n't|never|nie|nothing|nichts)\b|n't\b|\b(?:ob|if|whether|lena|mehmet|"
    r"been|was|were|worden|wurde|wurden|"
    r"fabian|sohn\w*|tochter|mann|frau|son|daughter|husband|wife|friend)\b"
)
_FORMS_NOT = lazy(
    r"\?\s*$|\b(?:wenn|falls|sobald|ob|if|once|unless|whether|worden|wurde|was|were|been|true|"
    r"as\s+though|as\s+if|not\s+that|"
    r"stimmt|say|sagen|"
    r"lena|mehmet|fabian|sohn\w*|tochter|son|daughter|husband|wife|friend)\b"
)

# the speaker's own act denied in the perfect (convention 40): "Ich habe Sie nicht eingetragen,
# dafür fehlte Ihr Ja", "Einen Termin habe ich Ihnen nicht eingetragen", "Ich habe für Sie keinen
# Termin gebucht", "Gebucht habe ich den Termin nicht", "No, I haven't put you in", "I didn't put
# you in yet"; not a practice ("ohne Ihr Okay", "without asking"), a hold, the simple past
# without "yet" (an event told), nor another day than the one the caller asked about (33)
_OWN_ACT = lazy(
    r"\b(?:ich|wir)\s+(?:habe|haben)\s+(?:\w+\s+){0,3}?(?:nicht|keinen\s+termin)\s+(?:\w+\s+)?"
    r"(?:gebucht|eingetragen|eingebucht)\b|"
    r"^\W*(?:(?:nein|also),?\s+)?(?:einen|den|ihren)\s+(?:\w+\s+)?termin\s+(?:habe|haben)\s+(?:ich|wir)\s+"
    r"(?:\w+\s+){0,2}?nicht\s+(?:\w+\s+)?(?:gebucht|eingetragen|eingebucht)\b|"
    r"^\W*(?:(?:nein|also),?\s+)?(?:fest\s+)?(?:gebucht|eingetragen|eingebucht)\s+(?:habe|haben)\s+"
    r"(?:ich|wir)\s+(?:sie|ihn|den\s+termin|ihren\s+termin|es)\s+(?:\w+\s+)?nicht\b|"
    r"\b(?:i|we)\s+(?:haven't|have\s+not)\s+(?:\w+\s+)?(?:booked|entered|put)\s+(?:you|it|"
    r"your\s+appointment|the\s+appointment)(?:\s+(?:in|down))?\s*(?:[,.;:–—!]|$)|"
    r"\b(?:i|we)\s+(?:didn't|did\s+not)\s+(?:book|enter|put)\s+(?:you|it)\b[^.!?]*\byet\b"
)
_OWN_ACT_NOT = lazy(
    r"\?\s*$|\b(?:wenn|falls|sobald|ob|if|once|unless|whether|ohne|without|nie|never|mehr|true|"
    r"weil|because|since|"
    r"stimmt|say|sagen|"
    r"reserviert|vorgemerkt|held|reserved|lena|mehmet|fabian|sohn\w*|tochter|son|daughter|"
    r"husband|wife|friend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday)\b"
)

# a hold said and the booking denied beside it without "nur" or a concessive (blind 42, claims102;
# conventions 8, 460, 641: held + not booked): "Freitag zehn Uhr: gehalten, aber noch nicht
# bestätigt", "Freitag um zehn: reserviert, nicht bestätigt", "Vorgemerkt ist Freitag um zehn,
# fest eingetragen noch nicht", "on hold for you, not confirmed yet", "Reserved, yes; confirmed,
# no", "Held, yes; booked, not yet"; "erst" before the hold ("ist erst reserviert", "halte ich
# Ihnen … erst frei"): the hold is all there is so far
_HOLD_ANY = (
    r"(?:reserviert|vorgemerkt|freigehalten|geblockt|blockiert|festgehalten|gehalten|held|reserved|"
    r"on\s+hold|pencil+ed\s+in|blocked)"
)
_BOOK_ANY = (
    r"(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt|fest|booked|"
    r"confirmed|entered|firm)"
)
_HELD_BESIDE = lazy(
    rf"\b{_HOLD_ANY}(?:\s+(?:für\s+sie|for\s+you|for\s+now|vorerst))?(?:,?\s+(?:ja|yes))?"
    r"(?:\s*[,;:–—]\s*[^,;:.!?–—]{1,30}?)?\s*[,;:–—]\s*"
    r"(?:(?:aber|but|though|jedoch)\s+)?(?:(?:it's|it\s+is|ist\s+er|ist\s+es)\s+)?(?:noch\s+)?"
    rf"(?:nicht|not)\s+(?:yet\s+)?{_BOOK_ANY}\b|"
    rf"\b{_HOLD_ANY}\b[^.!?]*?[,;:–—]\s*(?:(?:aber|but)\s+)?{_BOOK_ANY}"
    r"(?:\s+(?:ist\s+er|ist\s+es|ist|it\s+isn't))?,?\s+(?:aber\s+)?(?:noch\s+nichts?|not\s+yet|no)\b|"
    r"\berst\s+(?:(?:für\s+sie|ihnen)\s+)?(?:reserviert|vorgemerkt|geblockt|freigehalten)\b|"
    r"\bhalte\s+(?:\w+\s+){0,5}?erst\s+frei\b|"
    # the hold all there is so far (convention 730): "Bisher nur reserviert", "bislang ist er aber
    # nur vorgemerkt", "so far it's only on hold", "only held so far"; not "for now" / "vorerst"
    r"\b(?:bisher|bislang|bis\s+jetzt|so\s+far|up\s+to\s+now|thus\s+far)\b,?\s+(?:[\w']+\s+){0,5}?"
    rf"(?:nur|bloß|lediglich|only|just)\s+(?:(?:für\s+sie|for\s+you|on|ein)\s+)?{_HOLD_ANY}\b|"
    rf"\b(?:only|just|nur|bloß)\s+{_HOLD_ANY}\s+(?:(?:for\s+you|für\s+sie)\s+)?"
    r"(?:so\s+far|up\s+to\s+now|thus\s+far|bisher|bislang)\b"
)
_HELD_BESIDE_NOT = lazy(r"\?\s*$|\b(?:wenn|falls|sobald|ob|if|once|unless|whether)\b")


def _held_beside(text: str, names: Names, sentence: str, claims: tuple[Claim, ...]):
    """`claims` with the booking denied beside a hold (above), or None when it is not said.

    Whether or not the hold names its place (convention 730: "Status: reserviert, nicht
    gebucht", "Erst reserviert.", "Der Termin ist reserviert, aber noch nicht bestätigt" are the
    hold and the booking still to come, as the named forms are)."""
    found = _HELD_BESIDE.search(text)
    if not found or _HELD_BESIDE_NOT.search(text):
        return None
    denied = _denied(text, sentence, names)
    # the hold carries the place the sentence names ("Reserved, yes; … – Friday at ten"); a
    # booking read from the words of the hold or its denial goes, one said beside them stays
    # ("Die Strähnchen sind gebucht, die Dauerwelle ist erst reserviert")
    kept = tuple(
        c
        for c in claims
        if not (c.kind is ClaimKind.BOOKED and c.start < found.end() and found.start() < c.end)
        and not _bare_hold(c)
    )
    if not any(c.kind is ClaimKind.HELD for c in kept):
        kept += (Claim(ClaimKind.HELD, 0, len(sentence), denied.details),)
    return (*kept, denied)


def _bare_hold(claim: Claim) -> bool:
    """Whether `claim` is a hold that names no place."""
    return claim.kind is ClaimKind.HELD and all(d.empty for _, d in claim.details.parts)


def _raised_or_other(text: str, lang: str) -> bool:
    """Whether `text` denies the caller's booking by negative raising or another shape above."""
    raised = _RAISED.search(text)
    if raised and not _RAISED_NOT.search(raised["de"] or raised["en"] or ""):
        return "?" not in text[raised.end() :]
    if _OWN_ACT.search(text) and not _OWN_ACT_NOT.search(text):
        return True
    forms = _OTHER_FORMS_DE if lang == "de" else _OTHER_FORMS_EN
    return bool(forms.search(text)) and not _FORMS_NOT.search(text)


# another outcome denied first: "Storniert ist bei Ihnen nichts" denies a cancellation, not the
# booking (blind 42, claims102)
_CLAUSE_END = lazy(r"[–—;:.!]\s")
_OTHER_OUTCOME_FIRST = lazy(
    r"^\W*(?:(?:nein|also),?\s+)?(?:storniert|abgesagt|gestrichen|gecancelt|verschoben|verlegt|"
    r"geändert|umgebucht)\s+(?:ist|wurde)\b"
)


def denied_booked(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the caller's booking said not made in the present (above)."""
    text = fold(sentence).text
    whole = Claim(ClaimKind.NOT_BOOKED, 0, len(sentence))
    beside = _held_beside(text, names, sentence, claims)  # blind 42 (claims102)
    if beside is not None and not _TWICE.search(text):
        return beside
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims) or _TWICE.search(text):
        return claims
    if _NEITHER.search(text) and not _NOT_STATED.search(text):
        # the negated words are no booking nor hold; an event report denies nothing now (33)
        kept = tuple(c for c in claims if c.kind not in (ClaimKind.BOOKED, ClaimKind.HELD))
        if _EVENT["en" if lang == "en" else "de"].search(text):
            return kept
        return (*kept, _denied(text, sentence, names))
    only_held = (
        _ONLY_HELD.search(text) or _HELD_FIRST.search(text) or _HELD_THEN_DENIED.search(text)
    )
    if only_held and _BOOK_WORD.search(text) and "wenn" not in text:
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, whole)
    if _raised_or_other(text, lang):  # blind 42 (claims102)
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, _denied(text, sentence, names))
    denied = _DENIED_DE if lang == "de" else _DENIED_EN
    said = denied.search(text)
    found = said or (_FAILED.search(text) and _AFTER_FAILURE.search(text))
    if not found or _NOT_STATED.search(text):
        return claims
    if _OTHER_OUTCOME_FIRST.search(text) and not (
        said and _CLAUSE_END.search(text[: said.start()])
    ):
        return claims  # (the denial in a clause of its own after a dash or stop stays: claims145)
    return (*claims, _denied(text, sentence, names))


def _denied(text: str, sentence: str, names: Names) -> Claim:
    """The NOT_BOOKED claim over `sentence`, with the details its folded `text` names."""
    d = read_details(text, names)
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details)
