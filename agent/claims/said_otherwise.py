"""Claims said in words the clause readers do not know, read from a table of rules per class
(`pending_words`, `promised_words`, `held_words`, `booked_phrases`, `offered_words`,
`recorded_words`, `cancelled_words`, `visit_words`, `not_yet_words`, `stands`, `booked_words`, `record_subject`, `hedged_words`,
`stylist_confirmed`, `done_words`, `future_frame`, `summary_line`, `move_summary`, `wish_had`, `day_out`,
`confirmation_read`, `rebooked`, `text_sent`, `free_again`,
`all_set_for`, `date_ordinals`, `nothing_left`, `leaked_status`, `slot_subject`, `tag_question`, `second_booking`; the loop is
`word_rules.read_rules`), and readings corrected where such words show what they are (a
callback that brings the salon's answer is a pending request; a "request" for a callback is a
message; a booking "unter Vorbehalt" beside a pending request is not one).
"""

from __future__ import annotations

from agent.claims.all_set_for import RULES as ALL_SET_FOR
from agent.claims.assigned_words import RULES as ASSIGNED_WORDS
from agent.claims.bare_success import RULES as BARE_SUCCESS
from agent.claims.booked_phrases import RULES as BOOKED
from agent.claims.booked_phrases import with_topic
from agent.claims.booked_words import RULES as BOOKED_WORDS
from agent.claims.cancel_said_plainly import RULES as CANCEL_SAID_PLAINLY
from agent.claims.cancelled_by_others import RULES as CANCELLED_BY_OTHERS
from agent.claims.cancelled_words import RULES as CANCELLED
from agent.claims.compared_and_denied import RULES as COMPARED_AND_DENIED
from agent.claims.confirmation_read import RULES as CONFIRMATION_READ
from agent.claims.consequence_gone import RULES as CONSEQUENCE_GONE
from agent.claims.consequences_said import RULES as CONSEQUENCES_SAID
from agent.claims.convention_words import RULES as CONVENTION_WORDS
from agent.claims.could_take import RULES as COULD_TAKE
from agent.claims.date_ordinals import RULES as DATE_ORDINALS
from agent.claims.day_out import RULES as DAY_OUT
from agent.claims.denied_now import RULES as DENIED_NOW
from agent.claims.details import Names
from agent.claims.done_words import RULES as DONE_WORDS
from agent.claims.everyday_acts import RULES as EVERYDAY_ACTS
from agent.claims.follow_up_said import RULES as FOLLOW_UP_SAID
from agent.claims.free_again import RULES as FREE_AGAIN
from agent.claims.fresh_wordings import RULES as FRESH_WORDINGS
from agent.claims.future_certain import RULES as FUTURE_CERTAIN
from agent.claims.future_frame import RULES as FUTURE_FRAME
from agent.claims.gone_and_held import RULES as GONE_AND_HELD
from agent.claims.gone_words import RULES as GONE_WORDS
from agent.claims.hedged_words import RULES as HEDGED
from agent.claims.held_for_you import RULES as HELD_FOR_YOU
from agent.claims.held_words import RULES as HELD
from agent.claims.held_words import upgraded
from agent.claims.household import RULES as HOUSEHOLD
from agent.claims.in_effect import RULES as IN_EFFECT
from agent.claims.irony_tense import RULES as IRONY_TENSE
from agent.claims.kept_beside import RULES as KEPT_BESIDE
from agent.claims.kept_words import RULES as KEPT_WORDS
from agent.claims.leaked_status import RULES as LEAKED_STATUS
from agent.claims.message_noted import RULES as MESSAGE_NOTED
from agent.claims.modal_passive import RULES as MODAL_PASSIVE
from agent.claims.model import Claim
from agent.claims.money_and_reminders import RULES as MONEY_AND_REMINDERS
from agent.claims.move_summary import RULES as MOVE_SUMMARY
from agent.claims.moved_by_way import RULES as MOVED_BY_WAY
from agent.claims.moved_words import RULES as MOVED_WORDS
from agent.claims.new_place_moves import RULES as NEW_PLACE_MOVES
from agent.claims.not_yet_words import RULES as NOT_YET
from agent.claims.nothing_left import RULES as NOTHING_LEFT
from agent.claims.now_and_both import RULES as NOW_AND_BOTH
from agent.claims.offered_day import RULES as OFFERED_DAY
from agent.claims.offered_words import RULES as OFFERED
from agent.claims.outcome_in_other_words import RULES as OUTCOME_IN_OTHER_WORDS
from agent.claims.outcome_words import RULES as OUTCOME_WORDS
from agent.claims.pending_words import RULES as PENDING
from agent.claims.pending_words import corrected
from agent.claims.persona_words import RULES as PERSONA_WORDS
from agent.claims.presumed_visit import RULES as PRESUMED_VISIT
from agent.claims.promise_visit_words import RULES as PROMISE_VISIT_WORDS
from agent.claims.promised_words import RULES as PROMISED
from agent.claims.read_out import RULES as READ_OUT
from agent.claims.rebooked import RULES as REBOOKED
from agent.claims.record_subject import RULES as RECORD_SUBJECT
from agent.claims.recorded_words import RULES as RECORDED
from agent.claims.second_booking import RULES as SECOND_BOOKING
from agent.claims.several_named import RULES as SEVERAL_NAMED
from agent.claims.slot_subject import RULES as SLOT_SUBJECT
from agent.claims.stands import RULES as STANDS
from agent.claims.state_adverbs import RULES as STATE_ADVERBS
from agent.claims.state_words import RULES as STATE_WORDS
from agent.claims.stylist_confirmed import RULES as STYLIST_CONFIRMED
from agent.claims.success_verbs import RULES as SUCCESS_VERBS
from agent.claims.summary_line import RULES as SUMMARY_LINE
from agent.claims.tag_question import RULES as TAG_QUESTION
from agent.claims.taken_as_known import RULES as TAKEN_AS_KNOWN
from agent.claims.text_sent import RULES as TEXT_SENT
from agent.claims.unchanged_words import RULES as UNCHANGED
from agent.claims.visit_now import RULES as VISIT_NOW
from agent.claims.visit_words import RULES as VISIT
from agent.claims.wish_had import RULES as WISH_HAD
from agent.claims.word_rules import read_rules

