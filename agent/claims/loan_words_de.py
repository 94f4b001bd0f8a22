"""English salon words inside a German reply, put in the German words they stand for (blind 45,
claims110): one step of `reworded`, so the sentence is read as its German equivalent, with the
same details, negation, hedges, questions and neutral readings ("Bei Lena ist der Samstag komplett
gebookt" is someone else's day, as "… gebucht" is).

One table maps each loan stem to its meaning, and the German inflection a speaker gives it finds
the form: a participle with "ge-" and an optional particle ("gebookt", "eingebookt",
"umgebookt", "gecancelt", "gecancelled", "gedroppt", "gemoved", "geshiftet", "gefixt",
"gedone"), the English participle alone ("confirmed", "rescheduled", "done"), an infinitive
("booken", "einbooken", "canceln", "reschedulen", "confirmen", "approven"), the first and third
person ("ich booke", "ich cancel", "der Salon callt Sie zurück"). A second table maps nouns,
alone and in hyphenated compounds ("Appointment", "Booking-ID", "Cancellation", "Call-back",
"Reminder", "Confirmation-SMS", "Request", "Approval", "Men's Cut", "Colour-Appointment"), and
a few status words ("pending", "available", "in der Pipeline", "on the way"). Only in a German
reply (`lang == "de"`), and only where such a word is found; the hold's loans ("on hold",
"reserved", "noch nicht booked") are `held_loans`'s, which runs before.
"""

from __future__ import annotations

import re
import unicodedata

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import latin_lookalike

