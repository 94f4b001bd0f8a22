"""What a condition presupposes about the caller's appointment, in both languages.

"Falls Sie den Termin am Freitag absagen müssen, …", "If you need to cancel Friday's
appointment, …", "In case you can't make the new Thursday slot, …": a condition about cancelling,
moving, missing or being late for *the* appointment (a definite or possessive one that the
sentence pins down: a day, a time, a stylist, "neu", "bestehend", "your booking") takes it as
existing, although the condition itself states nothing. So does a condition on the day whose
consequence is to cancel ("Wenn Sie Freitag krank werden, sagen Sie einfach ab").

Not a condition about an appointment still to be made ("Wenn Ihnen der Termin am Freitag passt,
buche ich ihn": no verb acting on an existing one), nor one whose consequence is the speaker's
doing now ("Falls Sie den Termin absagen wollen, mache ich das gern", "If you'd like to cancel
your appointment, I can do that now"): the caller may be asking about one the call has not
found yet, and the speaker only offers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.claims.clauses import Clause, Link
from agent.claims.details import RELATIVE_DAYS, WEEKDAYS, is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.reading import Candidate

K = ClaimKind

# verbs acting on an appointment that exists: cancel, move, attend, miss, be late for
_DE_KEEP = frozenset({
    "absagen", "stornieren", "canceln", "verschieben", "verlegen", "umbuchen", "ändern",
    "wahrnehmen", "verpassen", "versäumen", "verspäten", "schaffen", "einhalten", "streichen",
    "kommen", "erscheinen",
})  # fmt: skip
_DE_DETERMINER = frozenset(
    {"den", "dem", "der", "des", "ihren", "ihrem", "ihr", "ihre", "ihres", "ihrer", "diesen"}
)
_DE_POSSESSIVE = frozenset({"ihren", "ihrem", "ihr", "ihre", "ihres", "ihrer", "deinen", "deinem"})
_DE_EXISTING = frozenset({"bestehenden", "bestehende", "gebuchten", "gebuchte", "vereinbarten"})
_DE_NEW = frozenset({"neuen", "neue", "neuer"})
_DE_AROUND = frozenset({"zu", "zum", "vor", "nach", "bei", "beim"})
_DE_APPOINTMENT = lazy(r"(termin|buchung|platz|dauerwelle\w*)$")
_DE_SPEAKER_NOW = frozenset({"ich", "wir"})
_DE_MISSING = frozenset({"dazwischenkommen", "dazwischen", "krank", "verhindert"})

_EN_KEEP = frozenset({
    "cancel", "move", "reschedule", "change", "shift", "push", "make", "miss", "attend", "skip",
    "late", "drop", "postpone", "rearrange", "bring",
})  # fmt: skip
_EN_DETERMINER = frozenset({"your", "the", "that", "this"})
_EN_NEW = frozenset({"new"})
_EN_EXISTING = frozenset({"existing", "booked", "current"})
_EN_AROUND = frozenset({"before", "after", "for", "to", "at"})
_EN_APPOINTMENT = frozenset({"appointment", "booking", "slot", "spot", "visit", "perm", "haircut"})
_EN_SPEAKER_NOW = frozenset({"i", "we", "i'll", "we'll", "i'm", "we're"})
# a consequence that is a policy, not an offer now: "…, we'd have to charge", "…, müssten wir"
_HYPOTHETICAL = frozenset({"would", "würde", "würden", "müssten", "müsste", "hätten", "hätte"})


_WITH = frozenset({"mit", "an", "with"})
# a condition contrary to fact presupposes nothing: "Wäre Ihr Termin storniert worden, …"
_COUNTERFACTUAL = frozenset({"wäre", "wären", "hätte", "hätten", "würde", "würden", "were", "had"})


def _yours(words: Sequence[str], lang: str) -> bool:
    """The caller's own appointment named by possession ("an Ihrem Termin", "your appointment")."""
    poss, noun = (_DE_POSSESSIVE, _DE_APPOINTMENT) if lang == "de" else ({"your"}, None)
    for k in range(len(words) - 1):
        if words[k] in poss:
            nxt = words[k + 1]
            if noun.search(nxt) if noun is not None else nxt in _EN_APPOINTMENT:
                return True
    return False


