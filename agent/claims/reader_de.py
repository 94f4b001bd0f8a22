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
from dataclasses import replace
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from agent.claims import lexicon_de as L
from agent.claims import morph
from agent.claims.clause_feature import clause_feature
from agent.claims.clauses import (
    Boundary,
    Clause,
    Link,
    denies_alternative,
    only_details_follow,
)
from agent.claims.data_deleted import deletion_wished
from agent.claims.details import (
    DAY_ABBREVIATIONS,
    MONTHS,
    NUMBERS,
    RELATIVE_DAYS,
    WEEKDAYS,
    Names,
    addressed,
    is_detail_word,
    is_title,
    read_details,
)
from agent.claims.held_beside import held_beside
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.name_start import name_start
from agent.claims.presupposed import caller_in_chair
from agent.claims.presupposing_rules import PresupposingRules
from agent.claims.reading import (
    Candidate,
    ClauseInfo,
    Matrix,
    conjunct_claims,
    without_superseded,
)
from agent.claims.rule_gate import RuleTable, clause_keys, needs, run_rules
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
# placing verbs that push what is already there ("schieben", "rücken"), not put in
_SHOVE = frozenset({"schieben", "rücken", "rutschen"})
_HABITUAL = frozenset({"immer", "meistens", "oft", "häufig", "normalerweise", "gewöhnlich",
                       "meist", "regelmäßig", "selten", "dienstags", "samstags"})  # fmt: skip
_PAST_AUX = frozenset({"war", "waren", "hatte", "hatten", "wurde", "wurden", "gewesen"})
# blind 33 (claims70): what opens a noun phrase with a participle attribute, and what may stand
# between the article and the participle ("die bei Frau Hoffmann eingetragenen Strähnchen")
_NP_CONTRACTED = frozenset({"zum", "zur", "beim", "vom"})
_NP_START = L.POSSESSIVE | {"den", "der", "dem", "des", "die", "das", "fest"} | _NP_CONTRACTED
_NP_INSERT = frozenset({"bei", "für", "sie", "am", "um", "auf", "frau", "herrn", "herr", "uhr"})
_HOLD_ATTRIBUTE = lazy(
    r"(?:reserviert|zurückgelegt|freigehalten|vorgemerkt|geblockt|vorgehalten)(?:e|er|en|em|es)"
)
_HOLD_ENDED = frozenset({"abgelaufen", "verfallen", "freigegeben", "aufgehoben", "weg", "storniert", "frei", "wieder",
                         "gelöscht", "vergeben", "verloren", "entfernt"})  # fmt: skip
# participles no verb class holds, as attributes (blind 33, claims70): "der zugesagte Termin"
# booked, "der entfallene Termin" cancelled
# a charge or a wait as the subject of "entfällt" / "fällt weg" (claims115)
_MONEY_OR_WAIT = (
    "gebühr", "gebühren", "pauschale", "anzahlung", "aufpreis", "zuschlag", "kosten", "preis",
    "strafe", "pfand", "wartezeit", "wartezeiten", "rabatt",
)  # fmt: skip
_OTHER_ATTRIBUTE = lazy(r"(?:(zugesagt)|entfallen)(?:e|er|en|em|es)")
_TREATMENT = frozenset({"behandlung", "behandlungen", "leistung", "dienstleistung"})
_IN_GOOD_HANDS = frozenset({"gut", "bestens", "prima", "wohl", "sicher", "bestes"})  # blind 33
_HOLD_UPGRADED = frozenset({"final", "fest", "verbindlich", "gebucht", "bestätigt", "eingetragen",
                            "fix", "definitiv", "festgemacht", "gesichert"})  # fmt: skip
_SEATS = frozenset({"platz", "stuhl", "slot", "termin", "zeitfenster", "sitzplatz"})
_PLACE_FILLER = frozenset({"statt", "los", "jetzt", "nun", "also", "dann", "damit", "so"})
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
_GOODBYE_TIME = frozenset({"dann", "zum", "zur", "nächste", "nächsten", "nächster", "in", "zu"})
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
# an indefinite time of meeting again: "ein andermal", "irgendwann", "ein anderes Mal"
# a next visit with no day: whichever comes, none of the call's ("bei Ihrem nächsten Besuch")
_NEXT_ONE = frozenset({"nächsten", "nächster", "nächste", "nächstes"})
_SOME_OTHER_TIME = frozenset({"andermal", "irgendwann", "anderes", "anderen"})


# a wish as the matrix of what follows (blind 58, claims161): "Die Chefin möchte, dass Sie zehn
# Minuten früher kommen" asks the caller, it tells no outcome
_WISH = frozenset({"möchte", "möchten", "will", "wollen", "wünscht", "wünschen"})
# the simple past of the strong verbs the claim words are made of (blind 58: "Ich glaube, das ging
# durch"): its stem changes its vowel, so the weak verbs' "-te" does not show it
_STRONG_PAST = {
    "gehen": "ging",
    "laufen": "lief",
    "kommen": "kam",
    "nehmen": "nahm",
    "tragen": "trug",
    "schieben": "schob",
    "fallen": "fiel",
    "halten": "hielt",
}


def _strong_past(text: str, lemma: str) -> bool:
    """`text` is the simple past of `lemma`, a strong verb or one made of it ("verschob",
    "ging" of "durchgehen" with its particle apart)."""
    for verb, past in _STRONG_PAST.items():
        if lemma.endswith(verb):
            prefix = lemma[: -len(verb)]
            rest = text[len(prefix) :] if prefix and text.startswith(prefix) else text
            # with a prefix the plural may be the participle ("verschoben"): read as that
            ends = ("", "st", "t") if prefix else ("", "en", "st", "t")
            if rest in {past + end for end in ends}:
                return True
    return False


class Form(Enum):
    PARTICIPLE = "participle"  # gebucht, verschoben
    AMBIGUOUS = "ambiguous"  # storniert, bestätigt: participle or "er storniert"
    FIRST_PERSON = "first_person"  # buche, trage (ein)
    FINITE = "finite"  # bucht, steht
    PAST = "past"  # buchte, verlegte (Präteritum): done
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
    if _GE_PARTICIPLE.match(text) and (text.startswith("ge") or "ge" in text[:8]):
        if text.endswith(("t", "en")) and not text.endswith("ten"):
            return Form.PARTICIPLE
        if text.endswith("ten") and text[:-1] != lemma:
            return Form.PARTICIPLE
    if _strong_past(text, lemma):
        return Form.PAST  # "Das ging durch", "Ich trug Sie ein", "Der Termin fiel aus"
    inseparable = lemma.startswith(_INSEPARABLE) or core.startswith(_INSEPARABLE)
    if text in (stem + "t", stem + "et") and (lemma.endswith("ieren") or inseparable):
        return Form.AMBIGUOUS  # "storniert", "bestätigt", "verarbeitet"
    if text in {stem + "e", stem}:
        return Form.FIRST_PERSON
    if text in {stem + e + end for e in ("", "e") for end in ("te", "ten", "test", "tet")}:
        return Form.PAST  # "Ich verlegte ihn auf Donnerstag", "wir stornierten"
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
        self._service_words = self._name_words - self._stylist_words - _EVERYDAY_NOUNS

    # ---- words -----------------------------------------------------------------------------

    def _has_verb_words(self, tokens: Sequence[Token]) -> bool:
        return any(
            t.text in _AUX
            or (not t.capital and t.lemma != t.text and t.lemma.endswith(("en", "ern", "eln")))
            for t in tokens
            if t.is_word and not is_detail_word(t.text)
        )

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
            if _joins_objects(tokens, i, start) or _joins_in_phrase(tokens, i, start):
                return None  # "Ich habe Ihren Termin und Ihre Nachricht notiert": one predicate
            return Boundary(Link.COORD, 1)
        if w == "oder":
            return None if nxt in {"?", "", ".", "!"} else Boundary(Link.COORD, 1)
        prev2 = tokens[i - 2].text if i > 1 else ""
        if w in {"aber", "jedoch"} and not at_start and (prev in _AUX or prev2 in _AUX):
            return None  # "gebucht ist (er) aber noch nichts": a particle, not a conjunction
        if (
            w in {"aber", "jedoch"}
            and not at_start
            and nxt in _RESTRICTING
            and _verb_before(tokens, i)
        ):
            return None  # "bisher ist der Platz aber nur reserviert": a particle (claims68)
        if w == "aber" and not at_start and _verb_before(tokens, i) and _infinitive_rest(tokens, i):
            return None  # "ich kann den Wunsch aber als Nachricht aufnehmen" (blind 41)
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
        if w == "sollten" and i == 0 and nxt == "sie" and any(t.text == "," for t in tokens[2:]):
            # blind 33 (claims72): the verb first, a condition on the caller's choice, as "falls":
            # "Sollten Sie sich für Freitag entscheiden, wären Sie mittags fertig"
            return Boundary(Link.CONDITION, 1)
        if (
            w in {"ist", "sind"}
            and i == 0
            and nxt in {"der", "die", "das", "ihr", "ihre", "dieser", "diese"}
            and _state_then_comma(tokens)
            and not any(t.text == "?" for t in tokens)
        ):
            # claims112 (blind 43): the verb first, a condition as "wenn": "Ist der Termin
            # gebucht, geht automatisch eine Nachricht an Ihre Handynummer"
            return Boundary(Link.CONDITION, 1)
        if w == "sollte" and i == 0 and any(t.text == "," for t in tokens[2:]):
            # claims112 (blind 43): "Sollte sich bei uns etwas ändern, hören Sie von uns", as
            # "falls"
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

    def _rejoined(self, clause: Clause, sentence: Sequence[Clause]) -> Clause:
        """ "Für Ihre Mutter ist Samstag, elf Uhr, bei Lena fest": a verbless predicate after
        details set off by commas ends the clause the commas interrupted; read it whole."""
        words = [t.text for t in clause.tokens if t.is_word]
        if clause.link is not Link.COMMA or not set(words) & L.FIRM:
            return clause
        if self._has_verb_words(clause.tokens):
            return clause
        tokens = list(clause.tokens)
        for c in sorted((x for x in sentence if x.index < clause.index), key=lambda x: -x.index):
            if not c.words:
                return clause
            if all(is_detail_word(w) or w in self._name_words or w in _DETAIL_FILLER
                   for w in c.words):  # fmt: skip
                tokens = [*c.tokens, *tokens]
                continue
            if c.link is Link.COMMA or not self._has_verb_words(c.tokens) or c is clause:
                return clause
            if tokens == list(clause.tokens):
                return clause  # nothing set off between them: a clause of its own
            return replace(clause, tokens=[*c.tokens, *tokens])
        return clause

    def analyse(self, clause: Clause, sentence: Sequence[Clause]) -> ClauseInfo:
        clause = self._rejoined(clause, sentence)
        toks = clause.tokens
        words = [t.text for t in toks if t.is_word]
        info = ClauseInfo(clause)
        if not words:
            return info
        ws = set(words)
        c = _Context(self, clause, sentence, words)
        before = [x for x in sentence if x.index == clause.index - 1]
        if clause.link is Link.COMPLEMENT and c.negated and before and _denial(before[0].words):
            c.negated = False  # "Es ist nicht so, dass Ihr Termin nicht steht": it stands
        info.negated = c.negated
        info.nonfactual = c.modal or c.hypothetical or c.konj1 or (c.werden and not c.wurde)
        info.interrogative = self._interrogative(toks)
        info.tag = " ".join(words) in L.TAGS or words in (["nicht", "wahr"],)
        info.detail_only = (
            all(
                is_detail_word(w) or w in self._name_words or w in _DETAIL_FILLER or is_title(w)
                for w in words
            )
            and not _addressed(clause, sentence, words)
        ) or _abbreviated_details(words)
        info.relative = (
            clause.link is Link.COMMA
            and (toks[0].text in L.RELATIVE or _prepositional_relative(toks))
            and not (len(toks) > 1 and toks[1].capital and toks[0].text in L.RELATIVE)
            and clause.punct_before == ","
        )
        info.third_party = (
            bool(ws & {"jemand", "jemandem", "zuvorgekommen", "schneller"})
            or (bool(ws & {"andere", "anderer", "anderes"}) and bool(ws & {"kundin", "kunde"}))
        ) and not (ws & {"kann", "können"} and ws & {"jetzt", "nun", "wieder"})
        # "Jemand anders kann den Platz jetzt haben": the slot the caller gave up, not taken
        info.reports = c.reports
        info.matrix = c.matrix()
        info.past = bool(ws & _PAST_AUX) or (
            bool(ws & (L.HABEN | L.SEIN))
            and any(form_of(t.text, t.lemma) is Form.PARTICIPLE for t in c.toks[-2:])
        )  # "bevor Sie gefragt haben" is a fact; "bevor Sie auflegen" a condition
        info.relevance = clause.link is Link.CONDITION and (
            c.relevance() or (clause.opener[:1] == ("solange",) and c.negated)
        )  # "…, solange Sie mir nicht sagen, dass sich etwas ändert": true until then
        info.candidates = [cand for cand in c.candidates() if cand is not None]
        if not info.candidates and not info.detail_only:
            fallback = c.fail_safe()
            info.candidates = [fallback] if fallback else []
        if not c.negated and c._finite_done():
            info.candidates = conjunct_claims(info.candidates, words, _appointment_kind)
        info.candidates = without_superseded(info.candidates)
        supposed = bool(before) and before[0].words in (["angenommen"], ["vorausgesetzt"])
        if ws & L.CONTINGENCY or _awaits_consent(words) or _in_general(ws) or supposed:
            info.candidates = [cand for cand in info.candidates if cand.presupposed]
        if info.candidates:
            info.detail_only = False
        info.subject = not info.candidates and c.subject_phrase()
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
            last = words[-1].text
            verb_last = len(words) > 3 and (
                last in _AUX
                or words[-1].lemma in _CLASS
                or form_of(last, words[-1].lemma) is Form.PARTICIPLE
            )
            subject = (
                words[k + 1].text in {"sie", "ich", "wir", "du"} if k + 1 < len(words) else False
            )
            return not (verb_last and subject)  # "Wo Sie schon eingetragen sind: …"
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if first in _AUX_FIRST:
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
_PERSON_NOUNS = frozenset({"name", "namen", "herr", "herrn", "frau"})  # "bei Herrn Spitzer"
_INFO_TAILS = ("adresse", "nummer", "daten", "namen", "allergie", "wunsch", "hinweis", "notiz")
_ADVERBS = frozenset({"bestens", "sofort", "gerade", "eben", "soeben", "nun", "jetzt"})
_DETAIL_FILLER = frozenset(
    {"am", "um", "bei", "beim", "den", "der", "dem", "die", "das", "mit", "zum", "zur", "für",
     "von", "vom", "bis", "und", "ab", "gegen", "also", "dann", "uhr", "ihre", "ihr",
     "ihren", "ihrem", "gleich", "so", "statt", "anstatt", "auf", "nach", "neu", "neue", "neuen",
     "ebenso", "sowie", "auch", "jeweils", "gleiche", "gleichen", "selbe", "selben", "uhrzeit",
     "zeit", "wochentag", "datum", "friseur", "friseurin", "stylist", "stylistin", "leistung",
     "allerdings", "jedoch"}  # "…, allerdings bei Sophie": the detail said after (blind 29)
)  # fmt: skip


_COME_IN = frozenset({
    "kommen", "herkommen", "vorbeikommen", "reinkommen", "hereinkommen", "hinkommen",
    "erscheinen", "vorbeischauen",
})  # fmt: skip
_REFERENCE_WORDS = frozenset(  # every word _REFERENCE_NOUN matches whole: `_reference`'s gate
    head + tail
    for head in ("buchungs", "termin", "reservierungs", "bestätigungs", "storno", "stornierungs",
                 "auftrags")
    for tail in ("nummer", "referenz", "code", "kennung", "id", "nr")
)  # fmt: skip
# a match starts with an idiom's first word, whole (`_done_idiom`'s gate)
_DONE_IDIOM_WORDS = frozenset(idiom.split()[0] for idiom in L.DONE_IDIOMS)


