import os
import stat

import pytest

from storage.crypto import EncryptionKeyError, KeyRing, generate_key, load_or_create_key


def test_round_trip_and_fresh_nonce_each_time() -> None:
    ring = KeyRing(generate_key())
    first = ring.encrypt(b"felt numb after the call", "mood_shifts.trigger")
    second = ring.encrypt(b"felt numb after the call", "mood_shifts.trigger")
    assert first != second
    assert ring.decrypt(first, "mood_shifts.trigger") == b"felt numb after the call"


def test_ciphertext_is_bound_to_its_column() -> None:
    ring = KeyRing(generate_key())
    blob = ring.encrypt(b"secret", "notes.text")
    with pytest.raises(EncryptionKeyError, match="failed authentication"):
        ring.decrypt(blob, "knowledge_entries.value")


def test_tampering_is_detected() -> None:
    ring = KeyRing(generate_key())
    blob = bytearray(ring.encrypt(b"secret", "notes.text"))
    blob[-1] ^= 0x01
    with pytest.raises(EncryptionKeyError):
        ring.decrypt(bytes(blob), "notes.text")


def test_retired_keys_still_decrypt_and_new_writes_use_the_current_key() -> None:
    old = generate_key()
    new = generate_key(avoiding=(old,))
    blob = KeyRing(old).encrypt(b"from last year", "notes.text")
    rotated = KeyRing(new, (old,))
    assert rotated.decrypt(blob, "notes.text") == b"from last year"
    fresh = rotated.encrypt(b"today", "notes.text")
    assert KeyRing(new).decrypt(fresh, "notes.text") == b"today"
    with pytest.raises(EncryptionKeyError, match="not configured"):
        KeyRing(old).decrypt(fresh, "notes.text")


@pytest.mark.parametrize("bad", ["", "short", "!!!!", "a" * 44])
def test_malformed_keys_are_refused(bad: str) -> None:
    with pytest.raises(EncryptionKeyError):
        KeyRing(bad)


def test_generated_key_file_is_private_and_reused(tmp_path) -> None:
    first = load_or_create_key(tmp_path / "data")
    path = tmp_path / "data" / "secret.key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(tmp_path / "data") == first
    KeyRing(first)  # a valid key


def test_blind_tokens_match_equal_terms_only() -> None:
    ring = KeyRing(generate_key())
    assert ring.blind_token("boss") == ring.blind_token("boss")
    assert ring.blind_token("boss") != ring.blind_token("bus")
    assert "boss" not in ring.blind_token("boss")
    assert KeyRing(generate_key()).blind_token("boss") != ring.blind_token("boss")


def _keys_sharing_an_id() -> tuple[str, str]:
    seen: dict[int, str] = {}
    while True:  # birthday bound: a shared one-byte id within a few dozen keys
        key = generate_key()
        key_id = KeyRing(key).encrypt(b"", "probe")[1]
        if key_id in seen:
            return seen[key_id], key
        seen[key_id] = key


def test_a_ring_refuses_two_keys_with_the_same_id_and_generation_avoids_them() -> None:
    first, second = _keys_sharing_an_id()
    with pytest.raises(EncryptionKeyError, match="generate another key"):
        KeyRing(second, (first,))
    for _ in range(300):  # each draw would collide one time in 256 without `avoiding`
        KeyRing(generate_key(avoiding=(first,)), (first,))
