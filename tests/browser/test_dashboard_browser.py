"""The dashboard in a real browser: headless Chromium logs in with the salon's password, sees
the demo's appointment with its ✓, opens its call's conversation, marks an item done; without
the password it sees nothing but the login."""

from __future__ import annotations

import pytest

from tests.browser.support import PASSWORD, chromium, console_log, demo_dashboard, lost_answer

pytestmark = pytest.mark.timeout(300)


def wait_for(driver, condition, seconds: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(condition)


def test_the_salon_logs_in_reads_the_verdict_and_the_call_and_marks_an_item_done(
    browser_available, tmp_path
):
    from selenium.webdriver.common.by import By

    with demo_dashboard(tmp_path) as server:
        appt = server.run(lost_answer)
        stranger = chromium(tmp_path / "stranger")
        try:
            # without the password: the login page, and nothing of the salon's data
            stranger.get(server.dashboard_url + "/calls")
            wait_for(stranger, lambda d: d.find_elements(By.ID, "password"))
            assert "/dashboard/login" in stranger.current_url
            assert "Sabine" not in stranger.page_source and "****" not in stranger.page_source
            stranger.find_element(By.ID, "password").send_keys("falsch-geraten")
            stranger.find_element(By.ID, "login").click()
            wait_for(stranger, lambda d: d.find_elements(By.CSS_SELECTOR, ".error"))
            assert "Das Passwort stimmt nicht." in stranger.page_source
        finally:
            stranger.quit()

        driver = chromium(tmp_path / "salon", phone=True)
        try:
            driver.get(server.dashboard_url + "/")
            wait_for(driver, lambda d: d.find_elements(By.ID, "password"))
            driver.find_element(By.ID, "password").send_keys(PASSWORD)
            driver.find_element(By.ID, "login").click()

            # the demo's appointment, its verdict against the calendar
            row = wait_for(driver, lambda d: d.find_element(By.ID, "appointment-1"))
            assert "Dauerwelle" in row.text and "Sabine Keller" in row.text
            verdict = row.find_element(By.CSS_SELECTOR, ".verdict")
            assert verdict.text == "im Kalender ✓"
            assert "ok" in verdict.get_attribute("class")
            # on a phone's screen, nothing sticks out sideways
            width = driver.execute_script("return window.innerWidth")
            assert width == 390
            assert driver.execute_script("return document.documentElement.scrollWidth") <= width

            # its call, as a conversation with the tool steps between the lines
            row.find_element(By.LINK_TEXT, "Anruf ansehen").click()
            wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#conversation li"))
            assert server.demo_call_id in driver.current_url
            lines = driver.find_elements(By.CSS_SELECTOR, "#conversation li")
            kinds = [li.get_attribute("class").split()[1] for li in lines]
            assert kinds[:2] == ["bot", "user"]
            texts = [li.text for li in lines]
            booked = next(i for i, t in enumerate(texts) if "book_appointment(" in t)
            held = next(i for i, t in enumerate(texts) if "check_availability(" in t)
            assert held < booked
            assert "ist gebucht" in texts[booked]
            assert "+49151****5678" in driver.page_source

            # needs a person: the lost answer, marked done with its button
            driver.find_element(By.LINK_TEXT, "Braucht eine Person").click()
            key = f"unknown_outcome:{appt.id}"
            item = wait_for(
                driver, lambda d: d.find_element(By.CSS_SELECTOR, f'.attention [data-key="{key}"]')
            )
            assert "Ausgang unbekannt" in item.text and "+49170****0001" in item.text
            item.find_element(By.CSS_SELECTOR, "button.done").click()
            wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "details.done-items"))
            assert not driver.find_elements(By.CSS_SELECTOR, f'.attention [data-key="{key}"]')
            assert key in server.run(lambda rt: rt.ledger.done_marks())
        except Exception:
            print(console_log(driver))
            raise
        finally:
            driver.quit()
