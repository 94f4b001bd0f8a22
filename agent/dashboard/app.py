"""The dashboard as an ASGI app of its own, and how `serve` mounts it.

`create_dashboard(settings, runtime)` works alone (tests, another server) with a runtime handed
in, or opens its own calendar runtime; `mount_dashboard(app, settings)` puts it under `serve`'s
app at DASHBOARD_PATH, with the server's runtime, or says why it does not. With several salons
(`mount_dashboards`) each salon with a password has its own at DASHBOARD_PATH/<salon>/: its
password, its session cookie, its rows, its calendar (opened on the first request if needed).
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from loguru import logger

from agent.config import Settings
from agent.dashboard.auth import Auth, CsrfRefused, NotLoggedIn, base_path
from agent.dashboard.browser_call import BrowserCalls
from agent.dashboard.browser_call import router as call_router
from agent.dashboard.config import DashboardSettings, load_dashboard_settings
from agent.dashboard.context import DashboardContext
from agent.dashboard.pages import router as pages_router
from agent.dashboard.web import HERE
from agent.tenants import Tenant, Tenants

# Pages render no inline script and load nothing from elsewhere (works offline, too).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; connect-src 'self'; media-src 'self' blob:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def create_dashboard(
    settings: Settings,
    runtime: Any = None,
    *,
    dashboard: DashboardSettings | None = None,
    admit: Callable[[], Any] | None = None,
    salon_id: str | None = None,
) -> FastAPI:
    """The dashboard app. `runtime`: a CalendarRuntime, a callable returning one (the server's,
    once its lifespan opened it), or None to open one in this app's own lifespan. `admit`: takes
    a place under the server's call limit for a browser call (None when full). `salon_id`: the
    salon whose dashboard it is, in a deployment of several (its own session cookie)."""
    dashboard = dashboard or load_dashboard_settings()
    if not dashboard.enabled:
        raise ValueError("DASHBOARD_PASSWORD_HASH is not set: the dashboard needs a password")
    assert dashboard.password_hash is not None
    key = dashboard.secret_key.get_secret_value() if dashboard.secret_key else ""
    auth = Auth(
        dashboard.password_hash.get_secret_value(),
        key or secrets.token_urlsafe(32),
        session_hours=dashboard.session_hours,
        salon_id=salon_id,
    )
    opened: list[Any] = []
    runtime_of: Callable[[], Any]
    if runtime is None:
        runtime_of = lambda: opened[0]  # noqa: E731
    elif callable(runtime):
        runtime_of = runtime
    else:
        runtime_of = lambda: runtime  # noqa: E731
    ctx = DashboardContext(
        runtime_of=runtime_of, settings=settings, dashboard=dashboard, admit=admit
    )

    calls = BrowserCalls(ctx)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            if runtime is None:
                from calendar_adapter.runtime import open_calendar

                opened.append(await stack.enter_async_context(open_calendar(settings)))
            stack.push_async_callback(calls.close)
            yield

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.auth, app.state.ctx, app.state.browser_calls = auth, ctx, calls
    if not key:
        logger.info("dashboard: DASHBOARD_SECRET_KEY is not set; logins end when serve restarts")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, exc: NotLoggedIn) -> Response:
        wants_page = request.method == "GET" and "text/html" in request.headers.get("accept", "")
        if wants_page:
            here = request.url.path[len(request.scope.get("root_path", "")) :] or "/"
            return RedirectResponse(
                f"{base_path(request)}/login?next={quote(here)}", status_code=303
            )
        return JSONResponse({"error": "login required"}, status_code=401)

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, exc: CsrfRefused) -> Response:
        return JSONResponse({"error": "CSRF token missing or wrong"}, status_code=403)

    app.include_router(pages_router)
    app.include_router(call_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def mount_dashboard(
    app: FastAPI, settings: Settings, *, dashboard: DashboardSettings | None = None
) -> bool:
    """Mount the dashboard under `serve`'s app (its runtime: `app.state.runtime`), its lifespan
    inside the server's; without a password it is not mounted, and the log says so."""
    dashboard = dashboard or load_dashboard_settings()
    if not dashboard.enabled:
        logger.warning(
            "serve: no dashboard: DASHBOARD_PASSWORD_HASH is not set "
            "(python run_agent.py dashboard-password makes one)"
        )
        return False
    sub = create_dashboard(
        settings,
        lambda: app.state.runtime,
        dashboard=dashboard,
        admit=lambda: app.state.line.admission.admit(None),  # browser calls count as calls
    )
    path = "/" + dashboard.path.strip("/")
    app.mount(path, sub)
    _nest_lifespan(app, sub, f"serve: dashboard at {path}/ (login with the salon's password)")
    return True


def mount_dashboards(
    app: FastAPI, tenants: Tenants, *, dashboard: DashboardSettings | None = None
) -> list[str]:
    """The dashboards of `serve`'s salons: the implicit salon's as `mount_dashboard`; with a
    tenants file, one per salon that names a password hash (`dashboard_password_hash_env`) at
    DASHBOARD_PATH/<salon>/. The salons whose dashboard is mounted."""
    dashboard = dashboard or load_dashboard_settings()
    if tenants.is_implicit:
        tenant = next(iter(tenants))
        return [tenant.id] if mount_dashboard(app, tenant.settings, dashboard=dashboard) else []
    mounted = []
    for tenant in tenants:
        if tenant.dashboard_password_hash is None:
            logger.warning(
                f"serve: no dashboard for salon {tenant.id}: its dashboard_password_hash_env "
                "names no set variable"
            )
            continue
        _mount_salon_dashboard(app, tenant, dashboard)
        mounted.append(tenant.id)
    return mounted


def _mount_salon_dashboard(app: FastAPI, tenant: Tenant, dashboard: DashboardSettings) -> None:
    path = f"/{dashboard.path.strip('/')}/{tenant.id}"
    own = dashboard.model_copy(
        update={"password_hash": tenant.dashboard_password_hash, "path": path}
    )
    sub = create_dashboard(
        tenant.settings,
        lambda: app.state.salons.ready(tenant.id),
        dashboard=own,
        admit=lambda: app.state.line.admission.admit(None, tenant.id),
        salon_id=tenant.id,
    )

    async def salon_open_first(scope: Any, receive: Any, send: Any) -> None:
        """Each request finds the salon's calendar open (opened now if it was not)."""
        if scope["type"] in ("http", "websocket"):
            try:
                await app.state.salons.runtime(tenant.id)
            except Exception:  # its calendar cannot be opened now
                if scope["type"] == "http":
                    closed = Response("the salon's calendar is not available", status_code=503)
                    await closed(scope, receive, send)
                return
        await sub(scope, receive, send)

    app.mount(path, salon_open_first)
    _nest_lifespan(app, sub, f"serve: dashboard of salon {tenant.id} at {path}/")


def _nest_lifespan(app: FastAPI, sub: FastAPI, started: str) -> None:
    """`sub`'s lifespan runs inside the server's."""
    outer = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(parent: FastAPI) -> AsyncIterator[Any]:
        async with outer(parent) as state, sub.router.lifespan_context(sub):
            logger.info(started)
            yield state

    app.router.lifespan_context = lifespan
