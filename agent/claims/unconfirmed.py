"""The booking said unconfirmed or still open (convention 731, the lead's decision, claims105).

"Der Termin ist noch nicht bestätigt", "Buchung: noch offen", "Das steht noch nicht fest",
"Your appointment isn't confirmed yet", "The booking is still open" say no confirmation came.
Where the booking's answer was lost (an open outcome: Cal.com may or may not hold it) that is the
truth, while a flat "nicht gebucht", "nichts gebucht", "hat nicht geklappt", "not booked",
"didn't go through" is not (671: the calendar may hold it). The reader marks the sentence's
NOT_BOOKED claims `unconfirmed`; `decide.backed` then lets an open outcome back them.

Not marked: a sentence that also denies the booking flatly or tells a failure, one that hangs
the confirmation on the caller's yes ("…, dafür brauche ich noch Ihr Ja", "not until you give me
the go-ahead": where the outcome is open the yes was given), one that says a hold (730: the
hold and the booking still to come, which an open outcome does not back either), and one that
takes back an earlier turn's booking ("Ich nehme zurück, was ich gesagt habe: fest ist der Termin
noch nicht", "I spoke too soon: it isn't confirmed yet"): the booking said before is denied, not
only its confirmation awaited (1002, claims131), so an open outcome does not back it.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.not_moved import _OTHER
from agent.claims.repair.said_before import takes_back

_OPEN = lazy(
    r"(?:\bnicht|\bnot|n't|\bnever)\s+(?:[\w']+\s+){0,2}?(?:bestätigt|fest|endgültig|confirmed|final|"
    r"finali[sz]ed|settled)\b|"
    r"\b(?:unbestätigt|unconfirmed)\b|"
    r"\b(?:noch|still)\s+(?:[\w']+\s+){0,2}?(?:offen|open|ausstehend|outstanding)\b|"
    r"\b(?:keine|no)\s+(?:[\w']+\s+)?(?:bestätigung|confirmation)\b|"
    r"n't\s+have\s+(?:a\s+|any\s+)?confirmation\b|"
    r"\b(?:bestätigt|fest)\s+(?:ist|sind)\s+(?:[\w']+\s+){0,3}?nicht\b|"
    r"\bbestätigung\b[^.!?]*\b(?:noch\s+nicht|nicht)\b"
)
# a booking or its going through denied flatly, or a failure told (671 keeps these unbacked)
_NEGATION = lazy(r"\b(?:nicht|nichts|kein\w*|nie|not|nothing|no|never|none)\b|n't\b")
_BOOKING = lazy(
    r"\b(?:gebucht|eingetragen|eingebucht|gebongt|geklappt|durchgegangen|angenommen|drin|"
    # "in" of the caller, not of a German phrase ("in ein Timeout gelaufen")
    # nor a while to wait ("the system will come back in a moment", claims173)
    r"booked|book|in(?!\s+(?:ein|eine|einem|einen|einer|der|die|das|den|dem)\b)"
    r"(?!\s+(?:a|an)\s+(?:moment|minute|sec\w*|bit|few|couple|jiffy|tick)\b)|through|entered|"
    r"accepted|accept|worked)\b"
)
_FAILED = lazy(
    r"\b(?:fehlgeschlagen|gescheitert|schiefgegangen|fehler|failed|failure|error|went\s+wrong)\b"
)
# the confirmation said to have come (blind 58: "no confirmation has come through")
_CONFIRMATION_CAME = lazy(
    r"\bconfirmation\s+(?:has\s+|hasn't\s+|has\s+not\s+)?(?:yet\s+)?(?:come|came)\s+(?:through|in)\b"
)
# the confirmation hung on the caller's yes, or a hold said (730)
_NOT_OPEN = lazy(
    r"\b(?:ihr(?:em|en)?\s+(?:ja|okay|ok|zusage|einverständnis|go)|zustimm\w*|zugestimmt|"
    r"zusagen|ja\s+sagen|solange\s+sie|wenn\s+sie|sobald\s+sie|until\s+you|once\s+you|if\s+you|"
    r"your\s+(?:yes|okay|ok|go-ahead|go\s+ahead|say-so)|say\s+(?:yes|so)|"
    r"reserviert|vorgemerkt|geblockt|blockiert|freigehalten|gehalten|reserved|held|hold|"
    r"pencil+ed|blocked|"
    # a confirmation to come on a condition ("It won't be confirmed until the salon has approved
    # it"), and the speaker's own act denied ("I haven't made anything final yet")
    r"until|won't|will\s+not|wird(?!\s+gerade))\b|"
    # the caller asked not to take it as confirmed yet: convention 5's not booked (1106, D39)
    r"\b(?:betrachten|sehen)\s+sie\s+(?:\w+\s+){1,3}?noch\s+nicht\s+als\b|"
    # the booking itself named as what is open ("Was noch offen ist, ist die feste Buchung")
    r"\b(?:ist|is)\s+(?:die|the)\s+(?:\w+\s+)?(?:buchung|booking)\b|"
    r"\b(?:i|we)\s+(?:haven't|have\s+not|didn't|did\s+not)\s+(?:\w+\s+)?(?:made|make|booked|book|"
    r"put|entered|confirmed|confirm|finali[sz]ed)\b|"
    r"\b(?:ich|wir)\s+(?:habe|haben|hab)\s+(?:\w+\s+){0,4}?nicht\s+(?:\w+\s+)?(?:gebucht|"
    r"eingetragen|bestätigt|festgemacht|fest\s+gemacht)\b"
)


def unconfirmed_only(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with their NOT_BOOKED claims marked `unconfirmed` when the sentence says only that
    no confirmation came or the outcome is open (above); None when it says more or other."""
    if not any(c.kind is ClaimKind.NOT_BOOKED and not c.unconfirmed for c in claims):
        return None
    text = fold(sentence).text
    # the outcome said open in a whether clause (840): its booking word is what is open
    whether = _OPEN_OUTCOME["de"].search(text) or _OPEN_OUTCOME["en"].search(text)
    if whether is not None:
        text = f"{text[: whether.start()]} noch offen {text[whether.end() :]}"
    if not _OPEN.search(text) or _NOT_OPEN.search(text) or _FAILED.search(text):
        return None
    # the confirmation's own arrival is no booking word ("no confirmation has come through")
    denied = _CONFIRMATION_CAME.sub("confirmation", text)
    if _NEGATION.search(denied) and _BOOKING.search(denied):
        return None
    if takes_back(sentence):  # an earlier "gebucht" taken back: a denial it happened (1002)
        return None
    return tuple(
        replace(c, unconfirmed=True) if c.kind is ClaimKind.NOT_BOOKED else c for c in claims
    )


