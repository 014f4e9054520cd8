"""/search over the session log, whose text is encrypted: a blind index of keyed word hashes.

When a person's message is appended to the log, each distinct word is normalised (Unicode
NFKC, case-folded, accents removed, a light English stem) and stored only as
HMAC-SHA256(key, user id + word), truncated to 128 bits, in ``session_log_terms``. The key is
derived from the encryption key and never stored. A search hashes the query words the same
way and finds the entries holding all of them with an indexed lookup; only those entries are
decrypted, to show them. The database never holds a searchable word in clear, and because the
user id is part of the hash the same word gives different tokens for different people.
What it reveals to someone holding the database without the key: how many distinct words an
entry has and which entries share a word. Limits: whole words only (no substrings or
phrases); after a key rotation, entries indexed under the old key are not found until
re-indexed (``reindex_user``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from storage.crypto import keyring_for
from storage.direct import DirectStatement
from storage.models import SessionLogEntry, SessionLogTerm

MAX_TERMS_PER_ENTRY = 400
_INSERT_TERMS = DirectStatement(insert(SessionLogTerm.__table__), ("log_id", "token", "user_id"))
_WORD = re.compile(r"\w+")
# fmt: off
_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "had", "has",
    "have", "i", "if", "in", "is", "it", "its", "me", "my", "not", "of", "on", "or", "so",
    "than", "that", "the", "then", "there", "they", "this", "to", "was", "we", "were", "what",
    "when", "with", "you", "your",
})
# fmt: on


def _stem(word: str) -> str:
    """A light English stem, the same for indexing and searching: plural, then -ing/-ed."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    return word


def normalised_terms(text: str) -> list[str]:
    """Distinct search terms of a text, in first-seen order."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    terms: dict[str, None] = {}
    for word in _WORD.findall(plain):
        if len(word) < 2 or len(word) > 40 or word in _STOPWORDS:
            continue
        terms.setdefault(_stem(word), None)
        if len(terms) >= MAX_TERMS_PER_ENTRY:
            break
    return list(terms)


def _tokens(db: Session, user_id: int, terms: list[str]) -> list[str]:
    keyring = keyring_for(db.get_bind().dialect)
    return [keyring.blind_token(f"{user_id}\x1f{term}") for term in terms]


def index_text(db: Session, log_id: int, user_id: int, text: str) -> None:
    """Write the blind index rows of the log entry ``log_id`` holding ``text``."""
    tokens = _tokens(db, user_id, normalised_terms(text))
    # A direct executemany: the ORM's bulk path costs more than the rows.
    _INSERT_TERMS.execute_many(
        db, [{"log_id": log_id, "token": token, "user_id": user_id} for token in tokens]
    )


def is_searchable(role: str, kind: str) -> bool:
    """The person's own messages are indexed; commands and the bot's replies are not."""
    return role == "user" and kind == "message"


@dataclass(frozen=True)
class SearchResult:
    total: int
    entries: list[SessionLogEntry]


def search_log(
    db: Session,
    user_id: int,
    query: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 10,
    offset: int = 0,
) -> SearchResult:
    """Log entries holding every word of ``query``, newest first (``end`` exclusive)."""
    tokens = _tokens(db, user_id, normalised_terms(query))
    if not tokens:
        return SearchResult(0, [])
    matching = (
        select(SessionLogTerm.log_id)
        .where(SessionLogTerm.user_id == user_id, SessionLogTerm.token.in_(tokens))
        .group_by(SessionLogTerm.log_id)
        .having(func.count(func.distinct(SessionLogTerm.token)) == len(set(tokens)))
        .subquery()
    )
    where = [SessionLogEntry.id.in_(select(matching.c.log_id)), SessionLogEntry.user_id == user_id]
    if start is not None:
        where.append(SessionLogEntry.at >= start)
    if end is not None:
        where.append(SessionLogEntry.at < end)
    total = db.scalar(select(func.count()).select_from(SessionLogEntry).where(*where)) or 0
    entries = db.scalars(
        select(SessionLogEntry)
        .where(*where)
        .order_by(SessionLogEntry.at.desc(), SessionLogEntry.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return SearchResult(total, list(entries))


def reindex_user(db: Session, user_id: int, batch: int = 500) -> int:
    """Rebuild one person's index (after a key rotation); returns the entries indexed."""
    db.execute(delete(SessionLogTerm).where(SessionLogTerm.user_id == user_id))
    count, last_id = 0, 0
    while True:
        entries = db.scalars(
            select(SessionLogEntry)
            .where(
                SessionLogEntry.user_id == user_id,
                SessionLogEntry.id > last_id,
                SessionLogEntry.role == "user",
                SessionLogEntry.kind == "message",
            )
            .order_by(SessionLogEntry.id)
            .limit(batch)
        ).all()
        if not entries:
            return count
        for entry in entries:
            index_text(db, entry.id, entry.user_id, entry.text)
        count += len(entries)
        last_id = entries[-1].id
