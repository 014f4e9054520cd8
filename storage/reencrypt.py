"""Encrypting every stored value again under the current key, after a key rotation.

Each encrypted column (an ``EncryptedText`` or ``EncryptedJSON`` of the models) is read as raw
ciphertext, page by page in primary-key order, opened with whichever configured key sealed it
and sealed again with the current one; values already under the current key are left alone,
so an interrupted run can simply be started again. Each page commits on its own.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy import Engine

from storage.crypto import EncryptedJSON, EncryptedText, keyring_of
from storage.models import Base


def encrypted_columns() -> list[tuple[sa.Table, sa.Column[object], str]]:
    """(table, column, the column's encryption context) for every encrypted column."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedJSON):
                found.append((table, column, column.type.context))
    return found


def reencrypt_all(engine: Engine, page: int = 500) -> Counter[str]:
    """Re-seal every value under the current key; returns how many per table.column."""
    keyring = keyring_of(engine.dialect)
    resealed: Counter[str] = Counter()
    for table, column, context in encrypted_columns():
        keys = list(table.primary_key.columns)
        raw = sa.table(
            table.name,
            *(sa.column(key.name) for key in keys),
            sa.column(column.name, sa.LargeBinary),
        )
        raw_keys = [raw.c[key.name] for key in keys]
        after: tuple[object, ...] | None = None
        while True:
            query = sa.select(*raw_keys, raw.c[column.name]).where(raw.c[column.name].is_not(None))
            if after is not None:
                query = query.where(sa.tuple_(*raw_keys) > sa.tuple_(*after))
            with engine.begin() as connection:
                rows = connection.execute(query.order_by(*raw_keys).limit(page)).all()
                for row in rows:
                    sealed = keyring.reseal(bytes(row[-1]), context)
                    if sealed is None:
                        continue
                    match = sa.and_(
                        *(key == value for key, value in zip(raw_keys, row[:-1], strict=True))
                    )
                    connection.execute(sa.update(raw).where(match).values({column.name: sealed}))
                    resealed[f"{table.name}.{column.name}"] += 1
            if len(rows) < page:
                break
            after = tuple(rows[-1][:-1])
    return resealed
