"""Reading one English clause: which completed facts about the caller's appointment it states.

Same plan as the German reader: a word that means booked/noted/confirmed/cancelled/moved/expected
(by lemma or verb-particle phrase, `lexicon_en`), a form that states it as done ("I've booked",
"you're booked", "booked!", "you're all set", "see you Friday"), an object that is the caller's
appointment, and no negation, modal, condition or question taking it back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.claims import lexicon_en as L
from agent.claims import morph
from agent.claims.clause_feature import clause_feature
from agent.claims.clauses import (
    Boundary,
    Clause,
    Link,
    denies_alternative,
    only_details_follow,
)
from agent.claims.detail_clause import only_details
from agent.claims.details import (
    DAY_ABBREVIATIONS,
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
from agent.claims.name_start import TITLES, name_start
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
    ("confirm", L.CONFIRM),
    ("cancel", L.CANCEL),
    ("move", L.MOVE),
    ("done", L.DONE),
    ("hold", L.HOLD),
):
    for _w in _words:
        _CLASS[_w] = _name
_DAY_WORDS = frozenset(WEEKDAYS)  # "I've deleted Friday": the day's appointment
_KIND = {"book": K.BOOKED, "record": K.BOOKED, "cancel": K.CANCELLED, "move": K.RESCHEDULED}
_TRANSITIVE = {"book", "record", "confirm", "cancel", "move"}
_IRREGULAR_PAST = frozenset(
    {"put", "set", "got", "gotten", "done", "taken", "made", "written", "sent", "gone",
     "brought", "went", "did", "took", "wrote", "cut", "sorted", "struck", "stricken",
     "thrown", "shot", "slid", "kept", "held", "moved", "given", "become", "became",
     "withdrawn", "withdrew"}
)  # fmt: skip
_SEE_YOU_NOT = frozenset({"soon", "around", "later", "next", "sometime", "again"})
# an indefinite time after "see you": "another time", "some other time", "some day"
_SOME_OTHER = frozenset({"another", "some", "any"})
_DAYS = frozenset(WEEKDAYS) | frozenset(RELATIVE_DAYS)
# a message named or sent in the sentence: "text me the details", "I've texted you the details"
# sent to the caller already ("I've just texted you the details", "sent … to your phone")
_NO_NEED_TO_COME = lazy(
    r"\bno (need|reason) (for you )?to (come|come in|come by|show up|turn up|pop in|be here|"
    r"be there|make the trip)\b.*\b(anymore|any more|now|after all)\b"
)
_SENT_YOU = lazy(
    r"\b(i|we)('ve| have)? (just |already )?(texted|emailed|messaged|sent) you\b|"
    r"\b(texted|emailed|sent)\b.*\bto your (phone|mobile|email|inbox)\b"
)
_TEXT_SAYS = lazy(
    r"^(the|your|our|that) (confirmation )?(text|sms|email|confirmation) "
    r"(says|reads|shows|lists)\b(?! (nothing|no|you|that|if|whether)\b)"
)
_SENT_WORDS = frozenset(
    {
        "text",
        "email",
        "mail",
        "message",
        "messages",
        "sms",
        "inbox",
        "texted",
        "emailed",
        "messaged",
        "phone",
        "mobile",
    }
)
_CALLBACK_PHRASE = lazy("|".join(f"(?:{p})" for p in L.CALLBACK_PHRASES))
_PASS_ON_PHRASE = lazy("|".join(f"(?:{p})" for p in L.PASS_ON_PHRASES))
# adverbs that leave a state as it is: "you're definitely in", "it's all set"
_ADV = r"((all|now|officially|definitely|certainly|absolutely|really|properly|safely|firmly) )*"
# words that cannot be the subject of an inverted "should" ("Should be in, …", "Should have
# gone through, …"): the modal's own verb or an adverb, its subject dropped
_NO_SUBJECT = frozenset({"be", "have", "already", "now", "all", "definitely", "probably"})
_HABITUAL = frozenset({"usually", "always", "often", "normally", "generally", "typically"})

# word sets the rules below test word by word, united once
_AUX_LIKE = L.AUX | L.BE | L.HAVE | L.MODAL
_DISCOURSE_SO = L.DISCOURSE | {"so", "then", "now"}
_VOID_OR_APPOINTMENT = L.VOID | L.APPOINTMENT
# the patterns of _Context._states, _expect, _cancel_states and _idioms, compiled once
# blind 35 (claims80): "We're good to go" as "We're all set"
_WE_ARE_SET = lazy(r"^(we are|we're) (all |now )?(set|good|good to go|ready to go)$")
_ALL_SET = lazy(r"\b(all set|good to go|set in stone|ready to go|on the books)\b")
_YOU_ARE_SET = lazy(r"\b(you are|we are) " + _ADV + r"(set|in|on|good)$")
_IT_IS_IN = lazy(
    r"\b(appointment|booking|it|that|you) is " + _ADV + r"in$|"
    # its subject dropped after an epistemic modal (blind 58): "Should be in, but I'll verify"
    r"^(should|must|ought to) be " + _ADV + r"in$"
)
_THEY_ARE_IN = lazy(
    r"\b(both|the|your|our) ((two|both) )?(appointments|bookings)? ?are " + _ADV + r"in$"
)
_A_DATE = lazy(r"\bit is a date\b|\b(booking|appointment|it) is a go\b")
_EVERYTHING_SET = lazy(r"\b(everything|it|that|all|you all) (is|are) " + _ADV + r"set\b")
_GOT_YOU_DOWN = lazy(
    r"\b(i|we) (have|have got|got) you (down|in|booked|pencilled|penciled|scheduled|on)\b"
)
_DOWN_FOR = lazy(r"\byou are (all |now )?down for\b")
_STANDS = lazy(r"\b(appointment|booking|it) (is on|(still )?stands)$")
_SET_FOR = lazy(r"\b(you|we) are " + _ADV + r"(in|set|on|booked) (for|on|at) ")
_FIRM_BOOKING = lazy(
    r"\bnow a (firm |proper |real |confirmed )?booking\b|\ba (firm|confirmed) booking\b"
)
_COMPLETE = lazy(
    r"\b(is|are|was|were|be) (now |all |officially )?(complete|completed|successful|done|"
    r"finished|through|finalised|finalized|set)$"
)
# the call itself ("speaking with you today", "hearing from you"), not a visit (blind 20)
_THIS_CALL = lazy(
    r"\b(?:speak|speaking|spoke|talk|talking|talked|chat|chatting|chatted)\s+(?:with|to)\s+you\b|"
    r"\b(?:hearing|heard)\s+from\s+you\b|\byour\s+call\b"
)
_SEE_YOU_ANY = lazy(r"\b(see|seeing|expecting|expect) you\b")
_CANNOT_WAIT = lazy(r"\b(can not|cannot) wait to see you\b")
_SEE_YOU = lazy(r"\b(?:see|catch) you\b(.*)$")
_LOOK_FORWARD = lazy(
    r"\blook(s|ing)? forward to (seeing you|having you|welcoming you|your (visit|appointment))\b"
)
_LOOK_FORWARD_TO_IT = lazy(
    r"\byour (\w+ )?(appointment|visit|booking)\b.*\blook(s|ing)? forward to (it|that)\b"
)
_UNTIL = lazy(r"(until|till|til) (\w+)")
_FORWARD_TO_YOUR = lazy(
    r"\b(look(s|ing)? forward to |(can not|cannot) wait to (do|see|start) )(doing )?"
    r"your (\w+( \w+)?)"
)
_EXPECT_YOU = lazy(r"\bexpect(ing)? you\b")
_ENJOY = lazy(r"\b(enjoy|can't wait|cannot wait)\b.*\b(appointment|visit|see you)\b")
_WAIT_TO_SEE = lazy(r"\bcan not wait to see you\b|\bwait to see you\b")
_ARRIVE_EARLY = lazy(r"\barrive\b.*\b(early|on time|before)\b")
_NO_LONGER_ON = lazy(r"\bno longer on\b(?! hold\b)")  # blind 35: "no longer on hold" is no loss
_IS_OFF = lazy(r"\b(is|are) (now )?off$")
_NOT_TAKE_PLACE = lazy(
    r"\b(will not|won't|not) take place\b|\b(is not|will not be) (happening|going ahead)\b"
)
_NO_APPOINTMENT = lazy(r"\byou (do not|no longer) have an? (\w+ )?(appointment|booking)\b")
_BECOME = lazy(r"\b(has|have|had) become\b")
_EMPTY = lazy(r"^your (\w+ )?(chair|seat|slot|spot|place)\b.*\b(stays|is|remains) empty\b")
_FREE_AGAIN = lazy(
    r"\b(free|open|available) (again|for (someone|somebody|anyone) else"
    r"|for others|for other (clients|customers))\b"
)
_PLACES = "|".join(L.CALENDAR_PLACE)
_OVER_AMOUNT = lazy(
    r"\bover\s+(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|twenty|thirty|"
    r"forty|fifty|sixty|ninety)\b(?!\s+(?:day|days|week|weeks)\b)"
)
_CLOCK_WORD = lazy(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|a\.?m\.?|p\.?m\.?|am|pm|o'clock")
_GONE_IN = lazy(r"\bgone\s+(?:in|into)\b")
_OFF_THE_BOOKS = lazy(rf"\b(off|gone from|removed from) (the |our |\w+ )?({_PLACES})\b")
_STILL_ON = lazy(r"\b(is|are) (still |now )?on (for|at|with)\b|\b(is|are) still on$")
_YOUR_NAME = lazy(r"\b(under|in) your name\b")
_BELONGS = lazy(r"\bbelongs? to you\b")
_TURNED_INTO = lazy(r"\b(turned|converted|changed|made) (it )?into a (\w+ )?booking\b")
_ON_THE_LIST = lazy(rf"\b(on|in) (the |our |\w+ )?({_PLACES})\b")


_IRREGULAR_LEMMA = {
    "gone": "go", "went": "go", "sent": "send", "got": "get", "gotten": "get", "made": "make",
    "taken": "take", "took": "take", "written": "write", "wrote": "write", "struck": "strike",
    "brought": "bring", "done": "do", "did": "do", "put": "put", "set": "set",
    "withdrawn": "withdraw", "withdrew": "withdraw",
}  # fmt: skip


def _lemma(t: Token) -> str:
    lemma = _IRREGULAR_LEMMA.get(t.text, t.lemma)  # simplemma reads "gone" as "gan"
    if lemma not in _CLASS and lemma.endswith("ll") and lemma[:-1] in _CLASS:
        return lemma[:-1]  # simplemma: "cancelled" -> "cancell"
    if t.text in {"sorted", "sort"}:
        return "sort"
    return lemma


def _hedge(words: list[str]) -> bool:
    """ "I'm mistaken", "I'm not mistaken", "I'm not wrong" after "unless"/"if": the speaker's
    doubt about what follows, which still states it."""
    words = [w for w in words if w != "not"]
    return words[:2] == ["i", "am"] and words[2:3] in (["mistaken"], ["wrong"])


def _past(t: Token) -> bool:
    """A past tense or past participle form (booked, put, done)."""
    w = t.text
    if w in _IRREGULAR_PAST:
        return w != "do"
    return w.endswith("ed") and w != _lemma(t)


class EnglishReader:
    lang = "en"

    def __init__(self, names: Names):
        self.names = names
        self._name_words = names.words
        self._stylist_words = frozenset(w for _, ws in names.stylists for w in ws)

    def _detail_word(self, w: str) -> bool:
        return is_detail_word(w) or w in self._name_words or w in _DETAIL_FILLER

    def meaningful(self, lemma: str) -> bool:
        return (
            lemma in _CLASS
            or (lemma.endswith("ll") and lemma[:-1] in _CLASS)
            or lemma in {"forward", "expect", "confirmation", "appointment", "sort", "off"}
        )

    def boundary(self, tokens: Sequence[Token], i: int, start: int) -> Boundary | None:
        w = tokens[i].text
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        nxt2 = tokens[i + 2].text if i + 2 < len(tokens) else ""
        at_start = i == start
        prev = tokens[i - 1] if i else None
        if w == "and":
            if _imperative(tokens[start:i]):
                return Boundary(Link.CONDITION, 1)  # "Just confirm and it's done": if you do
            if _joins_noun_phrases(tokens, i, start):
                return None  # "I've saved your number and your Friday appointment": one verb
            return Boundary(Link.COORD, 1)
        if w == "or":
            return None if nxt in {"?", "", ".", "!"} else Boundary(Link.COORD, 1)
        if w == "but":
            return Boundary(Link.CONTRAST, 1)
        if (
            w == "that"
            and not at_start
            and nxt in L.SUBJECTS
            and prev
            and prev.text not in {"is", "'s", "all"}
        ):
            return Boundary(Link.COMPLEMENT, 1)
        if w == "whether":
            return Boundary(Link.WHETHER, 1)
        if w in {"if", "unless"} and _hedge([t.text for t in tokens[i + 1 : i + 5]]):
            return Boundary(Link.COMMA, 1)  # "Unless I'm mistaken, …": a hedge, no condition
        if w == "if":
            if prev and prev.lemma in {"know", "sure", "check", "see", "ask", "wonder", "tell"}:
                return Boundary(Link.WHETHER, 1)
            return Boundary(Link.CONDITION, 1)
        if w == "once" and nxt not in {"more", "again", "a"}:
            return Boundary(Link.CONDITION, 1)
        if w == "as" and nxt == "soon" and nxt2 == "as":
            return Boundary(Link.CONDITION, 3)
        if w in {"unless", "whenever"}:
            return Boundary(Link.CONDITION, 1)
        if (
            w == "should"
            and i == 0
            and nxt not in {"i", "we"}
            and nxt not in _NO_SUBJECT
            and any(t.text == "," for t in tokens[2:])
        ):
            # claims112 (blind 43): "Should anything come up on our end, we'll be in touch", as "if";
            # a verb or adverb after it is no inverted subject but the modal with its subject
            # dropped (blind 58): "Should be in, but I'll just verify that"
            return Boundary(Link.CONDITION, 1)
        if w == "in" and nxt == "case":
            return Boundary(Link.CONDITION, 2)
        if w == "when" and nxt not in L.AUX:
            return Boundary(Link.CONDITION, 1)
        if w in {"before", "until", "till", "after"} and self._clause_follows(tokens, i + 1):
            if w == "after":
                return Boundary(Link.AFTER, 1)
            return Boundary(Link.BEFORE, 1)
        if w == "after" and nxt.endswith("ing"):
            return Boundary(Link.CONDITION, 1)
        if w in {"because", "since"} and nxt in L.SUBJECTS:
            return Boundary(Link.PRESUPPOSED, 1)
        if w in {"because", "since"} and (nxt in WEEKDAYS or nxt in {"the", "your"}):
            if self._clause_follows(tokens, i + 1, subjects=frozenset(WEEKDAYS) | {"the", "your"}):
                return Boundary(Link.PRESUPPOSED, 1)  # "Since Thursday's set, …"
        if w == "now" and nxt == "that":
            return Boundary(Link.PRESUPPOSED, 2)
        if w == "as" and at_start and nxt in L.SUBJECTS and (nxt2 in L.BE or nxt2 in {"'s", "'re"}):
            return Boundary(Link.PRESUPPOSED, 1)  # "As it's all booked, …": because (claims68)
        contracted = i + 2 < len(tokens) and tokens[i + 1].start == tokens[i + 2].start
        if w == "so" and (
            # "so that's cancelled", "so that makes two" are not "so that"
            (
                nxt == "that"
                and not contracted
                and (nxt2 in L.SUBJECTS or nxt2 in _DETERMINERS or nxt2 in _NOBODY)
            )
            # "…, so nobody can take it", "so no one else gets it" (blind 35, claims79)
            or (not at_start and (nxt in _NOBODY - {"no"} or (nxt == "no" and nxt2 == "one")))
            or (not at_start and nxt == "the" and nxt2 in {"slot", "spot", "place"})
            or (
                nxt in {"i", "we", "you"}
                and nxt2 in {"can", "could", "will"}
                and not (at_start and nxt2 == "will")  # "So we won't see you …": then
            )
        ):
            return Boundary(Link.PURPOSE, 2 if nxt == "that" else 1)
        if (
            w == "to"
            and at_start
            and i + 1 < len(tokens)
            and tokens[i + 1].text == tokens[i + 1].lemma
            and nxt not in L.SUBJECTS
            and nxt not in {"the", "a"}
        ):
            return Boundary(Link.PURPOSE, 1)
        if w == "in" and nxt == "order" and nxt2 == "to":
            return Boundary(Link.PURPOSE, 3)
        if w == "without":
            return Boundary(Link.NEGATED, 1)
        assured = prev is not None and prev.text == "you" and i >= 2
        if assured and tokens[i - 2].lemma in {"assure", "promise", "guarantee"}:
            if w in L.SUBJECTS | {"the", "your", "this"}:
                return Boundary(Link.COMPLEMENT, 0)  # "I can assure you the booking stands"
        if prev is not None and prev.text in {"me", "us"} and i >= 2:
            prev = tokens[i - 2]  # "you told me it was ..."
        if (
            not at_start
            and prev is not None
            and prev.text != "see"
            and (
                prev.lemma
                in L.AFFIRM_VERB
                | L.REPORT_VERB
                | {"sure", "glad", "happy", "pleased", "afraid", "hope", "like", "news"}
                or prev.text in {"said", "told", "like"}
            )
            and w in L.SUBJECTS
            and self._clause_follows(tokens, i)
        ):
            return Boundary(Link.COMPLEMENT, 0)
        return None

    @staticmethod
    def _clause_follows(
        tokens: Sequence[Token], j: int, subjects: frozenset[str] = frozenset()
    ) -> bool:
        """A subject and a verb follow (a clause), not just a noun ("before your appointment")."""
        window = []
        for t in tokens[j : j + 5]:
            if not t.is_word:
                break
            window.append(t.text)
        if not window or window[0] not in L.SUBJECTS | {"booking", "my", "salon"} | subjects:
            return False
        if window[0] != "i":
            window = [w for w in window if w not in {"am", "pm"}]  # "10 am" is a time
        return any(
            w in L.AUX
            or w.endswith("ed")
            or w in {"say", "confirm", "come", "book", "approve", "approves", "give", "call"}
            # a past without "-ed" ("After you told me, I called off Monday"), "Before you ask:"
            # (blind 40)
            or w in {"said", "told", "gave", "came", "chose", "heard", "rang", "got", "made", "ask"}
            for w in window[1:]
        )

    def analyse(self, clause: Clause, sentence: Sequence[Clause]) -> ClauseInfo:
        words = [t.text for t in clause.tokens if t.is_word]
        info = ClauseInfo(clause)
        if not words:
            return info
        c = _Context(self, clause, sentence, words)
        info.negated = c.negated
        info.nonfactual = c.modal
        info.interrogative = _interrogative(words)
        info.tag = " ".join(words) in L.TAGS
        info.detail_only = (
            all(
                is_detail_word(w) or w in self._name_words or w in _DETAIL_FILLER or is_title(w)
                for w in words
            )
            and not _addressed(clause, sentence, words)
        ) or (
            len(words) > 1
            and words[0] in DAY_ABBREVIATIONS
            and all(is_detail_word(w) or w in _DETAIL_FILLER for w in words[1:])
        )  # "Fri 10am"
        if not info.detail_only and clause.link is not Link.START:
            # "…, though it's with Sophie", "…, men's cut with Fabian" (blind 29)
            info.detail_only = only_details(words, self._detail_word, self.names, _DETAIL_FILLER)
        info.relative = clause.link is Link.COMMA and words[0] in {"which", "who"}
        ws = set(words)
        info.third_party = (
            bool(ws & {"someone", "somebody", "beat"})
            or ("another" in ws and bool(ws & {"client", "customer"}))
        ) and not ("can" in ws and ws & {"now", "again"})  # "Someone else can have it now"
        info.reports = c.reports
        info.matrix = c.matrix()
        info.past = c.past_tense
        # "after the booking is made": a participle after a present "is" (blind 34, claims77)
        info.present_passive = bool(ws & {"is", "are", "am", "gets", "get"}) and not ws & {
            "was",
            "were",
            "had",
            "has",
            "have",
            "'ve",
            "been",
        }
        info.relevance = clause.link is Link.CONDITION and c.relevance()
        if info.detail_only:
            return info
        info.candidates = [x for x in c.candidates() if x is not None]
        if not info.candidates:
            fallback = c.fail_safe()
            info.candidates = [fallback] if fallback else []
        info.subject = not info.candidates and c.subject_of_later_clause()
        if not (c.negated or c.modal or c.will):
            info.candidates = conjunct_claims(info.candidates, words, _appointment_kind)
        info.candidates = without_superseded(info.candidates)
        if ws & _HABITUAL and not ws & L.CALLER:
            # what the salon usually does, said of no one: "We normally send confirmations"
            info.candidates = [x for x in info.candidates if x.presupposed]
        return info


_NOBODY = frozenset({"nobody", "no", "noone", "someone", "somebody", "anyone", "everyone"})
# the copula or "got" of a subject that undergoes an act ("My coffee break got postponed")
_UNDERGOES = frozenset({"got", "gets", "was", "is"})
_DETERMINERS = frozenset({"your", "the", "a", "an", "my", "our", "you", "both"})


def _verbal(t: Token) -> bool:
    w = t.text
    return (
        w in _AUX_LIKE
        or _past(t)
        or _CLASS.get(_lemma(t)) is not None
        or (w.endswith("ing") and w != _lemma(t))
    )


def _any_of(words: Sequence[str], among: set[str]) -> bool:
    return any(w in among for w in words)


def _appointment_kind(word: str) -> ClaimKind | None:
    """What the caller's appointment named by this noun claims ("appointment" booked,
    "cancellation" cancelled); None for any other noun."""
    if word in L.EVENT_KIND:
        return ClaimKind(L.EVENT_KIND[word])
    return ClaimKind.BOOKED if word in L.APPOINTMENT and not word.endswith("s") else None


def _joins_noun_phrases(tokens: Sequence[Token], i: int, start: int) -> bool:
    """ "and" between two noun phrases of one predicate: "I've saved your number and your
    Friday appointment" (no verb after it), "Your appointment and confirmation text are on
    their way", "You and your son are both booked in" (no verb before it)."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in _DETERMINERS | {"callback"}:
        if i + 1 >= len(tokens) or not tokens[i + 1].text.isalpha():
            return False
    before = [t for t in tokens[start:i] if t.is_word]
    after = []
    for t in tokens[i + 1 :]:
        if not t.is_word:
            break
        after.append(t)
    if not before or not after or after[0].text in {"i", "we", "it", "that", "this", "they"}:
        return False
    if not any(_verbal(t) for t in after):
        return any(_verbal(t) for t in before)  # the object after the verb
    # "Both the cut and the perm are booked": a word after a determiner is a noun
    nouns = {k for k in range(1, len(before)) if before[k - 1].text in _DETERMINERS}
    verbal = any(_verbal(t) for k, t in enumerate(before) if k not in nouns)
    return not verbal and before[0].text in _DETERMINERS


