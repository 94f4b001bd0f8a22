"""Reading one German clause: which completed facts about the caller's appointment it states.

A claim needs three things: a word that means booked/recorded/confirmed/cancelled/moved/expected
(by lemma, `lexicon_de`), a form that states it as done (a participle with haben/sein/wurde or
standing alone, a state like "steht" or "ist fix", a goodbye that presupposes the visit), and an
object that is the caller's appointment (not "Ihre Nummer", not "Fabian ist ausgebucht"). Negation,
modality, the subjunctive and questions are read here per clause; how clauses bear on each other
is `reading.compose`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from itertools import pairwise

from agent.claims import lexicon_de as L
from agent.claims import morph
from agent.claims.clauses import Boundary, Clause, Link
from agent.claims.details import MONTHS, RELATIVE_DAYS, WEEKDAYS, Names, is_detail_word
from agent.claims.model import ClaimKind
from agent.claims.reading import Candidate, ClauseInfo, Matrix
from agent.claims.tokens import Token

K = ClaimKind
_CLASS: dict[str, str] = {}
for _name, _words in (
    ("book", L.BOOK),
    ("record", L.RECORD),
    ("secure", L.SECURE),
    ("confirm", L.CONFIRM),
    ("cancel", L.CANCEL),
    ("cancel_state", L.CANCEL_STATE),
    ("move", L.MOVE),
    ("place", L.PLACE),
    ("done", L.DONE),
    ("perform", L.PERFORM),
    ("hold", frozenset({"reservieren", "freihalten", "vorhalten", "blocken", "blockieren"})),
):
    for _w in _words:
        _CLASS[_w] = _name
_KIND = {
    "book": K.BOOKED,
    "record": K.BOOKED,
    "secure": K.BOOKED,
    "cancel": K.CANCELLED,
    "cancel_state": K.CANCELLED,
    "move": K.RESCHEDULED,
}
_TRANSITIVE = {"book", "record", "secure", "confirm", "cancel", "move", "place", "hold", "perform"}
_INSEPARABLE = ("be", "ver", "ent", "er", "zer", "miss", "hinter", "über", "ge", "emp")
_ADJ_END = ("en", "er", "es", "em", "e")
_SUBJECT_START = frozenset(
    {"der", "die", "das", "ihr", "ihre", "ihren", "sie", "ich", "wir", "es", "er", "man", "alles",
     "dieser", "diese", "fabian", "mein", "meine", "unser", "unsere"}
)  # fmt: skip
_THIRD_PERSON = frozenset({"er", "es", "man", "der", "die", "das", "dieser", "system", "salon"})
_SPEAKER = frozenset({"ich", "wir", "mich", "mir", "uns"})
_CALLER_OBJECT = frozenset({"sie", "ihnen", "dich", "dir", "euch"})
_HABITUAL = frozenset({"immer", "meistens", "oft", "häufig", "normalerweise", "gewöhnlich",
                       "meist", "regelmäßig", "selten", "dienstags", "samstags"})  # fmt: skip
_FUTURE_ADVERB = frozenset({"gleich", "sofort", "demnächst", "bald", "nachher"})
_INFO_NOUNS = frozenset(
    {"name", "namen", "vorname", "vornamen", "nachname", "nachnamen", "nummer", "telefonnummer",
     "handynummer", "rufnummer", "adresse", "e-mail", "email", "mailadresse", "wunsch", "wünsche",
     "allergie", "allergien", "hinweis", "notiz", "anmerkung", "daten", "kontaktdaten", "angaben",
     "anliegen", "haartyp", "haarlänge", "unverträglichkeit", "geburtstag", "kundennummer",
     "rückruf", "rückrufbitte", "info", "information", "informationen", "vorlieben", "präferenz",
     "bemerkung", "kommentar", "beschwerde", "frage", "fragen", "bitte", "haare", "farbe",
     "vorschlag", "fotos", "bild", "bilder", "preis", "preise", "bestellung", "gutschein"}
)  # fmt: skip
_NUMBER_WORDS = "|".join(
    ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
     "zwölf")
)  # fmt: skip
_AUX = L.HABEN | L.SEIN | L.WURDE | L.WERDEN | L.MODAL | L.WAERE | L.HYPOTHETICAL
_GOODBYE_TIME = frozenset({"dann", "zum", "nächste", "nächsten", "nächster", "in", "zu"})
_MESSAGE_STEMS = (
    "schick",
    "geschickt",
    "send",
    "gesendet",
    "bekomm",
    "erhalt",
    "erhält",
    "verschick",
    "zusend",
    "zugeh",
    "zugestellt",
    "rausgeh",
)
_NOT_GOODBYE = frozenset({"bald", "gleich", "demnächst", "später", "nachher", "zum nächsten"})


class Form(Enum):
    PARTICIPLE = "participle"  # gebucht, verschoben
    AMBIGUOUS = "ambiguous"  # storniert, bestätigt: participle or "er storniert"
    FIRST_PERSON = "first_person"  # buche, trage (ein)
    FINITE = "finite"  # bucht, steht
    INFINITIVE = "infinitive"  # buchen, einzutragen
    OTHER = "other"


def form_of(text: str, lemma: str) -> Form:
    if text == lemma:
        return Form.INFINITIVE
    if "zu" in text and text.replace("zu", "", 1) == lemma:
        return Form.INFINITIVE
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    core = lemma
    for p in L.PARTICLES:
        if lemma.startswith(p) and len(lemma) > len(p) + 3:
            core = lemma[len(p) :]
            break
    if re.match(r"^(\w*?)ge\w+(t|en)$", text) and (text.startswith("ge") or "ge" in text[:8]):
        if text.endswith(("t", "en")) and not text.endswith("ten"):
            return Form.PARTICIPLE
        if text.endswith("ten") and text[:-1] != lemma:
            return Form.PARTICIPLE
    inseparable = lemma.startswith(_INSEPARABLE) or core.startswith(_INSEPARABLE)
    if text in (stem + "t", stem + "et") and (lemma.endswith("ieren") or inseparable):
        return Form.AMBIGUOUS  # "storniert", "bestätigt", "verarbeitet"
    if text in {stem + "e", stem}:
        return Form.FIRST_PERSON
    if text.endswith("en") and not text.endswith("ten"):
        return Form.PARTICIPLE  # strong participle without ge-: verschoben, entfallen
    if text == stem + "t" or text.endswith(("st", "t")):
        return Form.FINITE
    return Form.OTHER


class GermanReader:
    lang = "de"

    def __init__(self, names: Names):
        self.names = names
        self._name_words = names.words
        self._stylist_words = frozenset(w for _, ws in names.stylists for w in ws)

    # ---- words -----------------------------------------------------------------------------

    def meaningful(self, lemma: str) -> bool:
        return (
            lemma in _CLASS
            or lemma in L.FIRM
            or lemma
            in {
                "stehen",
                "drin",
                "erwarten",
                "bestätigung",
                "termin",
                "wiedersehen",
                "freuen",
            }
        )

    def boundary(self, tokens: Sequence[Token], i: int, start: int) -> Boundary | None:
        w = tokens[i].text
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        at_start = i == start
        prev = tokens[i - 1].text if i else ""
        if w == "und":
            if (prev, nxt) in {("dach", "fach"), ("hin", "her"), ("gut", "gerne")}:
                return None  # "unter Dach und Fach": one idiom
            if _imperative(tokens[start:i]):
                return Boundary(Link.CONDITION, 1)  # "Sagen Sie Ja, und er ist gebucht"
            return Boundary(Link.COORD, 1)
        if w == "oder":
            return None if nxt in {"?", "", ".", "!"} else Boundary(Link.COORD, 1)
        if w in {"aber", "jedoch"} and not at_start and prev in _AUX:
            return None  # "gebucht ist aber noch nichts": a particle, not a conjunction
        if w in {"aber", "sondern", "jedoch"}:
            return Boundary(Link.CONTRAST, 1)
        if w == "denn" and at_start and i > 0:
            return Boundary(Link.PRESUPPOSED, 1)
        if w in {"dass", "daß"}:
            return Boundary(Link.COMPLEMENT, 1)
        if w == "ob":
            return Boundary(Link.WHETHER, 1)
        if w in {"ich", "wir"} and not at_start and i + 1 < len(tokens) and _runs_on(tokens, i):
            return Boundary(Link.COMMA, 0)  # "… statt Freitag ich hoffe das passt"
        if w in {"wenn", "falls", "sofern", "sobald", "solange"}:
            return Boundary(Link.CONDITION, 1)
        if w in {"bevor", "ehe"}:
            return Boundary(Link.BEFORE, 1)
        if w in {"nachdem", "weil", "obwohl", "obgleich", "sodass"}:
            return Boundary(Link.PRESUPPOSED, 1)
        if w == "so" and nxt == "dass":
            return Boundary(Link.PRESUPPOSED, 2)
        if w in {"jetzt", "nun"} and nxt in {"wo", "da"}:
            return Boundary(Link.PRESUPPOSED, 2)
        if w == "wo" and at_start and prev == ",":
            return Boundary(Link.PRESUPPOSED, 1)
        if w == "da" and at_start and nxt in _SUBJECT_START:
            return Boundary(Link.PRESUPPOSED, 1)
        if w == "damit" and nxt in _SUBJECT_START and nxt not in {"ihr", "ihre", "ihren"}:
            return Boundary(Link.PURPOSE, 1)
        if w == "ohne" and nxt == "dass":
            return Boundary(Link.NEGATED, 2)
        if w == "um" and at_start:
            for t in tokens[i + 1 : i + 12]:
                if t.text in {",", ".", "?", "!"}:
                    break
                if t.text == "zu" or (
                    t.text.startswith(("einzu", "abzu", "umzu")) and t.text != t.lemma
                ):
                    return Boundary(Link.PURPOSE, 1)
        return None

    # ---- one clause --------------------------------------------------------------------------

    def analyse(self, clause: Clause, sentence: Sequence[Clause]) -> ClauseInfo:
        toks = clause.tokens
        words = [t.text for t in toks if t.is_word]
        info = ClauseInfo(clause)
        if not words:
            return info
        ws = set(words)
        c = _Context(self, clause, sentence, words)
        info.negated = c.negated
        info.nonfactual = c.modal or c.hypothetical or c.konj1 or (c.werden and not c.wurde)
        info.interrogative = self._interrogative(toks)
        info.tag = " ".join(words) in L.TAGS or words in (["nicht", "wahr"],)
        info.detail_only = all(
            is_detail_word(w) or w in self._name_words or w in _DETAIL_FILLER for w in words
        )
        info.relative = (
            clause.link is Link.COMMA
            and toks[0].text in L.RELATIVE
            and not (len(toks) > 1 and toks[1].capital)
            and clause.punct_before == ","
        )
        info.third_party = bool(ws & {"jemand", "jemandem", "zuvorgekommen", "schneller"}) or (
            bool(ws & {"andere", "anderer", "anderes"}) and bool(ws & {"kundin", "kunde"})
        )
        info.reports = c.reports
        info.matrix = c.matrix()
        info.candidates = [cand for cand in c.candidates() if cand is not None]
        if not info.candidates and not info.detail_only:
            fallback = c.unrecognised_statement()
            info.candidates = [fallback] if fallback else []
        if ws & L.CONTINGENCY or _awaits_consent(words):
            info.candidates = [cand for cand in info.candidates if cand.presupposed]
        if info.candidates:
            info.detail_only = False
        return info

    def _interrogative(self, toks: Sequence[Token]) -> bool:
        words = [t for t in toks if t.is_word]
        k = 0
        while k < len(words) and words[k].text in {"und", "oder", "aber", "na", "ach", "oh"}:
            k += 1
        if k >= len(words):
            return False
        first = words[k].text
        if first in L.WH and not (
            first == "wie" and k + 1 < len(words) and words[k + 1].text == "gesagt"
        ):
            return True
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if (
            first
            in L.HABEN
            | L.SEIN
            | L.WURDE
            | L.WERDEN
            | L.MODAL
            | L.EPISTEMIC
            | L.HYPOTHETICAL
            | L.WAERE
        ):
            return nxt not in {
                "",
                "drin",
                "fix",
                "fest",
                "notiert",
                "gebucht",
                "erledigt",
            } and not (words[k + 1].lemma in _CLASS and nxt != words[k + 1].lemma)
        verbish = (
            words[k].lemma != first
            and not words[k].capital
            and (words[k].lemma.endswith(("en", "ern", "eln")))
        )
        return verbish and nxt in {
            "ich",
            "sie",
            "wir",
            "es",
            "das",
            "der",
            "die",
            "man",
            "er",
            "ihnen",
            "mir",
        }


# words that turn "stehen", "sein" + state into something else: "steht Ihnen gut", "ist frei"
_IDIOM_MARKERS = frozenset({
    "gut", "schlecht", "besser", "frei", "offen", "mir", "dir", "zur", "verfügung", "außer",
    "bevor", "weg", "blatt", "sternen", "kopf", "raum", "leid", "egal", "wichtig", "richtig",
    "falsch", "möglich", "lieber", "aus", "nahe", "sicherlich", "bereit", "klar", "ohr",
})  # fmt: skip
_PERSON_NOUNS = frozenset({"name", "namen", "herr", "frau"})
_INFO_TAILS = ("adresse", "nummer", "daten", "namen", "allergie", "wunsch", "hinweis", "notiz")
_ADVERBS = frozenset({"bestens", "sofort", "gerade", "eben", "soeben", "nun", "jetzt"})
_DETAIL_FILLER = frozenset(
    {"am", "um", "bei", "beim", "den", "der", "dem", "die", "das", "mit", "zum", "zur", "für",
     "von", "vom", "bis", "und", "ab", "gegen", "also", "dann", "uhr", "ihre", "ihr",
     "ihren", "ihrem", "gleich", "so", "statt", "anstatt", "auf", "nach", "neu", "neue", "neuen",
     "ebenso", "sowie", "auch", "jeweils"}
)  # fmt: skip


class _Context:
    """One clause's words and the facts about them the rules below share."""

    def __init__(self, reader: GermanReader, clause: Clause, sentence: Sequence[Clause], words):
        self.r = reader
        self.clause = clause
        self.sentence = sentence
        self.toks = [t for t in clause.tokens if t.is_word]
        self.words = words
        self.ws = set(words)
        self.lemmas = [t.lemma for t in self.toks]
        # verbs are written small: "Fragen" is a noun, "fragen" a verb
        self.verb_lemmas = [t.lemma for k, t in enumerate(self.toks) if not t.capital or k == 0]
        ws = self.ws
        self.haben = bool(ws & L.HABEN)
        self.sein = bool(ws & L.SEIN)
        self.wurde = bool(ws & L.WURDE)
        self.werden = bool(ws & L.WERDEN)
        self.konj1 = bool(ws & L.KONJ1)
        self.waere = bool(ws & L.WAERE)
        self.hypothetical = bool(ws & L.HYPOTHETICAL)
        if (
            ws & {"hätten", "hätte"}
            and ws & {"wir", "ich"}
            and not ws
            & ({"gern", "gerne", "fast", "beinahe", "sonst", "eigentlich", "würde", "würden"})
            and not any(c.link is Link.CONDITION for c in sentence)
        ):
            self.hypothetical = False  # "Das hätten wir gebucht": colloquial for done
        self.modal = bool(ws & L.MODAL)
        self.epistemic = bool(ws & L.EPISTEMIC)
        self.no_longer = (
            _has_seq(words, ("nicht", "mehr")) or _has_seq(words, ("kein", "mehr"))
        ) and not _has_seq(words, ("mehr", "nur"))  # "nicht mehr nur vorgemerkt": now more
        self.negated = self._negated()
        self.caller = bool(ws & L.CALLER)
        self.caller_object = bool(ws & _CALLER_OBJECT)
        self.appointment = any(_is_appointment(w) for w in words) or (
            words[:1] == ["er"]
            and any(_is_appointment(w) for c in sentence if c.index < clause.index for w in c.words)
        )  # "Ihr Termin ist nicht storniert, er findet statt"
        self.event = self._event_kind()
        self.speaker = bool(ws & {"ich", "wir"})
        self.reports = self._reports()
        self.detail_named = any(
            is_detail_word(w)
            and w
            not in {
                "am",
                "um",
                "den",
                "der",
                "in",
                "the",
                "on",
                "of",
                "bis",
                "vor",
                "nach",
                "zum",
                "früh",
            }
            for w in words
        ) or bool(ws & reader._name_words)

    # ---- the clause as a whole -------------------------------------------------------------

    def _negated(self) -> bool:
        words = self.words
        skip: set[int] = set()
        for idiom in L.NEGATION_IDIOMS:
            for i in range(len(words) - len(idiom) + 1):
                if tuple(words[i : i + len(idiom)]) == idiom:
                    skip.add(i)
        for i, w in enumerate(words[:-1]):
            if w == "ohne" and words[i + 1] not in {"dass", "zu"}:
                skip.add(i)  # "ohne Gebühr storniert": without a fee, still cancelled
        neg = any(w in L.NEGATION and i not in skip for i, w in enumerate(words))
        if not neg and self.clause.opener[:1] == ("noch",):
            neg = True
        if not neg and words[0] == "noch":
            prev = [c for c in self.sentence if c.index == self.clause.index - 1]
            neg = bool(prev and "weder" in prev[0].words)
        return neg

    def _event_kind(self) -> ClaimKind | None:
        for w in self.words:
            kind = L.EVENT_KIND.get(w) or _status_event(w, self.ws)
            if kind:
                return ClaimKind(kind)
        for t in self.toks:  # a verb used as a noun: "Das Buchen hat geklappt"
            if t.capital and t is not self.toks[0] and _CLASS.get(t.lemma) in _KIND:
                return _KIND[_CLASS[t.lemma]]
        if self.appointment:
            return None
        for c in self.sentence:  # an elliptical clause takes its noun from the sentence
            for w in c.words:
                kind = L.EVENT_KIND.get(w) or _status_event(w, set(c.words) | self.ws)
                if kind:
                    return ClaimKind(kind)
        return None

    def _reports(self) -> bool:
        ws = self.ws
        if _has_seq(self.words, ("laut", "ihnen")) or _has_seq(self.words, ("laut", "ihrer")):
            return True
        reporting = any(
            t.lemma in L.REPORT_VERB - {"wissen"} and (not t.capital or k == 0)
            for k, t in enumerate(self.toks)
        )  # knowing is factive ("Sie wissen ja, dass …"), not someone's report
        if not reporting or self.speaker:
            return False
        if "gesagt" in ws and "wie" in ws:
            return False
        if self.words[1:2] == ["sie"] and self.toks[0].lemma in L.REPORT_VERB:
            return False  # "Denken Sie an …", "Sagen Sie Fabian Bescheid": a request
        if "denken" in self.lemmas and "an" in ws:
            return False  # thinking of something is remembering it, not a report
        return bool(ws & {"sie", "ihr", "ihre", "jemand", "mann", "frau", "kollegin", "kollege"})

    def matrix(self) -> Matrix:
        affirm = any(lm in L.AFFIRM_VERB for lm in self.verb_lemmas) or bool(
            self.ws & {"schön", "toll", "froh", "glücklich", "prima", "super", "gut", "gesagt",
                       "glück", "glücklicherweise", "soweit", "laut", "nachricht", "nachrichten"}
        )  # fmt: skip
        doubt = any(lm in L.DOUBT_VERB or lm == "hoffen" for lm in self.verb_lemmas)
        if (
            doubt
            and self.haben
            and not self.negated
            and any(
                t.lemma in L.DOUBT_VERB and form_of(t.text, t.lemma) is Form.PARTICIPLE
                for t in self.toks
            )
        ):
            doubt, affirm = False, True  # "Ich habe nachgeschaut, …": the check is done
        if self.factive():
            return Matrix.AFFIRM
        if doubt and not self.lemmas_hope() and self._own_object():
            doubt = False  # "Das mit dem Parken klären wir am Freitag, …"
        if self.reports:
            return Matrix.WITHHOLD
        if affirm and self.negated:
            return Matrix.WITHHOLD
        if doubt and not affirm:
            return Matrix.WITHHOLD
        if affirm and (self.hypothetical or self.konj1):
            return Matrix.WITHHOLD
        if affirm and self.modal and not (self.ws & L.PERFORMATIVE_MODAL):
            return Matrix.WITHHOLD
        if affirm:
            return Matrix.AFFIRM
        return Matrix.NONE

    def lemmas_hope(self) -> bool:
        return bool({"hoffen", "glauben", "denken", "fragen", "wissen"} & set(self.verb_lemmas))

    def _own_object(self) -> bool:
        """The clause has an object of its own (a noun, "das mit …"), so the next is not its
        complement."""
        return any(t.capital and k > 0 for k, t in enumerate(self.toks)) or (
            _has_seq(self.words, ("das", "mit"))
        )

    def factive(self) -> bool:
        """The complement is presupposed true whatever this clause does with it: "Fabian weiß,
        dass …", "Wussten Sie, dass …", "Ist es okay, dass ich Sie eingetragen habe?"."""
        if "wissen" in self.lemmas and not self.negated and not self.modal:
            return True
        evaluative = {"okay", "ok", "recht", "schlimm", "problem", "ordnung", "gut", "schön"}
        return bool(self.ws & evaluative) and self.clause.question and not self.speaker

    # ---- candidates --------------------------------------------------------------------------

    def candidates(self):
        yield from self._verbs()
        yield self._stands()
        yield self._firm()
        yield self._inside()
        yield self._possession()
        yield self._existence()
        yield self._cancel_states()
        yield self._done_state()
        yield self._expect()
        yield self._goodbye()
        yield self._message()
        yield self._visit()
        yield self._moved_in_words()
        yield self._instruction()
        yield self._cant_make_it()
        yield self._informed()
        yield self._reference()
        yield self._nothing_left()
        yield self._checked()
        yield self._we_have_you()
        yield self._stylist_serves()
        yield self._caller_with_stylist()
        yield self._stays()
        yield self._active()
        yield self._done_idiom()
        yield self._becomes()

    def _kind_for(self, cls: str) -> ClaimKind | None:
        if cls in _KIND:
            return _KIND[cls]
        if cls in {"confirm", "done"}:
            kind = self.event or self._antecedent()
            if kind is None and cls == "done" and self.appointment and self.detail_named:
                kind = K.BOOKED  # "mit Ihrem Termin am Freitag ist alles erledigt"
            return kind or (K.BOOKED if cls == "confirm" else K.DONE)
        if cls == "place":
            return self._placed()
        if cls == "hold":
            return K.BOOKED if self.ws & L.FIRM_ADVERB else None
        if cls == "perform":
            return self.event  # "die Stornierung vorgenommen"; nothing without an event noun
        return None

    def _antecedent(self) -> ClaimKind | None:
        """ "Sie für Freitag einzutragen, das ist erledigt": "das" is the entry, a booking."""
        if not self.ws & {"das", "es", "dies"}:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        for t in before[0].tokens if before else ():
            cls = _CLASS.get(t.lemma) or _CLASS.get(_verb_lemma(t.text) or "")
            if cls in _KIND:
                return _KIND[cls]
        return None

    def _placed(self) -> ClaimKind | None:
        text = " ".join(w for c in self.sentence for w in c.words)
        places = "|".join(L.CALENDAR_PLACE)
        if re.search(rf"\baus\s+(dem|der|unserem|unserer)\s+({places})\b", text):
            return K.CANCELLED
        if re.search(rf"\b(in|ins|auf)\s+(den|die|das|unseren|unsere|unser)?\s*({places})\b", text):
            return K.BOOKED
        days = "|".join([*WEEKDAYS, *RELATIVE_DAYS, *MONTHS])
        if (
            re.search(rf"\b(auf|nach)\s+(den\s+)?(\d|{days}|{_NUMBER_WORDS}|halb|viertel)", text)
            or self.ws & L.MOVE_DIRECTION
        ):
            return K.RESCHEDULED
        return None

    def _finite_done(self) -> bool:
        """The clause states it as done: perfect, state passive, past passive, or a bare participle."""
        if self.konj1 or self.hypothetical:
            return False
        if self.epistemic:
            return bool(self.ws & {"sein", "haben"})
        if self.modal:
            return False
        if self.werden and not self.wurde:
            return False
        return True

    def _verbs(self):
        toks = self.toks
        particle = toks[-1].text if toks and toks[-1].text in L.PARTICLES else None
        for i, t in enumerate(toks):
            lemma = t.lemma
            cls = _CLASS.get(lemma)
            form = form_of(t.text, lemma) if cls else None
            if particle and i < len(toks) - 1:
                joined = particle + lemma
                if joined in _CLASS:
                    cls, lemma, form = _CLASS[joined], joined, Form.FINITE
            attr = self._attributive(i, t)
            if attr is not None:
                yield attr
                continue
            if cls is None and lemma.startswith(("rein", "herein")) and lemma.endswith("en"):
                cls = "record"  # "reingeschoben", "reingeballert": put in
                form = form_of(t.text, lemma)
            if cls is None:
                guessed = _verb_lemma(t.text)
                if guessed is None:
                    continue
                lemma, cls = guessed, _CLASS[guessed]
                form = form_of(t.text, lemma)
            if (
                form is Form.INFINITIVE
                and t.text == lemma
                and _participle_like_infinitive(lemma)
                and (self.haben or self.sein)
                and not (self.modal or self.werden or self.epistemic or self.hypothetical)
            ):
                form = Form.PARTICIPLE  # "dass wir das hinbekommen haben"
            if form is Form.INFINITIVE and self._managed():
                form = Form.PARTICIPLE  # "Wir konnten Sie noch eintragen": it was done
            if (
                form is Form.INFINITIVE
                and self.haben
                and not (self.modal or self.werden or self.hypothetical or self.epistemic)
                and "zu" not in self.ws
                and not t.text.startswith(("einzu", "abzu", "umzu", "zu"))
                and i >= len(toks) - 2
            ):
                form = Form.PARTICIPLE  # "Ich habe Sie eintragen können", "I hob di eintragen"
            if form in (Form.PARTICIPLE, Form.AMBIGUOUS):
                yield self._participle(i, t, cls, form)
            elif form is Form.FIRST_PERSON or (form is Form.INFINITIVE and cls == "confirm"):
                yield self._performative(i, t, cls, form)
            elif form is Form.FINITE and cls == "cancel_state":
                yield self._cancel_state_verb()

    def _managed(self) -> bool:
        """An implicative verb said in the past makes its infinitive a fact: "Wir konnten Sie
        eintragen", "Ich habe mir erlaubt, Sie einzutragen", "Es ist gelungen, … zu …"."""
        if self.negated:
            return False
        if self.ws & {"konnte", "konnten", "konntest"}:
            return True
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or not any(
            t.text.startswith(("zu", "einzu", "umzu", "abzu")) or ("zu" in self.ws)
            for t in self.toks
        ):
            return False
        prev = before[0]
        lemmas = {t.lemma for t in prev.tokens}
        implicative = {"erlauben", "schaffen", "gelingen", "hinbekommen", "hinkriegen"}
        done = bool(set(prev.words) & (L.HABEN | L.SEIN)) or "gelang" in prev.words
        return bool(lemmas & implicative) and done and not set(prev.words) & L.NEGATION

    def _attributive(self, i: int, t: Token) -> Candidate | None:
        """ "Ihr gebuchter Termin", "den stornierten Termin", "Ihr fester Termin": a
        presupposition."""
        stem = next((t.text[: -len(e)] for e in _ADJ_END if t.text.endswith(e)), "")
        if stem in {"fest", "fix", "verbindlich", "bestätigt", "gesichert"}:
            after = self.words[i + 1 : i + 3]
            before = set(self.words[max(0, i - 2) : i])
            if any(_is_appointment(w) for w in after) and before & L.POSSESSIVE:
                if not before & L.NEGATION:
                    return Candidate(K.BOOKED, presupposed=True)
        for end in _ADJ_END:
            if not t.text.endswith(end) or len(t.text) <= len(end) + 3:
                continue
            stem = t.text[: -len(end)]
            lemma = morph.lemma(stem, "de")
            cls = _CLASS.get(lemma)
            if cls is None or cls in {"place", "hold", "done"}:
                continue
            if form_of(stem, lemma) not in (Form.PARTICIPLE, Form.AMBIGUOUS):
                continue
            after = self.words[i + 1 : i + 4]
            before = self.words[max(0, i - 2) : i]
            if not any(_is_appointment(w) for w in after):
                continue
            if not set(before) & (
                L.POSSESSIVE | {"den", "der", "dem", "des", "die", "das", "fest"}
            ):
                continue
            if set(self.words[max(0, i - 2) : i]) & L.NEGATION:
                return None
            kind = self._kind_for(cls) if cls != "confirm" else K.BOOKED
            if kind is None:
                return None
            return Candidate(kind, presupposed=True)
        return None

    def _participle(self, i: int, t: Token, cls: str, form: Form) -> Candidate | None:
        ws = self.ws
        if t.lemma == "ausbuchen" and not (self.haben and self.caller_object):
            return None  # "Fabian ist ausgebucht": full; "ich habe Sie ausgebucht": un-booked
        if t.lemma == "freigeben" and self._about_hold():
            return None  # "die Reservierung wieder freigegeben": a released hold, the truth
        inverted = self.no_longer and cls in {"book", "record", "secure"}
        if inverted:
            return Candidate(K.CANCELLED)
        if self.negated:
            return None
        if not self._finite_done():
            return None
        if (
            ws & _FUTURE_ADVERB
            and not (self.haben or self.wurde)
            and "ab" not in ws
            and not self._managed()
        ):
            return None  # "Gleich ist der Termin gebucht"
        copula = bool({"gelten", "bleiben", "scheinen"} & set(self.lemmas))
        if form is Form.AMBIGUOUS and not (
            self.haben or self.sein or self.wurde or self.waere or copula
        ):
            before = set(self.words[:i])
            if t.lemma == "ersetzen":
                pass  # "Der Donnerstag ersetzt Ihren Freitagstermin": the new state, said now
            elif before & _THIRD_PERSON or any(
                tk.capital
                for tk in self.toks[:i]
                if tk.text not in {"sie", "ihnen"} and i > 0 and tk is not self.toks[0]
            ):
                return None  # "Der Salon bestätigt den Termin": present tense
        if t.lemma == "machen" and ws & (L.FIRM_ADVERB | {"klar", "möglich", "rückgängig"}):
            if "rückgängig" in ws:  # undoing: the opposite of what is undone
                undone = self.event or (K.BOOKED if self.appointment else None)
                if undone is None:
                    return None
                return Candidate(K.BOOKED if undone is K.CANCELLED else K.CANCELLED)
            return Candidate(K.BOOKED)  # "fix gemacht", "möglich gemacht"
        if cls == "done" and t.lemma in {
            "machen",
            "klappen",
            "funktionieren",
            "passieren",
            "schaffen",
            "regeln",
        }:
            nominal = {tk.text for tk in self.toks if tk.capital and _CLASS.get(tk.lemma) in _KIND}
            if not self._only(
                ws, extra={"erfolgreich", "problemlos", "das", "alles", "es", t.text} | nominal
            ):
                return None
            if "sie" in ws and not self.speaker:
                return None
        if cls == "record" and t.lemma in {"festhalten", "vormerken"} and self._hold_time():
            return None
        if cls in {"record", "secure"} and self._only_until_later():
            return None  # "vorgemerkt, verbindlich wird es mit Ihrer Zusage"
        if cls in _TRANSITIVE and not self._object_ok():
            return None
        if self._someone_else():
            return None
        kind = self._kind_for(cls)
        if kind is None:
            return None
        if kind is K.BOOKED and not self._own_booking(i):
            return None
        if ws & L.TENTATIVE and kind is K.BOOKED:
            return None
        return Candidate(kind, old=bool(ws & L.OLD), new=bool(ws & L.NEW))

    def _performative(self, i: int, t: Token, cls: str, form: Form) -> Candidate | None:
        """ "Ich bestätige Ihnen den Termin", "Hiermit storniere ich ...": saying it does it."""
        ws = self.ws
        if self.negated or self.hypothetical or ("ich" not in ws and "wir" not in ws):
            return None
        if form is Form.INFINITIVE and not (ws & L.PERFORMATIVE_MODAL):
            return None
        if form is Form.FIRST_PERSON and cls != "confirm" and "hiermit" not in ws:
            return None
        if self.werden or (self.modal and not ws & L.PERFORMATIVE_MODAL):
            return None
        if not (self.appointment or self.detail_named or self._next_is_details()):
            return None
        if not self._object_ok():
            return None
        kind = self._kind_for(cls)
        return Candidate(kind) if kind else None

    def _next_is_details(self) -> bool:
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        return bool(nxt) and all(
            is_detail_word(w) or w in self.r._name_words or w in _DETAIL_FILLER
            for w in nxt[0].words
        )

    # ---- states ------------------------------------------------------------------------------

    def _only(self, ws: set[str], extra: frozenset[str] | set[str] = frozenset()) -> bool:
        """Nothing in the clause gives the state word another meaning ("steht Ihnen gut").

        Known filler, details, names, the appointment and calendar places are fine; so is an
        unknown small word (an adverb: "ab sofort", "wie besprochen"). Another noun, a verb of
        its own, or a word that makes an idiom ("gut", "frei", "mir") is not.
        """
        by_word = {t.text: t for t in self.toks}
        first = self.toks[0].text if self.toks else ""
        for w in ws:
            if (
                w in L.STATE_FILLER
                or w in L.CALLER  # "Ihrer", "Ihnen": pronouns, capitalised in writing
                or w in extra
                or is_detail_word(w)
                or w in self.r._name_words
                or _is_appointment(w)
                or w in L.EVENT_KIND
                or w in L.CALENDAR_PLACE
                or w in L.FIRM
                or w in L.SEIN
                or w in L.HABEN
            ):
                continue
            if w in _IDIOM_MARKERS:
                return False
            tok = by_word.get(w)
            if tok is None:
                return False
            if tok.capital and w != first:
                if w in _PERSON_NOUNS or w in L.NEUTRAL_NOUNS:
                    continue
                return False  # another noun: "Das Angebot steht"
            if tok.lemma != w and tok.lemma.endswith(("en", "ern", "eln")) and w not in _ADVERBS:
                return False  # a verb of its own: "Das ist fest versprochen"
        return True

    def _subject_not_person(self) -> bool:
        ws = self.ws
        if ws & {"ich", "bin", "mir", "mich"}:
            return False
        return not self._stylist_subject()

    def _stylist_subject(self) -> bool:
        for i, t in enumerate(self.toks):
            if t.text in self.r._stylist_words:
                prev = self.toks[i - 1].text if i else ""
                if prev not in L.PREPOSITIONS_BEFORE_NAME:
                    return True
        return False

    def _stands(self) -> Candidate | None:
        """ "Ihr Termin steht", "Steht!", "Sie stehen im Kalender"."""
        if self.words in (["sitzt"], ["sitzt", "schon"]):
            return Candidate(K.BOOKED)  # "Sitzt!": colloquial for "steht"
        if not {"stehen", "feststehen"} & set(self.lemmas) or self.ws & {"stand", "standen"}:
            return None
        ws = self.ws | ({"fest"} if "feststehen" in self.lemmas else set())
        if self.no_longer:
            return Candidate(K.CANCELLED)
        if self.negated or not self._finite_done() or self.waere:
            return None
        if "fest" in ws and not self.appointment:
            return None  # "Das steht fest": that is certain
        if "sie" in ws and not (ws & L.CALENDAR_PLACE or "drin" in ws) and not self.appointment:
            if not self.speaker:
                return None
        if not self._only(ws) or not self._subject_not_person():
            return None
        if not self._own_booking(0):
            return None
        return Candidate(K.BOOKED, new=bool(ws & L.NEW))

    def _firm(self) -> Candidate | None:
        """ "Der Termin ist fix", "Ist fest", "Damit ist der Termin verbindlich"."""
        ws = self.ws
        firm = ws & L.FIRM
        attributive = {
            w
            for w in ws
            if w[:-1] in {"fest", "fix", "verbindlich", "echt", "endgültig", "richtig"}
            or w[:-2] in {"fest", "verbindlich", "definitiv", "endgültig", "echt", "richtig"}
        }
        if not firm and not (attributive and self.appointment):
            return None
        if self.negated or not self._finite_done() or self.konj1:
            return None
        if not (self.sein or len(self.words) <= 2 or "geworden" in ws or ws & {"sein"}):
            return None
        if (
            firm <= {"klar", "sicher", "perfekt", "gesetzt", "offiziell", "amtlich"}
            and not self.appointment
        ):
            if not (len(self.words) <= 2 and firm & {"gesetzt"}):
                return None
        if any(_CLASS.get(lm) in {"book", "record", "secure", "hold"} for lm in self.lemmas):
            return None  # a participle clause is the participle's
        if (
            not self._only(
                ws, extra=attributive | {"geworden", "eine", "einen", "aus", "sein"} | L.EPISTEMIC
            )
            or not self._subject_not_person()
        ):
            return None
        if ws & {"wir", "ich"} and not self.appointment:
            return None
        return Candidate(K.BOOKED)

    def _inside(self) -> Candidate | None:
        """ "Ist drin", "Sie sind im System", "Ich habe Sie im Kalender", "Sie sind dabei"."""
        ws = self.ws
        text = " ".join(self.words)
        inside = (
            "drin" in ws
            or ("drauf" in ws and "stehen" in self.lemmas)
            or re.search(
                r"\b(im|(in|auf)\s+(der|dem|unserem|unserer))\s+("
                + "|".join(L.CALENDAR_PLACE)
                + r")\b",
                text,
            )
        )
        dabei = re.search(r"\bsie sind (jetzt |auch |schon )?dabei\b", text)
        if not inside and not dabei:
            return None
        if self.no_longer:
            return Candidate(K.CANCELLED)
        if self.negated or not self._finite_done():
            return None
        if not (
            self.sein
            or self.haben
            or ws & {"sein", "haben"}
            or "stehen" in self.lemmas
            or "sehen" in self.lemmas
            or len(self.words) <= 3
        ):
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas if lm not in {"stehen"}):
            return None  # "im System hinterlegt": the participle's
        if "sehen" in self.lemmas and "sie" not in ws:
            return None
        if not self._only(
            ws, extra={"sehe", "sehen", "sein", "müsste", "dürfte", "sollte"} | L.EPISTEMIC
        ):
            return None
        if ws & _FUTURE_ADVERB:
            return None
        return Candidate(K.BOOKED)

    def _possession(self) -> Candidate | None:
        """ "Sie haben den Termin", "Der Termin gehört Ihnen", "Passt, haben wir"."""
        ws = self.ws
        words = self.words
        if any(w.startswith("gehör") for w in words) and ws & {"ihnen", "dir", "euch"}:
            if self.negated or not self._finite_done() or self._hold_time():
                return None
            return Candidate(K.BOOKED)
        if (
            self.sein
            and ws & {"ihrer", "ihrs", "ihres"}
            and words[-1] in {"ihrer", "ihrs", "ihres"}
        ):
            if self.negated or self._hold_time():
                return None
            return Candidate(K.BOOKED)
        present = ws & (L.HABEN - L.HABEN_PAST)
        if not present:
            return None
        if self.no_longer and self.appointment:
            return Candidate(K.CANCELLED)
        if self.negated or self.modal or self.hypothetical or self.konj1 or ws & _FUTURE_ADVERB:
            return None
        if len(words) <= 5 and ws & {"ich", "wir"} and ws <= {
            "hab", "habe", "haben", "ich", "wir", "es", "das", "so", "schon", "jetzt", "passt",
            "danke", "alles", "gut", "ok", "okay", "ja", "prima", "perfekt", "super",
        }:  # fmt: skip
            return Candidate(K.BOOKED)
        if not ws & {"sie", "du"} or words[0] in L.HABEN:
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas) or any(
            t.text != t.lemma and t.text.startswith("ge") and t.text.endswith("t")
            for t in self.toks
        ):
            return None  # a perfect tense, not possession
        if not (self.appointment or self.detail_named):
            return None
        if self._hold_time() or not self._only(ws, extra={"einen", "ihren", "ihre"}):
            return None
        return Candidate(K.BOOKED)

    def _existence(self) -> Candidate | None:
        """ "Ihr Termin ist (jetzt) am Freitag um zehn", "... jetzt eine Stunde später"."""
        ws = self.ws
        if not (self.sein or "stattfinden" in self.lemmas or "finden" in self.lemmas):
            return None
        if not self.appointment:
            return None
        if "finden" in self.lemmas and "statt" not in ws:
            return None
        appt_i = next((i for i, w in enumerate(self.words) if _is_appointment(w)), 0)
        owned = bool(set(self.words[max(0, appt_i - 2) : appt_i]) & L.POSSESSIVE)
        changed = bool(ws & {"jetzt", "nun", "damit", "also", "neue", "neuer"})
        moved = bool(ws & (L.MOVE_DIRECTION | {"statt", "anstatt"}))
        if "stattfinden" in self.lemmas or ("finden" in self.lemmas and "statt" in ws):
            if self.negated:
                return Candidate(K.CANCELLED)
            if not self._finite_done() or self.waere:
                return None
        elif self.negated:
            return None
        as_planned = bool(ws & {"geplant", "vereinbart", "besprochen", "planmäßig", "trotzdem"})
        if as_planned and ("stattfinden" in self.lemmas or "statt" in ws) and not self.negated:
            return Candidate(K.BOOKED)  # "er findet wie geplant statt"
        if not (owned or changed):
            return None
        if not (self.detail_named or moved):
            return None
        if not self._finite_done() or self.waere:
            return None
        extra = {
            "stunde",
            "tag",
            "einen",
            "eine",
            "halbe",
            "stunden",
            "tage",
            "minuten",
            "zwei",
            "drei",
            "statt",
            "anstatt",
            "später",
            "früher",
            "findet",
            "stattfinden",
            "nächster",
            "eingetragener",
            "gebuchter",
        }
        if not self._only(ws, extra=extra):
            return None
        return Candidate(K.RESCHEDULED if moved else K.BOOKED, old=bool(ws & {"alte", "alter"}))

    def _done_state(self) -> Candidate | None:
        """ "Die Buchung war erfolgreich", "Ist durch", "Alles in trockenen Tüchern"."""
        ws = self.ws
        text = " ".join(self.words)
        if ws <= {"das", "hätten", "wir", "so", "dann", "also", "ja", "schon", "jetzt"} and (
            {"hätten", "wir"} <= ws
        ):
            return None if self.negated else Candidate(self._antecedent() or K.DONE)
        if "dach und fach" in text:
            ws = ws - {"unter", "dach", "und", "fach"} | {"durch"}
        elif not (ws & {"erfolgreich", "durch"} or "trockenen tüchern" in text):
            return None
        if self.negated or not self._finite_done():
            return None
        if not (self.sein or len(self.words) <= 2 or "tüchern" in ws):
            return None
        if not self._only(ws, extra={"erfolgreich", "durch", "trockenen", "tüchern", "war"}):
            return None
        if "durch" in ws and not (
            self.event or self.appointment or len(self.words) <= 3 or "dach und fach" in text
        ):
            return None
        return Candidate(
            self.event or (K.BOOKED if self.appointment else self._antecedent() or K.DONE)
        )

    def _cancel_state_verb(self) -> Candidate | None:
        if self.negated or self.modal or self.hypothetical or self.konj1:
            return None
        return Candidate(K.CANCELLED)

    def _cancel_states(self) -> Candidate | None:
        """ "Der Termin fällt aus / weg", "Der Termin ist weg", "gibt es nicht mehr"."""
        ws = self.ws
        words = self.words
        if ws & {"fällt", "fallen", "fällst"} and (
            words[-1] in {"aus", "weg"} or "flach" in ws or _has_seq(words, ("ins", "wasser"))
        ):
            if self.negated or self.modal or self.hypothetical or self.konj1:
                return None
            return Candidate(K.CANCELLED)
        if ("gibt" in ws or "geben" in self.lemmas) and self.no_longer and self.appointment:
            return Candidate(K.CANCELLED)
        if self.sein and ws & {"weg", "raus"} and (self.appointment or "sie" in ws):
            if self.negated or not self._finite_done() or "leider" in ws:
                return None
            if not self._only(ws, extra={"weg", "raus", "alte", "alter", "aus"}):
                return None
            return Candidate(K.CANCELLED, old=bool(ws & L.OLD), weak=True)
        return None

    def _expect(self) -> Candidate | None:
        """ "Wir erwarten Sie", "Wir freuen uns auf Sie", "Wir sehen uns am Freitag"."""
        ws = self.ws
        words = self.words
        lemmas = self.lemmas
        if self.negated or self.hypothetical or self.konj1:
            return None
        if self.modal and not ws & {"darf", "dürfen"}:
            return None
        if (
            "erwarten" in lemmas
            and "sie" in ws
            and (ws & {"wir", "ich"} or self._stylist_subject())
        ):
            return Candidate(K.BOOKED)
        if "freuen" in lemmas and "auf" in ws:
            k = words.index("auf")
            after = words[k + 1 : k + 3]
            if after[:1] and (
                after[0] in {"sie", "euch", "dich"}
                or (len(after) > 1 and after[1] in {"besuch", "kommen", "termin"})
            ):
                return Candidate(K.BOOKED)
        if (
            ("warten" in lemmas or "wartet" in ws)
            and _has_seq(words, ("auf", "sie"))
            and not self.caller_subject()
        ):
            return Candidate(K.BOOKED)  # "Fabian wartet am Freitag auf Sie"
        if "begrüßen" in lemmas and "sie" in ws:
            return Candidate(K.BOOKED)
        if "halten" in lemmas and "warm" in ws and ws & {"ihnen", "dir", "euch"}:
            return Candidate(K.BOOKED)  # "Fabian hält Ihnen den Stuhl warm"
        if "sehen" in lemmas and "uns" in ws and ("wir" in ws or words[0] in {"sehen"}):
            return Candidate(K.BOOKED)
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in words)
        if (
            "sehen" in lemmas
            and day
            and (
                _has_seq(words, ("man", "sieht", "sich"))
                or (self._stylist_subject() and ws & {"sie", "dich"})
            )
        ):
            return Candidate(K.BOOKED)  # "Man sieht sich am Freitag", "Fabian sieht Sie dann"
        if ("spaß" in ws or "freude" in ws) and "viel" in ws and (self.appointment or "bei" in ws):
            return Candidate(K.BOOKED)
        if (
            "kommen" in lemmas
            and "sie" in ws
            and ws & {"früher", "pünktlich", "vorher", "rechtzeitig"}
        ):
            return Candidate(K.BOOKED)
        return None

    def _goodbye(self) -> Candidate | None:
        """ "Bis Freitag!", "Dann bis Freitag um zehn", "Bis dann beim Fabian"."""
        words = self.words
        k = 0
        while k < len(words) and words[k] in L.DISCOURSE | {"dann", "also"} and words[k] != "bis":
            k += 1
        if k >= len(words) - 1 or words[k] not in {"bis", "wiedersehen"}:
            if not (
                k < len(words) - 2 and words[k] == "auf" and words[k + 1] in {"wiedersehen", "bald"}
            ):
                return None
            k += 1
        rest = words[k + 1 :]
        dated = any(
            is_detail_word(w) and w not in {"am", "um", "in", "zum", "den", "der"} for w in rest
        )
        if any(
            is_detail_word(w)
            and nxt in {"stunden", "minuten", "tage", "tagen", "wochen"}
            and (k == 0 or rest[k - 1] != "in")  # "Bis in zwei Tagen!" is a day
            for k, (w, nxt) in enumerate(pairwise(rest))
        ):
            return None  # "bis 24 Stunden vorher kostenlos": a duration, not a goodbye
        if not rest or (rest[0] in _NOT_GOODBYE and not dated):
            return None  # "Bis bald!", but "Bis bald, am Freitag um zehn!"
        if _has_seq(rest, ("zum", "nächsten", "mal")):
            return None
        timed = (
            rest[0] in _GOODBYE_TIME | set(WEEKDAYS) | set(RELATIVE_DAYS)
            or any(_is_appointment(w) for w in rest)
            or any(
                is_detail_word(w) and w not in {"am", "um", "in", "zum", "den", "der", "the"}
                for w in rest
            )
        )
        if words[k] in {"wiedersehen", "bald"} and not any(
            is_detail_word(w) and w not in {"am", "um", "zum", "den", "der"} for w in rest
        ):
            return None
        if not timed:
            return None
        if not self._only(
            set(rest),
            extra={
                "tschüss",
                "termin",
                "woche",
                "wiederhören",
                "beim",
                "herr",
                "frau",
                "tagen",
                "tage",
                "wochen",
                "zu",
                "ihrem",
            },
        ):
            return None
        return Candidate(K.BOOKED)

    def _message(self) -> Candidate | None:
        """ "Sie bekommen gleich eine Bestätigung", "Die Stornobestätigung ist unterwegs"."""
        ws = self.ws
        noun = next((w for w in self.words if any(m in w for m in L.MESSAGE_NOUN)), None)
        if noun is None and self.words[0] in L.RELATIVE and self.clause.link is Link.COMMA:
            before = [c for c in self.sentence if c.index == self.clause.index - 1]
            noun = next(  # "die Bestätigungsmail, die Sie gleich bekommen"
                (w for c in before for w in c.words if any(m in w for m in L.MESSAGE_NOUN)), None
            )
        details = (
            any(w.startswith(("details", "termindetails")) for w in self.words)
            and (self.appointment or "termindetails" in ws)
            and ws & {"sms", "e-mail", "mail", "nachricht", "email"}
        )
        if noun is None and not details:
            return None
        sends = (
            any(lm in L.MESSAGE_VERB for lm in self.lemmas)
            or bool(ws & L.MESSAGE_STATE)
            or any(w.startswith(_MESSAGE_STEMS) for w in self.words)
            or (
                bool(ws & {"postfach", "posteingang", "handy", "telefon", "smartphone"})
                and bool(self.haben or self.sein or ws & {"haben", "sein"})
            )
            or (self.sein and bool(ws & {"da", "dort", "drin", "angekommen", "eingegangen"}))
            or (self.haben and bool(ws & {"per", "via"}))
        )
        if not sends:
            return None
        if self.negated or self.hypothetical or self.konj1:
            return None
        if self.modal and not (ws & L.EPISTEMIC):
            return None
        if (
            "sie" not in ws
            and not (ws & {"ist", "geht", "kommt", "wurde", "sein"})
            and "ich" not in ws
            and "wir" not in ws
        ):
            return None
        presupposed = self._received_already(noun)
        if self.words[0] in L.HABEN | L.SEIN and not presupposed:
            return None  # "Haben Sie eine Bestätigung bekommen?": asks
        of = self._genitive_event(noun)
        if of is not None:
            return Candidate(of, presupposed=presupposed)  # "die Bestätigung der Absage"
        if noun and any(m in noun for m in L.MESSAGE_CANCEL):
            return Candidate(K.CANCELLED)
        if (noun and any(m in noun for m in L.MESSAGE_MOVE)) or (
            ws & {"neuen", "neue"} and self.appointment
        ):
            return Candidate(K.RESCHEDULED)
        if (
            noun
            and "erinnerung" in noun
            and not (self.appointment or ws & {"vortag", "vorher", "vorab"})
        ):
            return None
        return Candidate(K.BOOKED, presupposed=presupposed)

    def _received_already(self, noun: str | None) -> bool:
        """ "Haben Sie die Bestätigung schon bekommen?": asks whether, presupposes it was sent."""
        if noun is None or noun not in self.words:
            return False
        k = self.words.index(noun)
        definite = k > 0 and self.words[k - 1] in {"die", "der", "ihre", "unsere", "meine"}
        received = {"bekommen", "erhalten", "kriegen"} & set(self.lemmas)
        return definite and bool(received) and self.haben and "schon" in self.ws

    def _genitive_event(self, noun: str | None) -> ClaimKind | None:
        if noun is None or noun not in self.words:
            return None
        k = self.words.index(noun)
        if self.words[k + 1 : k + 2] in (["der"], ["ihrer"], ["des"], ["ihres"]):
            kind = L.EVENT_KIND.get(self.words[k + 2] if k + 2 < len(self.words) else "")
            return ClaimKind(kind) if kind else None
        return None

    # ---- the visit and what it presupposes -------------------------------------------------

    def _visit(self) -> Candidate | None:
        """ "Sie kommen am Freitag um zehn", "Statt Freitag kommen Sie jetzt am Donnerstag",
        "Sie sind am Freitag um zehn dran", "dass Sie nicht kommen": the visit stated as fact."""
        ws = self.ws
        words = self.words
        if not ws & {"sie", "du"} or self.speaker or words[0] in {"kommen", "komm", "kommt"}:
            return None  # "Kommen Sie …": an invitation or a question, not a statement
        coming = bool({"kommen", "erscheinen", "vorbeikommen"} & set(self.lemmas))
        turn = "dran" in ws and self.sein
        if not (coming or turn):
            return None
        if self.modal or self.hypothetical or self.konj1 or self.waere:
            return None
        moved = bool(ws & {"statt", "anstatt", "anstelle"}) or (
            bool(ws & (L.OLD | L.MOVE_DIRECTION)) and bool(ws & {"jetzt", "nun", "neu"})
        )
        told = any(  # "Ich habe Fabian gesagt, dass Sie nicht kommen"
            self.r._stylist_words & set(c.words) or set(c.words) & {"team", "kollegin"}
            for c in self.sentence
            if c.index == self.clause.index - 1
        ) and self.clause.link in {Link.COMPLEMENT, Link.COMMA}
        anchored = self.detail_named or self.appointment or moved or told
        if ws & {"lieber", "gern", "gerne", "meistens", "normalerweise", "eigentlich"}:
            return None  # "dass Sie lieber vormittags kommen": a preference
        if (
            not anchored
            or ws & _HABITUAL
            or ws
            & {"aus", "mit", "zurück", "spät", "später"} - (L.MOVE_DIRECTION if moved else set())
        ):
            return None  # "Sie kommen aus Berlin", "mit dem Auto": not the visit
        if self.negated:
            return Candidate(K.CANCELLED) if coming and not turn else None
        return Candidate(K.RESCHEDULED if moved else K.BOOKED)

    def _moved_in_words(self) -> Candidate | None:
        """ "Die Dauerwelle machen wir jetzt am Donnerstag statt am Freitag", "Neue Zeit für Sie:
        Donnerstag um 15 Uhr": a new place for the appointment, without a move verb."""
        ws = self.ws
        if self.negated or self.modal or self.hypothetical or self.konj1 or self.waere:
            return None
        now = bool(ws & {"jetzt", "nun", "ab"})
        instead = bool(ws & (L.OLD - {"alte", "alter", "alten", "altes"}))
        new_time = bool(ws & {"neue", "neuer", "neuen"}) and bool(
            ws & {"zeit", "uhrzeit", "datum", "tag", "termin", "startzeit"}
        )
        if new_time and (self.detail_named or self._next_is_details()):
            return Candidate(K.RESCHEDULED)
        service = bool(ws & self.r._name_words - self.r._stylist_words) or self.appointment
        if service and now and instead and self.detail_named:
            return Candidate(K.RESCHEDULED)
        return None

    def _instruction(self) -> Candidate | None:
        """ "Bitte seien Sie am Freitag pünktlich da", "Bringen Sie am Freitag Zeit mit",
        "Denken Sie am Freitag an …": telling the caller how to come presupposes the visit."""
        words = [w for w in self.words if w not in {"bitte", "doch", "dann", "also", "und"}]
        if len(words) < 3 or words[1] != "sie" or words[0] in L.MODAL | L.HABEN | L.WERDEN:
            return None
        lemma = self.toks[self.words.index(words[0])].lemma
        visit = (
            (lemma in {"sein", "seien"} or words[0] == "seien")
            and bool(self.ws & {"da", "hier", "pünktlich", "vor", "vorher", "früher"})
        ) or lemma in {"mitbringen", "bringen", "einplanen", "planen", "denken", "erscheinen"}
        if not visit or self.negated:
            return None
        if lemma in {"bringen", "planen"} and not self.ws & {"mit", "ein"}:
            return None
        if lemma == "denken" and "an" not in self.ws:
            return None
        day = any(
            w in WEEKDAYS or w in RELATIVE_DAYS or re.fullmatch(r"\d{1,2}\.", w) is not None
            for w in self.words
        )
        if not (day or self.appointment):
            return None
        return Candidate(K.BOOKED)

    def _cant_make_it(self) -> Candidate | None:
        """ "Falls Sie es am Freitag nicht schaffen", "Sollten Sie verhindert sein": a plan for
        missing the appointment presupposes it (and stands although it is a condition)."""
        ws = self.ws
        if not ws & {"sie", "du"}:
            return None
        missing = "verhindert" in ws or (
            self.negated
            and ({"schaffen", "können", "kommen"} & set(self.lemmas))
            and (self.clause.link is Link.CONDITION or self.epistemic)
        )
        if not missing or self.clause.link not in {Link.CONDITION, Link.START, Link.COMMA}:
            return None
        if not (self.clause.link is Link.CONDITION or self.words[0] in {"sollten", "sollte"}):
            return None
        return Candidate(K.BOOKED, presupposed=True)

    def _informed(self) -> Candidate | None:
        """ "Ich habe Fabian Bescheid gegeben", "Lena ist informiert", "Fabian weiß Bescheid":
        the stylist told of the visit. A complement that follows says what of ("…, dass Sie
        nicht kommen") and carries the claim itself."""
        ws = self.ws
        staff = self.r._stylist_words & ws or ws & {"team", "kollegin", "kollege", "kollegen"}
        if not staff:
            return None
        told = ("bescheid" in ws and {"geben", "sagen", "wissen"} & set(self.lemmas)) or bool(
            {"informieren", "benachrichtigen", "ausrichten", "vorwarnen"} & set(self.lemmas)
        )
        if not told or self.negated or self.modal or self.hypothetical or self.konj1:
            return None
        if self.werden and not self.wurde:
            return None
        if self._complement_follows():
            return None
        return Candidate(K.BOOKED)

    def _reference(self) -> Candidate | None:
        """ "Ihre Buchungsnummer ist 4711", "Die Stornonummer lautet …": a number issued for
        the appointment presupposes it."""
        noun = next(
            (
                w
                for w in self.words
                if re.fullmatch(
                    r"(buchungs|termin|reservierungs|bestätigungs|storno|stornierungs|auftrags)"
                    r"(nummer|referenz|code|kennung|id|nr)",
                    w,
                )
            ),
            None,
        )
        if noun is None or self.negated or self.modal or self.hypothetical:
            return None
        if not (self.sein or "lauten" in self.lemmas or self.haben):
            return None
        return Candidate(K.CANCELLED if noun.startswith("storn") else K.BOOKED, presupposed=True)

    def _nothing_left(self) -> Candidate | None:
        """ "Sie müssen nichts weiter tun", "Sie brauchen sich um nichts mehr zu kümmern":
        everything is done; with a hold in the sentence, the hold is said to be final."""
        ws = self.ws
        if "nichts" not in ws or not ws & {"weiter", "mehr", "anderes", "sonst"}:
            return None
        if not ({"tun", "machen", "unternehmen", "kümmern", "erledigen"} & set(self.lemmas)):
            return None
        if not ws & {"müssen", "brauchen", "musst", "brauchst"} or not ws & {"sie", "du"}:
            return None
        if self.clause.link in {Link.CONDITION, Link.WHETHER} or self.hypothetical:
            return None
        return Candidate(K.BOOKED if self._about_hold() else self._antecedent() or K.DONE)

    # ---- more ways to say it is done --------------------------------------------------------

    def _plain(self) -> bool:
        return not (
            self.negated
            or self.modal
            or self.konj1
            or self.waere
            or (self.werden and not self.wurde)
        )

    def _checked(self) -> Candidate | None:
        """ "Freitag, 10 Uhr ✓", "✓ Ist eingetragen": a check mark says done."""
        if "✓" not in self.ws or not self._plain():
            return None
        if any(_CLASS.get(t.lemma) for t in self.toks):
            return None  # the words say what is done
        booked = self.detail_named or self.appointment or self._next_is_details()
        return Candidate(self.event or (K.BOOKED if booked else K.DONE))

    def _we_have_you(self) -> Candidate | None:
        """ "Dann haben wir Sie am Freitag um zehn", "Dann haben wir alles: Freitag, 10 Uhr",
        "Wunderbar, dann hätten wir das: Freitag, zehn Uhr": the salon has the caller in."""
        ws = self.ws
        have = bool(ws & {"haben", "habe", "hab", "hat", "hätten"})
        holder = ws & {"wir", "ich"} or self._stylist_subject()
        if not have or not holder or self.negated or self.modal or ws & {"hatte", "hatten"}:
            return None
        if "hätten" in ws and "wir" not in ws:
            return None
        person = ws & {"sie", "dich", "euch"}
        if not person and not ws & {"das", "alles", "es"}:
            return None
        if not ((self.detail_named and person) or self._next_is_details()):
            return None
        if any(_CLASS.get(t.lemma) for t in self.toks) or ws & {"zeit", "frei", "platz"}:
            return None  # "Wir haben am Freitag Zeit für Sie": availability
        return Candidate(K.BOOKED)

    def _stylist_serves(self) -> Candidate | None:
        """ "Fabian nimmt Sie am Freitag um zehn dran", "Fabian kümmert sich am Freitag um Ihre
        Dauerwelle": the stylist is down to serve the caller then."""
        ws = self.ws
        if not self._stylist_subject() or not self._plain() or self.hypothetical:
            return None
        service = self.r._name_words - self.r._stylist_words
        caller = ws & {"sie", "dich", "ihnen", "dir"} or (ws & L.POSSESSIVE and ws & service)
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in self.words) or "um" in ws
        verbs = {"drannehmen", "nehmen", "kümmern", "machen", "bedienen", "übernehmen"}
        if not (caller and day and verbs & set(self.lemmas)):
            return None
        if ws & {"zeit", "frei", "kann", "könnte", "gerne", "gern"} or self.clause.question:
            return None
        return Candidate(K.BOOKED)

    def _caller_with_stylist(self) -> Candidate | None:
        """ "Du bist am Samstag bei Lena", "deshalb sind Sie jetzt bei Fabian am Freitag"."""
        ws = self.ws
        words = self.words
        pairs = (("sie", "sind"), ("sind", "sie"), ("du", "bist"), ("bist", "du"))
        if not any(_has_seq(words, p) for p in pairs):
            return None
        if not self._plain() or "bei" not in ws or not self.r._stylist_words & ws:
            return None
        if not any(w in WEEKDAYS or w in RELATIVE_DAYS or w == "um" for w in words):
            return None
        return Candidate(K.BOOKED)

    def _stays(self) -> Candidate | None:
        """ "Es bleibt bei Freitag um zehn", "Ihr Freitag bleibt bestehen", "Ihr Termin bleibt
        wie er ist": the appointment kept."""
        ws = self.ws
        if "bleiben" not in self.lemmas or not self._plain():
            return None
        about = (
            self.appointment
            or ws & {"es", "alles"}
            or (ws & L.POSSESSIVE and any(w in WEEKDAYS for w in self.words))
        )
        kept = (
            ("bei" in ws and self.detail_named)
            or ws & {"bestehen", "unverändert"}
            or _has_seq(self.words, ("wie", "er", "ist"))
            or _has_seq(self.words, ("wie", "es", "ist"))
        )
        if about and kept and not ws & {"frei", "offen", "reserviert"}:
            return Candidate(K.BOOKED)
        return None

    def _active(self) -> Candidate | None:
        """ "Ihr Termin ist noch aktiv", "ich sehe ihn noch als aktiv": it stands (or, "nicht
        mehr aktiv", it does not)."""
        ws = self.ws
        if not ws & L.ACTIVE or self.modal or self.konj1 or self.waere:
            return None
        if not (self.appointment or ws & {"ihn", "er"}):
            return None
        if self.no_longer:
            return Candidate(K.CANCELLED)
        return None if self.negated else Candidate(K.BOOKED)

    def _done_idiom(self) -> Candidate | None:
        """ "Ist abgehakt", "Das ist im Sack", "Ihre Strähnchen sind unter Dach"."""
        text = " ".join(self.words)
        if not any(re.search(rf"\b{i}\b", text) for i in L.DONE_IDIOMS) or not self._plain():
            return None
        service = self.r._name_words - self.r._stylist_words
        booked = (
            self.detail_named
            or self.appointment
            or bool(self.ws & service)
            or self._next_is_details()
        )
        return Candidate(self.event or (K.BOOKED if booked else self._antecedent() or K.DONE))

    def _becomes(self) -> Candidate | None:
        """ "Aus Freitag wird Donnerstag", "Wir machen das jetzt am Donnerstag", "Dann ist das
        so: Donnerstag um drei statt Freitag": the appointment in a new place."""
        ws = self.ws
        words = self.words
        if self.negated or self.modal or self.hypothetical:
            return None
        if words[:1] == ["aus"] and ws & {"wird", "wurde"} and self.detail_named:
            return Candidate(K.RESCHEDULED)
        if ws & {"wir", "ich"} and "machen" in self.lemmas and ws & {"das", "es"}:
            if ws & {"jetzt", "nun"} and self.detail_named and not self.clause.question:
                return Candidate(K.RESCHEDULED)
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if (
            ws <= {"dann", "ist", "das", "so", "also", "alles", "klar", "gut", "es"}
            and {"ist", "so"} <= ws
            and nxt
            and nxt[0].punct_before == ":"
            and set(nxt[0].words) & (L.OLD | {"statt"})
        ):
            return Candidate(K.RESCHEDULED)
        return None

    # ---- the fail-safe -----------------------------------------------------------------------

    def unrecognised_statement(self) -> Candidate | None:
        """A statement about the caller's appointment in words no rule knows ("Ihr Termin ist
        Geschichte", "Der Termin läuft auf Ihren Namen"): read as a claim, so that a wording the
        lexicon has never seen is checked rather than let through. Description ("dauert zwei
        Stunden", "kostet 89 Euro", "wäre frei"), questions, conditions and modality stay neutral.
        """
        if self.modal or self.hypothetical or self.konj1 or self.waere or self.epistemic:
            return None
        if self.werden and not self.wurde:
            return None
        if self.speaker or "man" in self.ws:
            return None  # "Ich leite die Stornierung ein": the speaker's doing, said by the lexicon
        if not self._has_verb():
            return None  # "Ihr Termin Färben bei Sophie am Donnerstag, …": the subject alone
        topic = self._appointment_topic() or self._dislocated_topic()
        if topic is None:
            return None
        if any(_CLASS.get(t.lemma) or _verb_lemma(t.text) for t in self.toks):
            return None  # a claim word a rule has already weighed (negated, hedged, someone's)
        ws = self.ws
        tentative = any(w.startswith(tuple(L.TENTATIVE)) for w in ws)
        if tentative and self.no_longer:
            return Candidate(K.BOOKED)  # "ist keine vorläufige mehr": upgraded in words
        if _has_seq(self.words, ("auf", "ihren", "namen")) or _has_seq(
            self.words, ("auf", "deinen", "namen")
        ):
            return None if self.negated else Candidate(K.BOOKED)  # "läuft auf Ihren Namen"
        if tentative or ws & (L.FIRM | L.HOLD_TIME | L.AVAILABILITY | _IDIOM_MARKERS | _HABITUAL):
            return None
        if self.r._stylist_words & ws and not self.caller:
            return None
        rest = [
            t for t in self.toks
            if not (
                t.text in L.STATE_FILLER or t.text in L.DISCOURSE or t.text in L.PREPOSITIONS
                or t.text in L.CALLER or t.text in L.POSSESSIVE or t.text in L.NEUTRAL_NOUNS
                or is_detail_word(t.text) or t.text in self.r._name_words
                or _is_appointment(t.text) or t.text in L.SEIN | L.HABEN | L.WURDE
                or t.text in {"ein", "eine", "einen", "einem", "einer", "dieser", "diesen", "dies"}
            )
        ]  # fmt: skip
        if not rest:
            if topic is K.BOOKED and self.sein and not self.negated and self._details_follow():
                return Candidate(K.BOOKED)  # "Ihr Termin ist da, wo er war: Freitag um zehn"
            return None
        moved = ws & (L.OLD | L.MOVE_DIRECTION) and ws & {"jetzt", "nun", "neu", "neue", "neuen"}
        if moved and not self.negated:
            return Candidate(K.RESCHEDULED)  # "Ihr Termin beginnt jetzt eine Stunde später"
        if self.no_longer and self.detail_named and self._contrast_follows():
            return Candidate(K.RESCHEDULED)  # "nicht mehr am Freitag, sondern am Donnerstag"
        if self.no_longer or (ws & L.VOID and not self.negated):
            return None if topic is K.CANCELLED else Candidate(K.CANCELLED)
        if any(
            t.lemma in L.NEUTRAL_PREDICATE
            or t.text in L.NEUTRAL_PREDICATE
            or t.text.endswith(("bar", "bare", "barer", "lich", "los"))  # "stornierbar": can be
            for t in rest
        ):
            return None
        if any(t.text in _INFO_NOUNS for t in rest):
            return None
        if self.negated:
            return None
        return Candidate(topic)

    def _has_verb(self) -> bool:
        return any(
            t.text in L.SEIN | L.HABEN | L.WURDE
            or (
                not t.capital
                and t.lemma != t.text
                and t.lemma.endswith(("en", "ern", "eln"))
                and not is_detail_word(t.text)
                and t.text not in self.r._name_words
            )
            for t in self.toks
        )

    def _dislocated_topic(self) -> ClaimKind | None:
        """ "Ist vom Tisch, der Termin.": the appointment named in a clause of its own."""
        for c in self.sentence:
            if abs(c.index - self.clause.index) != 1 or len(c.words) > 3:
                continue
            if c.words[:1] in (["der"], ["ihr"], ["dein"]) and any(
                _is_appointment(w) for w in c.words
            ):
                return K.BOOKED
        return None

    def _details_follow(self) -> bool:
        later = [c for c in self.sentence if c.index > self.clause.index]
        return any(
            c.punct_before == ":"
            and all(
                is_detail_word(w) or w in self.r._name_words or w in _DETAIL_FILLER for w in c.words
            )
            for c in later
        )

    def _contrast_follows(self) -> bool:
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        return bool(nxt) and nxt[0].link is Link.CONTRAST

    def _appointment_topic(self) -> ClaimKind | None:
        """What the clause is about when that is the caller's appointment (or an event of it):
        "Ihr Termin", "der Termin", "Ihre Buchung", "die Stornierung"; None otherwise."""
        words = self.words
        for k, w in enumerate(words):
            if not _is_appointment(w):
                continue
            before = words[max(0, k - 2) : k]
            if set(before) & L.PREPOSITIONS:
                continue  # "zu Ihrem Termin", "für den Termin": not what the clause is about
            if not set(before) & (L.POSSESSIVE | {"der", "die", "den", "dieser", "diesen"}):
                continue  # "Termine am Abend gibt es ...": not this caller's appointment
            kind = L.EVENT_KIND.get(w)
            return ClaimKind(kind) if kind else K.BOOKED
        return None

    # ---- checks shared by the rules ---------------------------------------------------------

    def caller_subject(self) -> bool:
        """The caller does it ("Sie warten"), not the salon ("Fabian wartet auf Sie")."""
        return bool(self.words) and self.words[0] == "sie" and not self.speaker

    def _only_until_later(self) -> bool:
        """Another clause of the sentence says when it becomes binding or until when it lasts:
        "…, verbindlich wird es mit Ihrer Zusage", "…, bis Sie sich entschieden haben"."""
        for c in self.sentence:
            if c.index <= self.clause.index:
                continue
            words = c.words
            if words[:1] == ["bis"] and words[1:2] and words[1] in _SUBJECT_START | {"sie", "du"}:
                return True
            later = bool(set(words) & L.WERDEN) or _awaits_consent(words) or "erst" in words
            firm = bool(set(words) & (L.FIRM | L.FIRM_ADVERB)) or any(
                _CLASS.get(t.lemma) == "book" for t in c.tokens
            )
            if later and firm:
                return True
            if c.question and firm and set(words) & {"soll", "sollen", "darf", "möchten"}:
                return True  # "vorgemerkt – soll ich ihn fest buchen?": not firm yet
        return False

    def _about_hold(self) -> bool:
        """The sentence speaks of a hold ("reserviert", "die Reservierung", "vorgemerkt")."""
        return any(
            t.lemma in {"reservieren", "reservierung", "vormerken", "blocken", "freihalten"}
            or t.text.startswith(("reserv", "vorgemerkt"))
            for c in self.sentence
            for t in c.tokens
        )

    def _hold_time(self) -> bool:
        return any(set(c.words) & L.HOLD_TIME for c in self.sentence)

    def _complement_follows(self) -> bool:
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        return bool(nxt) and nxt[0].link in {Link.COMPLEMENT, Link.RELATIVE}

    def _object_ok(self) -> bool:
        """The thing booked/noted/cancelled is the appointment, not a name or a number."""
        if self._info_first():
            return False  # "Ihr Wunsch nach einem ruhigen Platz ist vermerkt"
        if self.appointment or self.caller_object or ("sie" in self.ws and not self.speaker):
            return True
        if any(w in _INFO_NOUNS or (len(w) > 6 and w.endswith(_INFO_TAILS)) for w in self.ws):
            return False  # "Ihre E-Mail-Adresse gespeichert"
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if nxt and (nxt[0].link is Link.COMPLEMENT or (nxt[0].words[:1] == ["was"])):
            return False
        if nxt and nxt[0].punct_before == ":" and set(nxt[0].words) & (L.SEIN | L.HABEN):
            if "das" in self.ws and not self.appointment:
                return False  # "Das ist fest eingeplant: Jeden Montag ist Ruhetag"
        if "das" in self.ws and "mit" in self.ws:
            return False
        return True

    def _info_first(self) -> bool:
        """ "Ihr Wunsch nach einem ruhigen Platz": the info noun comes first and is what is
        noted; "Ihren Termin und Ihre Nummer" is the appointment."""
        for w in self.words:
            if w in _INFO_NOUNS or (len(w) > 6 and w.endswith(_INFO_TAILS)):
                return True
            if _is_appointment(w):
                return False
        return False

    def _someone_else(self) -> bool:
        """The clause is about another person's appointment or doing: "Jemand hat abgesagt",
        "Ihr Mann ist bei Mehmet eingetragen", "der Termin von Frau Klein"."""
        ws = self.ws
        if ws & {"jemand", "jemandem", "jemanden", "niemand", "kundin", "kunde", "kunden"}:
            return True
        if ws & _RELATIVES and not _has_seq(self.words, ("für", "ihren")):
            return True
        return _has_seq(self.words, ("von", "frau")) or _has_seq(self.words, ("von", "herrn"))

    def _own_booking(self, i: int) -> bool:
        """Not someone else's slot ("Um zehn ist leider schon gebucht", "Fabian ist ausgebucht")."""
        ws = self.ws
        if any(_has_seq(self.words, s) for s in _SPEAKER_IS) and not self.caller:
            return False  # "Wir sind fast komplett verbucht": the salon is full
        if ws & L.AVAILABILITY or ws & _HABITUAL:
            return False
        own = self.caller or bool(ws & {"ich", "wir"})
        if "alle" in ws and ws & {"termine", "slots", "plätze"} and not own:
            return False  # "Die Termine am Samstag sind alle gebucht"
        if "leider" in ws and not own:
            return False
        if ws & {"schon", "bereits"} and not own and not self.appointment and self.detail_named:
            return False
        if self._stylist_subject() and not own:
            return False
        return True


