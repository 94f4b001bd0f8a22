"""A short answer says what the caller's question asked, and only that (blind 30, claims60).

After "Ist das jetzt gebucht?", "Did you cancel it?", "Haben Sie mich auf Donnerstag
verschoben?", "Ist mein Termin noch reserviert?", "Will I get a text?" the agent's short answer
claims or denies THAT outcome with the question's details (conventions 74, 190, 280):

- a yes: a yes word, the question's verb or subject echoed ("ist es", "hab ich", "I did", "you
  will", "der auch"), words of completion ("erledigt", "durch", "ist raus", "all sorted", "gone
  through", "on its way"), of certainty ("hundertprozentig", "officially") or of the call's past
  ("seit eben", "vorhin schon", "a moment ago") claims the outcome asked about — and nothing
  else: the reader's own reading of its words ("Hab ich." as a booking, "Erledigt." as the bare
  success) gives way to what was asked ("Ja, hab ich." after "Haben Sie storniert?" is the
  cancellation);
- a "not yet" ("leider noch nicht", "nearly there", "not quite, one second", "Noch nicht, ich
  warte auf …") to a booking question says it is not booked (`not_booked`, convention 5), to a
  cancellation question that it is not cancelled (`not_cancelled`, convention 280, which
  supersedes 190 there); to a move or other question it claims nothing (190: the negated act);
- a bare no ("Nein, leider nicht.", "No.") claims nothing (74);
- a yes or no to a question about something else ("Haben Sie samstags offen?" -> "Ja, haben
  wir.", "Kann man mit PayPal zahlen?" -> "Ja, bis 18 Uhr.") claims nothing, as long as it names
  no outcome of its own.

The caller's question is read by `caller_answer.asked`; this module reads the answer. An answer
with words of its own ("Ja, und die SMS ist raus", "Yes, Saturday at eleven") is read as said.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agent.claims.caller_answer import (
    NO,
    NOT_YET,
    NOT_YET_PAIRS,
    YES,
    asked,
    asked_elsewhere,
    claim_asked,
    hurried,
)
from agent.claims.details import Names
from agent.claims.emotive_aside import is_emotive_aside
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.spoken_turn import sentence_spans

# the question's verb or subject said back: a yes when no negation is said
_ECHO = frozenset(
    "ist es er sie sind bin hat habe hab haben tut wird werden der die das den auch ich wir "
    "is it it's i i've did do does have has you you're are am was will that that's this one "
    "too also so we we've "
    # the question's subject said back (blind 44, claims108): "She is, yes.", "Yes, there is."
    "she he they there mach mache".split()
)
# an echoed verb or a word of completion or certainty: a yes without a yes word ("Hab ich.",
# "I did.", "Ist raus.", "All sorted.", "Hundertprozentig.")
_AFFIRMING = frozenset(
    "ist sind bin hat habe hab haben tut wird is it's did do does have has are am will was "
    "erledigt fertig gemacht passiert durch raus weg drin unterwegs geklappt funktioniert "
    "bestätigt offiziell hundertprozentig definitiv bestimmt done sorted through gone in set "
    "locked confirmed sent officially percent "
    # the act asked for, agreed to (blind 44, claims108): "Mach ich.", "Will do."
    "mach mache".split()
)
# words of completion, certainty, or the call's past around a yes: no claim of their own
_AROUND = frozenset(
    "erledigt fertig gemacht passiert durch raus weg drin unterwegs geklappt funktioniert "
    "bestätigt offiziell ganz offiziell hundertprozentig definitiv bestimmt wirklich "
    "tatsächlich alles schon jetzt eben gerade grad grade vorhin soeben seit vor einer ein "
    "minute minuten moment momenten sekunde sekunden paar wenigen kurzem zwei system vom laut "
    "kalender für da keine sorge gern gerne bitte few seconds minutes moments two "
    "unverändert unchanged "
    "done sorted through gone in set locked confirmed sent on its way officially really truly "
    "totally fully completely hundred percent a an as of just now already earlier since ago "
    "second sec all for sir madam frau herr "
    # a yes said warmly, all well (blind 44, claims108): "Na klar.", "Sicher doch.", "Ja, alles
    # gut.", "Ja, hat wunderbar geklappt.", "Yep, all good."
    "na doch gut bestens prima wunderbar super perfekt good fine great went "
    # when and with whom, the words of substance the question's own (blind 44): "Ja, am Tag
    # vorher.", "Yes, the day before.", "Genau, beim Mehmet."
    "am einen tag vorher the day before bei beim with at on um "
    # nothing changed, to "Is my appointment unchanged?"
    "nothing's changed".split()
)
# caller_answer's not-yet words, and "so far" ("Bisher nicht.")
_NOT_YET = NOT_YET | {"bisher"}
# words a not-yet may carry before its clause: regret, a moment asked for
_AROUND_NOT_YET = frozenset(
    "leider sorry i'm afraid noch nicht ganz einen moment augenblick sekunde not yet quite "
    "one moment second sec give me a just there no nein nope bisher so far im momentan derzeit "
    "aktuell".split()
)
_NO = NO | {"not", "nicht"}
# reassurance around an answer, not a denial: "don't worry", "kein Problem"
_REASSURED = lazy(
    r"\b(?:keine\s+sorge|kein\s+problem|no\s+problem|no\s+worries|don't\s+worry|"
    r"nicht\s+wahr|not\s+to\s+worry|relax|keine\s+panik|rest\s+assured)\b"
)
# pieces of an answer: cut at commas, dashes, colons and semicolons
_PIECES = lazy(r"\s*(?:[,;:–—]|\s-\s|\.\.\.|…)\s*")
# a word of an outcome of its own: an answer naming one is read as said
_OUTCOME = lazy(
    r"\b(?:\w*buch\w*|\w*termin\w*|stornier\w*|storno|abgesagt|absag\w*|gestrichen|"
    r"verschoben|verleg\w*|umgebucht|reservier\w*|vorgemerkt|eingetragen|fest|fix|steht|"
    r"stehen|drin|bestätigt|erledigt|sms|appointment|book\w*|cancel\w*|moved|reschedul\w*|"
    r"reserv\w*|hold|held|confirmed|done|sorted|text\w*|pencil\w*|slot|"
    # the appointment said to stay (blind 55, claims142): "Nein, alles wie gehabt.", "Nope, still on."
    r"bleibt|gehabt|unverändert|unchanged|still\s+on)\b"
)


def _words(piece: str) -> list[str]:
    return re.findall(r"[\w']+", piece)


def _not_yet(words: list[str]) -> bool:
    pairs = set(pairwise(words))
    late = "not" in words and "yet" in words  # "not just yet"
    return late or any(p in pairs for p in NOT_YET_PAIRS) or any(w in _NOT_YET for w in words)


# the outcome said open as the whole answer (blind 55, claims142; 731's "noch offen"): "Offen.",
# "Unklar.", "Unknown.", "Still open." to "Gebucht oder nicht?" / "Booked or not?"
_OPEN = frozenset(
    "offen unklar unbekannt ungewiss ungeklärt unknown unclear open undecided".split()
)
_AROUND_OPEN = frozenset(
    "noch still leider sorry im moment momentan derzeit as yet at the right now for "
    # the outcome as its subject (claims157, blind 55): "It's still open.", "Ist es noch offen.";
    # a demonstrative for it (the lead's D72, convention 1164): "Das ist im Moment offen."
    "it's it is es ist das that that's".split()
)
# the speaker's look at the calendar before the open outcome (claims157, blind 55): "From what I
# can see, it's still open.", "Laut dem, was ich sehe, ist es noch offen."
_SEEN_FRAME = lazy(
    r"^(?:from\s+what\s+i\s+(?:can\s+)?see|as\s+far\s+as\s+i\s+can\s+(?:see|tell)|laut\s+dem|"
    r"was\s+ich\s+sehe|soweit\s+ich\s+(?:das\s+)?sehe|wie\s+ich\s+sehe)$"
)


def _open(pieces: list[list[str]]) -> bool:
    """Whether the answer's first pieces are an open outcome and nothing else."""
    words = [w for p in pieces for w in p]
    return any(w in _OPEN for w in words) and all(w in _OPEN or w in _AROUND_OPEN for w in words)


