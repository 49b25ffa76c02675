"""The encrypted local store: key vault, SQLCipher database, migrations, repositories. All SQL lives here."""
