"""The cost of building a context does not grow with history: the same statements, bounded rows.

Speed itself is measured in bench/bench_context.py; here the shape of the work is checked.
"""

from __future__ import annotations

from sqlalchemy import event

from context_builder import build_context
from tests.context_builder.conftest import NOW, add_fact, add_history, make_person


def _statements(database, settings, user_id) -> list[str]:
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.transaction() as db:
            context = build_context(db, settings, user_id=user_id, now=NOW, cache=None)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert context.tokens <= context.budget
    return seen


def test_five_years_cost_the_same_statements_as_one_month(database, settings) -> None:
    month = make_person(database, "month")
    add_history(database, month, days=30, per_day=3)
    years = make_person(database, "years")
    add_history(database, years, days=5 * 365, per_day=3)
    for user_id in (month, years):
        add_fact(database, user_id, "works night shifts")
    short, long = (_statements(database, settings, user_id) for user_id in (month, years))
    assert short == long
    assert len(long) <= 25
    history_tables = ("mood_shifts", "baselines", "medication_events", "session_log")
    for statement in long:
        if statement.startswith("SELECT") and any(f"FROM {t}" in statement for t in history_tables):
            bounded = "LIMIT" in statement or ">=" in statement or "min(" in statement
            assert bounded, f"unbounded read of history: {statement}"
