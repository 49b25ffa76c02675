"""What the bundle's one executable runs: the desktop app, or the office server's command when it is
started under the name `leaddesk-server` (the bundle's `leaddesk-server` is a link to the same file, as
busybox does it), so one folder carries both without a second copy of Python and Qt; or, started with
the page helper's argument alone, a helper of a new laptop's first sync (sync/page_worker.py)."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from leaddesk.sync import page_worker

SERVER_COMMAND = "leaddesk-server"


def main() -> int:
    # `serve --workers N` starts its workers by running this executable again; in a frozen app this
    # call is what turns such a start into a worker instead of a second app.
    multiprocessing.freeze_support()
    if sys.argv[1:] == [page_worker.HELPER_ARGUMENT]:  # a first sync's helper (sync/pages.py): no app
        return page_worker.main()
    if Path(sys.argv[0]).name.removesuffix(".exe") == SERVER_COMMAND:
        from leaddesk.demo.server_cli import main as server_main

        return server_main()
    from leaddesk.app import main as app_main

    return app_main()


if __name__ == "__main__":
    raise SystemExit(main())
