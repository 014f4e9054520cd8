"""/diary: the DBT diary card (the flow lives in bot/conversations/diary.py)."""

from __future__ import annotations

from datetime import date

from bot.companion import ReplyPlan
from bot.conversations import diary as flow
from bot.dates import DateInputError, parse_user_date
from bot.diary.chart import render_week_png
from bot.diary.items import OwnItemError, add_own_item, card_items, remove_own_item
from bot.diary.week import load_week, summary_text
from bot.messages import Attachment, Reply
from bot.turn import Turn

USAGE = (
    "/diary fills in today's card, one question at a time (about a minute; any step can "
    "be skipped).\n"
    "/diary yesterday: yesterday's card, until noon\n"
    "/diary week [date]: the week's card as a table, with a summary for your therapist\n"
    "/diary add emotion NAME, /diary add urge NAME: your own rows (e.g. /diary add urge "
    "text my ex); /diary remove NAME; /diary items lists them\n"
    "/diary note TEXT: a note on today's card\n"
    "You can also type diary lines anywhere, e.g. 'urge to binge 3/5 but didn't act, "
    "used TIPP', and I'll update today's card."
)
_BUTTON_VERBS = ("set", "acted", "skill", "rate", "please", "next", "skip")


def _card_day(args: str) -> tuple[str, date | None, bool]:
    """Split off the day a button carries ("... @2026-11-24"); the flag is False if invalid."""
    head, _, tail = args.rpartition(" @")
    if not head or " " in tail.strip():
        return args, None, True
    try:
        return head, date.fromisoformat(tail.strip()), True
    except ValueError:
        return head, None, False


def handle(turn: Turn, args: str) -> list[Reply] | ReplyPlan:
    args, day, valid = _card_day(args)
    if not valid:
        return [Reply(text="That button's date isn't valid. /diary opens today's card.")]
    words = args.split()
    verb = words[0].lower() if words else ""
    rest = args[len(words[0]) :].strip() if words else ""
    if verb in ("", "today", "yesterday"):
        return flow.open_card(turn, verb)
    if verb == "week":
        return week(turn, rest)
    if verb in _BUTTON_VERBS:
        return flow.press(turn, verb, [word.lower() for word in words[1:]], day)
    if verb == "go":
        return flow.go_to(turn, rest.lower(), day)
    if verb == "note":
        return flow.add_note(turn, rest, day)
    if verb == "add":
        return _add_item(turn, rest)
    if verb == "remove":
        return _remove_item(turn, rest)
    if verb == "items":
        return _list_items(turn)
    if verb == "help":
        return [Reply(text=USAGE)]
    typed = flow.typed_line(turn, args)
    return typed or [Reply(text=f"I didn't understand '/diary {args[:40]}'.\n\n{USAGE}")]


def week(turn: Turn, args: str) -> list[Reply] | ReplyPlan:
    today = turn.local_now.date()
    last = today
    if args:
        try:
            last = parse_user_date(args, today)
        except DateInputError as error:
            return [Reply(text=str(error))]
        if last > today:
            return [Reply(text="That day hasn't happened yet.")]
    diary_week = load_week(turn.db, turn.user_id, last)  # plain data: usable after the commit
    text = summary_text(diary_week)

    def draw() -> list[Reply]:  # a few hundred ms of CPU: not inside the transaction
        attachment = Attachment(
            filename=f"diary-card-{diary_week.first.isoformat()}.png",
            media_type="image/png",
            content=render_week_png(diary_week),
        )
        return [Reply(text=text, attachment=attachment)]

    return ReplyPlan(
        generate=draw, fallback=[Reply(text=text + "\n\n(I couldn't draw the table this time.)")]
    )


def _add_item(turn: Turn, args: str) -> list[Reply]:
    kind, _, label = args.partition(" ")
    kind = kind.lower().rstrip("s")
    if kind not in ("emotion", "urge"):
        return [Reply(text="Use /diary add emotion NAME or /diary add urge NAME.")]
    try:
        item = add_own_item(turn.db, turn.user_id, kind, label, turn.now)  # type: ignore[arg-type]
    except OwnItemError as error:
        return [Reply(text=str(error))]
    return [Reply(text=f"Added '{item.name}' to your card's {kind}s. It's on every card from now.")]


def _remove_item(turn: Turn, label: str) -> list[Reply]:
    try:
        item = remove_own_item(turn.db, turn.user_id, label, turn.now)
    except OwnItemError as error:
        return [Reply(text=str(error))]
    return [Reply(text=f"Removed '{item.name}' from your card; past cards keep it.")]


def _list_items(turn: Turn) -> list[Reply]:
    items = card_items(turn.db, turn.user_id)
    own = [item for item in (*items.emotions, *items.urges) if item.own and not item.archived]
    standard = "Emotions: " + ", ".join(i.name for i in items.emotions if not i.own)
    standard += "\nUrges: " + ", ".join(i.name for i in items.urges if not i.own)
    mine = (
        "Your own: " + ", ".join(f"{i.name} ({i.kind})" for i in own)
        if own
        else "No rows of your own yet: /diary add emotion NAME or /diary add urge NAME."
    )
    return [Reply(text=f"{standard}\n{mine}")]
