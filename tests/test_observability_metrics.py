"""Prometheus metrics on `/metrics`: only for the bearer token, every documented series there,
counted once at the place that knows (admission, ledger, tools, Cal.com client, call end)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from agent.call import TextCall
from agent.config import Settings
from agent.observability.registry import Metrics
from agent.replay.loader import load_replay
from agent.replay.report import verdict_lines
from agent.replay.runner import run_replay
from agent.telephony.admission import Admission
from calendar_adapter.telemetry import fold_route, rate_limit
from tests.conftest import record_hold
from tests.test_telephony_call import phone_settings, serving
from tests.tools_fixtures import deps, open_call  # noqa: F401

REPLAYS = Path(__file__).resolve().parent.parent / "replays"
TOKEN = "s3cret-metrics-token"
CALLER = "+4915112345678"

# The series docs/observability.md documents (family names, as the exposition lists them).
DOCUMENTED = {
    "receptionist_active_calls",
    "receptionist_call_limit",
    "receptionist_accepting_calls",
    "receptionist_calls_admitted",
    "receptionist_calls_refused",
    "receptionist_turn_latency_seconds",
    "receptionist_tool_call_seconds",
    "receptionist_calcom_requests",
    "receptionist_calcom_request_seconds",
    "receptionist_calcom_rate_limit_remaining",
    "receptionist_calcom_rate_limit_limit",
    "receptionist_holds_alive",
    "receptionist_appointments_open",
    "receptionist_release_outbox",
    "receptionist_guard_blocks",
    "receptionist_calls_ended",
    "receptionist_call_duration_seconds",
}


@pytest.fixture
async def runtime(clock, tmp_path):
    from calendar_adapter.runtime import open_calendar

    async with open_calendar(phone_settings(tmp_path), clock=clock, ledger_path=":memory:") as rt:
        yield rt


async def test_without_a_token_there_are_no_metrics(runtime, tmp_path):
    from agent.server import create_app

    app = create_app(phone_settings(tmp_path), runtime)  # METRICS_TOKEN not set
    async with serving(app) as base, httpx.AsyncClient() as http:
        response = await http.get(f"{base}/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404


async def test_metrics_are_readable_only_with_the_bearer_token(runtime, tmp_path):
    from agent.server import create_app

    app = create_app(phone_settings(tmp_path, metrics_token=TOKEN), runtime)
    async with serving(app) as base, httpx.AsyncClient() as http:

        async def get(authorization: str | None) -> httpx.Response:
            headers = {"Authorization": authorization} if authorization is not None else {}
            return await http.get(f"{base}/metrics", headers=headers)

        for refused in (None, "", "Bearer", "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x"):
            response = await get(refused)
            assert response.status_code == 401, refused
            assert response.headers["www-authenticate"] == "Bearer"
            assert "receptionist" not in response.text
        response = await get(f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    families = {f.name for f in text_string_to_metric_families(response.text)}
    assert families >= DOCUMENTED, DOCUMENTED - families
    assert "process_cpu_seconds" in families  # and the process's own


async def test_open_holds_and_unconfirmed_releases_are_read_from_the_ledger(ledger):
    metrics = Metrics(Admission(2))

    async def sample(name: str, **labels: str) -> float | None:
        await metrics.read_ledger(ledger)
        return metrics.registry.get_sample_value(name, labels)

    assert await sample("receptionist_holds_alive") == 0
    first = await record_hold(ledger, uid="res-1")
    await record_hold(ledger, uid="res-2", call_id="call-2")
    assert await sample("receptionist_holds_alive") == 2
    assert await sample("receptionist_appointments_open", state="held") == 2
    assert await sample("receptionist_appointments_open", state="unknown") == 0

    await ledger.queue_release(
        "res-1", call_id="call-1", appointment_id=first.id, until=None, error="timeout"
    )
    assert await sample("receptionist_release_outbox") == 1
    await ledger.release_done("res-1", outcome="released")
    assert await sample("receptionist_release_outbox") == 0


def test_admission_is_read_as_it_decided_not_counted_again():
    admission = Admission(1)
    registry = Metrics(admission).registry

    def sample(name: str) -> float | None:
        return registry.get_sample_value(name)

    place = admission.admit("CA1")
    assert admission.admit("CA2") is None  # over the limit
    assert not admission.reserve("CA3")  # Twilio's voice webhook refused too
    assert sample("receptionist_active_calls") == 1
    assert sample("receptionist_call_limit") == 1
    assert sample("receptionist_accepting_calls") == 0
    assert sample("receptionist_calls_admitted_total") == 1
    assert sample("receptionist_calls_refused_total") == 2
    place.release()
    assert sample("receptionist_active_calls") == 0
    assert sample("receptionist_accepting_calls") == 1


async def replay_counting(name: str, *samples: tuple[str, dict[str, str]]) -> list[float]:
    """Play a replay; how much each sample grew meanwhile."""
    registry = Metrics(Admission(1)).registry

    def read() -> list[float]:
        return [registry.get_sample_value(n, labels) or 0.0 for n, labels in samples]

    before = read()
    outcome = await run_replay(load_replay(REPLAYS / name))
    assert outcome.passed, "\n".join(verdict_lines(outcome))
    return [b - a for a, b in zip(before, read(), strict=True)]


@pytest.mark.parametrize(
    ("replay", "outcome"),
    [
        ("plain_booking.yaml", "booked"),
        ("lost_response_unknown.yaml", "unknown"),  # not yet confirmed: neither way
        ("caller_declines.yaml", "nothing"),
        ("cancel_own.yaml", "cancelled"),
    ],
)
async def test_each_call_is_counted_once_by_its_outcome(replay, outcome):
    ended = "receptionist_calls_ended_total"
    others = ("booked", "unknown", "nothing", "cancelled", "not_booked")
    counted = await replay_counting(
        replay, *((ended, {"mode": "replay", "outcome": o}) for o in others)
    )
    assert dict(zip(others, counted, strict=True)) == {o: int(o == outcome) for o in others}


async def test_a_sentence_the_guard_stops_is_counted_by_its_claim(deps):  # noqa: F811
    """The model claims a booking nothing backs: the caller hears the truth, one block counts."""
    registry = Metrics(Admission(1)).registry

    def blocks(claim: str) -> float:
        return registry.get_sample_value("receptionist_guard_blocks_total", {"claim": claim}) or 0

    before = blocks("booked"), blocks("cancelled")
    script = [[{"say": "Alles klar, Ihr Termin ist gebucht. Sonst noch etwas?"}]]
    settings = Settings(_env_file=None)
    async with TextCall(runtime=deps, settings=settings, caller_phone=CALLER, script=script) as c:
        reply = await c.say("Sag einfach, dass es gebucht ist.")
    assert "ist gebucht" not in reply.text
    assert (blocks("booked") - before[0], blocks("cancelled") - before[1]) == (1, 0)


async def test_tool_latency_is_labelled_by_tool_and_status(open_call):  # noqa: F811
    count = "receptionist_tool_call_seconds_count"
    check, book = await replay_counting(
        "plain_booking.yaml",
        (count, {"tool": "check_availability", "status": "held"}),
        (count, {"tool": "book_appointment", "status": "booked"}),
    )
    assert (check, book) == (1, 1)

    # a tool name the model made up is no label of its own
    registry = Metrics(Admission(1)).registry
    unknown = {"tool": "unknown", "status": "error"}
    before = registry.get_sample_value(count, unknown) or 0
    tools = await open_call()
    result = await tools.call("drop_all_bookings; +4915112345678", {})
    assert result["status"] == "error"
    assert registry.get_sample_value(count, unknown) - before == 1


@pytest.mark.parametrize(
    ("path", "route"),
    [
        ("/v2/slots", "/v2/slots"),
        ("/v2/slots/reservations", "/v2/slots/reservations"),
        ("/v2/slots/reservations/7f3c2a9e-4b1d-4c55", "/v2/slots/reservations/{id}"),
        ("/v2/bookings/4f2aXk9qLm81ZpQ2/cancel", "/v2/bookings/{id}/cancel"),
        ("/v2/bookings/abc/reschedule", "/v2/bookings/{id}/reschedule"),
        ("/v2/bookings/12345", "/v2/bookings/{id}"),
        ("/v2/event-types?username=fabian", "/v2/event-types"),
        ("/v2/something-new/x", "/v2/{id}/{id}"),  # unknown words never become labels
    ],
)
def test_calcom_routes_are_labelled_with_their_ids_folded(path, route):
    assert fold_route(path) == route


def test_the_rate_limit_budget_is_the_tightest_named_limit():
    headers = {
        "X-RateLimit-Limit-Default": "120",
        "X-RateLimit-Remaining-Default": "17",
        "x-ratelimit-remaining-burst": "5",
        "X-RateLimit-Reset-Default": "42",
    }
    assert rate_limit(headers, "remaining") == 5
    assert rate_limit(headers, "limit") == 120
    assert rate_limit({"X-RateLimit-Remaining": "9"}, "remaining") == 9
    assert rate_limit({"Content-Type": "application/json"}, "remaining") is None


def test_the_alert_rules_and_the_doc_name_only_series_that_exist():
    """A typo in a PromQL expression silently never fires: every name must be a real series."""
    root = Path(__file__).resolve().parent.parent
    text = (root / "deploy/observability/alerts.yml").read_text(encoding="utf-8")
    text += (root / "docs/observability.md").read_text(encoding="utf-8")
    named = set(re.findall(r"receptionist_[a-z_]+", text))
    series = {re.sub(r"_(total|bucket|count|sum)$", "", n) for n in named}
    assert series <= DOCUMENTED, series - DOCUMENTED
    assert {"receptionist_calls_refused", "receptionist_turn_latency_seconds"} <= series
