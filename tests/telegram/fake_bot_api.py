"""A fake Telegram Bot API server on loopback, for the real python-telegram-bot client.

It speaks enough of the Bot API for Sanctum (getMe, getUpdates with offsets and long polling,
setWebhook/deleteWebhook, setMyCommands, sendMessage, sendPhoto, sendDocument,
sendChatAction, answerCallbackQuery, editMessageText, editMessageReplyMarkup), keeps every
request it served, and lets a test play users (``say``, ``press``), inject failures (429 with
``retry_after``, 403 for a blocked chat) and wait for what the bot sends. The tests and
bench/bench_telegram_load.py both use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

BOT_ID = 777000
BOT_USERNAME = "SanctumTestBot"
TOKEN = "777000:TEST-token_for-the-fake-server"
LONG_POLL_CAP = 1.0  # seconds; a real server waits up to the requested timeout
_JSON_FIELDS = frozenset({"reply_markup", "allowed_updates", "commands", "entities", "scope"})
_FILE_METHODS = {"sendPhoto": "photo", "sendDocument": "document"}
_HTML_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|ins|s|strike|del|span|tg-spoiler|a|code|pre|blockquote)"
    r"(?:\s[^<>]*)?>"
)
_HTML_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter() when it arrived
    file: tuple[str, bytes] | None = None  # (filename, content) of an upload
    result: Any = None  # what the server answered (the Message object for sends)
    status: int = 200

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        """The text as the person sees it (after the parse mode)."""
        return shown_text(self.params)

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        markup = self.params.get("reply_markup") or {}
        return markup.get("inline_keyboard", []) if isinstance(markup, dict) else []


@dataclass
class Failure:
    status: int
    description: str
    retry_after: int | None = None
    remaining: int = 1


@dataclass
class FakeBotApi:
    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    offered_at: dict[int, float] = field(default_factory=dict)  # update id -> perf_counter
    confirmed_offset: int = 0
    blocked_chats: set[int] = field(default_factory=set)
    commands: list[dict[str, Any]] = field(default_factory=list)
    webhook_url: str = ""
    webhook_secret: str = ""
    keep_calls: bool = True
    on_call: Callable[[Call], None] | None = None

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._failures: dict[str, list[Failure]] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- serving ----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def _serve(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, upload = await _read_params(request, _FILE_METHODS.get(method))
        call = Call(method, params, time.perf_counter(), upload)
        failure = self._take_failure(method)
        if failure is not None:
            call.status = failure.status
            await self._record(call)
            return _error(failure.status, failure.description, failure.retry_after)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        problem = _invalid(method, params)
        if problem:
            call.status = 400
            await self._record(call)
            return _error(400, f"Bad Request: {problem}")
        if method == "getUpdates":
            return await handler(params)
        chat_id = call.chat_id
        if chat_id is not None and chat_id in self.blocked_chats:
            call.status = 403
            await self._record(call)
            return _error(403, "Forbidden: bot was blocked by the user")
        call.result = handler(params)
        await self._record(call)
        return _ok(call.result)

    async def _record(self, call: Call) -> None:
        if self.keep_calls:
            self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        async with self._changed:
            self._changed.notify_all()

    def _take_failure(self, method: str) -> Failure | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = queue[0]
        failure.remaining -= 1
        if failure.remaining <= 0:
            queue.pop(0)
        return failure

    # -- the Bot API ------------------------------------------------------------------

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Sanctum",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), LONG_POLL_CAP)
        if offset:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        call = Call("getUpdates", params, time.perf_counter())
        await self._record(call)
        if not self.updates and timeout > 0:
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(self.updates)), timeout
                    )
        call.result = self.updates[:limit]
        return _ok(call.result)

    def delivered(self, since: int = 0) -> list[int]:
        """Update ids handed out by getUpdates calls from ``since`` (an index into calls)."""
        return [
            update["update_id"]
            for call in self.calls[since:]
            if call.method == "getUpdates" and call.result
            for update in call.result
        ]

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = ""
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params.get("url", ""))
        self.webhook_secret = str(params.get("secret_token", ""))
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands = list(params.get("commands") or [])
        return True

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params, text=shown_text(params))

    def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 1, "height": 1}]
        return self._bot_message(params, photo=photo)

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params, document={"file_id": "d1", "file_unique_id": "u2"})

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(
            params, text=shown_text(params), message_id=int(params["message_id"])
        )

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params, text="", message_id=int(params["message_id"]))

    def _bot_message(
        self, params: dict[str, Any], message_id: int | None = None, **content: Any
    ) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": message_id or self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": _chat(chat_id),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sanctum"},
            **{key: value for key, value in content.items() if value != ""},
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    # -- playing users ----------------------------------------------------------------

    def say(self, user_id: int, text: str, *, chat_id: int | None = None, **extra: Any) -> int:
        """A user writes to the bot (in a private chat unless ``chat_id`` is a group)."""
        return self._offer(self.message_update(user_id, text, chat_id=chat_id, **extra))

    def message_update(
        self, user_id: int, text: str, *, chat_id: int | None = None, **extra: Any
    ) -> dict[str, Any]:
        """An update with a new message, not offered yet (``push`` sends it to a webhook)."""
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": _chat(chat_id),
            "from": _user(user_id),
            "text": text,
            **extra,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": next(self._update_ids), "message": message}

    async def push(
        self, update: dict[str, Any], secret: str | None = None, url: str | None = None
    ) -> int:
        """Deliver an update to the webhook as Telegram does (by default the registered one,
        with its secret); the HTTP status of the answer."""
        secret = self.webhook_secret if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with (
            aiohttp.ClientSession() as session,
            session.post(url or self.webhook_url, json=update, headers=headers) as response,
        ):
            return response.status

    def press(self, user_id: int, bot_message: Call, data: str) -> int:
        """A user presses the inline button with ``data`` under a message the bot sent."""
        chat_id = bot_message.chat_id or user_id
        query = {
            "id": f"q{next(self._callback_ids)}",
            "from": _user(user_id),
            "message": bot_message.result,
            "chat_instance": f"ci{chat_id}",
            "data": data,
        }
        return self._offer({"update_id": next(self._update_ids), "callback_query": query})

    def _offer(self, update: dict[str, Any]) -> int:
        update_id = update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self.offered_at[update_id] = time.perf_counter()
        asyncio.get_running_loop().create_task(self._notify())
        return update_id

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def fail(
        self, method: str, status: int, description: str, *, retry_after: int | None = None
    ) -> None:
        """The next call of ``method`` gets this error."""
        self._failures.setdefault(method, []).append(Failure(status, description, retry_after))

    # -- looking at what the bot did --------------------------------------------------

    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[Call]:
        """Requests that succeeded (all sends, or those of ``method``), to one chat or all."""
        sending = {"sendMessage", "sendPhoto", "sendDocument"}
        return [
            call
            for call in self.calls
            if call.status == 200
            and (call.method == method if method else call.method in sending)
            and (chat_id is None or call.chat_id == chat_id)
        ]

    def texts(self, chat_id: int) -> list[str]:
        return [call.text for call in self.sent(chat_id, "sendMessage")]

    async def wait_for(self, condition: Callable[[], Any], within: float = 20) -> Any:
        """Wait until ``condition()`` is truthy (re-checked after every request)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), within)
        return condition()

    async def wait_for_texts(self, chat_id: int, count: int, within: float = 20) -> list[str]:
        await self.wait_for(lambda: len(self.texts(chat_id)) >= count, within)
        return self.texts(chat_id)


