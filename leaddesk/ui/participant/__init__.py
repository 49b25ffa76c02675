"""A participant\x27s record: header and tabs."""
