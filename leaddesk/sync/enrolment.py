"""Enrolment: trading an administrator's one-time code for this device's token, and making a sync
client from what was kept."""

from __future__ import annotations

from leaddesk import __version__
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.errors import NotEnrolled
from leaddesk.sync.protocol import UserInfo


def enroll(
    store: Store,
    server_url: str,
    code: str,
    device_name: str,
    *,
    verify: bool | str = True,
    app_version: str = __version__,
    client: SyncClient | None = None,
) -> UserInfo:
    """Trade an enrolment code for this device's token and keep it, with the server's address and the
    CA bundle path (if one was given), inside the encrypted database."""
    own = client is None
    client = client or SyncClient(server_url, verify=verify)
    try:
        answer = client.enroll(code, device_name, app_version, clock_id=store.device_id)
    finally:
        if own:
            client.close()
    ca_bundle = verify if isinstance(verify, str) else None
    enrolment = Enrolment(
        server_url,
        answer.device_id,
        token=answer.device_token,
        ca_bundle=ca_bundle,
        user=enrolled_user(answer.user),
    )
    SyncState(store).save_enrolment(enrolment)
    return answer.user


def enrolled_user(info: UserInfo) -> EnrolledUser:
    """The server's word on who this device syncs as, as the device keeps it."""
    return EnrolledUser(
        username=info.username, display_name=info.display_name, role=info.role.value, teams=tuple(info.teams)
    )


def client_for(store: Store, *, retry: RetryPolicy | None = None) -> SyncClient:
    """A client for the server this profile is enrolled with; NotEnrolled if it is not."""
    enrolment = SyncState(store).enrolment
    if enrolment is None:
        raise NotEnrolled()
    return SyncClient(
        enrolment.server_url, token=enrolment.token, verify=enrolment.ca_bundle or True, retry=retry
    )
