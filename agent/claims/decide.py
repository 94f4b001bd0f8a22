"""Holding a sentence's claims against the facts of the call.

A claim is backed when one appointment of the call is in the claimed state and matches every
detail the claim names: BOOKED by a confirmed appointment (a move's new one included), CANCELLED
by a cancelled one, GONE by a cancelled one or the old place of a move (also one only its new side names), PENDING by one awaiting the salon,
STANDS by a confirmed one that is not a move's new place (the old one while a move is asked for),
NOT_BOOKED by the absence of a confirmed one that matches it and of one whose outcome is open
(`booking`, `unknown`: Cal.com may hold it, convention 671; one said only unconfirmed or open, 731,
by the absence of a confirmed one), NOT_CANCELLED by the absence of a
cancelled one that matches it (a move's old place is no cancellation: "nichts storniert, nur
verschoben" is true after a move), RESCHEDULED by a
confirmed one that was moved (its old place matching what the claim says it came from), DONE by a confirmed or cancelled one; a bare DONE that names nothing
("Erledigt!") by the call's latest outcome when that is a success (after a cancellation it is
true; after a failed booking that followed the cancellation, it is not).

A slot claim (`slots.py`) is backed by a slot of the call as it names it: HELD by one kept for
the caller, AVAILABLE also by a free slot a tool offered. No claim naming a weekday that is not
its date's is backed.

A FOLLOW_UP promise is backed by what will make it happen: a callback or a passed-on message by a
message taken for the salon in this call (`take_message`), a callback also by an appointment whose
outcome is still open (`booking`, `unknown`: the salon is told to tell the caller); a text by a
text queued to the caller in this call, or by a booking, cancellation or move when the salon
confirms them by text. A reminder is backed by nothing: no part of the system sends one; nor is
an e-mail (the salon confirms by text only), nor a place on a waiting list (none exists). "No text is sent" is backed where the salon confirms
nothing by text and no text was queued.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from agent.claims.act_failed_told import told_failed
from agent.claims.adverb_after import without_adverb_after
from agent.claims.amended import amended
from agent.claims.announced_change import without_announcement_told_done
from agent.claims.answered_statement import answered_statement
from agent.claims.asked_to_tell import without_asked_to_tell
from agent.claims.booking_denied_told import told_not_booked
from agent.claims.booking_not_finished import booking_not_finished
from agent.claims.calendar_read import read_status, seen_clause
from agent.claims.caller_referent import with_referent_named
from agent.claims.callers_own_change import without_callers_own_change
from agent.claims.callers_supposition import without_supposed_promise
from agent.claims.change_awaiting import change_awaiting
from agent.claims.change_wish_read_back import without_change_wish_read_back
from agent.claims.counted import counted
from agent.claims.courtesy_tail import without_courtesy_question
from agent.claims.data_use import without_data_use
from agent.claims.date_apposition import without_apposition_commas
from agent.claims.denial_reason import without_reason_after_denial
from agent.claims.details import ClaimDetails, Details, Role
from agent.claims.doubt import doubted_success
from agent.claims.echoed_noun import with_echo
from agent.claims.ellipsis import is_ellipsis, said_again
from agent.claims.emotive_aside import without_emotive_aside
from agent.claims.fillers import without_fillers
from agent.claims.final_on_approval import final_on_approval
from agent.claims.gapped_modal import with_modal_repeated
from agent.claims.gone_words import old_places_left
from agent.claims.hear_from import with_hearing_said_as_callback
from agent.claims.held_named import held_named
from agent.claims.hold_released import without_hold_released
from agent.claims.intensified import without_intensifier
from agent.claims.invisible import visible
from agent.claims.item_beside import item_beside
from agent.claims.klar_gehen import klar_after_yes
from agent.claims.lookup_found import slip_corrected
from agent.claims.message_asked import message_asked
from agent.claims.model import AppointmentFact, CallFacts, Claim, ClaimKind, Decision, FollowUp
from agent.claims.move_requested import move_as_requested
from agent.claims.name_changed import handed_over_read, name_change_read
from agent.claims.name_for_booking import without_name_for_booking
from agent.claims.named_by_caller import with_person_as_companion
from agent.claims.not_yet_made import not_yet_said
from agent.claims.noted_for_callback import noted_for_callback
from agent.claims.nothing_or import without_nothing_or
from agent.claims.one_of_several import one_of_several_cancelled
from agent.claims.others_appointment import without_others_appointment
from agent.claims.others_denied import without_others_denied
from agent.claims.others_unchanged import others_unchanged
from agent.claims.our_stylist import without_our
from agent.claims.paired_items import paired_items
from agent.claims.parenthesis import without_comment
from agent.claims.part_denied import part_denied
from agent.claims.partial import parts_read
from agent.claims.pending_request import requested_of_salon
from agent.claims.presupposed_noun import with_cancelled_owner
from agent.claims.quiet_pieces import without_quiet_pieces
from agent.claims.read import read_sentence
from agent.claims.read_once import facts_behind, read_once
from agent.claims.reference_given import references_given
from agent.claims.repair import HOLD_ONLY, REPAIRED, repaired_booking
from agent.claims.restated import as_whole
from agent.claims.reworded import reworded
from agent.claims.self_doubt import without_self_doubt
from agent.claims.sequence import by_last_stage
from agent.claims.slot_named_before import with_slot_named_before
from agent.claims.slots import SLOT_KINDS, contradicts, names_of, read_slot_claims, slot_pool
from agent.claims.spoken_turn import per_spoken_sentence
from agent.claims.stands import old_places_standing
from agent.claims.status_answer import status_answers
from agent.claims.stutter import without_stutter
from agent.claims.success_slot import success_slot
from agent.claims.text_awaited import text_awaited
from agent.claims.text_once_booked import without_text_once_booked
from agent.claims.timeout_told import told_timed_out
from agent.claims.told_in_question import stated
from agent.claims.told_outcome import told_outcomes
from agent.claims.told_wont_come import told_wont_come
from agent.claims.unchanged_asked import unchanged_asked
from agent.claims.unconfirmed import open_not_free, unconfirmed_only
from agent.claims.unleeted import unleeted, unspelled
from agent.claims.visit_length import fits as length_fits
from calendar_adapter.ledger import AppointmentState

S = AppointmentState
_BACKED_BY: dict[ClaimKind, Callable[[AppointmentFact], bool]] = {
    ClaimKind.BOOKED: lambda a: a.state is S.CONFIRMED,
    ClaimKind.CANCELLED: lambda a: a.state is S.CANCELLED,
    ClaimKind.RESCHEDULED: lambda a: a.state is S.CONFIRMED and a.moved_from is not None,
    ClaimKind.DONE: lambda a: a.state in (S.CONFIRMED, S.CANCELLED),
    ClaimKind.GONE: lambda a: a.state in (S.CANCELLED, S.RESCHEDULED),
    ClaimKind.PENDING: lambda a: a.state is S.PENDING,
    ClaimKind.STANDS: lambda a: a.state is S.CONFIRMED and a.moved_from is None,
}
# not an outcome of their own: a released hold, the old place of a move
_NO_OUTCOME = frozenset({S.RELEASED, S.EXPIRED, S.RESCHEDULED})
_DENIALS = frozenset({ClaimKind.NOT_BOOKED, ClaimKind.NOT_CANCELLED, ClaimKind.NOT_MOVED})
_OPEN_OUTCOME = frozenset({S.BOOKING, S.UNKNOWN})  # the salon tells the caller once it settles


def decide(sentence: str, facts: CallFacts) -> Decision:
    """Which claims of `sentence` the facts do not back (the sentence passes when none)."""
    claims = read_once(claims_of, sentence, facts)  # shared by facts that differ in nothing it read
    return Decision(claims, tuple(c for c in claims if not backed(c, facts)))


def claims_of(sentence: str, facts: CallFacts) -> tuple[Claim, ...]:
    """What `sentence` claims, before the ledger is asked whether it is so: a reading of the
    text and of the facts it asks for (the language, the salon's names, the caller's words; the
    appointments only where a reading looks at them), kept once per sentence by `decide` (so
    the readings inside it, the reworded text, a repair, a clause, are not kept apart)."""
    heard = visible(sentence)  # blind 28 (claims52): a zero-width character is never heard
    if heard is not None:
        return _as_whole(sentence, claims_of(heard, facts))
    spelt = unleeted(sentence)  # blind 29: "Ich könnt3 Ihnen …", read as heard
    if spelt is not None:
        return _as_whole(sentence, claims_of(spelt, facts))
    joined = unspelled(sentence)  # blind 36 (claims88): "I'm s o r r y to say …", read as heard
    if joined is not None:
        return _as_whole(sentence, claims_of(joined, facts))
    if facts.caller:  # blind 49 (claims123): "sie hat Sie …" after "Ist das bei Lena?"
        named = with_referent_named(
            sentence, facts.language, facts.caller, names_of(facts), facts.women_stylists
        )
        if named is not None:
            return _as_whole(sentence, claims_of(named, facts))
        # blind 56 (claims167): "Leo's all set …" after "his name is Leo Park"
        companion = with_person_as_companion(
            sentence, facts.language, facts.caller, names_of(facts)
        )
        if companion is not None:
            return _as_whole(sentence, claims_of(companion, facts))
    # blind 21: read in standard words, as a whole (a reading of the text and language alone)
    standard = reworded(sentence, facts.language)
    claims = _read(standard or sentence, facts)  # reworded once: its own rounds, never again
    claims = status_answers(sentence, facts.caller, claims)  # D50 (1117): "Status: OK" answering
    # blind 28 (claims50): a booking taken back or denied, read in the sentence as told (the
    # rewordings and `stated` drop what a self-repair takes back, and with it the denial)
    repaired = not_yet_said(sentence, facts.language)
    if standard is not None:  # the told end spans its announcement in the words read (claims167)
        claims = _as_whole(sentence, without_announcement_told_done(standard, claims))
    if repaired is not None:
        more = _as_whole(sentence, _read(repaired, facts))
        taken_back = any(c.kind in (ClaimKind.BOOKED, ClaimKind.DONE) for c in claims)
        if repaired in REPAIRED and taken_back:  # a repair to a hold: read by what it ends on (124)
            claims = more  # the reader kept the words taken back; the hold is what is said
        elif repaired not in HOLD_ONLY.values():
            claims = claims + more
    return _read_late(sentence, claims, facts)


# (a yes asked for first and a cancellation's confirmation are read in amended.py)
_LATE_STEPS = (
    doubted_success,
    held_named,
    read_status,  # the calendar's status words: a day gone, pending, the place empty again
    with_cancelled_owner,  # blind 33 (claims88): "The cancelled appointment's slot is free …"
    unconfirmed_only,  # claims105 (731): "noch nicht bestätigt", "still open", an open outcome's truth
    open_not_free,  # claims173: "Saturday: still open, I have no confirmation yet." (no free slot)
)


def _read_late(sentence: str, claims: tuple[Claim, ...], facts: CallFacts) -> tuple[Claim, ...]:
    """`claims` with blind 31's whole-sentence readings (claims64), on every claim the readers
    and the repair found: a status read off the calendar (`calendar_read`), stages read by the
    last (`sequence`), a supposed success doubted (`doubt`), a place named a hold, the
    calendar's status words (a day told gone, a status awaiting the salon, a place told empty
    again)."""
    clause = seen_clause(sentence, facts.language)
    if clause is not None and (seen := _read(clause, facts)):
        claims = _as_whole(sentence, seen)
    names = names_of(facts)
    claims += slip_corrected(sentence, names, claims)  # claims134: "Sorry, my mistake: it's …"
    claims = by_last_stage(sentence, claims, names)
    for step in _LATE_STEPS:
        read = step(sentence, claims)
        claims = claims if read is None else read
    # blind 41 (claims101): "… angefragt, fest ist er erst, wenn der Salon zusagt" (read whole:
    # the rewording of its condition drops the request)
    claims = requested_of_salon(sentence, facts.language, names, claims)
    claims = move_as_requested(claims)  # "Die Verschiebung … ist angefragt; der Salon muss …"
    claims = one_of_several_cancelled(sentence, claims, names)  # blind 52 (claims130)
    claims = paired_items(sentence, claims, names)  # claims164: a recap's items, each one visit
    claims = item_beside(sentence, claims, names)  # claims169: "…, Ihre Tochter Samstag um elf"
    claims = part_denied(sentence, claims, names)  # claims169: "…, der am Samstag leider nicht"
    claims = without_announcement_told_done(
        sentence, claims
    )  # D45 with D33: "Ich verlege Sie …. Erledigt."
    claims = change_awaiting(sentence, claims)  # blind 52 (claims130): "Verlegt ist noch nichts, …"
    claims = told_not_booked(sentence, facts.language, names, claims)  # D57: "Gebucht wurde nichts"
    claims = told_timed_out(
        sentence, facts.language, facts.caller, names, claims
    )  # D78: "Die Anfrage ist in ein Timeout gelaufen"
    claims = told_failed(
        sentence, facts.language, names, claims
    )  # D68: "Die Buchung ist fehlgeschlagen"
    claims = told_wont_come(
        sentence, facts.language, names, claims
    )  # D70: "… weiß, dass Sie nicht kommen"
    return others_unchanged(sentence, facts.language, names, claims)  # D65: "… Ihres Mannes bleibt"


def _claims_before(sentence: str, facts: CallFacts) -> tuple[Claim, ...]:
    """What the receptionist's sentence before an ellipsis claimed (`claims_of`, whole)."""
    return claims_of(sentence, facts)


