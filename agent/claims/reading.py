"""From clauses to claims: what each clause says, then what the sentence as a whole asserts.

A language reader (`reader_de`, `reader_en`) looks at one clause at a time and reports a
`ClauseInfo`: the claims its words make as completed facts (`Candidate`), and how the clause
bears on its neighbours (a question, a negation, "Sie sagten", "Ich kann bestätigen"). Whether a
candidate stands is then decided here for every language alike: a condition ("sobald …") takes the
clause it belongs to with it, a question asks rather than claims unless the claim is presupposed
("…, jetzt wo der Termin gebucht ist?"), a complement is as true as its matrix says ("Ich kann
Ihnen noch nicht bestätigen, dass …"), and a cancellation plus a new booking is a move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from agent.claims.clauses import CONTINGENT, BoundaryRule, Clause, Link
from agent.claims.fronted_temporal import fronted_fact
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp

MAIN = frozenset({Link.START, Link.COMMA, Link.COORD, Link.CONTRAST})
_PLUPERFECT = frozenset({"hatte", "hatten", "had"})  # "Ich hatte Sie eingetragen, bevor …"
_PRESENT = frozenset({"is", "are", "am", "ist", "sind", "bin"})  # "until it's booked"
# an act to come or a modal before "unless": the exception still makes it conditional
_TO_COME = frozenset(
    {"will", "'ll", "would", "'d", "could", "can", "shall", "should", "might", "may", "going",
     "must", "need", "want"}
)  # fmt: skip
_APPOINTMENT_WORDS = frozenset({"termin", "buchung", "appointment", "booking", "slot"})


class Matrix(StrEnum):
    """What a clause does to the complement clause that follows it."""

    NONE = "none"
    AFFIRM = "affirm"  # "Ich kann Ihnen bestätigen, …", "Schön, dass …", "Ich glaube, …"
    WITHHOLD = "withhold"  # "Ich kann noch nicht bestätigen, …", "Ich hoffe, …", "Sie sagten, …"


@dataclass
class Candidate:
    kind: ClaimKind
    presupposed: bool = False  # stands inside a question ("zu Ihrem gebuchten Termin")
    old: bool = False  # about the appointment as it was ("der alte Termin ist weg")
    new: bool = False  # about the appointment as it is now ("der neue steht")
    weak: bool = False  # "der Termin ist weg": someone else's doing when the sentence says so
    follow_up: FollowUp | None = None  # what a FOLLOW_UP promises
    scope: tuple[int, int] | None = None  # where its details are (folded text), when not the clause


@dataclass
class ClauseInfo:
    clause: Clause
    candidates: list[Candidate] = field(default_factory=list)
    interrogative: bool = False  # asks: verb first or a question word
    negated: bool = False
    nonfactual: bool = False  # modal, future, hypothetical: states nothing as done
    matrix: Matrix = Matrix.NONE
    reports: bool = False  # someone else's words follow ("Sie sagten", "laut Ihnen")
    third_party: bool = False  # about someone else's slot ("jemand war schneller")
    tag: bool = False  # "oder?", "richtig?"
    past: bool = False  # for "after": past tense presupposes, present makes a condition
    present_passive: bool = False  # "after it is made": a present, however its participle looks
    detail_only: bool = False  # a verbless fragment of details ("um 10 Uhr", "bei Fabian")
    subject: bool = False  # a verbless subject whose verb a later clause carries: its details
    relative: bool = False  # ", der jetzt gebucht ist": describes, does not ask
    relevance: bool = False  # "falls Sie sich das fragen": a condition on saying it, not on it


_AND = frozenset({"und", "sowie", "and", "plus"})


def conjunct_claims(
    candidates: list[Candidate], words: Sequence[str], kind_of: Callable[[str], ClaimKind | None]
) -> list[Candidate]:
    """A promise whose object is coordinated with the appointment ("Ihr Termin und Ihre
    Bestätigung sind unterwegs", "I've passed on the cancellation and your message") states
    the appointment's outcome too: the predicate is shared by both nouns. `kind_of` says what
    a noun of the language claims when it is the caller's appointment (None: no such noun)."""
    if not candidates or any(c.kind is not ClaimKind.FOLLOW_UP or c.presupposed
                             for c in candidates):  # fmt: skip
        return candidates
    for k, w in enumerate(words):
        kind = kind_of(w)
        if kind is not None and _AND & {*words[max(0, k - 3) : k], *words[k + 1 : k + 3]}:
            return [*candidates, Candidate(kind)]
    return candidates


def without_superseded(candidates: list[Candidate]) -> list[Candidate]:
    """A clause that cancels or moves the caller's appointment ("Ihr Platz am Freitag bleibt
    leer") presupposes it existed, not that it stands: its presupposed booking is dropped."""
    ends = any(
        c.kind in (ClaimKind.CANCELLED, ClaimKind.RESCHEDULED) and not c.presupposed
        for c in candidates
    )
    if not ends:
        return candidates
    return [c for c in candidates if not (c.presupposed and c.kind is ClaimKind.BOOKED)]


class LanguageReader(Protocol):
    lang: str
    boundary: BoundaryRule

    def meaningful(self, lemma: str) -> bool: ...

    def analyse(self, clause: Clause, sentence: Sequence[Clause]) -> ClauseInfo: ...


@dataclass
class Standing:
    """A claim that stands: its kind and the clauses that make and describe it."""

    kind: ClaimKind
    clauses: list[int]  # indexes into the reading's clauses; the first one is the claim's
    old_clauses: list[int] = field(default_factory=list)  # describe where a move came from
    follow_up: FollowUp | None = None
    scope: tuple[int, int] | None = None  # details only from here (folded text)


def compose(infos: list[ClauseInfo]) -> list[Standing]:
    """The claims that stand, sentence by sentence."""
    out: list[Standing] = []
    sentences: dict[int, list[ClauseInfo]] = {}
    for info in infos:
        sentences.setdefault(info.clause.sentence, []).append(info)
    for group in sentences.values():
        out.extend(_sentence(group))
    return out


# the consequence of a condition put before it: verb first ("sagen Sie es mir", "melde ich
# mich"), "dann …", or an English request ("just let me know", "give us a ring")
_CONSEQUENCE_FIRST = lazy(
    r"^(dann|so|(\w+ )?(sagen|geben|rufen|melden|schreiben|wenden|kommen|schauen) sie\b|"
    r"\w+ (ich|wir) (mich|uns|ihnen|sie|es|das|gern|gerne)\b|just|please|let|tell|give|call|"
    r"ring|drop|feel|then|"
    # blind 52 (claims130): "…, wenn Sie mögen, suchen wir später einen neuen Termin", "…;
    # whenever you're ready, we can find you a new slot"
    r"(suchen|finden|machen|vereinbaren|buchen|schauen) (wir|ich)|(we|i) (can|could|'ll|will) "
    r"(find|look|sort|book|set|get))\b"
)


# the speaker's own conclusion drawn from what was reported before it (claims78, probe 31's "Sie
# haben Ja gesagt, damit ist der Termin gebucht", "You said yes, so now it's booked"): the report
# ends at the comma, the conclusion is the speaker's word
_CONCLUSION_FIRST = frozenset(
    {"so", "also", "damit", "somit", "daher", "deshalb", "deswegen", "therefore", "hence", "thus"}
)
_CONCLUDED = [[w] for w in sorted(_CONCLUSION_FIRST)]


def _sentence(group: list[ClauseInfo]) -> list[Standing]:
    dropped: set[int] = set()  # positions in group whose candidates do not stand

    # a condition, a purpose, an open question take the clause they belong to with them; what
    # such a clause presupposes still holds ("Falls Sie es am Freitag nicht schaffen, …",
    # "Wussten Sie, dass Sie zu Ihrem gebuchten Termin …")
    projecting: set[int] = set()
    for k, info in enumerate(group):
        link = info.clause.link
        if link is Link.AFTER and (not info.past or info.present_passive):
            link = Link.CONDITION
        if link not in CONTINGENT:
            continue
        dropped.add(k)
        projecting.add(k)
        pluperfect = any(set(i.clause.words) & _PLUPERFECT for i in group)
        if (
            link is Link.BEFORE
            and (info.past or pluperfect)
            and not set(info.clause.words) & _PRESENT
        ):
            continue  # "…, bevor die Leitung weg war", "I had booked you before …": a fact
        if info.relevance:
            continue  # "Sie sind gebucht, falls Sie sich das fragen": the claim stands
        if _exception_after_claim(group, k):
            continue  # "Booked – unless you'd rather have Lena": the claim stands (blind 34)
        if link is Link.WHETHER and k > 0 and group[k - 1].clause.link is Link.CONDITION:
            continue  # "once we know whether it went through": the condition's own object
        if link is Link.PURPOSE and k > 0 and _done(group, k):
            continue  # "…, I've confirmed it's in, so you can relax": what was done stands
        if link is Link.PURPOSE and _aim_of_fact(group, k):
            continue  # "Um sicherzugehen, habe ich Sie eingetragen", "I'm holding it so …"
        opener = info.clause.opener
        forward = k == 0 or (opener and opener[0] in {"und", "and", "oder", "or", "aber", "but"})
        # claims151 (blind 43): after a semicolon the clause opens a statement of its own ("Das
        # System hat nicht geantwortet; ob der Termin steht, sagt Ihnen der Salon")
        forward = forward or info.clause.punct_before == ";"
        if k == 1 and group[0].clause.words in (["erst"], ["nur"], ["only"]):
            forward = True  # "Erst wenn der Kalender zurückmeldet, ist der Termin gebucht"
        if k > 0 and group[k - 1].clause.link in CONTINGENT and not forward:
            forward = group[k - 1].clause.link is not Link.START
        if not forward and link is Link.CONDITION and k + 1 < len(group):
            # "…, falls Sie das noch überdenken wollen, sagen Sie es mir": the condition opens
            # the clause after it, verb first, not the one before
            forward = bool(_CONSEQUENCE_FIRST.match(" ".join(group[k + 1].clause.words)))
        target = _main(group, k, forward) if forward else _main(group, k, False)
        if target is None and not forward:
            target = _main(group, k, True)
        if forward and fronted_fact(group, k, target):
            dropped.discard(k)  # "Once you agreed, your Friday was booked": what happened
            projecting.discard(k)
            continue
        if target is not None and not (forward and group[target].clause.punct_before == ":"):
            # "Bevor Sie auflegen: Ihr Termin ist verschoben": a colon opens a statement of
            # its own, not the condition's consequence
            dropped.add(target)
            projecting.add(target)
            # "Sobald …, trage ich Sie ein und Sie bekommen eine Bestätigung": both depend on it
            for j in range(target + 1, len(group)):
                coordinated = group[j].clause.opener[:1] in (("und",), ("and",))
                if group[j].clause.link is not Link.COORD and not coordinated:
                    break
                if group[j].clause.words[:1] in (["ansonsten"], ["sonst"], ["otherwise"]):
                    break  # "…, und ansonsten ist alles erledigt": not the condition's
                dropped.add(j)
                projecting.add(j)

    # a question asks: its interrogative clause claims nothing unless it presupposes
    if any(i.clause.question for i in group):
        mains = [
            k
            for k, i in enumerate(group)
            if i.clause.link in MAIN and i.clause.tokens and not i.relative and not i.detail_only
        ]
        last = mains[-1] if mains else None
        asking = {k for k, i in enumerate(group) if i.interrogative}
        # "…, Ihr Termin ist ja jetzt fest?", "…, der Termin ist doch drin?": said as known
        asserted = last is not None and bool({"ja", "doch"} & set(group[last].clause.words[1:]))
        if last is not None and not group[last].tag and not asserted:
            asking.add(last)  # but "…, Ihr Termin ist ja jetzt fest?" states it as known
        for k in asking:
            group[k].candidates = [c for c in group[k].candidates if c.presupposed]

    # complements are as true as their matrix clause says; reports are someone else's word
    reporting = False
    for k, info in enumerate(group):
        link = info.clause.link
        prev = group[k - 1] if k else None
        if info.reports:
            # "Laut Ihnen ist der Termin gebucht"; a subordinate report ("Since you mentioned
            # mornings work best, I've booked you …") does not reach the main clause after it
            # a report in a relative clause describes its noun ("…, nach dem Sie gefragt
            # hatten: Das ist gebucht"); it is no matrix of what follows
            reporting = link in MAIN and not info.relative
            dropped.add(k)
            continue
        coordinated = info.clause.opener[:1] in (("und",), ("and",), ("aber",), ("but",))
        if link is Link.COMPLEMENT and _withheld(group, k):
            dropped.add(k)
            projecting.add(k)
            continue
        if (
            link in {Link.COMPLEMENT, Link.COMMA, Link.QUOTE}
            and prev is not None
            and not info.relative
            and not coordinated  # "I'd be glad to, and it's booked": a clause of its own
        ):
            if reporting and link is Link.COMMA and info.clause.words[:1] in _CONCLUDED:
                reporting = False  # "You said yes, so it's booked": the speaker concludes
                continue
            if reporting and link is not Link.COORD:
                dropped.add(k)
                continue
            if prev.matrix is Matrix.WITHHOLD and (
                link is Link.COMPLEMENT or prev.clause.link in MAIN | {Link.QUOTE}
            ):
                # a subordinate clause is nobody's matrix across a comma: "Wenn Sie es wissen
                # wollen: Ihr Termin ist gebucht"
                dropped.add(k)
                continue
            if (
                link is Link.COMPLEMENT
                and prev.matrix is Matrix.NONE
                and (prev.negated or prev.nonfactual or prev.interrogative)
            ):
                dropped.add(k)
                projecting.add(k)
                continue
        if link in MAIN and link is not Link.COMMA:
            reporting = False
        if info.clause.quoted and any(
            i.reports or i.negated or i.interrogative for i in group if not i.clause.quoted
        ):
            dropped.add(k)  # 'Ihre Nachricht „Termin ist gebucht" kann ich nicht bestätigen'

    third_party = any(i.third_party for i in group)
    standing: list[tuple[int, Candidate]] = []
    for k, info in enumerate(group):
        if k in dropped and k not in projecting:
            continue
        for c in info.candidates:
            if c.weak and third_party:
                continue
            if k in dropped and not c.presupposed:
                continue
            if any(j == k and x.kind is c.kind and x.follow_up is c.follow_up for j, x in standing):
                continue  # two rules reading the same claim in one clause
            standing.append((k, c))

    claims = _merge_moves(standing, group)
    # verbless fragments ("am Freitag", "um 10 Uhr") describe the claim next to them
    for claim in claims:
        claim.clauses.extend(_fragments(group, claim.clauses[0]))
    return claims


def _done(group: list[ClauseInfo], k: int) -> bool:
    """The clauses before a purpose clause state something as done (past or perfect): its aim
    does not make them contingent."""
    return any(i.past and not (i.negated or i.nonfactual) for i in group[:k])


def _aim_of_fact(group: list[ClauseInfo], k: int) -> bool:
    """The purpose clause is the aim of a clause next to it that states a fact: a perfect
    after a fronted purpose ("Um auf Nummer sicher zu gehen, habe ich Sie eingetragen"), or a
    hold kept now or a message passed on before it ("I'm holding it so that nobody else can grab
    it"): the aim makes neither contingent (blind 35, claims79; blind 55, claims140)."""
    if k == 0 and len(group) > 1:
        target = group[1]
        # verb first after the fronted clause ("…, habe ich Sie"): no question unless asked
        return target.past and not (target.negated or target.nonfactual or target.clause.question)
    prev = group[k - 1]
    # a message passed on now is kept as a hold is ("Ich gebe das an Fabian weiter, damit er
    # Bescheid weiß": the aim is his knowing, the passing on is done, blind 55)
    kept = (ClaimKind.HELD, ClaimKind.FOLLOW_UP)
    holding = any(c.kind in kept and not c.presupposed for c in prev.candidates)
    return holding and not (prev.negated or prev.nonfactual or prev.interrogative)


def _withheld(group: list[ClauseInfo], k: int) -> bool:
    """A complement whose matrix does not assert it: fronted before a matrix that is negated
    or holds it back ("Dass der Termin storniert ist, kann ich erst sagen, wenn …"), or after
    an infinitive that a negated clause governs ("Ich bin nicht befugt, Ihnen zu bestätigen,
    dass …")."""
    if k == 0 and len(group) > 1:
        matrix = group[1]
        later = group[2] if len(group) > 2 else None
        held = bool(set(matrix.clause.words) & {"erst", "noch", "only", "yet"})
        conditional = later is not None and later.clause.link is Link.CONDITION
        return matrix.negated or ((held or conditional) and matrix.matrix is not Matrix.NONE)
    if k >= 2:
        prev, governing = group[k - 1], group[k - 2]
        infinitive = "zu" in prev.clause.words[:3] or prev.clause.words[:1] == ["to"]
        return infinitive and (governing.negated or governing.nonfactual)
    return False


def _exception_after_claim(group: list[ClauseInfo], k: int) -> bool:
    """ "…, unless …" after a statement of what is (blind 34's convention: an exception leaves
    the main claim standing); not after an act to come or a modal ("I'll book it unless …")."""
    if k == 0 or group[k].clause.opener[:1] != ("unless",):
        return False
    j = _main(group, k, False)
    return j is not None and not set(group[j].clause.words) & _TO_COME


def _main(group: list[ClauseInfo], k: int, forward: bool) -> int | None:
    rng = range(k + 1, len(group)) if forward else range(k - 1, -1, -1)
    for j in rng:
        if group[j].clause.link in MAIN or group[j].clause.link is Link.QUOTE:
            return j
        if group[j].clause.link in CONTINGENT:
            continue
        if not forward:
            return j
    return None


def _merge_moves(standing: list[tuple[int, Candidate]], group: list[ClauseInfo]) -> list[Standing]:
    """ "storniert und neu gebucht", "der alte ist weg, der neue steht": a move."""
    cancels = [(k, c) for k, c in standing if c.kind is ClaimKind.CANCELLED]
    books = [(k, c) for k, c in standing if c.kind is ClaimKind.BOOKED]

    def pos(k: int) -> int:
        return group[k].clause.index

    def rebooks_caller(k: int) -> bool:
        """ "…, habe den Termin abgesagt und Ihnen Donnerstag eingetragen": the caller put in
        again after the cancellation, not a second appointment of their own."""
        words = set(group[k].clause.words)
        return bool(words & {"ihnen", "sie", "you", "dich"}) and not words & _APPOINTMENT_WORDS

    rebooked = any(kc < kb and rebooks_caller(kb) for kc, _ in cancels for kb, _ in books)
    if (
        cancels
        and books
        and (any(c.old for _, c in cancels) or any(c.new for _, c in books) or rebooked)
    ):
        ck = [k for k, _ in cancels]
        bk = [k for k, _ in books]
        rest = [
            Standing(c.kind, [pos(k)], follow_up=c.follow_up, scope=c.scope)
            for k, c in standing
            if c.kind not in {ClaimKind.CANCELLED, ClaimKind.BOOKED}
        ]
        return [Standing(ClaimKind.RESCHEDULED, [pos(k) for k in bk], [pos(k) for k in ck]), *rest]
    out = []
    for k, c in standing:
        s = Standing(c.kind, [pos(k)], follow_up=c.follow_up, scope=c.scope)
        if c.old and c.kind is ClaimKind.RESCHEDULED:
            s.old_clauses.append(pos(k))
        out.append(s)
    return out


def _fragments(group: list[ClauseInfo], clause_index: int) -> list[int]:
    """Detail-only clauses right before or after the claim's clause, in the same sentence."""
    by_index = {i.clause.index: n for n, i in enumerate(group)}
    k = by_index.get(clause_index)
    if k is None:
        return []
    out = []
    for step in (-1, 1):
        j = k + step
        if step == 1 and j + 1 < len(group) and _recap(group[j], group[j + 1]):
            j += 1  # "Sie sind gebucht, ich wiederhole: Freitag, zehn Uhr"
        while 0 <= j < len(group) and (_detail_only(group[j]) or (step < 0 and group[j].subject)):
            out.append(group[j].clause.index)  # "Ihr Termin am Freitag, um 10 Uhr, ist …"
            j += step
    return out


def _recap(info: ClauseInfo, nxt: ClauseInfo) -> bool:
    """A short lead-in to a list of details: "ich wiederhole:", "to recap:", "also:"."""
    words = [t.text for t in info.clause.tokens if t.is_word]
    return (
        not info.candidates
        and len(words) <= 3
        and nxt.clause.punct_before == ":"
        and nxt.detail_only
    )


def _detail_only(info: ClauseInfo) -> bool:
    return info.detail_only