_CONSENT = frozenset(
    {"zusage", "bestätigung", "zustimmung", "antwort", "okay", "ok", "ja", "einverständnis",
     "rückmeldung", "freigabe", "go"}
)  # fmt: skip


def _awaits_consent(words: Sequence[str]) -> bool:
    """ "nach Ihrer Zusage", "mit Ihrem Okay": not yet, it waits for the caller."""
    for k, w in enumerate(words[:-2]):
        if w in {"nach", "mit"} and words[k + 1] in {"ihrer", "ihrem", "deiner", "deinem"}:
            if words[k + 2] in _CONSENT:
                return True
    return False


_REQUESTS = frozenset({"sagen", "bestätigen", "geben", "antworten", "drücken", "nicken"})


def _imperative(tokens: Sequence[Token]) -> bool:
    """A request to the caller: "Sagen Sie einfach Ja", "Bestätigen Sie kurz"."""
    words = [t for t in tokens if t.is_word and t.text not in {"bitte", "einfach", "dann", "nur"}]
    return len(words) >= 2 and words[0].lemma in _REQUESTS and words[1].text in {"sie", "du"}


def _status_event(word: str, ws: set[str]) -> str | None:
    """ "Buchungsstatus", "Stornovorgang", a booking request "erfolgreich" done: the event."""
    m = re.fullmatch(
        r"(buchungs|termin|reservierungs|storno|stornierungs|umbuchungs)"
        r"(status|vorgang|anfrage|auftrag)",
        word,
    )
    if m is None or (m[2] == "anfrage" and "erfolgreich" not in ws):
        return None
    if m[1].startswith("storn"):
        return "cancelled"
    return "rescheduled" if m[1] == "umbuchungs" else "booked"


