"""The caller's yes-or-no question turned into the statement a yes affirms (blind 44, claims108).

A caller who asks "Steh ich jetzt im Kalender?", "Ist mein Termin jetzt weg?", "Hätte Lena am
Samstag um elf noch Zeit?", "Is my appointment off now?" or "Will you remind me?" and hears "Ja."
or "Yes, it is." believes the question's statement as if the agent had said it: "Sie stehen jetzt
im Kalender.", "Ihr Termin ist jetzt weg.", "Lena hätte am Samstag um elf noch Zeit.", "Your
appointment is off now.", "I will remind you." (convention 74). This module only rewrites the
question: its speaker's persons swapped (ich <-> Sie, I <-> you, mein <-> Ihr, my <-> your, the
finite verb agreeing), the verb put after its subject, a tag ("…, oder?", "…, right?", "…, isn't
it?") and the question mark dropped. `answered_statement` reads what it says.

Not turned: a question with a question word ("Wann …?", "Who …?"), a request or a wish for
permission ("Können Sie …?", "Can I …?", "Would you …?": the yes agrees to an act to come), and a
negated question ("Bin ich nicht eingetragen?"), unless `gainsaid` asks for it without its
negation (the answer "Doch." or "You are, yes." says the opposite of the negation).
"""

from __future__ import annotations

import re

from agent.claims.caller_words import last_question
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text

_WORD = lazy(r"[^\W\d_][\w'’-]*|\d[\w:.]*|[^\w\s]+|\s+")
_ANYTHING = lazy(r"\b[Tt]here\s+is\s+(?:still\s+)?(?:anything|something)\b(?!\s+free)")
_WH_DE = frozenset(
    "wann wo wohin woher was wie welche welcher welches welchen welchem wer wem wen warum wieso "
    "weshalb wozu womit worauf".split()
)
_WH_EN = frozenset("when what where which who whom whose why how".split())
# a request or a wish for permission: the yes agrees to an act to come, it states nothing
_REQUEST = frozenset(
    "kann können könnten könntest würden würdest wollen möchten darf dürfte dürfen soll sollen "
    "can could would may might shall should".split()
)
_OPENERS = frozenset("also und so dann ok okay gut and then right".split())
# the verbs a German yes-or-no question opens with (any finite verb may; these are told by form)
_NEGATION_DE = lazy(r"\b(?:etwa\s+)?(?:noch\s+)?(?:nicht|kein\w*)\b(?:\s+etwa\b)?(?:\s+mehr\b)?")
_NEGATION_EN = lazy(r"\bnot\b|n't\b")
_YET = lazy(r"\b(?:yet|anymore|any\s+more)\b")
_TAG_DE = lazy(
    r"\s*(?:,?\s*oder(?:\s+nicht|\s+wie)?|,\s*(?:richtig|nicht\s+wahr|ne|nä|gell|gelle|"
    r"stimmt's|stimmt\s+das|ja|korrekt))\s*\?\s*$"
)
_TAG_EN = lazy(
    # "or not" as the German "oder nicht" (blind 58, claims166): "So am I in or not?"
    r"\s*,?\s+or\s+not\s*\?\s*$|"
    r"\s*,\s*(?:right|correct|yes|yeah|no|true|"
    r"(?:is|are|am|was|were|do|does|did|has|have|had|will|won't|isn't|aren't|ain't|wasn't|"
    r"weren't|don't|doesn't|didn't|hasn't|haven't|hadn't)(?:\s+not)?\s+(?:it|i|you|he|she|"
    r"they|we|that|there))\s*\?\s*$"
)

# person swaps: the caller's words in the agent's mouth
_DE_SWAP = {
    "ich": "Sie", "mich": "Sie", "mir": "Ihnen", "mein": "Ihr", "meine": "Ihre",
    "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer", "meines": "Ihres",
    "Ihnen": "mir", "Ihr": "mein", "Ihre": "meine", "Ihren": "meinen", "Ihrem": "meinem",
    "Ihrer": "meiner", "Ihres": "meines", "euch": "uns",
}  # fmt: skip
_EN_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
    "your": "my", "yours": "mine", "yourself": "myself",
    "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd",
}  # fmt: skip
# a German finite verb for the subject "Sie" said by the caller's "ich", and back
_DE_TO_SIE = {
    "bin": "sind", "hab": "haben", "habe": "haben", "hätte": "hätten", "war": "waren",
    "werde": "werden", "würde": "würden", "muss": "müssen", "kann": "können", "darf": "dürfen",
    "soll": "sollen", "will": "wollen", "weiß": "wissen", "krieg": "kriegen", "tu": "tun",
}  # fmt: skip
_DE_TO_ICH = {value: key for key, value in _DE_TO_SIE.items() if key not in ("hab", "krieg")}
_DE_TO_ICH.update({"haben": "habe", "kriegen": "kriege"})
_EN_AUX = frozenset(
    "is are am was were do does did has have had will won't isn't aren't wasn't weren't don't "
    "doesn't didn't hasn't haven't".split()
)
_EN_TO_YOU = {"am": "are", "was": "were"}
_EN_TO_I = {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}
_DE_PRONOUNS = frozenset("ich Sie es er sie das wir man alles der die dies dieser".split())
_DE_DETERMINERS = frozenset(
    "der die das den dem des mein meine meinen meinem meiner Ihr Ihre Ihren Ihrem Ihrer ein "
    "eine einen einem einer unser unsere dieser diese diesen".split()
)
_EN_PRONOUNS = frozenset("i you it that this we he she they there everything".split())
_EN_DETERMINERS = frozenset("my the your this that our a an".split())
_EN_NOUNS = frozenset(
    "appointment booking slot spot cancellation reservation hold text email one request time "
    "confirmation move salon change place visit session system calendar computer diary".split()
)
_WEEKDAYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text) if not t.isspace()]


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        if out and (w[0].isalnum() or w[0] in "'’\"(„“"):
            out += " "
        out += w
    return out


