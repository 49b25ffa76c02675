"""Sync: hybrid logical clock and field-level merge (pure), later the protocol and the client engine."""
