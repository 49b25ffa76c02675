"""The office sync server: a FastAPI app (`app.create_app`) over SQLAlchemy Core on SQLite or PostgreSQL,
its data functions (users, devices, push, pull, attachments, audit) and the `leaddesk-server` CLI.

It imports the domain and the pure sync modules (protocol, merge, hlc) only, never the client's storage.
"""
