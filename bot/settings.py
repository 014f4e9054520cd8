"""Runtime settings: every option is a ``SANCTUM_*`` environment variable (or a line in .env)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SANCTUM_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default=Path("data"), description="Where the SQLite file and the generated key live."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite:///<data_dir>/sanctum.db"
    )
    encryption_key: SecretStr | None = Field(
        default=None,
        description="URL-safe base64 of 32 bytes; when absent one is generated into the data dir.",
    )
    encryption_old_keys: SecretStr | None = Field(
        default=None, description="Comma-separated retired keys, still accepted for reading."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    default_timezone: str = Field(default="UTC", description="Zone of a user who set none.")
    default_country: str = Field(
        default="", description="ISO country code for helplines until the user sets one."
    )
    max_message_chars: int = Field(
        default=4000, ge=100, description="Longer messages are stored whole, parsed in part."
    )
    history_page_size: int = Field(default=10, ge=1, le=50)
    session_idle_minutes: int = Field(default=30, ge=1)

    llm_provider: Literal["offline", "anthropic", "openai"] = "offline"

    # Scheduler: check-ins, medication and appointment reminders, caregiver digests (issue 6)
    scheduler_enabled: bool = Field(
        default=True, description="Run the reminder sweep in `sanctum run`."
    )
    scheduler_sweep_seconds: int = Field(
        default=20, ge=1, le=3600, description="How often each process sweeps for due reminders."
    )
    scheduler_grace_minutes: int = Field(
        default=120,
        ge=0,
        description="After downtime, reminders missed by less than this are sent late.",
    )
    scheduler_batch_size: int = Field(
        default=500, ge=1, le=10000, description="Occurrences claimed per transaction."
    )
    scheduler_max_attempts: int = Field(
        default=5, ge=1, le=50, description="Sends of one reminder before giving up."
    )
    scheduler_lease_seconds: int = Field(
        default=300, ge=10, description="How long a worker holds a reminder it is sending."
    )
    scheduler_send_concurrency: int = Field(
        default=20, ge=1, le=500, description="Reminders sent at once by one process."
    )
    scheduler_medication_window_minutes: int = Field(
        default=240,
        ge=5,
        description="An unanswered medication reminder counts as a missed dose after this.",
    )
    scheduler_keep_days: int = Field(
        default=90, ge=8, description="Delivery records older than this are deleted."
    )

    # -- Crisis safety path: incidents, alerts to emergency contacts, email ------------------
    public_url: str = Field(
        default="",
        description="Base URL of this Sanctum's web pages (links in emails to contacts).",
    )
    smtp_host: str = Field(default="", description="SMTP server for email; empty: no email.")
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str = ""
    smtp_password: SecretStr | None = None
    smtp_from: str = Field(default="", description="Sender address of Sanctum's emails.")
    smtp_starttls: bool = Field(default=True, description="Upgrade with STARTTLS (port 587).")
    smtp_tls: bool = Field(default=False, description="Implicit TLS from the start (port 465).")
    smtp_timeout_seconds: float = Field(default=15.0, gt=0)
    alert_max_rounds: int = Field(
        default=2, ge=1, le=5, description="Times the contact list is gone through unanswered."
    )
    alert_max_per_day: int = Field(
        default=10, ge=1, description="Alert messages per user in 24 hours, at most."
    )
    alert_max_attempts: int = Field(
        default=8, ge=1, description="Tries on one channel before moving to the next one."
    )
    alert_poll_seconds: float = Field(
        default=5.0, gt=0, description="How often the alert dispatcher looks for due work."
    )
    crisis_follow_up_minutes: int = Field(
        default=60, ge=5, description="Follow-up check-in due this long after a crisis message."
    )
    crisis_incident_quiet_hours: int = Field(
        default=24, ge=1, description="An incident closes after this long without risk."
    )
    concern_crisis_shifts_per_day: int = Field(
        default=2, ge=1, description="Crisis-functionality shifts in a day that open a concern."
    )

    # -- LLM conversation and the context builder (issue 4) ------------------------------
    llm_model: str | None = Field(
        default=None,
        description="Model name; default claude-haiku-4-5 (anthropic) or gpt-5.4-mini (openai). "
        "Required with SANCTUM_LLM_BASE_URL.",
    )
    anthropic_api_key: SecretStr | None = Field(default=None, description="Anthropic API key.")
    openai_api_key: SecretStr | None = Field(
        default=None, description="OpenAI API key; optional for a local server."
    )
    llm_base_url: str | None = Field(
        default=None,
        description="An OpenAI-compatible server (Ollama, llama.cpp, vLLM), e.g. "
        "http://127.0.0.1:11434/v1, used with SANCTUM_LLM_PROVIDER=openai.",
    )
    llm_timeout_seconds: float = Field(
        default=20.0, gt=0, le=300, description="Per request to the provider."
    )
    llm_max_retries: int = Field(
        default=2, ge=0, le=5, description="Retries after a timeout, 429 or 5xx."
    )
    llm_max_output_tokens: int = Field(
        default=500, ge=50, le=4000, description="Longest reply the model may write."
    )
    context_token_budget: int = Field(
        default=2000, ge=300, le=50_000, description="Tokens of user context sent per turn."
    )

    # -- chat platforms and `sanctum run` (Telegram, Discord, HTTP endpoints) --
    telegram_token: SecretStr | None = Field(
        default=None, description="Bot token from @BotFather; enables the Telegram adapter."
    )
    telegram_base_url: str = Field(
        default="https://api.telegram.org/bot",
        description="Bot API server (a self-hosted one, or a test server); the token is appended.",
    )
    telegram_webhook_url: str | None = Field(
        default=None,
        description="Public HTTPS URL for updates; when set, webhook mode instead of polling.",
    )
    telegram_webhook_secret: SecretStr | None = Field(
        default=None,
        description="Secret Telegram sends with each webhook call; derived from the token if unset.",
    )
    telegram_messages_per_second: float = Field(
        default=30, ge=0, description="Overall send rate towards Telegram (0: no limit)."
    )
    telegram_chat_messages_per_second: float = Field(
        default=1, ge=0, description="Send rate per private chat, after a short burst (0: none)."
    )
    discord_token: SecretStr | None = Field(
        default=None, description="Bot token from the Discord developer portal; enables Discord."
    )
    http_host: str = Field(
        default="127.0.0.1", description="Interface for /healthz, /metrics and webhooks."
    )
    http_port: int = Field(default=8080, ge=0, le=65535)
    core_workers: int = Field(
        default=8, ge=1, le=256, description="Threads handing messages to the core at once."
    )
    core_processes: int = Field(
        default=0,
        ge=0,
        le=64,
        description=(
            "Worker processes for the core in `sanctum run` (0: the core runs in the main "
            "process). Above 0 it uses that many more CPUs."
        ),
    )
    shutdown_seconds: float = Field(
        default=20, ge=0, description="On SIGTERM, how long in-flight messages may take to finish."
    )

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'sanctum.db').resolve()}"


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
