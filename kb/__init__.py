"""claims-kb: the knowledge base. SQLite in, answers out; free of spaCy."""