def _day(words: Sequence[str]) -> bool:
    return any(w in WEEKDAYS or w in RELATIVE_DAYS for w in words)


def _pinned(words: Sequence[str], k: int, names: frozenset[str]) -> bool:
    """A detail right before or after the noun at k ("am Freitag", "Friday's", "with Fabian")."""
    around = list(words[max(0, k - 2) : k]) + list(words[k + 1 : k + 4])
    return any(
        w in WEEKDAYS
        or w in RELATIVE_DAYS
        or w in names
        or (is_detail_word(w) and (w[:1].isdigit() or w in {"zehn", "ten", "elf", "eleven"}))
        for w in around
    )


# the speaker's next words only tell the caller ("…, melden wir uns", "…, we'll let you know"):
# no offer to act on the appointment (claims112, blind 43)
_INFORMS = frozenset({
    "melden", "bescheid", "informieren", "benachrichtigen", "let", "know", "touch", "inform",
    "notify",
})  # fmt: skip
# an act on the appointment that may not be possible: "If your booking can't be moved, we'll let
# you know" asks nothing of one that exists (claims79)
_ABLE = frozenset({"can", "can't", "cannot", "could", "kann", "können", "könnte", "lässt"})


def _speaker_acts_next(clause: Clause, sentence: Sequence[Clause], speaker: frozenset[str]):
    nxt = [c for c in sentence if c.index == clause.index + 1]
    if not nxt or set(nxt[0].words) & _HYPOTHETICAL:
        return False
    if set(nxt[0].words) & _INFORMS and not set(clause.words) & _ABLE:
        return False  # "…, we'll let you know": news of it, unless an act on it may fail
    return bool(set(nxt[0].words[:3]) & speaker) or nxt[0].words[:2] == ["let", "me"]


# the caller's own choice that would make the appointment: a condition on it being made
_MAKE = frozenset({"book", "take", "choose", "pick", "reserve", "buchen", "nehmen", "wählen",
                   "reservieren"})  # fmt: skip


def _makes_it(words: Sequence[str]) -> bool:
    """The condition is the caller booking ("If you book Friday and …", "Wenn Sie den Freitag
    nehmen und …"): it presupposes no appointment, it supposes one made."""
    if "you" in words:
        k = words.index("you")
        return bool(set(words[k + 1 : k + 3]) & _MAKE)
    return "sie" in words and bool(set(words) & _MAKE)


def _conditional(clause: Clause, words: Sequence[str], lang: str) -> bool:
    if clause.link is Link.CONDITION:
        return True
    first = words[:1]
    return first in (["sollte"], ["sollten"]) if lang == "de" else first == ["should"]


