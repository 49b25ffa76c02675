"""Debian's chromium, driven headless by Selenium through Debian's chromedriver, sized as a phone. In CI
(CI=true) a missing chromium is a failure; on a developer's machine a skip that says what to install."""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
# No connection anywhere but the page under test: this machine's network is closed, and chromium's own
# background traffic would only be refused (many times at every start).
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--password-store=basic",
)  # fmt: skip


def chromium_or_skip() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if not missing:
        return
    why = f"the browser test needs {' and '.join(missing)}: apt-get install -y chromium chromium-driver"
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the browser test, but {why} (.ci/run installs them)")
    pytest.skip(why)


@contextmanager
def phone_browser(profile: Path) -> Iterator[object]:
    """A headless chromium with a phone's viewport and touch, and a fresh profile folder."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={PHONE['width']},{PHONE['height']}"):
        options.add_argument(flag)
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": PHONE["width"], "height": PHONE["height"], "pixelRatio": 2}},
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def full_page_png(driver: object, path: Path, *, most: int = 2400) -> None:
    """The page at the phone's width, as long as it is up to `most` CSS pixels."""
    height = driver.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    metrics = {**PHONE, "height": min(int(height), most)}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)  # type: ignore[attr-defined]
    shot = driver.execute_cdp_cmd(  # type: ignore[attr-defined]
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": int(height) <= most}
    )
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)  # type: ignore[attr-defined]
    path.write_bytes(base64.b64decode(shot["data"]))
