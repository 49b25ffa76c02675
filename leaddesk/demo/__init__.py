"""Synthetic, entirely invented demo and benchmark data."""
