"""A short answer read with the caller's yes-or-no question (blind 23, claims39; convention 74).

"Ja." / "Klar." / "Sure is." / "It did." say nothing alone; after the caller's "Ist das jetzt
fest?", "So I'm booked?", "Is it cancelled now?" or "Did it go through?" they say what was asked.
A yes (a yes word, or the echo of the question's auxiliary: "it is", "you are", "it did") claims
the state the question asks about: booked ("gebucht", "fest", "fix", "eingetragen", "drin",
"steht", "booked", "confirmed", "in"), cancelled, moved, or the bare success when the question
asks about "it" / "das" being done or going through. A "not yet" ("noch nicht", "fast", "nicht
ganz", "jein", "gleich", "not yet", "not quite", "almost") answering a booking question says the
booking is not made yet (`not_booked`, convention 5), a cancellation question that it is not
cancelled yet (`not_cancelled`, convention 280); to a bare "done?" it claims nothing. The
question's day, time, stylist or service go with the claim.

Only an answer made of answer words alone: a yes or no particle, a pronoun and auxiliary echoed,
an intensifier ("sicher", "absolutely", "of course"). A sentence with words of its own is read
as said. Not: a question asked with a question word ("Wann ist mein Termin?", convention 46's
bare slot answers it), a question about something else ("Haben Sie samstags offen?", "Do you do
highlights?", "Does Lena work Saturdays?"), a negated question, a bare "Nein" / "No" (a failure
without "yet" claims nothing, convention 5), "Einen Moment." (no answer yet).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from agent.claims.caller_words import caller_heard, last_question
from agent.claims.details import ClaimDetails, Names, Role, is_detail_word, read_details
from agent.claims.hedged_answer import unhedged
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import normalize

_WH = lazy(
    r"^\W*(?:\w+\s*,\s*)?(?:wann|wo|was|wie|welche\w*|wer|wem|wen|warum|wieso|when|what|"
    r"where|which|who|why|how)\b"
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|not|never|nie)\b|n't\b")
# the question's subject: the caller, their appointment, or "it" / "das" standing for it; a
# noun of the appointment or its act, a day ("der Freitag", "the Saturday one"), or a
# demonstrative after the verb ("ist der auch …?", "is that …?")
_SUBJECT = lazy(
    r"\b(?:ich|mich|mir|i|me|i'm|das|es|it|it's|that|that's|this|alles|everything|"
    r"(?:der|den|die|mein\w*|ihr\w*|my|the|your)\s+(?:\w+\s+)?(?:\w*termin|buchung|reservierung|"
    r"stornierung|absage|verschiebung|umbuchung|platz|slot|appointment|booking|reservation|"
    r"cancellation|one|\w+tag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\w+s\s+termin|(?:ist|is)\s+(?:der|die|er|sie))\b"
)
# a state word asked alone, its subject left out (blind 48, claims122): "Ganz sicher gebucht?",
# "Really booked?", "Schon storniert?"
_BARE_STATE = lazy(
    r"^\W*(?:(?:ganz|wirklich|auch|jetzt|schon|sicher|echt|endlich|really|definitely|surely|"
    r"actually|all|now|already|finally|so)\s+)*(?:gebucht|fest|eingetragen|storniert|abgesagt|"
    r"verschoben|booked|confirmed|cancell?ed|moved|rescheduled)\s*\?$"
)
# a question asking the salon to do something, or whether the caller may: no outcome asked
_MODAL = lazy(
    r"^\W*(?:\w+\s*,\s*)?(?:kann|können|könnten|könntest|würden|würdest|wollen|möchten|"
    r"can|could|would|will|may|shall)\b"
)
# the act a noun names, where the question asks whether "it" went through ("Hat das mit der
# Buchung geklappt?", "Did the cancellation go through?")
_ACT_NOUN: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = (
    (ClaimKind.CANCELLED, lazy(r"\b(?:stornierung|storno|absage|cancell?ation)\b")),
    (
        ClaimKind.RESCHEDULED,
        lazy(r"\b(?:verschiebung|verlegung|umbuchung|move|reschedul\w*)\b"),
    ),
    (ClaimKind.BOOKED, lazy(r"\b(?:buchung|reservierung|booking|reservation)\b")),
)
# a text to the caller asked about ("Bekomme ich eine SMS?", "Will I get a text?")
# what a "not yet" to a question about an act says: the act is not done yet (74, 5, 280); to
# another question (a text) it claims nothing (190); to a move, the move not made (820)
NOT_DONE = {
    ClaimKind.BOOKED: ClaimKind.NOT_BOOKED,
    ClaimKind.CANCELLED: ClaimKind.NOT_CANCELLED,
    ClaimKind.RESCHEDULED: ClaimKind.NOT_MOVED,  # the move not made yet (convention 820)
}
# what a bare no to a question about an act says: the cancellation (824) or the move (843) not
# made; to a booking or any other question nothing (74)
DENIED_BY_NO = {
    ClaimKind.CANCELLED: ClaimKind.NOT_CANCELLED,
    ClaimKind.RESCHEDULED: ClaimKind.NOT_MOVED,
}
_TEXT = lazy(r"\b(?:sms|texts?|texting|textnachricht)\b")
# an e-mail asked about: no part of the salon's system sends one (convention 25; claims108)
# (not the caller's address asked for: "Haben Sie meine E-Mail-Adresse?", claims113)
_EMAIL = lazy(r"\b(?:e-?mail(?!-?\s?adress)\w*|mail(?!-?\s?adress)\w*|bestätigungsmail)\b")
_ASKED_STATE: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = (
    (
        ClaimKind.CANCELLED,
        lazy(
            r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off|"
            r"did\s+(?:you|they|it|we)\s+(?:\w+\s+)?(?:cancel|call\s+off))\b"
        ),
    ),
    (
        ClaimKind.RESCHEDULED,
        lazy(
            r"\b(?:verschoben|verlegt|umgebucht|umgelegt|moved|rescheduled|shifted|"
            r"did\s+(?:you|they|it|we)\s+(?:\w+\s+)?(?:move|reschedule|shift))\b"
        ),
    ),
    (
        ClaimKind.HELD,
        lazy(r"\b(?:reserviert|vorgemerkt|geblockt|blockiert|on\s+hold|held|reserved)\b"),
    ),
    (
        ClaimKind.DONE,
        lazy(
            r"\b(?:done|erledigt|geklappt|funktioniert|ging|gegangen|worked|work|"
            r"(?:go|gone|went)\s+through|"
            r"durchgegangen|durch)\b"
        ),
    ),
    (
        ClaimKind.BOOKED,
        lazy(
            # not "Steht mein Termin noch?": whether it still stands, stated and read as said
            # (the lead's decision D11, convention 1051)
            r"\b(?:gebucht|fest|fix|eingetragen|drin|bestätigt|steht(?![^?]*\bnoch\s*\?)|booked|confirmed|"
            r"in(?=\s*(?:[?,.!]|$|(?:now|yet|already|for|on|at|with|then)\b))|locked\s+in|set|"
            # "fest" in English (claims157, blind 55): "So is it firm or not?"
            r"firm(?=\s*(?:[?,.!]|$|(?:now|yet|already|or)\b))|"
            r"did\s+(?:you|they|we)\s+(?:\w+\s+)?book)\b"
        ),
    ),
)
# a past modal of ability or necessity asking whether the act was done (blind 32, claims67;
# convention 74): "Konnten Sie mich eintragen?", "Mussten Sie meinen Termin stornieren?", "Were
# you able to book me in?", "Did you have to cancel my appointment?" ("Können Sie …?", "Could you
# …?" ask for the act: `_MODAL`)
_ACT_KIND = (
    (ClaimKind.BOOKED, frozenset({"eintragen", "buchen", "einbuchen", "book", "fit"})),
    (ClaimKind.CANCELLED, frozenset({"stornieren", "absagen", "streichen", "cancel"})),
    (
        ClaimKind.RESCHEDULED,
        frozenset({"verschieben", "verlegen", "umbuchen", "move", "reschedule"}),
    ),
)
_ASKED_ACT = lazy(
    r"^\W*(?:konnten|mussten|durften)\s+sie\s+(?:\w+\s+){0,4}?(?P<act>eintragen|buchen|einbuchen|"
    r"stornieren|absagen|streichen|verschieben|verlegen|umbuchen)\s*\?|"
    r"^\W*(?:were\s+you\s+able\s+to|did\s+you\s+(?:have|manage|get)\s+to|have\s+you\s+been\s+"
    r"able\s+to)\s+(?P<act2>book|fit|cancel|move|reschedule)\b"
)
# The answer words, in one place (claims122): every reader of a short answer (this module,
# `answered_question`, `detail_asked`) takes its yes, no and not-yet words from here.
YES = frozenset(
    "ja jawohl jawoll jo jep jepp jup jupp genau klar sicher sicherlich natürlich freilich logo "
    "selbstverständlich richtig korrekt exakt absolut allerdings gewiss mhm mhmm aha jap japp "
    "stimmt yes yep yeah yup yea sure certainly absolutely definitely indeed correct right "
    "exactly precisely course aye".split()  # "aye": Scots and Northern English (claims131)
)
NO = frozenset("nein nee nö no nope".split())
NOT_YET = frozenset("fast beinahe nahezu gleich jein almost nearly".split())
NOT_YET_PAIRS = (("noch", "nicht"), ("nicht", "ganz"), ("not", "yet"), ("not", "quite"))
# a hurried answer's frame (blind 48, claims122): a yes said twice as one word ("Jaja"), the
# answer announced as short ("Kurz gesagt: ja.", "Die kurze Antwort ist ja.", "Long story short,
# yes."), its certainty stressed ("Absolut, hundert Prozent.", "A hundred percent, yes.", "Ja
# doch, längst."), a wait asked for after a not-yet ("Nearly, hang on.", "Fast, eine Sekunde
# noch.", "Not quite, bear with me."): the answer word is the answer, the frame says nothing
_HURRIED = lazy(
    r"\b(?:die\s+)?kurze\s+antwort(?:\s+(?:ist|lautet))?\b|\bkurz\s+(?:gesagt|und\s+knapp)\b|"
    r"\bum\s+es\s+kurz\s+zu\s+machen\b|\b(?:mit\s+einem|in\s+einem)\s+wort\b|"
    r"\b(?:the\s+)?(?:short|quick)\s+(?:answer|version)(?:\s+is)?\b|\bin\s+(?:short|a\s+word)\b|"
    r"\blong\s+story\s+short\b|\blängst\b|"
    r"\b(?:hang|hold)\s+on\b|\bbear\s+with\s+me\b|\b(?:just\s+)?(?:a|one)\s+(?:sec|second|moment|"
    r"minute)\b|\bjust\s+a\s+tick\b|\beine\s+sekunde(?:\s+noch)?\b|"
    r"(?P<nearly>\b(?:nearly|almost)\s+there\b)|"
    r"(?P<sure>\b(?:(?:ein|einhundert|one|a)\s+)?hundert\s*prozent\w*\b|\bhundertprozentig\b|"
    r"\b(?:(?:a|one)\s+)?hundred\s+per\s*cent\b|\btotally\b)"
)
# an agreement with the caller's words opening the answer (blind 48, claims122): "Sie haben recht,
# halb elf", "Da haben Sie völlig recht, …", "Wie Sie sagen, ist der Termin storniert", "Völlig
# richtig, am Freitag", "You're right, half past ten", "Just as you said, Thursday at three",
# "Right you are, …", "Spot on, …": the caller's point endorsed, a yes (`agreed`); not "Sie haben
# recht, dass …" read further, nor "You're right to be upset" (no pause after the frame)
_AGREED = lazy(
    r"^\W*(?:(?:ja|jawohl|yes|yeah|oh|ah|okay|ok)\W+)?(?P<frame>(?:da\s+)?haben\s+sie\s+"
    r"(?:(?:ganz|v[oö]llig|vollkommen|absolut|nat[uü]rlich|schon)\s+)?recht|sie\s+haben\s+"
    r"(?:(?:ganz|v[oö]llig|vollkommen|absolut|nat[uü]rlich|schon)\s+)?recht|(?:genau\s+|ganz\s+)?wie\s+"
    r"sie\s+(?:schon\s+)?(?:sagen|sagten|meinen|meinten)|(?:v[oö]llig|ganz|vollkommen|absolut)\s+"
    r"richtig|(?P<en>you(?:'re|\s+are)\s+(?:(?:quite|absolutely|completely|totally|so)\s+)?right|"
    r"right\s+you\s+are|(?:just\s+|exactly\s+)?(?:as|like)\s+you\s+(?:say|said)|quite\s+right|"
    r"spot\s+on))(?=\s*(?:[,:;.!–—-]|$))",
    re.IGNORECASE,
)


def _unaccented(text: str) -> tuple[str, list[int]]:
    """`text` with accents and combining marks left off ("hábén" -> "haben"), and where each of
    its characters stands in `text`."""
    if text.isascii():
        return text, list(range(len(text)))  # no accent, no combining mark
    plain: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        base = unicodedata.normalize("NFD", ch)[0]
        if not unicodedata.combining(base):
            plain.append(base)
            where.append(i)
    return "".join(plain), where


def agreed(sentence: str) -> str:
    """`sentence` with an agreement opening it (`_AGREED`) said as the yes it is ("Ja" / "Yes",
    padded: characters kept in place); unchanged without one."""
    plain, where = _unaccented(sentence)
    m = _AGREED.match(plain)
    if m is None:
        return sentence
    start, end = where[m.start("frame")], where[m.end("frame") - 1] + 1
    while end < len(sentence) and unicodedata.combining(sentence[end]):
        end += 1  # a mark on the frame's last letter
    yes = "Yes" if m["en"] else "Ja"
    return sentence[:start] + yes.ljust(end - start) + sentence[end:]


_DOUBLED_YES = lazy(r"\b(ja|jo|yes)(?:\1)+\b")


def hurried(text: str) -> str:
    """Folded `text` with a hurried answer's frame left out (see `_HURRIED`): "jaja" is "ja ja",
    "nearly there" its "nearly", "hundert Prozent" / "totally" the yes word "sicher"; a hedge,
    impression or source around the answer is its answer word (`hedged_answer`)."""
    text = _DOUBLED_YES.sub(
        lambda m: f" {m.group(1)} " * (len(m.group(0)) // len(m.group(1))), text
    )
    return unhedged(
        _HURRIED.sub(
            lambda m: " nearly " if m["nearly"] else " sicher " if m["sure"] else " ", text
        )
    )


# words an answer may carry around its yes or no: a pronoun and auxiliary echoed, intensifiers
_ECHO = frozenset(
    "ist es er sie sind bin hat haben das schon jetzt auch so ganz ja nein nee nö moment einen "
    "noch nicht bitte aber eben is it it's you are you're did does do has have i am was "
    "of no nope not quite yet just that's sir madam frau herr fest fix gebucht eingetragen drin "
    "booked confirmed done doch "
    # the modal of the caller's question echoed, and a regret (blind 32, claims67): "Ja, konnte
    # ich.", "Ja, musste ich leider.", "Yes, I managed it.", "I'm afraid I had to, yes.", "Noch
    # nicht, einen Augenblick."
    "konnte konnten musste mussten durfte durften ich wir leider managed had to able afraid i'm "
    "augenblick sekunde "
    # regrets in other words (claims74): "Sadly I had to, yes.", "Unfortunately, yes."
    "sadly unfortunately "
    # an assurance or performative around the yes, a word cut off and a filler (blind 34,
    # claims75): "Versprochen, ja.", "Großes Ehrenwort, ja.", "Hiermit: ja.", "You have my word,
    # yes.", "Ja, ja, ge-, äh, ja."
    "versprochen ehrenwort großes hiermit hereby promise word my ge äh ähm "
    # a yes said warmly (blind 44, claims108): "Na klar.", "Sicher doch.", "Stimmt genau."
    "na "
    # the question's own stress echoed with the yes (claims134): "For real this time, yes." to "So
    # it's really booked this time?", "Ja, echt jetzt." to "Ist das jetzt echt drin?"
    "really real for this time truly wirklich echt diesmal dieses mal".split()
)
_AUX_ECHO = lazy(
    r"^(?:it|that|you|i|ist|es|das|sie)\s+(?:is|did|does|has|are|am|was|ist|sind|hat)$|"
    r"^(?:sure|klar)\s+(?:is|did|does|are|was|ist)$"
)


@per_text(256)
def asked(caller: str) -> tuple[ClaimKind, FollowUp | None] | None:
    """The outcome the caller's last yes-or-no question asks about (a text to them as a
    FOLLOW_UP of kind TEXT), if any: the state word said last is what is asked ("Haben Sie den
    gebuchten Termin storniert?" asks about the cancellation)."""
    q = _question(caller)
    if q is None:
        return None
    if _TEXT.search(q):  # a text is the caller's, whoever the question's subject
        return ClaimKind.FOLLOW_UP, FollowUp.TEXT
    if _EMAIL.search(q):
        return ClaimKind.FOLLOW_UP, FollowUp.EMAIL
    if not _SUBJECT.search(q) and not _BARE_STATE.match(q):
        return None
    if _MODAL.search(q):
        return None
    act = _ASKED_ACT.search(q)
    if act is not None:  # "Konnten Sie mich eintragen?", "Did you have to cancel it?"
        verb = act["act"] or act["act2"]
        return next(k for k, verbs in _ACT_KIND if verb in verbs), None
    found = [(m.start(), kind) for kind, rule in _ASKED_STATE for m in rule.finditer(q)]
    if not found:
        return None
    kind = max(found)[1]
    if kind is ClaimKind.DONE:
        for act, noun in _ACT_NOUN:
            if noun.search(q):
                return act, None
        if not re.search(r"\b(?:it|that|this|das|es)\b", q):
            return None
    return kind, None


@per_text(256)
def _question(caller: str) -> str | None:
    """The caller's last question, folded, when it is a yes-or-no question not negated."""
    question = last_question(caller_heard(caller))
    if not question:
        return None
    q = _EITHER.sub("?", question.strip())  # "Ist es gebucht oder nicht?" asks "gebucht?"
    if _WH.search(q) or _NEGATED.search(q):
        return None
    return q


# the alternative said out, not a negated question (blind 48, claims122): "…, oder nicht?",
# "… or not?", "… or isn't it?"
_EITHER = lazy(
    r"\s*,?\s*(?:oder\s+(?:etwa\s+)?nicht|or\s+not|or\s+(?:isn't|aren't|wasn't|hasn't|haven't|"
    r"didn't|don't|doesn't)\s+(?:it|i|he|she|they|you|we|there))\s*\?$"
)


def _asked(caller: str) -> ClaimKind | None:
    """The state the caller's last question asks about (`asked`'s kind)."""
    found = asked(caller)
    return found[0] if found else None


def asked_elsewhere(caller: str, names: Names) -> bool:
    """Whether the caller's last words are a yes-or-no question about something other than an
    appointment, its outcome or a slot ("Haben Sie samstags offen?", "Can I pay by card?"): no
    word of a visit, no day or time named unless the salon's hours are asked."""
    q = _question(caller)
    if q is None or asked(caller) is not None or _ABOUT_VISIT.search(q):
        return False
    d = read_details(q, names)
    placed = d.weekdays or d.days or d.relative_days or d.times
    if not placed and (_WITH_STYLIST.search(q) or _NAME_ECHOED.match(q)):
        # "Ist das bei Lena?", "Am I with Fabian?" (blind 49, claims123): the caller's visit;
        # the stylist echoed back as a check ("Fabian, right?", "Mit Lena, ja?", "With the young
        # man, Fabian?": convention 1054's echo, whose answer with a yes is the claim)
        pieces = [*_WITH_STYLIST.findall(q), *(m[1] for m in [_NAME_ECHOED.match(q)] if m)]
        placed = read_details(" , ".join(pieces), names).stylists
    return not placed or bool(_HOURS.search(q))


# a stylist the caller is with: "bei Lena", "beim Memo", "with Mr Spitzer"
_WITH_STYLIST = lazy(
    r"\b(?:bei|beim|with|mit)\s+(?:(?:frau|herrn?|mr|mrs|ms)\.?\s+)?\w+"
    r"(?:\s+\w+){0,2}(?:\s*,\s*\w+)?"  # "with the young man, Fabian"
)
# a name alone asked back: "Fabian, right?", "Lena?"
_NAME_ECHOED = lazy(
    r"^\W*(?:(?:und|also|and|so)\s+)?(\w+)\s*(?:,?\s*(?:right|oder|ja|richtig|correct|yes|gell|ne|"
    r"nicht\s+wahr|is\s+it|isn't\s+it))?\s*\?\s*$"
)


# what makes a question one about the caller's appointment or a slot, whatever its verb
_ABOUT_VISIT = lazy(
    r"\b(?:\w*termin\w*|buchung|reservierung|platz|slot|appointment|booking|reservation|frei|"
    r"free|available|verfügbar|geht|ginge|gehen|passt|passen|klappt|möglich|noch\s+was|zeit|"
    r"time|uhr|o'clock|dran|kommen|komme|vorbeikommen|come|coming|works?|stornier\w*|absag\w*|"
    r"abgesagt|verschieb\w*|verleg\w*|umbuch\w*|buchen|eintragen|reservieren|vormerken|"
    r"cancel\w*|move|reschedul\w*|book|reserve|hold|confirm\w*|bestätig\w*|sms|text\w*|"
    r"e-?mail|nachricht|message|rückruf|zurückrufen|call\s+back|gebucht|booked|eingetragen|"
    r"fest|fix|drin|steht|in|done|erledigt)\b"
)
# the salon's hours asked: a day named is not the caller's visit
_HOURS = lazy(r"\b(?:offen|geöffnet|auf|zu|open|opening|close[ds]?)\b")


_CUT_OFF = lazy(r"\b\w{1,6}-(?=[\s,.…–—]|$)")
_HESITATION = frozenset({"äh", "ähm", "öh", "öhm", "hm", "hmm", "uh", "um", "erm", "er"})


def _polarity(sentence: str) -> str | None:
    """ "yes", "not_yet" or None: what a sentence of answer words alone answers."""
    # a hesitation or a word broken off says nothing ("Ja, ja, ge-, äh, ja": blind 34)
    plain = hurried(_CUT_OFF.sub(" ", caller_heard(sentence)))  # "Nei, no nöd." (claims131)
    words = [w for w in re.findall(r"[\w']+", plain) if w not in _HESITATION]
    if not words or len(words) > 6:
        return None
    if any(w not in YES and w not in NOT_YET and w not in _ECHO for w in words):
        return None
    pairs = set(pairwise(words))
    late = "not" in words and "yet" in words  # "not just yet"
    if late or any(p in pairs for p in NOT_YET_PAIRS) or any(w in NOT_YET for w in words):
        return "not_yet"
    if any(w in ("nein", "nee", "nö", "no", "nope", "not", "nicht") for w in words):
        return None
    if any(w in YES for w in words) or _AUX_ECHO.search(" ".join(words)):
        return "yes"
    return None


def caller_answered(sentence: str, caller: str, names: Names) -> tuple[Claim, ...]:
    """The claim a short answer makes about what the caller asked (see above)."""
    gainsaid = _gainsaid(sentence, caller)
    if gainsaid is not None:
        return claim_asked(sentence, gainsaid, "yes", names)
    conceded = _conceded(sentence, caller)
    if conceded is not None:  # "No, it isn't." to "Isn't it booked yet?": not yet (906)
        return claim_asked(sentence, conceded, "not_yet", names)
    moved = _moved_to(sentence, caller, names)
    if moved is not None:
        return (moved,)
    return claim_asked(sentence, caller, _polarity(sentence), names)


# a yes with the new place, to the caller's "did you move it?": "Yes, to tomorrow at three", "Ja,
# auf Donnerstag um fünfzehn Uhr", "I have, to Thursday at 3 p.m." (convention 74: the answer
# claims what was asked, with the place it names); the place may stand alone after the yes (blind
# 51, claims128: "Jo, Donnerstag um drei.", "Jawohl, Donnerstag, 15 Uhr.")
_MOVED_TO = lazy(
    r"^\W*(?:(?:ja|jo|jup|jawoll|yes|yep|yup|yeah|aye|genau|richtig|jawohl|i\s+have|i\s+did|"
    r"habe\s+ich|hab\s+ich|ist\s+er|it\s+is|that's\s+right|right)\W+)+(?:(?:jetzt|nun|now)\s+)?"
    r"(?:(?:auf|nach|to|onto)\s+)?(?P<place>.+?)\W*$"
)


def _moved_to(sentence: str, caller: str, names: Names) -> Claim | None:
    if not caller or "?" not in caller or asked(caller) != (ClaimKind.RESCHEDULED, None):
        return None
    m = _MOVED_TO.match(normalize(sentence))
    if m is None:
        return None
    place = m.group("place")
    words = re.findall(r"[\w':.]+", place)
    if not words or any(not is_detail_word(w) and w not in _PLACE_FILLER for w in words):
        return None
    details = read_details(place, names)
    if not (details.weekdays or details.days or details.relative_days or details.times):
        return None
    return Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))


