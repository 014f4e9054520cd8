"""/export and /forget."""

from __future__ import annotations

from datetime import timedelta

from bot.conversations.state import enter_flow, finish
from bot.messages import Attachment, Reply, button_rows
from bot.privacy.export import export_json
from bot.privacy.forget import forget_user
from bot.turn import Turn
from storage.models import ConversationState

FORGET_FLOW = "forget"
FORGET_WINDOW = timedelta(minutes=10)
_CONFIRM_WORDS = ("delete everything", "delete", "yes delete", "yes, delete everything", "confirm")


def handle_export(turn: Turn, args: str) -> list[Reply]:
    payload = export_json(turn.db, turn.user_id, turn.now)
    filename = f"sanctum-export-{turn.local_now:%Y-%m-%d}.json"
    return [
        Reply(
            text="Here is everything I have stored about you, as JSON. Keep it somewhere safe: "
            "it contains your health information.",
            attachment=Attachment(
                filename=filename, media_type="application/json", content=payload
            ),
        )
    ]


def handle_forget(turn: Turn, args: str) -> list[Reply]:
    if args.strip().lower() == "confirm":
        state = turn.db.get(ConversationState, (turn.user_id, FORGET_FLOW))
        if state is None or (state.expires_at is not None and state.expires_at <= turn.now):
            return [Reply(text="That confirmation has expired. Send /forget to start again.")]
        return _forget_now(turn)
    enter_flow(turn.db, turn.user_id, FORGET_FLOW, "confirm", turn.now, ttl=FORGET_WINDOW)
    return [
        Reply(
            text="This permanently deletes everything I have about you: profile, moods, "
            "check-ins, diary, medication, notes, contacts and our conversation log. It "
            "cannot be undone. (You can /export a copy first.)\n\nTo go ahead, reply "
            "'delete everything' within 10 minutes. Anything else cancels.",
            buttons=button_rows(
                [("Yes, delete everything", "/forget confirm"), ("No, keep my data", "/cancel")], 1
            ),
        )
    ]


def answer_forget(turn: Turn, state: ConversationState) -> list[Reply]:
    if turn.text.strip().lower().strip(".!") in _CONFIRM_WORDS:
        return _forget_now(turn)
    finish(turn.db, state)
    return [Reply(text="Okay, nothing was deleted.")]


def _forget_now(turn: Turn) -> list[Reply]:
    forget_user(turn.db, turn.user_id, turn.now)
    turn.user_forgotten = True
    return [
        Reply(
            text="Done. Everything I had about you is deleted. If you write to me again, "
            "I'll start fresh. Take care of yourself."
        )
    ]
