"""Attachment bytes belong to a participant: an upload names the participant it is for, a pushed attachment
record may name only a file uploaded for its participant (or by the same device), a download needs a live
record in scope whose participant the file belongs to, and each device has a storage quota."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from leaddesk.domain import Participant, Task
from leaddesk.server.app import create_app
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import ErrorBody, Role
from tests.server.attachment_files import attachment, sha, upload

SCAN = b"%PDF-1.7 north team's consent form scan" * 50
QUOTA = 1000
NOT_UPLOADED = "sha256: the file's bytes were not uploaded for this participant"


def _error(response: httpx.Response, status: int, error: str) -> ErrorBody:
    assert response.status_code == status, response.text
    body = ErrorBody.model_validate(response.json())
    assert body.error == error
    return body


def _two_teams(office) -> tuple:
    """Casey (north) has uploaded a scan for Jordan and pushed its record; Sam is in south."""
    office.team("north", "south")
    office.user("casey", "north")
    office.user("sam", "south")
    north, south = office.device("casey"), office.device("sam")
    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert upload(north, SCAN, pid=jordan.id).status_code == 204  # before Jordan is on the server
    assert north.statuses(north.create(jordan), north.create(attachment(jordan, SCAN))) == ["applied"] * 2
    return north, south, jordan


def test_a_hash_of_another_teams_file_gets_a_device_nothing(office) -> None:
    north, south, _jordan = _two_teams(office)
    remy = Participant(first_name="Remy", last_name="Stone", team_id="south")
    stolen = attachment(remy, SCAN, name="looks-innocent.pdf")
    invented = attachment(remy, b"bytes nobody ever uploaded", name="guess.pdf")
    task = Task(participant_id=remy.id, title="Call Remy back")

    results = south.push(
        south.create(remy), south.create(stolen), south.create(invented), south.create(task)
    )["results"]

    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    # One reason for a file held for another team and for one that is nowhere: no oracle for hashes.
    assert results[1]["reason"] == results[2]["reason"]
    assert results[1]["reason"].startswith(NOT_UPLOADED)
    _error(south.http.get(f"/v1/attachments/{sha(SCAN)}"), 404, "not_found")
    assert north.http.get(f"/v1/attachments/{sha(SCAN)}").content == SCAN
    assert office.scalar("SELECT count(*) FROM audit WHERE action = 'attachment_download'") == 1
    assert {r["record_id"] for r in south.sync_down()} == {remy.id, task.id}


def test_an_upload_for_a_participant_out_of_scope_is_refused_as_if_absent(office) -> None:
    _north, south, jordan = _two_teams(office)
    other = b"south's own bytes, aimed at a north participant"

    refused = upload(south, other, pid=jordan.id)
    unnamed = upload(south, other, pid=None)
    malformed = upload(south, other, pid="not-a-participant-id")

    assert (
        _error(refused, 404, "not_found").message
        == "No participant with this id is available to this device."
    )
    assert "participant_id" in _error(unnamed, 422, "invalid_request").message
    _error(malformed, 422, "invalid_request")
    assert office.scalar("SELECT count(*) FROM attachment_blob") == 1  # only north's scan
    assert office.scalar("SELECT count(*) FROM attachment_owner") == 1


def test_the_device_that_uploaded_a_file_may_attach_it_to_another_participant(
    office, laptop, teammate
) -> None:
    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    remy = Participant(first_name="Remy", last_name="Stone", team_id="north")
    kai = Participant(first_name="Kai", last_name="Lowe", team_id="north")
    assert upload(laptop, SCAN, pid=jordan.id).status_code == 204
    laptop.push(laptop.create(jordan), laptop.create(attachment(jordan, SCAN)), laptop.create(remy))
    teammate.push(teammate.create(kai))

    # Casey holds the bytes (uploaded them once); Robin only knows the hash from pulling the record.
    again = laptop.statuses(laptop.create(attachment(remy, SCAN, name="copy for Remy.pdf")))
    borrowed = teammate.push(teammate.create(attachment(kai, SCAN, name="copy for Kai.pdf")))["results"]

    assert again == ["applied"]
    assert [r["status"] for r in borrowed] == ["rejected"]
    assert borrowed[0]["reason"].startswith(NOT_UPLOADED)
    owners = office.scalar("SELECT count(DISTINCT participant_id) FROM attachment_owner")
    assert owners == 2  # Jordan and Remy: the file now belongs to both
    assert teammate.http.get(f"/v1/attachments/{sha(SCAN)}").content == SCAN
    # Robin may still attach the file to Kai by uploading the bytes for Kai first.
    assert upload(teammate, SCAN, pid=kai.id).status_code == 204
    assert teammate.statuses(teammate.create(attachment(kai, SCAN, name="copy for Kai.pdf"))) == ["applied"]


def test_a_participants_files_follow_them_to_their_new_team(office) -> None:
    north, south, jordan = _two_teams(office)
    _error(south.http.get(f"/v1/attachments/{sha(SCAN)}"), 404, "not_found")

    # A supervisor of both teams moves Jordan (a case manager may only move someone into their own teams).
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    supervisor = office.device("lee")
    supervisor.sync_down()
    move = supervisor.write("participant", jordan.id, {"team_id": "south"})
    assert supervisor.statuses(move) == ["applied"]

    assert south.http.get(f"/v1/attachments/{sha(SCAN)}").content == SCAN
    _error(north.http.get(f"/v1/attachments/{sha(SCAN)}"), 404, "not_found")


def test_a_deleted_attachment_no_longer_serves_its_file(office, laptop, teammate) -> None:
    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    record = attachment(jordan, SCAN)
    upload(laptop, SCAN, pid=jordan.id)
    laptop.push(laptop.create(jordan), laptop.create(record))

    assert laptop.statuses(laptop.write("attachment", record.id, {"deleted": True})) == ["applied"]

    _error(teammate.http.get(f"/v1/attachments/{sha(SCAN)}"), 404, "not_found")


# -- the quota ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_quota(server: ServerThread, database_url: str) -> Iterator[ServerThread]:
    """A second server process on the same database, whose devices may each keep QUOTA bytes."""
    settings = ServerSettings(database_url=database_url, device_quota_bytes=QUOTA)
    with ServerThread(create_app(settings)) as running:
        yield running


def _on(device, server: ServerThread):
    device.http.base_url = server.url
    return device


def test_an_upload_past_the_devices_quota_is_refused_and_its_record_with_it(office, small_quota) -> None:
    office.team("north")
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = _on(office.device("casey"), small_quota), _on(office.device("robin"), small_quota)
    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    first, second, shared = b"a" * 600, b"b" * 600, b"c" * 300

    assert upload(casey, first, pid=jordan.id).status_code == 204
    over = _error(upload(casey, second, pid=jordan.id), 413, "quota_exceeded")
    assert upload(robin, shared, pid=jordan.id).status_code == 204
    # Already on the server: no new bytes, so it fits whatever Casey has used.
    assert upload(casey, shared, pid=jordan.id).status_code == 204
    results = casey.push(
        casey.create(jordan),
        casey.create(attachment(jordan, second, name="over.pdf")),
        casey.create(attachment(jordan, first, name="fits.pdf")),
    )["results"]

    assert "storage" in over.message
    assert "LEADDESK_SERVER_DEVICE_QUOTA_BYTES" in over.message
    assert over.detail == {"used": 600, "quota": QUOTA, "size": 600}
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["reason"].startswith(NOT_UPLOADED)
    assert office.scalar("SELECT count(*) FROM attachment_blob") == 2  # the refused file is not kept
