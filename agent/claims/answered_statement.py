"""A short answer says what the caller's question said, read as a statement (blind 44, claims108).

`caller_answer.asked` knows the words of the usual questions ("gebucht?", "storniert?", "Did it
go through?"); the caller may ask in any words: "Steh ich jetzt im Kalender?", "Ist mein Termin
jetzt weg?", "Hätte Lena am Samstag um elf noch Zeit?", "Bekomme ich eine Erinnerung?", "Is my
appointment off now?", "Will you remind me?", "Is it still waiting on the salon?". When that
reading finds no outcome asked, the question is turned into the statement a yes affirms
(`asked_statement`) and read by the whole reader, without the caller's words; the answer
(conventions 74, 463, 5, 280, 190):

- a yes of answer words ("Ja.", "Absolut.", "Ja, stehen Sie.", "It is, yes.", "You do.") claims
  what the statement claims, with its details and nothing else: the answer's own words read
  alone ("Ja, hab ich." as a booking) give way to it, so a yes to "Haben Sie meinen Namen?" or
  "Ist das in der Nähe vom Bahnhof?" claims nothing;
- "Doch." or an echoed verb ("Doch, sind Sie.", "You are, yes.") to a negated question claims
  the statement without its negation; a bare "Ja." / "Yes." to it lends nothing (463);
- a "not yet" of answer words claims the booking not made (`not_booked`, 5), the cancellation
  not made (`not_cancelled`, 280) or the move not made (`not_moved`, 820; also a move asked as
  "Ist der Termin jetzt auf Donnerstag?") when the statement claims it; anything else, nothing
  (190);
- a bare no claims the cancellation not made when the statement claims it (`not_cancelled`,
  convention 824, read like the no to a booking question) and the move not made when it claims
  a move (`not_moved`, 843); any other no, or an answer with words of its own, is read as said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.answered_question import (
    _OUTCOME,
    _REASSURED,
    answer_polarity,
    clause_after_not_yet,
)
from agent.claims.asked_statement import asked_statement
from agent.claims.caller_answer import DENIED_BY_NO, NOT_DONE, _gainsaid, asked, claim_asked
from agent.claims.caller_words import caller_heard
from agent.claims.detail_asked import asks_detail, checks_detail
from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.echoed_noun import with_noun
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.other_asked import asks_after_other
from agent.claims.spoken_turn import sentence_spans

# what a "not yet" or a bare no to the statement's claim says: caller_answer's maps (5, 280, 820,
# 824, 843); to any other claim nothing (190)
# a no with the question's verb echoed and denied: "Nein, hab ich nicht.", "Nein, ist er nicht.",
# "No, I haven't.", "No, it isn't.", "No, I didn't."
_ECHOED_NO = lazy(
    r"^\W*(?:nein|nee|nö|no|nope)\W+(?:(?:hab|habe|ist|wurde|hat|haben)\s+(?:ich|er|es|sie|wir)|"
    r"(?:ich|er|es)\s+(?:hab|habe|ist|wurde|hat))\s+(?:\w+\s+)?nicht\W*$|"
    r"^\W*(?:no|nope)\W+(?:i|it|we|they|he|she)\s+(?:haven't|hasn't|didn't|isn't|wasn't|"
    r"(?:have|has|did|is|was)\s+not)\W*$"
)
# the caller's question a wish of their own, stated back ("You'd love a perm on Friday"): a yes
# or a read-back of it claims nothing (convention 90)
_WISH_STATED = lazy(
    r"^\W*(?:hi,?\s+|hello,?\s+|hallo,?\s+)?(?:you'd\s+(?:love|like)|you\s+would\s+(?:love|like)|"
    r"you\s+want|sie\s+(?:möchten|hätten\s+gern|würden\s+gern)|du\s+(?:möchtest|hättest\s+gern))\b"
)
# a yes that says "both" (blind 47, claims119), to a question whether all or both are booked
_BOTH_YES = lazy(
    r"^\W*(?:ja|yes|yeah|yep|genau|richtig|correct)\W+(?:alle\s+)?(?:beide|beides|both)\b"
    r"(?:\s+(?:termine|of\s+them|appointments))?(?:\s+(?:sind|are)\s+(?:drin|in|gebucht|booked|"
    r"eingetragen|confirmed|fest))?\s*(?:$|[.!,;–—-])"
)
_ALL_BOOKED_ASKED = lazy(
    r"\b(?:alles|beide|beides|both|everything|all)\b.*\b(?:gebucht|eingetragen|fest|drin|booked|"
    r"confirmed|in|done)\b|\b(?:gebucht|eingetragen|booked|confirmed)\b.*\b(?:alles|beide|both|"
    r"everything)\b"
)
# the appointment asked to be somewhere now: a move asked about, whose "not yet" denies it (820)
_MOVE_ASKED = {
    "de": lazy(r"^(?:Ihr|Der|Es|Das)\b.*\b(?:jetzt|nun|inzwischen)\b.*\b(?:am|auf|um|bei)\s+"
               r"(?:\w+tag|\w+woch|zehn|elf|zwölf|eins|zwei|drei|vier|fünf|sechs|\d+|[A-Z]\w+)\b"),
    "en": lazy(r"^(?:Your|It|That)\b.*\b(?:at|on|with)\s+\w+.*\bnow\b|"
               r"^(?:Your|It|That)\b.*\bnow\s+(?:at|on|with)\b"),
}  # fmt: skip


def answered_statement(
    sentence: str,
    lang: str,
    caller: str,
    claims: tuple[Claim, ...],
    names: Names,
    read: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` of `sentence`, the answer's read as the caller's question stated (see above);
    `read` reads a statement with the caller's words left out."""
    if not caller or "?" not in caller:
        return claims
    first = _first_sentence(sentence)
    if _BOTH_YES.match(normalize(first)) and _ALL_BOOKED_ASKED.search(caller_heard(caller)):
        # "Ist jetzt alles gebucht?" -> "Ja, beide Termine.": both booked (74; blind 47, claims119)
        both = ClaimDetails(several=True, count=2)
        rest = tuple(c for c in claims if c.start >= len(first))
        return (*rest, Claim(ClaimKind.BOOKED, 0, len(first), both))
    if _ALL_BOOKED_ASKED.search(caller_heard(caller)) and (parts := _day_by_day(first, names)):
        # "Ist jetzt alles gebucht?" -> "Nur der Freitag, der Samstag noch nicht." (claims125)
        rest = tuple(c for c in claims if c.start >= len(first))
        return (*rest, *(Claim(kind, 0, len(first), d) for kind, d in parts))
    statement = asked_statement(caller, lang)
    if statement is not None and _WISH_STATED.search(normalize(statement)):
        return claims  # blind 53 (claims133): a wish asked ("I'd love … Friday morning?"): 90
    if statement is None:
        statement = asked_statement(caller, lang, without_negation=True)
        # the question without its negation, if gainsaid ("Yes it is, don't worry.")
        question = _gainsaid(_REASSURED.sub(" ", normalize(first)), caller)
        if statement is None or question is None:
            return claims
        if asked(question) is not None:  # the usual words: `caller_answer` reads them, but not
            # past a reassurance ("Yes it is, don't worry.")
            told = claim_asked(first, question, "yes", names)
            return claims + tuple(t for t in told if t not in claims)
        polarity = "yes"
    else:
        if asked(caller) is not None and answer_polarity(first, caller) is not None:
            return claims  # the usual words, answered in the question's: `answered_question`
        answer = answer_polarity(first, f"{caller} {statement}")
        if answer is None and _ECHOED_NO.search(normalize(first)):
            answer = ("no", True)  # "Nein, hab ich nicht.", "No, it isn't." (824)
        if answer is None:
            return _pronoun_answer(first, lang, caller, claims, read)
        if not answer[1] and answer[0] == "not_yet" and not claims:
            # "Noch nicht, die Anfrage liegt noch bei der Chefin." after "Hat der Salon schon
            # zugesagt?": the clause after the answer's not-yet read alone (blind 58, claims166)
            clause = clause_after_not_yet(first)
            own = read(clause) if clause is not None else ()
            claims = tuple(replace(c, start=0, end=len(first)) for c in own)
        if not answer[1] and (
            answer[0] != "not_yet" or claims or _OUTCOME.search(normalize(first))
        ):
            return claims  # a not-yet with a reason that claims nothing is the not-yet (claims136)
        polarity = answer[0]
        if polarity == "open":  # the outcome said open: `answered_question` reads it (claims142)
            return claims
    if polarity == "not_yet" and _MOVE_ASKED[lang].search(statement):
        # "Ist der Termin jetzt auf Donnerstag?" -> "Noch nicht.": the move there denied (820)
        place = ClaimDetails(((Role.NEW, read_details(normalize(statement), names)),))
        rest = tuple(c for c in claims if c.start >= len(first))
        return (*rest, Claim(ClaimKind.NOT_MOVED, 0, len(first), place))
    told = read(statement) or _read_as_visit(statement, lang, names, read)
    if not told and (
        asks_detail(caller, names) or asks_after_other(caller) or checks_detail(caller, names)
    ):
        # "Ich bin doch bei Lena, oder?" -> "Ja.": `detail_asked` / `other_asked` read it; "Bei
        # Fabian, oder?" -> "Bei Fabian, ja.": the caller's echo check, `answered_slot` (claims138)
        return claims
    if polarity == "not_yet":
        told = tuple(replace(c, kind=NOT_DONE[c.kind]) for c in told if c.kind in NOT_DONE)
    if polarity == "no":  # a bare no to a cancellation or a move asked: not made (824, 843)
        told = tuple(replace(c, kind=DENIED_BY_NO[c.kind]) for c in told if c.kind in DENIED_BY_NO)
        if not told:
            return claims
    rest = tuple(c for c in claims if c.start >= len(first))
    return rest + tuple(replace(c, start=0, end=len(first)) for c in dict.fromkeys(told))