def answer_polarity(sentence: str, caller: str) -> tuple[str, bool] | None:
    """("yes" | "not_yet" | "no", whole) for an answer to the caller's question: `whole` when
    every word is an answer word (the sentence says nothing else). A not-yet may open a clause
    of its own ("Noch nicht, ich warte auf das System."): not whole. None: no short answer."""
    text = hurried(_REASSURED.sub(" ", normalize(sentence)))  # "Kurz gesagt: ja." (claims122)
    if "?" in text:
        return None
    pieces = [p for p in _PIECES.split(text.strip(" .!")) if _words(p)]
    if not pieces:
        return None
    # an aside of enthusiasm or regret after a yes is no word of it (claims166): "You are, I'm
    # happy to say.", "Haben wir, zum Glück."; after a no it stays ("Nein, leider.": blind 30)
    if not set(_words(pieces[0])) & _NO:
        pieces = pieces[:1] + [p for p in pieces[1:] if not is_emotive_aside(p)]
    lead = []  # the pieces of answer words before a clause of its own
    for piece in pieces:
        words = _words(piece)
        if not all(w in _AROUND_NOT_YET or w in _NOT_YET for w in words):
            break
        lead.append(words)
    if any(_not_yet(words) for words in lead):
        return "not_yet", len(lead) == len(pieces)
    framed = list(pieces)
    while len(framed) > 1 and _SEEN_FRAME.match(framed[0]):
        framed.pop(0)
    if _open(lead or [_words(p) for p in framed[:1]]):
        return "open", len(framed) == 1
    echo = set(_words(normalize(caller))) - _NO
    words = [w for p in pieces for w in _words(p)]
    if len(words) > 9 or any(
        w not in YES and w not in _ECHO and w not in _AROUND and w not in echo and w not in _NO
        for w in words
    ):
        return None
    if _not_yet(words):
        return "not_yet", True
    said_back = echo - _ECHO - _AROUND  # the question's own words of substance: "Storniert."
    affirmed = any(w in _AFFIRMING or w in said_back for w in words)
    if any(w in _NO for w in words) or re.search(r"n't\b", text):
        # a bare no; "Nein, wirklich, der ist drin." denies the doubt: read as said
        return None if affirmed else ("no", True)
    if not affirmed and not any(w in YES for w in words):
        return None  # "Einen Moment.", "One moment.": no answer yet
    return "yes", True


