"""One module per group of /v1/ endpoints; handlers call data functions and never query themselves."""
