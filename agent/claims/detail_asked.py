"""A detail of the caller's appointment asked about, then confirmed or corrected (blind 44,
claims109; conventions 74 and 97).

"Ich bin doch bei Lena, oder?", "Mein Termin ist am Donnerstag, richtig?", "Bin ich beim
Mehmet?", "It's at eleven, isn't it?", "I'm with Lena, right?" ask whether the caller's
appointment has a stylist, day, time or service. The short answer tells the caller what it has:

- a yes ("Genau.", "Stimmt.", "Ja, bei Lena.", "Yes, it is.", "Yep, eleven.") says it has the
  asked detail: BOOKED with the question's details (and the ones the answer adds);
- a correction ("Nein, bei Fabian.", "Nicht Donnerstag, Freitag.", "No, at ten.", "Fabian, not
  Lena.") says it has the detail the answer names in place of the caller's: BOOKED with the
  answer's details beside NOT_BOOKED with the caller's detail of that kind (97: false where the
  caller has that one too, as in a call with two appointments). A move asked about ("Sie haben
  ihn auf Samstag verschoben, oder?") and corrected ("Nein, auf Donnerstag.") is the move to the
  answer's place; a booking asked about ("Am I down for Friday?") corrected names the booking.

A booking asked about and answered no with a lesser state ("Ist das jetzt gebucht?" -> "Nein, nur
reserviert.", "So that's booked now, right?" -> "No, only reserved so far.") says the hold or the
request and that it is not booked yet: NOT_BOOKED beside the HELD or PENDING read (conventions 8,
75: the caller hears "not booked").

Not: a question with a question word (`answered_slot`), a negated one, a request or a slot asked
free ("Kann ich am Freitag kommen?", "Ist Fabian am Freitag frei?"), a question about a
cancellation, hold or request (`caller_answer`), an answer with words of its own (read as
said), a bare "Nein" (no detail in its place).

The caller's question about a detail is decided here, for every reader that needs it, in its two
forms: the appointment asked to have a detail (`asks_detail`: the answer is read here) and a
detail echoed back as a check (`checks_detail`, blind 54: "Freitag?", "Um zehn?", "Bei Fabian,
oder?", "Ten, right?", "Uhrzeit nochmal?"), whose answer naming the detail reads it back
(`answered_slot`, convention 46). An echo counts only as the last words of the caller's turn and
only when made of details and the words that tag a question; "Geht Freitag?", "Can I come
Friday?" ask for something new, "Wirklich?" asks no detail unless it asks one "again".
"""

from __future__ import annotations

import re

from agent.claims.bare_hour import bare_hours
from agent.claims.caller_answer import NO as _NO
from agent.claims.caller_answer import YES as _YES
from agent.claims.caller_answer import asked as outcome_asked
from agent.claims.caller_words import last_question
from agent.claims.details import (
    ClaimDetails,
    Details,
    Names,
    Role,
    is_detail_word,
    read_details,
)
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

