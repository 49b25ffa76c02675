"""The referral page in a real browser (issue 19's acceptance): headless chromium on a phone-sized
viewport signs an officer in, sends a referral after fixing the form's errors with the keyboard, and sees
it listed as received; a laptop of the on-call team pulls it and marks the hand-off met, as its push
would; the officer's page then shows "met". Run once, on SQLite (the server tests cover PostgreSQL).

With LEADDESK_REFER_SCREENSHOTS=docs/screenshots it also saves the README's pictures of the pages."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from leaddesk.domain.ids import utcnow
from tests.server.chromium import chromium_or_skip, full_page_png, phone_browser
from tests.server.officers_setup import PASSWORD, add_officer, on_call, program_lists

pytestmark = pytest.mark.browser


def wait_for(driver, condition, *, what: str, timeout: float = 15.0):
    """Poll the page until `condition(driver)` is truthy (a state, never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while True:
        found = condition(driver)
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"the page never showed {what}; it shows:\n{driver.page_source[:2000]}")
        time.sleep(0.05)


def shots(tmp_path: Path) -> Path:
    wanted = os.environ.get("LEADDESK_REFER_SCREENSHOTS")
    return Path(wanted) if wanted else tmp_path


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_officer_refers_from_a_phone_and_sees_the_hand_off_met(office, tmp_path: Path) -> None:
    chromium_or_skip()
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    program_lists(office.engine)
    office.team("north")
    on_call(office.engine, "N1", "north")
    add_officer(office.engine, "ofc.diaz")
    office.user("casey", "north")
    laptop = office.device("casey")
    pictures = shots(tmp_path)

    with phone_browser(tmp_path / "chromium") as driver:
        driver.get(f"{office.url}/refer/")
        wait_for(driver, lambda d: d.current_url.endswith("/refer/sign-in"), what="the sign-in page")
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        full_page_png(driver, pictures / "refer-sign-in.png")
        driver.find_element(By.ID, "f-username").send_keys("ofc.diaz")
        driver.find_element(By.ID, "f-password").send_keys(PASSWORD, Keys.ENTER)
        wait_for(driver, lambda d: "You have not sent a referral yet" in d.page_source, what="the empty list")

        driver.find_element(By.LINK_TEXT, "New referral").click()
        wait_for(driver, lambda d: d.find_elements(By.ID, "f-place"), what="the referral form")
        assert driver.find_element(By.ID, "f-referred_at").get_attribute("value")  # now, by the phone
        driver.find_element(By.ID, "f-first_name").send_keys("Sam")
        driver.find_element(By.ID, "f-first_name").submit()
        problems = wait_for(driver, lambda d: d.find_elements(By.CLASS_NAME, "error-summary"), what="errors")
        summary = problems[0]
        assert driver.switch_to.active_element == summary  # a screen reader starts at the problems
        assert driver.find_element(By.ID, "f-first_name").get_attribute("value") == "Sam"
        full_page_png(driver, pictures / "refer-form-error.png", most=1400)

        summary.find_element(By.LINK_TEXT, "Enter where this happened.").click()
        driver.switch_to.active_element.send_keys("5th and Pine, by the bus shelter")
        driver.find_element(By.ID, "f-door").send_keys(Keys.SPACE)  # the first radio: arrest diversion
        driver.find_element(By.ID, "f-observed").send_keys("Sitting in the doorway with a small amount")
        driver.find_element(By.ID, "f-offence_category").send_keys("Drug")
        driver.find_element(By.ID, "f-agreed_to_meet").send_keys(Keys.SPACE)  # yes
        driver.find_element(By.ID, "f-officer_contact").send_keys("Radio 4-Adam-12", Keys.ENTER)
        wait_for(driver, lambda d: "Referral sent" in d.page_source, what="the referral sent")
        status = driver.find_element(By.CSS_SELECTOR, ".referral .status")
        assert status.text.lower() == "received"

        records = {r["entity"]: r for r in laptop.sync_down()}
        pid, rid = records["participant"]["record_id"], records["referral"]["record_id"]
        assert records["referral"]["fields"]["place"] == "5th and Pine, by the bus shelter"
        now = utcnow().isoformat()
        met = {"handoff_outcome": "met", "handoff_outcome_at": now, "warm_handoff_at": now}
        assert laptop.statuses(laptop.write("referral", rid, met, pid=pid)) == ["applied"]

        driver.get(f"{office.url}/refer/")
        wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".referral .status").text.lower() == "met",
                 what='the referral as "met"')  # fmt: skip
        full_page_png(driver, pictures / "refer-list.png")
    for name in ("refer-sign-in.png", "refer-form-error.png", "refer-list.png"):
        assert (pictures / name).stat().st_size > 5_000
