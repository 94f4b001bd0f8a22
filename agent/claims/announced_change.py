"""A cancellation or move of the caller's appointment announced before its outcome, or said
still running (the lead's decisions D44 and D45, conventions 1111 and 1112; 670's reading of an
announced booking applied to the other two acts).

"Ich storniere das jetzt für Sie, einen Moment", "Sending the cancellation now, one moment",
"Ich leite die Stornierung ein", "Die Stornierung läuft noch", "The cancellation is still going
through", "Die Absage wird gerade bearbeitet": the act is still to come, so the appointment is
not cancelled yet (NOT_CANCELLED, with what the sentence names). "I'm moving it to Thursday now",
"Ich verschiebe Ihren Termin jetzt auf Donnerstag um drei", "Die Umbuchung läuft noch": not moved
yet (NOT_MOVED), and a new place the sentence names is free for the caller (AVAILABLE, as 670
reads "Ich buche jetzt Freitag um zehn"). An appointment the act presupposes ("Ich storniere
gerade Ihren Samstagstermin bei Lena": `booked`) stays claimed.

Not: the act said done after it ("… done.", "… so, erledigt", "there, it's off": D33, the
outcome told), a condition, a wish or a question ("Wenn Sie möchten, storniere ich …", "Soll ich
verschieben?", "I'll cancel it as soon as you confirm"), a denial ("Ich storniere nichts ohne Ihr
Okay"), the speaker's past ("habe"), someone else's act. The act as a plan with "dann" and no
word of now ("Ich verschiebe Sie dann auf Donnerstag", "Dann verschieben wir das mal") and the
act attempted ("I'll try to move it", "Ich versuche gerade, den Termin zu verschieben") are the
act still to come too (the lead's D58, convention 1125; claims106 had read the plan as no claim).
"""

from __future__ import annotations

from agent.claims.answered_slot import placed
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

