"""The dashboard's pages: appointments, calls and one call's conversation, needs a person,
numbers; login and logout. Every route but the login needs the session (`web.login`), every
POST also its CSRF token (`web.login_and_csrf`)."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse

from agent.dashboard import appointments, calls, needs_person, numbers, svg
from agent.dashboard.auth import Session, base_path
from agent.dashboard.conversation import conversation
from agent.dashboard.i18n import language
from agent.dashboard.web import LoggedIn, Posted, auth_of, ctx_of, render
from calendar_adapter.privacy import mask_phone

router = APIRouter()
LIVE_POLL_SECONDS = 0.4


def _redirect(request: Request, path: str) -> RedirectResponse:
    return RedirectResponse(base_path(request) + path, status_code=303)


def _safe_next(target: str | None) -> str:
    """Only a path inside the dashboard (no other host, no scheme)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


# -- login ------------------------------------------------------------------------------------


@router.get("/login")
async def login_page(request: Request, next: str | None = None) -> Response:
    auth = auth_of(request)
    session = auth.session_for(request)
    response = render(request, "login.html", session, next=_safe_next(next), error=None)
    auth.write(response, request, session)  # the login form's CSRF token
    return response


@router.post("/login")
async def login_submit(
    request: Request,
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    auth = auth_of(request)
    session = auth.read(request)
    if session is None:
        return _redirect(request, "/login")  # no form token: start over
    await auth.check_csrf(request, session)
    who = request.client.host if request.client else "?"
    if auth.throttle.blocked(who):
        return render(
            request, "login.html", session, 429, next=_safe_next(next), error="login_throttled"
        )
    if not await auth.password_matches(password):
        auth.throttle.failed(who)
        return render(
            request, "login.html", session, 401, next=_safe_next(next), error="login_wrong"
        )
    auth.throttle.succeeded(who)
    # a new token at login: a token seen before the login is worth nothing after it
    fresh = Session(csrf=secrets.token_urlsafe(24), logged_in=True)
    response = _redirect(request, _safe_next(next))
    auth.write(response, request, fresh)
    return response


@router.post("/logout")
async def logout(request: Request, session: Posted) -> Response:
    response = _redirect(request, "/login")
    auth_of(request).clear(response, request)
    return response


# -- appointments -----------------------------------------------------------------------------


@router.get("/")
async def appointments_page(
    request: Request,
    session: LoggedIn,
    day: str | None = None,
    stylist: str | None = None,
) -> Response:
    ctx = ctx_of(request)
    chosen_day = _parse_day(day)
    stylist_id = int(stylist) if stylist and stylist.isdigit() else None
    views = await appointments.upcoming(ctx, day=chosen_day, stylist_user_id=stylist_id)
    names = await ctx.names()
    first = appointments.today(ctx)
    return render(
        request,
        "appointments.html",
        session,
        views=views,
        days=[first + timedelta(days=n) for n in range(14)],
        day=chosen_day,
        stylists=names.catalog.stylists,
        stylist=stylist_id,
    )


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.get("/api/appointments")
async def appointments_json(
    request: Request, session: LoggedIn, day: str | None = None
) -> JSONResponse:
    from agent.appointment_view import comparison_json

    views = await appointments.upcoming(ctx_of(request), day=_parse_day(day))
    return JSONResponse(
        [{**comparison_json(v.comparison), "headline": v.headline.english} for v in views]
    )


# -- calls ------------------------------------------------------------------------------------


@router.get("/calls")
async def calls_page(request: Request, session: LoggedIn, days: int = 7) -> Response:
    ctx = ctx_of(request)
    end = ctx.clock.now() + timedelta(minutes=1)
    views = await calls.calls_between(ctx, end - timedelta(days=max(1, min(days, 90))), end)
    return render(request, "calls.html", session, calls=views, days=days)


@router.get("/calls/{call_id}")
async def call_page(request: Request, call_id: str, session: LoggedIn) -> Response:
    ctx = ctx_of(request)
    call = await ctx.ledger.get_call(call_id)
    if call is None:
        return render(request, "call.html", session, 404, call=None)
    names = await ctx.names()
    lines = conversation(await ctx.ledger.timeline(call_id), names, language(request))
    return render(
        request,
        "call.html",
        session,
        call=call,
        number=mask_phone(call.caller_phone),
        seconds=calls.duration(call),
        lines=lines,
        views=await appointments.for_call(ctx, call_id),
    )


@router.get("/calls/{call_id}/live")
async def call_live(request: Request, call_id: str, session: LoggedIn) -> Response:
    """The call's conversation as it grows (server-sent events), until the call has ended."""
    ctx = ctx_of(request)
    if await ctx.ledger.get_call(call_id) is None:
        raise HTTPException(404)
    lang = language(request)

    async def stream() -> AsyncIterator[str]:
        sent: dict[int, dict] = {}  # what the page shows, per line
        while True:
            names = await ctx.names()
            lines = conversation(await ctx.ledger.timeline(call_id), names, lang)
            # a line is sent when it is new or has changed: a tool step is rewritten in place
            # when its result arrives, also after lines that came in the meantime (the sentence
            # code speaks for a booking is on the timeline before the tool's result)
            for index, line in enumerate(lines):
                payload = {
                    "index": index,
                    "kind": line.kind,
                    "label": line.label,
                    "text": line.text,
                    "status": line.status,
                    "at": line.at.astimezone(ctx.salon.tz).strftime("%H:%M:%S"),
                }
                if sent.get(index) != payload:
                    sent[index] = payload
                    yield f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"
            call = await ctx.ledger.get_call(call_id)
            if call is None or call.ended_at is not None:
                yield "event: ended\ndata: {}\n\n"
                return
            if await request.is_disconnected():
                return
            await asyncio.sleep(LIVE_POLL_SECONDS)

    return StreamingResponse(
        stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"}
    )


# -- needs a person ---------------------------------------------------------------------------


@router.get("/attention")
async def attention_page(request: Request, session: LoggedIn) -> Response:
    ctx = ctx_of(request)
    found = await needs_person.collect(ctx)
    return render(
        request,
        "attention.html",
        session,
        found=found,
        reconciled=ctx.reconciler.ran_at_wall,
        fixed=ctx.reconciler.report.fixed if ctx.reconciler.report else [],
    )


@router.post("/attention/done")
async def mark_done(request: Request, key: Annotated[str, Form()], session: Posted) -> Response:
    ctx = ctx_of(request)
    found = await needs_person.collect(ctx)
    item = next((i for i in found.open if i.key == key), None)
    if item is not None:  # only what is open now can be marked (nothing else is stored)
        await ctx.ledger.mark_done(
            item.key, kind=item.kind, call_id=item.call_id, appointment_id=item.appointment_id
        )
    return _redirect(request, "/attention")


@router.post("/attention/reopen")
async def reopen(request: Request, key: Annotated[str, Form()], session: Posted) -> Response:
    await ctx_of(request).ledger.unmark_done(key)
    return _redirect(request, "/attention")


@router.post("/attention/reconcile")
async def reconcile_now(request: Request, session: Posted) -> Response:
    ctx = ctx_of(request)
    await ctx.reconciler.latest(ctx, force=True)
    return _redirect(request, "/attention")


# -- numbers ----------------------------------------------------------------------------------


@router.get("/numbers")
async def numbers_page(request: Request, session: LoggedIn, days: int = 14) -> Response:
    days = max(1, min(days, 90))
    found = await numbers.numbers(ctx_of(request), days)
    labels = [d.day.strftime("%d.%m.") for d in found.days]
    return render(
        request,
        "numbers.html",
        session,
        n=found,
        days=days,
        calls_chart=svg.bar_chart(
            [d.calls for d in found.days], labels, part=[d.booked for d in found.days]
        ),
        share_chart=svg.share_bar(found.booked_share),
        length_chart=svg.bar_chart(
            [(d.avg_seconds or 0) / 60 for d in found.days], labels, fmt="{:.1f} min"
        ),
        latency_chart=svg.histogram(found.latencies),
        usage_chart=svg.bar_chart(
            [u.llm_tokens for u in found.usage],
            [u.call.local_start.strftime("%d.%m. %H:%M") for u in found.usage],
            fmt="{:.0f}",
        ),
    )
