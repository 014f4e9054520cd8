"""Which updates may be confirmed, and how many a poll would fetch again."""

from __future__ import annotations

from adapters.telegram.offsets import UpdateOffsets


def test_only_a_stored_prefix_is_confirmed_and_repeats_are_counted() -> None:
    offsets = UpdateOffsets()
    assert [offsets.begin(update) for update in (10, 11, 12)] == [True, True, True]
    assert offsets.offset == 10 and offsets.unconfirmed == 3

    offsets.finish(11)  # stored, but 10 is not: Telegram sends 10, 11 and 12 again
    assert offsets.offset == 10 and offsets.pending == 2 and offsets.unconfirmed == 3
    assert not offsets.begin(11), "a repeat is not handed over twice"

    offsets.finish(10)
    assert offsets.offset == 12 and offsets.unconfirmed == 1
    offsets.finish(12)
    assert offsets.offset == 13 and offsets.unconfirmed == 0
    assert not offsets.begin(12), "below the offset: already confirmed"