_OPEN_WORD = lazy(r"\b(?:offen|open)\b")


def open_not_free(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` without the free slot read in "open" where the sentence says the booking's
    outcome open with its confirmation missing (probe 56, claims173: "Saturday: still open, I
    have no confirmation yet." after "Is Saturday confirmed yet?"): the day's booking is what is
    open (its NOT_BOOKED marked `unconfirmed` above), not a slot on offer. None when no such
    pair is read."""
    open_outcome = [c for c in claims if c.kind is ClaimKind.NOT_BOOKED and c.unconfirmed]
    if not open_outcome:
        return None
    days = {d for c in open_outcome for _, det in c.details.parts for d in det.weekdays}
    dropped = tuple(
        c
        for c in claims
        if not (
            c.kind is ClaimKind.AVAILABLE
            and _OPEN_WORD.search(fold(sentence[c.start : c.end]).text)
            and {d for _, det in c.details.parts for d in det.weekdays} <= days
        )
    )
    return dropped if len(dropped) < len(claims) else None


# the booking's outcome as the whether clause's verb ("ob es geklappt hat", "whether you're in")
_OUTCOME_DE = (
    # the outcome in the future too (the lead's D80, 1199): "ob es klappen wird"
    r"(?:gebucht|eingetragen|eingebucht|geklappt|klappt|klappen\s+wird|funktioniert|durch|"
    r"durchgegangen|"
    r"durchgelaufen|drin|angekommen|angenommen|bestätigt|fest|steht|erfolgreich|erfolgt)"
)
_OUTCOME_EN = (
    r"(?:booked|through|worked|works?\s+out|(?:'ll|will)\s+work|in|confirmed|accepted|entered|"
    r"successful|succeeded|"
    r"gebucht)"
)
# a whether clause about another act or person: "ob die Stornierung durch ist", "whether the
# cancellation went through", "whether your daughter is booked"
_NOT_BOOKING = lazy(
    r"\b(?:storn\w*|absage\w*|abgesagt|verschieb\w*|verschoben|verlegt|cancel\w*|mov\w+|"
    r"reschedul\w*|sms|text|mail\w*|nachricht|message)\b"
)
_CHANGE_ACT = lazy(
    r"\b(?:(?P<cancel>storn\w*|absage\w*|abgesagt|cancel\w*)|verschieb\w*|verschoben|verlegt|"
    r"umbuch\w*|mov\w+|reschedul\w*)\b"
)
_WHETHER = r"[^.!?;:]*?"  # the clause's words up to its verb
_OPEN_SAID_DE = (
    r"(?:ist|bleibt)\s+(?:\w+\s+){0,2}?(?:noch\s+|vorerst\s+|bisher\s+)?(?:offen|unklar|"
    r"ungewiss|nicht\s+klar)|steht\s+(?:\w+\s+){0,2}?noch\s+nicht\s+fest|"
    r"lässt\s+sich\s+(?:\w+\s+)?noch\s+nicht\s+sagen|kann\s+man\s+noch\s+nicht\s+sagen|"
    # blind 51 (claims128), bureaucratic: "…, lässt sich derzeit nicht feststellen"
    r"lässt\s+sich\s+(?:\w+\s+){0,2}?(?:noch\s+)?nicht\s+(?:feststellen|absehen|klären|sagen)"
)
_OPEN_SAID_EN = (
    r"(?:is|remains|stays|'s)\s+(?:still\s+)?(?:open|unclear|unsettled|uncertain|undecided|"
    r"up\s+in\s+the\s+air)|(?:is|'s)n't\s+(?:yet\s+)?(?:clear|settled|certain|known|decided)|"
    r"is\s+not\s+(?:yet\s+)?(?:clear|settled|certain|known|decided)"
)
# "leider", "im Moment", "jetzt" before "noch nicht sagen" (claims145, blind 53: "Ob der Termin
# gebucht ist, kann ich Ihnen im Moment noch nicht sagen"; without "noch" the speaker's knowledge,
# 903)
_NOW_DE = (
    r"(?:(?:leider|jetzt|gerade|im\s+moment|momentan|derzeit|aktuell|zurzeit|zur\s+zeit|"
    r"auch|so)\s+){0,3}"
)
# someone else who answers before the speaker can tell (D60)
_ANSWERER_DE = r"(?:der|das|die|unser|unsere)\s+(?:salon|system|kalender|team|kollegin|kollege)"
_ANSWERER_EN = r"the\s+(?:salon|system|calendar|team)"
_OPEN_OUTCOME = {
    "de": lazy(
        # "Ob es geklappt hat, ist noch offen", "ob der Termin gebucht ist, steht noch nicht fest"
        rf"\bob\b(?P<what>{_WHETHER}\b{_OUTCOME_DE}\b{_WHETHER}),?\s*(?:{_OPEN_SAID_DE})\b|"
        # "Es ist noch offen, ob …", "Noch steht nicht fest, ob …", "Ich kann noch nicht sagen, ob"
        r"(?:\b(?:(?:es|das)\s+)?(?:ist|bleibt)\s+(?:\w+\s+)?(?:noch\s+|gerade\s+)?(?:offen|unklar|"
        r"ungewiss|nicht\s+klar)|\bsteht\s+(?:\w+\s+)?noch\s+nicht\s+fest|\b(?:(?:ich|wir|man)\s+"
        r"(?:kann|können)|(?:kann|können)\s+(?:ich|wir|man))\s+(?:ihnen\s+)?"
        + _NOW_DE
        + r"noch\s+nicht\s+sagen|"
        # "noch" fronted (D80, 1199): "Noch kann ich Ihnen nicht sagen, ob es klappt"
        r"\bnoch\s+(?:kann|können)\s+(?:ich|wir|man)\s+(?:ihnen\s+)?" + _NOW_DE + r"nicht\s+sagen)"
        rf",?\s+ob\b(?P<after>{_WHETHER}\b{_OUTCOME_DE}\b{_WHETHER})(?=[.!?;:]|$)|"
        # "Ob das geklappt hat, kann ich noch nicht sagen." (903, claims122)
        rf"\bob\b(?P<fronted>{_WHETHER}\b{_OUTCOME_DE}\b{_WHETHER}),\s*(?:kann|können)\s+(?:ich|wir|"
        r"man)\s+(?:ihnen\s+)?" + _NOW_DE + r"noch\s+nicht\s+sagen\b|"
        # the outcome someone will tell (D46, convention 1113): "Ob es klappt, erfahren Sie noch",
        # "ob der Termin steht, sagt Ihnen der Salon", "Sie erfahren noch, ob es geklappt hat"
        rf"\bob\b(?P<told>{_WHETHER}\b{_OUTCOME_DE}\b{_WHETHER}),\s*(?:erfahren\s+sie|sagt\s+ihnen\s+"
        r"(?:der|das|die|unser|unsere)\s+\w+|sagen\s+wir\s+ihnen)\b|"
        rf"\b(?:sie\s+erfahren|erfahren\s+sie)\s+(?:\w+,?\s+){{0,3}}?ob\b(?P<learnt>{_WHETHER}\b{_OUTCOME_DE}\b"
        rf"{_WHETHER})(?=[.!?;:]|$)|"
        # the speaker tells it once someone else has answered (the lead's D60, convention 1127):
        # "Sobald der Salon antwortet, sag ich Ihnen, ob es geklappt hat"
        rf"\bsobald\s+{_ANSWERER_DE}\b[^.!?;]*?,\s*(?:sag|sage)\s+ich\s+ihnen,?\s+ob\b"
        rf"(?P<answered>{_WHETHER}\b{_OUTCOME_DE}\b{_WHETHER})(?=[.!?;:]|$)"
    ),
    "en": lazy(
        rf"\bwhether\b(?P<what>{_WHETHER}\b{_OUTCOME_EN}\b{_WHETHER}),?\s*(?:{_OPEN_SAID_EN})\b|"
        r"(?:\b(?:it|that)(?:'s|\s+is)\s+(?:still\s+)?(?:open|unclear|uncertain|not\s+(?:yet\s+)?"
        r"clear|not\s+clear\s+yet|not\s+settled\s+yet)(?:\s+yet)?|\b(?:can't|cannot|can\s+not)\s+"
        r"(?:tell|say)\s+(?:you\s+)?yet|\b(?:can't|cannot)\s+yet\s+(?:tell|say))"
        rf",?\s+(?:whether|if)\b(?P<after>{_WHETHER}\b{_OUTCOME_EN}\b{_WHETHER})(?=[.!?;:]|$)|"
        # "Whether Friday worked out, I can't tell you yet."
        rf"\bwhether\b(?P<fronted>{_WHETHER}\b{_OUTCOME_EN}\b{_WHETHER}),\s*i\s+(?:can't|cannot)\s+"
        r"(?:tell|say)\s+(?:you\s+)?yet\b|"
        # the outcome someone will tell (D46): "You'll find out later whether it worked"
        r"\b(?:you'll|you\s+will)\s+(?:find\s+out|hear|learn)\s+(?:\w+\s+){0,3}?(?:whether|if)\b"
        rf"(?P<told>{_WHETHER}\b{_OUTCOME_EN}\b{_WHETHER})(?=[.!?;:]|$)|"
        # D60: "As soon as the salon gets back to me, I'll tell you whether it worked", "I'll
        # tell you whether it's booked as soon as the system answers"
        rf"\bas\s+soon\s+as\s+{_ANSWERER_EN}\b[^.!?;]*?,\s*i(?:'ll|\s+will)\s+tell\s+you\s+"
        rf"(?:whether|if)\b(?P<answered>{_WHETHER}\b{_OUTCOME_EN}\b{_WHETHER})(?=[.!?;:]|$)|"
        rf"\bi(?:'ll|\s+will)\s+tell\s+you\s+(?:whether|if)\b(?P<before_answer>{_WHETHER}\b"
        rf"{_OUTCOME_EN}\b{_WHETHER})\s+as\s+soon\s+as\s+{_ANSWERER_EN}\b"
    ),
}


# the booking's status said open (blind 51, claims128): "Der Buchungsstatus ist derzeit ungeklärt"
_STATUS_OPEN = lazy(
    r"\b(?:buchungs|termin)status\s+(?:ist|bleibt)\s+(?:\w+\s+){0,2}?(?:noch\s+)?(?:ungeklärt|unklar|"
    r"offen|ungewiss)\b"
)


def open_outcomes(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_BOOKED claims marked `unconfirmed` for the booking's outcome said open in a whether
    clause (convention 840, above), with the details the clause names."""
    folded = fold(sentence)
    text = folded.text
    out: list[Claim] = []
    if lang != "en" and "status" in text:
        for m in _STATUS_OPEN.finditer(text):
            start, end = folded.span(m.start(), m.end())
            details = ClaimDetails(((Role.ANY, read_details(m.group(), names)),))
            out.append(Claim(ClaimKind.NOT_BOOKED, start, end, details, unconfirmed=True))
    if "ob" not in text and "whether" not in text and " if " not in text:
        return tuple(out)
    for m in _OPEN_OUTCOME["en" if lang == "en" else "de"].finditer(text):
        groups = m.groupdict()
        what = next(
            (
                groups[k]
                for k in ("what", "after", "fronted", "told", "learnt", "answered", "before_answer")
                if groups.get(k)
            ),
            "",
        )
        if _OTHER.search(what):
            continue
        start, end = folded.span(m.start(), m.end())
        if _NOT_BOOKING.search(what):  # D55 (1122): a move's or cancellation's outcome open is
            # that act not done yet; a text's or message's is no claim here
            act = _CHANGE_ACT.search(what)
            if act is not None:
                kind = ClaimKind.NOT_CANCELLED if act["cancel"] else ClaimKind.NOT_MOVED
                out.append(Claim(kind, start, end, ClaimDetails()))
            continue
        details = ClaimDetails(((Role.ANY, read_details(what, names)),))
        out.append(Claim(ClaimKind.NOT_BOOKED, start, end, details, unconfirmed=True))
    return tuple(out)
