"""The Datasette plugin of claims-kb: hooks only; templates/ and static/ sit beside it."""
