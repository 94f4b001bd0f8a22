"""Cutting a sentence into clauses and noting how each is tied to what comes before it.

A claim is made by a clause, and whether it stands depends on the clause's tie: "…, nachdem Ihr
Termin jetzt steht?" presupposes the booking inside a question, "Sobald der Termin gebucht ist, …"
makes it a condition, "Ich kann Ihnen nicht bestätigen, dass …" reports what is not known. The
language readers say which words open a clause and what tie they make (`Boundary`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from agent.claims.date_apposition import apposition_commas
from agent.claims.details import MONTHS, WEEKDAYS, is_detail_word
from agent.claims.tokens import Token


class Link(StrEnum):
    START = "start"  # first clause of a sentence
    COMMA = "comma"  # after , ; : – without a conjunction
    COORD = "coord"  # und, and, oder, or
    CONTRAST = "contrast"  # aber, sondern, but
    PRESUPPOSED = "presupposed"  # nachdem, jetzt wo, da, weil, now that, since: true as said
    CONDITION = "condition"  # wenn, sobald, falls, if, once, as soon as: not yet true
    COMPLEMENT = "complement"  # dass, that: as true as the clause it depends on says
    WHETHER = "whether"  # ob, whether: open
    PURPOSE = "purpose"  # damit, um ... zu, so that: not yet true
    BEFORE = "before"  # bevor, before, until: not yet true
    AFTER = "after"  # after: presupposed in the past, a condition otherwise
    RELATIVE = "relative"  # der/die/das/was after a comma: describes what it follows
    NEGATED = "negated"  # ohne dass, without: not true
    QUOTE = "quote"  # inside quotation marks


CONTINGENT = frozenset({Link.CONDITION, Link.WHETHER, Link.PURPOSE, Link.BEFORE, Link.NEGATED})


@dataclass(frozen=True)
class Boundary:
    link: Link
    width: int  # how many tokens the conjunction takes ("jetzt wo": 2)


# (tokens, index, index of the current clause's first token) -> a boundary opening at index
BoundaryRule = Callable[[Sequence[Token], int, int], Boundary | None]


@dataclass
class Clause:
    tokens: list[Token]
    link: Link
    sentence: int
    question: bool = False  # the sentence it is in ends with "?"
    quoted: bool = False
    punct_before: str = ""  # the punctuation that ended the previous clause
    index: int = 0  # position in the whole reading
    opener: tuple[str, ...] = field(default=())  # the conjunction words
    lang: str = ""  # set when written in the other language than the sentence's
    # the token texts, kept: the rules ask for them hundreds of times per sentence
    _words: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.tokens[0].start if self.tokens else 0

    @property
    def end(self) -> int:
        return self.tokens[-1].end if self.tokens else 0

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = tuple(t.text for t in self.tokens)
        return list(self._words)  # a list of its own: a caller may extend it

    @property
    def lemmas(self) -> list[str]:
        return [t.lemma for t in self.tokens]


_SENTENCE_END = {".", "!", "?", "…"}
_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "-", "/"}
_QUOTES = {'"', "„", "“", "”", "«", "»"}


def _in_date(tokens: Sequence[Token], i: int) -> bool:
    """A slash or hyphen between numbers written together is part of a date ("11/28",
    "2025-11-28"), not a clause's end."""
    if tokens[i].text not in ("/", "-") or not 0 < i < len(tokens) - 1:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (
        before.text.isdigit()
        and after.text.isdigit()
        and before.end == tokens[i].start
        and tokens[i].end == after.start
    )


