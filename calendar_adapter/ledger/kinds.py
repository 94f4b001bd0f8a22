"""The kinds of timeline event, one list: what `status` shows and what replay files may expect.

Extend it when code starts writing a new kind (snake_case); tests/test_ledger_storage.py checks
that the calendar side and the booking tools write no kind that is not listed.
"""

from __future__ import annotations

TIMELINE_KINDS: frozenset[str] = frozenset(
    {
        # the call
        "call_started",
        "call_ended",
        "user_said",
        "bot_said",
        "guard_blocked",
        "tool_called",
        "tool_result",
        "error",
        # holds
        "availability_checked",
        "hold_placed",
        "hold_refused",
        "hold_answer_lost",  # a reservation whose answer never came (its row stays `reserving`)
        "hold_extended",
        "hold_renewed",
        "hold_released",
        "hold_expired",
        "release_queued",  # Cal.com did not confirm a release: kept in the outbox
        # bookings
        "booking_sent",
        "booking_confirmed",
        "booking_pending",
        "booking_failed",
        "booking_not_sent",  # Cal.com unreachable: the request never left
        "booking_not_confirmed",  # answer lost, not in Cal.com (yet)
        "booking_unknown",  # answer lost, Cal.com cannot be asked
        "booking_resolved",
        "booking_landed_late",
        "fence_placed",
        "fence_refused",
        "fence_handed_over",  # the fence outlives the call until its request is settled
        "caller_must_be_told",  # an outcome settled after the call (a caller notice)
        # the caller's appointments
        "identity_refused",  # a name that is not the name on the booking
        "cancel_sent",
        "cancelled",
        "cancel_unknown",
        "reschedule_sent",
        "rescheduled",
        # from outside the call
        "webhook_received",
        "reconciled",
    }
)