K = ClaimKind
# the tag that turns a statement into a question: "…, oder?", "…, right?", "…, isn't it?"
_TAG = lazy(
    r"\s*,?\s*(?:oder|oder\s+nicht|richtig|korrekt|nicht\s+wahr|nicht|stimmt's|stimmt\s+das|stimmt|"
    r"gell|gelle|ne|nee|right|correct|yes|yeah|no|isn't\s+it|is\s+it\s+not|aren't\s+i|am\s+i\s+not|"
    r"didn't\s+you|haven't\s+you|don't\s+i|wasn't\s+it|is\s+that\s+right|hab\s+ich\s+recht)\s*\?$"
)
_WH = lazy(
    r"^\W*(?:\w+\s*,\s*)?(?:wann|wo|was|wie|welche\w*|wer|wem|wen|warum|wieso|um\s+wie|bei\s+wem|"
    r"mit\s+wem|when|what|where|which|who|whom|why|how)\b"
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|not|never|nie|nothing|nichts)\b|n't\b")
# the caller's own appointment as the question's subject
_MINE = lazy(
    r"\b(?:ich|mich|mir|i|i'm|me|mein\w*|my|es|das|ihn|it|it's|that|that's|der\s+termin|den\s+termin|"
    r"the\s+appointment|der|er)\b|"
    # the appointment's time or day recalled (claims134): "Und die Uhrzeit war drei?", "And the
    # time was ten, yeah?", "Der Tag war Freitag, oder?"
    r"\b(?:die\s+uhrzeit|die\s+zeit|der\s+tag|das\s+datum|the\s+time|the\s+day|the\s+date)\s+"
    r"(?:war|was)\b"
)
# a time recalled with a bare hour: "Und die Uhrzeit war drei?" asks about three o'clock
_TIME_RECALLED = lazy(r"\b(?:uhrzeit|zeit|time)\s+(?:war|was)\b")
# a request, a wish, a slot asked free, the salon's hours: no appointment of the caller asked
_NOT_MINE = lazy(
    r"\b(?:kann|können|könnte|könnten|würde|würden|möchte|möchten|hätte|will|wollen|darf|"
    r"can|could|would|may|might|shall|should|want|like|frei|free|available|verfügbar|offen|open|"
    r"geöffnet|noch\s+was|platz|slot|jemand|someone|anyone|"
    # an opinion asked (claims134): "Do you really think a perm suits me?", "Steht mir das?"
    r"think|reckon|suits?|recommend|glauben|finden\s+sie|meinen\s+sie|steht\s+mir|stehen\s+mir)\b"
)
# outcome words another reader answers (caller_answer): the caller asks about that outcome
_OTHER_OUTCOME = lazy(
    r"\b(?:stornier\w*|abgesagt|absagen|gestrichen|cancel\w*|called\s+off|reserviert|vorgemerkt|"
    r"geblockt|held|hold|holding|halten|hält|halte|reserved|angefragt|bestätigen|approve\w*|request\w*|sms|text\w*|"
    r"e-?mail|erinner\w*|remind\w*|geklappt|funktioniert|worked|through|durch)\b"
)
_MOVE = lazy(r"\b(?:verschoben|verlegt|umgebucht|umgelegt|moved|rescheduled|shifted|pushed|move)\b")
# a detail said as the appointment's new place: "Liegt mein Termin jetzt bei Lena?", "Ist der
# Termin jetzt auf Donnerstag?", "Is it at three on Thursday now?" (blind 44: a move asked)
_NOW_PLACED = lazy(
    r"\b(?:liegt\b[^?]*\b(?:jetzt|nun)|(?:jetzt|nun)\s+auf)\b|^\W*is\s+it\b.*\bnow\s*\?$"
)
# words an answer may carry around its yes, no and details
_AROUND = frozenset(
    "ist es er sie sind bin das so it is it's you you're are i that that's the one der die den "
    "dem beim bei bei'm am um im an with at on for in für von auch also ganz schon ja sir madam "
    "frau herr uhr o'clock eine einen ein a an termin appointment your ihr ihre ihren gebucht "
    "eingetragen booked dran down and und mit doing does do does macht erst sondern actually "
    "eigentlich not nicht but aber just nur only auf to onto "
    # the detail said again with a word of its own (blind 48, claims122): "Stimmt, Frau Hoffmann
    # übernimmt das.", "Yep, ten sharp.", "Like you say, Thursday at three now."
    "übernimmt sharp punkt now jetzt nun here hier".split()
    # the part of the day said with the hour (claims134): "Ja, zehn Uhr vormittags.", "ten a.m."
    + "morning afternoon vormittags morgens nachmittags m".split()
    # the slot said the caller's (claims158, blind 52): "Yes, Saturday at eleven is yours now."
    + "yours gehört ihnen".split()
)
# the salon's record said as the answer's source (blind 48, claims122): "Bei mir steht zehn Uhr,
# nicht halb elf.", "Im Kalender steht …", "I've got ten o'clock here, not half past.", "It says
# ten o'clock here", "My records say ten, not eleven.": what it names is the appointment's
_RECORD = lazy(
    r"^\W*(?:(?:bei\s+mir|im\s+kalender|im\s+system|hier)\s+steht(?:\s+hier)?|(?:i've|i\s+have)\s+"
    r"got|it\s+says|my\s+records?\s+says?|the\s+(?:calendar|system|diary)\s+says)\b"
)
# pieces of an answer: "Nicht um elf, sondern um zehn", "Fabian, not Lena", "Not Lena but Fabian"
_PIECES = lazy(r"[,;:–—]|\s-\s|\b(?:sondern|but|rather)\b")
# a stylist's name in the question as the one the appointment is with
_STYLIST_ROLE = lazy(
    r"\b(?:bei|beim|mit|with|zu|zum|zur|seeing|see)\s+(?:der\s+|dem\s+|die\s+|frau\s+|herrn?\s+)?"
    r"[\w']+|\b[\w']+\s+(?:doing|does|macht|schneidet|is\s+doing)\b"
)
_DIMENSIONS = ("stylists", "weekdays", "times", "services", "days", "relative_days")


