"""Every kind of entry a call's timeline can hold, with what it records: the one list.

Replay files name kinds in their expectations and are refused when they name one that is not
here (a typo would make the check pass or fail for the wrong reason). Code that writes a new kind
adds it here; tests/test_replay_names.py and tests/test_ledger_storage.py find kinds written anywhere that
are missing.
"""

from __future__ import annotations

from types import MappingProxyType

TIMELINE_KINDS = MappingProxyType(
    {
        # the call
        "call_started": "the call began",
        "call_ended": "the call ended (with its reason)",
        "user_said": "what the caller said",
        "bot_said": "what the agent actually said (after the confirmation guard)",
        "guard_blocked": "the guard replaced a sentence claiming what no tool had done",
        "tool_called": "a tool was called (arguments in log form)",
        "tool_result": "a tool's result",
        "error": "something failed (source / during say what)",
        "silence_prompted": "the caller was silent; code asked whether they are still there",
        "call_closed": "code ended the call (reason: silence, max_duration, goodbye, idle, agent)",
        # availability and holds
        "availability_checked": "check_availability asked Cal.com for free slots",
        "hold_placed": "a slot was reserved in Cal.com for this caller",
        "hold_refused": "Cal.com refused to reserve a slot",
        "hold_answer_lost": "a reservation whose answer never came (its row stays `reserving`)",
        "hold_extended": "a hold's reservation was extended before it ran out",
        "hold_renewed": "a lapsed hold was reserved again (the slot was still free)",
        "keepalive_gave_way": "the keep-alive put off a hold that was due (it gave way to a tool "
        "under Cal.com's rate limit, or Cal.com failed): it may lapse at may_lapse_at",
        "hold_released": "a hold was released",
        "hold_expired": "a hold ran out (or lapsed and its slot was taken)",
        "release_queued": "Cal.com did not confirm a release: kept in the outbox and retried",
        "fence_placed": "after a lost booking answer the slot was held again (a fence)",
        "fence_refused": "the fence could not be placed",
        "fence_handed_over": "the fence outlives the call until its lost request is settled",
        # bookings
        "booking_sent": "a booking request left for Cal.com",
        "booking_confirmed": "Cal.com accepted the booking",
        "booking_pending": "Cal.com took the booking, awaiting the salon's approval",
        "booking_failed": "the booking was not made",
        "booking_not_sent": "Cal.com was unreachable: the booking request never left",
        "booking_withheld": "no booking was sent: Cal.com did not confirm the caller's hold",
        "caller_told_free_at": "the caller was told until when a slot stays blocked by a "
        "reservation whose answer was lost (its row's bound), and to ask again after it",
        "booking_not_confirmed": "the answer was lost and Cal.com has no such booking (yet)",
        "booking_unknown": "the booking's outcome could not be learned",
        "booking_resolved": "a lost booking answer was looked up (request id)",
        "booking_landed_late": "a booking request whose answer was lost arrived after all",
        "caller_must_be_told": "an outcome settled after the call ended, or one code spoke that "
        "the caller did not hear whole (reason: not_heard): a caller notice",
        "outcome_heard": "an outcome code spoke (a tool's `say`) was played to the caller whole "
        "(agent/guard/heard.py; repeated: said a second time after a cut)",
        "outcome_cut": "the caller talked over an outcome code spoke before all of it was "
        "played: it is said once more when they pause",
        "bot_cut": "words of the agent (a response of the model, or code's own words) the caller "
        "did not hear whole (agent/guard/heard.py): why (talked_over: the caller talked over "
        "them; call_ended: the line dropped before they were played), played (the part heard "
        "when the line tells it; None: cut, not heard)",
        # the caller's own appointments
        "identity_refused": "the name given is not the name on the booking",
        "cancel_sent": "a cancellation request left for Cal.com",
        "cancel_unknown": "a cancellation's outcome could not be learned",
        "cancelled": "Cal.com cancelled the booking",
        "reschedule_sent": "a reschedule request left for Cal.com",
        "rescheduled": "Cal.com moved the booking",
        "move_retried": "a move whose answer was lost, not carried out in Cal.com, was sent once "
        "more with its fence's reservation (tools/move_retry.py)",
        "move_retry_withheld": "a lost move was not sent again (reason, explanation): the new "
        "slot is gone or different, the old booking changed, or Cal.com could not be asked",
        "move_retry_refused": "the lost move's retry was refused or moved nothing; the move "
        "stays open and fenced",
        "caller_told_moved": "a lost move found carried out later in the call was put into the "
        "sentence code speaks (the sentence is in that tool's result; heard: `outcome_heard`)",
        "caller_told_not_moved": "a lost move settled not moved later in the call (the new time "
        "taken, the old booking standing) was put into the sentence code speaks (the sentence is in "
        "that tool's result; heard: `outcome_heard`)",
        # recording and personal data
        "recording_consent": "the caller's answer to the recording question (given/refused/unclear)",
        "recording_started": "recording began after the caller's clear yes (the file's path)",
        "recording_saved": "the recording was written (path, seconds)",
        "personal_data_removed": "the retention period passed: transcript and caller data removed",
        # hand-over, messages, texts (issue 14)
        "call_transferred": "the caller was put through to the salon (the provider took it)",
        "transfer_failed": "the hand-over to the salon could not be made",
        "transfer_unanswered": "nobody at the salon answered the forwarded call",
        "message_taken": "a message for the salon was stored (name, number, reason)",
        "sms_queued": "a text to the caller was queued (a confirmation, or an outcome settled later)",
        "outbox_sent": "a text to the caller or a notification to the salon was sent",
        "outbox_given_up": "a text or notification could not be sent and was given up",
        # afterwards
        "reconciled": "reconcile changed the ledger to match Cal.com",
        "webhook_received": "a Cal.com webhook about one of the call's bookings",
    }
)
