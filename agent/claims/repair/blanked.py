"""Self-repairs read as what the speaker ends up saying (blind 17, claims27): "Ich hab Sie um
elf, äh, nein, um zehn, am Freitag, verbindlich gebucht", "Sie sind am Donnerstag – nein,
Entschuldigung, am Freitag – um zehn eingetragen", "You're in on Saturday, no, Friday, yes,
Friday at ten"; "Ich hab Sie gebucht – äh, nein, Moment, das ging leider nicht durch", "It's
booked – sorry, no, only on hold, it isn't booked yet".

The part taken back is blanked (characters kept in place, as `told_in_question.stated` does), so
its detail or its claim is not read: a day or time said before "nein / no" and corrected by the
detail after it goes (the detail words just before the repair); a claim taken back whole (what
follows the repair is no detail but a statement of its own) goes with everything before the
repair (its day and time kept). Not a repair: "nein / no" with no comma or dash after it ("no problem", "nein danke"),
an answer after a question, "nein / no" that agrees with a negation before it ("Gebucht ist
nichts, nein, noch nicht"), a contrast ("Reserved, yes, booked, no – …").

Repairs said without "nein / no" (blind 19, claims31): a filler or apology after a comma or dash
("äh", "sorry", "Verzeihung", "pardon", "well", "also", "I mean") and then the word that
replaces the last claim word before it — "Ihr Termin ist gebucht – äh, reserviert, meine ich,
Freitag um zehn", "I've booked – well, held – Friday at ten for you", "Freitag zehn ist fest –
pardon, nur geblockt", "I've moved – sorry, cancelled – your Friday appointment": the claim word
taken back is overwritten by its replacement (characters kept in place, the rest blanked), so the
sentence reads as said the second time. After an apology or "I mean / actually / ach was" a
statement of its own takes back the claim before it whole ("You're booked – er, I mean it's on
hold, Friday at ten", "It's cancelled – hang on, you want to cancel, or just move it?"): the
claim words before it are blanked, its day and time kept. A future said and then taken back as
already true ("You'll be booked in for Friday at ten – actually, you already are", "Ihr Freitag
wird gleich eingetragen sein – ach was, er ist es schon") is read in the present.
"""

from __future__ import annotations

import re

from agent.claims.details import RELATIVE_DAYS, WEEKDAYS, is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.repair.ending import UPGRADE, ends_on_claim
from agent.claims.repair.markers import words

_NO = words("no")
_REPAIR = lazy(
    rf"\s*[,–—-]\s*(?:{words('filler')}\s*,\s*)?"
    rf"(?:{words('apology', 'pause')}\s*,\s*)?"
    rf"{_NO}\s*[,:–—-]"  # "fix, äh, nein: nur reserviert"
    rf"(?:\s*{words('apology', 'pause', 'meaning')}\s*[,–—-])*\s*",
    re.IGNORECASE,
)
_QUICK = lazy(rf"\b{_NO}\s*[,:–—-]", re.IGNORECASE)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|nichts|nie|not|no|nothing|never|none)\b|n't\b", re.IGNORECASE)
_NOT_TAKEN = frozenset({"in", "im"})  # "You're in on Saturday, no, Friday": "in" stays
_YES = lazy(r"\b(?:yes|ja)\b", re.IGNORECASE)
_WORD = lazy(r"[\wäöüß:.]+$", re.IGNORECASE)
_ANY_WORD = lazy(r"[\wäöüß:.']+|\S")
_FIRST_WORD = lazy(r"[\wäöüß:.]+", re.IGNORECASE)
# the other side of a break or another customer's turn, correcting "vor / nach der Pause"
_OTHER_SIDE = lazy(r"(?:davor|danach|vorher|nachher|before|after)\b(?=\W*$)", re.IGNORECASE)
_BESIDE = lazy(r"\b(?:vor|nach|before|after)\b", re.IGNORECASE)
_CUT_WORD = lazy(r"(?<![\w-])[^\W\d_]{1,8}-\s*$")  # "versch-": a word broken off


