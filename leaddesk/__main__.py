"""`python -m leaddesk` starts the desktop app."""

from leaddesk.app import main

raise SystemExit(main())
