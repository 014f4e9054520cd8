"""The terminal adapter: chat with the core on standard input and output.

A degraded channel by design: buttons become numbered options (type the number), and files
are written to the data directory with a note of where.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.core import Core
from bot.messages import Button, IncomingMessage, Reply

PLATFORM = "terminal"


class TerminalChat:
    def __init__(
        self,
        core: Core,
        user: str,
        files_dir: Path,
        source: TextIO = sys.stdin,
        sink: TextIO = sys.stdout,
        interactive: bool | None = None,
    ) -> None:
        self.core = core
        self.user = user
        self.files_dir = files_dir
        self.source = source
        self.sink = sink
        self.interactive = source.isatty() if interactive is None else interactive
        self._options: list[Button] = []

    def run(self) -> None:
        if self.interactive:
            self._write("Sanctum (offline). Type /help for commands, Ctrl-D to leave.\n")
        for line in self._lines():
            text = self._resolve_option(line.rstrip("\n"))
            message = IncomingMessage(
                platform=PLATFORM,
                platform_user_id=self.user,
                text=text,
                sent_at=datetime.now(UTC),
            )
            self.core.handle(message, emit=self.render)

    def _lines(self) -> Iterator[str]:
        while True:
            if self.interactive:
                self._write("you> ")
            line = self.source.readline()
            if not line:
                if self.interactive:
                    self._write("\n")
                return
            yield line

    def _resolve_option(self, text: str) -> str:
        """A bare number picks one of the options shown with the last reply."""
        choice = text.strip()
        if choice.isdigit() and 1 <= int(choice) <= len(self._options):
            return self._options[int(choice) - 1].data
        return text

    def render(self, reply: Reply) -> None:
        self._write(f"sanctum> {reply.text}\n")
        buttons = [button for row in reply.buttons for button in row]
        if buttons:
            self._options = buttons
            options = "  ".join(f"[{i}] {b.label}" for i, b in enumerate(buttons, start=1))
            self._write(f"         {options}\n")
        if reply.attachment is not None:
            path = self._save(reply.attachment.filename, reply.attachment.content)
            self._write(f"         (saved {reply.attachment.filename} to {path})\n")
        self.sink.flush()

    def _save(self, filename: str, content: bytes) -> Path:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = self.files_dir / Path(filename).name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        return path

    def _write(self, text: str) -> None:
        self.sink.write(text)
        self.sink.flush()