# a filler, apology or "I mean" after a comma or dash, with nothing of its own to say
_SOFT_STRONG = words("apology", "pause", "softener", but=("well", "also", "eigentlich"))
_SOFT_FILLER = words("softener", "filler", but=("actually", "eigentlich"))
_SOFT = lazy(
    rf"\s*[,–—-]\s*(?:{words('filler')}\s*,\s*)?"
    rf"(?P<strong>{_SOFT_STRONG}\s*[,:–—-]?\s*)?"
    rf"(?:{_SOFT_FILLER}\s*,\s*)?"
    rf"(?P<mean>{words('meaning')}\s*,?\s*)?",
    re.IGNORECASE,
)
_SOFT_QUICK = lazy(
    rf"[,–—-]\s*{words('filler', 'apology', 'pause', 'softener', 'meaning')}\b", re.IGNORECASE
)
# the claim word a repair overwrites, and the word (with its modifiers) that replaces it
_TAKEN = lazy(
    r"\b(?:gebucht|eingebucht|eingetragen|bestätigt|fest|fix|reserviert|vorgemerkt|geblockt|"
    r"verschoben|verlegt|storniert|abgesagt|booked(?:\s+in)?|confirmed|reserved|held|on\s+hold|"
    r"moved|rescheduled|cancelled|canceled|in)\b",
    re.IGNORECASE,
)
_REPLACING = lazy(
    r"(?:(?:actually|eigentlich),?\s+(?:it's|it\s+is|es\s+ist|er\s+ist)\s+)?"
    r"(?P<word>(?:(?:nur|only|just|vorläufig|provisionally|sogar|schon|fest|fully|properly|"
    r"erst\s+mal|for\s+now)\s+)*"
    r"(?:gebucht|eingetragen|bestätigt|reserviert|vorgemerkt|geblockt|storniert|abgesagt|booked|"
    r"confirmed|reserved|held|on\s+hold|cancelled|canceled|"
    # blind 39 (claims95): "Booked – uh, moved, I mean – to Thursday at three"
    r"verschoben|verlegt|umgebucht|moved|rescheduled)\b)"
    # a clause of its own ("gebucht ist noch gar nichts") is not a word put in the other's place
    r"(?!\s+(?:ist|is|sind|are|war|was|wurde|hat|has)\b)",
    re.IGNORECASE,
)
# "sogar schon": said of the slot alone, "schon gebucht" reads as taken by someone else
_SAID_ALREADY = lazy(r"^(?:(?:sogar|schon|even|already|fully)\s+)+", re.IGNORECASE)
# what closes the replacing word: "meine ich", "I mean", a dash
_CLOSING = lazy(
    rf"(?:\s*,?\s*{words('repair_closing')})?\s*[–—-]?",
    re.IGNORECASE,
)
_ALREADY = lazy(
    r"^(?:you|it|they|he|she)\s+(?:already\s+(?:are|is)|(?:are|is)\s+already)\b|"
    r"^(?:er|sie|es)\s+ist\s+es\s+(?:ja\s+)?(?:doch\s+)?schon\b|"
    r"^(?:sie\s+sind|er\s+ist)\s+es\s+(?:ja\s+)?schon\b",
    re.IGNORECASE,
)
# a statement that the outcome is already there, after a future taken back
_ALREADY_SAID = lazy(
    r"^\W*(?:it's|it\s+is|you're|you\s+are|es\s+ist|er\s+ist|sie\s+sind)\s+(?:already|schon|"
    r"bereits)\s+\w+",
    re.IGNORECASE,
)
_SOON = lazy(r"\b(?:gleich|bald|sofort|soon|shortly)\b", re.IGNORECASE)
_FUTURE = lazy(
    r"\b(?:(?:you|it|we|they)'ll\s+be|will\s+be|will\s+have\s+been|(?:wird|werden)\b"
    r"(?P<de>[^–—,]*?)\s+(?:sein|worden\s+sein))\b",
    re.IGNORECASE,
)


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def _overwrite(text: str, at: int, end: int, word: str) -> str:
    """`text` with `word` written from `at` and the rest up to `end` blanked."""
    return text[:at] + word + " " * (end - at - len(word)) + text[end:]


def _in_present(before: str) -> str | None:
    """`before` (a future said) in the present, characters kept in place, or None."""
    m = _FUTURE.search(before)
    if m is None:
        return None
    if m.group("de") is None:  # "you'll be booked" -> "you   are booked"
        said = m.group()
        subject = said.split("'")[0] if "'" in said else ""
        verb = "are" if subject.lower() in ("you", "we", "they") else "is"
        head = m.start() + len(subject)
        return _overwrite(before, head, m.end(), " " + verb)
    # "wird gleich fest eingetragen sein" -> "ist gleich fest eingetragen"
    verb = "sind" if m.group().lower().startswith("werden") else "ist"
    out = _overwrite(before, m.start(), m.start() + len(m.group().split()[0]), verb)
    tail = (
        m.group().lower().rfind("sein")
        if "worden" not in m.group().lower()
        else (m.group().lower().rfind("worden"))
    )
    out = _blank(out, m.start() + tail, m.end())
    return _SOON.sub(lambda w: " " * len(w.group()), out)