def clause_after_not_yet(sentence: str) -> str | None:
    """The clause after an answer's leading not-yet of answer words ("Noch nicht, die Anfrage
    liegt noch bei der Chefin." -> "Die Anfrage liegt noch bei der Chefin."), None when the
    sentence opens with none or asks back. The not-yet is the answer's, not the clause's own
    negation (blind 58, claims166)."""
    if "?" in sentence:
        return None
    at, lead = 0, []
    for m in _PIECES.finditer(sentence):
        words = _words(normalize(sentence[at : m.start()]))
        if words and not all(w in _AROUND_NOT_YET or w in _NOT_YET for w in words):
            break
        lead.append(words)
        at = m.end()
    if not any(_not_yet(words) for words in lead):
        return None
    rest = sentence[at:].strip()
    return rest[0].upper() + rest[1:] if _words(rest) else None


def answered_in_place(
    sentence: str, caller: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` of `sentence` read as the answer to the caller's last question (see above).
    In a text of several sentences the answer is the first ("Ja, hab ich. Noch etwas?"): the
    claims read inside it give way to what was asked, the rest's stay."""
    if not caller or "?" not in caller:
        return claims
    if asked_elsewhere(caller, names):
        return _elsewhere(sentence, claims)
    if asked(caller) is None:
        return claims
    first = _first_sentence(sentence)
    answer = answer_polarity(first, caller)
    if answer is None:
        return claims
    polarity, whole = answer
    told = claim_asked(first, caller, polarity, names)
    if whole and any(t.kind is ClaimKind.DONE for t in told):
        return claims + tuple(t for t in told if t not in claims)  # "Yes, you're in." says more
    if whole:
        return tuple(c for c in claims if c.end > len(first)) + told
    if any(c.kind in (ClaimKind.BOOKED, ClaimKind.DONE) for c in claims):
        return claims  # "Noch nicht ganz, gebucht ist er aber": read as said
    return claims + tuple(t for t in told if t not in claims)


def _first_sentence(text: str) -> str:
    """The first sentence the guard would speak of `text` (all of it when it is one)."""
    if not re.search(r"[.!…]\s+\S", text):
        return text
    spans = sentence_spans(text)
    return text[: spans[0][1]] if len(spans) > 1 else text


def _elsewhere(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A yes or no to a question about something else claims nothing, unless it names an
    outcome of its own ("Ja, und Ihr Termin ist gebucht.") or promises a follow-up."""
    text = normalize(sentence)
    words = _words(text)
    if not words or words[0] not in YES | _NO or len(words) > 8 or "?" in text:
        return claims
    if _OUTCOME.search(text):
        return claims
    # a promise the answer makes stays (blind 43, claims107): "Ruft mich jemand zurück?" ->
    # "Ja, der Salon meldet sich bei Ihnen" promises the callback asked about
    return tuple(c for c in claims if c.kind is ClaimKind.FOLLOW_UP)
