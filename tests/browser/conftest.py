"""Browser tests: real headless Chromium from the operating system's packages, driven by
Selenium. Without the browser they skip, saying what is missing; with CI=true or
REQUIRE_BROWSER=1 they fail instead (CI must run them)."""

from __future__ import annotations

import pytest

from tests.browser.support import browser_missing, browser_required


@pytest.fixture
def browser_available() -> None:
    missing = browser_missing()
    if missing is None:
        return
    if browser_required():
        pytest.fail(f"browser tests are required here (CI/REQUIRE_BROWSER) but: {missing}")
    pytest.skip(f"no browser for the browser tests: {missing}")


@pytest.fixture
def loopback_ice(monkeypatch) -> None:
    """This machine lets tests talk over loopback only; aiortc leaves loopback out of its ICE
    candidates, so the test offers it (Chromium gets --allow-loopback-in-peer-connection)."""
    import aioice.ice

    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])
