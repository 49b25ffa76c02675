"""Server settings: LEADDESK_SERVER_* variables, overridden by flags; a half TLS pair is refused.
(No database involved, so these run once rather than per backend.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from leaddesk.server.settings import ServerSettings


def test_settings_come_from_the_environment_and_flags_win() -> None:
    env = {
        "LEADDESK_SERVER_DATABASE_URL": "postgresql+psycopg://u:p@db/leaddesk",
        "LEADDESK_SERVER_PORT": "9443",
        "LEADDESK_SERVER_ENROLMENT_CODE_HOURS": "24",
        "LEADDESK_SERVER_MAX_BODY_BYTES": "1000",
    }

    settings = ServerSettings.from_env(env, port=8000, host=None)

    assert settings.database_url == "postgresql+psycopg://u:p@db/leaddesk"
    assert settings.port == 8000  # the flag
    assert settings.host == "127.0.0.1"  # unset flag, unset variable: the default
    assert settings.enrolment_code_hours == 24
    assert settings.max_body_bytes == 1000


def test_the_default_database_is_a_sqlite_file_in_the_working_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)

    assert ServerSettings.from_env({}).database_url == f"sqlite:///{tmp_path / 'leaddesk-server.db'}"


def test_a_certificate_without_its_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="tls_cert and tls_key go together"):
        ServerSettings.from_env({"LEADDESK_SERVER_TLS_CERT": "/etc/leaddesk/server.pem"})


def test_attachment_storage_limits_have_defaults_and_come_from_the_environment() -> None:
    defaults = ServerSettings.from_env({})
    env = {
        "LEADDESK_SERVER_DEVICE_QUOTA_BYTES": "1000",
        "LEADDESK_SERVER_BLOB_GRACE_HOURS": "2.5",
        "LEADDESK_SERVER_BLOB_GC_MINUTES": "15",
    }

    configured = ServerSettings.from_env(env)

    assert (defaults.device_quota_bytes, defaults.blob_grace_hours, defaults.blob_gc_minutes) == (
        5 * 1024**3,
        168,
        60,
    )
    assert (configured.device_quota_bytes, configured.blob_grace_hours, configured.blob_gc_minutes) == (
        1000,
        2.5,
        15,
    )
    with pytest.raises(ValidationError, match="blob_grace_hours"):
        ServerSettings.from_env({"LEADDESK_SERVER_BLOB_GRACE_HOURS": "0"})  # would delete files in flight