_PLACE_FILLER = frozenset(
    {"am", "um", "den", "dem", "der", "the", "at", "on", "in", "afternoon", "morning", "nachmittag",
     "vormittag", "nachmittags", "vormittags", "also", "so", "of", "o'clock", "uhr"}
)  # fmt: skip


# blind 35 (claims80; convention 74): a negated question gainsaid with "doch" ("Doch." / "Doch, ist
# er." to "Ist der Termin etwa nicht gebucht?") says what the question denies; a bare "Ja." or
# "Yes." to it stays unread (it may agree with the denial). An English affirmative echo ("Yes, it
# is.", "It is, yeah." to "Isn't it booked yet?") says it too: the caller hears "it is booked"
# (convention 463).
_NEGATION = lazy(r"\b(?:etwa\s+)?(?:noch\s+)?(?:nicht|not)\b(?:\s+yet\b)?|n't\b")
_AFFIRMING_ECHO = lazy(r"\b(?:it|that|you|i)\s+(?:is|has|did|does|are|am|was|have)\b")


# the echo stressed (claims116, blind 42's "It is, actually." to "So it isn't booked yet?"): "It
# is, in fact.", "Oh, but it is.", "Doch, ist er tatsächlich."
_STRESSED = frozenset(
    "actually really truly in fact but tatsächlich wirklich wohl sehr wohl definitiv".split()
)


