"""The office sync server: a FastAPI app (`app.create_app`) over SQLAlchemy Core on SQLite or PostgreSQL,
its data functions (users, enrolment, devices, scope, push, pull, attachments, audit) and the
`leaddesk-server` CLI.

It imports `domain`, `reports` and the wire format (`sync/protocol.py`) only — never the client's storage,
the desk or the sync engine (DESIGN.md §1). A new route goes in `api/routes/`, an admin verb in `cli.py`.
"""
