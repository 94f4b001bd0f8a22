"""Speech and model services, chosen by configuration.

Real ones: Deepgram STT (German by default, stylist and service names as key terms), OpenAI LLM,
TTS by Deepgram Aura-2 (default), OpenAI or Cartesia. Offline ones: the stand-ins of
`agent.standins` (`text` STT/TTS, `scripted` LLM). A provider that needs a key it does not have
stops with `MissingKeyError`, naming the environment variable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipecat.services.llm_service import LLMService
from pipecat.services.stt_service import STTService
from pipecat.services.tts_service import TTSService
from pipecat.transcriptions.language import Language

from agent.config import Settings
from agent.standins import (
    ScriptedLLMService,
    ScriptedSTTService,
    SilenceTTSService,
    StandInLatencies,
    Step,
)
from calendar_adapter.backend import Catalog
from calendar_adapter.salon import SalonFile


class MissingKeyError(RuntimeError):
    """A configured provider needs a secret that is not set."""

    def __init__(self, variable: str, purpose: str):
        super().__init__(f"{variable} is not set; it is needed for {purpose}.")
        self.variable = variable


class InvalidSettingError(MissingKeyError):
    """A configured value the provider cannot use (caught where a missing key is)."""

    def __init__(self, variable: str, message: str):
        RuntimeError.__init__(self, f"{variable}: {message}")
        self.variable = variable


@dataclass
class Services:
    stt: STTService
    llm: LLMService
    tts: TTSService


def _secret(settings: Settings, field: str, purpose: str) -> str:
    value = getattr(settings, field)
    secret = value.get_secret_value() if hasattr(value, "get_secret_value") else (value or "")
    if not secret:
        raise MissingKeyError(field.upper(), purpose)
    return secret


def _language(settings: Settings) -> Language:
    try:
        return Language(settings.language)
    except ValueError:
        return Language.DE


# Deepgram refuses more than 500 tokens of key terms; names are one to three tokens each.
MAX_KEYTERMS = 100


def keyterms(catalog: Catalog, salon: SalonFile | None = None) -> list[str]:
    """Words Deepgram should expect: stylists (full and first names), services and aliases,
    the salon's name; at most `MAX_KEYTERMS`, stylists first (names are the hardest)."""
    terms: list[str] = []
    for stylist in catalog.stylists:
        terms += [stylist.name, stylist.name.split()[0]]
    if salon is not None:
        terms.append(salon.business.name)
    terms += [service.name for service in catalog.services]
    for service in catalog.services:
        terms += service.aliases
    unique: dict[str, str] = {}
    for term in terms:
        unique.setdefault(term.lower(), term)
    return list(unique.values())[:MAX_KEYTERMS]


def websocket_base(url: str) -> str:
    """`https://dg.example` -> `wss://dg.example` (Deepgram's TTS takes a websocket base)."""
    url = url.rstrip("/")
    for http, ws in (("https://", "wss://"), ("http://", "ws://")):
        if url.startswith(http):
            return ws + url[len(http) :]
    return url if "://" in url else f"wss://{url}"


def check_keys(settings: Settings) -> None:
    """Fail before anything starts when a configured provider lacks its key."""
    if settings.stt_provider == "deepgram":
        _secret(settings, "deepgram_api_key", "speech recognition (STT_PROVIDER=deepgram)")
    if settings.llm_provider == "openai":
        _secret(settings, "openai_api_key", "the language model (LLM_PROVIDER=openai)")
    purpose = f"speech output (TTS_PROVIDER={settings.tts_provider})"
    if settings.tts_provider == "deepgram":
        _secret(settings, "deepgram_api_key", purpose)
    elif settings.tts_provider == "openai":
        _secret(settings, "openai_api_key", purpose)
        from pipecat.services.openai.tts import VALID_VOICES

        if settings.openai_tts_voice not in VALID_VOICES:
            raise InvalidSettingError(
                "OPENAI_TTS_VOICE",
                f"{settings.openai_tts_voice!r} is not an OpenAI voice "
                f"(one of: {', '.join(sorted(VALID_VOICES))})",
            )
    elif settings.tts_provider == "cartesia":
        _secret(settings, "cartesia_api_key", purpose)
        if not settings.cartesia_voice_id:
            raise MissingKeyError("CARTESIA_VOICE_ID", purpose)


