"""Rendering and the request's session: what every dashboard route uses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from agent.calendar_check import Verdict
from agent.dashboard.auth import Auth, Session, base_path
from agent.dashboard.context import DashboardContext
from agent.dashboard.i18n import LANG_COOKIE, LANGUAGES, language, translator

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

WEEKDAYS = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
VERDICT_CLASS = {
    Verdict.IN_CALENDAR: "ok",
    Verdict.NOT_IN_CALENDAR: "gone",
    Verdict.DIFFERENT: "bad",
    Verdict.OPEN: "open",
    Verdict.UNREACHABLE: "open",
}


def auth_of(request: Request) -> Auth:
    return request.app.state.auth


def ctx_of(request: Request) -> DashboardContext:
    return request.app.state.ctx


def login(request: Request) -> Session:
    """Dependency of every route but the login page and static files."""
    return auth_of(request).require_login(request)


LoggedIn = Annotated[Session, Depends(login)]


async def login_and_csrf(request: Request, session: LoggedIn) -> Session:
    """Dependency of every POST: logged in, and the session's CSRF token sent back."""
    await auth_of(request).check_csrf(request, session)
    return session


Posted = Annotated[Session, Depends(login_and_csrf)]


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def render(
    request: Request, template: str, session: Session | None, status_code: int = 200, **values: Any
) -> HTMLResponse:
    lang = language(request)
    base = base_path(request)
    tz = None
    try:
        tz = ctx_of(request).salon.tz
    except Exception:  # the runtime is not open yet: times stay UTC
        tz = None

    def local(at: datetime | date | None, fmt: str = "%d.%m. %H:%M") -> str:
        """Salon time; `%a` is the weekday in the page's language."""
        if at is None:
            return "–"
        if isinstance(at, datetime):
            at = at.astimezone(tz) if tz else at
        return at.strftime(fmt.replace("%a", WEEKDAYS[lang][at.weekday()]))

    response = templates.TemplateResponse(
        request,
        template,
        {
            "t": translator(lang),
            "lang": lang,
            "other_lang": LANGUAGES[1 - LANGUAGES.index(lang)],
            "base": base,
            "csrf": session.csrf if session else "",
            "logged_in": bool(session and session.logged_in),
            "local": local,
            "duration": duration_text,
            "verdict_class": VERDICT_CLASS,
            "Verdict": Verdict,
            "path": request.url.path,
            **values,
        },
        status_code=status_code,
    )
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, path=base + "/", samesite="lax", httponly=True
        )
    return response
