"""The encrypted local store: key vault, SQLCipher database, migrations, repositories, and what the laptop
keeps of the server's records (pulled.py, replica.py). All local SQL lives here. Imports `domain` only
(DESIGN.md §1): it knows nothing of the wire format. A new query or table goes here."""
