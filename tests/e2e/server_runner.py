"""Child process for server_process.ServerProcess: `leaddesk-server` with the arguments given, once a line
arrives on stdin. FastAPI, SQLAlchemy and Alembic are loaded before that (most of a start's cost), so a
successor can be made ready while the server it is to replace still holds the port."""

from __future__ import annotations

import sys


def main() -> int:
    from leaddesk.server import app, cli, migrate, running  # noqa: F401 -- loaded now, used by cli.main

    if not sys.stdin.readline():
        return 0  # the test ended without needing this one
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
