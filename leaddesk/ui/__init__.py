"""PySide6 widgets and Qt item models. Nothing else in leaddesk imports this package."""
