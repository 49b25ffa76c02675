"""Sync: the wire protocol (protocol.py, shared with the server), the HTTP client and the headless engine
that translates between the wire and storage. Imports `domain` and `storage` (DESIGN.md §1); the clock
and the merge it applies are in `domain`."""
