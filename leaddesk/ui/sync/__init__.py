"""Sync in the desktop app: the controller that runs the engine on a worker, the status bar, the connect
dialog, the sync panel and the conflict view."""