def detail_answered(
    sentence: str, caller: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with what a yes or a correction tells of the detail the caller asked about."""
    recalled = _recalled(caller)  # asked, not asserted: a restated detail may answer it
    if caller and "?" not in caller:
        caller = _asserted(caller)  # "Es war halb elf!" -> "Sie haben recht, halb elf."
    if not caller or "?" not in caller:
        return claims
    asked = _asked(caller, names)
    if asked is None:
        return _lesser_state(sentence, caller, claims, names)
    kind, question = asked
    text = normalize(sentence)
    if "?" in text:
        return claims
    record = _RECORD.match(text)
    if record is not None:  # "Bei mir steht zehn Uhr, nicht halb elf." (claims122)
        text = text[record.end() :]
    words = re.findall(r"[\w']+", text)
    if not words or len(words) > 9 or any(not _answer_word(w, names) for w in words):
        return claims
    if question.times:  # a bare hour answers the time asked ("No, ten.", "Eleven.")
        text = bare_hours(text)
    answer = _stated(text, names)
    if record is not None and not answer.empty:  # the record's detail, against the caller's
        told = _corrected(sentence, kind, question, answer) or _confirmed(
            sentence, kind, question, answer
        )
    elif words[0] in _NO or _denies(text, question, names):
        told = _corrected(sentence, kind, question, answer)
    elif any(w in _YES for w in words) or _echo(text) or (recalled and _restated(answer, question)):
        told = _confirmed(sentence, kind, question, answer)
    else:
        return claims
    return claims + tuple(t for t in told if t not in claims)


# the caller's statement of what their appointment is, said as a fact (blind 48, claims122): "Es
# war halb elf, da bin ich mir sicher!", "Ich habe Freitag um zehn!", "It was eleven, I'm sure!";
# a yes or a correction answers it as it answers the same words asked with a tag. Not a wish or a
# need ("Ich brauche Freitag um zehn.", "I'd need Friday at ten."), which a yes does not confirm.
_ASSERTED = lazy(
    r"\b(?:war|ist|bin|habe|hab|hatte|steht|stand|was|is|am|i'm|it's|have|had|got|told|gesagt|"
    r"sagten|said)\b"
)
_WISHED = lazy(
    r"\b(?:brauch\w*|need\w*|such\w*|look\w*|gern\w*|bitte|please|wünsch\w*|hätte|hätten|wäre|"
    r"would|i'd|want\w*|wollte|möchte|lieber|rather|prefer\w*)\b"
)


# the caller correcting the salon ("Nein, nicht Freitag – Samstag um elf!", "No, Saturday at
# eleven, not Friday!"): what they say in place of the denied part is their appointment's
_DENIED_FIRST = lazy(r"^\W*(?:nein|no|nope|nicht|not)\b", re.IGNORECASE)
_CALLER_PIECES = lazy(r"\s*[,;–—]\s*|\s+-\s+")


def _asserted(caller: str) -> str:
    """The caller's last words, when a statement about their appointment, asked back as the
    tag question they amount to; else ""."""
    last = re.split(r"(?<=[.!?])\s+", caller.strip())[-1].rstrip(" .!")
    plain = normalize(last)
    if _DENIED_FIRST.match(plain) and "?" not in last:  # "Nein, nicht Freitag – Samstag um elf!"
        kept = [p for p in _CALLER_PIECES.split(last) if p.strip() and not _DENIED_FIRST.match(p)]
        return f"Es ist {kept[-1].strip()}, oder?" if kept else ""
    if not last or "?" in last or not _ASSERTED.search(plain) or _WISHED.search(plain):
        return ""
    return f"{last}, oder?"


@per_text(256)
def _last_question(caller: str) -> tuple[str, bool]:
    """The caller's last question, folded ("" if none), and whether their turn ends with it."""
    text = normalize(caller)
    return last_question(text), text.rstrip().endswith("?")


def asks_detail(caller: str, names: Names) -> bool:
    """Whether the caller's last question asks if their appointment has a detail: such a
    question's answer is read here, not as the question stated (`answered_statement`)."""
    return "?" in caller and _asked(caller, names) is not None


# the words that tag an echo question, in either language (a caller may switch)
_ECHO_TAGS = frozenset(
    "also und ja oder richtig genau stimmt stimmt's sagten sie gesagt das war ist es dann "
    "am um bei beim mit der den dem die nicht noch mal nochmal einmal sicher wirklich echt wie "
    "so and it's it is was that's that right you said the on at with definitely correct not "
    "really sure again yes ok okay then uhrzeit zeit tag time day o'clock uhr a.m. p.m. am pm "
    "of for".split()
)
_AGAIN = lazy(r"\b(?:nochmal|noch\s+mal|noch\s+einmal|again)\b")


# a stylist described before the name ("With the young man, Fabian?", "Bei der Blonden, Lena?")
_DESCRIBED = lazy(r"\b(?:the|der|dem|den|die)\s+(?:\w+\s+){0,2}?\w+\s*,\s*(?P<name>\w+)")


def _without_description(question: str, names: Names) -> str:
    """`question` with a description of the stylist it names dropped: the echo is the name."""
    m = _DESCRIBED.search(question)
    if m is None or not read_details(m["name"], names).stylists:
        return question
    return question[: m.start()] + question[m.start("name") :]


@per_text(256)
def checks_detail(caller: str, names: Names) -> bool:
    """Whether the caller's last words echo a detail of their appointment back as a question
    (see above): its answer naming the detail reads it back (`answered_slot`)."""
    question, last = _last_question(caller)
    question = _without_description(question, names)
    words = re.findall(r"[\w'.:]+", question) if last else []
    if not words or len(words) > 9:
        return False
    detail = False
    for w in words:
        bare = w.strip(".:")
        if bare in _ECHO_TAGS:
            continue
        if is_detail_word(bare):
            detail = True
            continue
        named = read_details(bare, names)
        if named.stylists:
            detail = True
        elif named.empty or named.services:
            return False  # a word of its own ("geht", "can"), a service asked about ("Und färben?")
    return detail or bool(_AGAIN.search(" ".join(words)))


@per_text(256)
def _asked(caller: str, names: Names) -> tuple[ClaimKind, Details] | None:
    """(BOOKED or RESCHEDULED, the details asked) when the caller's last question asks whether
    their appointment has a detail; None for any other question."""
    q = _last_question(caller)[0].strip()
    if not q:
        return None
    body = _TAG.sub("", q)
    if _WH.search(body) or _NEGATED.search(body) or _NOT_MINE.search(body):
        return None
    if _OTHER_OUTCOME.search(body) or not _MINE.search(body):
        return None
    recalled = _TIME_RECALLED.search(body)
    details = read_details(bare_hours(body.rstrip(" ?")) if recalled else body, names)
    if details.stylists:  # a name as the stylist ("bei Lena", "Fabian doing it"), not the salon's
        kept = " , ".join(m.group(0) for m in _STYLIST_ROLE.finditer(body))
        stylists = read_details(kept, names).stylists if kept else frozenset()
        details = _merged(_without(details, "stylists"), Details(stylists=stylists))
    if not any(getattr(details, d) for d in _DIMENSIONS):
        return None
    moved = _MOVE.search(body) or _NOW_PLACED.search(q)
    return (K.RESCHEDULED if moved else K.BOOKED), details


def _answer_word(word: str, names: Names) -> bool:
    """A word a short answer of yes, no and details may hold."""
    return (
        word in _YES
        or word in _NO
        or word in _AROUND
        or is_detail_word(word)
        or not read_details(word, names).empty
    )


def _stated(text: str, names: Names) -> Details:
    """The details of the answer's pieces that deny nothing ("Ten, not eleven": ten)."""
    kept = [p for p in _PIECES.split(text) if p.strip() and not _NEGATED.search(p)]
    return read_details(" , ".join(kept), names) if kept else Details()


def _without(d: Details, dimension: str) -> Details:
    return Details(
        **{f: getattr(d, f) for f in (*_DIMENSIONS, "months", "weeks", "shifts") if f != dimension}
    )


def _denies(text: str, question: Details, names: Names) -> bool:
    """Whether the answer denies a detail of the question ("…, nicht bei Lena", "not Lena")."""
    for m in re.finditer(r"\b(?:nicht|not)\s+((?:\w+\s+){0,1}\w+)", text):
        denied = read_details(m.group(1), names)
        if any(getattr(denied, d) & getattr(question, d) for d in _DIMENSIONS):
            return True
    return False


# a detail of the appointment recalled in the caller's question ("Und die Uhrzeit war drei?", "And
# it's definitely the Friday?", "Das ist doch bei Fabian?"), not a wish ("maybe Friday morning?")
_RECALL = lazy(
    r"\b(?:war|was|it's|it\s+is|that's|that\s+is|ist\s+(?:es|das|er)|(?:es|das|er)\s+ist|is\s+it)\b"
)


def _recalled(caller: str) -> bool:
    question = _last_question(caller)[0]
    return bool(_RECALL.search(question)) and not _WISHED.search(question)


def _restated(answer: Details, question: Details) -> bool:
    """The asked detail said again as the answer ("Friday the 28th at ten." to "And it's
    definitely the Friday?"): a yes in its own words (claims134)."""
    return any(getattr(answer, d) & getattr(question, d) for d in _DIMENSIONS)


def _echo(text: str) -> bool:
    """An echoed verb that answers yes: "Yes, it is." is said with the yes; "It is." alone."""
    return bool(re.match(r"^\W*(?:it|you|that)\s+(?:is|are|does)\b", text))


def _merged(a: Details, b: Details) -> Details:
    """`a` with `b`'s details of the kinds `a` does not name."""
    kept = {d: getattr(b, d) for d in _DIMENSIONS if not getattr(a, d) and getattr(b, d)}
    fields = {d: getattr(a, d) for d in (*_DIMENSIONS, "months", "weeks", "shifts")}
    fields.update(kept)
    return Details(**fields)


def _claim(sentence: str, kind: ClaimKind, details: Details) -> Claim:
    return Claim(kind, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))


