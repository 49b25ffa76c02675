"""The embedded server `leaddesk demo` starts: ready to enrol its demo laptop with the code it made."""

from __future__ import annotations

import httpx

from leaddesk.server.embedded import start_embedded


def test_the_embedded_server_enrols_its_demo_laptop(office, database_url: str) -> None:
    embedded = start_embedded(database_url=database_url, team="demo", username="demo", display_name="Demo")
    try:
        response = httpx.post(
            f"{embedded.url}/v1/enroll", json={"code": embedded.enrolment_code, "device_name": "Demo laptop"}
        )
        again = start_embedded(database_url=database_url, team="demo", username="demo")  # a second run
        again.stop()
    finally:
        embedded.stop()

    assert embedded.url.startswith("http://127.0.0.1:")
    assert response.status_code == 200, response.text
    assert response.json()["user"]["teams"] == ["demo"]
    assert again.enrolment_code != embedded.enrolment_code