def _runs_on(tokens: Sequence[Token], i: int) -> bool:
    """Unpunctuated text (STT, streaming): "ich"/"wir" followed by a present verb after a word
    that cannot precede a subject in the same clause starts a new clause."""
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if not prev.is_word or prev.text in _AUX or prev.text in L.WH | _CONJUNCTIONS:
        return False
    participle = form_of(prev.text, prev.lemma) is Form.PARTICIPLE and prev.lemma in _CLASS
    if prev.lemma != prev.text and not prev.capital and not is_detail_word(prev.text):
        if not participle:  # "eingetragen ich schicke": the participle closed the clause
            return False  # a verb before: "dann habe ich", "gesagt ich"
    verb = nxt.lemma != nxt.text and nxt.lemma.endswith(("en", "ern", "eln")) and not nxt.capital
    return verb and nxt.text.endswith(("e", "en")) and nxt.text not in {"die", "eine", "keine"}


_SPEAKER_IS = (("wir", "sind"), ("sind", "wir"), ("ich", "bin"), ("bin", "ich"))
_RELATIVES = frozenset(
    {"mann", "frau", "tochter", "sohn", "mutter", "vater", "freundin", "freund", "kollegin",
     "kollege", "schwester", "bruder", "partner", "partnerin", "kinder", "kind", "oma", "opa"}
)  # fmt: skip
_CONJUNCTIONS = frozenset(
    {"dass", "weil", "wenn", "falls", "ob", "sobald", "nachdem", "bevor", "damit", "als", "wie",
     "und", "oder", "aber", "denn", "sondern", "da", "wo", "so", "dann", "also", "was"}
)  # fmt: skip