def _confirmed(
    sentence: str, kind: ClaimKind, question: Details, answer: Details
) -> tuple[Claim, ...]:
    """A yes: the appointment has the question's details (and the answer's)."""
    return (_claim(sentence, kind, _merged(question, answer)),)


def _corrected(
    sentence: str, kind: ClaimKind, question: Details, answer: Details
) -> tuple[Claim, ...]:
    """A correction: the answer's detail in place of the question's of the same kind."""
    changed = [
        d
        for d in _DIMENSIONS
        if getattr(answer, d)
        and getattr(question, d)
        and getattr(answer, d) != getattr(question, d)
    ]
    if not changed:
        return ()
    told = (_claim(sentence, kind, answer),)
    if kind is K.RESCHEDULED:
        return told
    denied = Details(**{d: getattr(question, d) for d in changed})
    return (*told, _claim(sentence, K.NOT_BOOKED, denied))


_LESSER = frozenset({K.HELD, K.PENDING})
_FIRM = frozenset({K.BOOKED, K.NOT_BOOKED, K.DONE})


def _lesser_state(
    sentence: str, caller: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """A no to the caller's booking question with a hold or request said: not booked yet."""
    kinds = {c.kind for c in claims}
    if not kinds & _LESSER or kinds & _FIRM or outcome_asked(caller) != (K.BOOKED, None):
        return claims
    words = re.findall(r"[\w']+", normalize(sentence))
    if not words or words[0] not in _NO:
        return claims
    question = normalize(caller).rsplit(".", 1)[-1]
    return (*claims, _claim(sentence, K.NOT_BOOKED, read_details(question, names)))