def condition_on_appointment(
    clause: Clause,
    sentence: Sequence[Clause],
    words: Sequence[str],
    lemmas: Sequence[str],
    lang: str,
    names: frozenset[str],
) -> Candidate | None:
    """A condition that presupposes the caller's appointment (see the module's docstring);
    its details are the whole condition's."""
    if lang == "de":
        keep, det, poss, existing, new, around, noun, speaker = (
            _DE_KEEP, _DE_DETERMINER, _DE_POSSESSIVE, _DE_EXISTING, _DE_NEW, _DE_AROUND,
            _DE_APPOINTMENT, _DE_SPEAKER_NOW,
        )  # fmt: skip
        caller = {"sie", "ihnen", "du", "dir"}
    else:
        keep, det, poss, existing, new, around, noun, speaker = (
            _EN_KEEP, _EN_DETERMINER, frozenset({"your"}), _EN_EXISTING, _EN_NEW, _EN_AROUND,
            None, _EN_SPEAKER_NOW,
        )  # fmt: skip
        caller = {"you", "your"}
    yours = _yours(words, lang) and not set(words) & _COUNTERFACTUAL  # "Wäre Ihr Termin …"
    if not _conditional(clause, words, lang) or not (set(words) & caller or yours):
        return None
    if _makes_it(words):
        return None  # blind 57 (claims155): "If you book Friday and end up running late, …"
    if _speaker_acts_next(clause, sentence, speaker):
        return None
    acts = bool(set(lemmas) & keep) or bool(set(words) & keep)
    for k, w in enumerate(words):
        is_noun = bool(noun.search(w)) if lang == "de" else w in _EN_APPOINTMENT
        if not is_noun or (lang == "de" and w.endswith("e") and w.startswith("termin")):
            continue
        before = words[max(0, k - 3) : k]
        if not set(before) & det and not (lang == "en" and _day(before[-1:])):
            continue  # "einen Termin", "a slot": one still to be made
        kind = K.RESCHEDULED if set(before) & new else K.BOOKED
        placed = set(words[max(0, k - 4) : k]) & around and set(before) & (poss | det)
        # "Falls es mit Ihrem Termin ein Problem gibt", "a problem with your appointment": what
        # happens with the caller's own (claims112)
        if k > 0 and words[k - 1] in poss and set(words[max(0, k - 3) : k]) & _WITH:
            placed = True
        pinned = _pinned(words, k, names) or bool(set(before) & (new | existing | poss))
        if lang == "en" and _day(before[-1:]):
            pinned = True  # "Friday's appointment", "the new Thursday slot"
        if (acts or placed) and pinned:
            return Candidate(kind, presupposed=True, scope=_scope(clause, k, names))
    if _day(words) and (set(words) & _DE_MISSING or _late(words)) and lang == "de":
        return Candidate(K.BOOKED, presupposed=True)
    if lang == "en" and _day(words) and _late(words):
        return Candidate(K.BOOKED, presupposed=True)  # "Should you be running late on Friday"
    return None


_JOINERS = frozenset({"am", "um", "bei", "beim", "with", "on", "at", "der", "the", "den"})


def _scope(clause: Clause, k: int, names: frozenset[str]) -> tuple[int, int]:
    """The appointment's noun phrase with the details around it, in the folded text: "Friday's
    appointment", "Ihrem Termin bei Fabian" (not "eine Stunde später" after it)."""
    toks = [t for t in clause.tokens if t.is_word]
    start = k
    while start > 0 and (is_detail_word(toks[start - 1].text) or toks[start - 1].text in names):
        start -= 1
    end = k
    while end + 1 < len(toks) and (
        toks[end + 1].text in _JOINERS
        or toks[end + 1].text in names
        or toks[end + 1].text in WEEKDAYS
        or toks[end + 1].text in RELATIVE_DAYS
        or (is_detail_word(toks[end + 1].text) and toks[end + 1].text[:1].isdigit())
    ):
        end += 1
    return toks[start].start, toks[end].end


def _late(words: Sequence[str]) -> bool:
    """Late or held up on the way (claims116: blind 42's "Sollten Sie am Freitag im Stau stehen",
    "Should you get stuck in traffic on Friday", "If you're delayed on Friday")."""
    return _LATE.search(" ".join(words)) is not None


_LATE = lazy(
    # how late said between (blind 55, claims166): "If you're running more than fifteen minutes
    # late on Friday", "Should you be a few minutes late on Friday"
    r"\b(?:running|be|are)\s+(?:(?:more|less|than|a|few|bit|little|couple|of|some|ten|fifteen|"
    r"twenty|five|\d+|minutes?|mins?)\s+){1,5}late\b|"
    r"\b(?:running late|be late|are late|verspäten|verspätet|später dran|zu spät|im stau|"
    r"feststecken|festhängen|festsitzen|aufgehalten|delayed|held up|stuck in traffic|in traffic|"
    r"get stuck|are stuck|be stuck)\b"
)


def then_cancel(clause: Clause, sentence: Sequence[Clause], words: Sequence[str], lang: str):
    """ "Wenn Sie Freitag krank werden, sagen Sie einfach ab": a condition on the day whose
    consequence is to cancel presupposes the appointment."""
    if clause.link is not Link.CONDITION or not _day(words):
        return None
    nxt = [c for c in sentence if c.index == clause.index + 1]
    if not nxt:
        return None
    w = nxt[0].words
    if lang == "de":
        cancels = w[-1:] == ["ab"] or bool(set(w) & {"stornieren", "absagen", "abzusagen"})
        asked = (len(w) > 1 and w[1] in {"sie", "du"}) or w[:1] == ["bitte"]
    else:
        cancels = bool(set(w) & {"cancel", "cancelling", "canceling"})
        asked = w[:1] in (["just"], ["please"], ["cancel"])
    return Candidate(K.BOOKED, presupposed=True) if cancels and asked else None