def split(tokens: Sequence[Token], boundary: BoundaryRule) -> list[Clause]:
    """The clauses of `tokens` (one or several sentences)."""
    clauses: list[Clause] = []
    sentence = 0
    current: list[Token] = []
    link = Link.START
    opener: tuple[str, ...] = ()
    punct = ""
    quoted = False
    sentence_first = 0  # index into clauses of the current sentence's first clause

    def close(next_link: Link, next_punct: str) -> None:
        nonlocal current, link, punct, opener
        if current:
            clauses.append(
                Clause(current, link, sentence, quoted=quoted, punct_before=punct, opener=opener)
            )
        elif opener and link in CONTINGENT | {Link.PRESUPPOSED, Link.COMPLEMENT}:
            pass  # a conjunction with nothing after it
        current, link, punct, opener = [], next_link, next_punct, ()

    i = 0
    start_of_clause = 0
    apposition = apposition_commas(tokens)  # "am Freitag, 28. November, um 10": one day
    while i < len(tokens):
        tok = tokens[i]
        if i in apposition:
            i += 1
            continue
        if tok.text in _SENTENCE_END:
            close(Link.START, "")
            is_q = tok.text == "?" or (
                tok.text in {"!", "…"} and i + 1 < len(tokens) and tokens[i + 1].text == "?"
            )
            for c in clauses[sentence_first:]:
                c.question = c.question or is_q
            sentence += 1
            sentence_first = len(clauses)
            start_of_clause = i + 1
            i += 1
            continue
        if tok.text in _QUOTES:
            close(Link.QUOTE if not quoted else Link.COMMA, tok.text)
            quoted = not quoted
            start_of_clause = i + 1
            i += 1
            continue
        if tok.text in _CLAUSE_PUNCT and not _in_date(tokens, i):
            close(Link.COMMA, tok.text)
            start_of_clause = i + 1
            i += 1
            continue
        b = boundary(tokens, i, start_of_clause)
        if b is not None and (b.width > 0 or current):
            keep_link = link if not current and link is not Link.START else None
            before = opener if not current else ()  # "und wenn", "and if": both words open it
            if b.link is Link.COORD and current and link is Link.PRESUPPOSED:
                keep_link = link  # "Since the old slot's gone and Thursday's set, …": both given
            close(b.link, punct if not current else "")
            if keep_link is not None and b.link is Link.COORD:
                link = keep_link  # ", und" keeps the comma's reading
            opener = before + tuple(t.text for t in tokens[i : i + b.width])
            i += b.width
            start_of_clause = i
            continue
        current.append(tok)
        i += 1
    close(Link.START, "")
    for c in clauses[sentence_first:]:
        c.question = c.question or False
    for n, c in enumerate(clauses):
        c.index = n
    return clauses


def denies_alternative(clause: Clause, sentence: Sequence[Clause], names: set[str]) -> bool:
    """The clause right after `clause` denies an alternative by name: ", nicht bei Fabian",
    ", not Lena"."""
    nxt = [c for c in sentence if c.index == clause.index + 1]
    return (
        bool(nxt) and nxt[0].words[:1] in (["nicht"], ["not"]) and bool(set(nxt[0].words) & names)
    )


def only_details_follow(
    clause: Clause, sentence: Sequence[Clause], names: frozenset[str], puncts: str = ":"
) -> bool:
    """After a colon (or one of `puncts`), the rest of the sentence is nothing but an
    appointment's details, a day or a time among them ("Zusammengefasst: Dauerwelle, Freitag,
    zehn Uhr, bei Fabian", "Jetzt passt es: Donnerstag statt Freitag, gleiche Uhrzeit")."""
    later = [c for c in sentence if c.index > clause.index and c.sentence == clause.sentence]
    if (
        clause.question
        or not later
        or not later[0].punct_before
        or (later[0].punct_before not in puncts)
    ):
        return False
    words = [w for c in later for w in c.words if w[:1].isalnum()]
    filler = {"bei", "mit", "with", "der", "den", "the", "of", "a", "m", "um", "am", "at", "on",
              "und", "and", "statt", "instead", "gleiche", "gleichen", "same", "time", "uhrzeit",
              "zeit"}  # fmt: skip
    ordinal = re.compile(r"\d{1,2}(st|nd|rd|th)|\w+(ste[nrm]?|th)")  # "achtundzwanzigster"
    if not all(
        is_detail_word(w) or w in filler or w in names or ordinal.fullmatch(w) for w in words
    ):
        return False
    return any(w in WEEKDAYS or w in MONTHS or w in {"uhr", "pm"} for w in words)
