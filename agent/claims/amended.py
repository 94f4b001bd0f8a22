"""Readings that look at a whole sentence once the clause reader is done: claims it drops
(counterfactuals, rules for every booking or client, definitions, the reason a failure gives,
idioms, a message said sent, the salon's answer to a pending request, "free" of charge and a day
set aside for the salon's own purpose) or reads as another kind
(a hold upgraded in words, a cancellation recorded, a clause said not to be booked yet, a
confirmation planned for the visit) and claims it misses (a callback promised for when the salon
knows more, a booking presupposed by a question, slots offered in words the slot reader does not
list, a visit told gone by its effect, a request awaiting the salon, the slot the caller has, an
outcome told as an act done, the appointment said not to be booked yet, a booking said in a
relative clause or by putting the caller there, a move's direction, a booking implied by the
visit left to make or stated in other words, a confirmation text, another person's appointment
reported in a state, a move said by where it slid, claims a question carries inside it, a booking as an elliptical answer, a claim split over two
sentences), a perfect split by inserted clauses read as one, a relative clause's booking given its
antecedent's day. One place for decide() to
call them."""

from __future__ import annotations

from agent.claims.act_told import acts_told, plan_fixed
from agent.claims.acts_to_come import without_acts_to_come, without_move_announced
from agent.claims.after_dash import after_dash
from agent.claims.announced_booking import announced_booking
from agent.claims.announced_change import announced_change
from agent.claims.answered_question import answered_in_place
from agent.claims.answered_slot import answered_slots, without_system_offer
from agent.claims.any_appointment import without_any_appointment
from agent.claims.asked_about_visit import asked_about_visit
from agent.claims.asked_back import asked_back
from agent.claims.asked_day_cancelled import with_asked_day
from agent.claims.asked_of_caller import without_asked_of_caller
from agent.claims.assured_outcome import assured_outcome
from agent.claims.attempt_outcome import first_try_landed
from agent.claims.awaiting_salon import awaiting_salon, without_passed_on
from agent.claims.awaits_yes import booking_awaits_yes
from agent.claims.bare_stands import bare_stands
from agent.claims.bare_status_done import bare_status_done
from agent.claims.before_done import without_before_done
from agent.claims.beside_named import beside_named
from agent.claims.booked_but_held import booked_but_held
from agent.claims.booked_in_words import booked_in_words
from agent.claims.booking_documents import booking_document
from agent.claims.both_done import both_read
from agent.claims.both_held import both_held
from agent.claims.broken_off import without_broken_off
from agent.claims.calendar_facts import without_calendar_facts
from agent.claims.calendar_invite import calendar_invites
from agent.claims.calendar_read import read_out
from agent.claims.calendar_speaker import calendar_claims
from agent.claims.callback_noted import callback_noted_read
from agent.claims.callback_when_free import promised_when_free
from agent.claims.caller_answer import caller_answered
from agent.claims.caller_framed import without_caller_framed
from agent.claims.caller_notes import without_caller_notes
from agent.claims.cancel_confirmed import cancel_confirmed
from agent.claims.cancel_effect import gone_by_effect, instead_of_cancelled
from agent.claims.changed_detail import changed_detail
from agent.claims.check_agreed import without_check_agreed
from agent.claims.check_first import without_checked_first
from agent.claims.choice_offered import resolved_choice, without_choice_offered
from agent.claims.clause_act import gerund_act
from agent.claims.cleft_object import (
    act_clefted,
    booking_missing,
    free_named,
    had_named_first,
    had_now,
    outcome_clefted,
    without_cleft_head,
)
from agent.claims.clitic_es import es_written_out
from agent.claims.codes_asked import without_codes_asked
from agent.claims.comma_bracket import joined_at_comma
from agent.claims.complied_request import complied_request
from agent.claims.confirmation_text import confirmation_texts
from agent.claims.confirmation_to_come import confirmation_to_come
from agent.claims.confirmed_move import confirmed_move
from agent.claims.confirmed_visit import confirmed_for_visit
from agent.claims.contact_on_day import contact_on_day
from agent.claims.corrected_to import corrected_to
from agent.claims.countdown import counted_down
from agent.claims.counted import counted, pair_denied, ranked, series_booked
from agent.claims.counterfactual import without_counterfactual
from agent.claims.counterfactual_denied import (
    cancellation_supposed,
    counterfactual_denied,
    near_loss_denied,
    near_slip_corrected,
)
from agent.claims.cut_words import completed, heard_nothing
from agent.claims.data_deleted import data_deleted
from agent.claims.date_agreed import date_agreed
from agent.claims.dates_spelled_out import spelled_out
from agent.claims.day_act import actor_not_stylist, day_acts, with_act_approved
from agent.claims.day_after_named import day_after_named
from agent.claims.day_became import day_became
from agent.claims.day_goodbye import day_goodbye_read
from agent.claims.day_pronoun_gone import day_gone
from agent.claims.day_wished import day_wished
from agent.claims.decision_said import without_decision_said
from agent.claims.deictic_one import deictic_one
from agent.claims.denial_narrowed import narrowed
from agent.claims.denied_booking import denied_booked
from agent.claims.denied_denial import denial_undone
from agent.claims.denied_plainly import denied_plainly
from agent.claims.despite_said import conceded_said, despite_said
from agent.claims.detail_asked import detail_answered
from agent.claims.detail_swapped import detail_swapped
from agent.claims.details import Names
from agent.claims.doer_named import doer_read
from agent.claims.done_answers_booking import done_answers_booking
from agent.claims.doubt import doubt_answered, reassured
from agent.claims.du_forms import sie_form
from agent.claims.earlier_call import earlier_call
from agent.claims.echoed_yes import echoed_yes
from agent.claims.elliptical_also import elliptical_also
from agent.claims.elliptical_answer import elliptical_answers
from agent.claims.end_time import end_told, with_end_starts, without_end_times
from agent.claims.enumerated import enumerated
from agent.claims.epistemic_if import without_hedging_if
from agent.claims.exception_said import exception_read
from agent.claims.failure_reason import without_failure_reason
from agent.claims.far_participle import with_far_participle
from agent.claims.fee_waived import fee_waived_read
from agent.claims.filled_by_booking import filled_by
from agent.claims.firm_only_once import firm_only_once
from agent.claims.follow_up_words import follow_ups, without_requested_callback
from agent.claims.formal_register import formal_plain
from agent.claims.formats_read import formats_read
from agent.claims.framed import framed
from agent.claims.free_cancellation import free_cancellation
from agent.claims.fronted_visit import fronted_visit
from agent.claims.full_day_not_free import without_full_days
from agent.claims.general_statement import without_general
from agent.claims.general_visit import without_general_visit
from agent.claims.got_what_asked import got_what_asked
from agent.claims.hand_over import without_handed_over
from agent.claims.hedge_reread import plain_statement
from agent.claims.hedged_modal import indicative
from agent.claims.held_not_yet import without_booked_beside_hold
from agent.claims.held_until_yes import held_until_yes
from agent.claims.hold_clock import hold_clock
from agent.claims.hold_exclaimed import hold_exclaimed
from agent.claims.hold_lasts import hold_lasts
from agent.claims.hold_time import hold_timed
from agent.claims.hoped_outcome import without_hoped
from agent.claims.hortative_plan import without_hortative_plan
from agent.claims.hours_aside import without_hours
from agent.claims.idioms import without_idioms
from agent.claims.impersonal_done import impersonal_plain
from agent.claims.informed_of import informed_of
from agent.claims.instead_named import instead_read
from agent.claims.instructed_visit import confirmation_shown, late_on_day, way_spared
from agent.claims.instruction_parts import instruction_parts
from agent.claims.interjection_done import interjection_done
from agent.claims.joined_claims import hold_beside_offer, on_and_off, shared_auxiliary
from agent.claims.kept_as_was import kept_as_was
from agent.claims.kept_detail import kept_detail
from agent.claims.kept_for_you import kept_for_you
from agent.claims.kept_free_for_you import kept_free_for_you
from agent.claims.klar_gehen import klar_gehen
from agent.claims.light_verbs import light_verb_outcomes
from agent.claims.line_trouble import without_line_trouble
from agent.claims.listed_nothing import listed_nothing
from agent.claims.listed_parts import listed_parts
from agent.claims.listed_then_claimed import listed_then_claimed
from agent.claims.loan_and_slang import standard_words
from agent.claims.looked_up import without_looked_up
from agent.claims.looks_forward import looks_forward
from agent.claims.lookup_found import lookup_found
from agent.claims.memo import kept_dict
from agent.claims.message_given import messages_given, without_message_in_hand
from agent.claims.message_sent import without_sent_message
from agent.claims.message_wording import message_said, without_conditional_wording
from agent.claims.modal_act import modal_plain
from agent.claims.modal_state import indicative_state
from agent.claims.model import CallFacts, Claim, ClaimKind
from agent.claims.money_back import money_back
from agent.claims.move_direction import with_direction
from agent.claims.move_old_place import with_old_place
from agent.claims.move_reported import move_success_as_move
from agent.claims.move_summary import gapped_move
from agent.claims.moved_to import moved_to
from agent.claims.narrated_act import narrated_acts
from agent.claims.negation_scope import negation_scoped
from agent.claims.negation_undone import negation_undone
from agent.claims.neither_changed import neither_changed
from agent.claims.new_place_moves import as_new_place, day_becomes, shifted_by
from agent.claims.news_callback import promised_anyway
from agent.claims.no_claim_made import without_no_claim
from agent.claims.no_need_to_come import no_need_to_come
from agent.claims.nominal_style import nominal_outcomes
from agent.claims.none_answered import none_answered
from agent.claims.none_booked import none_booked
from agent.claims.none_changed import none_changed
from agent.claims.none_found import none_found
from agent.claims.not_about_caller import without_not_about_caller
from agent.claims.not_asserted import without_not_asserted
from agent.claims.not_booked import not_booked
from agent.claims.not_booked_what import not_booked_what
from agent.claims.not_booked_words import not_booked_words, without_booked_in
from agent.claims.not_cancelled import not_cancelled, thought_not_cancelled
from agent.claims.not_moved import not_moved
from agent.claims.not_said import without_unsaid
from agent.claims.not_this_visit import without_not_this_visit
from agent.claims.not_yet_listed import not_yet_listed
from agent.claims.not_yet_parts import parts_not_yet
from agent.claims.not_yours import without_not_yours
from agent.claims.noted_fields import without_noted_fields
from agent.claims.nothing_for_you import nothing_for_you
from agent.claims.noun_compounds import without_tool_nouns
from agent.claims.offer_halves import offer_halves
from agent.claims.offer_on_yes import offered_on_yes
from agent.claims.offered_answer import offered_answer
from agent.claims.offered_in_question import offered_in_question
from agent.claims.offered_slot import offered_slots
from agent.claims.old_new_place import old_new_place
from agent.claims.old_place_released import old_place_released
from agent.claims.only_one import only_named, only_one
from agent.claims.only_this_booked import only_this_booked
from agent.claims.options_listed import options_listed
from agent.claims.other_asked import other_answered
from agent.claims.other_part_denied import other_part_denied
from agent.claims.other_things import without_other_things
from agent.claims.others_and_hours import without_hours_told, without_others_and_hours
from agent.claims.others_place import without_others_place
from agent.claims.overview_status import status_booked
from agent.claims.own_data_phrase import in_book_with_data
from agent.claims.own_detail_changed import without_own_detail_changed
from agent.claims.own_rule import without_own_rule
from agent.claims.owned_slot import owned_slots
from agent.claims.paragraph_sentence import paragraph_claims
from agent.claims.parenthesis import bracket_said, parenthesis_said
from agent.claims.partial import partial_outcomes, partial_outcomes_said
from agent.claims.parts_own_days import by_own_days
from agent.claims.passed_as_message import passed_as_message
from agent.claims.past_call import without_past_call
from agent.claims.pending_answer import without_pending_answer
from agent.claims.pending_request import pending_requests
from agent.claims.pictographs import pictographs_read
from agent.claims.place_in_day import place_in_day
from agent.claims.placed_in_slot import placed_in_slot
from agent.claims.possessed_prepared import possessed_prepared
from agent.claims.possessed_slot import possessed_slots
from agent.claims.possessed_visit import paid_visit, possessed_visits
from agent.claims.preference_asked import without_preference_asked
from agent.claims.prepared_only import without_prepared_only
from agent.claims.presupposed_noun import (
    hold_awaiting_yes,
    presupposed_by_noun,
    without_hold_as_booked,
)
from agent.claims.presupposing_question import presupposing_questions
from agent.claims.process_nouns import process_outcome
from agent.claims.process_rule import without_process_rules
from agent.claims.pronoun_gone import pronoun_gone
from agent.claims.provisional_hold import provisional_holds, without_booked_hold
from agent.claims.quantified import (
    everyone_reminded,
    half_of,
    none_of_them,
    without_denied_booking,
)
from agent.claims.question_booking import presupposed_booking
from agent.claims.question_takes_made import taken_as_made
from agent.claims.quoted_note import without_quoted_note
from agent.claims.read import read_sentence
from agent.claims.reason_not_booked import reason_not_booked
from agent.claims.reference_numbers import reference_given
from agent.claims.regret_word import regret_set_aside
from agent.claims.relative_antecedent import with_antecedent
from agent.claims.relative_booked import relative_bookings
from agent.claims.relative_move import relative_moves
from agent.claims.reminded_now import without_reminder_now
from agent.claims.reported_state import reported_indicative
from agent.claims.request_passed import as_passed_request
from agent.claims.reread import reread
from agent.claims.rest_unchanged import rest_unchanged
from agent.claims.restart_fragment import restarts_read
from agent.claims.restated import as_whole, restated
from agent.claims.run_on import punctuated
from agent.claims.said_ahead import said_ahead
from agent.claims.said_beside import beside
from agent.claims.said_enough import said_enough
from agent.claims.said_in_question import said_in_question
from agent.claims.said_of_day import said_of_day, with_sentence_day
from agent.claims.said_of_other_things import without_other_themes
from agent.claims.said_otherwise import said_otherwise
from agent.claims.salon_decides import salon_decides
from agent.claims.salon_unchanged import without_salon_unchanged
from agent.claims.salon_wide import without_salon_wide
from agent.claims.search_announced import without_search_announced
from agent.claims.self_asked import self_answered
from agent.claims.sequence import sequence_end
from agent.claims.service_as_verb import without_service_verbs
from agent.claims.service_not_in import without_service_not_in
from agent.claims.service_possessed import service_possessed
from agent.claims.shared_subject_act import without_shared_subject_act
from agent.claims.shown_in_app import shown_in_app
from agent.claims.side_by_side import side_by_side
from agent.claims.slang_answers import slang_read
from agent.claims.slot_answered import slot_answered
from agent.claims.slot_elsewhere import without_slot_elsewhere
from agent.claims.slot_given_away import without_slots_given_away
from agent.claims.slot_said_free import slots_said_free
from agent.claims.slot_taken import without_slot_taken
from agent.claims.slot_wanted import slots_wanted
from agent.claims.slots import read_slot_claims
from agent.claims.split_sentences import split_claims
from agent.claims.spoken_english import standard_english
from agent.claims.spoken_german import standard_german
from agent.claims.status_and_clause import status_and_clause
from agent.claims.status_object import status_of_named
from agent.claims.still_on_at import still_on_at
from agent.claims.still_there import still_there_read
from agent.claims.story_end import found_then_acted, story_end
from agent.claims.stylist_will import stylist_will
from agent.claims.success_indicator import success_indicators
from agent.claims.supposed import without_supposed
from agent.claims.text_arrived import text_arrived
from agent.claims.text_for_visit import texts_for_visit
from agent.claims.text_said import text_said
from agent.claims.third_party import third_party
from agent.claims.third_person_acts import as_own_act
from agent.claims.time_apposition import time_apposition
from agent.claims.tool_output import in_record, record_claims
from agent.claims.tool_status import tool_said
from agent.claims.topic_frame import topic_framed
from agent.claims.two_offers import two_offers
from agent.claims.unchanged_answer import unchanged_answer
from agent.claims.unconfirmed import open_outcomes
from agent.claims.under_way import without_under_way
from agent.claims.until_yes import until_yes
from agent.claims.verbless_denial import verbless_read
from agent.claims.visit_called_off import visit_called_off
from agent.claims.visit_day_told import visit_day_told
from agent.claims.visit_facts import stay_told, visit_facts
from agent.claims.visit_gone import visit_gone, with_visit_gone
from agent.claims.visit_implied import implied_visit
from agent.claims.visit_instruction import visit_instructions
from agent.claims.visit_length import with_lengths
from agent.claims.waitlist import waitlist_promises
from agent.claims.whose_asked import without_whose_asked
from agent.claims.wish_read_back import without_wish_read_back
from agent.claims.wish_to_approve import approval_wished
from agent.claims.written_dates import without_written_date_times
from agent.claims.yes_first import yes_first