# an English no that agrees with a negated question, its auxiliary echoed and denied (convention
# 906, claims122): "No, it isn't.", "No, it's not.", "No, you're not." to "Isn't it booked yet?"
_CONCEDED = lazy(
    r"^\W*(?:no|nope)\W+(?:(?:it|you|that|i)\s+(?:isn't|aren't|hasn't|haven't|is\s+not|are\s+not|"
    r"has\s+not|have\s+not|am\s+not)|(?:it's|you're|that's|i'm)\s+not|"
    # claims139 (blind 44): the act denied in the past, "No, I didn't." to "You didn't cancel it,
    # did you?": the act not done (a cancellation: `not_cancelled`, 280)
    r"(?:i|we|you|they|he|she)\s+(?:didn't|did\s+not))(?:\s+yet)?\W*$"
)
# "you didn't cancel it" asked as "did you cancel it" (`asked` reads the act after "did")
_DID_NOT = lazy(r"\b(you|i|we|they|he|she)\s+(?:didn't|did\s+not)\s+")


def _conceded(sentence: str, caller: str) -> str | None:
    """The caller's negated question without its negation, when `sentence` agrees with it."""
    if not _CONCEDED.match(normalize(sentence)):
        return None
    question = last_question(caller_heard(caller))
    if not question or not _NEGATED.search(question):
        return None
    question = _DID_NOT.sub(r"did \1 ", question)
    return re.sub(r"\s+", " ", _NEGATION.sub(" ", question)).strip()


