"""The HTTP face of the server: routes under /v1/, their dependencies, error bodies and body limits."""