_PREPOSITIONS = frozenset({"um", "at", "on", "am", "für", "for"})


def _second_word(text: str) -> str:
    words = text.split()
    return words[1] if len(words) > 1 else ""


def _kept(word: str) -> bool:
    """A day or time word kept from a claim taken back ("Freitag um zehn"), not a deadline's
    "heute Abend"."""
    w = word.lower().rstrip(".:")
    return _detail(word) and w not in RELATIVE_DAYS and w not in ("abend", "tonight", "evening")


def _is_day(word: str) -> bool:
    w = word.lower().rstrip(".:")
    return w in WEEKDAYS or w in RELATIVE_DAYS


def _details_before(before: str, day: bool) -> int | None:
    """Where the day or time words just before a repair start; a time repaired ("um elf –
    Verzeihung, um zehn") keeps the day before it."""
    start = len(before)
    while True:
        w = _WORD.search(before[:start].rstrip())
        if w is None or not _detail(w.group()) or (not day and _is_day(w.group())):
            break
        start = w.start()
    return None if start == len(before) else start


def softly_repaired(sentence: str) -> str:
    """`sentence` with a repair said without "nein / no" read as what it ends up saying
    (characters kept in place); the sentence itself when it has none."""
    if not _SOFT_QUICK.search(sentence):
        return sentence
    for m in _SOFT.finditer(sentence):
        if m.end() == m.start() or not re.search(r"\w", m.group()):
            continue
        before = sentence[: m.start()]
        if not before.strip() or before.rstrip()[-1] in "?.!:":
            continue
        after = sentence[m.end() :]
        if _apology(m.group("strong"), after):
            continue  # blind 41 (claims104): "Cancelled – sorry we won't see you this time"
        strong = m.group("strong") is not None or m.group("mean") is not None
        if _ALREADY.search(after):
            present = _in_present(before)
            if present is not None:
                return present + " " * (len(sentence) - len(before))
        first = _FIRST_WORD.match(after.lstrip())
        if first is not None and (
            _detail(first.group())
            or (first.group().lower() in _PREPOSITIONS and _detail(_second_word(after)))
        ):
            said = first.group() if _detail(first.group()) else _second_word(after)
            start = _details_before(before, _is_day(said))
            if start is None:
                continue
            prep = _FIRST_WORD.match(before, start)
            if _detail(first.group()) and prep and prep.group().lower() in _PREPOSITIONS:
                start = prep.end()  # "at eleven – sorry, ten": "at" stays for "ten"
            return _blank(sentence, start, m.end())
        if strong and _ALREADY_SAID.search(after):
            return " " * m.end() + after  # "…, actually, it's already cancelled"
        taken = list(_TAKEN.finditer(before))
        if not taken:
            continue
        replacing = _REPLACING.match(after)
        if replacing is not None:
            close = _CLOSING.match(after, replacing.end())
            end = m.end() + (close.end() if close is not None else replacing.end())
            word = _SAID_ALREADY.sub("", " ".join(replacing.group("word").split()))
            return _overwrite(sentence, taken[-1].start(), end, word)
        # not "– sorry it took so long" (claims119), nor a question to the caller after the
        # apology ("Thursday's fully booked, sorry — would another day work?", probe 55)
        if strong and ends_on_claim(after) and not _ASKED_INSTEAD.match(after):
            # a statement of its own takes the claim back: its claim words go, the day stays
            out = before
            for t in reversed(taken):
                out = _blank(out, t.start(), t.end())
            return out + " " * (m.end() - m.start()) + after
    return sentence


# "sorry" run on into what it is sorry about ("– sorry we won't see you this time", "sorry to
# hear that", "sorry that it didn't work out"): an apology, not a repair; a repair's "sorry"
# stands on its own before the word it puts right ("– sorry, held")
_APOLOGY_AFTER = lazy(
    r"(?:that\s+)?(?:we|i|you|it)(?:'ll|'re|'s|\s+will|\s+won't|\s+can't|\s+couldn't|"
    r"\s+didn't|\s+won't|\s+are|\s+have|'ve)\b|to\s+(?:hear|see|lose|miss|say|have)\b|"
    r"about\s+(?:that|this|the)\b",
    re.IGNORECASE,
)