def _callback(words: Sequence[str]) -> bool:
    """ "a callback", "a call-back request", "a call back from the salon" as a noun."""
    return any(
        w in {"callback", "call-back"}
        or (w == "call" and words[k + 1 : k + 2] == ["back"] and words[k - 1 : k] == ["a"])
        for k, w in enumerate(words)
    )


_OWN_SUBJECT = frozenset({"i", "we", "you", "he", "she", "it", "that", "this", "they", "there"})
_DETAIL_FILLER = frozenset(
    {"at", "on", "the", "with", "for", "to", "from", "and", "of", "in", "a", "your", "then", "w",
     "so", "that's", "instead", "same", "time", "day", "date", "stylist", "service", "a.m.",
     "p.m.", "though", "however"}  # "…, though with Sophie": the detail said after (blind 29)
)  # fmt: skip


def _interrogative(words: list[str]) -> bool:
    first = words[0]
    if first in L.WH and not (first == "when" and len(words) > 1 and words[1] not in L.AUX):
        return True
    return first in L.V1


class _Context(PresupposingRules):
    def __init__(self, reader: EnglishReader, clause: Clause, sentence: Sequence[Clause], words):
        self.r = reader
        self.clause = clause
        self.sentence = sentence
        self.toks = [t for t in clause.tokens if t.is_word]
        self.words = words
        self.ws = set(words)
        self.lemmas = [_lemma(t) for t in self.toks]
        ws = self.ws
        self.have = bool(ws & L.HAVE)
        self.be = bool(ws & (L.BE - {"am"})) or _seq(words, ("i", "am"))  # "10 am": a time
        modal = ws & (L.MODAL | {"needs", "wants"})
        if _seq(words, ("has", "to")) or _seq(words, ("have", "to", "be")):
            modal = modal | {"has"}  # "it has to be confirmed": an obligation, not a fact
        if "let" in modal and not (_seq(words, ("let", "me")) or _seq(words, ("let", "us"))):
            modal = modal - {"let"}  # "let you know" tells, "let me book" announces
        self.modal = bool(modal) and not self._performative_modal()
        self.epistemic = bool(ws & L.EPISTEMIC)
        self.will = bool(ws & {"will", "gonna"}) or ("going" in ws and "to" in ws)
        self.no_longer = _seq(words, ("no", "longer")) or _seq(words, ("not", "anymore"))
        self.negated = self._negated()
        self.caller = bool(ws & L.CALLER)
        self.speaker = bool(ws & {"i", "we"})
        self.reports = self._reports()
        self.detail_named = any(
            is_detail_word(w) and w not in {"at", "on", "the", "of", "in", "to", "am", "a"}
            for w in words
        ) or bool(ws & reader._name_words)
        self.past_tense = any(_past(t) for t in self.toks) or bool(ws & {"was", "were", "had"})

    # worked out when a rule first asks (clause_feature), not for every clause

    @clause_feature
    def appointment(self) -> bool:
        return bool(self.ws & L.APPOINTMENT) or bool(
            re.search(r"\b(your|the|that|this) \S+ o'clock\b", " ".join(self.words))
        )

    @clause_feature
    def event(self) -> ClaimKind | None:
        return self._event_kind()

    def _performative_modal(self) -> bool:
        ws = self.ws
        said = ws & {"confirm", "assure", "promise", "guarantee"}  # "I can assure you …"
        return bool(said) and bool(ws & L.PERFORMATIVE) and bool(ws & {"i", "we"})

    def _negated(self) -> bool:
        words = self.words
        if self.ws.isdisjoint(L.NEGATION):
            return False  # most clauses: no negation word, no idiom to set aside
        skip: set[int] = set()
        for idiom in L.NEGATION_IDIOMS:
            n = len(idiom)
            for i in range(len(words) - n + 1):
                if tuple(words[i : i + n]) == idiom:
                    skip.add(i)
        return any(w in L.NEGATION and i not in skip for i, w in enumerate(words))

    def _event_kind(self) -> ClaimKind | None:
        for w in self.words:
            if w in L.EVENT_KIND:
                return ClaimKind(L.EVENT_KIND[w])
        if self.appointment:
            return None
        for c in self.sentence:
            # "Done, your booking's been cancelled": the noun names what was cancelled, not
            # the kind of what is done
            said = {_KIND[cls] for t in c.tokens if (cls := _CLASS.get(_lemma(t))) in _KIND}
            for w in c.words:
                if w in L.EVENT_KIND:
                    kind = ClaimKind(L.EVENT_KIND[w])
                    return None if said and kind not in said else kind
        return None

    def companion_in_call(self) -> bool:
        """The caller's son, mother or husband booked in this call ("your son is booked with Lena
        on Saturday", "I've put your husband in"): a claim checked against the call's
        appointments, not one they already had ("your husband was in last week") nor their own
        doing ("your wife has booked")."""
        words = self.words
        if not any(w in L.COMPANIONS and k and words[k - 1] == "your" for k, w in enumerate(words)):
            return False
        if self.ws & {"already", "was", "were", "last", "usually", "anyway"}:
            return False
        has_one = (  # "your daughter has Saturday with Lena": hers, told with this call's
            "has" in self.ws
            and (self.appointment or self.detail_named)
            and not any(_CLASS.get(lm) for lm in self.lemmas if lm not in {"get"})
        )
        if self.ws & {"has", "had"} and not self.speaker and not has_one:
            return False
        return not self.reports and not self.negated

    def _reports(self) -> bool:
        belief = _caller_belief(self.words)  # "I understand you thought …" (claims116, 721)
        if (self.speaker and not belief) or _seq(self.words, ("hear", "from")):
            return False  # "You'll hear from us": a callback, not someone's report
        reporting = (
            belief
            or any(lm in L.REPORT_VERB - {"know"} for lm in self.lemmas)
            or bool(self.ws & {"said", "told", "thought", "mentioned", "asked"})
        )
        if reporting and self._as_you_asked():
            return False
        if not reporting:
            return False
        return bool(self.ws & ({"you", "someone", "somebody", "he", "she", "they"} | L.RELATIVES))

    def _as_you_asked(self) -> bool:
        """Blind 33 (claims70): the caller's wish recalled, not a report: "cancelled as you
        asked", "the appointment you asked for" (the only report words of the clause)."""
        w = self.words
        said = [k for k, x in enumerate(w) if x in {"said", "told", "mentioned", "asked", "wanted"}]
        others = (t.lemma for k, t in enumerate(self.toks) if k not in said)
        if not said or any(lm in L.REPORT_VERB - {"know"} for lm in others):
            return False
        return all(
            (k >= 2 and w[k - 2 : k] == ["as", "you"])
            or (
                w[k] == "asked" and k + 1 < len(w) and w[k + 1] == "for" and k and w[k - 1] == "you"
            )
            for k in said
        )

    def matrix(self) -> Matrix:
        ws = self.ws
        if self.words[:3] == ["as", "far", "as"] or _seq(self.words, ("according", "to")):
            return Matrix.AFFIRM  # "As far as I can see, …", "According to our calendar, …"
        affirm = any(lm in L.AFFIRM_VERB for lm in self.lemmas) or bool(ws & L.AFFIRM_WORD)
        doubt = any(lm in {"hope", "check", "wonder", "verify"} for lm in self.lemmas)
        if doubt and self.words[0] in {"check", "see", "look"}:
            doubt = False  # "Check your inbox, …": a request to the caller, not the speaker's doubt
        if "know" in self.lemmas and not self.negated and not self.modal and not self.speaker:
            return Matrix.AFFIRM  # "Lena knows you're coming": knowing is factive
        if doubt and self.have and any(t.text in {"checked", "verified"} for t in self.toks):
            return Matrix.AFFIRM  # "I've checked, …": the check is done
        if self.reports:
            return Matrix.WITHHOLD
        if (affirm or "sure" in ws) and self.negated:
            return Matrix.WITHHOLD
        if doubt and not affirm:
            return Matrix.WITHHOLD
        if affirm and self.modal:
            return Matrix.WITHHOLD
        return Matrix.AFFIRM if affirm else Matrix.NONE

    # ---- candidates --------------------------------------------------------------------------

    def relevance(self) -> bool:
        """ "If you'd like to know, …", "in case you're wondering": a condition on saying it."""
        return "you" in self.ws and bool(
            self.ws & {"know", "wondering", "wonder", "curious", "asking", "interested"}
        )

    # the rule methods of a clause, in order; each runs only where its `@needs` gate, if it has
    # one, opens (agent/claims/rule_gate.py): a rule without a gate runs on every clause
    RULES = (
        "_follow_up",
        "_verbs",
        "_states",
        "_possession",
        "_existence",
        "_placement",
        "_headed",
        "_stated_over_details",
        "_expect",
        "_message",
        "_text_says",
        "_cancel_states",
        "_visit",
        "_no_need_to_come",
        "_instruction",
        "_cant_make_it",
        "_informed",
        "_reference",
        "_idioms",
        "_implicative",
        "_worked_out",
        "_day_state",
        "_exception",
        "_we_have_you",
        "_active",
        "_with_stylist",
        "_done_idiom",
        "_checked",
        "_new_time",
        "_moved_by_effect",
        "_recap",
        "_presupposing_condition",
        "_prepared",
        "_visit_instruction",
        "_in_chair",
        "_in_callers_name",
        "_settled",
        "_presupposed_appointment",  # last: a claim the clause makes comes first
    )

    def _relatives(self) -> set[str]:
        """The relatives the clause names, not a service named after them ("I've booked the
        kids' cut": blind 34, claims77)."""
        words = self.words
        out = set()
        for i, w in enumerate(words):
            if w not in L.RELATIVES:
                continue
            rest = " ".join(words[i + 1 : i + 3])
            alone = read_details(rest, self.r.names).services
            if any(
                read_details(f"{w}{joint}{rest}", self.r.names).services - alone
                for joint in ("' ", " ")
            ):
                continue
            out.add(w)
        return out

    def candidates(self):
        if self._callback_noted():
            yield Candidate(K.FOLLOW_UP, follow_up=FollowUp.CALLBACK)
            return
        yield from run_rules(_RULES, self, clause_keys(self.ws, self.lemmas))

    @needs({"locked", "sealed", "settled", "secured"})
    def _settled(self) -> Candidate | None:
        """ "Your appointment will be on Friday at ten, that's settled": "that" is the caller's
        appointment the clause before names (not "The time is settled, only the day is open")."""
        words = [w for w in self.words if w not in {"all", "now", "then", "so"}]
        if len(words) == 1 and words[0] in {"locked", "sealed", "settled", "secured"}:
            return Candidate(K.BOOKED)  # "Locked.": a bare state, the booking's
        if words not in (["that", "is", "settled"], ["it", "is", "settled"]):
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or not _seq(before[0].words, ("your",)):
            return None
        return Candidate(K.BOOKED) if set(before[0].words) & L.APPOINTMENT else None

    @needs({"name"})
    def _in_callers_name(self) -> Candidate | None:
        """ "There's an appointment in your name on Friday", "Friday is booked under your
        name": an appointment in the caller's name, stated."""
        text = " ".join(self.words)
        if not re.search(r"\b(in|under) your name\b", text) or self.negated or self.modal:
            return None
        if self.will or self.clause.question or self.words[0] in L.V1 | L.WH:
            return None
        # (claims98, blind 40: "Friday at ten is confirmed in your name" too)
        booked = any(_CLASS.get(lm) in {"book", "record", "confirm"} and _past(t)
                     for t, lm in zip(self.toks, self.lemmas, strict=True))  # fmt: skip
        there = self.appointment and bool(re.search(r"\bthere (is|are)\b", text))
        return Candidate(K.BOOKED) if booked or there else None

    @needs({"chair"})
    def _in_chair(self) -> Candidate | None:
        hedged = self.ws & {"would", "could", "might", "can", "may", "should", "if"}
        blocked = self.negated or bool(hedged) or self.clause.question
        return caller_in_chair(self.words, self.lemmas, blocked, "en", self.r._stylist_words)

    def _callback_noted(self) -> bool:
        """ "Someone will call you back once we know, that's noted", "I've logged that as a
        callback request": what was noted is the callback the sentence promises."""
        ws = self.ws
        if self.negated or not {_CLASS.get(lm) for lm in self.lemmas} & {"record"}:
            if not ws & {"passed", "forwarded", "relayed"}:
                return False
        if not ws & {"that", "it", "this"} or self.appointment or len(self.words) > 6:
            return False  # "I've noted your callback request": the request, a message
        if "as" in ws and _callback(self.words):
            return True  # "I've logged that as a callback request"
        earlier = [c for c in self.sentence if c.index < self.clause.index]
        return any(
            re.search(r"\b(call|ring|phone|get back to) you\b|\bcall you back\b", " ".join(c.words))
            for c in earlier[-3:]
        )

    @needs({"recap", "summary", "summarise", "summarize", "sum"})
    def _recap(self) -> Candidate | None:
        """ "Just to recap: perm, Friday the 28th, ten a.m., with Fabian": a summary of nothing
        but the appointment's details states it (not "To recap: you'd like a perm")."""
        ws = self.ws
        if not (
            ws & {"recap", "summary", "summarise", "summarize"} or _seq(self.words, ("sum", "up"))
        ):
            return None
        follows = only_details_follow(self.clause, self.sentence, self.r._name_words)
        return Candidate(K.BOOKED) if follows else None

    def _kind_for(self, cls: str) -> ClaimKind | None:
        if cls in _KIND:
            return _KIND[cls]
        if cls == "confirm":
            named = self.appointment or self.detail_named or self.caller or self.words[0] == "you"
            named = named or any("status" in c.words for c in self.sentence)  # "Status: confirmed"
            named = named or any(  # "Fri 10am w/ Fabian – confirmed"
                c.index < self.clause.index
                and c.words
                and c.words[0] in {*DAY_ABBREVIATIONS, *WEEKDAYS}
                for c in self.sentence
            )
            return self.event or (K.BOOKED if named else K.DONE)  # "Confirmed ✅": any outcome
        if cls == "done":
            if self.words[0] in WEEKDAYS and not self.event:
                return K.BOOKED  # "Friday worked!": the day the caller wanted
            return self.event or self._antecedent() or K.DONE
        if cls == "hold":
            return K.BOOKED if self.ws & L.FIRM_ADVERB else None
        return None

    def _antecedent(self) -> ClaimKind | None:
        """ "I'll cancel it for you - that's done": "that" is the cancellation."""
        if not self.ws & {"that", "it", "this"}:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        for t in before[0].tokens if before else ():
            cls = _CLASS.get(_lemma(t))
            if cls in _KIND:
                return _KIND[cls]
        return None

    def _done_form(self, i: int) -> bool:
        """Stated as done: perfect, passive, simple past or a bare participle; not will/can/-ing."""
        words = self.words
        before = words[max(0, i - 4) : i]
        if "being" in before:
            return False
        if self.epistemic:
            return "be" in before or "have" in before
        if before[-2:] == ["had", "to"]:
            return not self.negated  # "we had to cancel your Friday": it was done
        if _seq(before, ("will", "have")) or _seq(words[:i], ("will", "have", "been")):
            return not self.negated  # "by then it'll have been entered": future perfect
        if self.modal or self.will:
            return False
        if words[max(0, i - 1) : i] in (["to"], ["get"], ["gets"]):
            return False  # "All I need is your yes and it gets booked": how it goes, not done
        return True

    def _verbs(self):
        toks = self.toks
        words = self.words
        for i, t in enumerate(toks):
            lemma = _lemma(t)
            attributive = self._attributive(i, t, lemma)
            if attributive is not None:
                yield attributive
                continue
            cls = None
            for j in range(i + 1, min(i + 4 + (words[-1:] == ["out"]), len(words))):
                key = (lemma, words[j])  # a particle at the clause's end may stand further off
                if words[j] == "in" and words[j + 1 : j + 3] == ["the", "way"]:
                    break  # "work got in the way": an idiom, not a booking
                if words[j] == "in" and (
                    words[j + 1 : j + 2] == ["time"] or words[j + 1 : j + 3] == ["good", "time"]
                ):
                    break  # "the cancellation got through in time": when, not "got you in"
                if key in L.PHRASAL:
                    cls = L.PHRASAL[key]
                    break
                if key == ("put", "on") and set(words[j + 1 : j + 4]) & L.CALENDAR_PLACE:
                    cls = "record"  # "put you on the schedule" (blind 35); not "on hold"
                    break
            if cls == "cancel" and lemma == "sign" and "on" in words[i + 2 : i + 4]:
                continue  # "Fabian's signed off on Friday": approved it, cancelled nothing
            if lemma == "make" and "note" in words[i + 1 : i + 4]:
                cls = "record"
            if cls is None:
                cls = _CLASS.get(lemma)
            if cls is None:
                continue
            if cls == "done" and lemma in {"do", "go", "work", "sort", "handle", "process"}:
                if lemma == "go" and (i + 1 >= len(words) or words[i + 1] != "through"):
                    continue
                if lemma == "do" and t.text != "done":
                    continue
            had_to = words[max(0, i - 2) : i] == ["had", "to"] and "last" not in self.ws
            # claims84: the past "fit" ("We've fit you in after all")
            fit = t.text == "fit" and (self.have or _seq(words, ("after", "all")))
            if _past(t) or had_to or fit or (cls == "move" and t.text == "replaces"):
                yield self._completed(i, t, cls)  # "Thursday at 3 replaces your Friday slot"
            elif cls == "confirm" and t.text == "confirm":
                yield self._performative(i)
            elif t.text.endswith("ing"):
                continue
            elif self.ws & {"hereby"} and cls in _KIND and "i" in self.ws:
                yield Candidate(_KIND[cls])

    def _attributive(self, i: int, t: Token, lemma: str) -> Candidate | None:
        """ "your booked appointment", "the cancelled booking": a presupposition."""
        cls = _CLASS.get(lemma)
        if t.text in {"called-off", "scrapped"}:  # blind 33 (claims70): "the called-off slot"
            cls = "cancel"
        elif (cls not in _KIND and cls != "confirm") or not _past(t):
            return None
        words = self.words
        if i + 1 >= len(words) or not self._attributed_noun(i + 1):
            return None
        if i == 0 or words[i - 1] not in {"your", "the", "this", "that"}:
            return None
        asked = self.clause.question or self.modal or self.words[0] in L.V1
        scope = self._np_scope(i - 1, i + 1) if asked else None  # not what a question offers
        return Candidate(_KIND.get(cls, K.BOOKED), presupposed=True, scope=scope)

    def _attributed_noun(self, k: int) -> bool:
        """The participle's noun is the appointment: "booked appointment", a weekday before it
        ("cancelled Friday slot"), or a service ("your cancelled perm"; blind 33, claims70)."""
        w = self.words[k]
        if w in L.APPOINTMENT:
            return True
        if w in WEEKDAYS:
            return k + 1 < len(self.words) and self.words[k + 1] in L.APPOINTMENT
        return w in self.r._name_words and w not in self.r._stylist_words

    def _np_scope(self, start: int, noun: int) -> tuple[int, int]:
        toks = self.toks
        end = noun
        while end + 1 < len(toks) and (
            is_detail_word(toks[end + 1].text)
            or toks[end + 1].text in self.r._stylist_words
            or toks[end + 1].text in {"on", "at", "with", "the"}
        ):
            end += 1
        return toks[start].start, toks[end].end

    def _completed(self, i: int, t: Token, cls: str) -> Candidate | None:
        ws = self.ws
        if (
            cls == "record"
            and t.text == "noted"
            and not (
                self.have
                or self.be
                or ws & {"you", "it", "that", "all", "everything"}
                or self.appointment
            )
        ):
            return None  # "Noted, thanks": understood, not written into the calendar
        if self.no_longer and cls in {"book", "record"}:
            return Candidate(K.CANCELLED)
        if cls == "record" and self._note_for_salon() is not None:
            return None  # "I've noted for the salon that …": a message, read as one
        if self.negated or not self._done_form(i):
            return None
        if ws & {"maybe", "perhaps", "possibly", "probably"} and not self.speaker:
            return None  # "maybe the salon cancelled it already": a guess, not a report
        if cls == "done":
            if not self._only(
                ws,
                extra={
                    "through",
                    "care",
                    "taken",
                    "dusted",
                    "sorted",
                    "job",
                    "consider",
                    "worked",
                    "went",
                    "gone",
                    "has",
                    "everything's",
                    "everything",
                    "that's",
                    "looks",
                    "like",
                    "seems",
                    "successfully",
                    "really",  # "the cancellation really went through": emphasis, no hedge
                    # an evaluation of the outcome presupposes it (blind 34): "Fortunately the
                    # booking was processed", "Thankfully it went through"
                    "fortunately",
                    "luckily",
                    "thankfully",
                    "happily",
                    "definitely",
                    "actually",
                    "certainly",
                    "officially",
                    "end",  # "went through in the end"
                    "out",  # "Thursday worked out"
                    "eventually",
                    "finally",
                    # the call's own past: "Done earlier in the call", "sorted a minute ago"
                    "earlier",
                    "ago",
                    "minute",
                    "minutes",
                    "call",
                    # claims74: "Sorted that a couple of minutes ago", "a few minutes back"
                    "couple",
                    "few",
                    "back",
                    t.text,
                }
                | L.SUCCESS_MANNER,
            ):
                return None
        service = cls in {"book", "confirm", "secure"} and self._service_named()
        if cls in _TRANSITIVE and not (self._object_ok() or service):
            return None  # "I've saved your number"; but "the colour is booked" is the service
        both = "and" in ws and bool(ws & L.APPOINTMENT)  # "Your appointment and callback are …"
        if cls in {"record", "book", "secure", "place"} and self._message_object() and not both:
            return None  # "I've booked you a callback": a message for the salon, read as one
        held = {"hold", "held", "reservation", "reserved", "holding"}
        if lemma_is(t, "release") and any(held & set(c.words) for c in self.sentence):
            return None  # "I've released the hold": the truth after a declined hold
        if lemma_is(t, "free") and "your" not in ws:
            return None  # "I've freed up a slot for you": made room, cancelled nothing
        if (ws & {"someone", "somebody", "another", "else"} or self._relatives()) and not (
            self.companion_in_call() and not ws & {"someone", "somebody", "another", "else"}
        ):
            return None  # "Someone cancelled", "your friend is booked": not this caller's
        if (
            self.words[:1] == ["your"]
            and len(self.words) > 2
            and not (
                self.words[1] in L.APPOINTMENT
                or self.words[1] in L.EVENT_KIND
                or self.words[1] in self.r._name_words
                or is_detail_word(self.words[1])
                or self.words[1]
                in {"new", "old", "booked", "confirmed", "perm", "haircut", "chair"}
                or bool(read_details(" ".join(self.words[:2]), self.r.names).services)
                or (self.words[1] in L.COMPANIONS and self.companion_in_call())
                or ("and" in ws and bool(ws & L.APPOINTMENT))  # "Your details and the appointment"
            )
            and self.words[2] not in L.APPOINTMENT
            # "Your grandma's Friday appointment was cancelled" (blind 56, claims167): the
            # appointment noun after its day
            and not (is_detail_word(self.words[2]) and set(self.words[3:4]) & L.APPOINTMENT)
        ):
            return None  # "Your holiday sounds booked": not the caller's appointment
        if self._speakers_own_thing():
            return None  # "My coffee break got postponed": the speaker's, not the caller's
        kind = self._kind_for(cls)
        if (
            cls == "done"
            and t.text == "sorted"
            and (_seq(self.words, ("you", "are")) or _seq(self.words, ("you", "sorted")))
        ):
            kind = K.BOOKED  # "You're sorted", "That's you sorted for Friday"
        if kind is None:
            return None
        if kind is K.BOOKED and not self._own_booking():
            return None
        if ws & L.TENTATIVE and kind is K.BOOKED:
            return None
        if (
            cls == "move"
            and t.lemma == "push"
            and not (ws & {"back", "to", "forward"} or self.appointment)
        ):
            return None
        if (
            cls == "cancel"
            and t.lemma in {"drop", "remove"}
            and not (self.appointment or "you" in ws or ws & L.CALENDAR_PLACE or ws & _DAY_WORDS)
        ):
            return None
        if (
            cls == "cancel"
            and t.lemma in {"delete", "erase", "wipe"}
            and not (
                self.appointment
                or ws & ({"you", "it", "that", "this"} | L.CALENDAR_PLACE | _DAY_WORDS)
            )
        ):
            return None  # "I've deleted your data": not the appointment
        return Candidate(
            kind,
            old=bool(ws & {"old", "previous", "original"}),
            new=bool(ws & {"new"}) or t.text.startswith("rebook"),
        )

    def _performative(self, i: int) -> Candidate | None:
        ws = self.ws
        words = self.words
        elliptical = words[0] in {"happy", "pleased", "glad", "delighted", "hereby"} or (
            _seq(words, ("my", "pleasure")) or _seq(words, ("our", "pleasure"))
        )  # "It's my pleasure to confirm your appointment"
        if self.negated or not (ws & {"i", "we"} or elliptical):
            return None
        before = words[max(0, i - 4) : i]
        if before[-1:] == ["to"] and not ws & {
            "happy", "pleased", "glad", "delighted", "like", "pleasure", "honour", "honor",
        }:  # fmt: skip
            return None
        if (
            "let" in ws
            or "please" in ws
            or "would" in before
            or "could" in before
            or "will" in before
        ):
            return None
        if not (self.appointment or self.detail_named or self.event or _next_complement(self)):
            return None
        if self.appointment and not self._object_ok():
            return None
        if _next_complement(self) and not self.appointment:
            return None  # the complement clause carries the claim
        if "new" in ws and self.appointment:
            return Candidate(K.RESCHEDULED)
        return Candidate(self.event or K.BOOKED)

    def _only(self, ws: set[str], extra: frozenset[str] | set[str] = frozenset()) -> bool:
        for w in ws:
            if (
                w in L.STATE_FILLER
                or w in extra
                or is_detail_word(w)
                or w in self.r._name_words
                or w in self.r.names.heads
                or w in L.APPOINTMENT
                or w in L.EVENT_KIND
                or w in L.CALENDAR_PLACE
                or w in L.FIRM
                or w in TITLES  # blind 41 (claims101): "all set … with Mr Spitzer"
            ):
                continue
            return False
        return True

    def _stylist_subject(self) -> bool:
        for i, t in enumerate(self.toks):
            if t.text in self.r._stylist_words:
                k = name_start(self.toks, i, self.r._stylist_words)  # "with Mr Spitzer" (blind 29)
                prev = self.toks[k - 1].text if k else ""
                if prev not in L.PREPOSITIONS_BEFORE_NAME:
                    return True
        return False

    def _own_booking(self) -> bool:
        ws = self.ws
        avail = ws & L.AVAILABILITY
        if "you" in ws and avail <= {"up", "solid", "fully"}:
            avail = set()  # "you're all booked up": the caller is
        if _seq(self.words, ("set", "up")):
            avail = avail - {"up"}  # "Your appointment is set up": arranged, not full
        if ws & {"firmed", "firm", "firming"}:
            avail = avail - {"up"}  # claims84: "I've firmed it up": made firm, not full
        if avail or ws & _HABITUAL:
            return False
        own = self.caller or bool(ws & {"i", "we"})
        if ws & {"already", "unfortunately", "sorry"} and not own:
            return False
        if self._stylist_subject() and not own:
            return False
        return True

    def _service_named(self) -> bool:
        return bool(read_details(" ".join(self.words), self.r.names).services)

    def _object_ok(self) -> bool:
        if self.ws & L.BOOKED_ELSEWHERE and not self.appointment:
            return False  # "You've already booked your holiday"
        if self.appointment or self.ws & {"you", "yourself"}:
            return True
        if any(w in L.INFO_NOUNS or w.endswith(("address", "number")) for w in self.ws):
            return False
        return True

    def _states(self) -> Candidate | None:
        """ "You're all set", "You're in", "It's on the books", "Locked in", "It's official"."""
        ws = self.ws
        words = self.words
        text = " ".join(words)
        found = None
        if _WE_ARE_SET.search(text):
            found = K.DONE  # "We're all set!": the speaker is done, whatever was done
        elif _ALL_SET.search(text):
            found = K.BOOKED
        elif _YOU_ARE_SET.search(text) or text in {
            "done deal",
            "it is a done deal",
            "that is a done deal",
        }:
            found = K.BOOKED
        elif (
            _IT_IS_IN.search(text)
            or _THEY_ARE_IN.search(text)  # "Both appointments are in"
            or _A_DATE.search(text)
        ):
            found = K.BOOKED  # "Your appointment's in!", "Yep, that's in", "It's a date"
        elif _EVERYTHING_SET.search(text):
            found = K.BOOKED
        elif re.search(
            r"\b(in|on) (the|our|"
            + "|".join(self.r._stylist_words or {"the"})
            + r") ("
            + "|".join(L.CALENDAR_PLACE)
            + r")\b",
            text,
        ) and (self.be or self.have or words[0] in {"in", "on"}):
            found = K.BOOKED
        elif _GOT_YOU_DOWN.search(text) or _DOWN_FOR.search(text):
            found = K.BOOKED
        elif ws & L.FIRM and "made" in ws and (self.appointment or ws & {"it", "that"}):
            if self.negated or self.modal or self.will:
                return None
            return Candidate(K.BOOKED)  # "I've made the reservation official"
        elif ws & L.FIRM and self.be and "hold" in ws:
            if self.negated or self.modal or self.will:
                return None
            return Candidate(K.BOOKED)  # "The hold is now permanent": upgraded in words
        elif ws & L.FIRM and self.be and (self.appointment or ws & {"it", "that"}):
            found = K.BOOKED
        elif _STANDS.search(text):
            found = K.BOOKED
        elif self.detail_named and _SET_FOR.search(text):
            found = K.BOOKED
        elif _FIRM_BOOKING.search(text):
            return None if self.negated or self.modal else Candidate(K.BOOKED)
        elif _COMPLETE.search(text) and (
            self.appointment or self.event or ws & {"it", "that", "everything"}
        ):
            found = self.event or (K.BOOKED if self.appointment else self._antecedent() or K.DONE)
        elif text in {
            "done",
            "all done",
            "done and done",
            "done and dusted",
            "job done",
            "sorted",
            "all sorted",
        }:
            found = K.DONE
        if found is None:
            return None
        if self.no_longer:
            return Candidate(K.CANCELLED)
        if self.negated or self.modal or self.will:
            if not (self.epistemic and "be" in ws):
                return None
        if not self._only(
            ws,
            extra={
                "all",
                "set",
                "in",
                "on",
                "good",
                "go",
                "down",
                "deal",
                "stands",
                "still",
                "pencilled",
                "penciled",
                "scheduled",
                "stone",
                "books",
                "it's",
                "ready",
                "now",
                "locked",
                "firm",
                "a",
                "complete",
                "completed",
                "successful",
                "done",
                "finished",
                "through",
                "finalised",
                "finalized",
                "certainly",  # "Yes, you're definitely in"
                "absolutely",
                *L.FIRM_ADVERB,
                "date",  # "It's a date"
            }
            | L.EPISTEMIC,
        ):
            return None
        if found is K.BOOKED and not self._own_booking():
            return None
        return Candidate(found)

    def _corrected(self) -> bool:
        """The clause right after denies an alternative detail: "…, not eleven", "…, not Friday"."""
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not nxt or nxt[0].words[:1] != ["not"] or len(nxt[0].words) < 2:
            return False
        return all(is_detail_word(w) or w in {"at", "on", "for", "the"} for w in nxt[0].words[1:])

    @needs({"yours", "has", "have", "got"})
    def _possession(self) -> Candidate | None:
        """ "The slot is yours", "You've got the appointment", "You have an appointment ..."."""
        ws = self.ws
        words = self.words
        if words[-1:] == ["yours"] or ("yours" in ws and self.be):
            if (
                self.negated
                or self.modal
                or ws & L.HOLD_TIME
                or (ws & {"for", "next"} and self.detail_named is False)
            ):
                if ws & L.HOLD_TIME or "next" in ws:
                    return None
            if self.negated or self.modal:
                return None
            if any(set(c.words) & L.HOLD_TIME for c in self.sentence):
                return None
            return Candidate(K.BOOKED)
        if "you" not in ws and "has" in ws and self.companion_in_call():
            if (
                self.modal
                or self.will
                or not self._only(ws, extra={"has", "an", "your", *L.COMPANIONS})
            ):
                return None
            return Candidate(K.BOOKED)  # "Your daughter has Saturday with Lena"
        if "you" not in ws or not (ws & {"have", "has", "got"}):
            return None
        if words[0] in L.V1 or self.negated or self.modal or self.will or "had" in ws:
            if self.no_longer and self.appointment:
                return Candidate(K.CANCELLED)
            return None
        if self.no_longer:
            return Candidate(K.CANCELLED)
        if any(_CLASS.get(lm) for lm in self.lemmas if lm not in {"get"} | L.APPOINTMENT):
            return None
        k = words.index("you")
        verbs = [j for j in range(k + 1, min(k + 3, len(words))) if words[j] in {"have", "got"}]
        if not verbs:
            return None
        obj = words[verbs[-1] + 1 :]
        if not (
            set(obj) & L.APPOINTMENT or (obj[:1] == ["it"] and len(obj) == 1) or self.detail_named
        ):
            return None
        if not self._only(ws, extra={"got", "it", "an", "your", "yourself"}):
            return None
        return Candidate(K.BOOKED)

    @needs(L.BE)
    def _existence(self) -> Candidate | None:
        """ "Your appointment is (now) on Friday at ten", "... is now an hour later"."""
        ws = self.ws
        if not self.be:
            return None
        moved = bool(ws & (L.MOVE_DIRECTION | {"instead"})) or (
            "now" in ws and _two_places(self.words)
        )
        if not self.appointment and not (
            "now" in ws
            and self.words[0] in {"it", "that", "you"}
            and (moved or (self.detail_named and self.words[0] == "you"))
        ):
            return None
        owned = "your" in ws or self._corrected()  # "the booking is for ten, not eleven"
        changed = bool(ws & {"now"})
        if self.negated or self.modal or self.will or ws & {"would"}:
            return None
        if not (owned or changed) or not (self.detail_named or moved):
            return None
        if not self._only(
            ws,
            extra={
                "hour",
                "day",
                "a",
                "an",
                "later",
                "earlier",
                "instead",
                "next",
                "booked",
                "confirmed",
                "hours",
                "days",
            },
        ):
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas):
            return None
        return Candidate(K.RESCHEDULED if moved else K.BOOKED)

    @needs(L.PLACE_VERBS, {"place"})
    def _placement(self) -> Candidate | None:
        """A declarative that places the caller's appointment at a day, time or stylist is an
        existence claim, whatever placing verb it uses: "Your appointment takes place on
        Friday", "Your perm is on Friday with Fabian", "On Friday at ten your appointment
        starts". Questions, conditions, offers, negations, wishes and slots in general ("your
        preferred time", "the next free appointment") are not."""
        ws = self.ws
        if self.negated or self.no_longer or self.modal or self.will or self.epistemic:
            return None
        if ws & {"would", "could", "might", "if"} or self.words[0] in L.V1 | L.WH:
            return None
        lemmas = set(self.lemmas)
        verbs = lemmas & L.PLACE_VERBS
        if {"take", "place"} <= lemmas | ws:
            verbs.add("take place")
        if not verbs or (ws & {"was", "were"} and "now" not in ws):
            return None
        if not (self._when_named() or self._names_stylist()):
            return None
        if ws & (L.NOT_PLACED | L.AVAILABILITY | L.TENTATIVE | L.HOLD_TIME | _HABITUAL):
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas):
            return None  # a claim word: the rules for it have weighed it
        verb_forms = {t.text for t, lm in zip(self.toks, self.lemmas, strict=True) if lm in verbs}
        extra = verb_forms | L.BE | {"takes", "take", "place", "now", "then", "so", "'s", "your"}
        if not self._only(ws, extra=extra | L.PREPOSITIONS | L.SALON_PLACE):
            return None  # another predicate ("is off", "is the last one left")
        words = self.words
        for k, w in enumerate(words):
            if w not in L.APPOINTMENT and w not in (self.r._name_words - self.r._stylist_words):
                continue
            before = words[max(0, k - 3) : k]
            if before[-1:] and before[-1] in L.PREPOSITIONS:
                continue  # "for your appointment": not what is placed
            if before[-1:] and before[-1] in L.OTHER_APPOINTMENTS:
                continue  # "your dentist appointment"
            if "your" in before or (before[-1:] == ["the"] and not self.clause.question):
                moved = "now" in ws and ws & (L.MOVE_DIRECTION | L.OLD)
                return Candidate(K.RESCHEDULED if moved else K.BOOKED)
        return None

    @needs({"your", "the"})
    def _headed(self) -> Candidate | None:
        """ "Your appointment: Friday, ten o'clock, with Fabian.": the caller's appointment as
        a heading and nothing but its details after the colon states it."""
        words = [w for w in self.words if w not in L.DISCOURSE]
        if not (2 <= len(words) <= 4) or words[0] not in {"your", "the"}:
            return None
        if not any(
            w in L.APPOINTMENT or w in (self.r._name_words - self.r._stylist_words)
            for w in words[1:]
        ):
            return None
        if any(w in L.NOT_PLACED or w in L.AVAILABILITY for w in words):
            return None
        if not only_details_follow(self.clause, self.sentence, self.r._name_words):
            return None
        return Candidate(K.BOOKED)

    @needs({"that", "those"})
    def _stated_over_details(self) -> Candidate | None:
        """ "So that's two appointments, Friday with Fabian and Saturday with Lena": the
        appointment(s) stated, with nothing but their details after it (not "That would be …",
        not a question)."""
        words = [w for w in self.words if w not in _DISCOURSE_SO]
        if self.negated or self.modal or self.will or len(words) > 5:
            return None
        if words[:2] not in (["that", "is"], ["those", "are"], ["that", "makes"]):
            return None
        if not any(w in L.APPOINTMENT or w.rstrip("s") in L.APPOINTMENT for w in words[2:]):
            return None
        if set(words) & (L.NOT_PLACED | L.AVAILABILITY):
            return None
        if not only_details_follow(self.clause, self.sentence, self.r._name_words, ":,–"):
            return None
        return Candidate(K.BOOKED)

    def _names_stylist(self) -> bool:
        words = self.words
        return any(
            w in self.r._stylist_words and k and words[k - 1] in {"with", "by"}
            for k, w in enumerate(words)
        )

    def _expect(self) -> Candidate | None:
        """ "See you Friday", "We look forward to seeing you", "We'll be expecting you"."""
        ws = self.ws
        words = self.words
        text = " ".join(words)
        if ws & {"would", "could", "might", "may"}:
            return None
        if self.negated and "wait" not in ws:
            # "So we won't see you on Friday then": the visit called off, said by its effect
            called_off = _SEE_YOU_ANY.search(text) and (
                ws & {"then", "anymore", "now"} or self.detail_named
            )
            if called_off and not ws & {"unfortunately", "closed", "if"} and not self.reports:
                return Candidate(K.CANCELLED)
            return None
        if ws & {"would", "could", "might", "may"}:
            return None
        if _CANNOT_WAIT.search(text):
            return Candidate(K.BOOKED)
        m = _SEE_YOU.search(text)
        if m:
            rest = m.group(1).split()
            if (
                rest
                and rest[0] in _SEE_YOU_NOT
                and not (rest[0] == "next" and len(rest) > 1 and rest[1] in {*WEEKDAYS, "week"})
                and not set(rest) & L.APPOINTMENT
            ):
                return None
            if rest and rest[0] in {"soon", "around"} and not set(rest) & L.APPOINTMENT:
                return None
            some_other = rest[:1] and rest[0] in _SOME_OTHER
            if some_other and not set(rest) & (_DAYS | (L.APPOINTMENT - {"time"})):
                return None  # blind 57 (claims155): "we'll see you another time": no visit set
            if not rest:
                return (
                    Candidate(K.BOOKED)
                    if "will" in ws or "we" in ws or self.sentence_has_goodbye_time()
                    else None
                )
            if (
                rest[0]
                in {"then", "there", "at", "on", "tomorrow", "next", "the", "in"}
                | set(WEEKDAYS)
                | set(RELATIVE_DAYS)
                or any(is_detail_word(w) for w in rest)
                or set(rest) & L.APPOINTMENT
            ):
                if rest[:2] == ["next", "time"]:
                    return None
                return Candidate(K.BOOKED)
            return None
        if _LOOK_FORWARD.search(text):
            return Candidate(K.BOOKED)
        if _LOOK_FORWARD_TO_IT.search(text):
            return Candidate(K.BOOKED)  # "… seen your appointment and he's looking forward to it"
        until = _UNTIL.match(text)
        if until and (until[2] in WEEKDAYS or until[2] in RELATIVE_DAYS or until[2] == "then"):
            return Candidate(K.BOOKED)  # "Until Friday, then – take care!"
        m = _FORWARD_TO_YOUR.search(text)
        if m and read_details(m[6], self.r.names).services:
            return Candidate(K.BOOKED)  # "Fabian is looking forward to your perm on Friday"
        if _EXPECT_YOU.search(text) and (
            ws & {"we", "i", "will", "be"} or self.r._stylist_words & ws
        ):
            return Candidate(K.BOOKED)
        if _ENJOY.search(text) or _WAIT_TO_SEE.search(text):
            return Candidate(K.BOOKED)
        if _ARRIVE_EARLY.search(text):
            return Candidate(K.BOOKED)
        return None

    def sentence_has_goodbye_time(self) -> bool:
        return False

    @needs({"says", "reads", "shows", "lists"})
    def _text_says(self) -> Candidate | None:
        """ "The text says Friday, ten a.m., Fabian": a text sent with the appointment in it."""
        if self.negated or not _TEXT_SAYS.search(" ".join(self.words)):
            return None
        return Candidate(K.BOOKED, presupposed=True)

    def _message(self) -> Candidate | None:
        """ "You'll get a confirmation text", "I've sent you a confirmation"."""
        ws = self.ws
        words = self.words
        noun = next((w for w in words if any(w.startswith(m) for m in L.MESSAGE_NOUN)), None)
        if noun and noun.endswith("s") and words.index(noun) == 0:
            return None  # "Confirmations are only sent after a booking": how it is done
        if noun is None and "cancellation" in ws:
            k = words.index("cancellation")
            if words[k + 1 : k + 2] and words[k + 1] in {
                "email",
                "text",
                "sms",
                "message",
                "notice",
                "note",
                "mail",
            }:
                noun = "cancellation"
        sentence = {w for c in self.sentence for w in c.words}
        details = (bool(sentence & _SENT_WORDS) and "details" in ws and self.appointment) or bool(
            re.search(r"\b(text|email|sms|message|mail) confirming\b", " ".join(self.words))
        )
        if noun is None and re.search(
            r"\b(text|email|sms|message) (that |which )?(i|we) (have |had )?(just |already )?sent\b",
            " ".join(self.words),
        ):  # "the text we just sent you": presupposes the outcome it told
            if ws & {"new", "time"} and not self.negated:
                return Candidate(K.RESCHEDULED, presupposed=True)
            return Candidate(K.DONE, presupposed=True)
        if noun is None and not details:
            return None
        lemmas = set(self.lemmas)
        if not (
            lemmas & L.MESSAGE_VERB
            or "way" in ws
            or "sent" in ws
            or "inbox" in ws
            or "text" in lemmas
            or ((self.be or self.epistemic) and bool(ws & {"there", "phone", "mobile", "inbox"}))
            or "pop" in lemmas
        ):
            return None
        sent_it = noun is not None and bool(  # "the confirmation I just sent": presupposed
            re.search(rf"\b{noun} (that |which )?(i|we) (have |had )?(just |already )?sent\b",
                      " ".join(self.words))
        )  # fmt: skip
        if sent_it and not self.negated:
            named = self.appointment or self.detail_named or "booking" in ws
            return Candidate(K.BOOKED if named else K.DONE, presupposed=True)
        if self.negated or ws & {"would", "could", "can", "may", "might", "want", "like", "need"}:
            return None
        if ws & (L.RELATIVES | {"someone", "somebody", "her", "his", "their"}):
            return None  # "Your friend already got her confirmation": someone else's
        if self.words[0] in L.V1 and self.words[0] not in {"will"}:
            return None
        if "cancellation" in ws:
            return Candidate(K.CANCELLED)
        if ws & {"new", "change", "reschedule"}:
            return Candidate(K.RESCHEDULED)
        if noun == "reminder" and not (
            self.appointment or ws & {"day", "before", "ahead", "advance", "beforehand", "prior"}
        ):
            return None
        if noun == "confirmation" and not (
            self.appointment or self.detail_named or "booking" in ws
        ):
            return Candidate(K.DONE)  # "A confirmation email is on its way": of the last outcome
        return Candidate(K.BOOKED)

    def _cancel_states(self) -> Candidate | None:
        """ "The appointment is off", "won't take place", "no longer booked"."""
        ws = self.ws
        text = " ".join(self.words)
        if self.no_longer and _NO_LONGER_ON.search(text) and self.detail_named:
            later = [c for c in self.sentence if c.index > self.clause.index]
            named = any(
                is_detail_word(w) and w not in _DETAIL_FILLER for c in later for w in c.words
            )
            # "You're no longer on Friday — it's Thursday at 3 now": Friday is where it was
            return Candidate(K.RESCHEDULED if named else K.CANCELLED)
        if _IS_OFF.search(text) and (self.appointment or ws & {"it"}):
            if self.negated or self.modal:
                return None
            return Candidate(K.CANCELLED)
        service = bool(ws & (self.r._name_words - self.r._stylist_words))
        void = ws & L.VOID - {"off", "over"}
        if _GONE_IN.search(text):  # claims88: "Your booking has gone in (to the calendar)"
            void = void - {"gone"}
        if void and self.appointment and self.be and not (self.negated or self.modal or self.will):
            pointed = self.words[0] in {"that", "this"}  # "That slot is gone, I'm afraid": taken
            if not self.clause.question and (
                self.words[0] in {"your", "the"} or (pointed and void - {"gone"})
            ):
                return Candidate(K.CANCELLED)  # "That ten o'clock is history"
        if _NOT_TAKE_PLACE.search(text) and (self.appointment or service):
            return Candidate(K.CANCELLED)  # "So the perm on Friday won't be happening"
        if _NO_APPOINTMENT.search(text) and (ws & {"anymore", "longer"}):
            return Candidate(K.CANCELLED)  # "You don't have an appointment with us anymore"
        became = _BECOME.search(text)
        if became and _named_on_both_sides(self.words, "become"):
            return Candidate(K.RESCHEDULED)  # "Friday ten a.m. has become Thursday three p.m."
        if self.clause.question or self.modal or self.words[0] in L.V1 | L.WH:
            return None
        emptied = _EMPTY.search(text)
        if emptied and not (self.negated or self.will or ws & {"if", "usually", "always"}):
            return Candidate(K.CANCELLED)  # "Your chair on Friday stays empty then"
        released = _FREE_AGAIN.search(text)
        if released and self.words[0] == "your" and self.appointment and not self.negated:
            return Candidate(K.CANCELLED)  # "Your Friday slot is free for someone else now"
        gone = "nothing" in ws and ws & {"anymore", "longer"} and "you" in ws
        if gone and (ws & L.CALENDAR_PLACE or self.appointment) and not ws & {"if", "yet"}:
            return Candidate(K.CANCELLED)  # "There's nothing in the diary for you anymore"
        return None

    # ---- promises of a follow-up ------------------------------------------------------------

    def _follow_up(self) -> Candidate | None:
        """A promise that something happens after the call: a callback ("I'll have someone call
        you back", "the salon will get back to you"), a message passed on ("I'll pass that on",
        "your message has been passed on"), a text ("you'll get a text"), a reminder."""
        ws = self.ws
        text = " ".join(self.words)
        sent_it = re.search(
            r"\b(confirmation|text|email|sms|message|reminder) (that |which )?(i|we) (have |had )?"
            r"(just |already )?(sent|texted|emailed)\b",
            text,
        )  # "Did you get the confirmation I just sent?": asks whether, presupposes it was sent
        if sent_it and not self.negated:
            reminder = sent_it[1] == "reminder"
            promise = FollowUp.REMINDER if reminder else FollowUp.TEXT
            return Candidate(K.FOLLOW_UP, presupposed=True, follow_up=promise)
        counted = re.search(r"\byou can (count on|expect) an? (call|callback|phone call)\b", text)
        if self.negated or (ws & {"would", "could", "can", "might", "may"} and not counted):
            return None  # "I can have someone call you back": an offer ("You can count on a call")
        if self.words[0] in L.V1 - {"will"} or self.words[0] in L.WH:
            return None
        lemmas = set(self.lemmas)
        caller_subject = self.words[0] == "you" or _seq(self.words, ("you", "will"))
        found = [(k, w) for k, w in enumerate(self.words)
                 if w.startswith(L.TEXT_NOUNS + L.REMINDER_NOUNS) and w != "messages"]  # fmt: skip
        reminders = [(k, w) for k, w in found if w.startswith(L.REMINDER_NOUNS)]
        # the noun is the last one ("text you the confirmation": "text" is the verb)
        k, noun = (reminders or found or [(0, None)])[-1]
        generic = (
            noun is not None
            and noun.endswith("s")
            and noun != "sms"
            and (k == 0 or self.words[k - 1] not in {"the", "your", "a", "an", "our", "my"})
        )  # "Confirmations are only sent after a booking": how it is done, not a promise
        if noun is not None and not generic:
            reminder = any(w.startswith(L.REMINDER_NOUNS) for w in self.words)
            verbs = {_lemma(t) for j, t in enumerate(self.toks) if j != k}
            received = verbs & L.RECEIVE_VERBS and caller_subject
            sent = verbs & L.SEND_VERBS and (self.speaker or "you" in ws or self.be)
            inbox = ws & {"inbox", "phone", "mailbox", "email", "messages"}
            received = received or (inbox and verbs & {"find", "check", "see", "pop"})
            received = received or (inbox and "have" in verbs and caller_subject)  # "on your phone"
            # "You've had a text for both appointments" (blind 56, claims162): had before the noun
            received = received or (caller_subject and "had" in self.words[:k])
            on_its_way = bool(
                re.search(
                    r"\b(on (its|their|the) way|heading your way|coming your way|gone out|"
                    r"went out|reached you|arriving|arrive any|land(ed)? (on|in)|says|reads)\b",
                    text,
                )
            )
            if (received or sent or on_its_way) and not (noun == "message" and not received):
                return Candidate(
                    K.FOLLOW_UP, follow_up=FollowUp.REMINDER if reminder else FollowUp.TEXT
                )
        if (
            re.search(r"\b(i|we|the salon|they) (will )?(text|email|sms|message)s? you\b", text)
            or _SENT_YOU.search(text)
        ) and not caller_subject:  # "I'll text you our address", "I've just texted you the details"
            return Candidate(K.FOLLOW_UP, follow_up=FollowUp.TEXT)
        sentence = {w for c in self.sentence for w in c.words}
        if "details" in ws and sentence & {"messages", "inbox", "phone", "email", "text"}:
            if self.be or self.epistemic:  # "Check your messages, the details should be there"
                return Candidate(K.FOLLOW_UP, follow_up=FollowUp.TEXT)
        if "remind" in lemmas and "you" in ws and not caller_subject:
            return Candidate(K.FOLLOW_UP, follow_up=FollowUp.REMINDER)
        if ws & L.IN_CALL and not ws & {"later", "tomorrow", "today", "soon"}:
            return None  # "I'll get back to you in a moment": in this call
        if _CALLBACK_PHRASE.search(text):
            if not (
                caller_subject
                and not re.search(r"\b(get|getting|receive|hear|expect|count|counting)\b", text)
            ):
                return Candidate(K.FOLLOW_UP, follow_up=FollowUp.CALLBACK)
        if self.speaker or self.be or self.will:
            if _PASS_ON_PHRASE.search(text):
                return Candidate(K.FOLLOW_UP, follow_up=FollowUp.MESSAGE)
        note = self._note_for_salon()
        if note is not None:
            return Candidate(K.FOLLOW_UP, follow_up=note)
        recorded = {"record", "book", "secure", "place"}
        noted = any(_CLASS.get(lm) in recorded for lm in lemmas) or lemmas & {"take", "pass"}
        noted = (
            noted
            or any(  # "I've put in a callback request"
                L.PHRASAL.get((a, b)) in recorded
                for a, b in zip(self.lemmas, self.words[1:], strict=False)
            )
        )
        to_salon = re.search(r"\b(for|to) (the salon|the team|the manager|the owner)\b", text) or (
            self.r._stylist_words & ws
        )
        message = ws & L.MESSAGE_OBJECTS or (ws & L.WEAK_MESSAGE_OBJECTS and to_salon)
        alongside = self.appointment and ws & {"and", "plus"}  # "your appointment and message"
        if noted and message and (alongside or not self.appointment) and self._done_or_now():
            # "I've noted your message"; "I've booked you a callback" promises the call
            promise = FollowUp.CALLBACK if _callback(self.words) else FollowUp.MESSAGE
            return Candidate(K.FOLLOW_UP, follow_up=promise)
        return None

    def _note_for_salon(self) -> FollowUp | None:
        """ "I've noted for the salon that …", "I've left a note for Fabian that …": what the
        caller said, written down for the salon, is a message (a callback when the note says
        someone will call back, not when it says the caller would like one)."""
        if self.negated or self.modal or self.clause.question or self.words[0] in L.V1:
            return None
        text = " ".join(self.words)
        noted = any(_CLASS.get(lm) == "record" for lm in self.lemmas) or re.search(
            r"\b(made|left|put|written|wrote|added) (a |an )?(note|memo)\b", text
        )
        stylists = "|".join(sorted(self.r._stylist_words)) or "-"
        to_salon = re.search(
            rf"\b(for|to) (the (salon|team|manager|owner|boss|front desk)|{stylists})\b", text
        )
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not (noted and to_salon and nxt and nxt[0].link is Link.COMPLEMENT):
            return None
        said = " ".join(nxt[0].words)
        wish = re.search(r"\b(would|'d|like|want|wants|wish|prefer|hope)\b", said)
        calls = re.search(r"\b(call|ring|phone|contact|get back)\w*\b", said)
        return FollowUp.CALLBACK if calls and not wish else FollowUp.MESSAGE

    def _message_object(self) -> bool:
        """What is recorded or booked is a message for the salon ("your message", "a callback",
        "your request to have your data deleted"), not the appointment."""
        if _callback(self.words):
            return True
        objects = L.MESSAGE_OBJECTS | L.WEAK_MESSAGE_OBJECTS
        words = self.words
        for k, w in enumerate(words):
            if w in objects:
                return True  # "your request to move the appointment": the request is noted
            if w in L.APPOINTMENT or w in L.EVENT_KIND:
                if words[k + 1 : k + 2] and words[k + 1] in objects:
                    return True  # "your appointment request"
                return False
        return False

    def _done_or_now(self) -> bool:
        return self.have or self.be or self.will or any(_past(t) for t in self.toks)

    # ---- what a noun phrase presupposes ---------------------------------------------------

    def subject_of_later_clause(self) -> bool:
        """ "Your appointment on Friday, at 10, is cancelled": the appointment named without a
        verb, whose verb a later clause of a statement carries (with no subject of its own), is
        that clause's subject, not a statement of its own (reader_de: `subject_phrase`)."""
        verbs = any(_past(t) or (t.text.endswith(("s", "ing")) and t.text != t.lemma)
                    for t in self.toks)  # fmt: skip
        if self.be or self.have or verbs or self.clause.question:
            return False
        if self.ws & {"you", "i", "we"} or not self.ws & L.APPOINTMENT:
            return False  # "Bring to your appointment on Friday, …": not a noun phrase alone
        for c in (c for c in self.sentence if c.index > self.clause.index):
            if all(is_detail_word(w) or w in _DETAIL_FILLER for w in c.words):
                continue  # "at 10": details of the subject
            return c.link is Link.COMMA and bool(c.words) and c.words[0] not in _OWN_SUBJECT
        return False

    @needs(L.APPOINTMENT)
    def _presupposed_appointment(self) -> Candidate | None:
        """ "your appointment on Friday", "the appointment you just booked": a question or an
        offer about it still takes it as existing (not a proposed one: "would be", not one
        asked about: "Friday or Saturday?", not one the clause cancels or moves)."""
        words = self.words
        subject = words[:2] in (["your", "appointment"], ["your", "booking"])
        if (subject and self.ws & {"would", "could", "might"}) or self.negated:
            return None
        if any(c.opener[:1] == ("or",) or c.words[:1] == ["or"] for c in self.sentence):
            return None  # "Is your appointment on Friday or Saturday?": asks which
        if any(_CLASS.get(lm) in {"cancel", "move"} for lm in self.lemmas) or self.ws & L.VOID:
            return None
        subject = self.words[:2] in (["your", "appointment"], ["your", "booking"])
        if subject and any(lm in L.NEUTRAL_PREDICATE for lm in self.lemmas):
            return None  # "Your appointment on Friday takes two hours": the fail-safe weighs it
        if self.subject_of_later_clause():
            return None  # "Your appointment on Friday, at 10, is cancelled": the later verb's
        for k, w in enumerate(words):
            if w not in L.APPOINTMENT - {"time", "place", "spot"} or w.endswith("s"):
                continue
            before = words[max(0, k - 2) : k]
            if not set(before) & {"your", "the"} or self.negated:
                continue
            after = words[k + 1 : k + 5]
            rel = re.match(r"(that |which )?(you|i|we) (have |had )?(just |already )?(\w+)",
                           " ".join(after))  # fmt: skip
            if rel and _CLASS.get(rel[5].removesuffix("ed")) in {"book", "record"}:
                return Candidate(K.BOOKED, presupposed=True)  # "the appointment you just booked"
            if "your" not in before:
                continue
            if (
                after[:1]
                and after[0] in {"on", "at", "for"}
                and any(
                    x in WEEKDAYS or x in RELATIVE_DAYS or re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", x)
                    for x in after[1:3]
                )
            ):
                if self.lemmas and self.lemmas[0] in {"find", "check", "look", "cancel", "move"}:
                    continue
                scope = self._np_scope(max(0, k - 1), k)
                return Candidate(K.BOOKED, presupposed=True, scope=scope)
        return None

    # ---- the visit and what it presupposes -------------------------------------------------

    def _visit(self) -> Candidate | None:
        """ "You're coming in on Friday", "you won't be coming", "you won't need to come in on
        Friday", "you're now coming Thursday instead": the visit stated as fact."""
        ws = self.ws
        words = self.words
        coming = self._coming_when()
        if coming is not None:
            return coming  # "When you come on Friday, ring …": presupposed, not conditional
        if "you" not in ws or words[0] in L.V1 or (self.speaker and "you" != words[0]):
            return None
        if not {"come", "coming"} & ws or ws & {"if", "could", "can", "might", "may", "would"}:
            return None
        if ws & {"from", "by", "back", "late", "later"} - L.MOVE_DIRECTION:
            return None  # "you come from Berlin", "come by car"
        moved = bool(ws & {"instead", "now"}) and bool(ws & ({"instead"} | L.MOVE_DIRECTION))
        told = any(
            set(c.words) & (self.r._stylist_words | {"team", "colleague"})
            for c in self.sentence
            if c.index == self.clause.index - 1
        )
        if not (self.detail_named or self.appointment or moved or told):
            return None
        if self.negated:
            # "you won't need to come in on Friday": gone, by a cancellation or a move
            return Candidate(K.GONE if ws & {"need", "have", "needn't"} else K.CANCELLED)
        if "need" in ws or ("have" in ws and "to" in ws):
            return None  # "you need to come in early": an instruction
        return Candidate(K.RESCHEDULED if moved else K.BOOKED)

    @needs({"need", "reason"})
    def _no_need_to_come(self) -> Candidate | None:
        """ "No need to come in on Friday anymore", "There's no need to show up on Friday now":
        the visit called off, said by its effect (without "anymore" or "now" it may be advice:
        "No need to come in on Friday, we can do it by phone")."""
        text = " ".join(self.words)
        if not _NO_NEED_TO_COME.search(text) or self.clause.question:
            return None
        if not (self.detail_named or self.appointment) or self.ws & {"if", "would", "could"}:
            return None
        return Candidate(K.GONE)  # true after a cancellation or a move away from the day

    def _instruction(self) -> Candidate | None:
        """ "Bring your glasses on Friday", "Enjoy your perm on Friday!", "We'll be ready for
        you at 10 on Friday": how to come, presupposing the visit."""
        words = [w for w in self.words if w not in {"please", "just", "do", "and", "so"}]
        if not words:
            return None
        text = " ".join(words)
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS or re.fullmatch(r"\d{1,2}(st|nd|rd|th)", w)
                  for w in self.words)  # fmt: skip
        service = bool(self.ws & self.r._name_words - self.r._stylist_words)
        if words[0] in {"bring", "wear", "enjoy", "arrive"} and "not" not in words[:2]:
            if day or (words[0] == "enjoy" and (self.appointment or service) and day):
                return Candidate(K.BOOKED)
        if (
            words[0] in {"remember", "make", "be", "try"}
            and re.search(r"\b(be there|be here|arrive|come in|get here|get there)\b", text)
            and (day or re.search(r"\b(before|for|to) your (\w+ )?appointment\b", text))
            and not self.negated
        ):
            return Candidate(K.BOOKED)  # "Remember to be there five minutes before your …"
        if self._for_your_appointment():
            return Candidate(K.BOOKED, presupposed=True)
        if _seq(self.words, ("ready", "for", "you")) and (day or self.detail_named):
            if not self.negated and not self.ws & {"would", "could", "if"}:
                return Candidate(K.BOOKED)
        return None

    def _for_your_appointment(self) -> bool:
        """ "For your appointment with Fabian, the car park opposite is best": advice that opens
        with the caller's appointment as its topic presupposes it (not a question, nor the
        speaker's own doing: "For your appointment, I need your name")."""
        words = self.words
        if self.clause.link is not Link.START or self.clause.question or len(words) > 8:
            return False
        if words[:2] not in (["for", "your"], ["to", "your"]):
            return False
        if not any(w in L.APPOINTMENT for w in words[2:4]) or self.be or self.have:
            return False
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not nxt or set(nxt[0].words) & ({"i", "we", "if", "when"} | L.MODAL):
            return False
        return not (nxt[0].words[0] in L.WH or nxt[0].words[0] in L.V1)

    def _coming_when(self) -> Candidate | None:
        """ "When you come on Friday, ring the bell …": an instruction for the day the caller
        comes presupposes the visit (not "If you'd like to come on Friday, …")."""
        if self.clause.link is not Link.CONDITION or "when" not in self.clause.opener:
            return None
        if not {"come", "arrive", "get"} & set(self.lemmas) or "you" not in self.ws:
            return None
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in self.words)
        if self.negated or self.modal or self.will or not day:
            return None
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        words = [w for w in nxt[0].words if w not in {"please", "just", "then"}] if nxt else []
        if len(words) < 2 or words[0] in L.SUBJECTS | L.AUX | L.WH | L.V1 | L.MODAL:
            return None
        if words[0] in {"call", "ring", "phone", "tell", "let", "text"} and not (
            {"bell", "doorbell", "buzzer"} & set(words)
        ):
            return None  # "…, call us first": not the visit
        verb = next(t for t in nxt[0].tokens if t.text == words[0])
        if not words[0].isalpha() or verb.text != _lemma(verb):
            return None  # an imperative is the bare verb
        return Candidate(K.BOOKED, presupposed=True)

    def _visit_named(self) -> bool:
        """The condition names the visit: a day, a time or the appointment ("on Friday", "to
        your appointment", "tomorrow at ten"), not only "it"."""
        return "after all" in " ".join(self.words) or any(
            w in WEEKDAYS or w in RELATIVE_DAYS or w[:1].isdigit()
            or w in {"appointment", "booking", "visit", "slot", "perm", "cut", "then", "there"}
            for w in self.words
        )  # fmt: skip

    def _cant_make_it(self) -> Candidate | None:
        """ "If you can't make it on Friday, …": a plan for missing it presupposes it."""
        text = " ".join(self.words)
        if self.clause.link is not Link.CONDITION:
            return None
        coming = self._coming_when()
        if coming is not None:
            return coming
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if (
            self.negated
            and re.search(r"\b(work|suit|make it|come)\b.*\bafter all\b", text)
            and nxt
            and any(_CLASS.get(_lemma(t)) == "cancel" for t in nxt[0].tokens)
        ):
            return Candidate(K.BOOKED, presupposed=True)  # "If Friday doesn't work after all, …"
        if (
            re.search(
                r"\byou (can not|cannot|are unable to|are not able to) (make it|come)\b", text
            )
            and not self._visit_named()
        ):
            return None  # "If you can't make it, please cancel in good time": a rule (claims112)
        if re.search(
            r"\byou (can not|cannot|are unable to|are not able to) (make it|come)\b", text
        ) or re.search(r"\byou are (running )?late for\b", text):
            return Candidate(K.BOOKED, presupposed=True)  # "If you're running late for …"
        return None

    @needs({"know", "inform", "notify", "tell", "brief", "warn"})
    def _informed(self) -> Candidate | None:
        """ "I've let Fabian know", "Lena knows", "the team has been told": the stylist told of
        the visit; a complement that follows carries the claim itself."""
        ws = self.ws
        staff = self.r._stylist_words & ws or ws & {"team", "colleague", "stylist"}
        if not staff or self.negated or self.modal or self.will:
            return None
        told = ("know" in self.lemmas and ("let" in ws or "knows" in ws)) or (
            bool({"inform", "notify", "tell", "brief", "warn"} & set(self.lemmas))
            and self.past_tense
        )
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        if not told or (nxt and nxt[0].link is Link.COMPLEMENT):
            return None
        return Candidate(K.BOOKED)

    @needs({"number", "reference", "code", "id", "no"})
    def _reference(self) -> Candidate | None:
        """ "Your booking reference is K-4-7-1-1": a number issued for the appointment."""
        text = " ".join(self.words)
        m = re.search(
            r"\b(booking|confirmation|reference|reservation|appointment|cancellation)\s+"
            r"(number|reference|code|id|no)\b",
            text,
        )
        if not m or self.negated or self.modal or not (self.be or "reads" in self.ws):
            return None
        if self.words[0] in L.V1 or self.words[0] in L.WH:
            return None  # "What's your booking number?": asks for one the caller has
        if any("internal" in c.words for c in self.sentence) and "your" not in self.ws:
            return None  # "There's an internal reference number, but …": the system's, not given
        kind = K.CANCELLED if m[1] == "cancellation" else K.BOOKED
        if m[1] == "confirmation":
            kind = K.DONE  # confirms whatever the call's last outcome was
        return Candidate(kind, presupposed=True)

    def _idioms(self) -> Candidate | None:
        """ "off the books", "still on for Friday", "under your name", "belongs to you",
        "turned into a booking", "your name is on the list", "taken the liberty of booking"."""
        ws = self.ws
        text = " ".join(self.words)
        if (self.negated and not self.no_longer) or self.modal or self.will:
            return None
        if _OFF_THE_BOOKS.search(text):
            return Candidate(K.CANCELLED)
        if _STILL_ON.search(text):
            if self.appointment or ws & {"it", "that", "everything", "you"}:
                return Candidate(K.BOOKED)
        if _YOUR_NAME.search(text) and (self.appointment or "it" in ws):
            return Candidate(K.BOOKED)
        if _BELONGS.search(text):
            return Candidate(K.BOOKED)
        if _TURNED_INTO.search(text):
            return Candidate(K.BOOKED)
        if "name" in ws and _ON_THE_LIST.search(text):
            return Candidate(K.BOOKED)  # "your name is on the list for Friday"
        return None

    @needs({"only", "just", "but", "except"})
    def _exception(self) -> Candidate | None:
        """ "I haven't booked anything for your son, only for you": the exception to a denied
        outcome has it ("only for you", "just you", "except you")."""
        words = self.words
        if not words or words[0] not in {"only", "just", "but", "except"}:
            return None
        rest = set(words[1:])
        allowed = {"for", "you", "with", "on", "at", "yours"} | self.r._name_words
        if "you" not in rest or not rest <= allowed | {w for w in rest if is_detail_word(w)}:
            return None
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        if not before or not set(before[0].words) & (L.NEGATION | {"haven't", "didn't"}):
            return None
        for t in before[0].tokens:
            cls = _CLASS.get(_lemma(t))
            if cls in _KIND and (_past(t) or t.text.endswith("ed")):
                return Candidate(_KIND[cls])
        return None

    @needs(L.BE)
    def _day_state(self) -> Candidate | None:
        """The caller's day or slot as the subject of a state: "Thursday's set", "Friday at ten
        is set" (booked), "As I said, Friday's gone", "The old slot is gone" (cancelled); not
        someone else's ("Sorry, Friday is already gone"), nor a question."""
        asked = self.clause.question and self.clause.link is not Link.PRESUPPOSED
        if self.negated or self.modal or self.will or asked or not self.be:
            return None
        words = [w for w in self.words if w not in L.DISCOURSE and w not in {"as", "i", "said"}]
        k = 0
        while k < len(words) and words[k] in {"so", "then", "your", "the", "old", "previous"}:
            k += 1
        start = k
        while k < len(words) and (is_detail_word(words[k]) or words[k] in {"slot", "spot"}):
            k += 1
        subject = words[start:k]
        if not subject or not any(w in WEEKDAYS or w in {"slot", "spot"} for w in subject):
            return None
        if {"slot", "spot"} & set(subject) and not set(words[:start]) & {"your", "old"}:
            return None  # "the slot is gone": a slot, not the caller's
        rest = [w for w in words[k:] if w not in L.BE and w not in {"now", "then", "for", "you"}]
        sentence = {w for c in self.sentence for w in c.words}
        if sentence & {"afraid", "sorry", "already", "unfortunately", "taken", "someone", "full"}:
            return None
        old = bool(set(words[:start]) & {"old", "previous"})
        if rest in (["set"], ["fixed"], ["sorted"], ["good"], ["on"]) and not old:
            return Candidate(K.BOOKED)
        if rest in (["gone"], ["history"]):
            return Candidate(K.CANCELLED, old=old)
        return None

    @needs({"worked", "panned", "came", "went"})
    def _worked_out(self) -> Candidate | None:
        """ "Glad Thursday worked out for you", "So the ten o'clock on Friday came through":
        a day, time or the appointment said to have worked out is in place (not "I hope Friday
        works out", "if Friday worked out")."""
        text = " ".join(self.words)
        m = re.search(r"\b(worked out|panned out|came through|went through)\b", text)
        if m is None or self.negated or self.clause.question or self.modal:
            return None
        if _any_of(self.words, {"if", "hope", "hopefully", "whether", "would"}):
            return None
        subject = self.words[: len(text[: m.start()].split())]
        if set(subject) & _NOT_THE_BOOKING:
            return None  # "the cancellation went through just in time": the verbs read it
        if any(is_detail_word(w) and w not in _DETAIL_FILLER for w in subject) or self.appointment:
            return Candidate(K.BOOKED)
        return None

    @needs({"liberty", "managed", "succeeded", "got", "was", "were", "could"})
    def _implicative(self) -> Candidate | None:
        """A verb whose past says its complement happened: "I managed to book you in", "We
        were able to squeeze you in", "I took the liberty of moving it", and "we could …" after
        "glad"/"happy" ("I'm glad we could lock that in for you"); the kind is the verb's."""
        words = self.words
        text = " ".join(words)
        m = re.search(r"\b(liberty of|managed to|succeeded in|got to|(was|were) able to)\s", text)
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        glad = {"glad", "happy", "pleased", "great", "nice", "good", "delighted", "lovely"}
        emotive = bool(before) and bool(set(before[0].words[-2:]) & glad)
        emotive = emotive or bool(set(words[:3]) & glad)
        could = re.search(r"\b(we|i) could\s", text) if emotive else None
        if m is None and could is None:
            return None
        if m is not None and not (self.past_tense or self.have):
            return None
        if self.negated or self.clause.question or _any_of(words, {"if", "hope", "would"}):
            return None
        j = len((m or could)[0].split()) + len(text[: (m or could).start()].split())
        if j >= len(words):
            return None
        lemma = self.lemmas[j]
        if lemma.endswith("ing") and _CLASS.get(lemma) is None:  # "the liberty of booking"
            lemma = next((x for x in (lemma[:-3], lemma[:-3] + "e") if x in _CLASS), lemma)
        cls = next(
            (L.PHRASAL[(lemma, w)] for w in words[j + 1 : j + 4] if (lemma, w) in L.PHRASAL),
            _CLASS.get(lemma),
        )
        kind = _KIND.get(cls) if cls else None
        return Candidate(kind) if kind in (K.BOOKED, K.CANCELLED, K.RESCHEDULED) else None

    # ---- more ways to say it is done --------------------------------------------------------

    def _plain(self) -> bool:
        return not (self.negated or self.modal or self.will or self.ws & {"would", "could"})

    @needs({"got", "have", "has"})
    def _we_have_you(self) -> Candidate | None:
        """ "So we've got you Friday at 10", "Fabian's got you on Friday at 10"."""
        ws = self.ws
        words = self.words
        holder = ws & {"we", "i"} or self._stylist_subject()
        if not holder or not self._plain() or "you" not in ws:
            return None
        k = words.index("you")
        if k == 0 or words[k - 1] not in {"got", "have", "has"}:
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas):
            return None
        if not self.detail_named or words[0] in L.V1 or ws & {"time", "room", "space"}:
            return None
        return Candidate(K.BOOKED)

    def _with_stylist(self) -> Candidate | None:
        """ "You're with Fabian on Friday at 10", "You're now seeing Fabian on Thursday",
        "Fabian will take care of your perm on Friday": the caller down with a stylist."""
        ws = self.ws
        text = " ".join(self.words)
        if not self.r._stylist_words & ws or self.negated or ws & {"would", "could", "can"}:
            return None
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in self.words)
        companion = re.search(r"\byour (\w+) is\b", text)
        if companion and companion.group(1) in L.COMPANIONS and self.companion_in_call():
            if (day or self._when_named()) and not self.modal and not self.will:
                return Candidate(K.BOOKED)  # "Your son is right after you at half ten with …"
        denied = denies_alternative(self.clause, self.sentence, self.r._stylist_words)
        timed = bool(re.search(r"^you are (now )?(with|seeing) \w+ (at|from) \w", text)) and (
            self._when_named() or any(is_detail_word(w) for w in self.words[-2:])
        )  # "you're with Fabian from ten"
        if not (day or denied or timed) or self.words[0] in L.V1:
            return None  # "you're with Lena, not Fabian": said of the booking
        if re.search(r"\byou are (now |all |definitely )?(with|seeing|booked with)\b", text):
            return Candidate(K.BOOKED)
        if not day:
            return None
        service = self.r._name_words - self.r._stylist_words
        if self._stylist_subject() and re.search(
            r"\b(take care of|do|see|have) (you|your)\b", text
        ):
            if "you" in ws or ws & service or ws & L.APPOINTMENT:
                return Candidate(K.BOOKED)
        return None

    @needs(L.ACTIVE)
    def _active(self) -> Candidate | None:
        """ "Your appointment is still active", "I still see it as active"."""
        ws = self.ws
        if not ws & L.ACTIVE or self.modal or self.will or not (self.appointment or "it" in ws):
            return None
        if self.no_longer:
            return Candidate(K.CANCELLED)
        return None if self.negated else Candidate(K.BOOKED)

    def _done_idiom(self) -> Candidate | None:
        """ "All squared away", "It's in the bag", "you're all squared away for Friday"."""
        text = " ".join(self.words)
        if not any(i in text for i in L.DONE_IDIOMS) or not self._plain():
            return None
        booked = self.detail_named or self.appointment or _seq(self.words, ("you", "are"))
        return Candidate(self.event or (K.BOOKED if booked else K.DONE))

    @needs({"✓", "complete", "completed", "done", "successful", "confirmed", "cancelled"})
    def _checked(self) -> Candidate | None:
        """ "Booking complete ✓", "✓ All done!": a check mark or a status headline says done."""
        ws = self.ws
        words = [w for w in self.words if w != "✓"]
        status = {"complete", "completed", "done", "successful", "confirmed", "cancelled"}
        headline = (
            len(words) <= 3
            and bool(set(words) & status)
            and set(words) <= status | L.APPOINTMENT | set(L.EVENT_KIND) | {"all", "status"}
        )
        if not ("✓" in ws or headline) or not self._plain():
            return None
        if any(_CLASS.get(lm) for lm in self.lemmas) and not headline:
            return None
        if "cancelled" in ws or "cancellation" in ws:
            return Candidate(K.CANCELLED)
        booked = self.detail_named or self.appointment or self.event is K.BOOKED
        if headline and not (booked or "✓" in ws) and not set(words) & {"all", "done"}:
            return None
        return Candidate(self.event or (K.BOOKED if booked else K.DONE))

    @needs({"new"})
    def _new_time(self) -> Candidate | None:
        """ "New time: Thursday 3 pm", "Your new slot is Thursday at 3"."""
        ws = self.ws
        if "new" not in ws or not ws & {"time", "slot", "date", "day", "appointment"}:
            return None
        if not self._plain() or self.words[0] in L.V1 | L.WH:
            return None
        nxt = [c for c in self.sentence if c.index == self.clause.index + 1]
        follows = (
            bool(nxt)
            and nxt[0].punct_before == ":"
            and any(is_detail_word(w) for w in nxt[0].words)
        )
        if self.detail_named or follows:
            return Candidate(K.RESCHEDULED)
        return None

    @needs({"instead", "rather", "later", "earlier"})
    def _moved_by_effect(self) -> Candidate | None:
        """A move told by its result: "So it's Saturday instead of Friday now", "Instead of
        Friday morning you've now got Thursday afternoon", "Your appointment's two hours later
        now", "We'll see you a day earlier then"."""
        ws = self.ws
        words = self.words
        if self.clause.question or words[0] in L.V1 | L.WH or self.negated or self.epistemic:
            return None
        if ws & ({"would", "could", "might", "maybe", "perhaps", "prefer", "want", "like",
                  "shall", "should", "if", "free", "available", "possible", "open"}
                 | L.AVAILABILITY):  # fmt: skip
            return None
        text = " ".join(words)
        now = bool(ws & {"now", "then"})
        instead = re.search(r"\b(instead of|rather than) (\w+)", text)
        if instead and now and is_detail_word(instead.group(2)):
            rest = text[: instead.start()] + text[instead.end() :]
            if any(is_detail_word(w) and w not in _DETAIL_FILLER for w in rest.split()):
                return Candidate(K.RESCHEDULED)
        shift = re.search(
            r"\b(a|an|one|two|three|four|half an|\d+) (day|days|hour|hours|minutes|week|weeks) "
            r"(later|earlier)\b",
            text,
        )
        seeing = _seq(words, ("see", "you"))
        if shift and (now or seeing) and (self.appointment or seeing or "you" in ws):
            if (self.modal or self.will) and not (seeing and self.words[0] == "we"):
                return None
            return Candidate(K.RESCHEDULED)
        return None

    # ---- the fail-safe -----------------------------------------------------------------------

    def fail_safe(self) -> Candidate | None:
        """What no rule recognised, read by its structure: a declarative, unhedged statement
        whose topic is the caller's appointment or visit is a claim of the kind its wording
        implies (booked unless it says cancelled or moved)."""
        instruction = self._instruction_for_visit()
        if instruction is not None:
            return instruction
        foreseen = self.will and self._stylist_subject() and not self.speaker  # "Fabian will …"
        hedged = (
            (self.modal and not foreseen) or self.epistemic or self.ws & {"would", "could", "might"}
        )
        claim_word = any(
            _CLASS.get(lm, "done") != "done"
            or (t.text.endswith("ing") and _CLASS.get(t.text[:-3], "done") != "done")
            for t, lm in zip(self.toks, self.lemmas, strict=True)
        )  # "I'm booking you in": the lexicon's to weigh ("doing", "going" are any verb)
        if hedged or self.negated or claim_word:
            return self.unrecognised_statement()
        return (
            self._visit_statement() or self._done_to_appointment() or self.unrecognised_statement()
        )

    def _when_named(self) -> bool:
        words = self.words
        for k, w in enumerate(words):
            if k and words[k - 1] in {"by", "until", "last", "before", "since", "till"}:
                continue
            if w in WEEKDAYS or w in RELATIVE_DAYS:
                return True
            if w in {"o'clock", "am", "pm"} and k and is_detail_word(words[k - 1]):
                return True  # "10 am", not "I'm"
            if re.fullmatch(r"\d{1,2}(st|nd|rd|th|am|pm)|\d{1,2}:\d{2}", w):
                return True
            if w == "at" and k + 1 < len(words) and re.fullmatch(r"\d{1,2}|[a-z]+", words[k + 1]):
                if words[k + 1] in NUMBERS or words[k + 1].isdigit():
                    return True
                if words[k + 1] in {"half", "quarter"} and words[k + 2 : k + 3] != ["an"]:
                    return True  # "at half ten", not "in half an hour"
        return self._detail_clause_before()

    def _detail_clause_before(self) -> bool:
        """ "On Friday, just check in at the front desk": the day fronted in a clause of its own."""
        before = [c for c in self.sentence if c.index == self.clause.index - 1]
        return (
            bool(before)
            and any(w in WEEKDAYS or w in RELATIVE_DAYS for w in before[0].words)
            and all(is_detail_word(w) or w in _DETAIL_FILLER for w in before[0].words)
        )

    def _instruction_for_visit(self) -> Candidate | None:
        """An instruction for a day or for the appointment presupposes the visit: "Come with
        unwashed hair on Friday", "Please bring your card to your appointment" (but not "Call us
        on Friday", "Let us know by Friday")."""
        words = [w for w in self.words if w not in {"please", "just", "and", "so", "then", "also"}]
        if len(words) < 3 or self.clause.question or self.modal:
            return None
        first = next(t for t in self.toks if t.text == words[0])
        finite = any(
            t.text in L.AUX or _past(t) or t.text in {"is", "are", "was", "were", "did", "does"}
            for t in self.toks
        )  # "Nothing was booked today", "Gift vouchers are available at the desk": a subject
        if (
            finite
            or first.text in L.V1 | L.WH | L.SUBJECTS | L.AUX | L.PREPOSITIONS | _NOT_A_VERB
            or first.text in L.DISCOURSE | L.SALON_PLACE | L.CALENDAR_PLACE | L.APPOINTMENT
            or first.text != first.lemma
            or first.text.endswith(("ly", "ed"))
            or (first.text.endswith("ing") and len(first.text) > 5)
            or is_detail_word(first.text)
            or first.text in self.r._name_words
            or not morph.is_known(first.text, "en")
        ):
            return None
        at_salon = bool(self.ws & {"desk", "reception", "salon"})
        if first.text in L.OFFER_VERBS and not (at_salon and first.text == "check"):
            return None
        # "your time" alone is no appointment: "Take your time", "Enjoy your time" (blind 12)
        own = any(w in L.APPOINTMENT - {"time"} for w in self.words) and "your" in self.ws
        if not (self._when_named() or own or at_salon):
            return None
        return Candidate(K.BOOKED)

    def _caller_object(self) -> bool:
        words = self.words
        for k, w in enumerate(words):
            if w == "you" and k > 0 and words[k - 1] not in {"for", "to", "thank", "thanks"}:
                return True
            if (
                w == "you"
                and k > 1
                and words[k - 1] == "for"
                and words[k - 2] in {"waiting", "ready"}
            ):
                return True  # "Your chair's waiting for you on Friday"
        service = self.r._name_words - self.r._stylist_words
        return "your" in self.ws and bool(self.ws & service) and self._stylist_subject()

    def _visit_statement(self) -> Candidate | None:
        """ "You're Fabian's 10 o'clock on Friday", "Fabian will be doing your perm on Friday",
        "Your chair's waiting for you on Friday": the visit stated without a claim word."""
        ws = self.ws
        if not self._when_named() or ws & (L.AVAILABILITY | _HABITUAL | L.HOLD_TIME):
            return None
        if "waiting" in ws and held_beside(self.sentence, self.clause.index, self.words):
            return None  # "Your spot … is waiting for you: reserved, not yet booked" (claims115)
        if ws & {"prefer", "rather", "usually", "free", "time", "off", "busy", "work", "working"}:
            return None
        if ws & {"lose", "losing"}:
            return None  # claims84: "Sorry to lose you on Friday": the visit given up, not stated
        if ws & {"best", "favourite", "favorite", "preferred", "suited", "suits", "suit"}:
            return None  # "Ten o'clock suited you best": the caller's preference (blind 15, 29)
        if self.will and not (self._stylist_subject() and not self.speaker):
            return None  # "I'll see what I can do on Friday"; but "Fabian will be doing …"
        if set(self.lemmas) & L.OFFER_VERBS:
            return None
        if _THIS_CALL.search(" ".join(self.words)):
            return None  # "It's been a pleasure speaking with you today": the call, no visit
        moved = "instead" in ws or (ws & L.MOVE_DIRECTION and "now" in ws)
        kind = K.RESCHEDULED if moved else K.BOOKED
        if self.words[0] == "you" and self.be and not self.speaker:
            extra = {"client", "customer", "first", "last", "appointment", "'s", "next", "up"}
            extra |= {"too", "also", "as", "well"}  # "You're in on Saturday at eleven too"
            if self._only(ws, extra=extra | {"in", "at", "with", "there", "the"} | L.SALON_PLACE):
                return Candidate(kind)
            return None
        if self._caller_object() and not self.words[0] == "you":
            return Candidate(kind)
        return None

    def _done_to_appointment(self) -> Candidate | None:
        """ "You've snagged the last spot", "I've made the reservation official"."""
        ws = self.ws
        if not self.have or not ws & {"you", "i", "we"} or self.words[0] in L.V1:
            return None
        done = next((t for t in self.toks if _past(t) and t.text not in {"had"}), None)
        if done is None or _lemma(done) in L.OFFER_VERBS - {"make", "get", "put"} | _SEARCH_EN:
            return None
        words = self.words
        for k, w in enumerate(words):
            if w not in L.APPOINTMENT or w.endswith("s"):
                continue
            before = words[max(0, k - 3) : k]
            if set(before) & {"for", "to", "about", "with"}:
                continue
            if set(before) & {"your", "the", "this", "that"}:
                if ws & L.TENTATIVE:
                    return None
                return Candidate((L.EVENT_KIND.get(w) and ClaimKind(L.EVENT_KIND[w])) or K.BOOKED)
        return None

    def unrecognised_statement(self) -> Candidate | None:
        """A statement about the caller's appointment in words no rule knows ("Your booking is
        void now", "Your appointment now starts at 3 pm"): read as a claim, so that an unseen
        wording is checked rather than let through; description and modality stay neutral."""
        ws = self.ws
        if self.modal or self.will or self.epistemic or ws & {"would", "could", "might"}:
            return None
        if self.speaker or ws & {"someone", "somebody"}:
            return None
        if self._relatives() and not self.companion_in_call():
            return None
        if self.words[0] in L.V1 or self.words[0] in L.WH:
            return None
        if not (
            self.be
            or self.have
            or any(
                _past(t) or (t.text.endswith(("s", "ing")) and t.text != t.lemma) for t in self.toks
            )
        ):
            return None  # a verbless fragment: its predicate is elsewhere
        topic = self._appointment_topic()
        if topic is None:
            return None
        if any(_CLASS.get(_lemma(t)) for t in self.toks if t.text not in _VOID_OR_APPOINTMENT):
            return None  # a claim word a rule has already weighed ("slot" the noun is not one)
        if ws & (L.FIRM | L.TENTATIVE | L.HOLD_TIME | L.AVAILABILITY):
            return None
        rest = [
            t for t in self.toks
            if not (
                t.text in L.STATE_FILLER or t.text in L.PREPOSITIONS or t.text in L.CALLER
                or is_detail_word(t.text) or t.text in self.r._name_words
                or t.text in L.APPOINTMENT or t.text in L.EVENT_KIND
                or t.text in {"my", "our", "this", "its", "his", "her", "their", "'s"}
            )
        ]  # fmt: skip
        if not rest:
            return None
        moved = ws & {"now"} and (ws & (L.MOVE_DIRECTION | {"instead"}) or self.detail_named)
        moved = moved and not ws & L.VOID  # "Friday's appointment is gone now": cancelled
        if moved and not self.negated and ws & {"start", "starts", "begins", "begin", "is"}:
            return Candidate(K.RESCHEDULED)
        gone_in = ws & L.VOID == {"gone"} and _GONE_IN.search(" ".join(self.words))
        void = ws & L.VOID and not gone_in  # claims88: "Your booking has gone in"
        # claims135: "takes a little over two hours": "over" an amount is "more than"
        void = void and not (ws & L.VOID == {"over"} and _OVER_AMOUNT.search(" ".join(self.words)))
        if self.no_longer or (void and not self.negated):
            return None if topic is K.CANCELLED else Candidate(K.CANCELLED)
        if any(_lemma(t) in L.NEUTRAL_PREDICATE or t.text in L.NEUTRAL_PREDICATE for t in rest):
            return None
        if self.negated:
            return None
        return Candidate(topic)

    def _speakers_own_thing(self) -> bool:
        """The clause's subject is a thing of the speaker's ("My coffee break got postponed
        again") said to undergo the act, with no caller in the clause: not the caller's
        appointment (claims158). Not "My colleague has booked you", "My booking system is …"."""
        words = self.words
        verb = next((j for j in (2, 3) if words[j : j + 1] and words[j] in _UNDERGOES), None)
        if words[:1] != ["my"] or verb is None or self.ws & L.CALLER:
            return False
        for noun in words[1:verb]:
            if noun in L.APPOINTMENT or noun in L.EVENT_KIND or noun in self.r._name_words:
                return False
            if is_detail_word(noun):
                return False
        return not read_details(" ".join(words[:verb]), self.r.names).services

    def _appointment_topic(self) -> ClaimKind | None:
        words = self.words
        for k, w in enumerate(words):
            if w not in L.APPOINTMENT and w not in L.EVENT_KIND and w != "o'clock":
                continue
            if w.endswith("s") or w == "time":
                continue  # "All our Saturday appointments": not this caller's one
            j = k  # claims135: "your old Friday 10 a.m. slot": the slot's time is no word apart
            while j > 0 and _CLOCK_WORD.fullmatch(words[j - 1]):
                j -= 1
            before = words[max(0, j - 3) : k]
            if w in {"slot", "spot", "place", "session"} and "your" not in before:
                continue  # "That slot is gone, I'm afraid": a slot, not the caller's appointment
            if before[-1:] and before[-1] in L.OTHER_APPOINTMENTS:
                continue  # "Your dentist appointment comes first": not the salon's
            if w == "o'clock" and "your" not in before:
                continue  # "The 10 o'clock is spoken for": a slot, not the caller's
            if before[-1:] and before[-1] in L.PREPOSITIONS:
                continue
            if not set(before) & {"your", "the", "this", "that"} and not any(
                b in WEEKDAYS for b in before
            ):
                continue
            kind = L.EVENT_KIND.get(w)
            return ClaimKind(kind) if kind else K.BOOKED
        return None


