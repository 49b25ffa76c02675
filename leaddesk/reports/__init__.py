"""Aggregations and exports for supervisors and funders (a later issue)."""
