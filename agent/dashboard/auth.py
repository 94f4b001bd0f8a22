"""Login, session cookie and CSRF for the dashboard.

One password per salon (a scrypt hash from the environment). The session is a cookie signed
with itsdangerous (HttpOnly, SameSite=Lax, Secure behind https, scoped to the dashboard's path;
each salon's dashboard has a cookie name and signing salt of its own, so a login to one salon's
dashboard is none to another's);
it carries a CSRF token that every POST must send back (form field `csrf` or header
`X-CSRF-Token`) and a fingerprint of the password hash, so a new password ends old sessions.
"""

from __future__ import annotations

import asyncio
import hmac
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from agent.dashboard.passwords import fingerprint, verify_password

COOKIE = "salon_dashboard"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
_PREFIX_OK = re.compile(r"^(/[A-Za-z0-9._~-]+)*$")


class NotLoggedIn(Exception):
    """Raised by `require_login`; the app answers with the login page (pages) or 401 (data)."""


class CsrfRefused(Exception):
    """A POST without the session's CSRF token."""


@dataclass(frozen=True)
class Session:
    csrf: str
    logged_in: bool = False


def base_path(request: Request) -> str:
    """Where the dashboard lives as the browser sees it: a reverse proxy's X-Forwarded-Prefix
    (checked to be a plain path), then the ASGI root path (`--root-path`, the mount point)."""
    forwarded = (request.headers.get("x-forwarded-prefix") or "").rstrip("/")
    if not _PREFIX_OK.fullmatch(forwarded):
        forwarded = ""
    return forwarded + request.scope.get("root_path", "").rstrip("/")


def is_https(request: Request) -> bool:
    # uvicorn's proxy headers turn a trusted X-Forwarded-Proto into the scheme
    return request.url.scheme in ("https", "wss")


class LoginThrottle:
    """At most `attempts` failed logins per client address in `window` seconds."""

    def __init__(self, attempts: int = 5, window: float = 900.0):
        self.attempts, self.window = attempts, window
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, who: str) -> deque[float]:
        failures = self._failures.setdefault(who, deque())
        while failures and failures[0] < time.monotonic() - self.window:
            failures.popleft()
        return failures

    def blocked(self, who: str) -> bool:
        return len(self._recent(who)) >= self.attempts

    def failed(self, who: str) -> None:
        self._recent(who).append(time.monotonic())

    def succeeded(self, who: str) -> None:
        self._failures.pop(who, None)


class Auth:
    def __init__(
        self,
        password_hash: str,
        secret_key: str,
        *,
        session_hours: float,
        salon_id: str | None = None,
    ):
        """`salon_id`: the salon of a deployment with several (None: the one salon)."""
        self._hash = password_hash
        self._fingerprint = fingerprint(password_hash)
        self.cookie = COOKIE if salon_id is None else f"{COOKIE}-{salon_id}"
        salt = "salon-dashboard-session" + ("" if salon_id is None else f":{salon_id}")
        self._signer = URLSafeTimedSerializer(secret_key, salt=salt)
        self._max_age = int(session_hours * 3600)
        self.throttle = LoginThrottle()

    def read(self, request: Request) -> Session | None:
        raw = request.cookies.get(self.cookie)
        if not raw:
            return None
        try:
            data = self._signer.loads(raw, max_age=self._max_age)
        except BadSignature:  # also expired
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        logged_in = data.get("login") is True and data.get("pw") == self._fingerprint
        return Session(csrf=data["csrf"], logged_in=logged_in)

    def session_for(self, request: Request) -> Session:
        """The request's session, or a fresh anonymous one (for the login form's token)."""
        return self.read(request) or Session(csrf=secrets.token_urlsafe(24))

    def write(self, response: Response, request: Request, session: Session) -> None:
        data = {"csrf": session.csrf, "login": session.logged_in, "pw": self._fingerprint}
        response.set_cookie(
            self.cookie,
            self._signer.dumps(data),
            max_age=self._max_age,
            path=base_path(request) + "/",
            httponly=True,
            samesite="lax",
            secure=is_https(request),
        )

    def clear(self, response: Response, request: Request) -> None:
        response.delete_cookie(self.cookie, path=base_path(request) + "/")

    async def password_matches(self, password: str) -> bool:
        # scrypt takes ~0.1 s of CPU: not on the event loop
        return await asyncio.to_thread(verify_password, password, self._hash)

    def require_login(self, request: Request) -> Session:
        session = self.read(request)
        if session is None or not session.logged_in:
            raise NotLoggedIn
        return session

    @staticmethod
    async def check_csrf(request: Request, session: Session) -> None:
        """The POST carries the session's token, in the form or in the header."""
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            value = (await request.form()).get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
        if not sent or not hmac.compare_digest(sent.encode(), session.csrf.encode()):
            raise CsrfRefused