_REQUESTS = frozenset({"confirm", "say", "tell", "give", "reply", "text", "press", "answer"})


_NOT_A_VERB = frozenset(
    {"a", "an", "no", "nothing", "because", "since", "unfortunately", "hello", "hi", "thanks",
     "thank", "sorry", "yes", "yeah", "nope", "not", "never", "only", "even", "as", "if", "when",
     "while", "though", "although", "our", "my", "his", "her", "their", "its", "any", "some",
     "every", "each", "late", "early", "gift", "friday", "until", "till", "til", "unless"}
)  # fmt: skip
_SEARCH_EN = frozenset(
    {"find", "check", "look", "search", "offer", "suggest", "hold", "reserve", "request",
     "send", "ask", "see", "mention", "forget", "miss"}
)  # fmt: skip


def _imperative(tokens: Sequence[Token]) -> bool:
    """A request to the caller: "just confirm", "say yes", "give me the go-ahead"."""
    words = [t.text for t in tokens if t.is_word and t.text not in {"just", "please", "simply"}]
    return bool(words) and words[0] in _REQUESTS


def _named_on_both_sides(words: list[str], pivot: str) -> bool:
    """A day or time before and after `pivot`: "Friday ten a.m. has become Thursday three p.m."."""
    k = words.index(pivot)
    return any(is_detail_word(w) for w in words[:k]) and any(
        is_detail_word(w) for w in words[k + 1 :]
    )


