"""Which phone providers this server answers, and how it knows a request is theirs.

A provider's endpoints are open only when its secret is set: Twilio signs every webhook with
TWILIO_AUTH_TOKEN (and the server mints a single-use stream token from it), Telnyx signs nothing
on its media socket, so its stream URL carries TELNYX_STREAM_TOKEN. Without the secret the
endpoints refuse everyone: anyone who reached them could otherwise claim any caller number.
`serve --insecure-dev` opens the unconfigured ones for local experiments, loudly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agent.telephony.caller import Provider

PROVIDERS: tuple[Provider, ...] = ("twilio", "telnyx")
_SECRET_OF: dict[Provider, str] = {
    "twilio": "TWILIO_AUTH_TOKEN",
    "telnyx": "TELNYX_STREAM_TOKEN",
}


def secret_text(value: Any) -> str | None:
    """A setting's secret as text (SecretStr or str), None when unset or empty."""
    if value is None:
        return None
    text = value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
    return text or None


@dataclass(frozen=True)
class PhoneAccess:
    twilio_auth_token: str | None
    telnyx_stream_token: str | None
    insecure_dev: bool = False

    @classmethod
    def from_settings(cls, settings: Any, *, insecure_dev: bool = False) -> PhoneAccess:
        return cls(
            twilio_auth_token=secret_text(settings.twilio_auth_token),
            telnyx_stream_token=secret_text(settings.telnyx_stream_token),
            insecure_dev=insecure_dev,
        )

    def secret(self, provider: Provider) -> str | None:
        return self.twilio_auth_token if provider == "twilio" else self.telnyx_stream_token

    def authenticated(self, provider: Provider) -> bool:
        return self.secret(provider) is not None

    def is_open(self, provider: Provider) -> bool:
        return self.authenticated(provider) or self.insecure_dev

    def live(self) -> list[Provider]:
        return [p for p in PROVIDERS if self.is_open(p)]

    def closed_because(self, provider: Provider) -> str:
        return f"{_SECRET_OF[provider]} is not set"

    def describe(self) -> list[tuple[bool, str]]:
        """Per provider, for serve's start-up log: (authenticated, what is true of it)."""
        lines = []
        for provider in PROVIDERS:
            if self.authenticated(provider):
                text = f"{provider}: live"
            elif self.insecure_dev:
                text = (
                    f"{provider}: OPEN WITHOUT AUTHENTICATION (--insecure-dev; "
                    f"{self.closed_because(provider)}): anyone can call as any number"
                )
            else:
                text = f"{provider}: closed ({self.closed_because(provider)})"
            lines.append((self.authenticated(provider), text))
        return lines
