"""The look the reports' PDFs share: the font family (DejaVu Sans, fonts.py), the ink and the colours
of grids, headers and chart series."""

from __future__ import annotations

FAMILY = "DejaVu"
INK = (33, 37, 41)
MUTED = (108, 117, 125)
GRID = (206, 212, 218)
HEADER_FILL = (233, 236, 239)
# Distinguishable in print and for the common colour-vision deficiencies (Okabe-Ito).
PALETTE = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0))