def _two_places(words: list[str]) -> bool:
    """Two different days or times named: "your 10 o'clock on Friday is now a 3 o'clock"."""
    days = {w for w in words if w in WEEKDAYS}
    hours = {w for w in words if re.fullmatch(r"\d{1,2}(:\d{2})?|\d{1,2}(am|pm)", w)}
    return len(days) > 1 or len(hours) > 1


def lemma_is(t: Token, lemma: str) -> bool:
    return _lemma(t) == lemma


def _next_complement(c: _Context) -> bool:
    nxt = [x for x in c.sentence if x.index == c.clause.index + 1]
    return bool(nxt) and nxt[0].link is Link.COMPLEMENT


_BELIEVED = frozenset({"thought", "assumed", "believed", "figured", "imagined", "presumed"})


def _caller_belief(words: Sequence[str]) -> bool:
    """The caller's belief told back, with or without the speaker's "I understand" before it
    ("I understand you thought …", "you were under the impression …"): convention 721."""
    if "you" not in words:
        return False
    if any(w == "you" and words[k + 1] in _BELIEVED for k, w in enumerate(words[:-1])):
        return True
    return _seq(words, ("under", "the", "impression")) or _seq(words, ("of", "the", "opinion"))


def _seq(words: Sequence[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if n and seq[0] not in words:
        return False  # the cheap test first: most clauses hold no first word of it
    return any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1))


# the subjects of "went through" / "worked out" that are another outcome than the booking
_NOT_THE_BOOKING = frozenset({
    "cancellation", "cancelling", "canceling", "rescheduling", "reschedule", "move", "change",
    "refund", "message", "text", "callback",
})  # fmt: skip
_RULES = RuleTable.of(_Context, _Context.RULES)


def _addressed(clause, sentence, words: list[str]) -> bool:
    """The caller addressed by title and name in this clause (`details.addressed`)."""
    before = [x.words for x in sentence if x.index == clause.index - 1]
    last = clause.index == max(x.index for x in sentence)
    return addressed(words, list(before[0]) if before else [], last)