# verbs of reaching or deciding, not of coming: "Rufen Sie am Freitag an", "Überlegen Sie es sich
# bis Freitag", "call us on Friday", "let me know by Friday"
_DE_CONTACT = frozenset({
    "anrufen", "zurückrufen", "rufen", "melden", "schreiben", "mailen", "überlegen",
    "entscheiden", "nachdenken", "buchen", "reservieren", "warten", "wählen", "bestätigen",
    "antworten", "informieren", "sehen", "schauen", "prüfen", "fragen", "meinen", "mein",
    "wünschen", "bevorzugen",
})  # fmt: skip
_EN_CONTACT = frozenset({
    "call", "ring", "phone", "text", "email", "let", "tell", "think", "decide", "book", "choose",
    "pick", "check", "look", "confirm", "reply", "contact", "wait", "see", "ask", "get", "give",
    "have", "come", "try", "make", "hold", "keep", "say",
})  # fmt: skip
# English has no imperative form of its own: the steps of a visit, said as a bare verb first
_EN_VISIT_STEPS = frozenset({
    "show", "pop", "drop", "turn", "head", "arrive", "park", "ring", "ask", "bring", "wear",
    "use", "wash", "leave", "plan", "allow", "budget", "walk", "swing", "stop", "report",
    "knock", "buzz", "skip", "eat", "avoid",
})  # fmt: skip
_DE_LEAD = frozenset({"bitte", "dann", "also", "und", "einfach", "doch", "jetzt", "ja"})
_EN_LEAD = frozenset({"please", "just", "so", "and", "then", "simply", "now", "do"})
_DE_DEADLINE = frozenset({"bis", "ab", "seit", "vor", "nach", "spätestens"})
_EN_DEADLINE = frozenset({"by", "until", "till", "before", "after", "from", "since"})
_DE_NOT_SUBJECTLESS = frozenset({"sie", "ich", "wir", "er", "es", "du", "man", "das", "der"})
_DE_SOFTENERS = frozenset({"einfach", "bitte", "besten", "gerne", "gern", "ganz", "ruhig"})


def _visit_day(words: Sequence[str], deadline: frozenset[str]) -> bool:
    """A day the caller does something on ("am Freitag", "on Friday"), not a deadline."""
    for k, w in enumerate(words):
        if w in WEEKDAYS or w in RELATIVE_DAYS:
            if not (k and words[k - 1] in deadline):
                return True
    return False


