"""Services chosen by configuration: Deepgram STT in German with the salon's names as key terms,
OpenAI LLM, Deepgram Aura-2 / OpenAI / Cartesia TTS, or the offline stand-ins; a provider without
its key stops with a message naming the variable."""

from __future__ import annotations

import pytest
from pipecat.services.cartesia.tts import CartesiaTTSService
from pipecat.services.deepgram.stt import DeepgramSTTService
from pipecat.services.deepgram.tts import DeepgramTTSService
from pipecat.services.openai.llm import OpenAILLMService
from pipecat.services.openai.tts import OpenAITTSService

from agent.config import Settings
from agent.services import (
    MAX_KEYTERMS,
    MissingKeyError,
    build_services,
    check_keys,
    keyterms,
)
from agent.standins import ScriptedLLMService, ScriptedSTTService, SilenceTTSService
from calendar_adapter.backend import Catalog, Service, Stylist
from calendar_adapter.salon import load_salon

CATALOG = Catalog(
    stylists=(Stylist(101, "fabian-spitzer", "Fabian Spitzer"), Stylist(105, "lea", "Lea Hofmann")),
    services=(Service("dauerwelle", "Dauerwelle", 135, ("Locken", "Perm")),),
    offerings=(),
)
KEYS = {"deepgram_api_key": "dg_test", "openai_api_key": "sk-test"}


def _settings(**kw) -> Settings:
    return Settings(_env_file=None, **{**KEYS, **kw})


def test_the_default_voice_stack_is_deepgram_openai_and_aura2_in_german():
    services = build_services(_settings(), catalog=CATALOG, salon=load_salon())
    assert isinstance(services.stt, DeepgramSTTService)
    assert services.stt._settings.language == "de"
    assert services.stt._settings.keyterm == [
        "Fabian Spitzer",
        "Fabian",
        "Lea Hofmann",
        "Lea",
        "Salon Spitzer",
        "Dauerwelle",
        "Locken",
        "Perm",
    ]
    assert isinstance(services.llm, OpenAILLMService)
    assert services.llm._settings.model == "gpt-4.1-mini"
    assert isinstance(services.tts, DeepgramTTSService)
    assert services.tts._settings.voice == "aura-2-viktoria-de"


def test_openai_and_cartesia_voices_by_configuration():
    openai = build_services(_settings(tts_provider="openai"), catalog=CATALOG).tts
    assert isinstance(openai, OpenAITTSService)
    cartesia = build_services(
        _settings(tts_provider="cartesia", cartesia_api_key="ck", cartesia_voice_id="voice-1"),
        catalog=CATALOG,
    ).tts
    assert isinstance(cartesia, CartesiaTTSService)
    assert cartesia._settings.voice == "voice-1"


def test_the_offline_stand_ins_need_no_keys():
    settings = Settings(
        _env_file=None, stt_provider="text", llm_provider="scripted", tts_provider="text"
    )
    check_keys(settings)
    services = build_services(settings, catalog=CATALOG, script=[[{"say": "Hallo."}]])
    assert isinstance(services.stt, ScriptedSTTService)
    assert isinstance(services.llm, ScriptedLLMService)
    assert isinstance(services.tts, SilenceTTSService)


@pytest.mark.parametrize(
    ("overrides", "variable"),
    [
        ({"deepgram_api_key": None}, "DEEPGRAM_API_KEY"),
        ({"openai_api_key": None}, "OPENAI_API_KEY"),
        ({"stt_provider": "text", "deepgram_api_key": None}, "DEEPGRAM_API_KEY"),  # Aura-2 TTS
        ({"tts_provider": "cartesia"}, "CARTESIA_API_KEY"),
        ({"tts_provider": "cartesia", "cartesia_api_key": "ck"}, "CARTESIA_VOICE_ID"),
    ],
)
def test_a_missing_key_is_named(overrides, variable):
    settings = _settings(**overrides)
    with pytest.raises(MissingKeyError) as raised:
        check_keys(settings)
    assert raised.value.variable == variable
    assert variable in str(raised.value)
    with pytest.raises(MissingKeyError):
        build_services(settings, catalog=CATALOG)


def test_key_terms_are_unique():
    doubled = Catalog(
        stylists=(Stylist(1, "a", "Lena Hoffmann"), Stylist(2, "b", "Lena Berg")),
        services=(Service("farbe", "Färben", 90, ("Farbe", "farbe")),),
        offerings=(),
    )
    assert keyterms(doubled) == ["Lena Hoffmann", "Lena", "Lena Berg", "Färben", "Farbe"]


def test_key_terms_stay_within_deepgrams_limit_names_first():
    big = Catalog(
        stylists=(Stylist(1, "a", "Lena Hoffmann"),),
        services=tuple(Service(f"s{i}", f"Leistung {i}", 30, (f"Alias {i}",)) for i in range(200)),
        offerings=(),
    )
    terms = keyterms(big, load_salon())
    assert len(terms) == MAX_KEYTERMS
    assert terms[:3] == ["Lena Hoffmann", "Lena", "Salon Spitzer"]
    assert "Alias 0" not in terms  # every service name comes before any alias