def _gainsaid(sentence: str, caller: str) -> str | None:
    """The caller's negated question without its negation, when `sentence` gainsays it."""
    words = re.findall(r"[\w']+", normalize(sentence))
    if not words or len(words) > 6:
        return None
    if "doch" not in words and not _AFFIRMING_ECHO.search(" ".join(words)):
        return None
    if any(w in ("nein", "nee", "nö", "no", "nope", "not", "nicht", "kein") for w in words):
        return None
    allowed = YES | _ECHO | {"oh", "ah", "well", "schon", "hab", "habe", "ich"} | _STRESSED
    if any(w not in allowed for w in words):
        return None
    question = last_question(caller_heard(caller))
    if not question or not _NEGATED.search(question):
        return None
    return re.sub(r"\s+", " ", _NEGATION.sub(" ", question)).strip()


def claim_asked(
    sentence: str, caller: str, polarity: str | None, names: Names
) -> tuple[Claim, ...]:
    """The claim an answer of `polarity` ("yes", "not_yet" or "no") makes about what the caller
    asked, with the question's day, time, stylist or service; () when it claims nothing."""
    if not caller or "?" not in caller or polarity not in ("yes", "not_yet", "no", "open"):
        return ()
    found = asked(caller)
    if found is None:
        return ()
    kind, follow_up = found
    if polarity == "no":  # a bare no to a cancellation or a move question: not made (824, 843)
        kind = DENIED_BY_NO.get(kind)
        if kind is None:
            return ()
    if polarity == "not_yet":  # not done yet: booked (convention 5) or cancelled (280)
        kind = NOT_DONE.get(kind)
        if kind is None:
            return ()
    question = caller_heard(caller).rsplit(".", 1)[-1]
    details = ClaimDetails(((Role.ANY, read_details(question, names)),))
    if polarity == "open":  # the booking asked about said open: not confirmed (731)
        if kind is not ClaimKind.BOOKED:
            return ()
        return (Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details, unconfirmed=True),)
    return (Claim(kind, 0, len(sentence), details, follow_up),)