def _participle_like_infinitive(lemma: str) -> bool:
    """ "bekommen", "hinbekommen", "vergessen": the participle is spelled like the infinitive."""
    core = lemma
    for p in L.PARTICLES:
        if lemma.startswith(p) and len(lemma) > len(p) + 4:
            core = lemma[len(p) :]
            break
    return core.startswith(("bekomm", "verges", "erhalt", "entkomm"))


def _verb_lemma(word: str) -> str | None:
    """A claim verb's lemma for a participle the dictionary reads as an adjective ("entfernt")."""
    if not word.endswith("t") or len(word) < 6:
        return None
    for guess in (word[:-1] + "en", word[:-2] + "en" if word.endswith("et") else ""):
        if guess in _CLASS:
            return guess
    m = re.match(r"^(\w*?)ge(\w+?)e?t$", word)
    if m and m[1] + m[2] + "en" in _CLASS:
        return m[1] + m[2] + "en"
    return None


def _is_appointment(word: str) -> bool:
    return (
        word in L.APPOINTMENT or (word.endswith("termin") and len(word) > 6) or word in L.EVENT_KIND
    )


def _has_seq(words: Sequence[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1)):
        return True
    if seq[-1] == "mehr" and "mehr" in words:  # "kein(en) Termin mehr", "nicht ... mehr"
        last = len(words) - 1 - words[::-1].index("mehr")
        return any(w.startswith(seq[0]) for w in words[:last])
    return False
