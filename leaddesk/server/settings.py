"""The server's configuration: one pydantic class, filled from LEADDESK_SERVER_* environment variables
and overridden by command-line flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from leaddesk.sync.protocol import MAX_ATTACHMENT_BYTES, MAX_BODY_BYTES

ENV_PREFIX = "LEADDESK_SERVER_"
DEFAULT_PORT = 8765


def default_database_url() -> str:
    return f"sqlite:///{Path.cwd() / 'leaddesk-server.db'}"


class ServerSettings(BaseModel):
    """Where the server keeps its data, where it listens and the limits it enforces."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLAlchemy URL: sqlite:///path/to/file.db or postgresql+psycopg://user:pw@host/db",
    )
    host: str = Field(default="127.0.0.1", description="address to listen on")
    port: int = Field(default=DEFAULT_PORT, ge=0, le=65535, description="port to listen on (0: any free)")
    # Several processes share the port on PostgreSQL; SQLite has one writer, so one (startup.py says so).
    workers: int = Field(default=1, ge=1, le=64, description="server processes sharing the port")
    tls_cert: Path | None = Field(default=None, description="PEM certificate chain for HTTPS")
    tls_key: Path | None = Field(default=None, description="PEM private key for HTTPS")
    enrolment_code_hours: float = Field(
        default=72.0, gt=0, le=24 * 90, description="how long a one-time enrolment code stays valid"
    )
    max_body_bytes: int = Field(
        default=MAX_BODY_BYTES, gt=0, description="largest request body, after gzip is undone"
    )
    max_attachment_bytes: int = Field(default=MAX_ATTACHMENT_BYTES, gt=0, description="largest attachment")
    # 5 GiB: years of a case manager's scans and photos (a few MB each), a hundred files at the 50 MB
    # limit; yet fifty laptops at their quota fit on one ordinary server disk.
    device_quota_bytes: int = Field(
        default=5 * 1024**3,
        gt=0,
        description="most bytes of attachment files one device may keep on the server that no other "
        "device uploaded too",
    )
    # A week: a file goes up just before the record that names it, in the same sync; only a sync cut off
    # in between leaves it unnamed, until the laptop's next sync, which may come after a week in the field.
    blob_grace_hours: float = Field(
        default=7 * 24.0,
        gt=0,
        description="how long attachment bytes no record names are kept before garbage collection",
    )
    blob_gc_minutes: float = Field(
        default=60.0, gt=0, description="how often `serve` removes attachment bytes no record names"
    )

    # The referral page (issue 19): the address officers reach, and how long their sessions last.
    public_url: str = Field(
        default="",
        max_length=500,
        description="the address officers reach this server at, for sign-in links (e.g. https://lead.example.org)",
    )
    officer_idle_minutes: float = Field(
        default=60.0,
        gt=0,
        le=24 * 60,
        description="an officer's session ends after this long without a request",
    )
    officer_session_hours: float = Field(
        default=12.0,
        gt=0,
        le=7 * 24,
        description="an officer's session ends this long after sign-in (a shift)",
    )

    # HIPAA keeps required documentation six years; 2192 days is six years whatever the leap days.
    audit_retention_days: int = Field(
        default=2192,
        ge=1,
        le=365 * 100,
        description="how long audit events are kept before `leaddesk-server audit --prune` removes them",
    )

    @model_validator(mode="after")
    def _tls_pair(self) -> ServerSettings:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key go together: give both or neither")
        return self

    @classmethod
    def env_name(cls, field: str) -> str:
        return ENV_PREFIX + field.upper()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> ServerSettings:
        """Settings from LEADDESK_SERVER_<FIELD> variables; `overrides` (flags) win, None means unset.

        pydantic-settings would do this too, but one loop over our own fields is not worth a dependency.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            text = env.get(cls.env_name(name))
            if text:
                values[name] = text
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