def visit_instruction(
    clause: Clause,
    sentence: Sequence[Clause],
    words: Sequence[str],
    lemmas: Sequence[str],
    texts_equal_lemmas: Sequence[bool],
    negated: bool,
    lang: str,
) -> Candidate | None:
    """What the caller is to do on the day they come ("Bringen Sie am Freitag Fotos mit",
    "Sagen Sie am Freitag einfach Ihren Namen", "Am Freitag einfach klingeln", "Show up on
    Friday", "All you need to do is show up on Friday") presupposes the visit. Not a contact or a
    decision ("Rufen Sie am Freitag an", "Sagen Sie bis Freitag Bescheid", "call us on Friday"),
    not a deadline ("bis Freitag", "by Friday"), not a question."""
    if negated or clause.link not in (Link.START, Link.COMMA, Link.COORD):
        return None
    if any(c.question for c in sentence):
        return None  # "Meinen Sie Donnerstag, den 26., oder Freitag, den 27.?": asks
    if lang == "de":
        if "bescheid" in words or not _visit_day(words, _DE_DEADLINE):
            return None
        if any(w.startswith(("anruf", "rückruf")) for w in words):
            return None  # "Rechnen Sie morgen mit einem Anruf von Lena": a call awaited (claims118)
        k = 0
        while k < len(words) - 1 and words[k] in _DE_LEAD:
            k += 1
        imperative = k + 1 < len(words) and words[k + 1] == "sie" and lemmas[k].endswith("n")
        imperative = imperative and words[k] not in {
            "haben",
            "sind",
            "können",
            "müssen",
            "wollen",
            "möchten",
            "werden",
            "sollen",
        }
        verb = lemmas[k] if imperative else None
        if not imperative and texts_equal_lemmas[-1] and words[-1].endswith("n"):
            subjectless = not set(words) & _DE_NOT_SUBJECTLESS
            if subjectless and set(words) & _DE_SOFTENERS:
                verb = lemmas[-1]  # "Am Freitag einfach klingeln", "Freitag einfach erscheinen"
        if verb is None or verb in _DE_CONTACT:
            return None
        particle = words[-1] if imperative else ""
        if particle + verb in _DE_CONTACT or (particle == "an" and verb == "rufen"):
            return None
        return Candidate(K.BOOKED, presupposed=True)
    text = " ".join(words)
    if not _visit_day(words, _EN_DEADLINE):
        return None
    m = re.search(r"\ball you (?:need|have) to do (?:now )?is (\w+)", text)
    if m:
        return Candidate(K.BOOKED, presupposed=True) if m[1] not in _EN_CONTACT else None
    k = 0
    while k < len(words) - 1 and words[k] in _EN_LEAD:
        k += 1
    if words[k] not in _EN_VISIT_STEPS or not texts_equal_lemmas[k]:
        return None
    if k + 1 < len(words) and words[k + 1] in {"us", "me", "you", "i", "we", "it", "is", "are"}:
        return None  # "ring us on Friday": a call, not the visit
    return Candidate(K.BOOKED, presupposed=True)


def caller_in_chair(
    words: Sequence[str], lemmas: Sequence[str], blocked: bool, lang: str, stylists: frozenset[str]
) -> Candidate | None:
    """The caller's visit told by where they sit: "Sie sitzen am Freitag bei Fabian (im Stuhl)",
    "You'll be in his chair on Friday". `blocked`: negated, hypothetical or asked."""
    if blocked:
        return None
    ws = set(words)
    if lang == "de":
        verb = next((k for k, lm in enumerate(lemmas) if lm == "sitzen"), None)
        if verb is None or "sie" not in words[max(0, verb - 1) : verb + 2]:
            return None  # "Sie sitzen am Freitag …", "Am Freitag sitzen Sie …"
        at = bool(ws & {"stuhl", "ihm", "ihr"}) or bool(ws & stylists)
    else:
        if "you" not in words[:2] or not re.search(
            r"\b(be|are|sit|sitting|will be) (in|on) (his|her|the|\w+) chair\b", " ".join(words)
        ):
            return None
        at = True
    return Candidate(K.BOOKED) if at and _day(words) else None


_DE_ONLY = frozenset({"nur", "bloß", "lediglich"})
_DE_NOTHING_ELSE = lazy(r"\bnichts (weiter|anderes|mehr|sonst)\b")
_DE_PRESENT = frozenset({"da", "hier", "dort", "vorbei", "pünktlich", "vor"})
_DE_BE_THERE = frozenset({"sein", "kommen", "erscheinen", "vorbeikommen", "herkommen"})
_EN_ONLY_BE_THERE = lazy(
    r"\b(just|only|simply) (need|have|got) to (be here|be there|come in|come by|turn up|show up|"
    r"pop in|get here)\b|\bnothing (else|more) (to do )?(but|than|except) (to )?(be here|be there|"
    r"come in|turn up|show up)\b"
)