def _as_whole(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` read in other words of `sentence`: they span the whole sentence. Each keeps its
    own details: two slots offered in one sentence are two claims, each checked on its own
    (collapsing claims equal as `Claim`s, which ignores details, kept one copy's details, and
    which one depended on the call's state)."""
    whole = (replace(c, start=0, end=len(sentence)) for c in claims)
    return tuple({(c, c.details): c for c in whole}.values())  # `==` on a Claim skips details


def _read(sentence: str, facts: CallFacts) -> tuple[Claim, ...]:
    """What `sentence` claims, before the ledger is asked whether it is so."""
    claims = _claims(sentence, facts)
    if facts.caller:  # blind 44 (claims108): a short answer says the caller's question stated
        plain = replace(facts_behind(facts), caller="")
        claims = answered_statement(
            sentence,
            facts.language,
            facts.caller,
            claims,
            names_of(facts),
            lambda t: _claims(t, plain),
        )
        # claims157 (blind 56): the answer's own count holds for the question's outcome too
        # ("Sind wir jetzt alle drei drin?" -> "Alle drei sind drin.": three appointments)
        claims = counted(sentence, facts.language, claims, lambda t: _claims(t, plain))
        # claims163 (blinds 54, 57): "Es hat sich nichts daran geändert." of the day asked about
        claims = unchanged_asked(
            sentence, facts.language, facts.caller, claims, lambda t: _claims(t, plain)
        )
    if is_ellipsis(sentence) and facts.said_before:  # blind 53 (claims150): "Der Ihrer Frau auch."
        before = replace(facts_behind(facts), caller="", said_before="")
        claims += said_again(
            sentence,
            facts.caller,
            facts.said_before,
            names_of(facts),
            lambda t: _claims_before(t, before),
        )
    claims += klar_after_yes(sentence, facts.language, facts.caller)  # 823 (claims113)
    claims = message_asked(sentence, facts.language, facts.caller, claims)  # blind 43 (claims118)
    claims = text_awaited(sentence, facts.language, facts.caller, claims)  # blind 50 (claims136)
    claims = without_supposed_promise(sentence, facts.caller, claims)  # blind 57 (claims155)
    claims = without_callers_own_change(sentence, facts.caller, claims)  # blind 52 (claims130)
    claims = without_change_wish_read_back(sentence, facts.caller, claims)  # claims134 (90)
    # blind 20 (claims34): a text of several sentences also read as the guard speaks it
    known = {sentence: claims}  # its last sentence is the whole text again: read once

    def claims_of(text: str) -> tuple[Claim, ...]:
        return known[text] if text in known else _claims(text, facts)

    return claims + per_spoken_sentence(sentence, claims_of, names_of(facts))


def _without_comment(sentence: str, lang: str) -> str | None:
    return without_comment(sentence)


# the sentence said plainer, tried in this order: (sentence, language) -> the plainer text or None
_SAID_PLAINER = (
    without_fillers,  # blind 20 (claims34): fillers never change a claim, nor "richtig drin"
    without_emotive_aside,  # blind 58 (claims160): "Ja, schade, aber ist erledigt"
    without_courtesy_question,  # blind 41 (claims101): "…– anything else I can do?"
    _without_comment,  # blind 33 (claims70): "– wie gewünscht –"
    repaired_booking,  # blind 34 (claims76): a booking broken off and repaired, "geb… also, …"
    without_stutter,  # blind 34 (claims77): "It's с-cancelled", "m-moved, no, cancelled"
    with_echo,  # blind 43 (claims118): "Ihre Bestätigung? Die ist schon raus."
    with_hearing_said_as_callback,  # convention 1104 (D37): "Sie hören vom Salon"
    with_modal_repeated,  # blind 54 (claims149): "I can try again, or take a message …"
    without_reason_after_denial,  # D52 (1119): "Ich habe Sie nicht eingetragen, weil …"
    without_self_doubt,  # blind 55 (claims172): "Friday at ten — or was it Saturday? The system …"
)


def _claims(sentence: str, facts: CallFacts) -> tuple[Claim, ...]:
    for plainer in _SAID_PLAINER:
        plain = plainer(sentence, facts.language)
        if plain is not None:  # the first that says it plainer decides; it is read again whole
            return as_whole(sentence, _claims(plain, facts))
    plain = without_our(sentence, names_of(facts))  # claims135: "bei unserem Fabian"
    if plain is not None:
        return as_whole(sentence, _claims(plain, facts))
    rest = without_quiet_pieces(sentence)  # blind 28 (claims53): wishes, weather, hours
    if rest is not None:
        return as_whole(sentence, _claims(rest, facts)) if rest else ()
    said = _claims_as_said(sentence, facts)
    said = _apposition_read(sentence, facts, said)  # claims135: "on Friday, the 28th, at ten"
    plain = without_intensifier(sentence)
    if plain is not None:
        said += as_whole(sentence, _claims_as_said(plain, facts))
    plain = without_adverb_after(sentence)  # "The appointment is set now."
    if plain is not None:
        said += as_whole(sentence, _claims(plain, facts))
    # blind 28 (claims51, claims53): others' appointments, a note taken for a callback,
    # a text hung on the booking to come, the second of a denied pair
    said = without_others_appointment(sentence, said)
    said = without_others_denied(sentence, said)  # blind 56 (claims149)
    said = name_change_read(sentence, said)  # blind 56 (claims149): a name changed, no move
    said = handed_over_read(
        sentence, said, names_of(facts)
    )  # claims173: "… auf Ihren Freund umgeschrieben"
    said = without_text_once_booked(sentence, said)
    said = without_nothing_or(sentence, said)
    said = noted_for_callback(sentence, said)
    said = without_hold_released(sentence, said)  # blind 38 (claims91)
    said = without_asked_to_tell(sentence, said)  # blind 38 (claims91)
    said = without_name_for_booking(sentence, said)  # blind 38 (claims91)
    said = without_data_use(sentence, said)  # blind 38 (claims91)
    said = final_on_approval(sentence, said)  # blind 38 (claims91)
    said = with_slot_named_before(sentence, said, names_of(facts))  # blind 28 (claims52)
    said = parts_read(sentence, said, names_of(facts))  # probe29 (claims57), convention 171
    said = success_slot(sentence, names_of(facts), said)  # claims135: "Steht. Freitag."
    said = booking_not_finished(sentence, said)  # conventions 1102, 1106 (D35, D39)
    return references_given(sentence, facts.language, said, names_of(facts))  # blind 30 (claims61)


def _apposition_read(sentence: str, facts: CallFacts, said: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`said`, or the claims of `sentence` read without its date's apposition commas where that
    reading finds claims and `said` none or the same kinds (its details read whole), or more:
    a piece cut off at the date's commas is no claim of its own (claims145, blind 49: "einen
    Platz am Freitag, den 29., um 10 … reserviert" is one hold, not a slot offered beside it)."""
    plain = without_apposition_commas(sentence, facts.language)
    if plain is None:
        return said
    whole = _claims_as_said(plain, facts)
    if whole and (not said or {c.kind for c in whole} <= {c.kind for c in said}):
        return as_whole(sentence, whole)
    return said


def _claims_as_said(sentence: str, facts: CallFacts) -> tuple[Claim, ...]:
    told = sentence
    sentence = stated(sentence)
    reading = read_sentence(
        sentence,
        facts.language,
        stylists=facts.stylists,
        services=facts.services,
        service_aliases=facts.service_aliases,
        stylist_aliases=facts.stylist_aliases,
    )
    names = names_of(facts)
    claims = reading.claims + read_slot_claims(sentence, names) + told_outcomes(told, names)
    return amended(sentence, facts.language, claims, facts, names)


def _open_as_booked(facts: CallFacts) -> CallFacts:
    """`facts` with each appointment whose outcome is open read as the booking it may be."""
    if not any(a.state in _OPEN_OUTCOME for a in facts.appointments):
        return facts
    maybe = tuple(
        replace(a, state=S.CONFIRMED) if a.state in _OPEN_OUTCOME else a for a in facts.appointments
    )
    return replace(facts, appointments=maybe)


def backed(claim: Claim, facts: CallFacts) -> bool:
    """Whether an appointment of the call is in the claimed state and as the claim describes it."""
    if claim.kind is ClaimKind.FOLLOW_UP:
        return _promise_backed(claim, facts)
    if claim.kind is ClaimKind.NOT_BOOKED:  # true unless a booking it describes exists, or
        # may exist: an open outcome Cal.com may hold (convention 671); said only unconfirmed or
        # open, the open outcome backs it: no confirmation came (731)
        said = Claim(ClaimKind.BOOKED, claim.start, claim.end, claim.details)
        return not backed(said, facts if claim.unconfirmed else _open_as_booked(facts))
    if claim.details.among > _outcomes(facts) and claim.kind in _DENIALS:
        return False  # "Keiner Ihrer beiden Termine ist storniert" with one (claims119)
    if claim.kind is ClaimKind.NOT_CANCELLED:  # true unless a cancellation it describes exists
        return not backed(Claim(ClaimKind.CANCELLED, claim.start, claim.end, claim.details), facts)
    if claim.kind is ClaimKind.NOT_MOVED:  # true unless a move it describes exists (820)
        return not backed(
            Claim(ClaimKind.RESCHEDULED, claim.start, claim.end, claim.details), facts
        )
    if contradicts(claim.details, facts.now):
        return False  # a weekday that is not its date's: true of no appointment
    if claim.kind in SLOT_KINDS:
        candidates = slot_pool(claim.kind, facts)
    elif claim.kind is ClaimKind.DONE and claim.details.empty:
        outcomes = [a for a in facts.appointments if a.state not in _NO_OUTCOME]
        latest = outcomes[-1:]  # appointments come oldest change first
        candidates = [a for a in latest if _BACKED_BY[claim.kind](a)]
    else:
        candidates = [a for a in facts.appointments if _BACKED_BY[claim.kind](a)]
        if claim.kind is ClaimKind.STANDS:
            candidates += old_places_standing(facts.appointments)
        elif claim.kind is ClaimKind.GONE:
            candidates += old_places_left(facts.appointments)
    if not candidates:
        return False
    det = claim.details
    if det.several and len(candidates) < 2:
        return False  # "Beide Termine sind gebucht" with one booking
    if len(candidates) < det.count or _outcomes(facts) < det.among:
        return False  # "Alle drei Termine sind gebucht", "Einer der beiden ist storniert"
    if det.only and len(candidates) > 1:
        return False  # "Sie haben nur einen Termin" with two (claims74)
    if det.empty:
        return True
    anyd, new, old = det.of(Role.ANY), det.of(Role.NEW), det.of(Role.OLD)
    now = facts.now
    minutes = dict(facts.service_minutes)

    def fits(a: AppointmentFact) -> bool:
        if not _matches(new, a.start, a, now, minutes):
            return False
        if claim.kind is ClaimKind.RESCHEDULED or not old.empty:
            if not old.empty and (
                a.moved_from is None or not _matches(old, a.moved_from, a, now, minutes)
            ):
                return False
            return _matches(anyd, a.start, a, now, minutes) or (
                a.moved_from is not None and _matches(anyd, a.moved_from, a, now, minutes)
            )
        return _matches(anyd, a.start, a, now, minutes)

    if (
        claim.kind is not ClaimKind.RESCHEDULED
        and old.empty
        and _several(merged := _merge_roles(anyd, new))
    ):
        # a claim about several appointments at once ("Freitag bei Fabian und Samstag bei
        # Lena"): every value it names must belong to one of them, and each item the reader
        # kept apart must be one of them whole (claims125: "Freitag um zehn bei Lena und
        # Samstag um elf bei Fabian" swaps the stylists of the two)
        return all(
            any(_matches(single, a.start, a, now, minutes) for a in candidates)
            for single in _each(merged)
        ) and all(
            any(_matches(item, a.start, a, now, minutes) for a in candidates)
            for item in _items(det)
        )
    if det.adjacent:  # blind 33 (claims73): "direkt nach Ihnen", "side by side": one day
        days = [_local_day(a.start, now) for a in candidates if fits(a)]
        return len(days) > len(set(days))
    if det.together:
        return sum(fits(a) for a in candidates) >= 2  # "Sie beide am Freitag": two on Friday
    return any(fits(a) for a in candidates)


def _local_day(when: datetime, now: datetime):
    """The calendar day of `when` in the salon's time zone."""
    return (when.astimezone(now.tzinfo) if now.tzinfo else when).date()


def _outcomes(facts: CallFacts) -> int:
    """How many appointments of the call have an outcome of their own (see `_NO_OUTCOME`)."""
    return sum(a.state not in _NO_OUTCOME for a in facts.appointments)


def _matches(
    d: Details,
    when: datetime,
    a: AppointmentFact,
    now: datetime,
    minutes: dict[str, int] | None = None,
) -> bool:
    if d.empty:
        return True
    local = when.astimezone(now.tzinfo) if now.tzinfo else when
    if d.weekdays and local.weekday() not in d.weekdays:
        return False
    if d.days and local.day not in d.days:
        return False
    if d.months and local.month not in d.months:
        return False
    if d.relative_days and (local.date() - now.date()).days not in d.relative_days:
        return False
    if d.shifts and not _shifted(d.shifts, a):
        return False
    if d.weeks:
        monday = now.date() - timedelta(days=now.weekday())
        if (local.date() - monday).days // 7 not in d.weeks:
            return False
    if d.times and not any(
        local.minute == m and (local.hour == h or (not certain and local.hour % 12 == h % 12))
        for h, m, certain in d.times
    ):
        return False
    if d.stylists and a.stylist not in d.stylists:
        return False
    if (d.lengths or d.ends) and not length_fits(d, local, a.service, minutes or {}):
        return False  # claims135: "dauert nur eine halbe Stunde", "von zehn bis elf"
    return not any(a.service not in mention for mention in d.services)


def _merge_roles(a: Details, b: Details) -> Details:
    return Details(
        a.weekdays | b.weekdays,
        a.days | b.days,
        a.months | b.months,
        a.relative_days | b.relative_days,
        a.times | b.times,
        a.stylists | b.stylists,
        a.services | b.services,
        a.weeks | b.weeks,
        a.shifts | b.shifts,
        a.ends | b.ends,
        a.lengths | b.lengths,
    )


def _shifted(shifts: frozenset[tuple[int, str, int]], a: AppointmentFact) -> bool:
    """ "eine Stunde später": the move is by that amount (a moved appointment only)."""
    if a.moved_from is None:
        return False
    for amount, unit, sign in shifts:
        if unit == "clock":  # "same time": the hour of day kept, whatever the day
            delta = (a.start.hour - a.moved_from.hour) * 60 + a.start.minute - a.moved_from.minute
        elif unit == "way":  # "nach hinten", "brought forward": the direction alone
            delta = (a.start > a.moved_from) - (a.start < a.moved_from)
        elif unit == "day":
            delta = (a.start.date() - a.moved_from.date()).days
        else:
            delta = int((a.start - a.moved_from).total_seconds() // 60)
        if (sign == 0 and abs(delta) == amount) or delta == sign * amount:
            return True
    return False


def _several(d: Details) -> bool:
    return any(
        len(v) > 1 for v in (d.weekdays, d.days, d.relative_days, d.times, d.stylists, d.services)
    )


def _items(det: ClaimDetails) -> list[Details]:
    """The items of a claim about several appointments that the reader kept apart (a part of
    its own with one value of each kind: "Freitag um zehn bei Fabian", "Samstag um elf bei
    Lena"); a part with several values of a kind is read value by value (`_each`)."""
    parts = [d for r, d in det.parts if r in (Role.ANY, Role.NEW) and not d.empty]
    if len(parts) < 2:
        return []
    return [d for d in parts if not _several(d)]


def _each(d: Details) -> list[Details]:
    out = [Details(weekdays=frozenset({w})) for w in d.weekdays]
    out += [Details(days=frozenset({x})) for x in d.days]
    out += [Details(relative_days=frozenset({x})) for x in d.relative_days]
    out += [Details(times=frozenset({x})) for x in d.times]
    out += [Details(stylists=frozenset({x})) for x in d.stylists]
    out += [Details(services=frozenset({x})) for x in d.services]
    return out


def _promise_backed(claim: Claim, facts: CallFacts) -> bool:
    """What stands behind a promised follow-up (see the module docstring)."""
    promise = claim.follow_up
    if promise is FollowUp.MESSAGE:
        return bool(facts.messages)
    if promise is FollowUp.CALLBACK:
        return bool(facts.messages) or any(a.state in _OPEN_OUTCOME for a in facts.appointments)
    if promise is FollowUp.TEXT:
        if facts.texts:
            return True
        confirmed = ClaimKind.DONE if claim.details.empty else ClaimKind.BOOKED
        return facts.confirmations_by_sms and (
            backed(Claim(confirmed, claim.start, claim.end, claim.details), facts)
            or backed(Claim(ClaimKind.CANCELLED, claim.start, claim.end, claim.details), facts)
        )
    if promise is FollowUp.NO_TEXT:  # "wir schicken keine SMS"
        return not facts.texts and not facts.confirmations_by_sms
    return False  # a reminder, an e-mail, a waiting list: nothing in the system does them
