"""The functions the LLM calls, and the rules that make the receptionist trustworthy.

- A free asked-for time is held in Cal.com at once, before the caller hears it is free
  (`tools.availability`).
- A booking is confirmed only when Cal.com answered with a booking uid whose status is
  `accepted`; the sentence to say is composed by code from that answer, never by the model; a
  lost answer is told as open until Cal.com can no longer carry it out (`tools.booking`).
- A caller only ever sees, cancels or moves appointments booked under their own number
  (`tools.appointments`).
- Bad arguments give an error result and change nothing; `call` never raises.
- A callback is promised only once the message is stored (`tools.messages`); a transfer is made
  only when someone can take the call (`tools.handover`); a text confirms only what Cal.com
  accepted (`tools.confirmations`).

Each tool is one function (`tools.registry`): its name, schema and handler come from it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from loguru import logger
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema

from calendar_adapter.backend import CalendarError
from tools import appointments, availability, booking, handover, messages, views
from tools.arguments import ArgumentError, for_timeline, parse
from tools.confirmations import queue_confirmation
from tools.hints import hint
from tools.registry import Result, Tool, tool
from tools.session import CallSession
from tools.status import ToolStatus
from tools.telemetry import TraceParent, tool_span

TOOLS: tuple[Tool, ...] = tuple(
    tool(function)
    for function in (
        availability.check_availability,
        availability.hold_slot,
        booking.book_appointment,
        availability.release_hold,
        appointments.find_my_appointments,
        appointments.cancel_appointment,
        appointments.reschedule_appointment,
        messages.take_message,
        handover.transfer_call,
    )
)
_BY_NAME = {t.name: t for t in TOOLS}


class BookingTools:
    names: tuple[str, ...] = tuple(_BY_NAME)

    def __init__(self, session: CallSession, *, trace_parent: TraceParent | None = None):
        self.session = session
        self.deps = session.deps
        self._trace_parent = trace_parent  # the call's current turn, for the tool spans

    # -- pipecat glue -----------------------------------------------------------------------

    def schemas(self) -> ToolsSchema:
        return ToolsSchema(standard_tools=[t.schema for t in TOOLS])

    async def pipecat_handler(self, params: Any) -> None:
        """A pipecat FunctionCallHandler: `llm.register_function(name, tools.pipecat_handler)`."""
        result = await self.call(params.function_name, params.arguments)
        await params.result_callback(result)

    # -- the one entry point ----------------------------------------------------------------

    async def call(self, name: str, arguments: Any) -> Result:
        """Run one tool. Never raises: every failure is a result with a status and a hint.

        The tool runs to its end even when this call is cancelled (a hang-up, a barge-in): a
        request may already be at Cal.com, and its outcome must be recorded; `end()` of the
        session waits for it. Every result names what the call holds now (`holds`)."""
        return await asyncio.shield(self.start(name, arguments))

    def start(self, name: str, arguments: Any) -> asyncio.Task[Result]:
        """`call`'s work as the one task it runs in, started now: the session's `end()` waits
        for it, and cancelling whoever awaits it (shielded) does not stop it. For a caller that
        shields and tracks the task itself (`agent.tool_wiring`): no second task around it."""
        return self.session.start_to_completion(self._logged(name, arguments))

    async def _logged(self, name: str, arguments: Any) -> Result:
        arguments = parse(arguments)
        await self.session.log("tool_called", tool=name, arguments=for_timeline(arguments))
        return await self._traced(name, arguments)

    async def _traced(self, name: str, arguments: Any) -> Result:
        """`_run` in the tool's span (it lasts as long as the tool, barge-in or not)."""
        label = name if name in _BY_NAME else "unknown"
        with tool_span(label, call_id=self.session.call_id, parent=self._trace_parent) as run:
            result = await self._run(name, arguments)
            run.result(result.get("status"))
            return result

    async def _run(self, name: str, arguments: Any) -> Result:
        session = self.session
        language = session.language  # every hint of the result in the call's language
        found = _BY_NAME.get(name)
        try:
            if found is None:
                result = views.error(hint("unknown_tool", language, name=repr(name)))
            elif not isinstance(arguments, dict):
                result = views.invalid("arguments", hint("arguments_not_object", language))
            elif session.ended or not session.started:
                result = views.error(hint("call_not_active", language))
            else:
                async with session.lock:
                    result = await found.run(session, arguments)
        except ArgumentError as e:
            result = views.invalid(e.field, e.hint_in(language))
        except CalendarError as e:
            logger.warning("call {}: {} failed: {!r}", session.call_id, name, e)
            result = views.calendar_unreachable(language)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            logger.exception("call {}: tool {} crashed", session.call_id, name)
            result = views.error(hint("internal_error", language, error=type(e).__name__))
        if session.started:
            await queue_confirmation(session, result)  # a text after Cal.com's yes, if any
            result["holds"] = views.holds(session)
        await session.log("tool_result", tool=name, result=result)
        return result


__all__ = ["TOOLS", "BookingTools", "ToolStatus"]