def shown_text(params: dict[str, Any]) -> str:
    text = str(params.get("text", ""))
    if str(params.get("parse_mode", "")).upper() == "HTML":
        return html.unescape(_HTML_TAG.sub("", text))
    return text


def _invalid(method: str, params: dict[str, Any]) -> str:
    """What the real server would reject (a 400), as Telegram words it."""
    if method in ("sendMessage", "editMessageText"):
        raw = str(params.get("text", ""))
        if str(params.get("parse_mode", "")).upper() == "HTML":
            stripped = _HTML_ENTITY.sub("", _HTML_TAG.sub("", raw))
            if any(symbol in stripped for symbol in "<>&"):
                return "can't parse entities: unsupported start tag or unescaped symbol"
        shown = shown_text(params)
        if not shown.strip():
            return "message text is empty"
        if len(shown.encode("utf-16-le")) // 2 > 4096:
            return "message is too long"
    markup = params.get("reply_markup")
    if isinstance(markup, dict):
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if len(str(button.get("callback_data", "")).encode()) > 64:
                    return "BUTTON_DATA_INVALID"
    return ""


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}


def _chat(chat_id: int) -> dict[str, Any]:
    if chat_id < 0:
        return {"id": chat_id, "type": "group", "title": "A group"}
    return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


async def _read_params(
    request: web.Request, file_field: str | None
) -> tuple[dict[str, Any], tuple[str, bytes] | None]:
    params: dict[str, Any] = dict(request.query)
    upload = None
    if request.content_type == "application/json":
        params.update(await request.json())
        return params, None
    if request.can_read_body:
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                upload = (value.filename, value.file.read())
                continue
            params[name] = value
    for name in _JSON_FIELDS & params.keys():
        if isinstance(params[name], str):
            params[name] = json.loads(params[name])
    if file_field and upload is None and isinstance(params.get(file_field), str):
        upload = ("", params[file_field].encode())
    return params, upload
