"""Database search backend: per-language PostgreSQL analysis, SQLite FTS5 with per-language stemming.

Settings name ``search.backends.database``; the vendor of the default database decides.
"""

from django.db import connection


def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .postgres import AgoraPostgresSearchBackend

        return AgoraPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import AgoraSQLiteSearchBackend

        return AgoraSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as vendor_backend

    return vendor_backend(params)