def only_be_there(
    clause: Clause,
    sentence: Sequence[Clause],
    words: Sequence[str],
    lemmas: Sequence[str],
    negated: bool,
    lang: str,
) -> Candidate | None:
    """All the caller still has to do is be there on the day ("Sie brauchen am Freitag nur
    pünktlich um zehn hier zu sein", "Sie müssen nichts weiter tun, als am Freitag da zu sein",
    "You just need to be here on Friday at ten"): the visit is presupposed. Not a question, a
    condition or a deadline ("bis Freitag")."""
    if negated or clause.question or clause.link not in (Link.START, Link.COMMA, Link.COORD):
        return None
    if lang == "de":
        if not _visit_day(words, _DE_DEADLINE):
            return None
        before = [c for c in sentence if c.index == clause.index - 1]
        only = bool(set(words) & _DE_ONLY) or (
            words[:1] == ["als"]
            and bool(before)
            and bool(_DE_NOTHING_ELSE.search(" ".join(before[0].words)))
        )
        there = bool(set(words) & _DE_PRESENT) and bool(set(lemmas) & _DE_BE_THERE)
        modal = bool(set(words) & {"brauchen", "müssen", "als"})
        return Candidate(K.BOOKED, presupposed=True) if only and there and modal else None
    if not _visit_day(words, _EN_DEADLINE) or not _EN_ONLY_BE_THERE.search(" ".join(words)):
        return None
    return Candidate(K.BOOKED, presupposed=True)


_DE_DEFINITE = frozenset({"die", "der", "das", "den", "dem", "ihre", "ihrer", "ihrem", "ihren"})
_EN_DEFINITE = frozenset({"the", "your"})
_EN_ADVICE = frozenset({"please", "try", "don't", "dont", "avoid", "remember", "make"})


def is_advice(c: Clause, lang: str) -> bool:
    """A piece of advice to the caller: "Bitte waschen Sie …", "Föhnen Sie … nicht", "Try not
    to …", "Please don't …"."""
    ws = c.words
    if not ws or c.question:
        return False
    if lang == "de":
        k = 1 if ws[0] == "bitte" else 0
        return (ws[0] == "bitte" and "sie" in ws) or (k + 1 < len(ws) and ws[k + 1] == "sie"
                                                       and ws[k].endswith("en"))  # fmt: skip
    return ws[0] in _EN_ADVICE or (ws[0] == "do" and ws[1:2] == ["not"])


def advice_for_the_visit(
    clause: Clause, sentence: Sequence[Clause], words: Sequence[str], lang: str, services
) -> Candidate | None:
    """Advice for the day whose reason names *the* service ("Bitte waschen Sie sich am
    Donnerstagabend die Haare nicht mehr, dann hält die Dauerwelle am Freitag besser", "Try not
    to wash your hair the night before, it helps the perm hold on Friday") presupposes the
    appointment for it. Not advice about a service in general ("vor einer Dauerwelle", "before
    a perm") nor without a day."""
    definite = _DE_DEFINITE if lang == "de" else _EN_DEFINITE
    if clause.link not in (Link.START, Link.COMMA, Link.COORD):
        return None  # "…, wenn Sie die Dauerwelle buchen möchten": a condition
    if clause.question or not any(
        w in services and k and words[k - 1] in definite for k, w in enumerate(words)
    ):
        return None
    others = [c for c in sentence if c.index != clause.index and c.sentence == clause.sentence]
    if not any(is_advice(c, lang) for c in others):
        return None
    deadline = {"bis", "spätestens", "by", "until", "till"}
    day = any(
        (w in WEEKDAYS or w in RELATIVE_DAYS or w.startswith(_WEEKDAY_STEMS))
        and not (k and c.words[k - 1] in deadline)
        for c in (clause, *others)
        for k, w in enumerate(c.words)
    )  # "am Donnerstagabend", "before Friday", "on Friday"; not "bis Freitag"
    if not day:
        return None
    if not any(w in WEEKDAYS or w in RELATIVE_DAYS or w.startswith(_WEEKDAY_STEMS) for w in words):
        # "…, dann hält die Dauerwelle besser": the day is the advice's ("am Freitagmorgen")
        advice = next(c for c in others if is_advice(c, lang))
        day_token = next(
            (
                t
                for t in advice.tokens
                if t.text in WEEKDAYS
                or t.text in RELATIVE_DAYS
                or t.text.startswith(_WEEKDAY_STEMS)
            ),
            None,
        )
        if day_token is not None:
            return Candidate(K.BOOKED, presupposed=True, scope=(day_token.start, day_token.end))
    return Candidate(K.BOOKED, presupposed=True)


_WEEKDAY_STEMS = tuple(w for w in WEEKDAYS if len(w) > 5)  # "freitag…", "donnerstag…"
