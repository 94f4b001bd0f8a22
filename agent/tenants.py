"""Which salons this deployment answers for, and which salon a dialled number reaches.

Without `SALONS_FILE` there is one salon, the implicit one (`DEFAULT_SALON`): every number
reaches it, and it is configured as before (`SALON_FILE`, `CALCOM_API_KEY`, `LANGUAGE`, ...).

With `SALONS_FILE` (YAML) each listed salon has its dialled numbers, its salon file, its language
and the NAMES of the environment variables that hold its secrets; a secret itself in the file is
refused. A listed salon takes nothing salon-specific from the deployment's environment: no Cal.com
key (without its own it books in an embedded sandbox of its own), no webhook secret, no SMS
sender, no address for its messages. Everything else (speech services, limits, the ledger) is
the deployment's.

```yaml
salons:
  - id: spitzer                    # a-z, 0-9, '-': the ledger's salon_id ("default" keeps the rows
                                   # of a deployment that had no tenants file yet)
    numbers: ["+49 30 1234567"]    # what callers dial (Twilio `To`, Telnyx `to`), E.164
    salon_file: spitzer.yaml       # relative to this file
    language: de                   # optional: else the salon file's business.language
    calcom_api_key_env: SPITZER_CALCOM_API_KEY
    calcom_webhook_secret_env: SPITZER_CALCOM_WEBHOOK_SECRET
    dashboard_password_hash_env: SPITZER_DASHBOARD_PASSWORD_HASH
    sms_from: "+49301234567"       # optional, with SMS_PROVIDER
    max_concurrent_calls: 3        # optional: at most this many of serve's calls at once
```
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from dotenv import dotenv_values
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from agent.config import Settings
from calendar_adapter.ledger import DEFAULT_SALON
from calendar_adapter.salon import load_salon
from tools.phone import normalize_phone

SALON_ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")
ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
# Keys that would put a secret into the file: named so the error says what to do instead.
_SECRET_KEYS = {
    "calcom_api_key": "calcom_api_key_env",
    "calcom_webhook_secret": "calcom_webhook_secret_env",
    "dashboard_password_hash": "dashboard_password_hash_env",
    "notify_webhook_secret": "notify_webhook_secret_env",
}


class TenantsFileError(ValueError):
    """The tenants file cannot be used (the message says where and why)."""


class _SalonEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    numbers: list[str] = Field(min_length=1)
    salon_file: Path
    language: Literal["de", "en"] | None = None
    calcom_api_key_env: str | None = None
    calcom_base_url: str | None = None
    calcom_webhook_secret_env: str | None = None
    dashboard_password_hash_env: str | None = None
    sms_from: str | None = None
    notify_email: str | None = None
    notify_webhook_url: str | None = None
    notify_webhook_secret_env: str | None = None
    overflow_action: Literal["say", "forward"] | None = None
    max_concurrent_calls: int | None = Field(default=None, ge=1)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not SALON_ID.fullmatch(value):
            raise ValueError("a salon id is 1-40 of a-z, 0-9 and '-' (not at either end)")
        return value

    @field_validator("numbers")
    @classmethod
    def _numbers(cls, values: list[str]) -> list[str]:
        numbers = []
        for value in values:
            number = normalize_phone(str(value))
            if number is None:
                raise ValueError(f"{value!r} is not a phone number (E.164: +4930...)")
            numbers.append(number)
        return numbers

    @field_validator(
        "calcom_api_key_env",
        "calcom_webhook_secret_env",
        "dashboard_password_hash_env",
        "notify_webhook_secret_env",
    )
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_NAME.fullmatch(value):
            raise ValueError(
                "name the environment variable that holds the secret (A-Z, 0-9, '_'); "
                "the secret itself never goes into the tenants file"
            )
        return value


class _TenantsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    salons: list[_SalonEntry] = Field(min_length=1)


@dataclass(frozen=True)
class Tenant:
    """One salon of the deployment: its id in the ledger, the numbers that reach it, its
    settings (the deployment's with the salon's own), its dashboard password and call cap."""

    id: str
    numbers: tuple[str, ...]
    settings: Settings
    dashboard_password_hash: SecretStr | None = None
    max_calls: int | None = None  # of serve's calls at once; None: no cap of its own
    implicit: bool = False  # the one salon of a deployment without a tenants file


class Tenants:
    """The deployment's salons and the dialled numbers that reach them."""

    def __init__(self, tenants: Sequence[Tenant], *, source: Path | None = None):
        self._by_id = {t.id: t for t in tenants}
        self._by_number = {n: t for t in tenants for n in t.numbers}
        self.source = source

    @classmethod
    def implicit(cls, settings: Settings) -> Tenants:
        """The single salon of a deployment without a tenants file: every number reaches it."""
        return cls([Tenant(DEFAULT_SALON, (), settings, implicit=True)])

    @classmethod
    def from_settings(
        cls, settings: Settings, *, environ: Mapping[str, str | None] | None = None
    ) -> Tenants:
        """`SALONS_FILE`'s salons, or the implicit one. `environ`: where secrets are looked up
        by name (default: the process environment over `.env`)."""
        if settings.salons_file is None:
            return cls.implicit(settings)
        return load_tenants(settings.salons_file, settings, environ=environ)

    @property
    def is_implicit(self) -> bool:
        return len(self._by_id) == 1 and next(iter(self._by_id.values())).implicit

    def get(self, salon_id: str) -> Tenant | None:
        return self._by_id.get(salon_id)

    def by_number(self, dialled: str | None) -> Tenant | None:
        """The salon a call to `dialled` reaches; None: no salon has that number."""
        if self.is_implicit:
            return next(iter(self._by_id.values()))
        number = normalize_phone(dialled) if dialled else None
        return self._by_number.get(number) if number else None

    @property
    def ids(self) -> list[str]:
        return list(self._by_id)

    def __iter__(self) -> Iterator[Tenant]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


