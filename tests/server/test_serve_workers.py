"""`leaddesk-server serve --workers N` refuses SQLite, which lets one process write at a time, with a
sentence and before it touches the database or the port. (The workers themselves, on PostgreSQL, are
run through the systemd unit's command line in test_service_unit.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.server.cli import main


def test_several_workers_on_sqlite_are_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "server.db"
    code = main(["serve", "--workers", "2", "--port", "0", "--database-url", f"sqlite:///{database}"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot run 2 workers on SQLite" in err
    assert "PostgreSQL" in err
    assert len(err.strip().splitlines()) == 1
    assert not database.exists()  # refused before anything was made


def test_workers_must_be_a_sensible_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--workers", "0"]) == 2
    assert "workers" in capsys.readouterr().err