# "it" / "das" standing for the caller's appointment in a question that places it in time ("Is
# it at eleven?", "Ist das am Freitag bei Fabian?"), or a day standing for it ("Ist der Freitag bei
# Fabian jetzt sicher?", "Is Friday locked?"): the statement says where the appointment is
_IT = {
    "de": lazy(r"^(?:(?:Der|Den)\s+(?P<day>(?:Mon|Diens|Mittwoch|Donners|Frei|Sams|Sonn)\w*)\b|"
               r"(?:Es|Das|Der|Er)\b)"),
    "en": lazy(r"^(?:(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:It|That|This)\b)"),
}  # fmt: skip
_VISIT = {"de": ("Ihr Termin", "am"), "en": ("Your appointment", "on")}


def _read_as_visit(
    statement: str, lang: str, names: Names, read: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The statement's claims with its "it" or day read as the caller's appointment, when it
    names a day or a time; () otherwise."""
    it = _IT.get(lang)
    m = it.search(statement) if it is not None else None
    if m is None:
        return ()
    d = read_details(normalize(statement), names)
    if not (d.weekdays or d.days or d.relative_days or d.times):  # "Is this Salon Spitzer?"
        return ()
    visit, on = _VISIT[lang]
    said = f"{visit} {on} {m['day']}" if m["day"] else visit
    return read(said + statement[m.end() :])


# a clause whose subject stands for the thing asked about, after a yes or alone ("Kriege ich eine
# SMS?" -> "Ja, die kommt automatisch.", "Die ist schon unterwegs zu Ihnen.", "Schon verschickt.";
# "Will I get a text?" -> "Yes, it's on its way.", "It'll come by text in a minute.", "You should
# have it any second now."): said with the question's noun (`echoed_noun.with_noun`, claims118)
_PRONOUN_DE = lazy(r"^\W*(?:(?:ja|genau|klar|jawohl|sicher)\W+)?(?P<pronoun>die|der|das)\s+\w")
_NOUN = {
    "de": lazy(r"\b(?P<article>eine?n?|die|der|das|den|meine?n?)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)[^?]*\?\s*$"),
    "en": lazy(r"\b(?:an?|the|my)\s+(?P<noun>\w+)[^?]*\?\s*$"),
}  # fmt: skip
# without a yes word, only the things the caller is sent are read so ("Die ist schon unterwegs
# zu Ihnen."); an appointment asked about keeps its details with the readers that know them
_YES_FIRST = lazy(r"^\W*(?:ja|genau|klar|jawohl|sicher|yes|yeah|yep|sure)\b")
_THINGS = frozenset(
    "bestätigung sms nachricht erinnerung e-mail mail kurznachricht textnachricht "
    "confirmation text message reminder email e-mail sms".split()
)
# the thing's article where the answer says no pronoun ("Schon verschickt." after "Bekomme ich
# eine Bestätigung?")
_DEFINITE = {"eine": "Die", "meine": "Die", "die": "Die", "einen": "Der", "meinen": "Der"}


_MEDIUM = lazy(r"\b(?:per|via|by)\s+(?P<noun>SMS|E-Mail|Mail|text|email)\b", re.IGNORECASE)


def _pronoun_answer(
    first: str,
    lang: str,
    caller: str,
    claims: tuple[Claim, ...],
    read: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """A clause about the thing asked, read with its noun for the pronoun ("Ja, die kommt
    gleich." after "Kriege ich eine E-Mail?" -> "Die E-Mail kommt gleich.")."""
    noun = _NOUN[lang].search(caller) if lang in _NOUN else None
    if noun is None:
        return claims
    plain = normalize(first)
    if not _YES_FIRST.match(plain) and noun["noun"].lower() not in _THINGS:
        return claims  # "Und mein Termin am Samstag?" -> "Der steht auch.": read by the others
    if lang == "en":
        article = "The"
    elif (pronoun := _PRONOUN_DE.match(plain)) is not None:
        article = pronoun["pronoun"].capitalize()
    else:
        article = _DEFINITE.get(noun["article"].lower(), "Das")
    # the medium named ("eine Bestätigung per SMS"): the thing that comes is that text (claims113)
    medium = _MEDIUM.search(caller)  # not "eine Erinnerung per SMS": that is the reminder
    generic = noun["noun"].lower() in {"bestätigung", "nachricht", "confirmation", "message"}
    thing = medium["noun"] if medium is not None and generic else noun["noun"]
    statement = with_noun(plain, f"{article} {thing}", lang)
    told = read(statement) if statement is not None else ()
    if not told:
        return claims
    rest = tuple(c for c in claims if c.start >= len(first))
    return rest + tuple(replace(c, start=0, end=len(first)) for c in dict.fromkeys(told))


# the pieces of an answer day by day: "Der Freitag ja, der Samstag noch nicht", "Friday is;
# Saturday not yet"
_PIECE = lazy(r"[,;:–—]|\s-\s|\b(?:aber|but|und|and)\b")
_NOT = lazy(r"\b(?:nicht|noch\s+nicht|kein\w*|not|no)\b|n't\b")
_ASKED_BACK = lazy(r"\?|\b(?:oder|or|wenn|falls|if|soll|shall|could|könnte)\b")


def _day_by_day(first: str, names: Names) -> tuple[tuple[ClaimKind, ClaimDetails], ...]:
    """An answer to "is everything / are both booked?" that goes day by day (claims125): a day
    said alone or affirmed is booked, a day denied ("noch nicht", "isn't yet") is not booked
    (conventions 5, 171); "Ja, Freitag und Samstag, beide" books both, each day an appointment
    of its own. () when it names fewer than two days or asks back."""
    text = normalize(first)
    if _ASKED_BACK.search(text):
        return ()
    booked: list[Details] = []
    denied: list[Details] = []
    for piece in _PIECE.split(text):
        d = read_details(piece, names)
        days = sorted(d.weekdays)
        if not days or d.days or d.relative_days:
            continue
        each = [Details(weekdays=frozenset({w}), times=d.times if len(days) == 1 else frozenset())
                for w in days]  # fmt: skip
        (denied if _NOT.search(piece) else booked).extend(each)
    if len(booked) + len(denied) < 2 or not booked:
        return ()
    out: list[tuple[ClaimKind, ClaimDetails]] = []
    if len(booked) > 1:
        parts = tuple((Role.ANY, d) for d in booked)
        out.append((ClaimKind.BOOKED, ClaimDetails(parts, several=True)))
    else:
        out.append((ClaimKind.BOOKED, ClaimDetails(((Role.ANY, booked[0]),))))
    out += [(ClaimKind.NOT_BOOKED, ClaimDetails(((Role.ANY, d),))) for d in denied]
    return tuple(out)


def _first_sentence(text: str) -> str:
    """The first sentence the guard would speak of `text` (all of it when it is one)."""
    if not re.search(r"[.!…]\s+\S", text):
        return text
    spans = sentence_spans(text)
    return text[: spans[0][1]] if len(spans) > 1 else text