# A restatement read in full (`whole`), kept by its text and the very facts and names it was
# read with (compared by identity, and held, so an id is never another call's): several
# rewordings of one sentence often come to the same standard sentence ("Ihr Termin ist
# gebucht."), read once per decision instead of once per rewording. `whole` is a function of
# the text, the language, the facts and their names alone, so a kept result is the one a
# second reading would give; another call's facts are other objects and never match.
_WHOLE: dict[tuple[str, str, int, int], tuple[CallFacts, Names, tuple[Claim, ...]]] = kept_dict()
_WHOLE_KEPT = 64


def amended(
    sentence: str, lang: str, claims: tuple[Claim, ...], facts: CallFacts, names: Names
) -> tuple[Claim, ...]:
    """`claims` as the clause and slot readers found them, amended (see above)."""

    def read(text: str):
        return read_sentence(
            text,
            lang,
            stylists=facts.stylists,
            services=facts.services,
            service_aliases=facts.service_aliases,
            stylist_aliases=facts.stylist_aliases,
        )

    def whole(text: str) -> tuple[Claim, ...]:  # blind 22 (claims37): a restatement read in full
        key = (text, lang, id(facts), id(names))
        kept = _WHOLE.get(key)
        if kept is not None and kept[0] is facts and kept[1] is names:
            return kept[2]  # the same restatement met again in this decision (see `_WHOLE`)
        out = amended(text, lang, read(text).claims + read_slot_claims(text, names), facts, names)
        if len(_WHOLE) >= _WHOLE_KEPT:
            _WHOLE.clear()
        _WHOLE[key] = (facts, names, out)
        return out

    cut = completed(sentence, lang)  # blind 16: cut by streaming mid-word, read as written out
    if cut is not None:
        return as_whole(sentence, whole(cut))
    if heard_nothing(sentence, lang):
        return ()  # claims126: "Ihr Termin ist ge—": stopped before its outcome was heard
    more = promised_anyway(sentence, lang, read) + presupposed_booking(sentence, lang, names)
    more += implied_visit(sentence, lang, names) + booked_in_words(sentence, lang, names)
    more += confirmation_texts(sentence, lang, names) + pending_requests(sentence, lang, names)
    more += possessed_slots(sentence, lang, names) + acts_told(sentence, lang, names)
    visit = visit_gone(sentence, lang, names)
    gone = gone_by_effect(sentence, lang, names) + pronoun_gone(sentence, lang, names) + visit
    more += offered_slots(sentence, lang, names) + gone + not_booked(sentence, lang, names)
    more += booking_awaits_yes(sentence, lang, names)  # blind 27 (claims52)
    more += until_yes(sentence, lang, whole)  # "Bis Sie Ja sagen, nur reserviert" (claims74)
    more += not_cancelled(sentence, lang, names)  # convention 280 (claims65): "nichts storniert"
    more += not_moved(sentence, lang, names)  # convention 820 (claims113): "Verlegt? Noch nicht."
    more += open_outcomes(sentence, lang, names)  # convention 840 (claims117): "Ob …, offen"
    more += klar_gehen(sentence, lang, names)  # convention 823 (claims113): "Der Termin geht klar"
    more += neither_changed(sentence, names)  # blind 30 (claims65): "weder storniert noch verlegt"
    more += only_this_booked(sentence, names)  # blind 30 (claims65): "Only Friday …, not Saturday"
    more += relative_bookings(sentence, lang, names) + placed_in_slot(sentence, lang, names)
    more += awaiting_salon(sentence, lang, names) + nominal_outcomes(sentence, lang, names)
    more += success_indicators(sentence, lang, names)  # blind 58: "Das Häkchen ist grün"
    more += offered_in_question(sentence, lang, names) + taken_as_made(sentence, lang, names)
    more += said_in_question(sentence, lang, names, read) + elliptical_answers(
        sentence, lang, names
    )
    mine, holds = not_booked_words(sentence, lang, names), provisional_holds(sentence, lang, names)
    promised = follow_ups(sentence, lang, names) + said_of_day(sentence, lang, names)
    more += (
        owned_slots(sentence, lang, names) + mine + holds + promised + day_became(sentence, names)
    )
    more += split_claims(sentence, names) + status_booked(sentence, names)  # blind 14
    more += shifted_by(sentence) + day_becomes(sentence, names)
    more += two_offers(sentence, names)  # blind 16 (claims26)
    more += record_claims(sentence, names)  # blind 19 (claims31): tool-like output read out
    more += waitlist_promises(sentence)  # blind 20 (claims34): a waiting-list place said given
    more += promised_when_free(sentence, read)  # blind 20 (claims34): callback once staff free
    claims = with_antecedent(sentence, with_far_participle(sentence, lang, claims, read), names)
    claims = with_visit_gone(sentence, instead_of_cancelled(sentence, claims, gone), visit)
    claims = as_new_place(sentence, said_otherwise(sentence, lang, claims + more, names))
    claims = without_booked_in(without_passed_on(sentence, reread(sentence, claims, names)), mine)
    claims = without_requested_callback(
        sentence, without_booked_hold(sentence, claims, holds), promised
    )
    claims = without_not_about_caller(sentence, with_sentence_day(sentence, claims, names))
    claims = with_asked_day(sentence, claims, names)  # blind 40: "Samstag? Hab ich gestrichen."
    claims = without_counterfactual(sentence, claims) + counterfactual_denied(sentence, names)
    claims += cancellation_supposed(sentence, names)  # blind 37 (claims86): "Hätte ich storniert"
    claims += thought_not_cancelled(sentence, names)  # convention 280: "Nicht dass Sie denken, …"
    claims = plan_fixed(sentence, lang, claims, names)
    claims = with_direction(sentence, confirmed_for_visit(sentence, claims, names), names)
    claims = without_pending_answer(sentence, without_sent_message(sentence, claims))
    claims = without_slot_elsewhere(sentence, without_idioms(sentence, claims))
    claims = without_decision_said(sentence, claims)  # blind 32 (claims68): "… soll es sein"
    claims = without_unsaid(sentence, claims, names)
    claims += near_loss_denied(sentence, names)  # blind 37 (claims86): "Fast wäre er weg – …"
    claims += near_slip_corrected(sentence, names)  # blind 37: "Fast hätte ich … – aber es ist …"
    claims = without_failure_reason(sentence, without_general(sentence, claims))
    claims = with_old_place(sentence, moved_to(sentence, lang, claims, names))
    claims = without_quoted_note(sentence, without_salon_wide(sentence, claims))  # blind 13
    claims = without_not_asserted(sentence, claims)  # claims22
    claims = third_party(sentence, lang, claims, names)
    claims = narrated_acts(sentence, claims, names)  # blind 15: a tool act told while it runs
    claims = listed_then_claimed(sentence, claims, names)  # blind 15: a list, then "all booked"
    plain = plain_statement(sentence, lang)  # blind 14: a claim behind a hedge or preamble
    if plain is not None:
        claims += as_whole(sentence, whole(plain))
    claims = in_record(sentence, claims, names)  # blind 19: a record's fields read as one
    claims = without_others_and_hours(sentence, claims)  # blind 19: others, hours, greetings
    claims = without_not_this_visit(sentence, claims)  # blind 14: earlier visits, others, rules
    claims = without_no_claim(sentence, claims)  # blind 15: lapsed holds, supposed success, quotes
    claims = as_passed_request(sentence, claims)  # blind 20 (claims34): a request passed on
    claims += partial_outcomes(sentence, claims, names)  # blind 20 (claims34): the rest not yet
    claims = without_booked_beside_hold(claims)  # blind 20: held, "noch nicht gebucht"
    claims = without_general_visit(
        sentence, claims, names
    )  # blind 20: "wenn Sie einen Termin haben"
    claims = without_reminder_now(sentence, claims)  # blind 20: "zur Erinnerung: …"
    claims = without_system_offer(sentence, names, facts.caller, claims)  # blind 50 (claims136)
    claims += answered_slots(sentence, names, facts.caller, claims)  # blind 20: caller asked
    claims += possessed_visits(sentence, names, claims)  # blind 20: "Ihr Termin am Freitag"
    claims += visit_facts(sentence, names, claims)  # blind 20: price, duration of Friday's visit
    claims += stay_told(sentence, names, claims)  # blind 33 (claims73): "ab zehn zwei Stunden"
    claims += visit_instructions(sentence, names, claims)  # blind 20: what to do on Friday
    claims = with_act_approved(sentence, names, claims)  # "Ihr Sohn bringt Sie …, das passt gut"
    claims += day_acts(sentence, names, claims)  # blind 57: "Am Freitag macht Ihnen Sophie …"
    claims += contact_on_day(sentence, names, claims)  # "Geben Sie am Freitag Bescheid, wenn …"
    claims += fronted_visit(sentence, names, claims)  # "Zur Dauerwelle am Freitag passt …"
    claims = actor_not_stylist(sentence, names, claims)  # "On Friday Sophie will greet you …"
    claims += none_found(sentence, names, claims)  # blind 20: "keinen Termin gefunden"
    claims += slots_wanted(sentence, names, claims)  # blind 20: "Wollen Sie Freitag um zehn?"
    claims = without_end_times(sentence, claims, names)  # blind 20: "bis Viertel nach zwölf"
    claims = with_lengths(sentence, claims)  # claims135: "dauert nur eine halbe Stunde"
    claims = without_service_verbs(sentence, lang, claims, names)  # blind 20: "Haare färben"
    claims = joined_at_comma(sentence, claims)  # blind 20: "am Samstag, den 29., um 10 Uhr"
    # blind 22 (claims37): restated in the reader's words, one class a line (restated.py)
    claims += restated(sentence, as_own_act(sentence, lang), whole)  # others' acts, passive
    claims += restated(sentence, indicative(sentence, lang), whole)  # hedges and modals
    claims += restated(sentence, confirmation_to_come(sentence, lang), whole)  # pending
    claims += restated(sentence, reference_given(sentence, lang), whole)  # booking numbers
    claims += restated(sentence, shown_in_app(sentence, lang), whole)  # "in der App"
    claims += restated(sentence, complied_request(sentence, lang), whole)  # "so: it's …"
    claims += restated(sentence, listed_parts(sentence, lang, names), whole)  # "Gebucht: nichts"
    claims += restated(sentence, elliptical_also(sentence, lang), whole)  # "…, und Ihr Termin auch"
    claims += restated(sentence, standard_words(sentence, lang), whole)  # Denglisch, Swiss, slang
    claims += restated(sentence, text_arrived(sentence, lang), whole)  # "die SMS sollte da sein"
    claims += restated(sentence, earlier_call(sentence, lang), whole)  # "from your earlier call"
    claims += paragraph_claims(sentence, whole)  # one claim among small talk
    claims = without_other_things(sentence, claims)  # blind 22 (claims38): products, parking
    claims = without_supposed(sentence, claims)  # blind 22 (claims38): "Sagen wir, Sie nehmen …"
    claims = without_own_rule(sentence, claims)  # blind 22 (claims38): "Ich bestätige nur, was …"
    claims = listed_nothing(sentence, claims)  # blind 22 (claims38): "Storniert: nichts."
    claims = without_codes_asked(sentence, claims)  # blind 22 (claims38): "Der Türcode ist …"
    claims = without_process_rules(sentence, claims)  # blind 22 (claims38): "Stornos werden …"
    claims = without_handed_over(sentence, claims, names)  # blind 22 (claims38): "verbinde Sie"
    claims = without_hedging_if(
        sentence, claims
    )  # blind 22 (claims38): "Wenn ich das richtig sehe"
    claims = without_past_call(sentence, claims)  # blind 22 (claims38): "beim letzten Anruf"
    claims = without_slots_given_away(sentence, claims)  # blind 22 (claims38): "ist vergeben"
    claims = interjection_done(sentence, claims)  # blind 22 (claims38): "Paletti, ist erledigt."
    claims = no_need_to_come(sentence, claims)  # blind 22 (claims38): "müssten nicht mehr kommen"
    claims = not_booked_what(
        sentence, claims, names
    )  # blind 22 (claims38): "…, der ist noch nicht"
    claims += said_enough(sentence, lambda t: amended(t, lang, read(t).claims, facts, names))
    claims += caller_answered(sentence, facts.caller, names)  # blind 23: "Ja." to "fest?"
    claims += presupposed_by_noun(sentence, names)  # blind 23: "zu Ihrer Buchung", "the hold on"
    claims = without_hold_as_booked(sentence, claims)  # blind 27: "den vorgemerkten Platz …?"
    claims += hold_awaiting_yes(
        sentence, names
    )  # blind 33 (claims73): "wird erst mit Ihrer Zusage fest"
    claims += restated(sentence, framed(sentence, lang), whole)  # blind 23 (claims39): frames
    claims = without_caller_notes(sentence, claims)  # blind 23 (claims40): details, praise
    claims = without_line_trouble(sentence, claims)  # blind 29 (claims56): "the line dropped"
    claims = without_not_yours(sentence, claims)  # blind 29 (claims56): "…, but that's not you"
    claims = without_looked_up(sentence, claims)  # blind 29 (claims56): "pulled up the free times"
    claims = without_under_way(sentence, claims)  # blind 23 (claims40): an act still running
    claims = without_others_place(sentence, claims)  # blind 23 (claims40): others, offers
    claims = without_written_date_times(sentence, claims, names)  # blind 23: 11/28, 10–12:15
    claims = kept_for_you(sentence, claims, names)  # blind 23 (claims40): "Fabian hat … für Sie"
    claims = options_listed(sentence, claims)  # blind 23 (claims40): "Optionen: … oder …"
    claims = not_yet_listed(sentence, claims, names)  # blind 23 (claims40): "Not booked yet: …"
    # blind 24 (claims41): false passes, one class a line
    claims += slots_said_free(sentence, names)  # "Fabian hat um zehn noch Luft", offers
    claims += slot_answered(sentence, facts.caller, names)  # "Da geht was." to "Geht …?"
    claims += pictographs_read(sentence, lang, whole)  # "✅ Schon erledigt!", "👍" as a yes
    claims += slang_read(sentence, lang, whole)  # "Jo, safe.", "Läuft, ey.", "Dat is klor"
    claims += formats_read(
        sentence, lang, names, whole
    )  # "(noch nicht gebucht)", "~~Fr~~ → Do", JSON
    claims += restarts_read(sentence, whole)  # "I've can- cancelled it"
    claims += calendar_claims(sentence, names)  # "Der Kalender hat's angenommen."
    claims += parts_not_yet(sentence, names)  # "…, Samstag noch nicht", "noch reserviert"
    # blind 34 (claims77): "Reserviert ist er, gebucht aber erst, wenn …": the booking its
    # "not yet" denies, beside the hold, is dropped as it is for the clause readers' denials
    claims = without_booked_beside_hold(claims)
    claims += partial_outcomes_said(sentence, names)  # "Stornieren ging", "Sie bleiben bei …"
    claims += both_read(sentence, whole)  # "Ich habe beide abgesagt."
    claims += callback_noted_read(sentence, lang, whole)  # "notiert, dass Sie zurückgerufen …"
    claims += fee_waived_read(sentence, lang, whole)  # "Die Stornogebühr entfällt für Sie."
    claims += day_goodbye_read(sentence, lang, whole)  # "Also dann übermorgen bei Fabian."
    claims = without_asked_of_caller(sentence, claims)  # blind 24 (claims42): "Bestätigen Sie …"
    claims = without_noted_fields(
        sentence, claims, names
    )  # blind 24 (claims42): "Name: Müller, notiert."
    claims = without_calendar_facts(sentence, claims)  # blind 24 (claims42): "Laut Kalender … zu."
    claims = bare_status_done(sentence, claims)  # blind 24 (claims42): "Status: confirmed ✔"
    claims = status_of_named(sentence, claims)  # blind 24 (claims42): "storniert – Ihr Termin …"
    claims = status_and_clause(sentence, claims, whole)  # claims42: "Status: …, Ihr … steht noch"
    claims = assured_outcome(sentence, claims)  # blind 24 (claims42): "…gecancelt, alles safe."
    claims = without_broken_off(sentence, claims)  # blind 24 (claims42): "ist ge- … nein, …"
    claims = by_own_days(sentence, claims, whole)  # blind 24 (claims42): "Friday …; Thursday …"
    claims = without_preference_asked(sentence, claims)  # blind 24 (claims42): "X or Y better?"
    claims = hold_timed(sentence, lang, names, claims)  # blind 25 (claims43): the hold's time
    claims += restated(sentence, asked_back(sentence, lang), whole)  # blind 25: "Gebucht?"
    claims = denied_booked(sentence, lang, names, claims)  # blind 25: "nicht im Kalender"
    claims += visit_day_told(sentence, lang, names, claims)  # blind 25: "Notieren Sie sich: …"
    claims += restated(sentence, negation_undone(sentence, lang), whole)  # "nicht nicht"
    claims += kept_as_was(sentence, names, claims)  # blind 25: "nichts storniert, … steht"
    claims += detail_swapped(sentence, names)  # blind 25: "swapped … for", "aus X Y gemacht"
    claims += changed_detail(sentence, names, claims)  # blind 52: "jetzt bei Lena statt Fabian"
    claims += kept_detail(sentence, names)  # blind 52: "Der Tag bleibt, nur die Uhrzeit …"
    claims = old_new_place(sentence, names, claims)  # blind 52: "Friday's out, Thursday's in"
    claims += possessed_prepared(sentence, names, claims)  # blind 25: "Vor Ihrer Dauerwelle …"
    claims += restated(sentence, date_agreed(sentence, lang), whole)  # "Wir sind verabredet"
    claims = text_said(sentence, claims)  # blind 25: "aber eine SMS bekommen Sie nicht"
    claims += money_back(sentence, claims)  # blind 25: "die 20 Euro bekommen Sie zurück"
    claims += booked_but_held(sentence)  # blind 25: "gebucht, aber nur vorläufig, bis …"
    claims = visit_called_off(sentence, names, claims)  # blind 25: "Kommen Sie am Freitag nicht"
    claims += restated(sentence, despite_said(sentence), whole)  # "Trotz des Timeouts …"
    conceded = conceded_said(sentence)
    claims += restated(sentence, conceded, whole)  # blind 37: "Obwohl …, bleibt …"
    if conceded is not None:  # blind 37 (claims89): "Obgleich ich … vorgemerkt habe, … nicht …"
        claims = without_booked_beside_hold(claims)
    claims += got_what_asked(sentence, names)  # blind 25: "and that's what you've got"
    claims += echoed_yes(sentence, lang, facts.caller, names)  # blind 25: "Sind Sie, keine Sorge."
    claims += other_part_denied(sentence, names)  # blind 25: "…, und für Samstag ist nichts"
    claims = without_own_detail_changed(sentence, names, claims)  # blind 25: "die Schreibweise"
    claims = without_other_themes(sentence, claims, names)  # blind 25 (claims44): "Das Glück ist …"
    claims = without_any_appointment(sentence, claims)  # blind 25 (claims44): "zu einem Termin"
    claims = without_wish_read_back(sentence, claims)  # blind 25 (claims44): "hätten Sie gern"
    claims = without_checked_first(sentence, claims, names)  # blind 25 (claims44): "erst nachsehen"
    claims = hold_clock(sentence, claims)  # blind 25 (claims44): the hold's time, "nur vorgemerkt"
    claims = instruction_parts(sentence, claims, names)  # blind 25 (claims44): arrival, end time
    claims = end_told(sentence, names, claims)  # blind 33 (claims71): "Sie sind gegen 12:15 fertig"
    claims = with_end_starts(sentence, claims, names, facts)  # convention 45: the end's start
    claims = bare_stands(sentence, claims)  # blind 25 (claims44): "Steht jetzt, gell?" (28)
    # blind 26 (claims45): false passes, one class a line
    claims += restated(sentence, sie_form(sentence, lang), whole)  # du read as Sie
    claims += restated(sentence, spelled_out(sentence, lang), whole)  # "Fr. 28.11., 10h"
    claims += restated(sentence, none_booked(sentence, lang), whole)  # "Keiner der beiden …"
    claims += none_changed(sentence, lang, whole)  # "An Ihren Terminen hat sich nichts geändert"
    claims += restated(sentence, indicative_state(sentence, lang), whole)  # "müssten … stehen"
    claims += restated(sentence, after_dash(sentence, lang), whole)  # "Tja, … – eingetragen!"
    claims += restated(sentence, parenthesis_said(sentence, lang), whole)  # "– now on Thursday –"
    claims += bracket_said(sentence, whole)  # blind 56: "…, rufen Sie an (die Nummer steht …)"
    claims += restated(sentence, story_end(sentence, lang), whole)  # "…, und schon waren Sie drin"
    claims += restated(sentence, process_outcome(sentence, lang), whole)  # "Rebooking confirmed"
    claims += restated(sentence, punctuated(sentence, lang), whole)  # STT run-ons
    claims += restated(sentence, verbless_read(sentence, lang), whole)  # "Not booked until …"
    claims += restated(sentence, es_written_out(sentence, lang), whole)  # "gebucht ist's, …"
    claims += restated(sentence, day_gone(sentence, lang), whole)  # "Den Freitag …, der ist raus"
    claims += restated(sentence, filled_by(sentence, lang), whole)  # "Seitdem ich Sie … voll"
    claims = doer_read(sentence, lang, names, claims, whole)  # "Lena hat … abgesagt"
    claims += restated(
        sentence, approval_wished(sentence, lang), whole
    )  # "Die Chefin möchte … freigeben"
    claims = corrected_to(sentence, lang, claims, whole)  # "nicht am Samstag, sondern …"
    claims = narrowed(sentence, lang, claims, whole)  # blind 57: "…keinen Termin, nur bei Lena"
    claims = counted(sentence, lang, claims, whole)  # "Alle drei Termine", "one of the two"
    claims = only_one(sentence, lang, claims, whole)  # "nur einen Termin" (claims74)
    claims = only_named(sentence, lang, claims, whole)  # "nur der Freitag" (claims85)
    claims = beside_named(sentence, lang, claims, whole)  # "…, nicht nur der Samstag" (claims85)
    claims = ranked(sentence, lang, claims, whole)  # blind 37 (claims86): "der zweite Termin"
    claims = series_booked(sentence, lang, claims, whole)  # blind 47 (claims119): "jeden Freitag"
    claims = pair_denied(sentence, lang, claims)  # blind 47 (claims119): "keinen der beiden"
    # blind 26 (claims46): false blocks, one class a line
    claims = without_check_agreed(sentence, facts.caller, claims)  # "ja gerne" to "nachschauen, ob"
    claims = without_acts_to_come(sentence, claims)  # "Nachdem ich gebucht habe, schicke ich …"
    claims = without_tool_nouns(sentence, lang, claims)  # "The cancellation policy is …"
    claims = without_salon_unchanged(sentence, claims)  # "bei uns ändert sich nichts"
    claims = hold_lasts(sentence, claims, names)  # "Ihre Reservierung hält noch zehn Minuten."
    claims = held_until_yes(sentence, lang, claims)  # blind 38: "nur reserviert, sobald Sie Ja …"
    claims = without_shared_subject_act(sentence, lang, claims, names)  # "…an und bestätigt dann."
    # blind 27 (claims47): false passes, one class a line
    claims += asked_about_visit(sentence, names, claims)  # "Soll ich Ihren Termin wiederholen?"
    claims = counted_down(sentence, claims)  # "Bis zu Ihrem Termin sind es noch zwei Tage."
    # blind 28 (claims50): false passes, one class a line
    claims += restated(sentence, standard_german(sentence, lang), whole)  # "hamma rausg'nommen"
    claims += restated(sentence, reported_indicative(sentence, lang), whole)  # "sei gebucht"
    claims += restated(sentence, denial_undone(sentence, lang), whole)  # litotes
    claims += restated(sentence, standard_english(sentence, lang), whole)  # "in the Kalender"
    claims += restated(sentence, tool_said(sentence, lang), whole)  # "status: accepted"
    claims += restated(sentence, said_ahead(sentence, lang), whole)  # "Sie werden … sitzen"
    claims += restated(sentence, without_hours(sentence, lang), whole)  # "We're open till …"
    # blind 27, part B (claims48): false passes, one class a line
    claims += restated(sentence, formal_plain(sentence, lang), whole)  # "Hiermit bestätigen wir"
    claims += restated(sentence, booking_document(sentence, lang), whole)  # "Rechnung zu Ihrem"
    claims += restated(sentence, message_said(sentence, lang, whole), whole)  # "Die SMS lautet:"
    claims += restated(sentence, enumerated(sentence, lang), whole)  # "1) gebucht 2) SMS raus"
    claims += restated(sentence, denied_plainly(sentence, lang, names), whole)  # "Stand jetzt …"
    claims += restated(sentence, impersonal_plain(sentence, lang), whole)  # "Man hat sich …"
    claims = without_conditional_wording(sentence, lang, claims)  # "Wenn …, steht in der SMS: …"
    claims = without_full_days(sentence, claims)  # claims54: "Obwohl Samstag voll ist, gibt's …"
    # blind 32 (claims66): false passes, one class a line
    claims += restated(sentence, modal_plain(sentence, lang), whole)  # "ließ sich buchen"
    claims += relative_moves(sentence, names, claims)  # "Zwei Stunden nach hinten", "same slot"
    claims = without_denied_booking(sentence, lang, claims)  # "Neither … has gone through"
    claims += restated(sentence, none_of_them(sentence, lang), whole)  # "keiner von beiden"
    claims = half_of(sentence, lang, claims, whole)  # "Die Hälfte Ihrer Termine ist storniert"
    claims += restated(sentence, gerund_act(sentence, lang), whole)  # "After cancelling it, …"
    claims = read_out(sentence, claims, names)  # the calendar read out: "Da sehe ich Sie: …"
    claims = kept_free_for_you(sentence, claims, names)  # claims62: "keeping Friday free for you"
    claims += looks_forward(sentence, claims, names)  # claims62: "freut sich auf Freitag"
    claims = informed_of(sentence, claims, names)  # claims62: "von der Absage informiert worden"
    # blind 31, part B (claims63): false passes, one class a line
    claims += presupposing_questions(sentence, lang, names)  # "Brauchen Sie für Freitag …?"
    claims = sequence_end(sentence, claims, names)  # "Erst gebucht, dann storniert."
    claims = found_then_acted(
        sentence, claims
    )  # blind 33 (claims73): "…gefunden und ihn storniert"
    claims += restated(sentence, reassured(sentence, lang), whole)  # "Keine Sorge, …"
    claims = doubt_answered(sentence, facts.caller, claims, names)  # "Trust me, it went through."
    claims += restated(sentence, confirmation_shown(sentence, lang), whole)  # "Bringen Sie die SMS"
    claims += late_on_day(sentence, lang, names)  # "If you're late on Friday, call us."
    claims = way_spared(sentence, claims, names)  # "Sparen Sie sich den Weg am Freitag"
    claims = yes_first(sentence, claims, names)  # "Sagen Sie Ja, dann ist er gebucht."
    claims = offered_on_yes(sentence, claims, names)  # "Sagen Sie Ja, dann buche ich Freitag."
    claims += restated(sentence, on_and_off(sentence, lang), whole)  # "Friday's off, … is on"
    claims = hold_beside_offer(sentence, claims, whole)  # "reserviert und kann es fest buchen"
    claims = shared_auxiliary(sentence, claims, whole)  # "reserviert und … hinterlassen"
    claims = cancel_confirmed(sentence, claims, names)  # "Storniert, Bestätigung per SMS."
    # blind 32 (claims67): false passes, one class a line
    claims += calendar_invites(sentence)  # "Ich habe Ihnen eine Kalendereinladung geschickt"
    claims = data_deleted(sentence, claims)  # "Ihre Daten sind gelöscht" (claims90: 600)
    claims += restated(sentence, regret_set_aside(sentence, lang), whole)  # "…, leider weg"
    claims += paid_visit(sentence, names, claims)  # "Zahlen müssen Sie erst nach Ihrem Termin."
    # blind 33 (claims88): the paid visit's end named ("zum Ende Ihres Termins gegen Mittag")
    claims = with_end_starts(sentence, claims, names, facts)
    claims += free_cancellation(sentence)  # "…, kostet Sie die Stornierung nichts."
    claims += restated(
        sentence, reason_not_booked(sentence, lang), whole
    )  # "…, da nichts gebucht ist"
    # blind 34 (claims75): false passes, one class a line
    claims = place_in_day(sentence, lang, claims, names)  # "Nach Ihnen ist er ausgebucht."
    claims = beside(sentence, claims, facts, names)  # blind 18 (claims30): holds denied, "her"
    claims = exception_read(sentence, lang, claims, whole)  # blind 34: "Gebucht, es sei denn …"
    claims = without_cleft_head(sentence, claims)  # blind 30 (claims68): "It's your … that I've …"
    claims += in_book_with_data(sentence, lang, whole)  # blind 33 (claims73): "mit Ihrer Nummer"
    claims += had_now(sentence, names)  # blind 30 (claims68): "Was Sie jetzt haben, ist …"
    claims += free_named(sentence, names)  # probe 30c (claims78): "Was für Sie frei wäre, ist …"
    claims += had_named_first(sentence, names)  # blind 36 (claims82): "Freitag ist, was Sie haben"
    claims = act_clefted(sentence, names, claims)  # blind 36 (claims82): "Was ich gemacht habe, …"
    claims = gapped_move(sentence, lang, names, claims)  # blind 36: "Freitag weg, Donnerstag fest"
    claims = booking_missing(sentence, names, claims)  # blind 36: "Was noch fehlt, ist die Buchung"
    claims = outcome_clefted(sentence, names, claims)  # blind 36 (claims83): "Was feststeht, ist …"
    claims = without_choice_offered(sentence, claims)  # blind 36 (claims83): "Entweder …?"
    claims = resolved_choice(
        sentence, claims, names
    )  # blind 36 (claims88): "… oder … – gebucht ist"
    claims = side_by_side(sentence, claims, names)  # blind 33 (claims73): "direkt nach Ihnen"
    claims += restated(
        sentence, time_apposition(sentence, lang), whole
    )  # "Übermorgen, am Freitag, …"
    claims += restated(sentence, deictic_one(sentence, lang), whole)  # "This one's now on …"
    claims = answered_in_place(sentence, facts.caller, claims, names)  # blind 30: what was asked
    claims = none_answered(
        sentence, facts.caller, claims
    )  # blind 55: "Keinen. Nichts eingetragen."
    claims = hold_exclaimed(sentence, claims)  # blind 37: "Geschafft, … reserviert!"
    claims = day_after_named(sentence, lang, claims)  # blind 37: "tomorrow's … to the day after"
    claims = rest_unchanged(sentence, lang, names, claims)  # blind 37: "Sonst … gleich, nur …"
    claims = topic_framed(sentence, lang, claims, whole, names)  # blind 37: "Was Lena angeht: …"
    # blind 40 (claims96): false blocks, one class a line
    claims = without_caller_framed(sentence, claims)  # "…, sagen Sie?", "…, you say?"
    claims = without_hortative_plan(sentence, claims)  # "Lassen Sie uns den Freitag nehmen, …"
    claims = without_under_way(sentence, claims)  # again: "Ihr Termin wird gerade gebucht"
    claims = without_prepared_only(sentence, claims)  # "nur vorbereitet; … noch nicht"
    claims = announced_booking(sentence, claims, names)  # claims100: "Ich buche jetzt Freitag."
    claims = without_move_announced(sentence, claims)  # claims106: "Ich schiebe Sie dann auf …"
    claims = announced_change(sentence, claims, names)  # D44, D45: "Ich storniere das jetzt."
    claims = without_slot_taken(sentence, claims)  # claims100: "Code 409: der Platz … ist weg"
    claims = without_whose_asked(sentence, claims)  # "Für wen ist der Termin – …?"
    claims = instead_read(sentence, claims)  # "Statt bei Lena sind Sie bei Fabian gebucht"
    claims = negation_scoped(sentence, lang, claims, whole)  # blind 42 (claims102): litotes, …
    claims += restated(sentence, everyone_reminded(sentence, lang), whole)  # "…, Sie auch"
    # blind 41 (claims101): a large model's whole replies
    claims = firm_only_once(sentence, lang, names, claims)  # "Gebucht ist … erst, wenn Sie …"
    claims = move_success_as_move(sentence, claims)  # "Done – moved from Friday … to …"
    claims = detail_answered(sentence, facts.caller, claims, names)  # blind 44: "Genau, bei Lena."
    claims = other_answered(sentence, facts.caller, claims, names)  # blind 44: "Der steht auch."
    # blind 43 (claims107): "Noted and passed on", "Fabian ist informiert"; "ich speichere …"
    claims = without_message_in_hand(sentence, lang, messages_given(sentence, lang, claims))
    claims = texts_for_visit(sentence, lang, claims, names)  # "Die SMS für Samstag … ist raus"
    claims = self_answered(sentence, claims, names)  # blind 36 (claims81): "Gebucht? Ja."
    # blind 53 (claims133): whole calls, one class a line
    claims += lookup_found(sentence, names, claims)  # "Da ist er: Freitag zehn Uhr bei Fabian."
    claims += offered_answer(sentence, names, facts.caller, claims)  # "Lena, Samstag um elf."
    claims += confirmed_move(sentence, names, facts.caller, claims)  # blind 54: "Genau, … statt …"
    claims = salon_decides(sentence, names, claims)  # "Sie hören vom Salon, sobald …"
    claims += day_wished(sentence, names, claims)  # "Emma soll sich auf Samstag freuen."
    claims += service_possessed(sentence, names, claims)  # "Your perm will take about …"
    claims += stylist_will(sentence, names, claims)  # "Fabian will talk you through …"
    claims += first_try_landed(sentence, claims)  # "the first attempt went through after all"
    claims += nothing_for_you(sentence, claims)  # "Es ist also nichts gebucht für Sie."
    claims = passed_as_message(sentence, claims)  # "Ihre Absage als Nachricht … weitergegeben"
    claims = both_held(sentence, claims)  # "Beide Plätze halte ich Ihnen gerade fest."
    claims = without_search_announced(sentence, claims)  # "Let me see who's free on Friday."
    claims = without_before_done(sentence, claims)  # "… before the booking went through."
    claims += restated(sentence, unchanged_answer(sentence, lang, facts.caller), whole)  # "No."
    claims = old_place_released(
        sentence, names, claims
    )  # D16 (1056): "Der alte Termin … freigegeben"
    claims = done_answers_booking(sentence, facts.caller, names, claims)  # D13 (1053): "Erledigt."
    claims = still_there_read(sentence, lang, names, claims)  # D11 (1051): "…, er steht noch."
    claims = still_on_at(sentence, claims, names)  # D43 (1110): "Ja, steht noch. Do 15 Uhr."
    claims = offer_halves(sentence, claims, names)  # D49 (1116): "Shall I book Leo and move …?"
    claims = light_verb_outcomes(sentence, lang, names, claims)  # blind 51: "Es erfolgte die …"
    # blind 57 (claims155): an instruction for any appointment says nothing of the caller's, and
    # a slot named in an unreal past is offered to no one, whichever reader above found it ("Had
    # you called yesterday, you'd still have got Saturday at ten" read as a slot offered)
    claims = without_any_appointment(sentence, claims)  # "Notieren Sie sich einen Termin …"
    claims = without_hoped(sentence, claims)  # blind 58 (claims161): "Hopefully you're …"
    claims = without_hours_told(sentence, facts.caller, claims)  # blind 59: "freitags bis 18 Uhr"
    claims = without_service_not_in(
        sentence, claims, names
    )  # claims173: "Beard Trim ist … nicht mehr drin"
    real = without_counterfactual(sentence, claims)  # (its denials, read above, are no slot)
    return tuple(c for c in claims if c.kind is not ClaimKind.AVAILABLE or c in real)
