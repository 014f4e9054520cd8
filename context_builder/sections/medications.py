"""The medication they take (the list; what was taken or missed is in the 7-day summary)."""

from __future__ import annotations

from sqlalchemy import select

from context_builder.sections.base import Inputs, Section
from context_builder.text import quote
from storage.models import Medication


def medications(inputs: Inputs) -> Section:
    rows = inputs.db.scalars(
        select(Medication)
        .where(Medication.user_id == inputs.user_id, Medication.active.is_(True))
        .order_by(Medication.id)
        .limit(20)
    ).all()
    if not rows:
        return Section("medications", "Medication", 70, ("",))
    full = []
    for row in rows:
        line = f"- {quote(row.name, 60)}"
        if row.dose:
            line += f", {quote(row.dose, 30)}"
        if row.schedule:
            line += ", at " + ", ".join(str(moment)[:5] for moment in row.schedule[:6])
        full.append(line)
    short = "Takes: " + ", ".join(quote(row.name, 40) for row in rows)
    return Section("medications", "Medication", 70, ("\n".join(full), short))