@per_text(256)
def asked_statement(caller: str, lang: str, without_negation: bool = False) -> str | None:
    """The statement the caller's last yes-or-no question asks to be affirmed, in the agent's
    words; None when the last words ask no such question (see above). `without_negation`: the
    negated question's statement without its negation ("Bin ich nicht eingetragen?" -> "Sie sind
    eingetragen.")."""
    q = last_question(caller).strip()
    if not q:
        return None
    tag = _TAG_DE if lang == "de" else _TAG_EN
    q = tag.sub("", q).rstrip(" ?")
    negation = _NEGATION_DE if lang == "de" else _NEGATION_EN
    if negation.search(q.lower()):
        if not without_negation:
            return None
        q = re.sub(r"\bwon't\b", "will", q, flags=re.IGNORECASE)
        q = negation.sub(" ", q)
        q = re.sub(r"\s+", " ", _YET.sub(" ", q) if lang == "en" else q).strip()
    elif without_negation:
        return None
    words = _tokens(q)
    while words and (words[0].lower() in _OPENERS or words[0] in (",", "–", "-", "—")):
        words = words[1:]
    if not words:
        return None
    first = re.split(r"['’]", words[0].lower())[0]  # "When's"
    if first in (_WH_DE if lang == "de" else _WH_EN) or first in _REQUEST:
        return None
    swapped = _swapped_de(words) if lang == "de" else _swapped_en(words)
    if swapped is None:
        return None
    text = _ANYTHING.sub("there is something free", _join(swapped))  # "Is there anything …?"
    return text[0].upper() + text[1:] + "."


def _subject_end(words: list[str], start: int, lang: str) -> int:
    """Where the subject that begins at `start` ends (0 when none is recognised): a noun
    phrase ("der Termin", "mein anderer Termin", "my appointment", "the salon"), a pronoun, a
    name or a day ("Lena", "Thursday at three"), a German prepositional phrase standing first
    ("bei Lena ist …")."""
    if start >= len(words):
        return 0
    w = words[start]
    low = w.lower()
    if lang == "de":
        if w in _DE_DETERMINERS or low in _DE_DETERMINERS:
            end = start + 1
            while (
                end < len(words)
                and end < start + 3
                and not words[end][0].isupper()
                and words[end].lower() not in _DE_DETERMINERS
            ):
                end += 1
            if end < len(words) and words[end][0].isupper() and words[end] != "Sie":
                return end + 1
        if w in _DE_PRONOUNS or low in ("ich", "es", "das", "alles", "man"):
            return start + 1
        if low in _DE_PREPOSITIONS and start + 1 < len(words):
            end = _subject_end(words, start + 1, lang)
            return end if end and words[start + 1] != "Sie" else 0
        if w[0].isupper() and low not in ("sie",):  # "Lena", "Fabian", "Donnerstag"
            return start + 1
        return 0
    if low in _EN_DETERMINERS:
        end = start + 1  # "my appointment", "the salon", "my Friday one"
        while end < len(words) and end < start + 3 and words[end].lower() not in _EN_NOUNS:
            end += 1
        if end < len(words) and words[end].lower() in _EN_NOUNS:
            return end + 1
    if low in _EN_PRONOUNS or low in _EN_SWAP:
        return start + 1
    if low in _WEEKDAYS or (w[0].isupper() and w.isalpha()):  # "Friday", "Lena"
        end = start + 1
        if end + 1 < len(words) and words[end].lower() == "at":  # "Thursday at three"
            end += 2
        return end
    return 0


_DE_PREPOSITIONS = frozenset("bei am um für mit an auf im in".split())


