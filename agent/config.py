"""Configuration from the environment and `.env`. Secrets live here and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from calendar_adapter.config import (
    DEFAULT_FIRST_HOLD_MINUTES,
    DEFAULT_LOST_ANSWER_SETTLE_SECONDS,
    DEFAULT_LOST_REQUEST_HORIZON_SECONDS,
    DEFAULT_RATE_HEADROOM,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_WINDOW_SECONDS,
    DEFAULT_RATE_WRITE_RESERVE,
    DEFAULT_SLOT_CACHE_SECONDS,
    DEFAULT_SLOT_CHANGES_POLL_SECONDS,
    DEFAULT_UPKEEP_SECONDS,
    CalendarConfig,
    sandbox_key_sent_to_cal_com,
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Calendar. No key -> the embedded sandbox is used.
    calcom_api_key: SecretStr | None = None
    calcom_base_url: str = "https://api.cal.com"
    calcom_timeout_seconds: float = 10.0
    calcom_retry_backoff_seconds: float = Field(
        default=0.25,
        description="First wait before a retry or a lost booking's lookup; doubles each time.",
    )
    lost_answer_settle_seconds: float = Field(
        default=DEFAULT_LOST_ANSWER_SETTLE_SECONDS,
        ge=0.0,
        description="After a booking answer was lost and the slot re-held, how long Cal.com gets "
        "to finish a request already past its hold check before the lookup by request id.",
    )
    hold_minutes: int | None = Field(
        default=None,
        ge=1,
        description="Hold length while the caller decides; default 10 with an API key (Cal.com "
        "needs auth for a custom length), Cal.com's 5 otherwise.",
    )
    first_hold_minutes: int = Field(
        default=DEFAULT_FIRST_HOLD_MINUTES,
        ge=1,
        description="A new reservation's length (with an API key): a hold whose answer was lost "
        "lapses this soon; the keep-alive extends known holds to HOLD_MINUTES.",
    )
    lost_request_horizon_seconds: float = Field(
        default=DEFAULT_LOST_REQUEST_HORIZON_SECONDS,
        gt=0.0,
        description="How long Cal.com may still carry out a request whose answer was lost; "
        "until then the caller hears 'noch nicht bestätigt', never 'nicht gebucht'.",
    )
    calendar_upkeep_seconds: float = Field(
        default=DEFAULT_UPKEEP_SECONDS,
        gt=0.0,
        description="How often the background upkeep retries releases and settles lost requests.",
    )
    # Cal.com's request budget per API key (calendar_adapter/budget/).
    calcom_rate_limit: int = Field(
        default=DEFAULT_RATE_LIMIT,
        ge=0,
        description="Requests Cal.com allows per key and window (120/min by default); 0: no "
        "budget (every request is sent at once, a 429 is waited out).",
    )
    calcom_rate_window_seconds: float = Field(default=DEFAULT_RATE_WINDOW_SECONDS, gt=0)
    calcom_rate_headroom: int = Field(
        default=DEFAULT_RATE_HEADROOM,
        ge=0,
        description="Requests per window left unused: other clients of the key, requests in "
        "flight.",
    )
    calcom_rate_write_reserve: int = Field(
        default=DEFAULT_RATE_WRITE_RESERVE,
        ge=0,
        description="The last tokens of a window only bookings, holds and lookups may take, "
        "never slot questions.",
    )
    calcom_slot_cache_seconds: float = Field(
        default=DEFAULT_SLOT_CACHE_SECONDS,
        ge=0,
        description="How long a slot answer is kept (forgotten at once when our writes or a "
        "webhook change the stylist's calendar); 0: none kept, identical questions still shared.",
    )
    slot_changes_poll_seconds: float = Field(
        default=DEFAULT_SLOT_CHANGES_POLL_SECONDS,
        gt=0,
        description="Several workers on one ledger: how often each reads the slot changes the "
        "others made (their kept slot answers are forgotten within this).",
    )

    # Business
    salon_file: Path | None = None
    salons_file: Path | None = Field(
        default=None,
        description="Several salons in one deployment (agent/tenants.py): each salon's numbers, "
        "salon file, language and the names of its secrets' variables; unset: one salon.",
    )
    ledger_path: Path = Path("data/ledger.sqlite3")
    ledger_url: SecretStr | None = Field(
        default=None,
        description="postgresql://user:password@host:5432/db: the ledger on PostgreSQL, for "
        "several workers or machines; unset: the SQLite file at LEDGER_PATH.",
    )
    ledger_pool_size: int = Field(
        default=10, ge=1, description="PostgreSQL connections per process at most."
    )
    language: str = "de"

    # Speech and model services. `text` / `scripted` are offline stand-ins (agent/standins.py).
    stt_provider: Literal["deepgram", "text"] = "deepgram"
    llm_provider: Literal["openai", "scripted"] = "openai"
    tts_provider: Literal["deepgram", "openai", "cartesia", "text"] = "deepgram"
    deepgram_api_key: SecretStr | None = None
    deepgram_stt_model: str = "nova-3-general"
    # Deepgram-compatible endpoint (self-hosted, EU, a proxy, a test): STT and TTS both use it.
    deepgram_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_model: str = "gpt-4.1-mini"
    openai_base_url: str | None = None  # an OpenAI-compatible endpoint (proxy, Azure, a test)
    openai_timeout_seconds: float = Field(
        default=15.0,
        description="A completion that connects or streams nothing for this long has failed "
        "(the caller then hears an apology instead of minutes of silence).",
    )
    deepgram_tts_voice: str = "aura-2-viktoria-de"
    openai_tts_voice: str = "nova"
    openai_tts_model: str = "gpt-4o-mini-tts"
    cartesia_api_key: SecretStr | None = None
    cartesia_voice_id: str | None = None
    cartesia_model: str = "sonic-3.6"

    # Conversation behaviour
    turn_detection: Literal["smart", "silence"] = Field(
        default="smart",
        description="smart: Silero VAD + Smart Turn v3 model; silence: VAD + a fixed silence.",
    )
    turn_silence_seconds: float = 0.8
    smart_turn_threads: int | None = Field(
        default=None,
        ge=1,
        description="Smart Turn inference threads per worker process; unset: one per core "
        "(in every worker).",
    )
    smart_turn_loop_nicer_by: int = Field(
        default=0,
        ge=-19,
        le=19,
        description="Each serve worker's event-loop thread this much nicer than its Smart Turn "
        "threads (agent/loop_priority.py), so an inference takes a core first; below 0 the "
        "Smart Turn threads that much nicer instead, so the loop's wake-ups do; 0: off.",
    )
    filler_after_seconds: float = Field(
        default=0.7, description="A tool running longer than this gets one short filler."
    )
    allow_interruptions: bool = True

    # Call limits (agent/call_limits.py): nobody stays on an idle line, no call runs forever.
    max_call_minutes: float = Field(
        default=10.0,
        ge=0,
        description="A call this long is ended politely (why, the summary, goodbye); 0: no limit.",
    )
    silence_prompt_seconds: float = Field(
        default=8.0,
        ge=0,
        description="Caller silence before 'Sind Sie noch da?'; as long again and the call is "
        "ended with a goodbye. 0: off.",
    )
    # Personal data (calendar_adapter/retention.py) and recordings (agent/recording.py).
    retention_days: int = Field(
        default=90,
        ge=1,
        description="Transcripts, caller numbers and recordings are removed this many days after "
        "the call; an appointment's caller data this many days after the appointment.",
    )
    purge_every_hours: float = Field(
        default=24.0, gt=0, description="How often `serve` removes what is past its retention."
    )
    recordings_dir: Path = Field(
        default=Path("data/recordings"),
        description="Where a call's recording goes (only when the salon file turns recording "
        "on and the caller said yes).",
    )
    hang_up_after_goodbye_seconds: float = Field(
        default=2.0,
        ge=0,
        description="After a goodbye (either side), silence this long and the agent hangs up.",
    )

    # Telephony and webhooks
    twilio_auth_token: SecretStr | None = None
    # Telnyx does not sign its media websocket: the stream URL carries `?token=` this secret.
    telnyx_stream_token: SecretStr | None = None
    telnyx_public_key: str | None = Field(
        default=None,
        description="Telnyx's Ed25519 public key (base64, Mission Control > Keys): checks the "
        "signature of its call-control webhooks on /telnyx/events. Unset: that route refuses "
        "everything and Telnyx calls are not transferred (no verdict could reach the call).",
    )
    public_base_url: str | None = None
    calcom_webhook_secret: SecretStr | None = None

    # Phone server: admission and limits (`serve`; agent/telephony/admission.py, limits).
    max_concurrent_calls: int | None = Field(
        default=None,
        ge=1,
        description="Calls one serve takes at once, shared out among its workers; unset: "
        "cores × CALLS_PER_CORE.",
    )
    # The rule: what bench/concurrent_calls.py prints as admission's default (the largest level
    # held with Smart Turn, serve's default turn detection, per core), the lower of two sweeps
    # on a quiet machine, the lowest a machine we run on gave. 10: 2 vCPUs (AMD EPYC VM), serve's
    # 2 workers held Smart Turn 20 in three sweeps (2026-12-03 12:38, 13:33, 16:41 UTC; 30 not);
    # 5 before, from its 2026-12-02 12:30 UTC sweep (held 10; 20: 676 ms added), on code since
    # made cheaper per call. An Intel Xeon VM held 20 and 30 (10 and 15 per core); the CPU
    # decides, so measure yours.
    calls_per_core: float = Field(
        default=10.0,
        gt=0,
        description="Calls per core held by bench/concurrent_calls.py with Smart Turn (it prints "
        "the figure; 10 on a 2-vCPU AMD EPYC VM, 10-15 on a 2-vCPU Xeon VM).",
    )
    overflow_action: Literal["say", "forward"] = Field(
        default="say",
        description="A call the server cannot take: a spoken apology, or forwarded to the "
        "salon file's business.phone.",
    )
    serve_workers: int | None = Field(
        default=None,
        ge=1,
        description="Worker processes of `serve` (its --workers); unset: one per core.",
    )
    drain_timeout_seconds: float = Field(
        default=300.0,
        ge=0,
        description="On SIGTERM a worker takes no new calls and lets running ones finish, at "
        "most this long; then it ends them and exits.",
    )
    max_request_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    http_header_timeout_seconds: float = Field(default=10.0, gt=0)
    http_body_timeout_seconds: float = Field(default=10.0, gt=0)
    http_keep_alive_seconds: int = Field(default=5, ge=1)
    http_max_connections: int = Field(
        default=50, ge=1, description="HTTP connections at once on top of the calls' websockets."
    )
    ws_max_message_bytes: int = Field(default=64 * 1024, ge=4096)
    ws_max_frames_per_second: float = Field(
        default=100.0,
        gt=0,
        description="Per stream; Twilio and Telnyx send 50 media frames a second.",
    )

    # Hand-over, messages and texts (issue 14: agent/telephony/lines.py, agent/messaging/).
    # REST credentials for acting on a live call (transfer, hang-up) and for texts.
    twilio_account_sid: str | None = None
    twilio_api_base_url: str | None = Field(
        default=None,
        description="Twilio's REST API base (default https://api.twilio.com); a stand-in in tests.",
    )
    telnyx_api_key: SecretStr | None = None
    telnyx_api_base_url: str = "https://api.telnyx.com"
    sms_provider: Literal["none", "twilio", "telnyx", "standin"] = Field(
        default="none",
        description="Texts to callers after a booking, cancellation or move: none, Twilio or "
        "Telnyx messaging, or the stand-in (logs them, masked). The salon file can opt out.",
    )
    sms_from: str | None = Field(
        default=None,
        description="Sender of the texts: a number (E.164) of your account, or a Twilio "
        "Messaging Service SID (MG...).",
    )
    salon_notify_email: str | None = Field(
        default=None, description="Where messages for the salon are e-mailed (SMTP_*)."
    )
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    salon_webhook_url: str | None = Field(
        default=None, description="Messages for the salon POSTed as JSON, HMAC-signed."
    )
    salon_webhook_secret: SecretStr | None = None
    outbox_poll_seconds: float = Field(
        default=2.0, gt=0, description="How often the sender looks for texts and messages to send."
    )
    outbox_retry_seconds: float = Field(
        default=30.0, gt=0, description="First wait after a failed send; doubles up to an hour."
    )
    outbox_max_attempts: int = Field(
        default=12, ge=1, description="Attempts before a text or notification is given up."
    )
    transfer_ring_seconds: int = Field(
        default=25, ge=5, le=120, description="How long the salon's phone rings on a hand-over."
    )

    # Observability (docs/observability.md). Traces are configured by the standard OTEL_*
    # variables, read by the OpenTelemetry SDK itself (agent/observability/tracing.py).
    metrics_token: SecretStr | None = Field(
        default=None,
        description="Bearer token for GET /metrics; unset: /metrics is not served.",
    )
    log_format: Literal["text", "json"] = Field(
        default="text", description="serve's log lines: text, or one JSON object per line."
    )

    # Text sessions
    caller_phone: str = "+4915112345678"

    # Offline stand-ins for `serve` (STT_PROVIDER=text, LLM_PROVIDER=scripted): a YAML file with
    # `transcripts` (what the text STT hears at each end of caller speech) and `turns` (the
    # scripted LLM). Phone calls have no other way to receive a script.
    standin_script: Path | None = None

    @property
    def uses_sandbox(self) -> bool:
        return self.calcom_api_key is None or not self.calcom_api_key.get_secret_value()

    @model_validator(mode="after")
    def _sandbox_key_not_for_cal_com(self) -> Settings:
        key = self.calcom_api_key.get_secret_value() if self.calcom_api_key else None
        if sandbox_key_sent_to_cal_com(key, self.calcom_base_url):
            raise ValueError(
                f"CALCOM_API_KEY is the sandbox's key but CALCOM_BASE_URL is {self.calcom_base_url}: "
                "point CALCOM_BASE_URL at the sandbox (http://sandbox:5555 in compose, or the URL "
                "`run_agent.py sandbox` prints), or set your Cal.com API key"
            )
        return self

    def calendar_config(self) -> CalendarConfig:
        """What the calendar side needs of these settings (it never reads them itself)."""

        def secret(value: SecretStr | None) -> str | None:
            return (value.get_secret_value() or None) if value is not None else None

        return CalendarConfig(
            api_key=secret(self.calcom_api_key),
            base_url=self.calcom_base_url,
            timeout_seconds=self.calcom_timeout_seconds,
            retry_backoff_seconds=self.calcom_retry_backoff_seconds,
            salon_file=self.salon_file,
            ledger_path=str(self.ledger_path),
            ledger_url=secret(self.ledger_url),
            ledger_pool_size=self.ledger_pool_size,
            webhook_secret=secret(self.calcom_webhook_secret),
            hold_minutes=self.hold_minutes,
            first_hold_minutes=self.first_hold_minutes,
            lost_request_horizon_seconds=self.lost_request_horizon_seconds,
            upkeep_seconds=self.calendar_upkeep_seconds,
            rate_limit=self.calcom_rate_limit,
            rate_window_seconds=self.calcom_rate_window_seconds,
            rate_headroom=self.calcom_rate_headroom,
            rate_write_reserve=self.calcom_rate_write_reserve,
            slot_cache_seconds=self.calcom_slot_cache_seconds,
            slot_changes_poll_seconds=self.slot_changes_poll_seconds,
        )


def load_settings(**overrides) -> Settings:
    return Settings(**overrides)
