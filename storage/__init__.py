"""Persistence: SQLAlchemy models, encryption at rest, Alembic migrations, repositories."""
