"""`open_calendar`: without a Cal.com key the process gets the embedded sandbox; with one it talks
to the configured Cal.com. Either way the ledger is open and knows the catalog's stylists."""

from __future__ import annotations

import ssl

import httpx
import pytest
from loguru import logger

from agent.config import Settings
from calendar_adapter.calcom import CalComClient, verified_tls
from calendar_adapter.runtime import open_calendar


async def test_without_an_api_key_the_embedded_sandbox_serves_the_calendar(tmp_path, clock):
    messages: list[str] = []
    sink = logger.add(messages.append, format="{message}", level="INFO")
    settings = Settings(
        _env_file=None, calcom_api_key=None, ledger_path=tmp_path / "data" / "ledger.sqlite3"
    )
    try:
        async with open_calendar(settings, clock=clock) as rt:
            assert rt.sandbox is not None
            assert rt.backend.base_url == rt.sandbox.url
            assert rt.backend.authenticated  # with the sandbox's own key
            assert rt.hold_minutes == 10
            assert rt.clock is clock and rt.sandbox.clock is clock
            stylists = await rt.ledger.list_stylists()
            assert {s.calcom_user_id for s in stylists} == {
                rt.sandbox.user_id(p.username) for p in rt.salon.staff
            }
            url = rt.sandbox.url
    finally:
        logger.remove(sink)
    assert (tmp_path / "data" / "ledger.sqlite3").exists()
    assert any(f"using the embedded Cal.com sandbox at {url}" in m for m in messages)
    with pytest.raises(httpx.ConnectError):  # stopped on exit
        async with httpx.AsyncClient() as http:
            await http.get(f"{url}/v2/me")


async def test_with_an_api_key_the_configured_cal_com_is_used(sandbox, clock):
    # The sandbox stands in for a remote Cal.com here: open_calendar must not start its own.
    settings = Settings(
        _env_file=None,
        calcom_api_key=sandbox.api_key,
        calcom_base_url=sandbox.url,
        hold_minutes=7,
    )
    async with open_calendar(settings, clock=clock, ledger_path=":memory:") as rt:
        assert rt.sandbox is None
        assert rt.backend.base_url == sandbox.url
        assert rt.hold_minutes == 7
        catalog = await rt.backend.get_catalog()
        assert len(catalog.stylists) == len(rt.salon.staff)
        assert len(await rt.ledger.list_stylists()) == len(catalog.stylists)


def test_the_calendar_side_reads_no_agent_settings():
    """`calendar_adapter` is below `agent`: it takes a `CalendarConfig`, never imports agent."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1] / "calendar_adapter"
    importing = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if re.search(r"^\s*(from|import) agent\b", path.read_text(), re.MULTILINE)
    ]
    assert importing == []


def test_settings_become_the_calendar_config_and_hold_lengths_are_decided_once():
    from calendar_adapter.config import CalendarConfig, hold_lengths

    config = Settings(
        _env_file=None, calcom_api_key="cal_live_x", hold_minutes=12, first_hold_minutes=3
    ).calendar_config()
    assert config.api_key == "cal_live_x" and not config.uses_sandbox
    assert hold_lengths(config, authenticated=True).extend == 12
    assert hold_lengths(config, authenticated=True).first == 3
    # Without a key Cal.com takes no length: its 5 minutes, both for a new and a kept hold.
    unauthenticated = hold_lengths(CalendarConfig(hold_minutes=12), authenticated=False)
    assert (unauthenticated.first, unauthenticated.extend) == (5, 5)
    assert Settings(_env_file=None, calcom_api_key="").calendar_config().uses_sandbox


def test_transport_errors_are_calendar_errors_that_say_whether_the_request_left():
    from calendar_adapter.backend import (
        AnswerLostError,
        CalendarError,
        CalendarTimeoutError,
        ConnectionLostError,
        NotSentError,
        TransportError,
    )

    for error in (NotSentError, CalendarTimeoutError, ConnectionLostError):
        assert issubclass(error, TransportError) and issubclass(error, CalendarError)
    assert issubclass(CalendarTimeoutError, AnswerLostError)
    assert issubclass(ConnectionLostError, AnswerLostError)
    assert not issubclass(NotSentError, AnswerLostError)


async def test_cal_com_clients_verify_certificates_on_one_context_per_process(salon):
    """Cal.com is reached over TLS with httpx's own verification; that context (the CA bundle
    read and parsed) is built once and shared, not again for every client."""
    clients = [
        CalComClient("https://api.cal.com/v2", key, salon=salon) for key in ("cal_a", "cal_b")
    ]
    try:
        context = verified_tls()
        assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
        for client in clients:
            assert client._http._transport._pool._ssl_context is context
    finally:
        for client in clients:
            await client.aclose()
