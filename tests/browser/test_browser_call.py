"""A call from the browser, end to end: headless Chromium's fake microphone plays a German WAV
(espeak-ng) into the browser-call page; WebRTC carries it to pipecat's SmallWebRTCTransport and
`run_call` (real Silero VAD); the stand-in speech services (STANDIN_SCRIPT, as for phone calls)
hear the scripted transcript at each end of speech; the agent holds and books in the sandbox;
the page shows the conversation live, and the dashboard shows the booking in the calendar."""

from __future__ import annotations

import json
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from calendar_adapter.ledger import AppointmentState as S
from tests.browser.support import PASSWORD, chromium, console_log, demo_dashboard, logged_in
from tests.standin_scripts import ASK_THURSDAY_TEN, OFFER_THURSDAY_TEN, thursday_ten_script

pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]

ASKED = ASK_THURSDAY_TEN
NAME = "Anna Berg. Ja, bitte buchen Sie das."
OFFER = OFFER_THURSDAY_TEN
STANDIN_SCRIPT = thursday_ten_script(
    name_said=NAME, customer_name="Anna Berg", after_booking="{say}"
)


def speak(text: str, target: Path) -> list[bytes]:
    subprocess.run(
        ["espeak-ng", "-v", "de", "-s", "150", "-w", str(target), text],
        check=True,
        capture_output=True,
    )
    with wave.open(str(target), "rb") as w:
        return [w.readframes(w.getnframes()), w.getparams()]


def caller_wav(tmp_path: Path) -> Path:
    """The caller's side: silence while the call connects, the request, a pause for the
    agent's offer, the name and yes, then a long silence (Chromium loops the file)."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is needed for the browser call test (apt-get install espeak-ng)")
    first, params = speak(ASKED, tmp_path / "asked.wav")
    second, _ = speak(NAME, tmp_path / "name.wav")
    rate, width = params.framerate, params.sampwidth

    def quiet(seconds: float) -> bytes:
        return bytes(int(rate * seconds) * width)

    target = tmp_path / "caller.wav"
    with wave.open(str(target), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(quiet(3.0) + first + quiet(9.0) + second + quiet(30.0))
    return target


def test_a_call_from_the_browser_books_and_the_dashboard_shows_it(
    browser_available, loopback_ice, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    audio = caller_wav(tmp_path)
    script = tmp_path / "standin.json"
    script.write_text(json.dumps(STANDIN_SCRIPT, ensure_ascii=False), encoding="utf-8")
    standins = dict(
        stt_provider="text",
        llm_provider="scripted",
        tts_provider="text",
        standin_script=script,
        turn_detection="silence",
        turn_silence_seconds=0.6,
    )
    with demo_dashboard(tmp_path, **standins) as server:
        driver = chromium(tmp_path / "caller", fake_audio=audio)
        try:
            driver.get(server.dashboard_url + "/browser-call")
            WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.ID, "password"))
            driver.find_element(By.ID, "password").send_keys(PASSWORD)
            driver.find_element(By.ID, "login").click()
            start = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "start-call"))
            start.click()

            def line_with(text: str):
                def found(d):
                    lines = d.find_elements(By.CSS_SELECTOR, "#conversation li")
                    return next((li for li in lines if text in li.text), None)

                return found

            # the transcript, live: the caller heard, the slot held, the offer spoken
            WebDriverWait(driver, 60).until(line_with(ASKED))
            held = WebDriverWait(driver, 30).until(line_with("check_availability("))
            WebDriverWait(driver, 30).until(lambda d: "held" in held.get_attribute("class"))
            # the name and the yes, then the booking Cal.com accepted
            WebDriverWait(driver, 60).until(line_with(NAME))
            booked = WebDriverWait(driver, 60).until(line_with("book_appointment("))
            WebDriverWait(driver, 30).until(lambda d: "booked" in booked.get_attribute("class"))
            WebDriverWait(driver, 30).until(line_with("ist gebucht"))
            call_id = driver.find_element(By.ID, "browser-call").get_attribute("data-call-id")
            assert call_id.startswith("web-")

            driver.find_element(By.ID, "end-call").click()
            WebDriverWait(driver, 30).until(
                lambda d: d.find_element(By.ID, "conversation").get_attribute("data-ended")
            )

            # the same ledger and calendar as a phone call: the dashboard shows it, ✓
            driver.get(server.dashboard_url + "/?day=2026-11-26")
            rows = driver.find_elements(By.CSS_SELECTOR, ".appointments .row")
            assert len(rows) == 1, [r.text for r in rows]
            assert "Dauerwelle" in rows[0].text and "Anna Berg" in rows[0].text
            assert rows[0].find_element(By.CSS_SELECTOR, ".verdict").text == "im Kalender ✓"
            assert call_id in rows[0].find_element(By.LINK_TEXT, "Anruf ansehen").get_attribute(
                "href"
            )
        except Exception:
            print(console_log(driver))
            raise
        finally:
            driver.quit()

        async def facts(rt):
            call = await rt.ledger.get_call(call_id)
            rows = await rt.ledger.appointments_for_call(call_id)
            return call, rows, rt.sandbox.active_reservations(), await rt.ledger.timeline(call_id)

        call, rows, holds, timeline = server.run(facts)
        assert call.mode == "browser" and call.ended_at is not None
        assert [(a.state, a.customer_name) for a in rows] == [(S.CONFIRMED, "Anna Berg")]
        assert holds == []  # nothing left held after the hang-up
        # pipecat's own measurements, kept for the dashboard's numbers
        latencies = [e.data["seconds"] for e in timeline if e.kind == "turn_latency"]
        assert len(latencies) >= 2 and all(0 < s < 10 for s in latencies)
        [usage] = [e.data for e in timeline if e.kind == "usage"]
        assert usage["tts_characters"] >= len(OFFER)

        numbers = logged_in(server).get("/numbers").text
        assert "Ende der Anruferrede bis erstes Agentenwort" in numbers
        assert f"/calls/{call_id}" in numbers  # usage per call lists it
