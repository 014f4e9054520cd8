"""One lock per key, so one person's messages are handled in order, others in parallel."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Hashable


class KeyedLocks:
    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: weakref.WeakValueDictionary[Hashable, threading.RLock] = (
            weakref.WeakValueDictionary()
        )

    def for_key(self, key: Hashable) -> threading.RLock:
        with self._guard:
            lock = self._locks.get(key)
            if lock is None:
                lock = threading.RLock()
                self._locks[key] = lock
            return lock