_RULES = PENDING + PROMISED + HELD + BOOKED + OFFERED + RECORDED + CANCELLED + VISIT
_RULES += NOT_YET + STANDS + BOOKED_WORDS + RECORD_SUBJECT + HEDGED
_RULES += STYLIST_CONFIRMED + DONE_WORDS + FUTURE_FRAME + SUMMARY_LINE + MOVE_SUMMARY + WISH_HAD
_RULES += DAY_OUT + CONFIRMATION_READ + REBOOKED + TEXT_SENT + FREE_AGAIN
_RULES += ALL_SET_FOR + DATE_ORDINALS + NOTHING_LEFT
# each language's rules, chosen once
_BY_LANG = {lang: tuple(r for r in _RULES if r.lang in ("", lang)) for lang in ("de", "en")}
# blind 13's classes (claims21): read after the others, and what they replace goes whatever
# found it, the rules above included ("Friday became Thursday at three, it's in": the move's)
_LATER = UNCHANGED + GONE_WORDS + MOVED_WORDS + OUTCOME_WORDS + PROMISE_VISIT_WORDS
_LATER += KEPT_BESIDE + COULD_TAKE + IN_EFFECT + MOVED_BY_WAY + MESSAGE_NOTED  # claims22
_LATER += TAKEN_AS_KNOWN
# blind 14's classes (claims23), read with blind 13's
_LATER += CONSEQUENCE_GONE + ASSIGNED_WORDS + NEW_PLACE_MOVES + HOUSEHOLD + STATE_WORDS
# blind 15's classes (claims24), read with blind 13's and 14's
_LATER += FOLLOW_UP_SAID + KEPT_WORDS + BARE_SUCCESS + CANCELLED_BY_OTHERS + NOW_AND_BOTH
_LATER += HELD_FOR_YOU
# blind 16's classes (claims25)
_LATER += MONEY_AND_REMINDERS + VISIT_NOW + IRONY_TENSE
# blind 16's second pass (claims26)
_LATER += FRESH_WORDINGS
# blind 17's classes (claims27)
_LATER += PRESUMED_VISIT + SEVERAL_NAMED + OUTCOME_IN_OTHER_WORDS
# conventions 33 and 34 (claims28): plain denials, "it's all confirmed"
_LATER += DENIED_NOW
# blind 18's classes (claims29)
_LATER += COMPARED_AND_DENIED + GONE_AND_HELD
# blind 18's second pass (claims30)
_LATER += READ_OUT + PERSONA_WORDS + CONVENTION_WORDS
# blind 19's classes (claims31)
_LATER += FUTURE_CERTAIN + OFFERED_DAY
# blind 29's false passes (claims55)
_LATER += SUCCESS_VERBS + STATE_ADVERBS + CONSEQUENCES_SAID + EVERYDAY_ACTS
# blind 35's modal passives and state verbs (claims79)
_LATER += MODAL_PASSIVE
# blind 39's leaked tool statuses (claims95)
_LATER += LEAKED_STATUS + SLOT_SUBJECT + TAG_QUESTION + SECOND_BOOKING
# blind 52's cancellations by the act in everyday words and by their effect (claims130)
_LATER += CANCEL_SAID_PLAINLY
_LATER_BY_LANG = {lang: tuple(r for r in _LATER if r.lang in ("", lang)) for lang in ("de", "en")}


def said_otherwise(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the claims of every class's rules added and the readings they correct
    replaced."""
    more, replaced = read_rules(sentence, lang, names, _BY_LANG.get(lang, _RULES))
    if replaced:
        claims = tuple(
            c for c in claims if not any(c.kind in k and a <= c.start < b for a, b, k in replaced)
        )
    claims += tuple(more)
    later, replaced = read_rules(sentence, lang, names, _LATER_BY_LANG.get(lang, _LATER))
    if replaced:
        claims = tuple(
            c for c in claims if not any(c.kind in k and a <= c.start < b for a, b, k in replaced)
        )
    claims = corrected(sentence, lang, claims + tuple(later), names)
    return with_topic(sentence, upgraded(sentence, claims), names)