def build_stt(
    settings: Settings,
    *,
    catalog: Catalog,
    salon: SalonFile | None = None,
    transcripts: Sequence[str] = (),
    latencies: StandInLatencies | None = None,
) -> STTService:
    if settings.stt_provider == "text":
        return ScriptedSTTService(transcripts=transcripts, latencies=latencies)
    from pipecat.services.deepgram.stt import DeepgramSTTService

    key = _secret(settings, "deepgram_api_key", "speech recognition (STT_PROVIDER=deepgram)")
    return DeepgramSTTService(
        api_key=key,
        base_url=settings.deepgram_base_url or "",
        settings=DeepgramSTTService.Settings(
            model=settings.deepgram_stt_model,
            language=_language(settings),
            keyterm=keyterms(catalog, salon),
            smart_format=True,
            numerals=True,
        ),
    )


def build_llm(
    settings: Settings,
    *,
    script: Sequence[Sequence[Step]] | None = None,
    latencies: StandInLatencies | None = None,
) -> LLMService:
    if settings.llm_provider == "scripted":
        if script is None:
            raise ValueError("LLM_PROVIDER=scripted needs a script (a list of turns)")
        return ScriptedLLMService(script, latencies=latencies)
    from pipecat.services.openai.llm import OpenAILLMService

    from agent.openai_llm import TimedOpenAILLMService

    key = _secret(settings, "openai_api_key", "the language model (LLM_PROVIDER=openai)")
    return TimedOpenAILLMService(
        api_key=key,
        base_url=settings.openai_base_url,
        timeout_seconds=settings.openai_timeout_seconds,
        settings=OpenAILLMService.Settings(model=settings.openai_model, temperature=0.3),
    )


def build_tts(settings: Settings, *, latencies: StandInLatencies | None = None) -> TTSService:
    provider = settings.tts_provider
    purpose = f"speech output (TTS_PROVIDER={provider})"
    if provider == "text":
        return SilenceTTSService(latencies=latencies)
    if provider == "deepgram":
        from pipecat.services.deepgram.tts import DeepgramTTSService

        extra = {}
        if settings.deepgram_base_url:
            extra["base_url"] = websocket_base(settings.deepgram_base_url)
        # Deepgram names the model by the voice; model is set too, or metrics report None.
        voice = settings.deepgram_tts_voice
        return DeepgramTTSService(
            api_key=_secret(settings, "deepgram_api_key", purpose),
            settings=DeepgramTTSService.Settings(model=voice, voice=voice),
            **extra,
        )
    if provider == "openai":
        from pipecat.services.openai.tts import OpenAITTSService

        instructions = (
            "Sprich freundlich, ruhig und deutlich Deutsch, wie eine Salon-Rezeption am Telefon."
            if settings.language == "de"
            else "Speak friendly, calm and clear, like a salon receptionist on the phone."
        )
        return OpenAITTSService(
            api_key=_secret(settings, "openai_api_key", purpose),
            base_url=settings.openai_base_url,
            settings=OpenAITTSService.Settings(
                voice=settings.openai_tts_voice,
                model=settings.openai_tts_model,
                instructions=instructions,
            ),
        )
    if provider == "cartesia":
        from pipecat.services.cartesia.tts import CartesiaTTSService

        key = _secret(settings, "cartesia_api_key", purpose)
        if not settings.cartesia_voice_id:
            raise MissingKeyError("CARTESIA_VOICE_ID", purpose)
        return CartesiaTTSService(
            api_key=key,
            settings=CartesiaTTSService.Settings(
                voice=settings.cartesia_voice_id,
                model=settings.cartesia_model,
                language=_language(settings),
            ),
        )
    raise ValueError(f"unknown TTS_PROVIDER {provider!r}")


def build_services(
    settings: Settings,
    *,
    catalog: Catalog,
    salon: SalonFile | None = None,
    script: Sequence[Sequence[Step]] | None = None,
    transcripts: Sequence[str] = (),
    latencies: StandInLatencies | None = None,
) -> Services:
    """One set of services for one call (pipecat services hold per-call state)."""
    check_keys(settings)
    return Services(
        stt=build_stt(
            settings, catalog=catalog, salon=salon, transcripts=transcripts, latencies=latencies
        ),
        llm=build_llm(settings, script=script, latencies=latencies),
        tts=build_tts(settings, latencies=latencies),
    )