K = ClaimKind
# the caller's appointment as the English act's object: "cancel it", "moving your appointment"
_OBJ_EN = (
    r"(?:it|that|this|you|your|the\s+(?:appointment|booking|\w+day)|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)"
)
# the gerund alone is an act announced only with a word of now after it ("Cancelling it now",
# "Moving it now", "Cancelling now, one moment"), not talk of the act ("Cancelling is free")
_GERUND_NOW = r"(?:now|right\s+now|as\s+we\s+speak|this\s+minute)\b"
# the speaker's own cancellation, announced in the present or the immediate future
_CANCEL = lazy(
    r"\b(?:ich\s+(?:\w+\s+){0,4}?(?:storniere|streiche|lösche)\b|(?:storniere|streiche|lösche)\s+ich|"
    r"stornieren\s+wir\b|wir\s+(?:\w+\s+){0,3}?stornieren\b|"
    r"ich\s+versuche\b[^.!?;–—]*?\b(?:zu\s+stornieren|abzusagen)\b|"
    r"ich\s+sage\b[^.!?;]*?\bab\b|sage\s+ich\b[^.!?;]*?\bab\b|"
    r"(?:ich\s+)?(?:schicke|sende|leite|gebe)\s+(?:ich\s+)?(?:\w+\s+){0,2}?(?:die|ihre)\s+"
    r"(?:stornierung|absage)\b|"
    r"(?:i'm|i\s+am|i'll|i\s+will)\s+(?:\w+\s+){0,2}?(?:(?:cancell?ing|cancel|calling\s+off|"
    rf"call\s+off)\s+{_OBJ_EN}|sending\s+(?:\w+\s+)?cancell?ation|starting\s+the\s+cancell?ation)\b|"
    rf"let\s+me\s+(?:\w+\s+)?cancel\s+{_OBJ_EN}\b|"
    r"^\W*(?:(?:okay|ok|right|alright|sure|fine|great|thanks|thank\s+you)(?:,\s*\w+(?=,))?,?\s+)*"
    rf"(?:cancell?ing(?:\s+{_OBJ_EN})?|sending\s+(?:the|your)\s+cancell?ation)\s+{_GERUND_NOW})"
)
# the speaker's own move, announced in the present or the immediate future
_MOVE = lazy(
    r"\b(?:ich\s+(?:\w+\s+){0,4}?(?:verschiebe|verlege)\b|(?:verschiebe|verlege)\s+ich|"
    # the plural and the attempt (D58): "Dann verschieben wir das mal", "Ich versuche (gerade),
    # den Termin zu verschieben"
    r"(?:verschieben|verlegen)\s+wir\b|wir\s+(?:\w+\s+){0,3}?(?:verschieben|verlegen)\b|"
    r"ich\s+versuche\b[^.!?;–—]*?\bzu\s+(?:verschieben|verlegen)\b|"
    r"(?:ich\s+)?(?:leite|setze|schicke)\s+(?:ich\s+)?(?:\w+\s+){0,2}?(?:die|ihre)\s+"
    r"(?:umbuchung|verschiebung|verlegung)\b|"
    r"(?:i'm|i\s+am|i'll|i\s+will)\s+(?:\w+\s+){0,2}?(?:moving|move|rescheduling|reschedule|"
    rf"shifting|shift)\s+{_OBJ_EN}\b|"
    rf"let\s+me\s+(?:\w+\s+)?(?:move|reschedule)\s+{_OBJ_EN}\b|"
    r"^\W*(?:(?:okay|ok|right|alright|sure|fine|great|thanks|thank\s+you)(?:,\s*\w+(?=,))?,?\s+)*"
    rf"(?:moving|rescheduling)(?:\s+{_OBJ_EN})?(?:\s+\w+)?\s+{_GERUND_NOW})"
)
# the act said still running (D44, as D35 reads the booking): "Die Stornierung läuft noch",
# "Ihre Absage wird gerade bearbeitet", "the cancellation is still going through"
_RUNNING_CANCEL = lazy(
    r"\b(?:die|ihre)\s+(?:stornierung|absage)\s+(?:läuft\s+(?:noch|gerade)|wird\s+(?:gerade\s+|noch\s+)?"
    r"(?:bearbeitet|verarbeitet)|ist\s+noch\s+in\s+bearbeitung)\b|"
    r"\bcancell?ation(?:'s|\s+is)\s+(?:still\s+(?:going\s+through|being\s+processed|processing|in\s+"
    r"progress)|being\s+processed)\b"
)
_RUNNING_MOVE = lazy(
    r"\b(?:die|ihre|das)\s+(?:umbuchung|verschiebung|verlegung|rescheduling)\b[^.!?;,]*?\s+"
    r"(?:läuft\s+(?:noch|gerade)|wird\s+(?:gerade\s+|noch\s+)?(?:bearbeitet|verarbeitet)|ist\s+"
    r"noch\s+in\s+(?:bearbeitung|progress))\b|"
    r"\b(?:move|rescheduling|change)(?:'s|\s+is)\s+(?:still\s+(?:going\s+through|being\s+processed|"
    r"processing|in\s+progress)|being\s+processed)\b"
)
# the act's clause: a condition after a dash or a semicolon is another clause's
_CLAUSE = lazy(r"\s[–—-]\s|;|:")
# an imperative the act hangs on: "Just ring this number and I'll cancel it", "Say the word and …"
_ON_CALLERS_WORD = lazy(
    r"\b(?:ring|call\s+us|say\s+the\s+word|give\s+me\s+a\s+shout|rufen\s+sie|sagen\s+sie)\b"
)
# a condition, a wish, a question, a denial, the past, a modal: no act announced
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sofern|sobald|bevor|nachdem|bis|erst|ob|if|once|soon|before|after|until|"
    r"tried|attempted|versucht|versuchte|konnte|musste|könnte|müsste|kann|can|could|must|"
    r"unless|when|würde|könnte|sollte|soll|möchten|möchte|wollen|would|could|should|shall|"
    r"nicht|nichts|kein\w*|not|never|nothing|without|ohne|habe|hab|hatte|have|had|"
    r"wanted|wollte)\b|n't\b"
)
# the outcome told after the act: "… done", "… so, erledigt", "there, it's off"
_TOLD = lazy(
    r"\.\.\.\s*\w|\b(?:erledigt|fertig|geschafft|done|sorted|there|hiermit|hereby|sealed|ist\s+(?:\w+\s+){0,2}?"
    r"(?:storniert|abgesagt|weg|raus|gelöscht|verschoben|verlegt)|it's\s+(?:gone|off|cancell?ed|moved)|"
    r"(?:is|are|you're)\s+(?:now\s+)?(?:cancell?ed|moved|off))\b"
)
_FROM_TO = lazy(r"\b(?:vo[nm]|from)\b[^.!?;]*?\b(?:auf|to)\b")
_OUTCOMES = frozenset({K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE})
_DENIED = frozenset({K.NOT_CANCELLED, K.NOT_MOVED})
# the act a denial of it is the announcement of, when its end is told after it
# a denial in words, which no announcement is
_DENIED_IN_WORDS = lazy(
    r"\b(?:nicht|nichts|kein\w*|noch\s+nicht|not|nothing|never|no|none|nobody|error\w*|failed|"
    r"fehlgeschlagen|fehler)\b|n't\b"
)
_TOLD_ACT = {K.NOT_CANCELLED: K.CANCELLED, K.NOT_MOVED: K.RESCHEDULED}


