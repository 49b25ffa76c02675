"""Run by benchmarks.sync_cases in its own process, so the server never shares a GIL with the devices
that load it: the real app under uvicorn on a free loopback port. Prints the URL, then serves until its
stdin closes (the benchmark ended or died)."""

from __future__ import annotations

import sys


def main(database_url: str) -> None:
    from leaddesk.server.app import create_app
    from leaddesk.server.running import ServerThread
    from leaddesk.server.settings import ServerSettings

    server = ServerThread(create_app(ServerSettings(database_url=database_url))).start(timeout=120)
    print(server.url, flush=True)
    try:
        sys.stdin.read()
    finally:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1])
