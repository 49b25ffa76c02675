"""The office sync server (a later issue)."""
