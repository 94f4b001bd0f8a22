"""`mic` on a machine without PyAudio/PortAudio: a clear install hint and exit code 2, never a
traceback. (The microphone itself cannot be exercised on a headless test machine.)"""

from __future__ import annotations

import argparse
import builtins
import sys

from agent.commands import mic


def mic_args(**overrides) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    mic.configure(parser)
    return parser.parse_args([f"--{k.replace('_', '-')}={v}" for k, v in overrides.items()])


def assert_install_hint(err: str) -> None:
    assert "apt-get install portaudio19-dev" in err
    assert 'pip install -e ".[mic]"' in err
    assert "Traceback" not in err


async def test_without_pyaudio_mic_says_how_to_install_it_and_exits_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyaudio", None)  # `import pyaudio` -> ImportError

    code = await mic.run(mic_args())

    assert code == 2
    captured = capsys.readouterr()
    assert_install_hint(captured.err)
    assert "pyaudio" in captured.err.lower()


async def test_pyaudio_without_the_portaudio_library_gets_the_same_hint(monkeypatch, capsys):
    real_import = builtins.__import__

    def broken_portaudio(name, *args, **kwargs):
        if name == "pyaudio":
            raise OSError("libportaudio.so.2: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pyaudio", raising=False)
    monkeypatch.setattr(builtins, "__import__", broken_portaudio)

    code = await mic.run(mic_args())

    assert code == 2
    err = capsys.readouterr().err
    assert_install_hint(err)
    assert "libportaudio" in err


async def test_the_hint_comes_before_any_calendar_is_opened(monkeypatch, capsys):
    import calendar_adapter.runtime

    opened: list[object] = []
    monkeypatch.setattr(calendar_adapter.runtime, "open_calendar", lambda *a, **k: opened.append(a))
    monkeypatch.setitem(sys.modules, "pyaudio", None)

    assert await mic.run(mic_args(input_device=1)) == 2
    assert opened == []
    assert_install_hint(capsys.readouterr().err)


async def test_with_audio_but_without_speech_keys_mic_names_the_missing_variable(
    monkeypatch, tmp_path, capsys
):
    for key in ("DEEPGRAM_API_KEY", "OPENAI_API_KEY", "STT_PROVIDER", "LLM_PROVIDER"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setattr(mic, "load_local_audio", lambda: (object, object))

    code = await mic.run(mic_args())

    assert code == 2
    err = capsys.readouterr().err
    assert "DEEPGRAM_API_KEY" in err
    assert "Traceback" not in err


async def test_mic_says_which_calendar_books_and_runs_one_call_on_the_microphone(
    monkeypatch, tmp_path, capsys
):
    import json

    import agent.call
    from tests.test_telephony_call import STANDIN_SCRIPT

    script = tmp_path / "standin.yaml"
    script.write_text(json.dumps(STANDIN_SCRIPT, ensure_ascii=False), encoding="utf-8")
    for key in ("CALCOM_API_KEY", "DEEPGRAM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("STT_PROVIDER", "text")
    monkeypatch.setenv("LLM_PROVIDER", "scripted")
    monkeypatch.setenv("TTS_PROVIDER", "text")
    monkeypatch.setenv("STANDIN_SCRIPT", str(script))
    monkeypatch.setenv("LEDGER_PATH", str(tmp_path / "ledger.sqlite3"))
    monkeypatch.chdir(tmp_path)

    class Params:
        def __init__(self, **kwargs):
            self.kwargs = kwargs

    class Microphone:
        def __init__(self, params):
            self.params = params

    calls: list[dict] = []

    async def run_call(transport, **kwargs):
        calls.append({"transport": transport, **kwargs})

    monkeypatch.setattr(mic, "load_local_audio", lambda: (Microphone, Params))
    monkeypatch.setattr(agent.call, "run_call", run_call)

    assert await mic.run(mic_args(input_device=3, caller_phone="+4917012345678")) == 0

    out = capsys.readouterr().out
    assert (
        "No CALCOM_API_KEY: bookings go to the embedded Cal.com sandbox at http://127.0.0.1:" in out
    )
    [call] = calls
    params = call["transport"].params.kwargs
    assert params["audio_in_enabled"] and params["audio_out_enabled"]
    assert params["input_device_index"] == 3
    assert call["caller_phone"] == "+4917012345678" and call["mode"] == "mic"
    assert call["services"] is not None  # the stand-ins from STANDIN_SCRIPT, fresh for the call