# meaning -> (infinitive, participle, 1st person, 3rd person); a particle keeps its own forms
_MEANINGS: dict[str, tuple[str, str, str, str]] = {
    "book": ("buchen", "gebucht", "buche", "bucht"),
    "cancel": ("stornieren", "storniert", "storniere", "storniert"),
    "move": ("verschieben", "verschoben", "verschiebe", "verschiebt"),
    "confirm": ("bestätigen", "bestätigt", "bestätige", "bestätigt"),
    "call": ("rufen", "gerufen", "rufe", "ruft"),
    "done": ("erledigen", "erledigt", "erledige", "erledigt"),
    "list": ("eintragen", "eingetragen", "trage ein", "trägt ein"),
    "squeeze": ("eintragen", "eingetragen", "trage", "trägt"),  # "rein" after it is "ein"
    "strike": ("streichen", "gestrichen", "streiche", "streicht"),
    "hold": ("reservieren", "reserviert", "reserviere", "reserviert"),
}
# loan stem (its spellings) -> meaning
_STEMS: dict[str, str] = {
    r"book": "book",
    r"cancel+": "cancel",
    r"dropp?": "cancel",
    r"mov": "move",
    r"shift": "move",
    r"reschedul": "move",
    r"confirm": "confirm",
    r"approv": "confirm",
    r"call": "call",
    r"fix": "done",
    r"don": "done",
    r"list": "list",
    r"squeez": "squeeze",
    r"kick": "strike",
    r"kill": "cancel",
    r"pinn?": "hold",
}  # fmt: skip
_STEM_SOURCE = "|".join(sorted(_STEMS, key=len, reverse=True))
_PARTICLE = r"ein|um|rein|zurück|dazwischen|dazu|mit"
# "gebookt", "eingebookt", "dazugebookt", "gecancelled", "gemoved", "gedone"; "gelistet" only
# with its "-et"
_PARTICIPLE = lazy(
    rf"(?<![\w-])(?P<pre>{_PARTICLE})?ge(?P<stem>{_STEM_SOURCE})(?P<end>ed|et|t|e)(?![\w-])",
    re.IGNORECASE,
)
# the English participle alone, in a German reply
_BARE_PARTICIPLE = lazy(
    r"(?<![\w-])(?P<stem>booked|confirmed|approved|cancell?ed|rescheduled|moved|shifted|done)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "booken", "einbooken", "canceln", "cancellen", "reschedulen", "confirmen", "approven", "moven"
_INFINITIVE = lazy(
    rf"(?<![\w-])(?P<pre>{_PARTICLE})?(?P<stem>{_STEM_SOURCE})(?:en|n)(?![\w-])", re.IGNORECASE
)
# "ich booke", "ich cancel das", "squeeze ich Sie rein", "der Salon callt Sie zurück"
_FIRST = lazy(
    r"(?<![\w-])(?P<stem>book|cancel|move|reschedule|shift|confirm|drop|squeez|kick)(?:e|pe)?"
    r"(?=\s+ich\b)|(?<=\bich\s)\s*(?P<stem2>book|cancel|move|reschedule|shift|confirm|drop|"
    r"squeez|kick)(?:e|pe)?(?![\w-])",
    re.IGNORECASE,
)
_THIRD = lazy(
    r"(?<![\w-])(?P<stem>book|call|cancel|mov|shift|confirm|squeez|kick)t(?![\w-])", re.IGNORECASE
)
_THIRD_CALL = lazy(r"(?<![\w-])callt\b(?=[^.?!]*\bzurück\b)", re.IGNORECASE)

_NOUNS: dict[str, str] = {
    "appointment": "Termin", "appointments": "Termine", "booking": "Buchung",
    "bookings": "Buchungen", "booking-id": "Buchungsnummer", "booking-nummer": "Buchungsnummer",
    "booking-number": "Buchungsnummer", "booking-status": "Buchungsstatus",
    "booking-confirmation": "Buchungsbestätigung", "cancellation": "Stornierung",
    "cancel": "Stornierung", "rescheduling": "Umbuchung", "reschedule": "Umbuchung",
    "call-back": "Rückruf", "callback": "Rückruf", "reminder": "Erinnerung",
    "confirmation": "Bestätigung", "request": "Anfrage", "approval": "Zustimmung",
    "availability": "Verfügbarkeit",
}  # fmt: skip
# the first part of a hyphenated compound ("Confirmation-SMS", "Colour-Appointment")
_PARTS: dict[str, str] = {
    "booking": "Buchungs", "cancellation": "Stornierungs", "confirmation": "Bestätigungs",
    "reminder": "Erinnerungs", "call-back": "Rückruf", "callback": "Rückruf",
    "colour": "Färbe", "color": "Färbe", "appointment": "Termin",
}  # fmt: skip
_NOUN = lazy(
    r"(?<![\w-])(?:(?P<noun>appointments?|bookings?|booking-(?:id|nummer|number|status|"
    r"confirmation)|cancellation|rescheduling|call-back|callback|reminder|confirmation|request|"
    r"approval|availability|(?<=\bdas\s)cancel|(?<=\bdas\s)reschedule)(?![\w-])"
    r"(?!\s+(?:created|failed|successful|succeeded|completed?)\b)"
    r"|(?P<part>booking|cancellation|confirmation|reminder|call-back|callback|colour|color|"
    r"appointment)-(?P<rest>[\wäöüÄÖÜß]+(?:-[\wäöüÄÖÜß]+)*)(?![\w-]))",
    re.IGNORECASE,
)
_SERVICES = (
    (lazy(r"\bmen'?s\s+cut\b", re.IGNORECASE), "Herrenhaarschnitt"),
    (lazy(r"(?<![\w-])colou?r(?:ing)?(?![\w-])", re.IGNORECASE), "Färben"),
)
# "pending" said of a request ("Ihre Anfrage ist pending", "Request …, Status pending"): it
# waits for the salon's yes (1, 43); of the appointment alone ("der Termin ist noch pending, ich
# warte auf das System") or a bare "Status: pending" it is left as it is
_REQUEST = lazy(r"anfrage|\brequest", re.IGNORECASE)
_PENDING = (
    (lazy(r"\b(?:ist|sind)\s+(?:noch\s+)?pending\b", re.IGNORECASE), "wartet auf Bestätigung"),
    (lazy(r"\bstatus:?\s+pending\b", re.IGNORECASE), "Status: wartet auf Bestätigung"),
)
_DAY_NAMES = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
# phrases whose German equivalent is not word for word, read before the words
_STATUS = (
    (lazy(r"\bin\s+der\s+pipeline\b", re.IGNORECASE), "in Bearbeitung"),
    # "X macht (Ihnen) einen Call-back" is "X ruft Sie zurück"; "Der Call-back kommt (…)" is
    # "Sie werden (…) zurückgerufen"
    (
        lazy(
            r"\bmach(?P<end>t|en|e)\s+(?:Ihnen\s+)?(?P<when>(?:(?!einen\b)\w+\s+){0,3}?)"
            r"(?:einen|nen|'nen)\s+call-?back(?:\s+bei\s+Ihnen)?\b",
            re.IGNORECASE,
        ),
        lambda m: (
            {"t": "ruft", "en": "rufen", "e": "rufe"}[m["end"].lower()] + f" Sie {m['when']}zurück"
        ),
    ),
    (
        lazy(
            r"\b(?:der|ein|Ihr)\s+call-?back\s+(?P<by>(?:vo[mn]\s+\w+\s+)?)kommt\b(?P<rest>[^.,;!?]*)",
            re.IGNORECASE,
        ),
        lambda m: f"Sie werden {m['by']}{m['rest'].strip()} zurückgerufen".replace("  ", " "),
    ),
    # "squeeze ich Sie noch rein": "trage ich Sie noch ein"
    (
        lazy(r"\b(?P<verb>squeez(?:e|t)?)\b(?P<mid>[^.,;!?]*?)\brein\b", re.IGNORECASE),
        lambda m: f"{m['verb']}{m['mid']}ein",
    ),
    # someone's whole day "komplett gebookt" is full ("ausgebucht"), not the caller's booking
    (
        lazy(r"\b(?:komplett|voll|total|fully)\s+(?:gebookt|gebooked|booked)\b", re.IGNORECASE),
        "ausgebucht",
    ),
    (
        lazy(
            r"\b(?P<head>[Bb]ei\s+(?!Ihnen\b|uns\b)[A-ZÄÖÜ]\w+\b[^.;!?]*?\b(?:alles|ganze[nr]?)\b[^.;!?]*?)\bgebookt\b"
        ),
        lambda m: f"{m['head']}ausgebucht",
    ),
    # "auf hold gesetzt", "on hold gelegt": reserved; "noch nicht final": not firm yet
    (
        lazy(r"\b(?:auf|on)\s+hold\s+(?:gesetzt|gelegt|genommen)\b", re.IGNORECASE),
        "reserviert",
    ),
    (lazy(r"\bnicht\s+final\b", re.IGNORECASE), "nicht fest"),
    # "Freitag ist für Sie off": the day is gone ("entfällt")
    (
        lazy(r"\b(?:ist|sind)\s+(?P<whom>für\s+\w+\s+)?off\b(?!\s+\w)", re.IGNORECASE),
        lambda m: f"entfällt {m['whom'] or ''}".rstrip(),
    ),
    # "hätte noch einen Slot": a free one offered
    (
        lazy(r"\bnoch\s+(?:einen|nen|'nen)\s+slot\b(?!\s+frei\b)", re.IGNORECASE),
        "noch einen Termin frei",
    ),
    # "Für den Bart hätte Mehmet am Freitag um elf einen Slot" (blind 56): what the speaker or
    # a stylist has (not "Sie haben", the caller's own) is a free one offered, as "… einen
    # Termin frei"
    (
        lazy(
            r"(?P<head>\b(?:hätten?|habe|hat)\b[^.,;!?]*?)\b(?:einen|nen|'nen)\s+slot\b"
            r"(?!\s+frei\b)",
            re.IGNORECASE,
        ),
        lambda m: f"{m['head']}einen Termin frei",
    ),
    # "Ihren Freitags-Slot": "Ihren Termin am Freitag"
    (
        lazy(
            rf"\b(?P<own>Ihr(?:en|em|es)?)\s+(?P<day>{_DAY_NAMES})s-(?:slot|termin|appointment)\b",
            re.IGNORECASE,
        ),
        lambda m: f"{m['own']} Termin am {m['day']}",
    ),
    (lazy(r"\bavailable\b", re.IGNORECASE), "frei"),
    (lazy(r"\bon\s+the\s+way\b", re.IGNORECASE), "unterwegs"),
    (lazy(r"\bdone\s+and\s+dusted\b", re.IGNORECASE), "erledigt"),
    (lazy(r"\bfully\s+booked\b", re.IGNORECASE), "ausgebucht"),
)
# a word with any loan above, checked first so a plain German sentence costs one search
_ANY = lazy(
    rf"(?:{_STEM_SOURCE})|appointment|booking|cancel|call-?back|reminder|confirmation|request|"
    r"approval|availability|men'?s\s+cut|colou?r|pipeline|pending|available|on\s+the\s+way|"
    r"\boff\b|-slot|(?:noch|einen|nen|'nen)\s+slot|\bhold\b|\bfinal\b",
    re.IGNORECASE,
)
# an English subject or verb before a participle: the clause is English ("you're booked")
_ENGLISH_BEFORE = lazy(
    r"\b(?:you're|you\s+are|we're|i'm|it's|that's|is|are|was|were|been|be|get|got|not|"
    r"all|fully|i've|we've|you've|has|have|had)\s+$",
    re.IGNORECASE,
)
# "Die Booking-ID liegt vor": the number is there, as "Die Buchungsnummer ist da"
_NUMBER_THERE = lazy(r"(?P<head>\bBuchungsnummer\b[^.;!?]*?)\bliegt\s+(?P<now>jetzt\s+)?vor\b")
_IST_ER = lazy(r"^(\s*\w+\s+ist)\s+er\b", re.IGNORECASE)
_BARE_STATUS = lazy(r"^\s*(?:der\s+)?status\s+ist\b(?=\s+(?:jetzt\s+)?\w+\W*$)", re.IGNORECASE)
_OUTCOME = lazy(r"\b(?:gebucht|eingebucht|storniert|verschoben|umgebucht)\b", re.IGNORECASE)
# "done" said as a tag beside another outcome ("…, done.", "Done, …"), put as "erledigt" above
_DONE_TAG = lazy(r",\s*erledigt(?=\s*[.!]?\s*$)|^\s*erledigt\s*,\s*", re.IGNORECASE)
_PARTICIPLE_OF_PARTICLE = {
    "ein": "ein", "rein": "ein", "um": "um", "zurück": "zurück", "dazu": "dazu", "mit": "mit",
}  # fmt: skip


def _meaning(stem: str) -> str:
    low = stem.lower()
    for source, meaning in _STEMS.items():
        if re.fullmatch(source, low):
            return meaning
    return ""


def _participle(m: re.Match[str]) -> str:
    meaning = _meaning(m["stem"])
    end = m["end"].lower()
    done = m["stem"].lower() == "don"  # "gedone"
    if not meaning or done != (end == "e") or (meaning == "list") > (end == "et"):
        return m[0]
    if end == "et" and meaning != "list" and not m["stem"].lower().endswith("t"):
        return m[0]  # "geshiftet", "gelistet"; not "gebooket"
    pre = _PARTICIPLE_OF_PARTICLE.get((m["pre"] or "").lower(), "")
    participle = _MEANINGS[meaning][1]
    if meaning == "call":
        return f"{pre}gerufen" if pre else "angerufen"
    if meaning == "squeeze":
        return participle  # "reingesqueezt": "eingetragen"
    if pre and meaning == "book":
        return pre + participle
    return participle


def _infinitive(m: re.Match[str]) -> str:
    meaning = _meaning(m["stem"])
    if not meaning or meaning in ("done", "list"):
        return m[0]
    pre = _PARTICIPLE_OF_PARTICLE.get((m["pre"] or "").lower(), "")
    if meaning == "call":
        return f"{pre}rufen" if pre else "anrufen"
    return (pre if meaning == "book" else "") + _MEANINGS[meaning][0]


def _first(m: re.Match[str]) -> str:
    stem = (m["stem"] or m["stem2"]).lower()
    meaning = _meaning(
        {"move": "mov", "reschedule": "reschedul", "squeez": "squeez"}.get(stem, stem)
    )
    if not meaning:
        return m[0]
    lead = m[0][: len(m[0]) - len(m[0].lstrip())]
    return lead + _MEANINGS[meaning][2]


def _third(m: re.Match[str]) -> str:
    meaning = _meaning(m["stem"])
    return _MEANINGS[meaning][3] if meaning else m[0]


def _noun(m: re.Match[str]) -> str:
    if m["part"]:
        rest = _NOUNS.get(m["rest"].lower(), m["rest"])
        return f"{_PARTS[m['part'].lower()]}-{rest}"
    return _NOUNS[m["noun"].lower()]


def _bare(m: re.Match[str]) -> str:
    if _ENGLISH_BEFORE.search(m.string, 0, m.start()):
        return m[0]  # an English clause inside the reply ("…, you're booked") stays English
    stem = m["stem"].lower()
    meaning = "done" if stem == "done" else _meaning(re.sub(r"(?:ed|d)$", "", stem))
    return _MEANINGS[meaning][1] if meaning else m[0]


def _case_kept(word: str, german: str) -> str:
    """`german` capitalised as `word` was ("Canceln hat geklappt" -> "Stornieren …")."""
    return german[:1].upper() + german[1:] if word[:1].isupper() else german


def _letters(text: str) -> str:
    """`text` with letters of other scripts and accents put as the Latin letters they look like
    (umlauts kept): the reader's own folding also rewrites English words ("booken"), so not it."""
    if text.isascii():
        return text  # no ASCII letter stands for another, and no normal form changes ASCII
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text)):
        if not unicodedata.combining(ch):
            out.append(latin_lookalike(ch))
        elif ch == "\u0308" and out and out[-1] in "aouAOU":
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def german_loans(sentence: str, lang: str) -> str:
    """`sentence` with its English salon words in German ones, else as it is."""
    if lang != "de":
        return sentence
    text = _letters(sentence)
    if not _ANY.search(text):
        return sentence
    out = text
    if _REQUEST.search(out):
        for pattern, german in _PENDING:
            out = pattern.sub(german, out)
    for pattern, german in _STATUS:
        out = pattern.sub(german, out)
    out = _THIRD_CALL.sub("ruft", out)
    for pattern, form in (
        (_PARTICIPLE, _participle),
        (_INFINITIVE, _infinitive),
        (_FIRST, _first),
        (_THIRD, _third),
        (_BARE_PARTICIPLE, _bare),
    ):
        out = pattern.sub(lambda m, form=form: _case_kept(m[0], form(m)), out)
    for pattern, german in _SERVICES:
        out = pattern.sub(german, out)
    out = _NOUN.sub(_noun, out)
    out = _NUMBER_THERE.sub(r"\g<head>ist \g<now>da", out)
    if out != text:
        # a bare status names nothing (convention 43): "Der Status ist confirmed" is "Es ist …",
        # the bare success, and "… cancelled" the cancellation (as `loan_and_slang` reads it)
        out = _BARE_STATUS.sub("Es ist", out)
        out = _IST_ER.sub(r"\1 der Termin", out)  # "Confirmed ist er": er is the appointment
        if _OUTCOME.search(out):
            out = _DONE_TAG.sub("", out)  # "Die Buchung ist gecancelt, done": the tag adds nothing
    return sentence if out == text else out
