"""LLM context: context versions, token use per call, the session log search index

Revision ID: 0004
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "context_versions",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("profile_token", sa.String(length=32), nullable=False),
        sa.Column("activity_token", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_context_versions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_context_versions")),
    )
    op.create_table(
        "llm_usage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cache_read_tokens", sa.Integer(), nullable=False),
        sa.Column("cache_write_tokens", sa.Integer(), nullable=False),
        sa.Column("context_tokens", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["raw_messages.id"],
            name=op.f("fk_llm_usage_message_id_raw_messages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_llm_usage_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_llm_usage")),
    )
    with op.batch_alter_table("llm_usage", schema=None) as batch_op:
        batch_op.create_index("ix_llm_usage_user_id_at", ["user_id", "at"], unique=False)

    op.create_table(
        "session_log_terms",
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["log_id"],
            ["session_log.id"],
            name=op.f("fk_session_log_terms_log_id_session_log"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_session_log_terms_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("log_id", "token", name=op.f("pk_session_log_terms")),
    )
    with op.batch_alter_table("session_log_terms", schema=None) as batch_op:
        batch_op.create_index(
            "ix_session_log_terms_user_id_token", ["user_id", "token"], unique=False
        )

    with op.batch_alter_table("session_memory", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covered_through_log_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("session_memory", schema=None) as batch_op:
        batch_op.drop_column("covered_through_log_id")

    with op.batch_alter_table("session_log_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_session_log_terms_user_id_token")

    op.drop_table("session_log_terms")
    with op.batch_alter_table("llm_usage", schema=None) as batch_op:
        batch_op.drop_index("ix_llm_usage_user_id_at")

    op.drop_table("llm_usage")
    op.drop_table("context_versions")
