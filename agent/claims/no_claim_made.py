"""Sentences that claim nothing about the caller's appointment, though the readers read a claim in
them (blind 15's false blocks), one pattern per class:

- a hold said lapsed ("Die Reservierung ist ausgelaufen", "Der Platz war nur kurz reserviert,
  und die Zeit ist um", "Your hold timed out", "The slot was only held briefly and the time ran
  out"): the hold and the booking read in its hold words are dropped (as "The hold has expired");
- the system's success supposed ("Sollte das System den Termin annehmen, bekommen Sie eine SMS",
  "Wenn es klappt, wären Sie am Freitag bei Fabian", "Should the system accept it, you'll get a
  text", "If that goes through, you'd have Friday at ten"): what follows is on that condition;
- the caller quoted ("You say 'but I'm already booked' – let me check", "'The appointment's
  cancelled', you said?", "Sie sagen „das ist doch schon gebucht“ – …"): what the quote says;
- an earlier visit dated in the past ("An appointment of yours was cancelled in October, but
  that's a while ago", "… last spring, but that's long ago");
- the salon's opening days ("Wir haben von Dienstag bis Samstag für Sie geöffnet", "Wir sind
  von Dienstag bis Samstag für Sie da") and a rule of notice ("Please cancel at least 24 hours
  ahead if you can't make it"), the caller asked to cancel on a condition ("Bitte sagen Sie ab,
  falls Sie verhindert sind"): the booking read in "für Sie", "if you can't make it" or "absagen".

Each drops only the claims of the kinds it names, and only where its pattern is in the sentence;
a sentence that also states the outcome in a clause of its own keeps that claim (the quote and
the hold patterns drop only claims inside the quote or in the hold's own words).
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.informed_only import without_informed
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.neutral_asides import without_asides
from agent.claims.normalize import fold
from agent.claims.read_out import READ_QUOTE
from agent.claims.small_talk import without_small_talk

K = ClaimKind
_LAPSED = lazy(
    r"\b(?:abgelaufen|ausgelaufen|verstrichen|verfallen|zeit\s+ist\s+um|sind\s+vorbei|expired|"
    r"lapsed|timed\s+out|ran\s+out|run\s+out|time\s+is\s+up|time's\s+up|that\s+time\s+is\s+up)\b"
)
_HOLD_WORDS = lazy(
    r"reserv|vorgemerkt|vormerkung|gehalten|halten|hold|held|platz|slot|spot|blocked|geblockt"
)
_SUCCESS_SUPPOSED = lazy(
    r"^\W*(?:sollte|sollten|should|falls|wenn|sofern|if)\s+(?:\w+\s+){0,5}?(?:klappt|klappen|"
    r"durchgeht|durchgehen|funktioniert|annehmen|annimmt|akzeptiert|works|work|goes\s+through|"
    r"go\s+through|accept|accepts|succeeds)\b[^,;:]*[,;:]"
)
_WOULD_HAVE = lazy(r"\b(?:hätten|wären)\s+sie\b|\byou'd\s+(?:have|be|get)\b")
_SAID_BY_CALLER = lazy(
    r"\b(?:you\s+(?:say|said|mean|meant|told\s+me)|(?:sie|du)\s+(?:sagen|sagten|meinen|meinten|"
    r"sagst|sagtest)|(?:sagen|sagten|meinten|meinen)\s+sie|haben\s+sie\s+gesagt)\b"
)
_QUOTE = lazy(r"(?:^|(?<=[\s:(]))[\"'„“‚‘«»](.{3,}?)[\"'“”‘’«»](?=[\s,.;:?!–—)]|$)")
_LONG_AGO = lazy(
    r"\b(?:a\s+while\s+ago|long\s+ago|ages\s+ago|years\s+ago|months\s+ago|last\s+(?:year|spring|"
    r"summer|autumn|fall|winter)|ist\s+(?:schon\s+)?(?:eine\s+weile|lange|länger)\s+her|"
    r"letztes\s+jahr|letzten\s+(?:frühling|sommer|herbst|winter))\b"
)
_OPEN_DAYS = lazy(
    r"\b(?:von|from)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday)\s+(?:bis|to|till|until)\s+(?:\w+)\b[^.!?]*?\b(?:geöffnet|"
    r"offen|da|open)\b"
)
_NOTICE = lazy(
    r"\b(?:at\s+least|mindestens|spätestens|no\s+later\s+than)\s+(?:\d+|ein\w*|one|a|zwei|two)\s+"
    r"(?:hours?|stunden?|tage?n?|days?)\b"
)
# a claim word quoted as words, not said (blind 16): "Der Satz „Ihr Termin ist bestätigt“ kommt
# erst, wenn …", "Wenn auf Ihrem Zettel „gebucht“ steht, …", "I'll only say "you're booked" once
# …", "If your text says "cancelled", …"
_QUOTE_TALK = lazy(
    r"\b(?:satz|sätze|wort|worte|wörter|formulierung|ausdruck|steht|stehen|sage|sag|sagt|lautet|"
    r"word|words|phrase|sentence|say|says|reads|read)\b"
)
_QUOTE_MARK = lazy(r"[\"„“”«»]")
# the frame alone read as a claim: "„storniert“ steht" (a visit that stands), "your text says"
_FRAME_ONLY = lazy(r"^\W*(?:\w+\s+){0,3}(?:steht|stehen|lautet|says|reads)\W*$")
_DAYS = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
# a stylist's working days (blind 16): "Fabian works Tuesday to Saturday", "Lena arbeitet von
# Mittwoch bis Samstag"
_WORK_DAYS = lazy(
    rf"\b(?:works?|working|arbeitet|arbeiten)\b[^.!?]*?\b{_DAYS}\s+(?:bis|to|till|until|through)\s+"
    rf"{_DAYS}\b"
)
# a check mark after a negated or failed act, a hold or a request (blind 16: "ICH HABE NICHTS
# STORNIERT. ✅", "DAS HAT LEIDER NICHT GEKLAPPT … ✅", "**RESERVIERT (VORLÄUFIG):** FREITAG, 10:00
# ✅"): it marks the line, not a success; the words before it are read as they are
_CHECK = lazy(r"✓")
_CHECK_NOT_SUCCESS = lazy(
    r"\b(?:nicht|nichts|kein\w*|leider|fehler|fehlgeschlagen|not|nothing|no|failed|error|"
    r"unfortunately|reserviert|vorläufig|vorgemerkt|reserved|provisional|provisionally|"
    r"request|anfrage)\b|n't\b"
)
_CLAIM_WORD = lazy(
    r"\b(?:gebucht|eingetragen|bestätigt|fest|fix|storniert|verschoben|booked|confirmed|"
    r"cancell?ed|moved|rescheduled|done|erledigt)\b"
)
# blind 16's second pass (claims26): a promise to call on a failure ("Sollte etwas schiefgehen,
# melde ich mich", "Should anything go wrong, I'll be in touch") promises nothing yet; a house rule
# beside the claim ("…; die Anzahlung entfällt bei uns") cancels nothing; other people's slots
# all gone ("Die Termine am Samstag sind alle weg", "The Saturday slots are all taken"); an
# invitation to call ahead if late ("Sie können gern vorher anrufen, falls Sie sich verspäten")
# presupposes no booking of the caller's
_IF_WRONG = lazy(
    r"^\W*(?:sollte|sollten|falls|wenn|should|if)\s+(?:\w+\s+){0,2}?(?:etwas|irgendwas|was|"
    r"anything|something)\s+(?:\w+\s+){0,2}?(?:schief\w*|go(?:es)?\s+wrong|dazwischen\w*)\b"
)
_HOUSE_FEE = lazy(
    r"\b(?:anzahlung|vorauszahlung|gebühr|stornogebühr|ausfallgebühr)\s+entfällt\s+bei\s+uns\b"
)
_FEE_WORD = lazy(r"anzahlung|vorauszahlung|gebühr")
_ALL_TAKEN = lazy(
    r"\b(?:\w*termine|slots|plätze|zeiten|appointments|times)\b[^.!?]*?\b(?:sind|are)\s+"
    r"(?:leider\s+|schon\s+|already\s+)?(?:alle|all)\s+(?:weg|vergeben|belegt|gone|taken)\b"
)
_CALL_AHEAD = lazy(
    r"\b(?:vorher\s+(?:an|durch)rufen|vorher\s+durch|call\s+ahead|ring\s+ahead)\b[^.!?]*\b(?:falls|"
    r"wenn|if)\b"
)
# blind 38 (claims91): the caller asked to cancel on a condition ("Bitte sagen Sie ab, falls Sie
# verhindert sind", "Bitte rufen Sie an, falls Sie absagen müssen", "Please call us if you need
# to cancel"): a rule for any visit, as the call-ahead request, names no booking of the caller's
_CANCEL_IF = lazy(
    r"\b(?:sagen\s+sie\s+(?:\w+\s+){0,2}?ab|rufen\s+sie\s+(?:\w+\s+){0,2}?an|"
    r"(?:call|ring|tell|let)\s+(?:us|me)\s+(?:know\s+)?)\b[^.!?]*?\b(?:falls|wenn|if)\s+(?:sie|you)\b"
    r"|\b(?:falls|wenn|if)\s+(?:ihnen\s+|sie\s+|you\s+)(?:\w+\s+){0,3}?(?:dazwischen\w*|"
    r"verhindert|absagen\s+müssen|need\s+to\s+cancel|have\s+to\s+cancel)\b[^.!?]*?"
    r"\b(?:sagen\s+sie\s+(?:\w+\s+){0,2}?ab)\b"
)
# claims28: a house request on arriving ("Bitte kommen Sie ungefähr fünf Minuten vorher",
# "Please arrive about five minutes early") names no visit of the caller's: a rule for every
# visit, as a rule of notice
_ARRIVAL_RULE = lazy(
    r"\b(?:kommen\s+sie|arrive|come\s+in)\s+(?:\w+\s+){0,2}?(?:\w+|\d+)\s+minuten?\s+"
    r"(?:vorher|früher|eher)\b|\barrive\s+(?:\w+\s+){0,2}?(?:\w+|\d+)\s+minutes?\s+early\b"
)
_OUTCOMES = frozenset(
    {K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS, K.FOLLOW_UP, K.AVAILABLE}
)
_PATTERNS = (
    _LAPSED,
    _SUCCESS_SUPPOSED,
    _SAID_BY_CALLER,
    _LONG_AGO,
    _OPEN_DAYS,
    _NOTICE,
    _QUOTE_TALK,
    _WORK_DAYS,
    _CHECK,
    _IF_WRONG,
    _HOUSE_FEE,
    _ALL_TAKEN,
    _CALL_AHEAD,
    _CANCEL_IF,
    _ARRIVAL_RULE,
)


def without_no_claim(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those read in a sentence of the classes above."""
    if not claims:
        return claims
    folded = fold(sentence)
    text = folded.text
    if not any(opens(p, text) and p.search(text) for p in _PATTERNS):
        return without_asides(
            sentence, without_informed(sentence, without_small_talk(sentence, claims))
        )  # blind 17, 18

    def spoken(c: Claim) -> str:
        return fold(sentence[c.start : c.end]).text

    if _LAPSED.search(text):
        claims = tuple(
            c
            for c in claims
            if not (c.kind in (K.HELD, K.BOOKED) and _HOLD_WORDS.search(spoken(c)))
        )
    if _SUCCESS_SUPPOSED.search(text):
        # the caller's would-be slot goes with it ("…, hätten Sie Freitag um zehn"); a slot
        # offered on a condition stays an offer ("If Saturday works: Lena at eleven would be
        # possible")
        dropped = _OUTCOMES if _WOULD_HAVE.search(text) else _OUTCOMES - {K.AVAILABLE}
        claims = tuple(c for c in claims if c.kind not in dropped)
    if _SAID_BY_CALLER.search(text):
        quoted = [folded.span(*m.span(1)) for m in _QUOTE.finditer(text)]
        claims = tuple(
            c
            for c in claims
            if not (c.kind in _OUTCOMES and any(a - 1 <= c.start < b for a, b in quoted))
        )
    if _QUOTE_MARK.search(text) and _QUOTE_TALK.search(text) and not READ_QUOTE.search(text):
        quoted = [folded.span(*m.span(1)) for m in _QUOTE.finditer(text)]
        claims = tuple(
            c
            for c in claims
            if not (
                c.kind in _OUTCOMES
                and (
                    any(c.start < b and a - 1 < c.end for a, b in quoted)
                    or _FRAME_ONLY.match(spoken(c))
                )
            )
        )
    if "✓" in text and _CHECK_NOT_SUCCESS.search(text):
        claims = tuple(
            c
            for c in claims
            if not (
                c.kind in (K.DONE, K.BOOKED)
                and "✓" in spoken(c)
                and not _CLAIM_WORD.search(spoken(c))
            )
        )
    if _IF_WRONG.search(text):
        claims = tuple(c for c in claims if c.kind is not K.FOLLOW_UP)
    if _HOUSE_FEE.search(text):
        claims = tuple(
            c for c in claims if not (c.kind is K.CANCELLED and _FEE_WORD.search(spoken(c)))
        )
    if _ALL_TAKEN.search(text):
        claims = tuple(c for c in claims if c.kind not in (K.CANCELLED, K.GONE, K.BOOKED))
    if _ARRIVAL_RULE.search(text):
        claims = tuple(c for c in claims if not (c.kind is K.BOOKED and c.details.empty))
    if _CANCEL_IF.search(text):
        claims = tuple(c for c in claims if not (c.kind is K.BOOKED and c.details.empty))
    if _CALL_AHEAD.search(text):
        claims = tuple(c for c in claims if not (c.kind is K.BOOKED and c.details.empty))
    if _WORK_DAYS.search(text):
        claims = tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _LONG_AGO.search(text):
        claims = tuple(c for c in claims if c.kind not in (K.BOOKED, K.CANCELLED, K.RESCHEDULED))
    if _OPEN_DAYS.search(text):
        claims = tuple(c for c in claims if c.kind is not K.BOOKED)
    if _NOTICE.search(text):  # a rule for every booking: no day of the caller's named
        claims = tuple(c for c in claims if not (c.kind is K.BOOKED and c.details.empty))
    return without_asides(
        sentence, without_informed(sentence, without_small_talk(sentence, claims))
    )  # blind 17, 18
