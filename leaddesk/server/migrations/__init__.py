"""Alembic migrations of the server's database; run by `leaddesk-server init` and at start-up."""
