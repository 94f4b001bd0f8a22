"""The caller's appointment said not to be booked yet: "Der Termin ist noch nicht gebucht", "fest
gebucht ist er aber noch nicht", "gebucht ist er, sobald Sie Ja sagen", "Sobald Sie Ja sagen,
ist der Termin gebucht", "Gebucht ist noch nichts", "Ich habe Sie noch nicht eingetragen",
"It isn't booked yet", "it's booked once you say yes", "Nothing's confirmed yet" (or "for now":
"So nothing's booked for now", blind 39, claims99).

That is a claim about the calendar (`ClaimKind.NOT_BOOKED`, the lead's convention of
2026-12-02): false when the call has a booked appointment that fits what the sentence names,
true otherwise (nothing, a hold, a failure, a request awaiting the salon, a cancellation). Not:
questions, conditions and suppositions ("Falls der Termin noch nicht gebucht ist, …", "Sobald der
Termin gebucht ist, bekommen Sie eine SMS": the booking word is in the condition), what the
speaker cannot confirm yet ("Ich kann Ihnen noch nicht bestätigen, dass …": what the speaker
knows), the speaker's own acts to come ("Sobald Sie Ja sagen, buche ich"), rules for every
booking ("Termine werden bei uns erst nach Ihrer Zusage verbindlich"; the caller's yes said
binding, "Wenn Sie Ja sagen, ist das verbindlich"), another person's
appointment ("Der Termin Ihres Sohnes ist noch nicht gebucht"), a slot with no appointment as its
subject ("Um elf ist noch nicht gebucht": a free slot), and a failure ("konnte nicht gebucht
werden", "ist nicht gebucht worden": no "yet"; labelled neutral in every state, so a failure
report after a real booking is left to the other readers).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE, DOT_INSIDE

# cheap tests first: every pattern below needs one word of each
_MAYBE = lazy(
    r"\b(?:noch|bisher|bis\s+jetzt|yet|so\s+far|for\s+now|sobald|erst|until|till|once|as\s+soon|wenn|"
    r"currently|at\s+present)\b"
)
_BOOK_WORD = lazy(
    r"gebucht|eingetragen|angelegt|erstellt|hinterlegt|bestätigt|fest|fix|verbindlich|buchung|"
    r"keine?n?\s+termin|kalender|"
    r"\bso\b|booked|confirmed|firm|final|fixed|entered|created|booking|locked|yours|"
    r"binding|registered|\bin\s+(?:yet|the\s+(?:system|calendar|diary))"
)

# the record's words too (blind 58: "Der Termin ist noch nicht angelegt")
_BW_DE = (
    r"(?:fest\s+|verbindlich\s+|wirklich\s+|richtig\s+)?(?:gebucht|eingetragen|angelegt|erstellt|"
    r"hinterlegt|bestätigt|fest|fix|verbindlich)"
)
_SUBJ_DE = r"(?:\w*termin|buchung|er|es|das|sie|platz)"
_DE = lazy(
    # the appointment is not booked yet
    rf"\b{_SUBJ_DE}\s+(?:\w+\s+){{0,2}}?(?:ist|sind|steht|wurde)\s+(?:\w+\s+){{0,2}}?(?:noch|bisher)\s+nicht\s+"
    rf"(?:\w+\s+){{0,2}}?{_BW_DE}\b|"
    r"\b(?:das|so)\s+ist\s+(?:er|es|sie)\s+(?:\w+\s+)?noch\s+nicht\b|"
    r"\bist\s+das\s+(?:\w+\s+)?noch\s+nicht\s+so\b|"
    # booked is it not yet / booked is nothing yet
    rf"\b{_BW_DE}\s+(?:ist|sind|wurde)\s+(?:(?:er|es|sie|das|da|der\s+termin|ihr\s+termin|die\s+buchung)\s+)?"
    r"(?:\w+\s+){0,2}?noch\s+nichts?\b|"
    # the same with the appointment's details between (claims126): "Gebucht ist Ihr Termin am
    # Freitag, dem 28. November, um 10 Uhr noch nicht", "Eingetragen habe ich Sie am Freitag, den
    # 28., noch nicht"
    rf"\b{_BW_DE}\s+(?:ist\s+(?:der|ihr)\s+termin|(?:habe|haben)\s+(?:ich|wir)\s+sie)\s+"
    # (claims145, blind 49: a time in figures among them, "um 10:00 Uhr")
    r"(?:(?!aber\b|sondern\b|und\b|doch\b)[\w.:]+,?\s+){0,10}?(?:leider\s+)?noch\s+nicht\b|"
    # nothing booked yet
    rf"\b(?:ist|wurde)\s+(?:\w+\s+){{0,2}}?nichts\s+(?:\w+\s+)?{_BW_DE}\b|"
    rf"\bnichts\s+ist\s+(?:noch|bisher)\s+(?:\w+\s+)?{_BW_DE}\b|"
    r"\bsteht\s+(?:\w+\s+){0,3}?nichts\s+im\s+kalender\b|"
    r"\bnoch\s+nichts\s+fest\w*\b|"
    # 902 with "davon" (claims126): "Nichts davon ist bis jetzt bestätigt", "Davon ist noch nichts fest"
    rf"\bnichts\s+davon\s+ist\s+(?:\w+\s+){{0,3}}?{_BW_DE}\b|"
    rf"\bdavon\s+ist\s+(?:noch|bisher)\s+nichts\s+{_BW_DE}\b|"
    # the same in a reason clause, verb last: "Da noch nichts gebucht ist, …" (claims68)
    rf"\b(?:weil|da|zumal|nachdem)\s+(?:\w+\s+){{0,2}}?(?:noch|bisher)\s+nichts\s+(?:\w+\s+)?{_BW_DE}\s+"
    r"(?:ist|wurde)\b|"
    r"\b(?:kalender|system)\s+steht\s+(?:\w+\s+)?noch\s+nichts\b|"
    # the speaker has not booked it yet
    r"\b(?:ich|wir)\s+(?:habe|haben)\s+(?:\w+\s+){0,3}?noch\s+(?:nicht|nichts)\s+(?:\w+\s+){0,2}?"
    r"(?:gebucht|eingetragen)\b|"
    r"\b(?:gebucht|eingetragen)\s+(?:habe|haben)\s+(?:ich|wir)\s+(?:\w+\s+)?(?:noch|bisher)\s+nichts?\b|"
    # no booking yet
    r"\bnoch\s+keine?n?\s+(?:feste\s+|verbindliche\s+)?(?:buchung|termin)\b|"
    r"\bbuchung\s+(?:liegt|gibt\s+es)\s+(?:\w+\s+)?noch\s+nicht\b|"
    r"\bbuchung\s+kann\s+(?:\w+\s+)?noch\s+keine\s+rede\b|"
    r"\b(?:termin|er|es)\s+(?:muss|müsste)\s+(?:\w+\s+){0,2}?noch\s+(?:gebucht|eingetragen)\s+werden\b|"
    # booked once the caller says yes (or the calendar answers)
    rf"\b{_BW_DE}\s+(?:ist|wird)\s+(?:er|es|sie|der\s+termin|das)\b[\s,]+(?:\w+\s+){{0,2}}?"
    r"(?:erst\s+|(?:aber|allerdings|jedoch|doch)\s+erst[\s,]+)?(?:sobald|wenn|nach|mit)\b|"
    r"\b(?:sobald|wenn|erst\s+wenn|erst\s+nach|erst\s+mit)\b[^.!?;:–—]*?,?\s*(?:ist|wird)\s+"
    r"(?:er|es|der\s+termin|ihr\s+termin|die\s+buchung|ihre\s+buchung|das)\s+(?:\w+\s+){0,2}?"
    r"(?:gebucht|fest|verbindlich|bestätigt)\b|"
    r"\b(?:der|ihr)\s+termin\s+wird\s+erst\s+(?:mit|nach|wenn)\b[^.!?]*\b(?:verbindlich|fest|gebucht)\b"
)
_BW_EN = (
    r"(?:booked(?:\s+in)?|confirmed|entered|firm|final|fixed|in|locked\s+in|"
    r"a\s+(?:firm\s+|confirmed\s+)?booking)"
)
_EN = lazy(
    # not booked yet
    r"\b(?:it|that|this|appointment|booking|slot|you)\s*(?:'s|'re|\s+is|\s+are|\s+has\s+been|"
    r"\s+have\s+been)?\s*(?:n't|\s+not)\s+(?:\w+\s+){0,2}?"
    rf"{_BW_EN}\b[^.!?]*?\b(?:yet|until|till)\b|"
    r"\b(?:it|that|this|appointment|booking|slot|you)\s+(?:isn't|aren't)\s+(?:\w+\s+){0,2}?"
    rf"{_BW_EN}\b[^.!?]*?\b(?:yet|until|till)\b|"
    rf"\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+)?{_BW_EN}\s+(?:\w+\s+){{0,2}}?(?:yet|until|so\s+far|for\s+now)\b|"
    r"\bnothing's\s+fixed\s+yet\b|"
    # the point to come said first, as the German "Bis dahin ist noch nichts fest gebucht"
    # (claims174): "Until then nothing is firmly booked"
    rf"^\W*(?:until|till)\s+then\s*,?\s*nothing(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+)?{_BW_EN}\b|"
    # 902 with "none of it" (claims126): "None of that has been confirmed yet"
    rf"\bnone\s+of\s+(?:it|that|this)\s+(?:is|'s|has\s+been)\s+(?:\w+\s+)?{_BW_EN}\s+"
    r"(?:\w+\s+)?(?:yet|so\s+far|for\s+now)\b|"
    r"\bi\s+(?:haven't|have\s+not)\s+(?:\w+\s+)?(?:booked|confirmed|entered)\b[^.!?]*?\byet\b|"
    # a detail set off by commas before the participle (claims126): "I haven't, for Friday the
    # 28th, booked it yet", "I haven't yet, for Saturday the 29th at eleven, put you in"
    r"\bi\s+(?:haven't|have\s+not)\s*,\s*(?:for|on|at)\s+[^,.!?;]{2,40},\s*(?:booked|confirmed|"
    r"entered|put)\b[^.!?]*?\byet\b|"
    r"\bi\s+(?:haven't|have\s+not)\s+yet\s*,\s*(?:for|on|at)\s+[^,.!?;]{2,40},\s*(?:booked|"
    r"confirmed|entered|put)\b|"
    r"\bthere(?:'s|\s+is)\s+no\s+booking\s+yet\b|"
    # blind 51 (claims128), formal: "No booking has been made as yet", "A booking has not yet been
    # made", "There is currently no appointment registered under your name"
    r"\bno\s+(?:booking|appointment|reservation)\s+has\s+(?:yet\s+)?been\s+(?:made|booked|entered|"
    r"registered|created|placed)\b[^.!?]*?\b(?:yet|so\s+far)\b|"
    r"\b(?:a|the|your)\s+(?:booking|appointment)\s+has\s+not\s+(?:yet\s+been|been\s+(?=[^.!?]*?"
    r"\byet\b))\s+(?:made|booked|entered|registered|created)\b|"
    r"\bthere(?:'s|\s+is)\s+(?:currently|at\s+present)\s+no\s+(?:booking|appointment)\s+"
    r"(?:registered|recorded|booked|entered)\s+(?:under\s+your\s+name|for\s+you)\b|"
    # blind 45 (claims111): "the Buchung isn't done yet"
    r"\b(?:the|your)\s+booking\s+(?:isn't|is\s+not|hasn't\s+been|has\s+not\s+been)\s+"
    r"(?:\w+\s+)?(?:done|complete|completed|finished|made|final)\b[^.!?]*?\byet\b|"
    # booked once the caller says yes
    r"\b(?:it|that|you|the\s+appointment)\s+(?:won't|will\s+not)\s+be\s+(?:\w+\s+)?"
    r"(?:booked|confirmed|firm|final|fixed)\s+(?:until|till|before)\s+you\b|"
    r"\b(?:it|that|you|the\s+appointment)(?:'s|'re|\s+is|\s+are|\s+will\s+be|'ll\s+be)\s+"
    r"(?:only\s+)?(?:booked|confirmed|firm|final|binding|yours)\s+(?:once|as\s+soon\s+as|when)\s+you\b|"
    r"\bbecomes\s+a\s+(?:firm\s+)?booking\s+(?:once|when|as\s+soon\s+as)\b|"
    r"\b(?:once|as\s+soon\s+as)\s+you\b[^.!?;]*?,\s*(?:it's|it\s+is|it\s+will\s+be|you're|you\s+are|"
    r"you'll\s+be|the\s+appointment\s+(?:is|will\s+be))\s+(?:\w+\s+)?(?:booked|confirmed|yours)\b"
)
# a question about the booking answered "not yet": "Ist der Termin schon gebucht? Nein, noch nicht."
_ANSWERED = lazy(
    r"\b(?:gebucht|bestätigt|eingetragen|fest|booked|confirmed)\b[^.!?]*?[:?]\s*"
    r"(?:(?:nein|no),?\s*)?(?:noch\s+nicht|not\s+yet)\b"
)
# what makes a piece no statement about the caller's appointment now
_NOT_STATED = lazy(
    r"\b(?:falls|ob|sofern|sonst|if|whether|unless|otherwise|would|würde|wäre|wären)\b"
)
# another person's appointment, or a slot with no appointment as its subject
_OTHER = lazy(
    r"\b(?:ihre?[mnrs]?|your)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|frau|freund\w*|kind\w*|"
    r"son|daughter|mum|mom|mother|father|dad|husband|wife|friend|partner\w*)\b|"
    r"\b(?:um|at)\s+(?:\d{1,2}|elf|zehn|neun|acht|zwölf|eleven|ten|nine|eight|twelve)\b"
    r"(?:\s+uhr)?\s+(?:ist|is)\s+(?:noch\s+nicht|noch\s+nichts|nothing|not)\b"
)
# the caller's yes said binding under "wenn" (blind 27, claims49): "Wenn Sie Ja sagen, ist das
# verbindlich – deshalb frage ich nach" says what a yes does, a rule, as "If you say yes, that's
# binding" does; not "…, ist der Termin verbindlich/gebucht" (the appointment, convention 5)
_YES_BINDING = lazy(
    r"\bwenn\s+sie\s+(?:\w+\s+)?(?:ja\s+sagen|zusagen|zustimmen|einverstanden\s+sind)\s*,\s*"
    r"(?:dann\s+)?ist\s+(?:das|es|ihr\s+ja|ihre\s+zusage)\s+(?:auch\s+|dann\s+)?verbindlich\b"
    r"(?!\s+(?:gebucht|eingetragen|bestätigt))"
)
# the booking itself as the condition (blind 33, claims73): "Wenn Sie buchen, ist der Termin fest"
# says what booking does, a rule, as "Falls Sie buchen, …" advice does; not the caller's yes to a
# pending slot ("Sobald Sie Ja sagen, ist der Termin gebucht", convention 5)
_BOOKING_AS_CONDITION = lazy(
    r"\b(?:wenn|sobald|falls)\s+sie\s+(?:(?:bei\s+uns|dann|einmal|erst)\s+)?(?:fest\s+)?"
    r"(?:buchen|einbuchen)\s*,"
)
# pieces: cut at sentence ends, semicolons, colons and dashes (not at commas: "gebucht ist er,
# sobald Sie Ja sagen")
# (claims126) nor at the dot of a date's day: "am Freitag, den 28., noch nicht", "dem 28. November"
# nor (claims131) inside a date or time in figures, "28.11.2025", "10:00", "a.m." (`DOT_INSIDE`)
_PIECE = lazy(
    r"(?:[^.!?;:–—]+|(?<=\b\d)\.(?=\s*,|\s+[a-zäöü])|(?<=\b\d\d)\.(?=\s*,|\s+[a-zäöü])|"
    rf"{DOT_INSIDE})+[.!?;:–—]*"
)


def _asked(piece: str, at: int) -> bool:
    """Whether the clause of `piece` holding position `at` is a question ("Ist der Termin noch
    nicht gebucht?"; not "Ich habe ihn noch nicht gebucht, soll ich?")."""
    if not piece.rstrip().endswith("?"):
        return False
    clause = next(m.group() for m in CLAUSE_PIECE.finditer(piece) if m.end() > at)
    return clause.rstrip().endswith("?")


def not_booked(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_BOOKED claims `sentence` makes (see above), with the details each piece names."""
    folded = fold(sentence)
    text = folded.text
    if not _MAYBE.search(text) or not _BOOK_WORD.search(text):
        return ()
    rule = _EN if lang == "en" else _DE
    if not rule.search(text) and not _ANSWERED.search(text):
        return ()  # most sentences: one pass over the whole text
    spans = [(m.start(), m.end()) for m in _ANSWERED.finditer(text) if not _OTHER.search(m.group())]
    for m in _PIECE.finditer(text):
        piece = m.group()
        found = rule.search(piece)
        if found is None or _asked(piece, found.start()):
            continue
        if _NOT_STATED.search(piece) or _OTHER.search(piece) or _YES_BINDING.search(piece):
            continue
        if _BOOKING_AS_CONDITION.search(piece):
            continue
        spans.append((m.start(), m.end()))
    out = []
    for a, b in spans:
        start, end = folded.span(a, b)
        details = read_details(text[a:b], names)
        out.append(Claim(ClaimKind.NOT_BOOKED, start, end, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)
