"""Reading the claims out of a sentence: fold, tokenize, cut into clauses, read, compose."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache

from agent.claims import gate, lazy_pattern, morph
from agent.claims import lexicon_de as LEX_DE
from agent.claims import lexicon_en as LEX_EN
from agent.claims.clauses import CONTINGENT, Link, split
from agent.claims.details import (
    ASKED_WHEN,
    ClaimDetails,
    Details,
    Names,
    Role,
    is_detail_word,
    read_details,
    read_roles,
)
from agent.claims.english_frame import english_frame
from agent.claims.lazy_pattern import lazy
from agent.claims.list_items import by_item
from agent.claims.memo import per_text
from agent.claims.model import CallFacts, Claim, ClaimKind, SentenceReading
from agent.claims.normalize import fold, normalize
from agent.claims.presupposed import is_advice
from agent.claims.reader_de import GermanReader
from agent.claims.reader_en import EnglishReader
from agent.claims.reading import MAIN, LanguageReader, compose
from agent.claims.tokens import Token, dialect_participle, tokenize

__all__ = ["normalize", "read_sentence", "warm_up"]

_EN_MARKERS = frozenset(
    {"the", "you", "your", "is", "are", "i", "it", "we", "booked", "and", "to", "have", "for",
     "that", "at", "with", "i've", "you're", "it's", "will", "be", "been", "see", "all", "on"}
)  # fmt: skip
_DE_MARKERS = frozenset(
    {"der", "die", "das", "ist", "sie", "ihr", "ihre", "ihren", "ich", "habe", "und", "für",
     "termin", "wir", "am", "um", "uhr", "bei", "nicht", "dann", "den", "gebucht", "es", "bis"}
)  # fmt: skip


@lru_cache(maxsize=64)
def _names(stylists: tuple, services: tuple, aliases: tuple, nicknames: tuple = ()) -> Names:
    return Names.of(stylists, services, aliases, nicknames)


@lru_cache(maxsize=64)
def _readers(names: Names) -> dict[str, LanguageReader]:
    return {"de": GermanReader(names), "en": EnglishReader(names)}


def warm_up() -> None:
    """Load the lemma dictionaries and the confusables table now (about a second, once per
    process), not while the first sentence of a call waits."""
    from agent.claims.decide import decide  # decide reads with this module

    lazy_pattern.compile_all()  # the patterns left to compile on first use (about 0.6 s)
    morph.warm_up()
    # letters beyond ASCII ("für", "bestätigt") are what loads the confusables table
    read_sentence("Ihr Termin für Freitag ist bestätigt.", "de")
    read_sentence("Your appointment is booked.", "en")
    # A decision registers the gated patterns a reading alone does not reach (its sentence
    # readers' patterns); the scan is built at the first, and what the others register joins it
    # here, once (`gate.settle`), so no call's first replies wait for a scan being rebuilt.
    now = datetime(2026, 12, 4, 9, tzinfo=UTC)
    decide("Ihr Termin am Freitag um 10 Uhr bei Fabian ist gebucht.", CallFacts(now=now))
    decide(
        "Your appointment on Friday at 10 with Fabian is booked.", CallFacts(now=now, language="en")
    )
    gate.settle()


_warmed: asyncio.Task[None] | None = None


async def warm_up_once() -> None:
    """`warm_up` in a worker thread, once per process; calls starting meanwhile wait for it
    instead of stalling the event loop."""
    global _warmed
    if _warmed is None:
        _warmed = asyncio.ensure_future(asyncio.to_thread(warm_up))
    await asyncio.shield(_warmed)


def _language(text: str, default: str) -> str:
    raw = [w.strip(".,!?;:") for w in text.split()]
    if english_frame(raw):  # blind 45 (claims111): "You're gebucht with Herr Yilmaz am Freitag"
        return "en"
    words = [w for w in raw if w.isalpha()]
    en = sum(w in _EN_MARKERS for w in words)
    de = sum(w in _DE_MARKERS for w in words)
    if abs(en - de) <= 1 and len(words) <= 8:
        # few markers ("Basst scho, is eingetragen"): the words only one dictionary knows
        en += sum(morph.is_known(w, "en") and not morph.is_known(w, "de") for w in words)
        de += sum(morph.is_known(w, "de") and not morph.is_known(w, "en") for w in words)
        de += 2 * sum(dialect_participle(w) is not None for w in words)  # "Jut, is jebucht"
    if en > de:
        return "en"
    if de > en:
        return "de"
    return default if default in ("de", "en") else "de"


def read_sentence(
    sentence: str,
    language: str = "de",
    *,
    stylists: Iterable[str] = (),
    services: Iterable[str] = (),
    service_aliases: Iterable[tuple[str, str]] = (),
    stylist_aliases: Iterable[tuple[str, str]] = (),
) -> SentenceReading:
    """Every claim `sentence` states as done about the caller's appointment.

    `language` is the call's; a sentence in the other language (a German `say` line in an English
    call) is read in its own. Stylist and service names let the reader tell "Fabian ist gebucht"
    (his day is full) from "Sie sind gebucht" and read which stylist or service a claim names;
    `stylist_aliases` are (nickname, display name) pairs ("Fabi").
    """
    names = _names(tuple(stylists), tuple(services), tuple(service_aliases), tuple(stylist_aliases))
    return _read(sentence, language, names)


@per_text(maxsize=16)
def _read(sentence: str, language: str, names: Names) -> SentenceReading:
    """`read_sentence`, kept per text: a decision reads its sentence once for the claims and
    again in the readers that re-read it whole (`said_in_question` compares a part's claims
    with the whole's); a reading is immutable, so the second read is the first one's result."""
    folded = fold(sentence)
    lang = _language(folded.text, language)
    reader = _readers(names)[lang]
    tokens = _answered_by_the_caller(tokenize(folded, sentence, lang, reader.meaningful), lang)
    clauses = split(tokens, reader.boundary)
    clauses = _in_own_language(clauses, folded, sentence, lang, names)
    infos = [
        _reader_of(c, lang, names).analyse(c, [x for x in clauses if x.sentence == c.sentence])
        for c in clauses
    ]
    claims = []
    for standing in compose(infos):
        if _summary_then_asked(clauses[standing.clauses[0]], clauses):
            continue
        parts = [clauses[i] for i in sorted(standing.clauses + standing.old_clauses)]
        start, end = folded.span(parts[0].start, parts[-1].end)
        details = _details(folded.text, standing, clauses, names, infos)
        kind = standing.kind
        swapped = _swapped(folded.text, clauses[standing.clauses[0]], clauses, kind, names)
        if swapped is not None:
            kind, details = ClaimKind.RESCHEDULED, swapped
        claims.append(Claim(kind, start, end, details, standing.follow_up))
    return SentenceReading(sentence, folded.text, tuple(claims))


_DEFINITE_APPOINTMENT = frozenset(
    {("der", "termin"), ("der", "platz"), ("die", "buchung"), ("the", "appointment"),
     ("the", "booking"), ("the", "slot")}
)  # fmt: skip
_SUMMARY = frozenset(
    {"zusammengefasst", "zusammenfassung", "fasse", "recap", "summary", "sum", "summarise",
     "summarize"}
)  # fmt: skip


def _summary_then_asked(first, clauses) -> bool:
    """ "Ich fasse zusammen: Freitag um zehn, bei Fabian. Soll ich buchen?": a summary that a
    question follows asks for consent; it states nothing."""
    after = [c for c in clauses if c.index == first.index + 1 and c.sentence == first.sentence]
    heading = (
        len(first.words) <= 4
        and bool(after)
        and after[0].punct_before == ":"
        and any(w.endswith(("termin", "appointment", "booking", "buchung")) for w in first.words)
    )  # "Ihr Termin: Freitag, zehn Uhr. Soll ich buchen?"
    if not (set(first.words) & _SUMMARY or heading):
        return False
    return any(c.question for c in clauses if c.index > first.index)


_SWAP = lazy(
    r"\b(von \w+ auf|gegen|dafür|jetzt ein|ist jetzt ein|wandert|tauschen|fällt weg|nicht mehr"
    r"|no longer|anymore|any more|from \w+ to|swapped|now a|ist weg|is gone|nun am|now on)\b"
)

# a visit said gone in favour of another day: the day it went to
_INSTEAD = lazy(r"\bnicht\b[^.;]*\bsondern\b|\bnot\b[^.;]*\bbut\s+(?:rather|instead)\b")


def _swapped(text: str, first, clauses, kind: ClaimKind, names: Names) -> ClaimDetails | None:
    """A move told as two days of one sentence ("Sie müssen am Freitag nicht mehr kommen,
    dafür am Donnerstag", "Ihr Freitagstermin ist jetzt ein Donnerstagstermin", "Ab jetzt
    gilt Donnerstag, der Freitag fällt weg"): read as the move, whatever its clause said, and
    checked against the call's move."""
    if kind not in (ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.CANCELLED, ClaimKind.GONE):
        return None
    same = [c for c in clauses if c.sentence == first.sentence]
    piece = text[same[0].start : same[-1].end]
    gone = kind in (ClaimKind.CANCELLED, ClaimKind.GONE) and _INSTEAD.search(piece)
    if not (_SWAP.search(piece) or gone):  # "nicht am Freitag, sondern am Donnerstag" (blind 29)
        return None
    if any(is_advice(c, lang) for c in same if c is not first for lang in ("de", "en")):
        return None  # "Bitte waschen Sie sich am Donnerstagabend die Haare nicht mehr, …"
    days = read_details(piece, names).weekdays
    if len(days) < 2:
        return None
    return read_roles(piece, names)


_OTHER = {"de": "en", "en": "de"}


def _foreign(clause, lang: str) -> bool:
    """A clause written in the other language ("Perfekt, you're all set für Freitag"): more of
    the other language's marker words than its own, and at least two of them."""
    words = clause.words
    if lang == "en" and english_frame(words):  # "your Termin am Samstag um zehn is confirmed"
        return False
    own, other = (_DE_MARKERS, _EN_MARKERS) if lang == "de" else (_EN_MARKERS, _DE_MARKERS)
    theirs = sum(w in other and w not in own for w in words)
    ours = sum(w in own and w not in other for w in words)
    return theirs >= 2 and theirs > ours


def _in_own_language(clauses, folded, sentence: str, lang: str, names: Names):
    """A clause in the other language is re-read with that language's words (lemmas,
    contractions), so its reader can read it whole."""
    foreign = [c for c in clauses if _foreign(c, lang)]
    if not foreign:
        return clauses
    other = _OTHER[lang]
    theirs = tokenize(folded, sentence, other, _readers(names)[other].meaningful)
    out = []
    for c in clauses:
        if c in foreign:
            toks = [t for t in theirs if t.start >= c.start and t.end <= c.end]
            if toks:
                c = dataclasses.replace(c, tokens=toks, lang=other)
        out.append(c)
    return out


def _reader_of(clause, lang: str, names: Names) -> LanguageReader:
    return _readers(names)[clause.lang or lang]


_WHO = {"de": ("wer", "sie"), "en": ("who", "you")}
_ANSWER = frozenset(
    {"sie", "you", "genau", "natürlich", "klar", "exactly", "of", "course", "yes", "ja",
     "richtig", "na", "yep", "yup", "right", "indeed", "the", "one", "and", "und"}
)  # fmt: skip


def _answered_by_the_caller(tokens: list[Token], lang: str) -> list[Token]:
    """ "Wer hat am Freitag einen Termin bei Fabian? Sie!": a question the sentence answers with
    the caller is a statement about the caller ("Sie hat am Freitag …" read as "Sie haben")."""
    who, caller = _WHO[lang]
    ends = [k for k, t in enumerate(tokens) if t.text == "?"]
    for q in ends:
        start = max(
            (k + 1 for k, t in enumerate(tokens[:q]) if t.text in {".", "!", "?"}), default=0
        )
        answer = []
        for t in tokens[q + 1 :]:
            if t.text in {".", "!", "?"}:
                break
            answer.append(t)
        words = [t.text for t in answer if t.is_word]
        if not words or caller not in words or not set(words) <= _ANSWER:
            continue
        for k in range(start, q):
            if tokens[k].text == who:
                tokens = list(tokens)
                t = tokens[k]
                tokens[k] = Token(caller, "caller", t.start, t.end, True)
                tokens[q] = Token(".", ".", tokens[q].start, tokens[q].end)
                break
    return tokens


_MESSAGE = lazy(r"\b\w*(erinnerung|bestätigung|reminder|confirmation|sms|e-?mail|text)\w*\b")
_APPOINTMENT_PHRASE = lazy(
    r"\b(für|zu|zum|an|for|of|about|before)\s+(ihren|ihrem|ihre|den|dem|die|your|the)\s+"
    r"(\w+\s+)?(\w*termin|appointment|booking|besuch|visit)\b"
)


def _anchored(piece: str) -> str:
    """In "Am Donnerstag bekommen Sie eine Erinnerung für Ihren Termin am Freitag" the
    appointment is Friday: details of a message clause are the appointment phrase's."""
    if _MESSAGE.search(piece):
        m = _APPOINTMENT_PHRASE.search(piece)
        if m:
            return piece[m.start() :]
    return piece


_ANAPHORS = frozenset(
    {"das", "es", "er", "dieser", "diesen", "that", "it", "this", "dort", "dorthin", "there"}
)


def _piece(text: str, clause) -> str:
    end = clause.end + 1 if text[clause.end : clause.end + 1] == "." else clause.end
    return text[clause.start : end]


# ("Alle Ihre Termine sind bestätigt": every one of the caller's, true of one as of two, as "All of
# your appointments are booked" reads: blind 32, claims68)
_SEVERAL = lazy(
    r"\b(beide|beiden|both)\s+(of\s+)?(\w+\s+)?(termine|terminen|buchungen|appointments|bookings)\b"
    r"|\b(alle|all)\s+(?!ihre\s|your\s|deine\s)(\w+\s+)?(termine|buchungen|appointments|bookings)\b"
    r"|\b(termine|appointments)\s+(\w+\s+){0,3}(beide|both)\b"
    r"|^\W*(alle\s+)?(beide|both)(\s+of\s+them)?\s+(sind|stehen|are|have)\b"  # "Both are booked"
)
# two people at once: "Sie beide", "Sie und Ihr Sohn", "you both", "both of you", "you and your son"
_TOGETHER = lazy(
    r"\b(sie|ihnen)\s+(beide|beiden)\b|\b(sie|you)\s+and\s+your\s+\w+"
    r"|\bsie\s+und\s+ihr(e|en|em|er)?\s+\w+|\byou\s+both\b|\bboth\s+of\s+you\b"
    r"|\bihr(e|en|em|er)?\s+\w+\s+und\s+sie\b|\byour\s+\w+\s+and\s+you\b"
)
_COMPANION = (
    r"\b(ihr|ihre|ihrer|ihres|ihrem|ihren|your)\s+("
    + "|".join(sorted(LEX_DE.COMPANIONS | LEX_EN.COMPANIONS))
    + r")\w*\b"
)
_TOO = r"\b(auch|ebenfalls|too|also|as\s+well)\b"
# the companion's appointment as well as the caller's: "Ihr Sohn hat ebenfalls einen Termin"
_ALSO_COMPANION = lazy(rf"^((und|and|der|die|das|für|for)\s+)*{_COMPANION}.*{_TOO}")
# the relative said booked (not said to have an appointment): booked besides the caller
_BOOKED_TOO = lazy(
    r"\b(gebucht|eingetragen|eingebucht|booked|confirmed|reserviert|fest\s+eingeplant)\b"
)
# "Einer der beiden Termine", "one of the two": one of them, not both
_ONE_OF = lazy(r"\b(?:einer|eine|eins|one)\s+(?:der|von|of)\b")
_RELATIVE_TO = lazy(r"\b(before|vor|bis|until|till|by)\b")
_MOVED_FROM = lazy(r"\b(statt|anstatt|anstelle|instead\s+of|rather\s+than)\b")


def _details(text: str, standing, clauses, names: Names, infos) -> ClaimDetails:
    found = _claim_details(text, standing, clauses, names, infos)
    first = clauses[standing.clauses[0]]
    # "You and your son are both booked in": the subject may sit before a coordinating "and"
    before = [c for c in clauses if c.sentence == first.sentence and c.index == first.index - 1]
    joined = first.link is Link.COORD and not first.punct_before
    lead = text[before[0].start : first.start] if before and joined else ""
    piece = lead + _piece(text, first)
    if _TOGETHER.search(piece):
        same = [c for c in clauses if c.sentence == first.sentence]
        listed = read_details(text[same[0].start : same[-1].end], names)
        if len(listed.weekdays) > 1 or len(listed.times) > 1:
            # "Ich habe Sie beide eingetragen, Sie am Freitag und Ihren Mann am Samstag"
            return ClaimDetails(found.parts, several=True)
        return ClaimDetails(found.parts, several=True, together=True)
    if (
        _ALSO_COMPANION.search(piece.lower())
        and not _BOOKED_TOO.search(piece.lower())
        and not read_details(piece, names).empty
    ):
        # "Ihr Sohn hat am Freitag um zehn ebenfalls einen Termin": the same time as the caller;
        # but "Ihre Tochter ist am Samstag um elf ebenfalls gebucht" (blind 15): the relative's
        # own booking, besides the caller's, as "Your wife's appointment … is booked as well"
        return ClaimDetails(found.parts, several=True, together=True)
    if (
        _SEVERAL.search(piece)
        and not _ALSO_COMPANION.search(piece.lower())
        and not _ONE_OF.search(piece)
    ):
        # "Beide Termine sind jetzt bei Fabian": one value said of both holds for both (blind
        # 32, claims74); "Beide Termine sind drin, Freitag und Samstag" names each its own
        # (what the quantifier's own clause names: "Beide Termine sind drin, der zweite ist am
        # Samstag …" names the second's, not both's)
        own = ClaimDetails(((Role.ANY, read_details(piece, names)),))
        return ClaimDetails(
            found.parts, several=True, together=found.one_value_each and own.one_value_each
        )
    if _SEVERAL.search(piece) or _ALSO_COMPANION.search(piece.lower()):
        return ClaimDetails(found.parts, several=True)
    return found


_DEFINITE = lazy(
    r"^(?:\w+ ){0,3}?(das|so|es|that|it|this|der termin|die buchung|the appointment|the booking)\b"
)


# a sentence that is only an hour, in a list of details said sentence by sentence (blind 49)
_BARE_HOUR = lazy(
    r"\W*(?:um\s+|at\s+)?(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\W*"
)


def _alone(clause, clauses) -> bool:
    """Whether `clause` is a sentence of its own."""
    return sum(c.sentence == clause.sentence for c in clauses) == 1


def _detail_sentences(first, clauses, infos) -> list[int]:
    """The clauses of the sentences right after `first`'s that only list details, each said as
    a sentence of its own ("Eingetragen ist es. Freitag. 10 Uhr. Lena.", blind 49): the run of
    them up to the first sentence that says more."""
    out: list[int] = []
    sentence = first.sentence + 1
    while nxt := [c for c in clauses if c.sentence == sentence]:
        if not all(infos[c.index].detail_only for c in nxt):
            break
        out.extend(c.index for c in nxt)
        sentence += 1
    return out


def _neighbour_sentence(text: str, first, clauses, names: Names, infos) -> list[int]:
    """A claim that names nothing of its own in a long reply takes the details of the sentence
    around it that only lists them: the recap before "Das ist so im Kalender" / "Der Termin ist
    festgehalten" / "That's in the calendar now", the fragment after "Sie sind drin. Freitag
    zehn Uhr." Then a claim about Friday is checked against the appointment as it is now."""
    same = [c for c in clauses if c.sentence == first.sentence]
    nxt = _detail_sentences(first, clauses, infos)
    if first is same[-1] and nxt:
        return nxt  # "…, aber Sie sind drin. Freitag zehn Uhr."
    prev = [c for c in clauses if c.sentence == first.sentence - 1]
    if first is not same[0] or not prev or not _DEFINITE.match(" ".join(first.words)):
        return []
    recap = any(set(c.words) & _SUMMARY for c in prev)  # "Kurz zusammengefasst: …"
    if any((infos[c.index].candidates and not recap) or infos[c.index].interrogative for c in prev):
        return []
    if any(len(c.words) > 6 for c in prev) or not any(infos[c.index].detail_only for c in prev):
        return []
    return [c.index for c in prev if infos[c.index].detail_only]


_CALLER_WORDS = frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihnen", "you", "your"})
_ASIDE = frozenset({"wie", "as", "so", "like"})


def _said_by_name(matrix, names: Names) -> bool:
    """The matrix's subject is a named stylist who says or confirms the complement."""
    words = [w for w in matrix.words if w not in {"und", "and", "also", "so"}]
    says = {"confirmed", "confirms", "said", "says", "bestätigt", "gesagt", "meint", "meinte"}
    named = bool(words) and any(words[0] in ws for _, ws in names.stylists)
    return named and bool(set(words) & says) and len(words) <= 5  # not "Mehmet weiß, dass …"


def _later_details(first, clauses, infos, names: Names, text: str) -> int | None:
    """A claim that names nothing itself takes the details a later clause of its sentence gives
    about the caller's appointment ("Ja, Sie stehen drin, ich sehe Ihren Namen am Freitag um
    zehn", "Yes, you're definitely in, Friday at ten", "Ihr Termin bleibt, wie er war, am
    Freitag um zehn"), skipping an aside ("wie er war"); not a question's, a condition's or a
    clause about something else ("…, am Samstag haben wir länger offen")."""
    if first.link not in MAIN:
        return None  # "Weil Ihr Termin gebucht ist, bekommen Sie morgen …": "morgen" is not its
    for c in clauses[first.index + 1 :]:
        info = infos[c.index]
        if c.sentence != first.sentence:
            return None
        if c.words[:1] and c.words[0] in _ASIDE and len(c.words) <= 4 and not c.question:
            continue  # "wie er war", "as agreed"
        if info.interrogative or c.link in CONTINGENT:
            return None
        if not (info.detail_only or set(c.words) & _CALLER_WORDS):
            return None
        return None if read_details(_piece(text, c), names).empty else c.index
    return None


_BUT_OPENERS = frozenset({"aber", "nur", "allerdings", "jedoch", "but", "only", "except"})
_OWN_VERB = frozenset({
    "muss", "müssen", "sollte", "soll", "wird", "werden", "ist", "sind", "needs", "need", "must",
    "has", "have", "is", "are", "will", "still",
})  # fmt: skip


def _other_matter(clause) -> bool:
    """A clause after the claim opened by "aber / nur / but / except" with a verb of its own
    says something else ("Er ist gebucht, nur die Farbe muss noch getestet werden": blind 34,
    claims77): its service is not the booking's; "…, aber erst am Freitag" lends its day."""
    words = [*(clause.opener or ()), *clause.words]
    return bool(words) and words[0] in _BUT_OPENERS and bool(set(words[1:]) & _OWN_VERB)


def _claim_details(text: str, standing, clauses, names: Names, infos) -> ClaimDetails:
    if standing.scope is not None:
        # "Would you like a beard trim with your booked appointment?": what the presupposed
        # appointment is, not what the question offers (and the fragments next to it)
        start, end = standing.scope
        parts = [(Role.ANY, read_details(text[start:end], names))]
        for i in standing.clauses[1:]:
            if infos[i].detail_only:
                parts.append((Role.ANY, read_details(_piece(text, clauses[i]), names)))
        return ClaimDetails(tuple((r, d) for r, d in parts if not d.empty))
    parts: list[tuple[Role, object]] = []
    first = clauses[standing.clauses[0]]
    indexes = list(standing.clauses)
    bare = (
        len(first.words) <= 2
        or bool(set(first.words) & _ANAPHORS)
        or first.link is Link.PRESUPPOSED  # "Anything else before Friday, now that you're set?"
        or (first.link is Link.COMMA and tuple(first.words[:2]) in _DEFINITE_APPOINTMENT)
    )  # "Die Lösung wird für Freitag bestellt, der Platz ist ja sicher": Friday's place
    placed = infos[first.index].candidates and any(
        w in {"dort", "there", "straight", "direkt", "gleich", "da"} for w in first.words
    )  # "…, frei ist, und Sie dort eingetragen": the slot the clause before named
    if (bare or placed) and read_details(_piece(text, first), names).empty:
        # "Ich trage Sie für Freitag ein, das ist drin", "Das wäre Freitag um zehn, gebucht."
        for j in (first.index - 1, first.index + 1):
            if 0 <= j < len(clauses) and clauses[j].sentence == first.sentence:
                asks = infos[j].interrogative and first.link is not Link.PRESUPPOSED
                # "Weil Ihr Termin gebucht ist, bekommen Sie morgen …": "morgen" is when the
                # other thing happens; "…, before Friday, now that you're set?" is the visit's
                elsewhere = (
                    first.link is Link.PRESUPPOSED
                    and not _RELATIVE_TO.search(_piece(text, clauses[j]))
                    and not (j < first.index and first.opener[:1] in (("denn",), ("for",)))
                )  # "Sobald Sie am Freitag ankommen, denn der Termin ist ja fix, …": Friday's
                asked_when = ASKED_WHEN.search(_piece(text, clauses[j]).lower())
                other = j > first.index and _other_matter(clauses[j])
                if j not in indexes and not (asks or elsewhere or asked_when or other):
                    indexes.append(j)
                break
        else:
            # "Erfasst! Freitag, 28. November, 10 Uhr.": the details are the next sentence
            nxt = _detail_sentences(first, clauses, infos)
            if first.index + 1 < len(clauses) and nxt:
                indexes.extend(nxt)
        if all(c.index in indexes for c in clauses if c.sentence == first.sentence):
            # "Eingetragen: Freitag. Zehn Uhr. Frau Brandt.": the details go on sentence by
            # sentence after the claim's own (blind 49)
            indexes.extend(i for i in _detail_sentences(first, clauses, infos) if i not in indexes)
    if indexes == [first.index] and read_details(_piece(text, first), names).empty:
        indexes.extend(_neighbour_sentence(text, first, clauses, names, infos))
    for i in list(indexes):
        # a relative clause describes its antecedent, a complement its matrix: "der Donnerstag,
        # den ich eingetragen habe", "Mehmet ist informiert, dass Sie am Freitag kommen"
        c = clauses[i]
        if (infos[i].relative or c.link is Link.COMPLEMENT) and i > 0 and i - 1 not in indexes:
            said_by = c.link is Link.COMPLEMENT and _said_by_name(clauses[i - 1], names)
            if infos[i].relative and infos[i].candidates and _names_details(_piece(text, c)):
                continue  # "…, mit Fabian, der hat Sie ja am Freitag": the claim names its own
            if clauses[i - 1].sentence == c.sentence and not infos[i - 1].candidates:
                if not said_by:  # "Lena has confirmed …": Lena said it, it is not hers
                    indexes.append(i - 1)
    listed: list[tuple[int, str, Details]] = []  # the clauses' own details (`by_item`)
    for i in indexes:
        c = infos[i].clause  # the clause as read ("…, elf Uhr, bei Lena fest" with its subject)
        piece = _anchored(_piece(text, c))
        if i != first.index and _BARE_HOUR.fullmatch(piece) and _alone(c, clauses):
            piece = _BARE_HOUR.sub(r"um \1 uhr", piece)  # "Gebucht: Freitag. Zehn. Fabian."
        if (standing.kind is ClaimKind.RESCHEDULED and not standing.old_clauses) or (
            standing.kind is ClaimKind.BOOKED and _MOVED_FROM.search(piece)
        ):  # "Der neue Termin steht: morgen um 15 Uhr statt Freitag": Friday is where it was
            parts.extend(read_roles(piece, names).parts)
        else:
            role = Role.NEW if standing.old_clauses else Role.ANY
            parts.append((role, read_details(piece, names)))
            listed.append((c.index, c.punct_before, parts[-1][1]))
    items = by_item(sorted(listed, key=lambda x: x[0])) if len(listed) == len(parts) else None
    if items is not None and not standing.old_clauses:  # "Freitag, 10 Uhr, Fabian; Samstag, …"
        parts = [(Role.ANY, d) for d in items]
    if not standing.old_clauses and all(d.empty for _, d in parts):
        later = _later_details(first, clauses, infos, names, text)
        if later is not None and later not in indexes:
            parts.append((Role.ANY, read_details(_piece(text, clauses[later]), names)))
    for i in standing.old_clauses:
        parts.append((Role.OLD, read_details(_piece(text, clauses[i]), names)))
    if standing.kind is ClaimKind.BOOKED:
        # "bei Fabian statt bei Lena eingetragen": the stylist asked for, not a moved appointment
        parts = [(r, d) for r, d in parts if not (r is Role.OLD and _stylist_only(d))]
    when = _reason_day(text, first, clauses, names, parts)
    if when is not None:
        parts.append((Role.ANY, when))
    return ClaimDetails(tuple((r, d) for r, d in parts if not d.empty))


_REASON = frozenset({"deshalb", "daher", "darum", "deswegen", "dafür", "stattdessen"})


def _reason_day(text: str, first, clauses, names: Names, parts) -> Details | None:
    """ "Die ist am Freitag leider nicht da. Deshalb habe ich Sie bei Fabian eingeplant": a
    claim told as the consequence of the sentence before, naming no day or time of its own, is
    about the day and time that sentence named."""
    opens_sentence = first.index == 0 or clauses[first.index - 1].sentence != first.sentence
    if not opens_sentence or not first.words or first.words[0] not in _REASON:
        return None
    if any(d.weekdays or d.days or d.relative_days or d.times for _, d in parts):
        return None
    prev = [c for c in clauses if c.sentence == first.sentence - 1]
    if not prev:
        return None
    d = read_details(" ".join(_piece(text, c) for c in prev), names)
    if not (d.weekdays or d.days or d.relative_days or d.times):
        return None
    return Details(d.weekdays, d.days, d.months, d.relative_days, d.times)


def _stylist_only(d) -> bool:
    return bool(d.stylists) and not (
        d.weekdays or d.days or d.months or d.relative_days or d.times or d.weeks or d.shifts
    )


def _names_details(piece: str) -> bool:
    """A cheap look for a day or a time in a piece of text (before reading its details)."""
    return any(is_detail_word(w) for w in piece.split() if w not in {"am", "um", "in", "an"})
