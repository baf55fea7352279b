"""The database: schema, migrations, the one write path, queries and search."""

from .db import connect, session_scope

__all__ = ["connect", "session_scope"]