class _Context(PresupposingRules):
    """One clause's words and the facts about them the rules below share."""

    def __init__(self, reader: GermanReader, clause: Clause, sentence: Sequence[Clause], words):
        self.r = reader
        self.clause = clause
        self.sentence = sentence
        self.toks = [t for t in clause.tokens if t.is_word]
        if "sie" in words and _third_person_sie(self.toks, sentence):
            # "weil sie am Samstag mehr Zeit hat": she, not the caller
            self.toks = [replace(t, text="sie3", lemma="sie3") if t.text == "sie" else t
                         for t in self.toks]  # fmt: skip
            words = [t.text for t in self.toks]
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
        self.service_words = reader._service_words  # the same for every clause
        self.reports = self._reports()

    # worked out when a rule first asks (clause_feature), not for every clause

    @clause_feature
    def appointment(self) -> bool:
        words = self.words
        return (
            any(_is_appointment(w) for w in words)
            or (
                words[:1] == ["er"]
                and any(
                    _is_appointment(w)
                    for c in self.sentence
                    if c.index < self.clause.index
                    for w in c.words
                )
            )  # "Ihr Termin ist nicht storniert, er findet statt"
            or self._own_service()  # "Ihre Dauerwelle am Freitag ist organisiert"
        )

    @clause_feature
    def event(self) -> ClaimKind | None:
        return self._event_kind()

    @clause_feature
    def speaker(self) -> bool:
        return bool(self.ws & {"ich", "wir"}) or self._speaker_elided()

    @clause_feature
    def detail_named(self) -> bool:
        return any(
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
                "ein",  # an article, not the hour one
                "eine",
                "einen",
                "einem",
                "einer",
            }
            for w in self.words
        ) or bool(self.ws & self.r._name_words)

    def _speaker_elided(self) -> bool:
        """ "Ich habe Ihre Nummer notiert und suche jetzt den Termin": a conjunct that starts
        with its verb shares the subject before it."""
        if self.clause.link is not Link.COORD or not self.toks:
            return False
        first = self.toks[0]
        if first.capital or first.lemma == first.text or not first.lemma.endswith("en"):
            return False
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        return bool(before) and bool(set(before[0].words) & {"ich", "wir"})

    # ---- the clause as a whole -------------------------------------------------------------

    def _negated(self) -> bool:
        words = self.words
        skip: set[int] = set()
        for idiom in L.NEGATION_IDIOMS if not self.ws.isdisjoint(L.NEGATION) else ():
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
            clause_ws = set(c.words) | self.ws
            for w in c.words:
                kind = L.EVENT_KIND.get(w) or _status_event(w, clause_ws)
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
        # the caller's opinion told back: "Sie waren der Meinung, …" (claims116, convention 721)
        reporting = reporting or bool(ws & {"meinung", "ansicht", "auffassung"} and "der" in ws)
        if _has_seq(self.words, ("von", "uns")) and "hören" in self.lemmas:
            return False  # "Sie hören morgen von uns": a callback, not someone's report
        if not reporting or self.speaker:
            return False
        if "gesagt" in ws and "wie" in ws:
            return False
        if self.words[1:2] == ["sie"] and self.toks[0].lemma in L.REPORT_VERB:
            return False  # "Denken Sie an …", "Sagen Sie Fabian Bescheid": a request
        if "denken" in self.lemmas and "an" in ws:
            return False  # thinking of something is remembering it, not a report
        if (
            "annehmen" in self.lemmas
            and (self.sein or self.wurde)
            and (self.appointment or any(w.endswith("anfrage") for w in self.words))
        ):
            return False  # "Ihr Termin / Ihre Anfrage ist angenommen": accepted, not assumed
        return bool(ws & {"sie", "ihr", "ihre", "jemand", "mann", "frau", "kollegin", "kollege"})

    def matrix(self) -> Matrix:
        if len(self.words) < 2:
            return Matrix.NONE  # "Check, ist drin": an interjection, not a matrix clause
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
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if _denial(self.words) and nxt and "nicht" in nxt[0].words:
            return Matrix.AFFIRM  # a denied denial: "Es ist nicht so, dass … nicht …"
        if self.words[0] in {"das", "dies", "dazu", "darüber", "es"} or self.ws & {"nichts", "es"}:
            return Matrix.NONE  # "Das frage ich nach, wir rufen Sie zurück": its own object
        if _has_seq(self.words[-2:], ("nach", self.words[-1])) and (
            self.words[-1] in self.r._stylist_words
        ):
            return Matrix.NONE  # "Fragen Sie einfach nach Fabian, er erwartet Sie": a person
        if doubt and not self.lemmas_hope() and self._own_object():
            doubt = False  # "Das mit dem Parken klären wir am Freitag, …"
        if self.reports:
            return Matrix.WITHHOLD
        if affirm and self.negated:
            return Matrix.WITHHOLD
        if doubt and not affirm:
            return Matrix.WITHHOLD
        if not affirm and self.words[-1] in _WISH and nxt and "dass" in nxt[0].opener:
            return Matrix.WITHHOLD  # "Die Chefin möchte, dass Sie …": a wish (blind 58, claims161)
        if affirm and (self.hypothetical or self.konj1):
            return Matrix.WITHHOLD
        told = self.ws & {"wollte", "wollten"} and {
            "sagen",
            "mitteilen",
            "zurückmelden",
            "melden",
            "bestätigen",
        } & set(self.lemmas)
        affirm = affirm or bool(told)
        if affirm and self.modal and not (self.ws & L.PERFORMATIVE_MODAL) and not told:
            return Matrix.WITHHOLD  # but "Ich wollte Ihnen nur sagen, dass …" tells it
        if affirm:
            return Matrix.AFFIRM
        return Matrix.NONE

    def relevance(self) -> bool:
        """A condition on saying it, not on its truth: "falls Sie sich das fragen", "wenn Sie
        es genau wissen wollen"."""
        wonder = {"fragen", "wissen", "interessieren", "wundern", "neugierig"}
        if self.speaker and ({"sehen", "irren", "täuschen"} & set(self.lemmas)):
            return not self.ws & {"sobald", "wenn"} - {"wenn"}  # "wenn ich das richtig sehe"
        if ("dazwischenkommen" in self.lemmas or "dazwischenkommt" in self.ws) and not self.negated:
            return True  # "…, falls doch etwas dazwischenkommt": in case, not on condition
        return bool(wonder & set(self.lemmas) or self.ws & {"neugierig", "interessiert"}) and (
            self.caller and not self.speaker
        )

    def _own_service(self) -> bool:
        """ "Ihre Dauerwelle", "Ihren Herrenschnitt": the caller's appointment for it; blind 42
        (claims104): "Ihr Freitag steht fest", the caller's weekday as the subject (not "Ihren
        Freitag", an object: "Genießen Sie Ihren Freitag")."""
        for k, w in enumerate(self.words):
            if w in self.service_words and set(self.words[max(0, k - 2) : k]) & L.POSSESSIVE:
                return True
            if k and self.words[k - 1] in {"ihr", "dein"} and w in WEEKDAYS:
                return True
            if w in _EVERYDAY_NOUNS and w in self.r._name_words and self._day_after(k):
                return True  # claims116: "Ihre Farbe am Freitag ist wirklich eingetragen"
        return False

    def _day_after(self, k: int) -> bool:
        """The noun at k placed on a day right after it ("Farbe am Freitag", "für morgen"): an
        everyday word ("Farbe", "Locken") named with its determiner as the caller's service."""
        w = self.words
        return (
            k > 0
            and w[k - 1] in L.POSSESSIVE | {"die", "der", "den", "das"}
            and w[k + 1 : k + 2] in (["am"], ["für"], ["von"])
            and k + 2 < len(w)
            and (w[k + 2] in WEEKDAYS or w[k + 2] in RELATIVE_DAYS)
        )

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
        evaluative = {
            "okay",
            "ok",
            "recht",
            "schlimm",
            "problem",
            "ordnung",
            "gut",
            "schön",
            "klar",
            "bewusst",
        }  # "Ist Ihnen klar, dass …"
        return bool(self.ws & evaluative) and self.clause.question and not self.speaker

    # ---- candidates --------------------------------------------------------------------------

    # the rule methods of a clause, in order; each runs only where its `@needs` gate, if it has
    # one, opens (agent/claims/rule_gate.py): a rule without a gate runs on every clause
    RULES = (
        "_follow_up",
        "_verbs",
        "_stands",
        "_firm",
        "_inside",
        "_possession",
        "_existence",
        "_placement",
        "_headed",
        "_stated_over_details",
        "_cancel_states",
        "_gone",
        "_done_state",
        "_expect",
        "_not_expected",
        "_goodbye",
        "_message",
        "_visit",
        "_moved_in_words",
        "_instruction",
        "_cant_make_it",
        "_informed",
        "_reference",
        "_nothing_left",
        "_checked",
        "_we_have_you",
        "_stylist_serves",
        "_caller_with_stylist",
        "_stays",
        "_active",
        "_done_idiom",
        "_becomes",
        "_reminded",
        "_recap",
        "_gapped",
        "_exception",
        "_presupposing_condition",
        "_prepared",
        "_visit_instruction",
        "_in_chair",
        "_in_callers_name",
        "_no_longer_listed",
        "_presupposed_appointment",  # last: a claim the clause makes comes first
    )

    def candidates(self):
        if self._callback_noted():
            yield Candidate(K.FOLLOW_UP, follow_up=FollowUp.CALLBACK)
            return
        yield from run_rules(_RULES, self, clause_keys(self.ws, self.lemmas))

    @needs({"mehr"})
    def _no_longer_listed(self) -> Candidate | None:
        """ "Der Freitagstermin wird nicht mehr geführt", "Bei uns taucht Ihr Name für Freitag
        nicht mehr auf": the appointment or the caller's name no longer listed is a cancellation."""
        if not self.no_longer or self.modal or self.hypothetical or self.clause.question:
            return None
        lemmas = set(self.lemmas)
        particle = self.words[-1] if self.words[-1] in L.PARTICLES else ""
        listed = lemmas & {"führen", "auftauchen", "erscheinen", "stehen", "vorkommen"} or (
            particle and {particle + lm for lm in lemmas} & {"auftauchen", "vorkommen"}
        )
        whose = self.appointment or (self.ws & {"name", "namen"} and self.ws & L.POSSESSIVE)
        if any(w.endswith("liste") for w in self.words):
            return None  # "Ihr Name steht nicht mehr auf der Warteliste"
        return Candidate(K.CANCELLED) if listed and whose else None

    @needs({"namen"})
    def _in_callers_name(self) -> Candidate | None:
        """ "Auf Ihren Namen läuft jetzt ein Termin am Freitag", "Bei Fabian ist am Freitag auf
        Ihren Namen gebucht worden": an appointment or booking in the caller's name, stated."""
        words = self.words
        named = _has_seq(words, ("auf", "ihren", "namen")) or _has_seq(
            words, ("unter", "ihrem", "namen")
        )
        if not named or self.negated or self.modal or self.hypothetical or self.clause.question:
            return None
        if self.werden and not self.wurde:
            return None  # "… wird auf Ihren Namen gebucht": not yet
        booked = any(_CLASS.get(t.lemma) in {"book", "record", "secure"} for t in self.toks)
        runs = bool({"laufen", "stehen", "geben"} & set(self.lemmas)) and self.appointment
        return Candidate(K.BOOKED) if booked or runs else None

    @needs({"sitzen"})
    def _in_chair(self) -> Candidate | None:
        blocked = self.negated or self.modal or self.hypothetical or self.clause.question
        return caller_in_chair(self.words, self.lemmas, blocked, "de", self.r._stylist_words)

    def _callback_noted(self) -> bool:
        """ "Die Chefin meldet sich bei Ihnen, das habe ich weitergegeben", "…, ruft Sie jemand
        zurück, das ist notiert", "Das habe ich als Rückrufbitte hinterlegt": what "das" noted or
        passed on is the callback the sentence promises, not a booking or the caller's message."""
        ws = self.ws
        verbs = {form for t in self.toks for form in _infinitives(t)}
        if not verbs & (L.PASS_ON_VERBS | L.RECORD) or self.negated or self.caller_object:
            return False
        if not ws & {"das", "es"} or self.appointment or len(self.words) > 6:
            return False  # "Ich habe Ihren Rückrufwunsch notiert": the request, a message
        if "als" in ws and any(w.startswith("rückruf") for w in self.words):
            return True  # "Das habe ich als Rückrufbitte hinterlegt"
        earlier = [c for c in self.sentence if c.index < self.clause.index]
        return any(
            set(c.words) & {"zurück", "zurückrufen", "melden", "meldet", "anrufen", "ruft"}
            and set(c.words) & (L.CALLER | _CALLER_OBJECT)
            for c in earlier[-3:]
        )

    @needs({"nur", "sondern", "außer", "bloß", "lediglich"})
    def _exception(self) -> Candidate | None:
        """ "Für Ihren Sohn habe ich noch nichts eingetragen, nur für Sie": the exception to a
        denied outcome has it ("nur für Sie", "sondern für Sie", "außer Ihnen")."""
        words = self.words
        if not words or words[0] not in {"nur", "sondern", "außer", "bloß", "lediglich"}:
            return None
        rest = set(words[1:])
        if not rest & {"sie", "ihnen", "dich", "dir"} or not rest <= (
            {"für", "sie", "ihnen", "dich", "dir", "bei", "am", "um", "den"} | self.r._name_words
        ) | {w for w in rest if is_detail_word(w)}:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or not set(before[0].words) & (L.NEGATION | {"nichts"}):
            return None
        for t in before[0].tokens:
            cls = _CLASS.get(t.lemma)
            if cls in _KIND and form_of(t.text, t.lemma) in (Form.PARTICIPLE, Form.AMBIGUOUS):
                return Candidate(_KIND[cls])
        return None

    def _gapped(self) -> Candidate | None:
        """ "Ich habe Ihre Nummer notiert und den Termin gleich mit", "…, und die Buchung
        auch": a conjunct without a verb of its own shares the done predicate before it."""
        if self.clause.link is not Link.COORD or self._has_verb() or not self.appointment:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or self.negated:
            return None
        prev = set(before[0].words)
        hedges = L.NEGATION | L.MODAL | L.HYPOTHETICAL | L.WAERE | L.KONJ1 | L.CONTINGENCY
        if prev & hedges or (prev & L.WERDEN and not prev & L.WURDE):
            return None
        for t in before[0].tokens:
            cls = _CLASS.get(t.lemma)
            if cls not in _KIND or cls == "cancel_state":
                continue
            if form_of(t.text, t.lemma) in (Form.PARTICIPLE, Form.AMBIGUOUS):
                return Candidate(self._kind_for(cls, t.lemma) or _KIND[cls])
        return None

    @needs({"zusammengefasst", "zusammenfassung", "fasse"})
    def _recap(self) -> Candidate | None:
        """ "Noch einmal zusammengefasst: Dauerwelle, Freitag, zehn Uhr, bei Fabian": a summary
        of nothing but the appointment's details states it (not "Ich fasse zusammen: Sie
        möchten …", nor a summary asked about)."""
        ws = self.ws
        if not (ws & {"zusammengefasst", "zusammenfassung"} or {"fasse", "zusammen"} <= ws):
            return None
        names = self.r._name_words
        return (
            Candidate(K.BOOKED) if only_details_follow(self.clause, self.sentence, names) else None
        )

    def _kind_for(self, cls: str, lemma: str = "") -> ClaimKind | None:
        own_event = next(
            (ClaimKind(L.EVENT_KIND[w]) for w in self.words if w in L.EVENT_KIND), None
        )
        if cls in {"book", "record", "secure"} and own_event in (K.CANCELLED, K.RESCHEDULED):
            return own_event  # "Ich habe Ihre Absage eingetragen": the cancellation is recorded
        if cls == "secure" and not self._names_what():
            return self._antecedent() or K.DONE  # "Gebongt!", "Ist geritzt": done, of any kind
        if (
            cls == "move"
            and lemma == "umsetzen"
            and not (self.detail_named or _move_target(self.ws))
        ):
            return self._antecedent() or K.DONE  # "Wie gewünscht umgesetzt": carried out
        if cls in _KIND:
            return _KIND[cls]
        if cls == "done" and lemma == "erledigen" and "sich" in self.ws:
            if self.appointment or any(w in WEEKDAYS for w in self.words):
                return K.CANCELLED  # "Der Termin / Das mit dem Freitag hat sich erledigt"
        if cls in {"confirm", "done"}:
            kind = self.event or self._antecedent()
            if kind is None and cls == "done" and self.appointment and self.detail_named:
                kind = K.BOOKED  # "mit Ihrem Termin am Freitag ist alles erledigt"
            if kind is None and cls == "done" and lemma in _SUCCEED and self._appointment_itself():
                kind = K.BOOKED  # "Der Termin hat geklappt", "Der Termin ist gemacht"
            if kind is None and cls == "done" and lemma in _SUCCEED and self.words[0] in WEEKDAYS:
                kind = K.BOOKED  # "Freitag hat geklappt": the day the caller wanted
            if kind is None and cls == "done" and lemma in _SUCCEED and self._when_named():
                kind = K.BOOKED  # "Schön, dass es mit dem Freitag geklappt hat": the day stands
            if kind is None and cls == "confirm" and self._names_what():
                bare = lemma == "bestätigen" and self._fillers_before()  # 733
                kind = None if bare else K.BOOKED
            return kind or K.DONE  # "Bestätigt!": whatever the call's last outcome was
        if cls == "place":
            return self._placed()
        if (
            cls == "hold"
        ):  # "fest reserviert"; "ganz sicher reserviert" is certainly held (claims84)
            return K.BOOKED if self.ws & L.FIRM_ADVERB - {"sicher"} else None
        if cls == "perform":
            return self.event  # "die Stornierung vorgenommen"; nothing without an event noun
        return None

    def _message_object(self) -> bool:
        """What is noted or passed on is a message for the salon ("Ihre Nachricht", "Ihren
        Wunsch, Ihre Daten zu löschen"), here or at the head of the sentence."""
        for k, t in enumerate(self.toks):  # the object's head noun, the first one named
            if k and t.capital and _message_noun(t.text):
                return True  # "Ihre Anfrage zur Löschung Ihrer Daten", "Ihre Terminanfrage"
            if _is_appointment(t.text):
                break
        if self.appointment:
            return False
        if any(w in _MESSAGE_WORDS for w in self.words):
            return True
        # "Ich habe Ihren Wunsch, Ihre Daten zu löschen, für den Salon aufgenommen": the object
        # is at the head of the sentence, the participle after an inserted clause
        head = self.sentence[0] if self.sentence else None
        if head is None or head is self.clause or self.words[0] not in L.PREPOSITIONS:
            return False
        objects = L.MESSAGE_OBJECTS | L.WEAK_MESSAGE_OBJECTS
        return bool(set(head.words) & _SPEAKER) and any(w in objects for w in head.words)

    def _foreign_subject(self) -> bool:
        """A passive whose subject is something other than the appointment or the caller: "Der
        Salon wurde eingetragen", "Ihr Urlaub ist gebucht"."""
        if self.appointment or self.caller_object or self.event or "sie" in self.ws:
            return False
        if self.ws & _RELATIVES and self._companion_in_call():
            return False
        for k, t in enumerate(self.toks):
            if k == 0 or not t.capital:
                continue
            before = self.words[max(0, k - 2) : k]
            if set(before) & L.PREPOSITIONS or not set(before) & _DETERMINERS:
                continue
            w = t.text
            if w.endswith(_HAIR) or read_details(w, self.r.names).services or w in _RELATIVES:
                continue  # "Ihr Haarschnitt", "Ihre Färbung": the caller's appointment
            if (
                w in self.r._name_words
                or is_detail_word(w)
                or w in _TIME_NOUNS
                or w in _PERSON_NOUNS
                or w in L.CALENDAR_PLACE
                or w in _INFO_NOUNS
                or w in L.MESSAGE_OBJECTS
            ):
                continue
            return True
        return False

    def _names_what(self) -> bool:
        """The clause says what is done: the appointment, the caller, a day, a stylist (or, a
        word or two alone, the clause next to it does: "Abgemacht, der Termin gilt")."""
        if (
            self.appointment
            or self.caller_object
            or ("sie" in self.ws and not self.speaker)
            or self.detail_named
            or self.event
            or self._next_is_details()
            or self.ws & {"status", "buchungsstatus"}
        ):
            return True
        if len(self.words) > 2:
            return False
        near = [c for c in self.sentence if abs(c.index - self.clause.index) == 1]
        if any(
            _is_appointment(w) or w in {"sie", "ihnen", "status"} for c in near for w in c.words
        ):
            return True
        before = [c for c in self.sentence if c.index < self.clause.index]
        return bool(before) and all(  # "28.11., 10.00 h, Dauerwelle: bestätigt"
            all(is_detail_word(w) or w in self.r._name_words or w in _DETAIL_FILLER
                for w in c.words) or _abbreviated_details(c.words)
            for c in before
        )  # fmt: skip

    def _fillers_before(self) -> bool:
        """Only fillers before the clause ("So, bestätigt!", "Also, bestätigt."): they name
        nothing, and the bare done-word is the call's last act (convention 733)."""
        before = [c for c in self.sentence if c.index < self.clause.index]
        return bool(before) and all(w in _DETAIL_FILLER for c in before for w in c.words)

    def _appointment_itself(self) -> bool:
        """The appointment (not a booking, not a cancellation) is what the clause is about."""
        return any(_is_appointment(w) and w not in L.EVENT_KIND for w in self.words)

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
        if re.search(r"\b(ad\s+acta|zu\s+den\s+akten)\b", text) and (
            self.appointment
            or re.search(r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag)", text)
        ):
            return K.CANCELLED  # "Der Freitagstermin ist ad acta gelegt": filed away, done with
        if re.search(rf"\b(in|ins|auf)\s+(den|die|das|unseren|unsere|unser)?\s*({places})\b", text):
            return K.BOOKED
        days = "|".join([*WEEKDAYS, *RELATIVE_DAYS, *MONTHS])
        moving = L.OLD | L.MOVE_DIRECTION | {"jetzt", "nun", "stunde", "stunden", "tag", "tage"}
        words = set(text.split())
        caller = self.caller_object or (words & {"sie", "dich"} and words & {"ich", "wir"})
        # claims158 (blind 51): the caller shoved onto a day ("Hab dich auf Donnerstag
        # geschoben") was somewhere before: a move, not the caller put in
        shoved = set(self.lemmas) & _SHOVE and words & {"auf", "nach"}
        if caller and not self.appointment and not words & moving and not shoved:
            return K.BOOKED  # "Ich habe Sie auf Freitag, 10 Uhr gesetzt": the caller put in
        if (
            re.search(rf"\b(auf|nach)\s+(den\s+)?(\d|{days}|{_NUMBER_WORDS}|halb|viertel)", text)
            or self.ws & L.MOVE_DIRECTION
        ):
            return K.RESCHEDULED
        if self.appointment and self.ws & {"dorthin", "dahin", "rüber", "hinüber", "herüber"}:
            return K.RESCHEDULED  # blind 33 (claims78): "… hab ich Ihren Termin dorthin geschoben"
        return None

    def _finite_done(self) -> bool:
        """The clause states it as done: perfect, state passive, past passive, or a bare participle."""
        if self.konj1 or self.hypothetical:
            return False
        if self.epistemic:
            return bool(self.ws & {"sein", "haben"})
        if self.modal and not self._managed():
            return False
        if self.werden and not self.wurde and not self._managed():
            return False  # but "Ihr Wunschtermin konnte berücksichtigt werden": it was
        return True

    def _verbs(self):
        toks = self.toks
        particle = toks[-1].text if toks and toks[-1].text in L.PARTICLES else None
        for i, t in enumerate(toks):
            lemma = t.lemma
            if lemma not in _CLASS and not t.capital:
                lemma = _weak_past_lemma(t.text, particle) or lemma  # "buchte" is not "Buchten"
            cls = _CLASS.get(lemma)
            form = form_of(t.text, lemma) if cls else None
            if particle and i < len(toks) - 1:
                joined = particle + lemma
                if joined in _CLASS:
                    first = form_of(t.text, lemma) is Form.FIRST_PERSON  # "ich trage … ein"
                    past = form_of(t.text, lemma) is Form.PAST  # "sagte … ab"
                    cls, lemma = _CLASS[joined], joined
                    form = Form.FIRST_PERSON if first else Form.PAST if past else Form.FINITE
            attr = self._attributive(i, t)
            if attr is not None:
                yield attr
                continue
            if t.text == "aufgehoben" and i and self.words[i - 1] in _IN_GOOD_HANDS:
                continue  # "bei uns bestens aufgehoben": in good hands, no cancellation
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
            elif form is Form.PAST and not (self.hypothetical or self.konj1):
                yield self._participle(i, t, cls, Form.PARTICIPLE)
            elif form is Form.FIRST_PERSON or (form is Form.INFINITIVE and cls == "confirm"):
                yield self._performative(i, t, cls, form)
            elif form is Form.FINITE and cls == "cancel_state":
                yield self._cancel_state_verb()

    def _managed(self) -> bool:
        """An implicative verb said in the past makes its infinitive a fact: "Wir konnten Sie
        eintragen", "Ich habe mir erlaubt, Sie einzutragen", "Es ist gelungen, … zu …"."""
        if self.negated:
            return False
        if self.ws & {"konnte", "konnten", "konntest", "musste", "mussten"}:
            return True  # "Wir konnten Sie eintragen", "dass wir den Termin absagen mussten"
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
        held = self._held_attribute(i, t)
        if held is not None:
            return held
        other = _OTHER_ATTRIBUTE.fullmatch(t.text)
        if other and self._attribute_of_appointment(i):
            return Candidate(K.BOOKED if other[1] else K.CANCELLED, presupposed=True)
        for cls in _participle_adjective(t.text):
            after = self.words[i + 1 : i + 4]
            before = self.words[max(0, i - 2) : i]
            if not any(
                _is_appointment(w)
                or w in self.service_words
                or (w in WEEKDAYS and not self.clause.question)
                or self._service(w)
                or w in _TREATMENT
                for w in after
            ):
                continue  # "Ihr gebuchter Termin", "zu der gebuchten Dauerwelle", "den … Freitag"
            if not set(before) & _NP_START and not self._np_start_before(i):
                continue
            if set(self.words[max(0, i - 2) : i]) & L.NEGATION:
                return None
            kind = self._kind_for(cls) if cls != "confirm" else K.BOOKED
            if t.text.startswith("vorgemerkt") and kind is K.BOOKED:
                kind = K.HELD  # "Ihr vorgemerkter Platz": the hold (blind 33, claims70)
            if kind is None:
                return None
            asked = self.clause.question or self.modal or self.hypothetical
            scope = self._np_scope(max(0, i - 2), i + 1) if asked else None  # not what it offers
            return Candidate(kind, presupposed=True, scope=scope)
        return None

    def _held_attribute(self, i: int, t: Token) -> Candidate | None:
        """Blind 33 (claims70): "der für Sie reservierte Termin", "Ihr zurückgelegter Platz": a
        hold the noun phrase takes as live (not one said to have ended)."""
        if not _HOLD_ATTRIBUTE.fullmatch(t.text) or self.ws & _HOLD_ENDED or self.no_longer:
            return None
        if self.ws & _HOLD_UPGRADED:
            return None  # "Der reservierte Freitag ist jetzt final": the clause reads the upgrade
        after = self.words[i + 1 : i + 4]
        if not any(_is_appointment(w) or w in _SEATS or w in WEEKDAYS for w in after):
            return None
        before = set(self.words[max(0, i - 2) : i])
        if before & L.NEGATION or not (before & _NP_START or self._np_start_before(i)):
            return None
        asked = self.clause.question or self.modal or self.hypothetical
        scope = self._np_scope(max(0, i - 2), i + 1) if asked else None
        return Candidate(K.HELD, presupposed=True, scope=scope)

    def _attribute_of_appointment(self, i: int) -> bool:
        """The word at `i` stands between an article and the appointment, not negated."""
        after = self.words[i + 1 : i + 4]
        if not any(_is_appointment(w) or w in WEEKDAYS or self._service(w) for w in after):
            return False
        before = set(self.words[max(0, i - 2) : i])
        if before & L.NEGATION or self.clause.question or self.hypothetical:
            return False
        return bool(before & _NP_START) or self._np_start_before(i)

    def _service(self, w: str) -> bool:
        """A service of the salon, also by an everyday word ("die gebuchte Farbe")."""
        return w in self.r._name_words and w not in self.r._stylist_words

    def _np_start_before(self, i: int) -> bool:
        """Blind 33 (claims70): the article of a participle attribute before the details that
        the participle takes ("die bei Fabian gebuchte Dauerwelle", "der am Freitag verschobene
        Termin", "zum verschobenen Termin")."""
        k = i - 1
        while k >= 0 and i - k <= 4:
            w = self.words[k]
            if w in _NP_START:
                return k < i - 1 or w in _NP_CONTRACTED
            if not (w in _NP_INSERT or is_detail_word(w) or w in self.r._stylist_words):
                return False
            k -= 1
        return False

    def _participle(self, i: int, t: Token, cls: str, form: Form) -> Candidate | None:
        ws = self.ws
        if t.lemma == "ausbuchen" and not (self.haben and self.caller_object):
            return None  # "Fabian ist ausgebucht": full; "ich habe Sie ausgebucht": un-booked
        if t.lemma == "freigeben" and self._about_hold():
            return None  # "die Reservierung wieder freigegeben": a released hold, the truth
        if (
            t.lemma == "freigeben"
            and not self.ws & {"ich", "wir", "wieder"}
            and (self._stylist_subject() or _salon_named(self.words))
        ):
            return None  # "Der Salon hat Freitag um zehn freigegeben": approved, not released
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
            and form_of(t.text, _weak_past_lemma(t.text, None) or t.lemma) is not Form.PAST
            and "ab" not in ws
            and not self._managed()
        ):
            return None  # "Gleich ist der Termin gebucht"
        copula = bool({"gelten", "bleiben", "scheinen"} & set(self.lemmas)) or (
            i > 0 and self.toks[i - 1].text == "als"  # "zeigt Ihren Termin als bestätigt an"
        )
        if form is Form.AMBIGUOUS and not (
            self.haben or self.sein or self.wurde or self.waere or copula or self.werden
        ):
            before = set(self.words[:i])
            if t.lemma == "ersetzen":
                pass  # "Der Donnerstag ersetzt Ihren Freitagstermin": the new state, said now
            elif before & _THIRD_PERSON or any(
                tk.capital
                for tk in self.toks[:i]
                if tk.text not in {"sie", "ihnen"}
                and i > 0
                and tk is not self.toks[0]
                and not is_detail_word(tk.text)  # "Freitag 10 Uhr storniert": a status line
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
        if (
            cls in {"record", "book", "secure", "place"}
            and self._message_object()
            and not self._appointment_conjunct()
        ):
            return None  # "Ihre Nachricht ist notiert": a message for the salon, read as one
        if not self.haben and self._foreign_subject():
            return None  # "Der Salon wurde 1998 eingetragen", "Ihr Urlaub ist gebucht"
        if self._someone_else():
            return None
        kind = self._kind_for(cls, t.lemma)
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
        settled = self._settled()
        if form is Form.FIRST_PERSON and cls != "confirm" and "hiermit" not in ws and not settled:
            return None
        if self.werden or (self.modal and not ws & L.PERFORMATIVE_MODAL):
            return None
        if not (self.appointment or self.detail_named or self._next_is_details() or settled):
            return None
        if not self._object_ok():
            return None
        kind = self._kind_for(cls)
        return Candidate(kind) if kind else None

    def _settled(self) -> bool:
        """ "Ich trag's ein und gut ist", "Ich trage Sie ein, fertig": a clause after the
        speaker's present action that closes the matter says the action is done."""
        for c in self.sentence:
            if c.index <= self.clause.index or c.question:
                continue
            words = [w for w in c.words if w not in {"und", "dann", "so", "also", "schon"}]
            if words in (["gut", "ist"], ["fertig"], ["das", "war's"], ["das", "wars"],
                         ["erledigt"], ["fertig", "ist"], ["aus", "die", "maus"]):  # fmt: skip
                return True
        return False

    def _next_is_details(self) -> bool:
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        return bool(nxt) and (
            all(
                is_detail_word(w) or w in self.r._name_words or w in _DETAIL_FILLER
                for w in nxt[0].words
            )
            or _abbreviated_details(nxt[0].words)
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
                k = name_start(self.toks, i, self.r._stylist_words)  # "bei Herrn Spitzer"
                prev = self.toks[k - 1].text if k else ""
                if prev in {"der", "dem", "den"} and k > 1:
                    prev = self.toks[k - 2].text  # "bei der Lena", "bim de Fabian"
                if prev not in L.PREPOSITIONS_BEFORE_NAME:
                    return True
        return False

    @needs({"sitzt", "stehen", "feststehen"})
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
        if self._screen_says():
            return None  # "Da steht 'unavailable'": what the screen says, no appointment standing
        service_subject = (  # "Die Dauerwelle steht fest": the service booked
            len(self.words) > 1
            and self.words[0] in {"die", "der", "das"} | L.POSSESSIVE
            and self.words[1] in self.service_words
        )
        if "fest" in ws and not (self.appointment or service_subject):
            return None  # "Das steht fest": that is certain
        if "sie" in ws and not (ws & L.CALENDAR_PLACE or "drin" in ws) and not self.appointment:
            if not self.speaker:
                return None
        if not self._only(ws) or not self._subject_not_person():
            return None
        if not self._own_booking(0):
            return None
        return Candidate(K.BOOKED, new=bool(ws & L.NEW))

    def _screen_says(self) -> bool:
        """ "Da steht irgendwas mit slot_id", "Hier steht 'unavailable'" (blind 39): "steht" after
        "da"/"hier"/"dort" before something read off a screen or a tool result is "it says"."""
        w = self.words
        if len(w) < 3 or w[0] not in {"da", "hier", "dort"} or w[1] != "steht":
            return False
        if w[2] in _SCREEN_VAGUE:
            return True  # "Da steht irgendwas mit slot_id": nothing of the caller's said to stand
        return not self.appointment and (
            w[2] in _SCREEN_OBJECTS or "_" in w[2] or w[2] in _TOOL_WORDS
        )  # not "Da steht ein Termin für Sie am Freitag"

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
        if self.words == ["safe"]:
            return None  # "Safe, ich schau mal": slang for "sure"
        theirs = ws & {"ihnen", "dir"} and any(w in WEEKDAYS for w in self.words)
        if (
            firm <= {"klar", "sicher", "perfekt", "gesetzt", "offiziell", "amtlich"}
            and not self.appointment
            and not theirs
        ):
            if not (len(self.words) <= 2 and firm & {"gesetzt"}):
                return None
        if any(_CLASS.get(lm) in {"book", "record", "secure", "hold"} for lm in self.lemmas):
            return None  # a participle clause is the participle's
        companion = ws & L.COMPANIONS if self._companion_in_call() else set()
        extra = attributive | {"geworden", "eine", "einen", "aus", "sein"} | L.EPISTEMIC
        if (
            not self._only(ws, extra=extra | companion)  # "Für Ihre Mutter ist Samstag fest"
            or not self._subject_not_person()
        ):
            return None
        if ws & {"wir", "ich"} and not self.appointment:
            return None
        return Candidate(K.BOOKED)

    @needs({"drin", "drauf", "im", "in", "auf", "dabei"})
    def _inside(self) -> Candidate | None:
        """ "Ist drin", "Sie sind im System", "Ich habe Sie im Kalender", "Sie sind dabei"."""
        ws = self.ws
        text = " ".join(self.words)
        inside = (
            "drin" in ws
            or ("drauf" in ws and ("stehen" in self.lemmas or (self.sein and ws & {"sie", "du"})))
            or _IN_CALENDAR.search(text)
        )
        dabei = _DABEI.search(text)
        if not inside and not dabei:
            return None
        idiom = (  # "Zwei Stunden am Stück – das ist am Freitag nicht mehr drin": no room
            "drin" in ws
            and self.words[0] in {"das", "es"}
            and self._when_named()
            and not (self.appointment or ws & {"sie", "ihnen", "du"})
        )
        if self.no_longer:
            return None if idiom else Candidate(K.CANCELLED)
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
        if any(
            _CLASS.get(t.lemma)
            for t in self.toks
            if t.lemma != "stehen" and t.text not in L.CALENDAR_PLACE
        ):
            return None  # "im System hinterlegt": the participle's ("im Buch" is the place)
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
        if self.sein and ws & _YOURS and words[-1] in _YOURS:
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
            if "ich" in ws and not ws & {"wir", "es", "das", "so", "alles"}:
                return None  # "Hab ich.", "Ja, hab ich.": a bare echo, neutral alone (822)
            return Candidate(K.BOOKED)
        companion = "hat" in ws and self._companion_in_call()  # "Ihr Sohn hat … einen Termin"
        if not (ws & {"sie", "du"} or companion) or words[0] in L.HABEN:
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas) or any(
            t.text != t.lemma and t.text.startswith("ge") and t.text.endswith("t")
            for t in self.toks
        ):
            return None  # a perfect tense, not possession
        if not (
            self.appointment or self.detail_named or (ws & {"ihn"} and self._next_is_details())
        ):
            return None  # "Sie haben ihn – Freitag, zehn Uhr"
        extra = {"einen", "ihren", "ihre", "ihn"} | ({*L.COMPANIONS, "auch", "ebenfalls"} & ws)
        if self._hold_time() or not self._only(ws, extra=extra):
            return None
        return Candidate(K.BOOKED)

    @needs(L.SEIN, {"liegen", "fallen", "stattfinden", "finden"})
    def _existence(self) -> Candidate | None:
        """ "Ihr Termin ist (jetzt) am Freitag um zehn", "... jetzt eine Stunde später"."""
        ws = self.ws
        # "liegt/fällt am Freitag" places the appointment as "ist am Freitag" does
        lies = bool({"liegen", "fallen"} & set(self.lemmas) and ws & {"am", "auf", "um"})
        if not (self.sein or lies or "stattfinden" in self.lemmas or "finden" in self.lemmas):
            return None
        if not self.appointment:
            return None
        if "finden" in self.lemmas and "statt" not in ws:
            return None
        appt_i = next((i for i, w in enumerate(self.words) if _is_appointment(w)), 0)
        owned = bool(set(self.words[max(0, appt_i - 2) : appt_i]) & L.POSSESSIVE)
        changed = bool(ws & {"jetzt", "nun", "damit", "also", "neue", "neuer"})
        particle = "finden" in self.lemmas and self.words[-1] == "statt"  # "findet … statt"
        instead = {"anstatt"} | (
            {"statt"} if not particle or self.words.count("statt") > 1 else set()
        )
        moved = bool(ws & (L.MOVE_DIRECTION | instead))
        if "stattfinden" in self.lemmas or ("finden" in self.lemmas and "statt" in ws):
            if self.negated:
                return Candidate(K.CANCELLED)
            if not self._finite_done() or self.waere:
                return None
        elif self.negated:
            return None
        if ws & {"war", "waren"} and not ws & {"jetzt", "nun"}:
            return None  # "Ihr letzter Besuch war im August": history
        as_planned = bool(ws & {"geplant", "vereinbart", "besprochen", "planmäßig", "trotzdem"})
        if as_planned and ("stattfinden" in self.lemmas or "statt" in ws) and not self.negated:
            return Candidate(K.BOOKED)  # "er findet wie geplant statt"
        if not (owned or changed):
            return None
        if ws & {"raus", "weg"}:
            return None  # "Ihr Termin am Freitag ist raus": out of the book, not placed there
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

    @needs(L.PLACE_VERBS, {"finden", "gehen"})
    def _placement(self) -> Candidate | None:
        """A declarative that places the caller's appointment at a day, time or stylist is an
        existence claim, whatever placing verb it uses: "Ihr Termin liegt am Freitag um zehn",
        "Ihre Dauerwelle ist Freitag bei Fabian", "Am Freitag um zehn beginnt Ihr Termin".
        Questions, conditions, offers ("wäre", "könnte"), negations, wishes and slots in
        general ("Ihr Wunschtermin", "der nächste freie Termin") are not."""
        if self.negated or self.waere or self.no_longer or not self._finite_done():
            return None
        lemmas = set(self.lemmas)
        verbs = lemmas & L.PLACE_VERBS
        if "finden" in lemmas and "statt" in self.ws:
            verbs.add("stattfinden")
        if "gehen" in lemmas and "los" in self.ws:
            verbs.add("losgehen")
        if not verbs or not (self._when_named() or self._names_stylist()):
            return None
        ws = self.ws
        if ws & (L.NOT_PLACED | L.AVAILABILITY | L.TENTATIVE | L.HOLD_TIME | L.CONTINGENCY):
            return None
        if ws & _HABITUAL or (ws & {"war", "waren"} and not ws & {"jetzt", "nun"}):
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas):
            return None  # a claim word: the rules for it have weighed it
        verb_forms = {
            t.text for t in self.toks if t.lemma in verbs or t.lemma in {"finden", "gehen"}
        }
        allowed = verb_forms | _PLACE_FILLER | L.STATE_FILLER | L.PREPOSITIONS | L.POSSESSIVE
        if not all(
            w in allowed
            or w in {"der", "die", "das", "dieser", "diese", "sie", "uns"}
            or is_detail_word(w)
            or w in self.r._name_words
            or _is_appointment(w)
            for w in ws
        ):
            return None  # another predicate: "ist hinfällig", "ist der letzte freie"
        words = self.words
        owned = False
        for k, w in enumerate(words):
            if not (_is_appointment(w) or w in self.service_words) or w in L.EVENT_KIND:
                continue
            before = words[max(0, k - 3) : k]
            if before[-1:] and before[-1] in L.PREPOSITIONS | {"zum", "zur", "vom", "beim"}:
                continue  # "zu Ihrem Termin": not what is placed
            definite = before[-1:] in (["der"], ["dieser"]) and not self.clause.question
            if set(before) & L.POSSESSIVE or definite:
                owned = True  # "Ihr Termin", or "Der Termin liegt …" told, not offered
                break
        if not owned:
            return None
        moved = ws & (L.MOVE_DIRECTION | L.OLD) and ws & {"jetzt", "nun"}
        return Candidate(K.RESCHEDULED if moved else K.BOOKED)

    def _headed(self) -> Candidate | None:
        """ "Ihr Termin: Freitag, zehn Uhr, bei Fabian.": the caller's appointment as a heading
        and nothing but its details after the colon states it, as a status line does; so does
        one of a person the call books for, named by a first name ("Claras Strähnchen: Samstag,
        elf Uhr, bei Lena.", claims143), and the status as it stands ("Stand jetzt: Freitag, …")."""
        words = [w for w in self.words if w not in L.DISCOURSE]
        if "stand" in words and set(words) <= _STATUS_HEADING:
            pass  # "Stand jetzt: Freitag, 10 Uhr, bei Fabian": the status as it is (claims143)
        elif not (2 <= len(words) <= 4) or not (
            words[0] in L.POSSESSIVE | {"der"} or _named_owner(words[0], self.r._stylist_words)
        ):
            return None
        elif not any(_is_appointment(w) or w in self.service_words for w in words[1:]):
            return None
        if any(w in L.NOT_PLACED or w in L.AVAILABILITY for w in words):
            return None
        if not only_details_follow(self.clause, self.sentence, self.r._name_words):
            return None
        return Candidate(K.BOOKED)

    @needs({"jetzt", "nun", "das"})
    def _stated_over_details(self) -> Candidate | None:
        """ "Das sind dann zwei Termine: Freitag bei Fabian und Samstag bei Lena", "Jetzt passt
        es: Donnerstag statt Freitag": a short statement that the appointment(s) now stand,
        with nothing but their details after it (not "Das wäre …", not a question)."""
        words = [w for w in self.words if w not in _DISCOURSE_SO]
        if self.negated or not self._finite_done() or self.waere or len(words) > 5:
            return None
        now = bool(self.ws & {"jetzt", "nun"}) and bool(self.ws & {"passt", "steht", "gilt"})
        those = words[:2] in (["das", "sind"], ["das", "ist"]) and any(
            _is_appointment(w) for w in words
        )
        if not (now or those) or set(words) & (L.NOT_PLACED | L.AVAILABILITY):
            return None
        if not only_details_follow(self.clause, self.sentence, self.r._name_words, ":,–"):
            return None
        several = any(w.endswith("termine") for w in words)
        return Candidate(K.BOOKED, new=several)

    def _names_stylist(self) -> bool:
        words = self.words
        return any(
            w in self.r._stylist_words and k and words[k - 1] in {"bei", "mit"}
            for k, w in enumerate(words)
        )

    def _done_state(self) -> Candidate | None:
        """ "Die Buchung war erfolgreich", "Ist durch", "Alles in trockenen Tüchern"."""
        ws = self.ws
        text = " ".join(self.words)
        # "Das hätten wir" names what it has; "Dann hätten wir" alone is a fragment cut before
        # its object (blind 32, claims68: a streaming fragment claims nothing)
        if ws <= {"das", "hätten", "wir", "so", "dann", "also", "ja", "schon", "jetzt"} and (
            {"hätten", "wir", "das"} <= ws
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
        everything = "alles" in ws and self.words[-1] == "durch"  # "Das ist jetzt alles durch"
        if "durch" in ws and not (
            self.event
            or self.appointment
            or len(self.words) <= 3
            or "dach und fach" in text
            or everything
        ):
            return None
        return Candidate(
            self.event or (K.BOOKED if self.appointment else self._antecedent() or K.DONE)
        )

    def _cancel_state_verb(self) -> Candidate | None:
        if self.negated or self.modal or self.hypothetical or self.konj1:
            return None
        if self._money_or_wait():
            return None  # "Die Anmeldegebühr entfällt", "Die Wartezeit entfällt" (claims115)
        return Candidate(K.CANCELLED)

    def _money_or_wait(self) -> bool:
        """The clause's subject is a charge or a wait, not a visit: "entfällt" / "fällt weg" of
        it says nothing of the appointment (fee_waived reads a fee waived for the caller)."""
        return not self.appointment and any(w.endswith(_MONEY_OR_WAIT) for w in self.words)

    @needs({"weg", "raus"})
    def _gone(self) -> Candidate | None:
        """ "Weg ist er.", said alone: the appointment the call is about, gone."""
        others = [c for c in self.sentence if c.index != self.clause.index]
        if any(not set(c.words) <= _LOOKED_UP for c in others):
            return None  # "… vorschlagen, aber der ist weg": someone else has it
        words = [w for w in self.words if w not in {"jetzt", "also", "schon", "dann", "und"}]
        if words in (["weg", "ist", "er"], ["er", "ist", "weg"], ["der", "ist", "weg"]) or (
            len(self.sentence) > 1 and words in (["er", "ist", "raus"], ["der", "ist", "raus"])
        ):
            return Candidate(K.CANCELLED)  # "…, nein, der ist raus": looked up, taken out
        return None

    @needs({"frei", "leer", "fällt", "fallen", "fällst", "gibt", "geben", "weg", "raus"})
    def _cancel_states(self) -> Candidate | None:
        """ "Der Termin fällt aus / weg", "Der Termin ist weg", "gibt es nicht mehr", "Ihr Platz
        ist wieder frei für andere"."""
        ws = self.ws
        words = self.words
        released = "frei" in ws and (
            "wieder" in ws or _has_seq(words, ("für", "andere")) or "anderen" in ws
        )
        if released and words[0] in L.POSSESSIVE and self.appointment and self.sein:
            if not (self.negated or self.modal or self.hypothetical or self.konj1 or self.waere):
                return Candidate(K.CANCELLED)
        seat = words[:1] and words[0] in L.POSSESSIVE and words[1:2] and words[1] in _SEATS
        if seat and "leer" in ws and (self.sein or "bleiben" in self.lemmas):
            if not (self.negated or self.modal or self.hypothetical or self.konj1 or self.waere):
                return Candidate(K.CANCELLED)  # "Ihr Stuhl am Freitag bleibt leer"
        if ws & {"fällt", "fallen", "fällst"} and (
            words[-1] in {"aus", "weg"} or "flach" in ws or _has_seq(words, ("ins", "wasser"))
        ):
            if self.negated or self.modal or self.hypothetical or self.konj1:
                return None
            if self._money_or_wait():
                return None  # "Der Aufpreis fällt bei kurzen Haaren weg" (claims115)
            return Candidate(K.CANCELLED)
        if ("gibt" in ws or "geben" in self.lemmas) and self.no_longer and self.appointment:
            return Candidate(K.CANCELLED)
        if _FOUND_FOR_CALLER.search(" ".join(words)) and not (
            ws & {"noch", "frei", "freien", "freier", "möglich", "wieder", "gäbe"}
            or self.negated
            or self.modal
            or self.hypothetical
            or self.clause.question
        ):
            return Candidate(K.BOOKED)  # "Es gibt einen Termin für Sie, Freitag zehn Uhr"
        day_gone = (  # "Wie gesagt, der Freitag ist weg": the caller's Friday, called off
            words[:1] == ["der"] and words[1:2] and words[1] in WEEKDAYS and "weg" in ws
        )
        topic = self.appointment or "sie" in ws or day_gone or self._dislocated_topic()
        if self.sein and ws & {"weg", "raus"} and topic:  # "Ist raus, der Termin"
            if (
                self.negated
                or not self._finite_done()
                or ("leider" in ws and not self._own_named())
            ):
                return None
            if ws & ({"war", "waren", "ein", "meistens"} | _HABITUAL):
                return None  # "weil der Platz weg war", "Ein Termin ist meistens schnell weg"
            if any(w.endswith(("sms", "nachricht", "mail")) for w in ws):
                return None  # blind 33 (claims78): "Zum Termin ist die SMS schon raus": the text
            if day_gone and ws & {"schon", "bereits", "ausgebucht", "voll"}:
                return None  # "Der Freitag ist schon weg": taken by others
            if words[:1] in (["der"], ["die"]) and words[1:2] and words[1] in _FREE_TIMES:
                return None  # "Fehler 409, der Slot Freitag zehn ist weg": a free time taken (blind 39)
            if not self._only(ws, extra={"weg", "raus", "alte", "alter", "aus"}):
                return None
            return Candidate(K.CANCELLED, old=bool(ws & L.OLD), weak=True)
        return None

    @needs(
        {"kommen", "erwarten", "freuen", "warten", "wartet", "begrüßen", "halten", "sehen"},
        {"spaß", "freude"},
    )
    def _expect(self) -> Candidate | None:
        """ "Wir erwarten Sie", "Wir freuen uns auf Sie", "Wir sehen uns am Freitag"; not when
        nobody does ("…, wartet am Freitag niemand auf Sie": claims68)."""
        ws = self.ws
        words = self.words
        lemmas = self.lemmas
        if self.negated or self.hypothetical or self.konj1 or ws & {"niemand", "keiner"}:
            return None
        # claims116: the visit is the caller's only with its day or the appointment named ("Sie
        # dürfen gern etwas früher kommen": a house rule, convention 37)
        early = ws & {"früher", "pünktlich", "vorher", "rechtzeitig"} and "kommen" in lemmas
        placed = self.appointment or any(w in WEEKDAYS or w in RELATIVE_DAYS for w in words)
        if self.modal and early and "sie" in ws and self.detail_named and placed:
            return Candidate(K.BOOKED, presupposed=True)  # "…, können Sie am Freitag früher kommen"
        if self.modal and not ws & {"darf", "dürfen"}:
            return None
        named_before = words[:1] == ["er"] and any(  # "…, fragen Sie nach Fabian, er erwartet Sie"
            set(c.words) & self.r._stylist_words
            for c in self.sentence
            if c.index < self.clause.index
        )
        if (
            "erwarten" in lemmas
            and "sie" in ws
            and (ws & {"wir", "ich"} or self._stylist_subject() or named_before)
        ):
            return Candidate(K.BOOKED)
        if "freuen" in lemmas and "auf" in ws:
            k = words.index("auf")
            after = words[k + 1 : k + 3]
            visit = words[k + 2 : k + 4] if after[:1] and after[0] in L.POSSESSIVE else []
            if after[:1] and (
                after[0] in {"sie", "euch", "dich"}
                or (len(after) > 1 and after[1] in {"besuch", "kommen", "termin"})
                or any(w in self.service_words or _is_appointment(w) for w in visit)
            ):
                return Candidate(K.BOOKED)  # "…, Fabian freut sich auf Ihre Dauerwelle"
        if (
            ("warten" in lemmas or "wartet" in ws)
            and _has_seq(words, ("auf", "sie"))
            and not self.caller_subject()
            and not held_beside(self.sentence, self.clause.index, words)  # claims115
        ):
            return Candidate(K.BOOKED)  # "Fabian wartet am Freitag auf Sie"
        if "begrüßen" in lemmas and "sie" in ws and not ws & _HABIT:
            # not the house's habit (probe 57, claims174): "Bei uns begrüßt Sie immer zuerst
            # jemand am Empfang" is every visit's, as "always greets our customers" is
            return Candidate(K.BOOKED)
        if "halten" in lemmas and "warm" in ws and ws & {"ihnen", "dir", "euch"}:
            return Candidate(K.BOOKED)  # "Fabian hält Ihnen den Stuhl warm"
        if "sehen" in lemmas and "uns" in ws and ("wir" in ws or words[0] in {"sehen"}):
            if ws & _SOME_OTHER_TIME and not self.detail_named:
                return None  # blind 57 (claims155): "dann sehen wir uns ein andermal": none set
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
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in words)
        if (
            ("spaß" in ws or "freude" in ws)
            and "viel" in ws
            and (self.appointment or "bei" in ws or day)
        ):
            return Candidate(K.BOOKED)
        if (
            "kommen" in lemmas
            and "sie" in ws
            and ws & {"früher", "pünktlich", "vorher", "rechtzeitig"}
            and (placed or not self.modal)  # "Sie dürfen gern früher kommen": a permission
        ):
            return Candidate(K.BOOKED, presupposed=True)
        return None

    @needs({"sehen", "erwarten"}, _COME_IN)
    def _not_expected(self) -> Candidate | None:
        """The visit called off, said by its effect: "Dann sehen wir uns am Freitag nicht", "Am
        Samstag erwarten wir Sie dann nicht", "Sie müssen am Freitag nicht mehr kommen"."""
        ws, lemmas = self.ws, self.lemmas
        if not self.negated or self.hypothetical or self.konj1 or self.clause.question:
            return None
        if not (self.detail_named or ws & {"mehr", "also", "dann", "damit"}):
            return None  # "Wir sehen uns nicht oft": no visit named
        if ws & {"leider", "geschlossen", "zu", "ruhetag", "urlaub"} or self.reports:
            return None  # "Am Freitag sehen wir uns leider nicht, da haben wir zu"
        # claims104: "Schade, dann sehen wir Sie am Freitag nicht" (the caller seen, as "uns")
        seen = "sehen" in lemmas and bool(ws & {"uns", "sie"}) and "wir" in ws
        expected = "erwarten" in lemmas and "sie" in ws and ws & {"wir", "ich"}
        needless = (
            bool(set(lemmas) & _COME_IN)
            and "sie" in ws
            and ws & {"müssen", "brauchen"}
            and not self.speaker
        )  # "Am Freitag müssen Sie nicht mehr herkommen"
        if needless:
            return Candidate(K.GONE)  # true after a cancellation or a move away from the day
        if seen or expected:
            return Candidate(K.CANCELLED)
        return None

    @needs({"bis", "wiedersehen", "auf"})
    def _goodbye(self) -> Candidate | None:
        """ "Bis Freitag!", "Dann bis Freitag um zehn", "Bis dann beim Fabian"."""
        words = self.words
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        clock = "uhr" in self.ws or any(w.isdigit() for w in words)
        if clock and before and self.r._has_verb_words(before[0].tokens):
            return None  # "Am Donnerstag haben wir länger auf, bis 20 Uhr": a time, not goodbye
        k = 0
        while k < len(words) and words[k] in _DISCOURSE_THEN and words[k] != "bis":
            k += 1
        if k >= len(words) - 1 or words[k] not in {"bis", "wiedersehen"}:
            if not (
                k < len(words) - 2 and words[k] == "auf" and words[k + 1] in {"wiedersehen", "bald"}
            ):
                return None
            k += 1
        rest = words[k + 1 :]
        after = [t for t in self.toks if t.is_word][k + 2 :]
        if self.r._has_verb_words(after):
            return None  # blind 57 (claims155): "Bis Samstag sind Sie ja noch da?": a time's reach
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
        placed = bool(rest) and self._salon_place()  # "bis bald im Salon": the visit's place
        if not rest or (rest[0] in _NOT_GOODBYE and not dated and not placed):
            return None  # "Bis bald!", but "Bis bald, am Freitag um zehn!", "… im Salon!"
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
        if (
            words[k] in {"wiedersehen", "bald"}
            and not placed
            and not any(
                is_detail_word(w) and w not in {"am", "um", "zum", "den", "der"} for w in rest
            )
        ):
            return None
        if not (timed or placed):
            return None
        if not self._only(
            set(rest),
            extra={
                "tschüss",
                "termin",
                "woche",
                "wiederhören",
                "zur",  # "Dann bis zur Dauerwelle!" (blind 35, claims80)
                "beim",
                "herr",
                "frau",
                "tagen",
                "tage",
                "wochen",
                "zu",
                "ihrem",
                "wochenende",
                "bald",
                "uns",
                "bei",
            }
            | L.SALON_PLACE,
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
            if (
                noun is None
                and "bestätigen" in self.lemmas
                and self.appointment
                and any(w.endswith(L.TEXT_NOUNS) for c in before for w in c.words)
                and not (self.negated or self.modal or self.hypothetical)
            ):
                return Candidate(K.BOOKED)  # "…, eine Kurznachricht, die den Termin bestätigt"
        if noun is None and ws & _TEXT_CARRIERS and set(self.lemmas) & _RECEIVED:
            # the cancellation or move itself said received by text (claims145, blind 39): "Die
            # Stornierung für Freitag um zehn bekommen Sie noch per SMS"
            noun = next((w for w in self.words if w in _EVENT_SENT), None)
            if noun is None and any(
                a in _NEW and b in _PLACE_NOUNS
                for a, b in zip(self.words, self.words[1:], strict=False)
            ):
                noun = "verschiebung"  # "Die neue Uhrzeit bekommen Sie per SMS": the move's text
        sentence_words = [w for c in self.sentence for w in c.words]
        if noun is None and set(sentence_words) & {"absagen", "stornieren", "umbuchen"}:
            # "Die SMS mit dem Link zum Absagen haben Sie jetzt": a text about the appointment
            noun = next((w for w in self.words if w.startswith(("sms", "link", "e-mail"))), None)
        details = (
            any(w.startswith(("details", "termindetails", "datum", "uhrzeit")) for w in self.words)
            and (
                any(_is_appointment(w) for w in sentence_words)
                or bool(ws & {"termindetails", "datum", "uhrzeit"})  # the appointment's own
            )
            and bool(ws & {"sms", "e-mail", "mail", "nachricht", "email"} or noun)
        )
        if noun is None and not details and self._text_promise(self._verb_lemmas_with_particles()):
            inside = _has_seq(self.words, ("in", "der")) or _has_seq(self.words, ("bei", "ihnen"))
            if inside and any(w.startswith("bestätigung") for w in self.words):
                return Candidate(K.DONE)  # "In der Bestätigungs-SMS steht auch die Adresse"
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
            or self._caller_has_it_now()  # "Die SMS mit dem Link zum Absagen haben Sie jetzt"
        )
        if not sends:
            return None
        if self.negated or self.hypothetical or self.konj1:
            return None
        if noun and noun.startswith("bestätigung") and _from_salon(self.words):
            return Candidate(K.PENDING)  # "…; die Bestätigung kommt vom Salon": awaited (1)
        if self.modal and not (ws & L.EPISTEMIC):
            return None
        arrives = bool({"ankommen", "eintreffen", "eingehen"} & set(self.lemmas))
        if (
            "sie" not in ws
            and not (ws & {"ist", "geht", "kommt", "wurde", "sein"})
            and "ich" not in ws
            and "wir" not in ws
            and not arrives  # "Die Terminbestätigung sollte gleich ankommen"
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
        about_event = next((L.EVENT_KIND[w] for w in sentence_words if w in L.EVENT_KIND), None)
        if details and about_event in ("cancelled", "rescheduled"):
            return Candidate(ClaimKind(about_event))  # "alle Details zur Stornierung"
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
        sentence = {w for c in self.sentence for w in c.words}
        about = details or bool(sentence & {"absagen", "stornieren", "verschieben", "umbuchen"})
        about = about or bool(noun and "erinnerung" in noun)  # a reminder is of a visit
        if not (
            about or self.appointment or self.detail_named or (noun and noun.startswith(_BOOKING))
        ):
            # "Sie bekommen gleich eine Bestätigung": of whatever the call's last outcome was
            return Candidate(K.DONE, presupposed=presupposed)
        return Candidate(K.BOOKED, presupposed=presupposed)

    def _caller_has_it_now(self) -> bool:
        ws = self.ws
        return (
            bool(self.haben)
            and "sie" in ws
            and bool(ws & {"jetzt", "schon", "bereits", "nun"})
            and not self.speaker
            and self.words[0] not in L.HABEN
        )

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

    # ---- what a noun phrase presupposes -----------------------------------------------------

    @needs({"wissen", "vergessen", "denken", "merken", "notieren"})
    def _reminded(self) -> Candidate | None:
        """ "Sie wissen ja, Freitag um zehn", "Nicht vergessen: Freitag, zehn Uhr": the caller
        reminded of their appointment, its details after it."""
        reminder = {"wissen", "vergessen", "denken", "merken", "notieren"} & set(self.lemmas)
        if not reminder or len(self.words) > 5 or not self._next_is_details():
            return None
        if not (self.ws & {"ja", "doch", "dran", "daran"} or "vergessen" in reminder):
            return None
        return Candidate(K.BOOKED, presupposed=True)

    @needs({"am", "um", "vom"})
    def _presupposed_appointment(self) -> Candidate | None:
        """ "zu Ihrem Termin am Freitag": a question or an offer about the caller's appointment
        on a day still takes it as existing (its details are the phrase's, not the clause's).
        Not a proposed one ("Ihr Termin am Freitag wäre dann der erste"), not one asked about
        ("am Freitag oder am Samstag?"), not one the clause itself cancels or moves."""
        if self.negated or self.hypothetical or self.waere or self.konj1 or "oder" in self.ws:
            return None
        if self.ws & {"jemand", "jemandem", "anders", "andere", "anderer"}:
            return None  # "Jemand anders kann jetzt Ihren Platz am Freitag haben": given up
        if any(
            _CLASS.get(t.lemma) in {"cancel", "cancel_state", "move", "place"} for t in self.toks
        ):
            return None
        if any(t.lemma in L.NEUTRAL_PREDICATE for t in self.toks) or self.ws & L.VOID:
            return None  # "Ihr Termin am Freitag dauert zwei Stunden": the fail-safe's to weigh
        if self.subject_phrase():
            return None  # "Ihr Termin am Freitag, um 10 Uhr, ist storniert": the later verb's
        words = self.words
        for k, w in enumerate(words):
            if not _is_appointment(w) or w in L.EVENT_KIND or w.endswith("e"):
                continue  # "Ihre Termine": several, asked about
            if not set(words[max(0, k - 2) : k]) & L.POSSESSIVE:
                continue
            after = words[k + 1 : k + 4]
            if not (after[:1] and after[0] in {"am", "um", "vom"}):
                continue
            if not any(x in WEEKDAYS or x in RELATIVE_DAYS or (is_detail_word(x) and x[:1].isdigit())
                       or x in NUMBERS for x in after[1:3]):  # fmt: skip
                continue
            if self.lemmas and self.lemmas[0] in _SEARCH | {"wann", "welch"}:
                continue  # "Finden Sie Ihren Termin am Freitag?"
            return Candidate(K.BOOKED, presupposed=True, scope=self._np_scope(max(0, k - 1), k))
        return None

    def subject_phrase(self) -> bool:
        """ "Ihr Termin am Freitag, um 10 Uhr, ist storniert": the appointment named without a
        verb, the subject of a later clause of a statement (not "Bringen Sie zu Ihrem Termin
        am Freitag, …", not a question): its details are that clause's claim's."""
        if self.clause.question or self.ws & {"sie", "ich", "wir", "du"}:
            return False
        if not any(_is_appointment(w) or w in self.service_words for w in self.words):
            return False
        return self._subject_of_later_clause()

    def _np_scope(self, start: int, noun: int) -> tuple[int, int]:
        """The span of a noun phrase and the details right after it ("Ihres gebuchten Termins
        am Freitag um zehn"), in the folded text."""
        toks = self.toks
        while noun < len(toks) - 1 and not (
            _is_appointment(toks[noun].text) or toks[noun].text in self.service_words
        ):
            noun += 1
        end = noun
        while end + 1 < len(toks) and (
            is_detail_word(toks[end + 1].text)
            or toks[end + 1].text in self.r._name_words - self.service_words
            or toks[end + 1].text in {"am", "um", "bei", "beim", "den"}
        ):
            end += 1
        return toks[start].start, toks[end].end

    # ---- promises of a follow-up ------------------------------------------------------------

    def _follow_up(self) -> Candidate | None:
        """A promise that something happens after the call: a callback ("Der Salon ruft Sie
        zurück", "Wir melden uns bei Ihnen"), a message passed on ("Ich gebe das weiter", "Ihre
        Nachricht ist notiert"), a text ("Sie bekommen eine SMS"), a reminder. An offer ("Ich
        kann eine Nachricht aufnehmen"), a question or a negation promises nothing."""
        excepted = self._excepted_promise()
        if excepted is not None:
            return Candidate(K.FOLLOW_UP, follow_up=excepted)
        if self.negated or self.hypothetical or self.konj1 or self.waere:
            return None
        if self.modal and not self.ws & {"will", "wollen"}:
            return None  # "Der Salon kann Sie zurückrufen": an offer
        verbs = self._verb_lemmas_with_particles()
        promise = self._text_promise(verbs) or self._callback(verbs) or self._passed_on(verbs)
        return None if promise is None else Candidate(K.FOLLOW_UP, follow_up=promise)

    def _excepted_promise(self) -> FollowUp | None:
        """ "Sie bekommen nichts weiter, außer einer kurzen Erinnerung am Vortag": what is
        excepted from "nothing" is promised."""
        if self.words[:1] != ["außer"]:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or not {"bekommen", "erhalten", "kriegen"} & {
            lm for t in before[0].tokens for lm in _infinitives(t)
        }:
            return None
        if any(w.startswith(L.REMINDER_NOUNS) or w.endswith(L.REMINDER_NOUNS) for w in self.words):
            return FollowUp.REMINDER
        if any(w.startswith(L.TEXT_NOUNS) or w.endswith(L.TEXT_NOUNS) for w in self.words):
            return FollowUp.TEXT
        return None

    def _verb_lemmas_with_particles(self) -> set[str]:
        """The clause's verbs, a separable particle joined back: "ruft … zurück", also when a
        relative clause stands between ("ruft Sie unter der Nummer, von der Sie anrufen, zurück");
        read once per clause, as three rules ask (the callers only read the set)."""
        kept = self.__dict__.get("_with_particles")
        if kept is not None:
            return kept
        lemmas = {form for t in self.toks if not t.capital or t is self.toks[0]
                   for form in _infinitives(t)}  # fmt: skip
        ends = L.PARTICLES | {"weiter"}
        particles = {self.words[-1]} if self.words[-1] in ends else set()
        later = [c for c in self.sentence if c.index > self.clause.index]
        for c in later:
            if c.link is Link.RELATIVE or (c.words[:1] and c.words[0] in L.RELATIVE | {"von"}):
                continue
            if c.words and all(w in L.PARTICLES or w in {"bei", "ihnen"} for w in c.words):
                particles |= {w for w in c.words if w in L.PARTICLES}
            break
        self._with_particles = lemmas | {p + lm for p in particles for lm in lemmas}
        return self._with_particles

    def _salon_subject(self) -> bool:
        """Someone of the salon does it (not the caller): "wir", "der Salon", "Fabian"."""
        ws = self.ws
        if ws & {"ich", "wir", "man", "jemand", "er", "sie3"} or self._stylist_subject():
            return True
        return _salon_named(self.words) or self._salon_resumed()

    def _salon_resumed(self) -> bool:
        """ "…, sagt Ihnen der Salon, der ruft Sie an": "der" / "die" / "das" with the verb right
        after it, after a comma, is a demonstrative that resumes the salon the clause before
        named (claims151, blind 43); a relative clause puts its verb last ("der Sie anruft")."""
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        toks = self.toks
        return (
            self.clause.link is Link.COMMA
            and len(toks) >= 3
            and toks[0].text in {"der", "die", "das"}
            and toks[1].lemma != toks[1].text
            and form_of(toks[1].text, toks[1].lemma) is Form.FINITE
            and bool(before)
            and _salon_named(before[0].words)
        )

    def _salon_before(self) -> bool:
        """ "Der Salon weiß Bescheid und ruft Sie zurück": the subject is the first conjunct's."""
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        return (
            self.clause.link is Link.COORD
            and bool(before)
            and bool(self.toks)
            and not self.toks[0].capital
            and self.words[0] not in {"sie", "ich", "wir", "er", "es", "du"} | L.RELATIVE
            and _salon_named(before[0].words[:3])
        )

    def _text_promise(self, verbs: set[str]) -> FollowUp | None:
        ws = self.ws
        nouns = L.TEXT_NOUNS + L.REMINDER_NOUNS
        noun = next((w for w in self.words if w.startswith(nouns) or w.endswith(nouns)), None)
        sent_to_caller = ws & {"ihnen", "aufs", "handy"} and verbs & L.SEND_VERBS
        of_visit = bool(ws & {"datum", "uhrzeit", "termindetails"})  # a message with the visit's
        if noun is None and "nachricht" in ws and ({"bekommen", "erhalten", "kriegen"} & verbs
                                                   or sent_to_caller or of_visit):  # fmt: skip
            noun = "nachricht"  # "Sie kriegen noch eine Nachricht mit Datum und Uhrzeit"
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if noun is None and self.words[0] in L.RELATIVE and before:
            # "In der Bestätigungsmail, die Sie gleich bekommen, …"
            noun = next(
                (w for w in before[0].words if w.startswith(nouns) or w.endswith(nouns)), None
            )
        kind = FollowUp.REMINDER if noun and any(r in noun for r in L.REMINDER_NOUNS) else None
        if "erinnern" in verbs and self._salon_subject() and ws & {"sie", "ihnen"}:
            return FollowUp.REMINDER  # "Wir erinnern Sie am Vortag per SMS"
        if noun is None:
            return None
        # the caller, or the family member booked with them (blind 56: "Ihr Mann bekommt morgen
        # früh noch eine Erinnerung", as "Your husband will get a reminder" is read)
        recipient = "sie" in ws or bool(ws & L.COMPANIONS and ws & {"ihr", "ihre"})
        received = verbs & L.RECEIVE_VERBS and recipient and not self._salon_subject()
        sent = verbs & L.SEND_VERBS and (
            self._salon_subject() or self.wurde or self.werden or self.sein
        )  # "Ihre Bestätigung ist verschickt"
        sent = sent or (verbs & L.SEND_VERBS and ws & {"ihnen", "dir"})
        on_its_way = bool(ws & {"unterwegs", "raus"}) or (
            {"kommen", "gehen", "ankommen", "eintreffen", "eingehen"} & verbs
            and ws & {"per", "ihnen", "aufs", "auf", "gleich", "noch", "handy", "moment"}
        )
        # where it goes, or when it comes (blind 56, claims173): "Die SMS mit Mias Termin geht an
        # Ihre Nummer", "(die SMS kommt in ein paar Minuten)"; the text meant is the definite one,
        # not a rule ("Eine SMS geht nur an die Nummer, von der aus gebucht wurde"); whence it
        # comes is no promise (gated blind 22: "Die SMS kommt von einer Nummer mit 0160.")
        k = self.words.index(noun) if noun in self.words else 0
        definite = k > 0 and self.words[k - 1] in {"die", "der", "das", "ihre", "ihr", "ihrer"}
        on_its_way = on_its_way or bool(
            {"kommen", "gehen"} & verbs
            and ws & {"an", "minuten", "sekunden", "kürze"}
            and definite
            and "nur" not in ws
        )
        inbox = ws & {"postfach", "posteingang", "handy", "telefon", "smartphone", "mails"}
        on_its_way = on_its_way or bool(inbox and ({"finden", "haben"} & verbs or self.sein))
        arrives = _has_seq(self.words, ("bei", "ihnen")) and bool(self.sein or "sein" in ws)
        inside = (
            any(  # "In der Bestätigungs-SMS steht …": the text is taken as sent
                w in {"in", "im"} and self.words[k + 1 : k + 2] in (["der"], ["dem"], ["ihrer"])
                for k, w in enumerate(self.words[:-2])
            )
            and not self.clause.question
        )
        on_its_way = on_its_way or arrives or inside or self._caller_has_it_now()
        if received or sent or on_its_way:
            return kind or FollowUp.TEXT
        return None

    def _callback(self, verbs: set[str]) -> FollowUp | None:
        ws = self.ws
        later = {"später", "morgen", "nachher", "heute", "tag"}
        # a weekday named is no moment of this call (claims156): "Fabian ruft Sie am Donnerstag
        # kurz an"
        if ws & L.IN_CALL and not ws & later and not ws & WEEKDAYS.keys():
            return None  # "Ich melde mich gleich wieder": in this call
        salon = self._salon_subject()
        caller_object = bool(ws & {"ihnen", "dich", "dir"}) or ("sie" in ws and salon)
        passive = (
            self.werden
            and "sie" in ws
            and any(form_of(t.text, t.lemma) is Form.PARTICIPLE for t in self.toks)
        )
        if verbs & {"zurückrufen", "anrufen", "durchklingeln"} and self._salon_before():
            salon, caller_object = True, caller_object or "sie" in ws
        if verbs & {"zurückrufen", "anrufen", "kontaktieren", "benachrichtigen", "verständigen",
                    "durchklingeln", "zurückschreiben", "zurückmelden"}:  # fmt: skip
            if (salon and caller_object) or passive or (verbs & {"zurückmelden"} and salon):
                return FollowUp.CALLBACK
            if "zurückrufen" in verbs and salon and "sie" not in ws:
                return FollowUp.CALLBACK  # "der Salon ruft zurück"
        if "melden" in verbs and (salon or ws & {"uns", "mich"}) and ws & {"sich", "uns", "mich"}:
            if not (self.speaker and ws & {"sie"} and "bei" not in ws and not self.werden):
                return FollowUp.CALLBACK  # "Wir melden uns bei Ihnen", "Der Salon meldet sich"
        told = "gegeben" in ws or "gesagt" in ws  # "Wir haben Ihnen gestern Bescheid gegeben"
        if "bescheid" in ws and verbs & {"geben", "sagen"} and salon and "ihnen" in ws and not told:
            return FollowUp.CALLBACK  # "Wir geben Ihnen Bescheid"
        if (
            "hören" in verbs
            and (_has_seq(self.words, ("von", "uns")) or "vom" in ws)
            and "sie" in ws
        ):
            return FollowUp.CALLBACK  # "Sie hören morgen von uns"
        call = bool(_callback_words(self.words))
        if call and verbs & L.RECEIVE_VERBS and "sie" in ws and not salon:
            return FollowUp.CALLBACK  # "Sie bekommen einen Rückruf"
        if call and verbs & {"rechnen", "erwarten", "einstellen"} and "sie" in ws and not salon:
            return FollowUp.CALLBACK  # "Rechnen Sie mit einem Anruf vom Salon" (claims118)
        if self._callback_arranged(verbs):
            return FollowUp.CALLBACK  # "Ich habe Ihnen einen Rückruf gebucht"
        return None

    def _callback_arranged(self, verbs: set[str]) -> bool:
        """A callback booked, noted or reserved like an appointment ("Ich habe Ihnen einen
        Rückruf gebucht", "Ein Rückruf ist für morgen vorgemerkt"); a wish for one noted
        ("Ihren Rückrufwunsch") is a message."""
        call = _callback_words(self.words)
        if not call or any(w.endswith(_MESSAGE_HEADS) or w in L.MESSAGE_OBJECTS - {"rückruf"}
                           for w in call):  # fmt: skip
            return False
        if any(_message_noun(w) and not w.startswith(L.CALLBACK_NOUNS) for w in self.words):
            return False  # "Ihren Wunsch nach einem Rückruf hinterlegt": the wish is noted
        arranged = any(_CLASS.get(lm) in {"book", "record", "secure", "hold"} for lm in verbs)
        done = self.haben or self.sein or self.wurde
        return arranged and bool(done) and not self.werden and not self.clause.question

    def _passed_on(self, verbs: set[str]) -> FollowUp | None:
        ws = self.ws
        if (
            verbs.isdisjoint(_PASSING_ON)
            and ws.isdisjoint({"angekommen", "eingegangen"})
            and not any(_CLASS.get(lm) == "record" for lm in verbs)
        ):
            return None  # nothing passed on, handed over, arrived or noted: none of the below
        sentence = {w for c in self.sentence for w in c.words}
        flat = [w for c in self.sentence for w in c.words]
        to_salon = any(
            (
                w in {"für", "an"}
                or (w == "dem" and not (k and flat[k - 1] in _DATIVE_PREPOSITIONS))
            )  # "dem Salon aufgeschrieben", not "in dem Salon"
            and set(flat[k + 1 : k + 3]) & (L.SALON_ADDRESSEES | self.r._stylist_words)
            for k, w in enumerate(flat)
        )  # "für den Salon", "an Fabian" (not "Ihr Wunsch nach Fabian")
        if verbs & {"leiten", "weiterleiten"} and self.ws <= _BARE_TRANSFER:
            return None  # "…, ich leite weiter": the call put through, nothing passed on (blind 39)
        if verbs & L.PASS_ON_VERBS and (self.speaker or self.wurde or self.sein or self.werden):
            stylist = self._stylist_subject() and not self.speaker  # "Ich richte es Fabian aus"
            if stylist or ("sie" in ws and not self.speaker) or self.caller_object:
                return None  # "Ich leite Sie an eine Kollegin weiter": a transfer
            if ws & {"kalender", "system"} and not to_salon:
                return None  # "Ich leite Ihre Frage an den Kalender weiter": checking, in-call
            coordinated = ws & {"und", "sowie"} and ws & L.MESSAGE_OBJECTS
            wished = deletion_wished(" ".join(flat))  # "Ihren Wunsch nach Löschung Ihrer Daten"
            if any(w in L.EVENT_KIND for w in self.words) and not coordinated and not wished:
                return None  # "Ich habe Ihre Absage an Fabian weitergegeben": the cancellation
            return FollowUp.MESSAGE  # "Ich gebe das weiter", "Ich richte es Fabian aus"
        handed = verbs & {"geben", "reichen", "schicken", "senden", "leiten", "übergeben", "melden"}
        asked = any(w in _MESSAGE_WORDS or _message_noun(w) for w in self.words)
        if handed and to_salon and asked and (self.speaker or self.wurde or self.sein):
            if not self.negated and not self.werden and not self.caller_object:
                return FollowUp.MESSAGE  # "Ich habe Ihre Bitte um Rückruf an den Salon gegeben"
        arrived = {"ankommen", "vorliegen", "eingehen"} & verbs or ws & {
            "angekommen",
            "eingegangen",
        }
        if (
            arrived
            and any(w in L.MESSAGE_OBJECTS for w in self.words)
            and to_salon | bool(ws & L.SALON_ADDRESSEES)
        ):
            return FollowUp.MESSAGE  # "Ihr Anliegen ist bei der Salonleitung angekommen"
        record = any(_CLASS.get(lm) == "record" for lm in verbs)
        noted_that = self._noted_that(record, flat, to_salon)
        if noted_that is not None:
            return noted_that
        strong = any(w in L.MESSAGE_OBJECTS for w in sentence)
        weak = any(_message_noun(w) for w in sentence) and to_salon  # "Ihre Terminanfrage"
        if record and strong and self._appointment_conjunct() and self._finite_done():
            return FollowUp.MESSAGE  # "Ich habe Ihren Termin und Ihre Nachricht notiert"
        if record and self._message_object() and (strong or weak) and not self.werden:
            return FollowUp.MESSAGE  # "Ihre Nachricht ist notiert", "…, für den Salon aufgenommen"
        return None

    def _noted_that(self, record: bool, flat: list[str], to_salon: bool) -> FollowUp | None:
        """ "Ich habe für den Salon notiert, dass Sie …", "Ich habe der Chefin aufgeschrieben,
        dass …", "Ich habe hinterlegt, dass Fabian Sie zurückruft": what the caller said, noted
        for the salon, is a message (a callback when the note says someone calls back)."""
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not record or not nxt or nxt[0].link is not Link.COMPLEMENT or self.werden:
            return None
        if self.clause.question:
            return None
        said = {form for t in nxt[0].tokens for form in _infinitives(t)}
        wish = set(nxt[0].words) & {"möchten", "möchte", "wollen", "will", "gern", "gerne", "lieber",
                                    "wünschen", "wünscht", "hätten", "würden"}  # fmt: skip
        if said & {"zurückrufen", "anrufen", "melden", "kontaktieren"} and not wish:
            return FollowUp.CALLBACK  # not "…, dass Sie zurückgerufen werden möchten": a wish
        dative = any(
            w in {"der", "dem"} and set(flat[k + 1 : k + 2]) & L.SALON_ADDRESSEES
            for k, w in enumerate(flat)
        )  # "der Chefin", "dem Team"
        return FollowUp.MESSAGE if to_salon or dative else None

    # ---- the visit and what it presupposes -------------------------------------------------

    @needs({"kommen", "erscheinen", "vorbeikommen", "dran", "drankommen"})
    def _visit(self) -> Candidate | None:
        """ "Sie kommen am Freitag um zehn", "Statt Freitag kommen Sie jetzt am Donnerstag",
        "Sie sind am Freitag um zehn dran", "dass Sie nicht kommen": the visit stated as fact."""
        ws = self.ws
        words = self.words
        if self._whenever_it_is():
            return None
        if not ws & {"sie", "du"} or self.speaker or words[0] in {"kommen", "komm", "kommt"}:
            return None  # "Kommen Sie …": an invitation or a question, not a statement
        coming = bool({"kommen", "erscheinen", "vorbeikommen"} & set(self.lemmas))
        coming = coming or "drankommen" in ws  # "dass Sie am Donnerstag drankommen" (claims75)
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

    @needs({"neue", "neuer", "neuen", "jetzt", "nun", "ab"})
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
        lies = ({"liegen", "fallen"} & set(self.lemmas) or "fällt" in ws) and ws & {"auf", "am"}
        pronoun = self.words[:1] in (["der"], ["er"]) and self.words[1:2] in (["liegt"], ["fällt"])
        if lies and now and (self._appointment_topic() or pronoun) and self._when_named():
            return Candidate(K.RESCHEDULED)  # "Ihr Termin liegt jetzt auf Donnerstag um drei"
        return None

    @needs({"sie"})
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
        if lemma == "denken" and not self.ws & {"an", "daran", "dran"}:
            return None
        words = self.words
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if lemma == "denken" and nxt and nxt[0].words[-1:] in (["sein"], ["kommen"]):
            words = words + nxt[0].words  # "Denken Sie daran, zu Ihrem Termin früher da zu sein"
        day = any(
            w in WEEKDAYS or w in RELATIVE_DAYS or _DAY_DOT.fullmatch(w) is not None for w in words
        )
        if not (day or any(_is_appointment(w) for w in words)) or self._whenever_it_is():
            return None
        return Candidate(K.BOOKED)

    def _whenever_it_is(self) -> bool:
        """ "…, egal wann der ist": the instruction holds for any appointment, booked or not."""
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        return bool(nxt) and nxt[0].words[:1] == ["egal"]

    @needs({"sie", "du", "ändern"})
    def _cant_make_it(self) -> Candidate | None:
        """ "Falls Sie es am Freitag nicht schaffen", "Sollten Sie verhindert sein": a plan for
        missing the appointment presupposes it (and stands although it is a condition)."""
        ws = self.ws
        if not ws & {"sie", "du"} and "ändern" not in self.lemmas:
            return None
        changes = "ändern" in self.lemmas and "sich" in ws and self.detail_named
        missing = (
            changes
            or "verhindert" in ws
            or "verspäten" in self.lemmas
            or (
                self.negated
                and ({"schaffen", "können", "kommen"} & set(self.lemmas))
                and (self.clause.link is Link.CONDITION or self.epistemic)
            )
        )
        if not missing or self.clause.link not in {Link.CONDITION, Link.START, Link.COMMA}:
            return self._coming_when()
        if not (self.clause.link is Link.CONDITION or self.words[0] in {"sollten", "sollte"}):
            return None
        weak = not (changes or "verhindert" in ws or {"schaffen", "verspäten"} & set(self.lemmas))
        if weak and "doch" not in ws and not self._then_cancel():
            return None  # "Wenn Sie am Freitag nicht können, sagen Sie Bescheid": while choosing
        return Candidate(K.BOOKED, presupposed=True)

    def _then_cancel(self) -> bool:
        """The next clause asks the caller to cancel ("…, sagen Sie bitte ab")."""
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not nxt:
            return False
        words = nxt[0].words
        return any(
            _CLASS.get(t.lemma) == "cancel" or (w == "ab" and k == len(words) - 1)
            for k, (w, t) in enumerate(zip(words, nxt[0].tokens, strict=True))
        )

    def _coming_when(self) -> Candidate | None:
        """ "Wenn Sie am Freitag kommen, klingeln Sie bitte …": an instruction for the day the
        caller comes presupposes the visit (not "Falls Sie am Freitag kommen möchten, …")."""
        if self.clause.link is not Link.CONDITION or "wenn" not in self.clause.opener:
            return None
        if not ({"kommen", "erscheinen", "eintreffen", "ankommen"} & set(self.lemmas)):
            return None
        if self.negated or self.modal or self.hypothetical or not self._when_named():
            return None
        if not {"sie", "du"} & self.ws:
            return None
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not nxt or len(nxt[0].words) < 2:
            return None
        words = [w for w in nxt[0].words if w not in {"bitte", "dann", "einfach", "doch"}]
        if len(words) < 2 or words[1] not in {"sie", "du"} or words[0] in _AUX | L.MODAL:
            return None
        verbs = _infinitives(nxt[0].tokens[nxt[0].words.index(words[0])])
        if words[-1] in L.PARTICLES:  # "rufen Sie … an": anrufen
            verbs |= {words[-1] + v for v in verbs}
        if verbs & L.OFFER_VERBS:
            return None  # "…, rufen Sie an", "…, sagen Sie Bescheid": not the visit
        return Candidate(K.BOOKED, presupposed=True)

    @needs({"bescheid", "informieren", "benachrichtigen", "ausrichten", "vorwarnen"})
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

    @needs(_REFERENCE_WORDS)
    def _reference(self) -> Candidate | None:
        """ "Ihre Buchungsnummer ist 4711", "Die Stornonummer lautet …": a number issued for
        the appointment presupposes it."""
        noun = next(
            (w for w in self.words if _REFERENCE_NOUN.fullmatch(w)),
            None,
        )
        if noun is None or self.negated or self.modal or self.hypothetical:
            return None
        if not (self.sein or "lauten" in self.lemmas or self.haben):
            return None
        return Candidate(K.CANCELLED if noun.startswith("storn") else K.BOOKED, presupposed=True)

    @needs({"nichts"})
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

    @needs({"✓"})
    def _checked(self) -> Candidate | None:
        """ "Freitag, 10 Uhr ✓", "✓ Ist eingetragen": a check mark says done."""
        if "✓" not in self.ws or not self._plain():
            return None
        if any(_CLASS.get(t.lemma) for t in self.toks):
            return None  # the words say what is done
        booked = self.detail_named or self.appointment or self._next_is_details()
        return Candidate(self.event or (K.BOOKED if booked else K.DONE))

    @needs({"haben", "habe", "hab", "hat", "hätten"})
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

    @needs({"drannehmen", "nehmen", "kümmern", "machen", "bedienen", "übernehmen"})
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

    @needs({"sind", "bist"})
    def _caller_with_stylist(self) -> Candidate | None:
        """ "Du bist am Samstag bei Lena", "deshalb sind Sie jetzt bei Fabian am Freitag"."""
        ws = self.ws
        words = self.words
        pairs = (("sie", "sind"), ("sind", "sie"), ("du", "bist"), ("bist", "du"))
        if not any(_has_seq(words, p) for p in pairs):
            return None
        if not self._plain() or "bei" not in ws or not self.r._stylist_words & ws:
            return None
        when = any(w in WEEKDAYS or w in RELATIVE_DAYS or w == "um" for w in words)
        if not when and not denies_alternative(self.clause, self.sentence, self.r._stylist_words):
            return None  # "Sie sind bei Lena, nicht bei Fabian": said of the booking
        return Candidate(K.BOOKED)

    @needs({"bleiben"})
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
            # blind 35 (claims79): "Es bleibt bei Ihrem Termin"
            or ("bei" in ws and bool(self.appointment) and bool(ws & {"ihrem", "deinem"}))
            or ws & {"bestehen", "unverändert"}
            or _has_seq(self.words, ("wie", "er", "ist"))
            or _has_seq(self.words, ("wie", "es", "ist"))
        )
        if about and kept and not ws & {"frei", "offen", "reserviert"}:
            return Candidate(K.BOOKED)
        return None

    @needs(L.ACTIVE)
    def _active(self) -> Candidate | None:
        """ "Ihr Termin ist noch aktiv", "ich sehe ihn noch als aktiv": it stands (or, "nicht
        mehr aktiv", it does not)."""
        ws = self.ws
        if not ws & L.ACTIVE or self.modal or self.konj1 or self.waere:
            return None
        if not (self.appointment or ws & {"ihn", "er"}):
            return None
        if ws & {"absage", "stornierung", "storno"}:  # claims84: "Ihre Absage ist wirksam"
            return None if self.negated else Candidate(K.CANCELLED)
        if self.no_longer:
            return Candidate(K.CANCELLED)
        return None if self.negated else Candidate(K.BOOKED)

    @needs(_DONE_IDIOM_WORDS)
    def _done_idiom(self) -> Candidate | None:
        """ "Ist abgehakt", "Das ist im Sack", "Ihre Strähnchen sind unter Dach"."""
        text = " ".join(self.words)
        if not _DONE_IDIOM.search(text) or not self._plain():
            return None
        service = self.r._name_words - self.r._stylist_words
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        booked = (
            self.detail_named
            or self.appointment
            or bool(self.ws & service)
            or self._next_is_details()
            or (  # "Ihr Termin wird am Freitag stattfinden, das ist beschlossene Sache"
                bool(self.ws & {"das", "es"})
                and bool(before)
                and any(_is_appointment(w) for w in before[0].words)
                and bool(set(before[0].words) & L.POSSESSIVE)
            )
        )
        return Candidate(self.event or (K.BOOKED if booked else self._antecedent() or K.DONE))

    @needs({"aus", "machen", "so"})
    def _becomes(self) -> Candidate | None:
        """ "Aus Freitag wird Donnerstag", "Wir machen das jetzt am Donnerstag", "Dann ist das
        so: Donnerstag um drei statt Freitag": the appointment in a new place."""
        ws = self.ws
        words = self.words
        if self.negated or self.modal or self.hypothetical:
            return None
        if words[:1] == ["aus"] and ws & {"wird", "wurde", "geworden"} and self.detail_named:
            return Candidate(K.RESCHEDULED)  # "Aus Freitag ist Donnerstag geworden"
        service = bool(ws & self.service_words)
        if ws & {"wir", "ich"} and "machen" in self.lemmas and (ws & {"das", "es"} or service):
            if ws & {"jetzt", "nun"} and self.detail_named and not self.clause.question:
                return Candidate(K.RESCHEDULED)  # "Die Dauerwelle machen wir jetzt am Donnerstag"
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

    def fail_safe(self) -> Candidate | None:
        """What no rule recognised, read by its structure: a declarative, unhedged statement
        whose topic is the caller's appointment or visit is a claim of the kind its wording
        implies (booked unless it says cancelled or moved). In a call whose facts back that
        kind it costs nothing; where they do not, an unseen wording is stopped, not let through.
        """
        number = self._number_issued()
        if number is not None:
            return number
        instruction = self._instruction_for_visit()
        if instruction is not None:
            return instruction
        if self._hedged() or self._claim_word():
            return self.unrecognised_statement()  # a claim word a rule has already weighed
        return (
            self._visit_statement() or self._done_to_appointment() or self.unrecognised_statement()
        )

    def _claim_word(self) -> bool:
        """A claim word in the clause, a separable one too ("trage … ein")."""
        toks = self.toks
        particle = toks[-1].text if toks and toks[-1].text in L.PARTICLES else ""
        return any(
            _CLASS.get(t.lemma) or _verb_lemma(t.text) or (particle + t.lemma) in _CLASS
            for t in toks
        )

    def _hedged(self) -> bool:
        """Modal, subjunctive, future, negated: not a statement of fact."""
        if self.modal or self.hypothetical or self.konj1 or self.waere or self.epistemic:
            return True
        if self.werden and not self.wurde and not self._passive():
            return (
                True  # "Ich werde Sie anrufen" is the promise rule's; "Sie werden bedient" is not
            )
        return self.negated

    def _passive(self) -> bool:
        """ "Sie werden am Freitag von Fabian bedient": werden with a participle is a passive."""
        return any(
            form_of(t.text, t.lemma) in (Form.PARTICIPLE, Form.AMBIGUOUS)
            and t.text != t.lemma
            and t.lemma.endswith(("en", "ern", "eln"))
            for t in self.toks
            if not t.capital and t.text not in L.WERDEN
        )

    def _when_named(self) -> bool:
        """A day or a time of day is named (not a deadline "bis Freitag", not a past "letzten
        Freitag")."""
        words = self.words
        for k, w in enumerate(words):
            before = words[k - 1] if k else ""
            if before in {"bis", "letzten", "letzte", "vergangenen", "vorigen", "seit"}:
                continue
            if w in WEEKDAYS or w in RELATIVE_DAYS or w in MONTHS:
                return True
            if w == "uhr" or _CLOCK_OR_DAY.fullmatch(w):
                return True
            if w == "um" and k + 1 < len(words) and is_detail_word(words[k + 1]):
                return True
        return False

    def _salon_place(self) -> bool:
        """Where the salon receives the caller: "bei uns", "bei Fabian", "im Salon", "hier"."""
        words = self.words
        if self.ws & (L.SALON_PLACE | {"empfang", "rezeption", "tresen"}):
            return True
        return any(
            w == "bei" and k + 1 < len(words) and (words[k + 1] in self.r._stylist_words
                                                   or words[k + 1] == "uns")
            for k, w in enumerate(words)
        )  # fmt: skip

    def _caller_subject(self) -> bool:
        ws = self.ws
        if not ws & {"sie", "du"} or ws & {"ich", "wir", "er", "man", "ihnen", "sie3"}:
            return False
        return not self._stylist_subject()

    def _caller_object(self) -> bool:
        ws, words = self.ws, self.words
        if ws & {"ihnen", "dich", "dir", "euch"} and not _has_seq(words, ("bei", "ihnen")):
            return True
        if _has_seq(words, ("mit", "ihnen")) or _has_seq(words, ("auf", "sie")):
            return True
        if self._own_service() and self._stylist_subject():
            return True  # "Am Samstag ist Lena für Ihre Strähnchen da"
        return "sie" in ws and bool(ws & {"ich", "wir", "man"} or self._stylist_subject())

    def _visit_statement(self) -> Candidate | None:
        """The caller's visit stated without a claim word: "Sie sind übermorgen um zehn bei
        uns", "Wir sehen Sie dann Freitag", "Fabian rechnet am Freitag mit Ihnen", "Sie werden
        am Freitag von Fabian bedient"."""
        ws = self.ws
        when, place = self._when_named(), self._salon_place()
        if not when and self._caller_subject():  # "Sie sind ja ab zehn bei uns"
            when = any(w == "ab" and is_detail_word(n) for w, n in pairwise(self.words))
        if not (when or place) or self._subject_of_later_clause():
            return None
        if _callback_words(self.words):
            return (
                None  # "Rechnen Sie morgen mit einem Anruf von Lena": a call, no visit (claims118)
            )
        occupied = ws & {"besetzt", "belegt", "vergeben"} and _has_seq(self.words, ("mit", "ihnen"))
        if when and occupied:
            return Candidate(K.BOOKED)  # "Der Stuhl ist am Freitag um zehn mit Ihnen besetzt"
        blocking = L.AVAILABILITY - ({"kunde", "kundin"} if self._caller_subject() else set())
        if ws & (blocking | _HABITUAL | L.HOLD_TIME | _PREFERENCE):
            return None  # "Fabian ist am Freitag frei für Sie", "Sie kommen lieber vormittags"
        verbs = self._verb_lemmas_with_particles()  # "biete … an": anbieten
        if verbs & (L.OFFER_VERBS | {"wünschen", "danken", "arbeiten", "haben"}):
            return None  # "Ich biete Ihnen Freitag um zehn an", "Ich wünsche Ihnen heute …"
        moved = bool(ws & {"statt", "anstatt", "anstelle"}) or (
            bool(ws & (L.OLD | L.MOVE_DIRECTION)) and bool(ws & {"jetzt", "nun", "neu"})
        )
        kind = K.RESCHEDULED if moved else K.BOOKED
        if ws & L.VOID and self.sein and not self.negated:
            kind = K.CANCELLED  # "Der Freitag ist für Sie hinfällig": the visit is void
        companion = (  # "Ihr Sohn ist direkt im Anschluss um halb elf bei Mehmet dran"
            self.words[:1] != ["für"]
            and bool(ws & L.COMPANIONS)
            and bool(ws & ({"dran", "bei"} | self.r._stylist_words))
            and self._companion_in_call()
        )
        if self._caller_subject() or companion:
            at_stylist = (
                any(  # "…, dafür sind Sie jetzt bei Fabian": the stylist changed
                    w == "bei"
                    and self.words[k + 1 : k + 2]
                    and self.words[k + 1] in self.r._stylist_words
                    for k, w in enumerate(self.words)
                )
                and bool(ws & {"dafür", "stattdessen"})
            )
            if not when and not at_stylist:
                return None  # "Sie sind bei uns in guten Händen", "Sie sind hier richtig"
            visit = self.sein or self._passive() or "kommen" in self.lemmas
            extra = {"kunde", "kundin", "erste", "erster", "letzte", "letzter", "dran", "da",
                     "bei", "uns", "salon", "hier", "bedient", "statt", "anstatt", "anschluss",
                     "direkt", "gleich", "danach", "auch", "ebenfalls", "ab"}  # fmt: skip
            extra |= L.COMPANIONS & ws if companion else set()
            if visit and self._only(ws, extra=extra | self._participles()):
                return Candidate(kind)
            return None
        if when and self._caller_object():
            return Candidate(kind)
        return None

    def _subject_of_later_clause(self) -> bool:
        """ "Ihr Termin Dauerwelle bei Fabian am Freitag, 27. November, um 10 Uhr ist storniert":
        a verbless clause whose verb a later clause of the sentence carries is that clause's
        subject, not a statement of its own."""
        if self._has_verb():
            return False
        for c in (c for c in self.sentence if c.index > self.clause.index):
            if self.r._has_verb_words(c.tokens):
                return not set(c.words) & _OWN_SUBJECT  # "…, ich freue mich": a new subject
        return False

    def _participles(self) -> set[str]:
        return {
            t.text
            for t in self.toks
            if form_of(t.text, t.lemma) in (Form.PARTICIPLE, Form.AMBIGUOUS)
            and t.text != t.lemma
            and self._passive()
        }

    def _instruction_for_visit(self) -> Candidate | None:
        """An instruction for a day or for the appointment presupposes the visit: "Parken Sie
        am Freitag im Hof", "Kommen Sie am Freitag mit ungewaschenen Haaren", "Melden Sie sich
        am Freitag am Empfang" (but not "Rufen Sie am Freitag an", "Sagen Sie bis Freitag ab")."""
        skip = {"bitte", "doch", "dann", "also", "und", "einfach", "gern", "gerne", "noch"}
        toks = [t for t in self.toks if t.text not in skip]
        fronted = self._fronted_appointment(toks)
        if fronted:  # "Für Ihren Termin bei Fabian parken Sie …", "Zu Ihrem Termin bringen Sie …"
            toks = toks[fronted:]
        if len(toks) < 3 or toks[1].text not in {"sie", "du"}:
            return None
        first = toks[0]
        if first.text in _AUX | L.EPISTEMIC | L.WH or not first.lemma.endswith(
            ("en", "ern", "eln")
        ):
            return None  # "Sind Sie …", "Haben Sie …": a question or an inversion
        if self.modal or self.hypothetical or self._claim_word() or self.clause.question:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if before and before[0].link is Link.PRESUPPOSED and "bitte" not in self.ws:
            return None  # "Weil …, bekommen Sie morgen …": a statement, the verb after the clause
        at_salon = bool(self.ws & {"empfang", "rezeption", "tresen", "salon"})
        verbs = _infinitives(first)
        if self.words[-1] in L.PARTICLES:  # "Rufen Sie … an": anrufen
            verbs |= {self.words[-1] + v for v in verbs}
        if verbs & L.OFFER_VERBS and not at_salon:
            return None  # calling, deciding, telling: not the visit
        if not (self._when_named() or at_salon or self._possessive_appointment()):
            return None
        if self._whenever_it_is():
            return None
        return Candidate(K.BOOKED)

    def _fronted_appointment(self, toks: list[Token]) -> int:
        """Where the verb stands after a fronted phrase naming the caller's appointment ("Für
        Ihren Termin bei Fabian | parken Sie", "Zu Ihrem Termin | bringen Sie"); 0 if none."""
        if len(toks) < 4 or toks[0].text not in {"für", "zu", "zum", "vor"}:
            return 0
        if toks[1].text not in L.POSSESSIVE or not _is_appointment(toks[2].text):
            return 0
        for k in range(3, len(toks) - 1):
            if toks[k + 1].text in {"sie", "du"} and not toks[k].capital:
                return k
            if not (toks[k].capital or toks[k].text in {"bei", "mit", "am", "um"}
                    or is_detail_word(toks[k].text)):  # fmt: skip
                return 0
        return 0

    def _possessive_appointment(self) -> bool:
        return self._own_service() or any(
            _is_appointment(w) and set(self.words[max(0, k - 2) : k]) & L.POSSESSIVE
            for k, w in enumerate(self.words)
        )

    def _done_to_appointment(self) -> Candidate | None:
        """Someone did something to the appointment, in words no rule knows: "Ich habe Ihnen
        den Termin fest zugesagt", "Sie haben den letzten freien Termin ergattert", "Ich habe
        den Termin zurückgegeben" (undoing: cancelled)."""
        if not self.haben or not (self.speaker or self._caller_subject()):
            return None
        done = next(
            (
                t
                for t in self.toks
                if not t.capital
                and t.text != t.lemma
                and t.lemma.endswith(("en", "ern", "eln"))
                and form_of(t.text, t.lemma) in (Form.PARTICIPLE, Form.AMBIGUOUS)
                and t.text not in L.HABEN
            ),
            None,
        )
        if done is None or done.lemma in _SEARCH | L.NEUTRAL_PREDICATE:
            return None
        if self.ws & L.TENTATIVE or any(w.startswith(tuple(L.TENTATIVE)) for w in self.ws):
            return None  # "vorläufig zurückgelegt": a hold
        words = self.words
        for k, w in enumerate(words):
            if not _is_appointment(w):
                continue
            before = set(words[max(0, k - 3) : k])
            if before & L.PREPOSITIONS:
                continue
            definite = before & (L.POSSESSIVE | {"der", "die", "den", "dem", "diesen"})
            given = before & {"einen", "ein"} and (self._caller_subject() or "ihnen" in self.ws)
            if not (definite or given):
                continue
            if done.lemma in _UNDO or self.no_longer:
                return Candidate(K.CANCELLED)  # "Ich habe den Termin zurückgegeben"
            return Candidate(ClaimKind(L.EVENT_KIND[w]) if w in L.EVENT_KIND else K.BOOKED)
        return None

    def _number_issued(self) -> Candidate | None:
        """A number given out for the appointment: "Ihre Vorgangsnummer ist 3391", "Notieren
        Sie sich die Referenznummer 58-23" (not a phone's or a customer's number)."""
        if self.negated or self.modal or self.hypothetical or self.waere:
            return None
        for k, w in enumerate(self.words):
            m = _NUMBER_NOUN.fullmatch(w)
            if m is None or m[1].startswith(L.CONTACT_NUMBERS):
                continue
            if m[1] == "" and m[2] != "referenz":
                continue  # "Ihre Nummer": the caller's
            after = self.words[k + 1 : k + 4]
            stated = (
                self.sein
                or "lauten" in self.lemmas
                or any(any(ch.isdigit() for ch in x) or x in NUMBERS for x in after)
            )
            if not stated:
                continue
            kind = K.CANCELLED if m[1].startswith("storn") else K.BOOKED
            if m[1].startswith(("bestätigung", "vorgang")) and not self.ws & _NUMBER_ACT:
                kind = K.DONE  # no act named: any outcome's (200; 1109, the lead's D42)
            if m[1].startswith("anfrage"):
                kind = K.PENDING  # "Ihre Anfragenummer lautet 12": the request (blind 34)
            return Candidate(kind, presupposed=True)  # "…, falls Sie nochmal anrufen"
        return None

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
        sentence = {w for c in self.sentence for w in c.words}
        if "vergeben" in ws and _has_seq(
            [w for c in self.sentence for w in c.words], ("an", "sie")
        ):
            return Candidate(K.BOOKED)  # "Ihr Termin ist vergeben – und zwar an Sie"

        markers = _IDIOM_MARKERS - (
            {"gut"} if _has_seq(self.words, ("so", "gut", "wie")) else set()
        )
        if tentative or ws & (L.FIRM | L.HOLD_TIME | L.AVAILABILITY | markers | _HABITUAL):
            return None
        if ws & {"war", "waren"} and not self.haben:
            return None  # "Ihr letzter Besuch war im August": history, not the appointment now
        dated = any(w in WEEKDAYS or w in RELATIVE_DAYS or w[:1].isdigit() for w in ws)
        if ws & _NEXT_ONE and not dated:
            return None  # blind 57 (claims155): "Bei Ihrem nächsten Besuch berät Sie Fabian …"
        if ws & {"über", "per", "via", "online", "telefonisch"}:
            return None  # "Die Buchung läuft über Cal.com": how it is done, not that it is
        running = "läuft" in ws and self.words[0] != "läuft" and self.words[-1] not in L.PARTICLES
        if running and not sentence & ({"noch", "gerade"} | L.HOLD_TIME):
            return Candidate(topic)  # "Ihr Termin bei Fabian läuft": it stands
        if self.r._stylist_words & ws and not self.caller:
            return None
        aside = {k + 1 for k, w in enumerate(self.words[:-1]) if w == "wie"}  # "wie gewünscht"
        rest = [
            t for k, t in enumerate(self.toks)
            if k not in aside and not (
                t.text in L.STATE_FILLER or t.text in L.DISCOURSE or t.text in L.PREPOSITIONS
                or t.text in L.CALLER or t.text in L.POSSESSIVE or t.text in L.NEUTRAL_NOUNS
                or is_detail_word(t.text) or t.text in self.r._name_words
                or _is_appointment(t.text) or t.text in _COPULA
                or t.text in {"ein", "eine", "einen", "einem", "einer", "dieser", "diesen", "dies"}
            )
        ]  # fmt: skip
        predicate = self._predicate_event()
        if predicate is not None:
            return Candidate(predicate)  # "Die Reservierung ist jetzt eine Buchung"
        if not rest:
            if topic is K.BOOKED and self.sein and not self.negated and self._details_follow():
                return Candidate(K.BOOKED)  # "Ihr Termin ist da, wo er war: Freitag um zehn"
            if self.sein and not self.negated and self.words[-1] in _COMPLETE:
                return Candidate(topic)  # "Ihre Buchung ist komplett"
            return None
        moved = ws & (L.OLD | L.MOVE_DIRECTION) and ws & {"jetzt", "nun", "neu", "neue", "neuen"}
        if moved and not self.negated:
            return Candidate(K.RESCHEDULED)  # "Ihr Termin beginnt jetzt eine Stunde später"
        if self.no_longer and self.detail_named and self._contrast_follows():
            return Candidate(K.RESCHEDULED)  # "nicht mehr am Freitag, sondern am Donnerstag"
        lost = ws & {"verloren", "verschwunden", "untergegangen", "abhanden"}
        if self.negated and lost and topic is K.BOOKED:
            return Candidate(K.BOOKED)  # "Ihr Termin ist nicht verloren gegangen": it stands
        if (
            self.no_longer
            or (ws & L.VOID and not self.negated)
            or any(t.lemma in _UNDO for t in rest)
        ):  # "Ihre Buchung ist zurückgenommen"
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
            lost = ws & {"verloren", "verschwunden", "untergegangen", "abhanden", "weg"}
            return Candidate(K.BOOKED) if lost and topic is K.BOOKED else None  # still there
        return Candidate(topic)

    def _predicate_event(self) -> ClaimKind | None:
        """An appointment said to be an event now: "Die Reservierung ist jetzt eine Buchung"."""
        if not self.sein or self.negated:
            return None
        words = self.words
        verb = next((k for k, w in enumerate(words) if w in L.SEIN), None)
        for k, w in enumerate(words):
            if verb is not None and k > verb + 1 and w in L.EVENT_KIND:
                if words[k - 1] in {"eine", "ein", "feste", "fester", "richtige", "echte"}:
                    return ClaimKind(L.EVENT_KIND[w])
        return None

    def _has_verb(self) -> bool:
        return any(
            t.text in _COPULA
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
            if not (_is_appointment(w) or w in self.service_words):
                continue
            before = words[max(0, k - 3) : k]
            if set(before[-2:]) & L.PREPOSITIONS:
                continue  # "zu Ihrem Termin", "für den Termin": not what the clause is about
            owned = set(before) & L.POSSESSIVE
            if w in self.service_words:
                if not owned:
                    continue  # "Die Dauerwelle dauert …": the service in general
            elif not owned and not set(before) & {"der", "die", "den", "dieser", "diesen"}:
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
        if self.ws & L.BOOKED_ELSEWHERE and not self.appointment:
            return False  # "Ihren Urlaub haben Sie ja schon gebucht"
        if self.appointment or self.caller_object or ("sie" in self.ws and not self.speaker):
            return True
        if any(w in _INFO_NOUNS or (len(w) > 6 and w.endswith(_INFO_TAILS)) for w in self.ws):
            return False  # "Ihre E-Mail-Adresse gespeichert"
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if nxt and nxt[0].words[:1] == ["was"] and "alles" in self.ws:
            return True  # "Ich habe alles eingetragen, was wir besprochen haben"
        if nxt and (nxt[0].link is Link.COMPLEMENT or (nxt[0].words[:1] == ["was"])):
            return False
        if nxt and nxt[0].punct_before == ":" and nxt[0].words[:1] == ["sie"]:
            wish = set(nxt[0].words) & (L.MODAL | {"bevorzugen", "wünschen", "hätten", "mögen"})
            if wish or any(t.lemma in {"bevorzugen", "wünschen"} for t in nxt[0].tokens):
                return False  # "Das habe ich notiert: Sie möchten eine Dauerwelle"
        if nxt and nxt[0].punct_before == ":" and set(nxt[0].words) & (L.SEIN | L.HABEN):
            if "das" in self.ws and not self.appointment:
                return False  # "Das ist fest eingeplant: Jeden Montag ist Ruhetag"
        if "das" in self.ws and "mit" in self.ws:
            return False
        return True

    def _info_first(self) -> bool:
        """ "Ihr Wunsch nach einem ruhigen Platz": the info noun comes first and is what is
        noted; "Ihren Termin und Ihre Nummer" is the appointment, and so is "Ihre Adresse und
        Ihren Termin": each noun of a coordination is noted."""
        if self._appointment_conjunct():
            return False
        words = self.words
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if self.clause.link is Link.COORD and before and not self.appointment:
            # "Ihr Wunsch nach Fabian und der Vormittag sind notiert": the subject begins in
            # the conjunct before, a noun phrase without a verb of its own
            if not any(t.lemma in _CLASS or t.text in _SEIN_HABEN for t in before[0].tokens):
                words = before[0].words + words
        for k, w in enumerate(words):
            if words is self.words and w in _EVERYDAY_NOUNS and self._day_after(k):
                return False  # claims116: "Ihre Farbe am Freitag": the service, not a wish
            if w in _INFO_NOUNS or (len(w) > 6 and w.endswith(_INFO_TAILS)):
                return True
            if _is_appointment(w):
                return False
        return False

    def _companion_in_call(self) -> bool:
        """The caller's son, mother or husband booked in this call (the ledger holds it and the
        claim is checked against it), not an appointment they already had ("Ihr Mann ist
        übrigens auch schon eingetragen") or someone's own doing ("Ihre Freundin hat …")."""
        ws = self.ws
        own = {"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}
        if not any(w in L.COMPANIONS and k and self.words[k - 1] in own
                   for k, w in enumerate(self.words)):  # fmt: skip
            return False  # "Frau Klein": a title, not the caller's wife
        if ws & {"schon", "bereits", "übrigens", "war", "letzte", "letzten"}:
            return False
        has_one = (  # "Ihr Sohn hat einen Termin", "Ihre Tochter hat den Samstag bei Lena"
            "hat" in ws
            and (self.appointment or self.detail_named)
            and not any(_CLASS.get(lm) for lm in self.lemmas)
        )
        if ws & {"hat", "hatte"} and not self.speaker and not has_one:
            return False  # "Ihre Frau hat gebucht": her own doing, not this call's
        return not self.reports and not self.negated

    def _appointment_conjunct(self) -> bool:
        """The appointment is one of coordinated objects ("Ihre Adresse und Ihren Termin",
        "Termin und Rückruf", "sowohl … als auch die Dauerwelle")."""
        words = self.words
        for k, w in enumerate(words):
            if not _is_appointment(w) or L.EVENT_KIND.get(w, "booked") != "booked":
                continue
            near = set(words[max(0, k - 3) : k]) | set(words[k + 1 : k + 3])
            if near & {"und", "sowie"}:
                return True
        return False

    def _someone_else(self) -> bool:
        """The clause is about another person's appointment or doing: "Jemand hat abgesagt",
        "Ihr Mann ist bei Mehmet eingetragen", "der Termin von Frau Klein"."""
        ws = self.ws
        if ws & {"jemand", "jemandem", "jemanden", "niemand", "kundin", "kunde", "kunden"}:
            return True
        if (
            ws & {"ich", "wir"}
            and ws & {"habe", "hab", "haben"}
            and any(_has_seq(self.words, ("von", title)) for title in ("frau", "herrn", "herr"))
        ):
            return False  # "Ich habe den Termin von Frau Neumann storniert": the agent's own act
        relatives = ws & _RELATIVES
        if "frau" in relatives and self._titled_stylist():
            relatives = relatives - {"frau"}  # "Frau Hoffmann hat Sie eingetragen": the stylist
        if relatives and self._companion_in_call():
            return False  # "Ihr Sohn ist am Samstag bei Lena eingetragen": made in this call
        if relatives and not _has_seq(self.words, ("für", "ihren")):
            before = [c for c in self.sentence if c.index == self.clause.index - 1]
            along = self.clause.link is Link.COORD and before and before[0].words[-1:] == ["sie"]
            return not (_has_seq(self.words, ("sie", "und")) or along)  # "Sie und Ihre Tochter"
        if ws & (L.POSSESSIVE | {"sie", "ihnen"}):
            return False
        return any(  # "der Termin von Frau Klein", "Die Termine von Lena sind eingetragen"
            w == "von" and self.words[k + 1 : k + 2]
            and (self.words[k + 1] in {"frau", "herrn", "herr"}
                 or self.words[k + 1] in self.r._stylist_words)
            for k, w in enumerate(self.words)
        )  # fmt: skip

    def _titled_stylist(self) -> bool:
        """ "Frau Hoffmann": a stylist named by title and surname, not the caller's wife."""
        words = self.words
        return any(
            w == "frau" and words[k + 1 : k + 2] and words[k + 1] in self.r._stylist_words
            for k, w in enumerate(words)
        )

    def _own_named(self) -> bool:
        """ "Ihr Termin", "Ihr Freitag": the caller's own appointment named by its possessive, so
        a regret beside it ("Dann ist Ihr Freitag leider weg", blind 58) is for the caller's loss,
        not a slot others took ("Der Termin um zehn ist leider weg", "Ihr Wunschtermin …")."""
        words = self.words
        return any(
            w in {"ihr", "ihre", "ihren"}
            and words[k + 1 : k + 2]
            and (words[k + 1] in WEEKDAYS or words[k + 1] in {"termin", "freitagstermin"})
            for k, w in enumerate(words)
        )

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
            # blind 33 (claims73): a modal particle of shared knowledge ("Der Freitag ist ja
            # schon fest gebucht", "Samstag bei Lena steht doch eh schon") says what the caller
            # knows: the caller's own (convention 28), not a slot others took
            return bool(ws & _KNOWN_PARTICLES or ("fest" in ws and ws & {"halt", "eben"}))
        if self._stylist_subject() and not own:
            return False
        return True


_KNOWN_PARTICLES = frozenset({"ja", "doch", "eh", "sowieso"})
_NOT_YET = frozenset({"buchen", "buchung", "bestätigung", "zusage", "termin", "reservierung"})
_CONSENT = frozenset(
    {"zusage", "bestätigung", "zustimmung", "antwort", "okay", "ok", "ja", "einverständnis",
     "rückmeldung", "freigabe", "go"}
)  # fmt: skip


def _move_target(ws: set[str]) -> bool:
    """A move's destination or direction is named ("auf Donnerstag", "nach hinten")."""
    return bool(ws & ({"auf", "nach", "von", "statt"} | L.MOVE_DIRECTION))


def _awaits_consent(words: Sequence[str]) -> bool:
    """ "nach Ihrer Zusage", "mit Ihrem Okay", "nach dem Buchen": not yet, it waits."""
    for k, w in enumerate(words[:-2]):
        if w == "nach" and words[k + 1] in {"dem", "der"} and words[k + 2] in _NOT_YET:
            return True
        if w in {"nach", "mit", "bei"} and words[k + 1] in {
            "ihrer", "ihrem", "deiner", "deinem", "einem", "einer",
        }:  # fmt: skip
            if words[k + 2] in _CONSENT:
                return True
    return False


_REQUESTS = frozenset({"sagen", "bestätigen", "geben", "antworten", "drücken", "nicken"})


def _in_general(ws: set[str]) -> bool:
    """What the salon usually does, said of no one ("Bestätigungen verschicken wir normalerweise
    per SMS"): no claim about this caller."""
    return bool(ws & _HABITUAL) and not ws & (L.CALLER | _CALLER_OBJECT | L.POSSESSIVE)


# words that go on the clause "aber" stands in ("ist aber nur reserviert", "habe den Termin aber
# gleich fest gebucht"), not a new clause's first word
_RESTRICTING = frozenset(
    {"nur", "noch", "erst", "bloß", "lediglich", "gleich", "sofort", "direkt", "schon", "fest",
     "trotzdem"}
)  # fmt: skip


def _state_then_comma(tokens: Sequence[Token]) -> bool:
    """ "Ist der Termin gebucht, geht …": a state word ends the clause before its first comma and
    a word follows it (not "Ist der Termin jetzt am Donnerstag, 15 Uhr": a place, claims112)."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 3 or comma + 1 >= len(tokens):
        return False
    before, after = tokens[comma - 1].text, tokens[comma + 1].text
    state = before.endswith("t") or before in {"durch", "fest", "fix", "erledigt"}
    return state and after.isalpha()


def _verb_before(tokens, i: int) -> bool:
    """A finite auxiliary among the four words before `i`, no punctuation between: the clause's
    verb stands before "aber", which is then a particle inside that clause."""
    for t in reversed(tokens[max(0, i - 4) : i]):
        if not t.is_word:
            return False
        if t.text in _AUX:
            return True
    return False


def _infinitive_rest(tokens, i: int) -> bool:
    """The words after "aber" up to the next stop: no subject nor finite verb of their own, and
    the last an infinitive or participle, which the verb before "aber" governs (claims101)."""
    rest = []
    for t in tokens[i + 1 :]:
        if not t.is_word:
            break
        rest.append(t.text)
    if not rest or any(w in _AUX or w in {"ich", "wir", "sie", "er", "es", "man"} for w in rest):
        return False
    return rest[-1].endswith(("en", "ern", "eln", "t"))


def _imperative(tokens: Sequence[Token]) -> bool:
    """A request to the caller: "Sagen Sie einfach Ja", "Bestätigen Sie kurz"."""
    words = [t for t in tokens if t.is_word and t.text not in {"bitte", "einfach", "dann", "nur"}]
    return len(words) >= 2 and words[0].lemma in _REQUESTS and words[1].text in {"sie", "du"}


# word sets the rules above test word by word, united once
_MESSAGE_WORDS = L.MESSAGE_OBJECTS | L.WEAK_MESSAGE_OBJECTS
_DISCOURSE_SO = L.DISCOURSE | {"dann", "also", "so"}
_DISCOURSE_THEN = L.DISCOURSE | {"dann", "also"}
_COPULA = L.SEIN | L.HABEN | L.WURDE
_SEIN_HABEN = L.SEIN | L.HABEN
# an auxiliary or modal first: "Ist …?", "Haben Sie …?", "Könnten wir …?"
_AUX_FIRST = (
    L.HABEN | L.SEIN | L.WURDE | L.WERDEN | L.MODAL | L.EPISTEMIC | L.HYPOTHETICAL | L.WAERE
)
# the verbs `_passed_on` reads a message by (passed on, handed over, arrived)
_PASSING_ON = L.PASS_ON_VERBS | {
    "geben", "reichen", "schicken", "senden", "leiten", "übergeben", "melden", "ankommen",
    "vorliegen", "eingehen",
}  # fmt: skip
# patterns the rules above search with, compiled once
_GE_PARTICIPLE = lazy(r"^(\w*?)ge\w+(t|en)$")
# the only other clauses beside a bare "der ist weg" that keep it the caller's appointment: an
# answer word, a look in the calendar said aloud (blind 34: "Hm, ich schau mal … nein, der ist
# weg")
_LOOKED_UP = frozenset({
    "nein", "nee", "ja", "hm", "hmm", "äh", "ähm", "so", "okay", "also", "moment", "augenblick",
    "einen", "mal", "ich", "schau", "schaue", "gucke", "guck", "sehe", "nach", "kurz", "sehen",
    "lassen", "sie", "mich", "nachsehen", "nachschauen", "warten",
})  # fmt: skip
_IN_CALENDAR = lazy(
    r"\b(im|(in|auf)\s+(der|dem|unserem|unserer))\s+(" + "|".join(L.CALENDAR_PLACE) + r")\b"
)
_DABEI = lazy(r"\bsie sind (jetzt |auch |schon )?dabei\b")
_DAY_DOT = lazy(r"\d{1,2}\.")
_REFERENCE_NOUN = lazy(
    r"(buchungs|termin|reservierungs|bestätigungs|storno|stornierungs|auftrags)"
    r"(nummer|referenz|code|kennung|id|nr)"
)
_CLOCK_OR_DAY = lazy(r"\d{1,2}[:.]\d{2}|\d{1,2}\.")
# an act or result word that makes a confirmation's or case's number the booking's (D42)
_NUMBER_ACT = frozenset({"gebucht", "eingetragen", "buchung", "bestätigt", "fest"})
_NUMBER_NOUN = lazy(r"(\w*?)-?(nummer|referenz|code|kennung|nr)")
_GE_T = lazy(r"^(\w*?)ge(\w+?)e?t$")
_YOURS = frozenset({"ihrer", "ihrs", "ihres", "deiner", "deins", "deines"})  # "… ist deins"
_DONE_IDIOM = lazy(r"\b(" + "|".join(map(re.escape, L.DONE_IDIOMS)) + r")\b")
_STATUS_NOUN = lazy(
    r"(buchungs|termin|reservierungs|storno|stornierungs|umbuchungs)(status|vorgang|anfrage|auftrag)"
)


@lru_cache(maxsize=65536)
def _participle_adjective(word: str) -> tuple[str, ...]:
    """The verb class of each participle `word` may be an inflected adjective of, by ending
    ("gebuchten": book); read once per word form, the clause decides whether it is one."""
    out = []
    for end in _ADJ_END:
        if not word.endswith(end) or len(word) <= len(end) + 3:
            continue
        stem = word[: -len(end)]
        lemma = morph.lemma(stem, "de")
        if lemma not in _CLASS:
            lemma = _verb_lemma(stem) or lemma  # "gebuchten": the dictionary says "gebucht"
        cls = _CLASS.get(lemma)
        if cls is None or cls in {"place", "hold", "done"}:
            continue
        if form_of(stem, lemma) not in (Form.PARTICIPLE, Form.AMBIGUOUS):
            continue
        out.append(cls)
    return tuple(out)


def _status_event(word: str, ws: set[str]) -> str | None:
    """ "Buchungsstatus", "Stornovorgang", a booking request "erfolgreich" done: the event."""
    m = _STATUS_NOUN.fullmatch(word)
    if m is None or (m[2] == "anfrage" and not ws & {"erfolgreich", "positiv"}):
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
_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "ein", "eine", "einen", "ihr", "ihre", "ihren", "ihrem",
     "mein", "meine", "unser", "unsere", "dein", "deine", "dieser", "diese"}
)  # fmt: skip
_RELATIVES = frozenset(
    {"mann", "frau", "tochter", "sohn", "mutter", "vater", "freundin", "freund", "kollegin",
     "kollege", "schwester", "bruder", "partner", "partnerin", "kinder", "kind", "oma", "opa"}
)  # fmt: skip
_CONJUNCTIONS = frozenset(
    {"dass", "weil", "wenn", "falls", "ob", "sobald", "nachdem", "bevor", "damit", "als", "wie",
     "und", "oder", "aber", "denn", "sondern", "da", "wo", "so", "dann", "also", "was"}
)  # fmt: skip


def _joins_objects(tokens: Sequence[Token], i: int, start: int) -> bool:
    """ "und" between two noun phrases of one predicate ("Ich habe Ihren Termin und Ihre
    Nachricht notiert", "Termin und Rückruf sind eingetragen"): nothing before it but the
    subject, an auxiliary and nouns, and a noun phrase after it."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.text in _SPEAKER or nxt.text in {"sie", "er", "es", "du"}:
        return False  # "… und Sie sind eingetragen": a clause of its own
    if not (nxt.text in _DETERMINERS or nxt.capital):
        return False
    before = [t for t in tokens[start:i] if t.is_word]
    if not before:
        return False
    for t in before:
        if t.text in L.HABEN or t.text in _SPEAKER or t.text in _DETERMINERS or t.capital:
            continue
        if t.text in {"sie", "ihnen", "auch", "sowohl", "noch", "jetzt", "gerade", "eben"}:
            continue
        return False  # a verb, a participle, an adverb of its own: a clause before "und"
    return True


# the caller's appointment found in the calendar ("Ich habe nachgesehen. Es gibt einen Termin für
# Sie"), not one on offer ("Es gibt noch einen freien Termin für Sie")
_FOUND_FOR_CALLER = lazy(
    r"\b(es gibt|gibt es) (einen|ihren) (termin|eintrag) (für sie|auf ihren namen)\b"
)
# a free time said gone with "der"/"die" (not "Ihr"): taken by others, no appointment of the caller's
_FREE_TIMES = frozenset({"slot", "zeitslot", "uhrzeit", "lücke", "zeitfenster"})
# what follows "da steht" when it reads a screen out (blind 39): "Da steht irgendwas mit …"
_SCREEN_VAGUE = frozenset({"irgendwas", "etwas", "was", "sowas", "so", "eigentlich"})
_SCREEN_OBJECTS = frozenset({"ein", "eine", "einen", "irgendein", "irgendeine", "nur", "noch"})
# tool results read out as they stand ("Da steht 'unavailable'", "Da steht error")
_TOOL_WORDS = frozenset(
    {"unavailable", "available", "error", "fehler", "code", "status", "failed", "null", "none",
     "timeout", "conflict", "pending", "accepted", "rejected", "invalid"}
)  # fmt: skip
# a bare "ich leite weiter" names nothing passed on: it is the call put through (blind 39)
_BARE_TRANSFER = frozenset(
    {"ich", "wir", "leite", "leiten", "weiter", "jetzt", "gleich", "mal", "kurz", "dann", "also",
     "direkt", "sofort", "gern", "gerne", "einfach", "nun"}
)  # fmt: skip
_DATIVE_PREPOSITIONS = frozenset(
    {"in", "bei", "von", "mit", "zu", "aus", "nach", "seit", "vor", "hinter", "neben", "auf"}
)
_PHRASE_START = frozenset({"mit", "ohne", "samt", "inklusive", "inkl", "plus", "nebst"})


def _joins_in_phrase(tokens: Sequence[Token], i: int, start: int) -> bool:
    """ "und" between two nouns after "mit" ("Eine SMS mit Datum und Uhrzeit ist unterwegs"):
    one noun phrase, not two clauses."""
    if i + 1 >= len(tokens) or not (tokens[i + 1].capital or tokens[i + 1].text in _DETERMINERS):
        return False
    for t in reversed(tokens[start:i]):
        if t.text in _PHRASE_START:
            return True
        if not (t.capital or t.text in _DETERMINERS):
            return False
    return False


def _participle_like_infinitive(lemma: str) -> bool:
    """ "bekommen", "hinbekommen", "vergessen": the participle is spelled like the infinitive."""
    core = lemma
    for p in L.PARTICLES:
        if lemma.startswith(p) and len(lemma) > len(p) + 4:
            core = lemma[len(p) :]
            break
    return core.startswith(("bekomm", "verges", "erhalt", "entkomm"))


def _weak_past_lemma(word: str, particle: str | None) -> str | None:
    """The infinitive of a weak Präteritum the dictionary reads as something else ("buchte")."""
    for end in ("ten", "test", "tet", "te"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            guess = word[: -len(end)] + "en"
            if guess in _CLASS or (particle and particle + guess in _CLASS):
                return guess
    return None


def _verb_lemma(word: str) -> str | None:
    """A claim verb's lemma for a participle the dictionary reads as an adjective ("entfernt")."""
    if not word.endswith("t") or len(word) < 6:
        return None
    for guess in (word[:-1] + "en", word[:-2] + "en" if word.endswith("et") else ""):
        if guess in _CLASS:
            return guess
    m = _GE_T.match(word)
    if m and m[1] + m[2] + "en" in _CLASS:
        return m[1] + m[2] + "en"
    return None


# the words of a status line's heading: "Stand jetzt:", "Aktueller Stand:" ("heute" is a day)
_STATUS_HEADING = frozenset({"stand", "jetzt", "aktuell", "aktueller", "derzeit", "momentan"})


def _named_owner(word: str, stylists: frozenset[str]) -> bool:
    """Whether `word` is a first name's genitive ("claras", "jakobs", "idas"): whose appointment a
    heading names. German puts a bare s-genitive before its noun for a name alone (a thing takes
    its article: "des Kunden Termin"), so the form is enough where the word is no stylist's, no
    day's, and a dictionary gives the name without its s or knows the word not at all."""
    stem = word[:-1]
    if len(word) < 4 or not word.endswith("s") or stem in stylists:
        return False
    if is_detail_word(word) or is_detail_word(stem):
        return False
    return (
        morph.is_proper_name(stem)
        or morph.lemma(word, "de") == stem
        or not morph.is_known(word, "de")
    )


_MESSAGE_HEADS = ("anfrage", "wunsch", "bitte", "anliegen", "nachricht", "beschwerde")


def _from_salon(words: list[str]) -> bool:
    """ "Die Bestätigung kommt vom Salon": the confirmation the salon still has to give."""
    return any(
        w in {"vom", "von"} and set(words[k + 1 : k + 3]) & {"salon", "team", "friseur"}
        for k, w in enumerate(words)
    ) and any(w in {"kommt", "kommen"} for w in words)


def _message_noun(word: str) -> bool:
    """A message for the salon, compounds too ("Terminanfrage", "Löschwunsch", "Rückrufbitte")."""
    return word in L.MESSAGE_OBJECTS | L.WEAK_MESSAGE_OBJECTS or word.endswith(_MESSAGE_HEADS)


def _salon_named(words: Sequence[str]) -> bool:
    """The salon's people named as a subject: "der Salon ruft an", not "einen Rückruf vom
    Salon"."""
    people = {"salon", "team", "salonleitung", "kollegin", "kollege", "chef", "chefin",
              "inhaber", "inhaberin"}  # fmt: skip
    return any(
        w in people and not set(words[max(0, k - 2) : k]) & L.PREPOSITIONS
        for k, w in enumerate(words)
    )


def _appointment_kind(word: str) -> ClaimKind | None:
    """What the caller's appointment named by this noun claims: "Termin" booked, "Stornierung"
    cancelled; None for any other noun."""
    if not _is_appointment(word):
        return None
    return ClaimKind(L.EVENT_KIND.get(word, "booked"))


_TEXT_CARRIERS = frozenset({"sms", "e-mail", "mail", "email", "nachricht", "textnachricht"})
_RECEIVED = frozenset({"bekommen", "erhalten", "kriegen", "zugehen", "zukommen", "ankommen"})
_EVENT_SENT = frozenset({"stornierung", "storno", "absage", "umbuchung", "verschiebung"})
_NEW = frozenset({"neue", "neuen", "geänderte", "geänderten"})
_PLACE_NOUNS = frozenset({"termin", "uhrzeit", "zeit", "datum", "termindaten"})


def _is_appointment(word: str) -> bool:
    if word.endswith("termins"):
        word = word[:-1]  # "die Uhrzeit Ihres gebuchten Termins"
    if word.endswith("termin") and word.startswith(L.OTHER_APPOINTMENTS):
        return False  # "Ihr Arzttermin": not the salon's
    return (
        word in L.APPOINTMENT or (word.endswith("termin") and len(word) > 6) or word in L.EVENT_KIND
    )


def _third_person_sie(toks: Sequence[Token], sentence: Sequence[Clause]) -> bool:
    """ "sie" is she or they, not the caller: a singular verb agrees with it ("sie hat"), or a
    writer who capitalises writes it small inside a sentence ("…, weil sie mehr Zeit hat")."""
    words = {t.text for t in toks}
    if any(t.lemma == "caller" for t in toks):
        return False  # "Wer hat …? Sie!": the caller answers the question
    if toks and toks[0].text == "sie" and words & _SINGULAR_VERBS and not words & _PLURAL_VERBS:
        return True
    capitalises = any(t.capital for c in sentence for t in c.tokens[1:] if t.is_word)
    first = sentence[0].tokens[0] if sentence and sentence[0].tokens else None
    return capitalises and any(t.text == "sie" and not t.capital and t is not first for t in toks)


# service aliases that are everyday nouns too: "Ihre Kinder", "Ihre Farbe hält lange"
# done verbs that say it worked: with the appointment as subject, it was made
_SUCCEED = frozenset(
    {"klappen", "funktionieren", "durchgehen", "hinhauen", "glattgehen", "gutgehen", "machen",
     "hinbekommen", "hinkriegen", "schaffen", "regeln", "durchlaufen"}
)  # fmt: skip
_BOOKING = ("termin", "buchung", "reservierung")  # "Terminbestätigung", "Buchungsbestätigung"
_HAIR = ("schnitt", "frisur", "haare", "färbung", "behandlung", "besuch", "termin", "styling")
_TIME_NOUNS = frozenset({"uhr", "woche", "wochen", "tag", "tage", "stunde", "stunden", "minute",
                         "minuten", "vormittag", "nachmittag", "morgen", "abend", "mittag",
                         "wochenende", "monat"})  # fmt: skip
_COMPLETE = frozenset({"komplett", "vollständig", "fertig", "bereit", "vollzählig", "perfekt"})
_PREFERENCE = frozenset({"lieber", "gern", "gerne", "eigentlich", "meistens", "normalerweise", "liebsten",
                         "frei", "zeit", "urlaub", "verhindert"})  # fmt: skip
# searching and asking: done to an appointment, they claim nothing about it
_SEARCH = frozenset(
    {"anbieten", "vorschlagen", "empfehlen", "nennen", "suchen", "raussuchen", "heraussuchen",
     "schauen", "nachschauen", "nachsehen", "prüfen", "fragen", "checken", "gucken", "finden",
     "versuchen", "überlegen", "besprechen", "klären", "anfragen", "reservieren", "freihalten",
     "halten", "blocken", "blockieren", "erwähnen", "verstehen", "wiederholen", "sehen",
     "vergessen", "gesucht", "ansehen", "anschauen", "durchgehen", "vergleichen",
     "abschicken", "absenden", "senden", "schicken", "weiterleiten", "einreichen", "stellen"}
)  # fmt: skip
_HABIT = frozenset(
    {"immer", "stets", "jedesmal", "grundsätzlich", "normalerweise", "üblicherweise"}
)
_UNDO = frozenset({"zurückgeben", "zurücknehmen", "zurückziehen", "zurückbuchen", "zurückgehen"})
_EVERYDAY_NOUNS = frozenset({"kinder", "farbe", "bart", "locken", "welle", "ansatz", "rasur"})
_SINGULAR_VERBS = frozenset(
    {"hat", "ist", "war", "wird", "kann", "muss", "darf", "will", "soll", "kommt", "arbeitet",
     "macht", "hätte", "wäre", "möchte", "nimmt", "weiß"}
)  # fmt: skip
_PLURAL_VERBS = frozenset(
    {"sind", "haben", "waren", "werden", "können", "müssen", "dürfen", "wollen", "sollen",
     "kommen", "hätten", "wären", "möchten", "nehmen", "wissen"}
)  # fmt: skip


_OWN_SUBJECT = frozenset(
    {"ich", "wir", "sie", "du", "er", "es", "das", "man", "der", "die", "dieser", "diese"}
)


def _denial(words: Sequence[str]) -> bool:
    """ "Es ist nicht so", "Nicht dass": a clause that denies the one after it."""
    return _has_seq(words, ("nicht", "so")) and len(words) <= 5


def _abbreviated_details(words: Sequence[str]) -> bool:
    """ "do 15:00", "fr 10h": a day abbreviated before a time (a status line)."""
    return (
        bool(words)
        and words[0] in DAY_ABBREVIATIONS
        and all(
            is_detail_word(w) or w in DAY_ABBREVIATIONS or w in _DETAIL_FILLER for w in words[1:]
        )
        and len(words) > 1
    )


def _infinitives(t: Token) -> frozenset[str]:
    """What infinitive a verb form may be: the dictionary's lemma, and the regular forms'
    (the dictionary reads "schicken" as the adjective "schick")."""
    return _infinitive_forms(t.text, t.lemma)


@lru_cache(maxsize=65536)
def _infinitive_forms(w: str, lemma: str) -> frozenset[str]:
    out = {lemma, w}
    for end in ("est", "et", "st", "t", "e", "en"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            out.add(w[: -len(end)] + "en")
    m = re.match(r"^(\w*?)ge(\w{3,}?)e?t$", w)
    if m:
        out.add(m[1] + m[2] + "en")  # "geschickt", "weitergeleitet"
    return frozenset(out)


def _has_seq(words: Sequence[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if seq[0] in words and any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1)):
        return True
    if seq[-1] == "mehr" and "mehr" in words:  # "kein(en) Termin mehr", "nicht ... mehr"
        last = len(words) - 1 - words[::-1].index("mehr")
        return any(w.startswith(seq[0]) for w in words[:last])
    return False


def _callback_words(words: list[str]) -> list[str]:
    """The words naming a callback: "Rückruf", "Anruf", not "Rückrufnummer" (the number to call
    back on, recorded like any contact detail)."""
    return [
        w for w in words if w.startswith(L.CALLBACK_NOUNS) and not w.endswith(("nummer", "nummern"))
    ]


_PRONOUN_SUBJECTS = frozenset({"sie", "wir", "ich", "er", "es", "ihr", "man", "du"})


def _prepositional_relative(toks: list[Token]) -> bool:
    """ ", nach dem Sie gefragt hatten", ", über die wir gesprochen haben": a preposition, a
    relative pronoun and a pronoun subject (not ", nach dem Termin …")."""
    return (
        len(toks) > 2
        and toks[0].text in {"nach", "über", "für", "mit", "von", "zu", "an", "auf", "um", "bei"}
        and toks[1].text in L.RELATIVE
        and toks[2].text in _PRONOUN_SUBJECTS
    )


_RULES = RuleTable.of(_Context, _Context.RULES)


def _addressed(clause, sentence, words: list[str]) -> bool:
    """The caller addressed by title and name in this clause (`details.addressed`)."""
    before = [x.words for x in sentence if x.index == clause.index - 1]
    last = clause.index == max(x.index for x in sentence)
    return addressed(words, list(before[0]) if before else [], last)
