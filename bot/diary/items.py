"""What a diary card asks: the standard DBT rows and each person's own rows.

Standard keys are the canonical ones of the mood taxonomy (``dbt_diary_card``). A person's
own emotions and urge targets are stored in ``dbt_card_items`` (their words, encrypted) and
appear on cards under the key ``own_<id>``, so no personal words sit in clear JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.vocabulary import taxonomy
from storage.direct import DirectStatement
from storage.models import DiaryCardItem

ItemKind = Literal["emotion", "urge"]

EMOTIONS: tuple[str, ...] = taxonomy().dbt_emotions
URGES: tuple[str, ...] = taxonomy().dbt_urges
PLEASE_ITEMS: tuple[str, ...] = taxonomy().dbt_please
CRISIS_URGES: frozenset[str] = frozenset({"self_harm", "suicide"})
MAX_OWN_ITEMS = 4  # per kind: the card must stay a one-minute job
OWN_PREFIX = "own_"

_NAMES = {
    "sadness": "sadness", "shame": "shame", "anger": "anger", "fear": "fear", "joy": "joy",
    "guilt": "guilt", "misery": "misery",
    "self_harm": "self-harm", "suicide": "suicide", "substance_use": "substance use",
    "binge": "binge", "purge": "purge", "avoidance": "avoidance",
}  # fmt: skip
_BUTTON_NAMES = {
    "sadness": "Sad", "shame": "Shame", "anger": "Anger", "fear": "Fear", "joy": "Joy",
    "guilt": "Guilt", "misery": "Misery",
    "self_harm": "Self-harm", "suicide": "Suicide", "substance_use": "Substances",
    "binge": "Binge", "purge": "Purge", "avoidance": "Avoid",
}  # fmt: skip
PLEASE_NAMES = {
    "took_meds": "medication taken",
    "sleep_hours": "sleep",
    "ate_balanced": "balanced eating",
    "exercise_minutes": "exercise",
    "avoided_substances": "no mood-altering substances",
    "treated_illness": "physical illness treated",
}


@dataclass(frozen=True)
class CardItem:
    key: str
    kind: ItemKind
    name: str  # in sentences: "urge to self-harm 3/5"
    button: str  # short, for buttons: "Self-harm 3"
    own: bool = False
    archived: bool = False


@dataclass(frozen=True)
class CardItems:
    emotions: tuple[CardItem, ...]
    urges: tuple[CardItem, ...]

    def by_key(self) -> dict[str, CardItem]:
        return {item.key: item for item in (*self.emotions, *self.urges)}

    def name(self, key: str) -> str:
        item = self.by_key().get(key)
        return item.name if item else key.replace("_", " ")

    def urge_phrase(self, key: str) -> str:
        """'binge urge', 'self-harm urge'; a person's own target reads 'urge to text my ex'."""
        item = self.by_key().get(key)
        if item is not None and item.own:
            return f"urge to {item.name}"
        return f"{self.name(key)} urge"

    def active(self, kind: ItemKind) -> tuple[CardItem, ...]:
        items = self.emotions if kind == "emotion" else self.urges
        return tuple(item for item in items if not item.archived)


def _standard(key: str, kind: ItemKind) -> CardItem:
    return CardItem(
        key=key, kind=kind, name=_NAMES.get(key, key), button=_BUTTON_NAMES.get(key, key)
    )


def own_key(item_id: int) -> str:
    return f"{OWN_PREFIX}{item_id}"


def _button_label(label: str) -> str:
    return label if len(label) <= 12 else label[:11] + "…"


def standard_items() -> CardItems:
    return CardItems(
        emotions=tuple(_standard(key, "emotion") for key in EMOTIONS),
        urges=tuple(_standard(key, "urge") for key in URGES),
    )


_OWN_ITEMS = DirectStatement(
    select(DiaryCardItem.id, DiaryCardItem.kind, DiaryCardItem.label, DiaryCardItem.archived_at)
    .where(DiaryCardItem.user_id == bindparam("user_id"))
    .order_by(DiaryCardItem.position, DiaryCardItem.id),
    ("user_id",),
)


def card_items(db: Session, user_id: int) -> CardItems:
    db.flush()  # items this transaction added count
    own = _OWN_ITEMS.all(db, {"user_id": user_id})
    extra: dict[str, list[CardItem]] = {"emotion": [], "urge": []}
    for item_id, kind, label, archived_at in own:
        extra[kind].append(
            CardItem(
                key=own_key(item_id),
                kind=kind,
                name=label,
                button=_button_label(label.capitalize()),
                own=True,
                archived=archived_at is not None,
            )
        )
    return CardItems(
        emotions=(*(_standard(key, "emotion") for key in EMOTIONS), *extra["emotion"]),
        urges=(*(_standard(key, "urge") for key in URGES), *extra["urge"]),
    )


class OwnItemError(ValueError):
    """Why an own item cannot be added or removed; the message is shown to the person."""


def add_own_item(db: Session, user_id: int, kind: ItemKind, label: str, now: datetime) -> CardItem:
    label = " ".join(label.split()).strip(" .,;:")
    if not 2 <= len(label) <= 40:
        raise OwnItemError("Give it a name of 2 to 40 characters, e.g. /diary add urge text my ex")
    items = card_items(db, user_id)
    existing = items.active(kind)
    if any(item.name.lower() == label.lower() for item in existing):
        raise OwnItemError(f"'{label}' is already on your card.")
    if sum(1 for item in existing if item.own) >= MAX_OWN_ITEMS:
        raise OwnItemError(
            f"You have {MAX_OWN_ITEMS} of your own {kind}s already; remove one first "
            "(/diary remove NAME) so the card stays quick."
        )
    row = DiaryCardItem(user_id=user_id, kind=kind, label=label, position=len(existing),
                        created_at=now)  # fmt: skip
    db.add(row)
    db.flush()
    return CardItem(own_key(row.id), kind, label, _button_label(label.capitalize()), own=True)


def remove_own_item(db: Session, user_id: int, label: str, now: datetime) -> CardItem:
    wanted = " ".join(label.split()).lower()
    rows = db.scalars(
        select(DiaryCardItem).where(
            DiaryCardItem.user_id == user_id, DiaryCardItem.archived_at.is_(None)
        )
    ).all()
    for row in rows:
        if row.label.lower() == wanted or own_key(row.id) == wanted:
            row.archived_at = now  # past cards keep showing its name
            return CardItem(own_key(row.id), row.kind, row.label, row.label, own=True)  # type: ignore[arg-type]
    raise OwnItemError(f"I couldn't find '{label}' among your own card items (/diary items).")