# a question to the caller, verb or question word first, all that follows the apology
_ASKED_INSTEAD = lazy(
    r"\W*(?:would|could|shall|should|can|may|do|does|is|are|how|what|when|which|würde|wäre|"
    r"könnte|möchten|hätten|passt|geht|soll|wie|was|wann|welche\w*)\b[^.!;:]*\?\W*$",
    re.IGNORECASE,
)


def _apology(strong: str | None, after: str) -> bool:
    return (
        strong is not None
        and strong.strip().lower() == "sorry"
        and strong.rstrip() == strong.rstrip(" ,–—-")
        and _APOLOGY_AFTER.match(after) is not None
    )


def _detail(word: str) -> bool:
    return is_detail_word(word.lower().rstrip(".:"))


# a joke taken back withdraws what was asked or said in fun, not the visit it presupposed
_JOKE = lazy(
    r"\W*(?:nur\s+|kleiner\s+|just\s+|only\s+)?(?:spaß|scherz|kidding|joking|joke)\b",
    re.IGNORECASE,
)


def repaired(sentence: str) -> str:
    """`sentence` with what a self-repair takes back blanked, characters kept in place; the
    sentence itself when it has no repair."""
    if not _QUICK.search(sentence):
        return sentence  # most sentences: no "nein / no" before a comma or dash
    for m in _REPAIR.finditer(sentence):
        before = sentence[: m.start()]
        if not before.strip() or before.rstrip()[-1] in "?.!":
            continue  # an answer, not a repair
        nxt = _FIRST_WORD.match(sentence, m.end())
        if nxt is None:
            continue
        if _JOKE.match(sentence, m.end()):
            continue  # blind 20: "…, wenn Sie Freitag kommen – nein, Spaß": the visit stays
        side = _OTHER_SIDE.match(sentence, m.end())
        if side is not None and _BESIDE.search(before):
            # blind 34 (claims77): "… gleich nach der Mittagspause dran – nein, davor": the
            # place beside another's turn is corrected, the claim and its day stay
            return sentence[: m.start()] + " " * (side.end() - m.start()) + sentence[side.end() :]
        if _detail(nxt.group()):
            # the detail words just before the repair are the ones taken back
            start = len(before)
            while True:
                w = _WORD.search(before[:start].rstrip())
                if w is None or w.group().lower() in _NOT_TAKEN or not _detail(w.group()):
                    break
                start = w.start()
            if start < len(before):
                return sentence[:start] + " " * (m.end() - start) + sentence[m.end() :]
            # no detail just before: "…, nein: den habe ich storniert" is read as a claim below
        if _NEGATED.search(before) or _YES.search(before):
            continue  # "nein" agreeing with a negation, or "X, yes, Y, no": nothing taken back
        taken = list(_TAKEN.finditer(before))
        cut = _CUT_WORD.search(before)
        if cut is not None and not taken:
            # blind 34 (claims77): "Der ist versch-, nein, storniert": only the word cut off is
            # taken back; the copula before it is the replacing word's
            return sentence[: cut.start()] + " " * (m.end() - cut.start()) + sentence[m.end() :]
        replacing = _REPLACING.match(sentence, m.end())
        if taken and replacing is not None:
            # blind 19: "Freitag um zehn ist reserviert – nein, sogar schon fest gebucht"
            word = _SAID_ALREADY.sub("", " ".join(replacing.group("word").split()))
            return _overwrite(sentence, taken[-1].start(), replacing.end(), word)
        if not ends_on_claim(sentence[m.end() :]):
            continue  # "Storniert – nein, da fällt keine Gebühr an": nothing taken back (claims119)
        # the claim taken back whole; the day and time it named stay (blind 19: "Freitag um
        # zehn ist bestätigt, nein, Moment, vorgemerkt ist er")
        kept = _ANY_WORD.sub(
            lambda w: w.group() if _kept(w.group()) else " " * len(w.group()),
            sentence[: m.end()],
        )
        # "– no, sorry, it's actually already booked": the caller's booking, not a slot taken
        said = UPGRADE.sub(lambda w: " " * len(w.group()), sentence[m.end() :])
        return kept + said
    return sentence
