"""The dashboard's own settings (`DASHBOARD_*` in the environment or `.env`)."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class DashboardSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="DASHBOARD_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # `python run_agent.py dashboard-password` prints it. Unset: `serve` mounts no dashboard.
    password_hash: SecretStr | None = None
    # Signs the session cookie. Unset: a random key per process (logins end with a restart).
    secret_key: SecretStr | None = None
    path: str = Field(default="/dashboard", description="where `serve` mounts the dashboard")
    session_hours: float = 12.0
    # Verdicts are asked live from Cal.com; a page view within this many seconds reuses them
    # (Cal.com allows 120 requests a minute per key).
    check_ttl_seconds: float = 30.0
    # "Needs a person" runs reconcile at most this often (it fixes only what is certain).
    reconcile_every_seconds: float = 300.0
    # Optional prices, for cost per call where usage metrics exist (currency as you like).
    price_stt_minute: float | None = None
    price_llm_1k_tokens: float | None = None
    price_tts_1k_chars: float | None = None

    @property
    def enabled(self) -> bool:
        return self.password_hash is not None and bool(self.password_hash.get_secret_value())


def load_dashboard_settings(**overrides) -> DashboardSettings:
    return DashboardSettings(**overrides)
