"""Where recently active people are, for crisis replies given before the database is read."""

from __future__ import annotations

import threading
from collections import OrderedDict


class RecentCountries:
    """The country each recently active person set, for crisis replies given without the
    database. Bounded: the least recently seen are forgotten first."""

    def __init__(self, capacity: int = 50_000) -> None:
        self._capacity = capacity
        self._countries: OrderedDict[tuple[str, str], str | None] = OrderedDict()
        self._guard = threading.Lock()

    def remember(self, person: tuple[str, str], country: str | None) -> None:
        with self._guard:
            self._countries[person] = country
            self._countries.move_to_end(person)
            while len(self._countries) > self._capacity:
                self._countries.popitem(last=False)

    def get(self, person: tuple[str, str]) -> str | None:
        with self._guard:
            return self._countries.get(person)
