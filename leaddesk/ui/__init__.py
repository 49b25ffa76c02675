"""PySide6 widgets, Qt item models (models.py) and the runner that moves desk calls off the GUI thread
(runner.py). Screens reach data only through `leaddesk.desk` (DESIGN.md §1: `ui` imports `desk`,
`domain` and error types); nothing else in leaddesk imports this package. A new screen or dialog goes
here; a new tab of the participant's record in `participant/`."""
