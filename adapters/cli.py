"""The `sanctum` command line: chat, run, analyze, db."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Sanctum, a mental-health companion bot.",
    no_args_is_help=True,
    add_completion=False,
    # Tracebacks with local variables could print what people wrote.
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"sanctum: {message}", err=True)
    return typer.Exit(code=2)


@app.command()
def analyze(
    file: Annotated[
        Path | None, typer.Argument(help="Input file; standard input when omitted.")
    ] = None,
    provider: Annotated[
        str | None, typer.Option(help="offline | anthropic | openai (default: the configured one)")
    ] = None,
    now: Annotated[str | None, typer.Option(help="ISO 8601 time the messages were written")] = None,
    tz: Annotated[
        str | None, typer.Option(help="Time zone of the writer (IANA, city, UTC+2)")
    ] = None,
) -> None:
    """Print what the bot understands from each line, as JSON (shared/spec/analyze.md)."""
    from adapters import analyze as analyze_command
    from bot.timezones import resolve_timezone
    from bot.understanding.providers import analyzer_for

    local_time: datetime | None = None
    zone = None
    if tz is not None:
        zone = resolve_timezone(tz)
        if zone is None:
            raise _fail(f"unknown time zone {tz!r}; try an IANA name such as Europe/Berlin")
    if now is not None:
        try:
            local_time = datetime.fromisoformat(now)
        except ValueError:
            raise _fail(f"--now {now!r} is not an ISO 8601 time") from None
        if zone is not None:
            local_time = (
                local_time.replace(tzinfo=zone)
                if local_time.tzinfo is None
                else local_time.astimezone(zone)
            )
    try:
        analyzer = analyzer_for(provider)
    except ValueError as exc:
        raise _fail(str(exc)) from None

    if file is None:
        analyze_command.run(sys.stdin, sys.stdout, analyzer, local_time)
        return
    try:
        with file.open(encoding="utf-8", errors="replace") as source:
            analyze_command.run(source, sys.stdout, analyzer, local_time)
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror}") from None


def _settings():  # type: ignore[no-untyped-def]
    from bot.safe_logging import configure_logging
    from bot.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level)
    return settings


@app.command()
def chat(
    user: Annotated[
        str | None, typer.Option(help="Who is chatting (default: your login name).")
    ] = None,
) -> None:
    """Chat with Sanctum in this terminal (also reads piped standard input)."""
    import getpass

    from adapters.terminal import TerminalChat
    from bot.app import build_core
    from bot.llm.registry import ProviderNotConfigured
    from storage.crypto import EncryptionKeyError
    from storage.migrate import is_up_to_date

    settings = _settings()
    try:
        core = build_core(settings)
    except (EncryptionKeyError, ProviderNotConfigured) as error:
        raise _fail(str(error)) from None
    if not is_up_to_date(core.db.engine):
        raise _fail("the database is not up to date; run `sanctum db upgrade` first")
    name = user or getpass.getuser() or "local"
    TerminalChat(core, name, files_dir=settings.data_dir / "exports").run()


@app.command()
def run() -> None:
    """Run the bot: every configured chat platform, background services, /healthz, /metrics."""
    import asyncio
    import logging

    from adapters.run import StartupError, serve
    from bot.safe_logging import describe_failure
    from storage.crypto import EncryptionKeyError

    settings = _settings()
    try:
        asyncio.run(serve(settings))
    except (StartupError, EncryptionKeyError) as error:
        raise _fail(str(error)) from None
    except Exception as error:
        logging.getLogger("sanctum.run").error("sanctum run failed: %s", describe_failure(error))
        raise typer.Exit(code=1) from None


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply database migrations (creates the database on first use)."""
    from bot.app import open_database
    from bot.skills.store import refresh_library
    from storage.migrate import current_revision, upgrade

    database = open_database(_settings())
    upgrade(database.engine, revision)
    typer.echo(f"database at revision {current_revision(database.engine)}")
    report = refresh_library(database.engine)  # content updates need no schema change
    if report is not None:
        typer.echo(report.summary())


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision.")]) -> None:
    """Revert migrations down to REVISION."""
    from bot.app import open_database
    from storage.migrate import current_revision, downgrade

    database = open_database(_settings())
    downgrade(database.engine, revision)
    typer.echo(f"database at revision {current_revision(database.engine)}")


@db_app.command("current")
def db_current() -> None:
    """Show the database's migration revision."""
    from bot.app import open_database
    from storage.migrate import current_revision

    typer.echo(current_revision(open_database(_settings()).engine) or "empty")


@db_app.command("reindex-search")
def db_reindex_search() -> None:
    """Rebuild everyone's /search index (needed after rotating SANCTUM_ENCRYPTION_KEY)."""
    from bot.app import open_database
    from bot.privacy.key_rotation import reindex_everyone

    entries, people = reindex_everyone(open_database(_settings()))
    typer.echo(f"search index rebuilt: {entries} log entries of {people} people")


@db_app.command("new-key")
def db_new_key() -> None:
    """Print a new encryption key for a rotation, one whose key id differs from the
    configured keys' (current and old) so the ring accepts it."""
    from bot.app import configured_keys
    from storage.crypto import EncryptionKeyError, generate_key

    try:
        typer.echo(generate_key(avoiding=configured_keys(_settings())))
    except EncryptionKeyError as error:
        raise _fail(str(error)) from None


@db_app.command("reencrypt")
def db_reencrypt() -> None:
    """After a key rotation: encrypt every stored value again under the current key, then
    rebuild the /search index. Safe to run again if interrupted."""
    from bot.app import open_database
    from bot.privacy.key_rotation import reencrypt_everything, reindex_everyone

    database = open_database(_settings())
    resealed = reencrypt_everything(database)
    typer.echo(f"re-encrypted {sum(resealed.values())} values in {len(resealed)} columns")
    entries, people = reindex_everyone(database)
    typer.echo(f"search index rebuilt: {entries} log entries of {people} people")


if __name__ == "__main__":
    app()
