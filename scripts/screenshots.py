#!/usr/bin/env python3
"""Screenshots of the dashboard's main pages for the README: the demo is played offline, `serve`
runs with the dashboard on its ledger, and headless Chromium (Debian's `chromium` and
`chromium-driver`) logs in and photographs each page into docs/.

    .venv/bin/python scripts/screenshots.py [--out docs] [--phone]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.support import (  # noqa: E402
    PASSWORD,
    browser_missing,
    chromium,
    demo_dashboard,
    lost_answer,
)

PAGES = {
    "dashboard-appointments.png": "/",
    "dashboard-call.png": "/calls/{call_id}",
    "dashboard-attention.png": "/attention",
    "dashboard-numbers.png": "/numbers",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs"), help="directory for the PNGs")
    parser.add_argument("--phone", action="store_true", help="a phone's screen (390 px wide)")
    args = parser.parse_args()
    missing = browser_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = "1100,900"
    with tempfile.TemporaryDirectory() as tmp, demo_dashboard(Path(tmp)) as server:
        from selenium.webdriver.common.by import By

        server.run(lost_answer)  # something that needs a person
        driver = chromium(Path(tmp) / "profile", size=size, phone=args.phone)
        try:
            driver.get(server.dashboard_url + "/login")
            driver.find_element(By.ID, "password").send_keys(PASSWORD)
            driver.find_element(By.ID, "login").click()
            for name, path in PAGES.items():
                driver.get(server.dashboard_url + path.format(call_id=server.demo_call_id))
                time.sleep(0.3)
                if not args.phone:  # the whole page, up to a sensible length
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(1100, max(400, min(int(height) + 40, 2400)))
                target = out / (name.replace(".png", "-phone.png") if args.phone else name)
                driver.save_screenshot(str(target))
                print(target)
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
