"""Which updates may be confirmed to Telegram.

With long polling, Telegram forgets every update below the ``offset`` of the next getUpdates
call. Only a prefix of stored updates may be confirmed: an update handed to the core but not
stored yet holds the offset at its id, and Telegram keeps sending it (and what follows) until
it is stored. Updates seen again in the meantime are recognised and not handed over twice.
"""

from __future__ import annotations

import asyncio


class UpdateOffsets:
    def __init__(self) -> None:
        self._pending: set[int] = set()  # handed to the core, not stored yet
        self._stored_above: set[int] = set()  # stored, but an earlier update is pending
        self._highest: int | None = None
        self._moved = asyncio.Event()

    @property
    def offset(self) -> int | None:
        """The getUpdates offset confirming every stored update that may be confirmed."""
        if self._pending:
            return min(self._pending)
        return None if self._highest is None else self._highest + 1

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def unconfirmed(self) -> int:
        """Updates already handed over that the next getUpdates returns again."""
        return len(self._pending) + len(self._stored_above)

    def begin(self, update_id: int) -> bool:
        """True for an update not seen before (hand it to the core), False for a repeat."""
        if update_id in self._pending or update_id in self._stored_above:
            return False
        offset = self.offset
        if offset is not None and update_id < offset:
            return False
        self._pending.add(update_id)
        if self._highest is None or update_id > self._highest:
            self._highest = update_id
        return True

    def finish(self, update_id: int) -> None:
        """The update is stored (or needs no storing): it may be confirmed."""
        before = self.offset
        self._pending.discard(update_id)
        self._stored_above.add(update_id)
        offset = self.offset
        if offset != before:
            if offset is not None:
                self._stored_above = {seen for seen in self._stored_above if seen >= offset}
            self._moved.set()

    async def moved_from(self, offset: int | None, within: float) -> bool:
        """Wait until the offset is no longer ``offset`` (True: new updates can be fetched)
        or ``within`` seconds pass (False)."""
        try:
            async with asyncio.timeout(within):
                while self.offset == offset:
                    self._moved.clear()
                    await self._moved.wait()
        except TimeoutError:
            return False
        return True
