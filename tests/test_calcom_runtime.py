"""`open_calendar`: without a Cal.com key the process gets the embedded sandbox; with one it talks
to the configured Cal.com. Either way the ledger is open and knows the catalog's stylists."""

from __future__ import annotations

import httpx
import pytest
from loguru import logger

from agent.config import Settings
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