def _swapped_de(words: list[str]) -> list[str] | None:
    """A German question in the agent's words: the verb after its subject, persons swapped."""
    first = words[0]
    if first.lower() in _DE_OPENING_SUBJECTS:  # "Ich bin doch bei Fabian": a statement already
        end = _subject_end(words, 0, "de")
        return _persons_de(words, end) if end else None
    verb, rest = first, words[1:]
    if "'" in verb or "’" in verb:  # "Hat's geklappt", "Geht's"
        verb, clitic = re.split(r"['’]", verb, maxsplit=1)
        rest = ["es" if clitic.lower() == "s" else clitic, *rest]
    end = _subject_end(rest, 0, "de")
    if end == 0:
        return None
    subject, tail = rest[:end], rest[end:]
    return _persons_de([*subject, verb.lower(), *tail], len(subject))


# a subject a German question may open with when it is a statement said with a rising tone
_DE_OPENING_SUBJECTS = frozenset(
    "ich sie es das er wir der die den dem mein meine meinen meinem meiner ihr ihre ihren "
    "ihrem dieser diese".split()
)
_DE_CALLER = frozenset("ich mich mir mein meine meinen meinem meiner meines".split())


def _persons_de(words: list[str], verb_at: int) -> list[str]:
    """The caller's persons as the agent says them; the verb after the subject agrees."""
    out = list(words)
    for i, w in enumerate(words):
        if w == "Sie":
            out[i] = "ich" if i < verb_at else "mich"
        elif w.lower() in _DE_CALLER:
            out[i] = _DE_SWAP[w.lower()]
        elif w in _DE_SWAP:  # the salon's "Ihnen", "Ihr Salon" (capitalised: the caller's "you")
            out[i] = _DE_SWAP[w]
    if verb_at < len(words):
        subject = words[:verb_at]
        verb = words[verb_at].lower()
        if any(w.lower() == "ich" for w in subject):
            out[verb_at] = _DE_TO_SIE.get(verb) or (
                verb + "n" if verb.endswith("e") else verb + "en"
            )
        elif "Sie" in subject:
            out[verb_at] = _DE_TO_ICH.get(verb) or (
                verb[:-1]
                if verb.endswith("en")
                else verb[:-1] + "e"
                if verb.endswith("n")
                else verb
            )
    return out


def _swapped_en(words: list[str]) -> list[str] | None:
    """An English question in the agent's words: the auxiliary after its subject, persons
    swapped ("Did you cancel Friday?" -> "I did cancel Friday")."""
    aux = words[0].lower()
    if aux not in _EN_AUX:  # "So I'm booked with Lena on Saturday?", "You did cancel it"
        said = _persons_en(words, None)
        at = next((i for i, w in enumerate(words[:4]) if w.lower() in ("do", "does", "did")), None)
        return said if at is None else _without_do(said, at)
    end = _subject_end(words, 1, "en")
    if end == 0:
        return None
    ordered = _persons_en([*words[1:end], aux, *words[end:]], end - 1)
    return _without_do(ordered, end - 1) if aux in ("do", "does", "did") else ordered


_ADVERBS = frozenset("still really already also actually just ever definitely".split())
_PAST = {
    "go": "went", "get": "got", "put": "put", "send": "sent", "make": "made", "take": "took",
    "do": "did", "have": "had", "give": "gave", "set": "set", "cancel": "cancelled",
    "come": "came", "see": "saw", "find": "found", "hold": "held", "keep": "kept",
}  # fmt: skip


def _without_do(words: list[str], aux_at: int) -> list[str]:
    """The statement without its "do": "I did cancel Friday" -> "I cancelled Friday", "The
    salon does still need to approve it" -> "The salon still needs to approve it"."""
    at = aux_at + 1
    while at < len(words) and words[at].lower() in _ADVERBS:
        at += 1
    if at >= len(words) or not words[at].isalpha():
        return words
    verb, aux = words[at].lower(), words[aux_at]
    if aux == "did":
        verb = _PAST.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")
    elif aux == "does":
        verb = (
            "has"
            if verb == "have"
            else verb + "es"
            if verb.endswith(("s", "sh", "ch", "x", "o"))
            else verb + "s"
        )
    return [*words[:aux_at], *words[aux_at + 1 : at], verb, *words[at + 1 :]]


def _persons_en(words: list[str], aux_at: int | None) -> list[str]:
    """The caller's persons as the agent says them; the auxiliary after the subject agrees."""
    if aux_at is None:  # a statement already: "I'm with Fabian", "You cancelled it"
        aux_at = next((i for i, w in enumerate(words[:4]) if w.lower() in _EN_AUX), None)
    out = list(words)
    subject = [w.lower() for w in words[: aux_at or 0]]
    for i, w in enumerate(words):
        low = w.lower()
        if low == "you":
            out[i] = "I" if (aux_at is not None and i < aux_at) or i == 0 else "me"
        elif low in _EN_SWAP:
            out[i] = _EN_SWAP[low]
    if aux_at is not None and aux_at < len(words):
        aux = words[aux_at].lower()
        if "i" in subject:
            out[aux_at] = _EN_TO_YOU.get(aux, aux)
        elif "you" in subject:
            out[aux_at] = _EN_TO_I.get(aux, aux)
    return out
