"""LEAD Desk: case management for Law Enforcement Assisted Diversion programs."""

__version__ = "0.1.0"
