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
