"""encrypt medicine names and doses at rest

Revision ID: 0008
Revises: 0005
Create Date: 2026-11-26

A medicine's name says much about a diagnosis, so `medications` and `medication_events` keep
name and dose as AES-GCM ciphertext like the rest of a person's words. Existing rows are
encrypted in place with the database's key ring (run through `sanctum db upgrade`, which
attaches it); the downgrade decrypts them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.crypto import keyring_of

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, clear type, may be null)
COLUMNS = (
    ("medications", "name", sa.String(length=100), False),
    ("medications", "dose", sa.String(length=50), True),
    ("medication_events", "name", sa.String(length=100), True),
    ("medication_events", "dose", sa.String(length=50), True),
)
TABLES = tuple(dict.fromkeys(table for table, *_ in COLUMNS))


def _convert(table: str, seal: bool) -> None:
    """Copy every value of the table's columns into `<column>_new`, sealed or opened."""
    bind = op.get_bind()
    columns = [column for name, column, _, _ in COLUMNS if name == table]
    rows_table = sa.table(
        table,
        sa.column("id"),
        *(sa.column(column) for column in columns),
        *(sa.column(f"{column}_new") for column in columns),
    )
    rows = bind.execute(
        sa.select(rows_table.c.id, *(rows_table.c[column] for column in columns))
    ).all()
    if not rows:
        return
    keyring = keyring_of(bind.dialect)  # only needed, and only required, when rows exist
    for row in rows:
        values: dict[str, object] = {}
        for column, value in zip(columns, row[1:], strict=True):
            context = f"{table}.{column}"
            if value is None:
                values[f"{column}_new"] = None
            elif seal:
                values[f"{column}_new"] = keyring.encrypt(str(value).encode("utf-8"), context)
            else:
                values[f"{column}_new"] = keyring.decrypt(bytes(value), context).decode("utf-8")
        bind.execute(sa.update(rows_table).where(rows_table.c.id == row[0]).values(values))


def _swap(table: str, sealed: bool) -> None:
    new_type = sa.LargeBinary() if sealed else None
    with op.batch_alter_table(table) as batch:
        for name, column, clear_type, _ in COLUMNS:
            if name == table:
                batch.add_column(sa.Column(f"{column}_new", new_type or clear_type, nullable=True))
    _convert(table, seal=sealed)
    with op.batch_alter_table(table) as batch:
        for name, column, _, nullable in COLUMNS:
            if name != table:
                continue
            batch.drop_column(column)
            batch.alter_column(f"{column}_new", new_column_name=column, nullable=nullable)


def upgrade() -> None:
    for table in TABLES:
        _swap(table, sealed=True)


def downgrade() -> None:
    for table in TABLES:
        _swap(table, sealed=False)