def _environment() -> dict[str, str | None]:
    """The process environment over `.env` (as pydantic-settings reads them)."""
    values: dict[str, str | None] = dict(dotenv_values(".env")) if Path(".env").is_file() else {}
    values.update(os.environ)
    return values


def _secret(environ: Mapping[str, str | None], name: str | None) -> SecretStr | None:
    value = environ.get(name) if name else None
    return SecretStr(value) if value else None


def load_tenants(
    path: str | Path, settings: Settings, *, environ: Mapping[str, str | None] | None = None
) -> Tenants:
    """Read and check a tenants file; each salon's settings are `settings` with its own."""
    source = Path(path)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TenantsFileError(f"tenants file not found: {source} (SALONS_FILE)") from None
    except yaml.YAMLError as exc:
        raise TenantsFileError(f"{source}: not YAML ({exc})") from None
    _refuse_inline_secrets(source, raw)
    try:
        parsed = _TenantsFile.model_validate(raw)
    except ValidationError as exc:
        raise TenantsFileError(f"{source}: {exc}") from None
    env = _environment() if environ is None else environ
    tenants: list[Tenant] = []
    seen_numbers: dict[str, str] = {}
    for entry in parsed.salons:
        if any(t.id == entry.id for t in tenants):
            raise TenantsFileError(f"{source}: salon id {entry.id!r} is listed twice")
        for number in entry.numbers:
            if number in seen_numbers:
                raise TenantsFileError(
                    f"{source}: {number} is listed for {seen_numbers[number]!r} and {entry.id!r}"
                )
            seen_numbers[number] = entry.id
        tenants.append(_tenant(source, entry, settings, env))
    return Tenants(tenants, source=source)


def _refuse_inline_secrets(source: Path, raw: Any) -> None:
    for index, entry in enumerate((raw or {}).get("salons") or []):
        if not isinstance(entry, dict):
            continue
        for key, instead in _SECRET_KEYS.items():
            if key in entry:
                raise TenantsFileError(
                    f"{source}: salon #{index + 1} has {key!r}: secrets never go into the "
                    f"tenants file; put it in an environment variable and name it in {instead!r}"
                )


def _tenant(source: Path, entry: _SalonEntry, settings: Settings, env: Mapping) -> Tenant:
    salon_file = entry.salon_file
    if not salon_file.is_absolute():
        salon_file = source.parent / salon_file
    if not salon_file.is_file():
        raise TenantsFileError(f"{source}: salon {entry.id!r}: salon file not found: {salon_file}")
    language = entry.language or load_salon(salon_file).business.language
    own: dict[str, Any] = {
        "salon_file": salon_file,
        "language": language if language in ("de", "en") else "de",
        "calcom_api_key": _secret(env, entry.calcom_api_key_env),
        "calcom_webhook_secret": _secret(env, entry.calcom_webhook_secret_env),
        "sms_from": entry.sms_from,
        "salon_notify_email": entry.notify_email,
        "salon_webhook_url": entry.notify_webhook_url,
        "salon_webhook_secret": _secret(env, entry.notify_webhook_secret_env),
    }
    if entry.calcom_base_url:
        own["calcom_base_url"] = entry.calcom_base_url
    if entry.overflow_action:
        own["overflow_action"] = entry.overflow_action
    return Tenant(
        id=entry.id,
        numbers=tuple(entry.numbers),
        settings=settings.model_copy(update=own),
        dashboard_password_hash=_secret(env, entry.dashboard_password_hash_env),
        max_calls=entry.max_concurrent_calls,
    )


def chosen_salons(tenants: Tenants, salon: str | None, *, every_when_unnamed: bool) -> list[Tenant]:
    """The salons a command acts on: `--salon ID`; unnamed, the one salon there is, or (for
    commands that may) every salon in turn. Raises TenantsFileError saying what to name."""
    if salon is not None:
        tenant = tenants.get(salon)
        if tenant is None:
            where = f"in {tenants.source}" if tenants.source else "(no SALONS_FILE: 'default')"
            raise TenantsFileError(
                f"no salon {salon!r}; the salons {where}: {', '.join(tenants.ids)}"
            )
        return [tenant]
    if len(tenants) == 1 or every_when_unnamed:
        return list(tenants)
    raise TenantsFileError(
        f"this deployment has {len(tenants)} salons: name one with --salon "
        f"({', '.join(tenants.ids)})"
    )