def announced_change(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a cancellation or move announced or still running read as not done yet."""
    if any(c.kind in _DENIED for c in claims):
        return claims  # the act already read as not done
    text = normalize(sentence)
    running_cancel = _RUNNING_CANCEL.search(text) is not None
    running_move = _RUNNING_MOVE.search(text) is not None
    if running_cancel or running_move:
        kind = K.NOT_CANCELLED if running_cancel else K.NOT_MOVED
    else:
        if _TOLD.search(text) or "?" in text or _ON_CALLERS_WORD.search(text):
            return claims
        if any(_NOT.search(c) for c in _CLAUSE.split(text) if _CANCEL.search(c) or _MOVE.search(c)):
            return claims  # the act's own clause: "Ich leite die Stornierung ein – sobald …" is one
        if _CANCEL.search(text):
            kind = K.NOT_CANCELLED
        elif _MOVE.search(text):
            kind = K.NOT_MOVED
        else:
            return claims
    whole = (0, len(sentence))
    details = read_details(text, names)
    named = ClaimDetails(((Role.ANY, details),))
    kept = tuple(c for c in claims if c.kind not in _OUTCOMES)
    if running_cancel or running_move:  # "…, ich kann noch nicht sagen, ob es klappt": the
        # change's open outcome, not a booking's (no `unconfirmed` of a booking)
        kept = tuple(c for c in kept if not (c.kind is K.NOT_BOOKED and c.unconfirmed))
    if kind is K.NOT_CANCELLED:
        return (*kept, Claim(K.NOT_CANCELLED, *whole, named))
    out = (*kept, Claim(K.NOT_MOVED, *whole, named))
    # the new place named is free for them; "vom Freitag auf Donnerstag um drei": the part after
    # "auf" / "to" is the new place, the old one is no slot offered
    moved_to = _FROM_TO.search(text)
    new_place = read_details(text[moved_to.end() :], names) if moved_to else details
    if placed(new_place) and not any(c.kind is K.AVAILABLE for c in kept):
        out = (*out, Claim(K.AVAILABLE, *whole, ClaimDetails(((Role.ANY, new_place),))))
    return out


def without_announcement_told_done(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without an announcement's "not done yet" that the same act, told done after it,
    spans (D45 with D33: "Ich verlege Sie auf Donnerstag um drei. Erledigt.", read sentence by
    sentence first, is the move done: the narrated act's end, `narrated_acts`, claims it). A
    denial said in words ("The cancel call errored, so nothing's been cancelled – …") is no
    announcement and stays, whatever a reading of the whole claims beside it."""

    def told_after(d: Claim) -> bool:
        return (
            d.kind in _TOLD_ACT
            and any(
                _TOLD_ACT[d.kind] is c.kind and c.start <= d.start and d.end < c.end for c in claims
            )
            and not _DENIED_IN_WORDS.search(normalize(sentence[d.start : d.end]))
        )

    if not any(d.kind in _TOLD_ACT for d in claims):
        return claims
    return tuple(d for d in claims if not told_after(d))
