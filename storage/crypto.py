"""Encryption at rest for free text (AES-256-GCM, authenticated).

Layout of a stored value: ``version (1) | key id (1) | nonce (12) | ciphertext + tag``.
The associated data names the column ("table.column"), so a ciphertext copied into another
column fails to decrypt. Retired keys stay readable through the key ring, which makes key
rotation a matter of adding a new key and re-saving rows.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

FORMAT_VERSION = 1
KEY_FILE_NAME = "secret.key"
_DIALECT_ATTRIBUTE = "sanctum_keyring"


class EncryptionKeyError(Exception):
    """The encryption key is missing, malformed or does not match the stored data."""


def _decode_key(encoded: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(encoded.strip() + "=" * (-len(encoded.strip()) % 4))
    except (ValueError, TypeError):
        raise EncryptionKeyError("an encryption key must be URL-safe base64") from None
    if len(raw) != 32:
        raise EncryptionKeyError("an encryption key must be 32 bytes (44 characters of base64)")
    return raw


def generate_key(avoiding: tuple[str, ...] = ()) -> str:
    """A new random key whose one-byte key id differs from those of the keys in `avoiding`,
    so it can join them in a key ring (two random keys share an id one time in 256)."""
    taken = {_key_id(_decode_key(key)) for key in avoiding}
    if len(taken) >= 256:
        raise EncryptionKeyError("every key id is taken; retire some keys first")
    while True:
        key = secrets.token_bytes(32)
        if _key_id(key) not in taken:
            return base64.urlsafe_b64encode(key).decode("ascii")


def _key_id(key: bytes) -> int:
    return hashlib.sha256(b"sanctum-key-id" + key).digest()[0]


class KeyRing:
    """The current key (used for writing) and retired keys (still read)."""

    def __init__(self, current: str, retired: tuple[str, ...] = ()) -> None:
        self._current = _decode_key(current)
        self._current_id = _key_id(self._current)
        self._aeads: dict[int, AESGCM] = {}
        retired_keys = [_decode_key(encoded) for encoded in retired]
        for key in (self._current, *retired_keys):
            key_id = _key_id(key)
            if key_id in self._aeads and key != self._current:
                raise EncryptionKeyError(
                    "two keys in the ring share a key id; generate another key"
                )
            self._aeads.setdefault(key_id, AESGCM(key))
        self._blind_index_key = _blind_index_key(self._current)
        self._retired_blind_keys = tuple(
            _blind_index_key(key) for key in retired_keys if key != self._current
        )

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(12)
        sealed = self._aeads[self._current_id].encrypt(nonce, plaintext, _aad(context))
        return bytes((FORMAT_VERSION, self._current_id)) + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> bytes:
        if len(blob) < 2 + 12 + 16 or blob[0] != FORMAT_VERSION:
            raise EncryptionKeyError(
                f"stored value in {context} is not in a known encrypted format"
            )
        aead = self._aeads.get(blob[1])
        if aead is None:
            raise EncryptionKeyError(
                f"stored value in {context} was encrypted with a key that is not configured"
            )
        try:
            return aead.decrypt(blob[2:14], blob[14:], _aad(context))
        except InvalidTag:
            raise EncryptionKeyError(f"stored value in {context} failed authentication") from None

    def reseal(self, blob: bytes, context: str) -> bytes | None:
        """The value encrypted again under the current key; None when it already is."""
        if len(blob) >= 2 and blob[0] == FORMAT_VERSION and blob[1] == self._current_id:
            return None
        return self.encrypt(self.decrypt(blob, context), context)

    def blind_token(self, term: str) -> str:
        """A keyed hash of a normalised search term: equal terms match, the term stays hidden."""
        return _blind_token(self._blind_index_key, term)

    def blind_tokens(self, term: str) -> list[str]:
        """The term's token under the current key and under each retired one: for lookups
        that must still match what was stored before a key rotation (a contact's STOP)."""
        keys = (self._blind_index_key, *self._retired_blind_keys)
        return [_blind_token(key, term) for key in keys]


def _blind_index_key(key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"sanctum blind index v1"
    ).derive(key)


def _blind_token(blind_index_key: bytes, term: str) -> str:
    digest = hmac.new(blind_index_key, term.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:16]).decode("ascii").rstrip("=")


def _aad(context: str) -> bytes:
    return f"sanctum|{context}".encode()


def load_or_create_key(data_dir: Path) -> str:
    """Read the key file in the data dir, creating it (mode 0600) the first time."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / KEY_FILE_NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    key = generate_key()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


def attach_keyring(dialect: Dialect, keyring: KeyRing) -> None:
    setattr(dialect, _DIALECT_ATTRIBUTE, keyring)


def keyring_of(dialect: Dialect) -> KeyRing:
    """The key ring of an engine's dialect (for blind tokens computed outside column types)."""
    return _keyring(dialect)


def _keyring(dialect: Dialect) -> KeyRing:
    keyring = getattr(dialect, _DIALECT_ATTRIBUTE, None)
    if keyring is None:
        raise EncryptionKeyError("no key ring attached to this engine; create it with storage.db")
    return keyring


class EncryptedText(TypeDecorator[str]):
    """A str column stored as AES-GCM ciphertext."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return _keyring(dialect).encrypt(value.encode("utf-8"), self.context)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _keyring(dialect).decrypt(bytes(value), self.context).decode("utf-8")


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON-serialisable value stored as AES-GCM ciphertext."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return _keyring(dialect).encrypt(payload, self.context)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(_keyring(dialect).decrypt(bytes(value), self.context))


def keyring_for(dialect: Dialect) -> KeyRing:
    """The key ring of an engine (e.g. ``session.get_bind().dialect``), for blind-index tokens."""
    return _keyring(dialect)
