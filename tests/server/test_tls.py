"""HTTPS: the server presents a certificate from the organisation's CA; a client that trusts that CA
connects, one that does not is refused."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest

from leaddesk.server.app import create_app
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from tests.backends import tls_files


def test_the_server_speaks_tls_with_the_configured_certificate(database_url: str, tmp_path: Path) -> None:
    tls = tls_files(tmp_path)
    cert, key, ca_file = tls.cert, tls.key, tls.ca
    settings = ServerSettings(database_url=database_url, tls_cert=cert, tls_key=key)

    with ServerThread(create_app(settings), tls_cert=cert, tls_key=key) as running:
        assert running.url.startswith("https://")
        trusted = httpx.get(
            f"{running.url}/v1/health", verify=ssl.create_default_context(cafile=str(ca_file))
        )
        assert trusted.status_code == 200
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(f"{running.url}/v1/health")  # the system store does not know the test CA
