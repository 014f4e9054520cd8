"""A person's own diary-card rows: emotions and urge targets beyond the standard card."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedText
from storage.models.base import Base, utcnow


class DiaryCardItem(Base):
    """An own emotion or urge; diary entries refer to it by the key ``own_<id>``.

    The label is the person's own words, so it is encrypted; removing an item archives it,
    so past cards still show its name.
    """

    __tablename__ = "dbt_card_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # emotion | urge
    label: Mapped[str] = mapped_column(EncryptedText("dbt_card_items.label"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]
