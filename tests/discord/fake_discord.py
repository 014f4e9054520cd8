"""A fake Discord (REST API and gateway) on loopback, for the real discord.py client.

The REST side serves what Sanctum uses: the bot user and application, bulk command
registration, DM channels, messages, typing, interaction callbacks and follow-ups. The
gateway runs the handshake (HELLO, IDENTIFY, READY, heartbeats) and lets a test push
MESSAGE_CREATE and INTERACTION_CREATE dispatches, which discord.py handles through its real
event dispatch. Every request is kept for the test to look at.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yarl
from aiohttp import WSMsgType, web

APPLICATION_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000003
GUILD_CHANNEL_ID = 900000000000000004
TOKEN = "fake-discord-token"
DISCORD_EPOCH_MS = 1_420_070_400_000
_last_snowflake = 0


def snowflake() -> str:
    """A fresh id that, like Discord's, encodes the time it was made (and only grows)."""
    global _last_snowflake
    made = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
    _last_snowflake = max(made, _last_snowflake + 1)
    return str(_last_snowflake)


@dataclass
class Request:
    method: str
    path: str
    body: dict[str, Any]
    files: list[tuple[str, bytes]]
    at: float
    result: Any = None

    @property
    def content(self) -> str:
        return str(self.body.get("content") or "")

    @property
    def custom_ids(self) -> list[str]:
        return [
            component["custom_id"]
            for row in self.body.get("components") or []
            for component in row.get("components", [])
            if "custom_id" in component
        ]

    @property
    def ephemeral(self) -> bool:
        flags = self.body.get("flags") or (self.body.get("data") or {}).get("flags") or 0
        return bool(int(flags) & 64)


def _json(data: Any, status: int = 200) -> web.Response:
    """JSON as Discord sends it: discord.py parses bodies typed exactly application/json."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def _user(user_id: int, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": "sanctum" if bot else f"user{user_id}",
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
        "bot": bot,
    }


@dataclass
class FakeDiscord:
    requests: list[Request] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    refuse_dms_to: set[int] = field(default_factory=set)
    identified: int = 0
    history: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # DM channel
    # Answers for the next message creations instead of success: (status, body).
    failures: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = itertools.count(1)
        self._dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- serving ----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._gateway)
        api = "/api/v10"
        app.router.add_get(f"{api}/users/@me", self._me)
        app.router.add_get(f"{api}/oauth2/applications/@me", self._application)
        app.router.add_put(f"{api}/applications/{{app}}/commands", self._register_commands)
        app.router.add_post(f"{api}/users/@me/channels", self._open_dm)
        app.router.add_post(f"{api}/channels/{{channel}}/messages", self._create_message)
        app.router.add_get(f"{api}/channels/{{channel}}/messages", self._read_history)
        app.router.add_post(f"{api}/channels/{{channel}}/typing", self._typing)
        app.router.add_post(
            f"{api}/interactions/{{interaction}}/{{token}}/callback", self._interaction_callback
        )
        app.router.add_post(f"{api}/webhooks/{{app}}/{{token}}", self._followup)
        app.router.add_delete(
            f"{api}/webhooks/{{app}}/{{token}}/messages/@original", self._delete_original
        )
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> yarl.URL:
        return yarl.URL(f"ws://127.0.0.1:{self.port}/")

    async def _record(self, request: web.Request, body: dict[str, Any], files=()) -> Request:  # type: ignore[no-untyped-def]
        recorded = Request(request.method, request.path, body, list(files), time.perf_counter())
        self.requests.append(recorded)
        async with self._changed:
            self._changed.notify_all()
        return recorded

    async def _read(self, request: web.Request) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
        if request.content_type == "application/json":
            return await request.json(), []
        if not request.can_read_body:
            return {}, []
        form = await request.post()
        body: dict[str, Any] = {}
        files: list[tuple[str, bytes]] = []
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files.append((value.filename, value.file.read()))
            elif name == "payload_json":
                body.update(json.loads(str(value)))
        return body, files

    # -- REST ---------------------------------------------------------------------------

    async def _me(self, request: web.Request) -> web.Response:
        return _json(_user(BOT_ID, bot=True))

    async def _application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": str(APPLICATION_ID),
                "name": "Sanctum",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": _user(1),
                "verify_key": "0" * 64,
                "flags": 0,
                "team": None,
            }
        )

    async def _register_commands(self, request: web.Request) -> web.Response:
        body = await request.json()
        await self._record(request, {"commands": body})
        self.commands = [
            {**command, "id": snowflake(), "application_id": str(APPLICATION_ID), "version": "1"}
            for command in body
        ]
        return _json(self.commands)

    async def _open_dm(self, request: web.Request) -> web.Response:
        body = await request.json()
        user_id = int(body["recipient_id"])
        await self._record(request, body)
        if user_id in self.refuse_dms_to:
            pass  # Discord opens the channel; sending into it is what fails
        channel_id = self._dm_channels.setdefault(user_id, int(snowflake()))
        return _json(
            {
                "id": str(channel_id),
                "type": 1,
                "recipients": [_user(user_id)],
                "last_message_id": None,
            }
        )

    async def _create_message(self, request: web.Request) -> web.Response:
        body, files = await self._read(request)
        channel_id = int(request.match_info["channel"])
        recorded = await self._record(request, body, files)
        if self.failures:
            status, failure = self.failures.pop(0)
            # A genuine Discord 429 comes through its proxy (discord.py checks for Via).
            response = _json(failure, status=status)
            response.headers["Via"] = "1.1 google"
            return response
        if self.user_of_dm(channel_id) in self.refuse_dms_to:
            return _json(
                {"message": "Cannot send messages to this user", "code": 50007}, status=403
            )
        recorded.result = self._message(channel_id, body, files)
        return _json(recorded.result)

    async def _read_history(self, request: web.Request) -> web.Response:
        """Messages after ``after``: the oldest ``limit`` of them, newest first (as Discord)."""
        await self._record(request, dict(request.query))
        after = int(request.query.get("after", 0))
        limit = int(request.query.get("limit", 50))
        channel = self.history.get(int(request.match_info["channel"]), [])
        later = sorted((m for m in channel if int(m["id"]) > after), key=lambda m: int(m["id"]))
        return _json(list(reversed(later[:limit])))

    async def _typing(self, request: web.Request) -> web.Response:
        await self._record(request, {})
        return web.Response(status=204)

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        body, files = await self._read(request)
        await self._record(request, body, files)
        interaction_id = request.match_info["interaction"]
        data = body.get("data") or {}
        return _json(
            {
                "interaction": {
                    "id": interaction_id,
                    "type": 2,
                    "response_message_loading": body.get("type") == 5,
                    "response_message_ephemeral": bool(int(data.get("flags") or 0) & 64),
                },
                "resource": {"type": body.get("type")},
            }
        )

    async def _followup(self, request: web.Request) -> web.Response:
        body, files = await self._read(request)
        recorded = await self._record(request, body, files)
        recorded.result = self._message(0, body, files, webhook=True)
        return _json(recorded.result)

    async def _delete_original(self, request: web.Request) -> web.Response:
        await self._record(request, {})
        return web.Response(status=204)

    def _message(
        self,
        channel_id: int,
        body: dict[str, Any],
        files: list[tuple[str, bytes]],
        *,
        webhook=False,  # type: ignore[no-untyped-def]
    ) -> dict[str, Any]:
        message_id = snowflake()
        return {
            "id": message_id,
            "channel_id": str(channel_id or GUILD_CHANNEL_ID),
            "author": _user(BOT_ID, bot=True),
            "content": body.get("content") or "",
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {
                    "id": snowflake(),
                    "filename": name,
                    "size": len(content),
                    "url": f"https://cdn.invalid/{name}",
                    "proxy_url": f"https://cdn.invalid/{name}",
                }
                for name, content in files
            ],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags") or 0,
            "components": body.get("components") or [],
            **({"webhook_id": str(APPLICATION_ID)} if webhook else {}),
        }

    # -- gateway ------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            if payload["op"] == 1:
                await socket.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif payload["op"] == 2:
                self.identified += 1
                self._sockets.append(socket)
                await self._send(
                    socket,
                    "READY",
                    {
                        "v": 10,
                        "user": _user(BOT_ID, bot=True),
                        "guilds": [],
                        "session_id": f"session{self.identified}",
                        "resume_gateway_url": str(self.gateway_url),
                        "application": {"id": str(APPLICATION_ID), "flags": 0},
                    },
                )
                async with self._changed:
                    self._changed.notify_all()
        if socket in self._sockets:
            self._sockets.remove(socket)
        return socket

    async def _send(self, socket: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await socket.send_json({"op": 0, "t": event, "s": next(self._sequence), "d": data})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._sockets, "no client is connected to the gateway"
        for socket in self._sockets:
            await self._send(socket, event, data)

    # -- playing people -----------------------------------------------------------------

    def dm_channel(self, user_id: int) -> int:
        return self._dm_channels.setdefault(user_id, int(snowflake()))

    def user_of_dm(self, channel_id: int) -> int | None:
        return next((user for user, dm in self._dm_channels.items() if dm == channel_id), None)

    async def dm(self, user_id: int, content: str) -> str:
        """A person writes to the bot in their DM (delivered if a client is connected, kept
        in the DM's history either way); returns the message id."""
        message_id = snowflake()
        message = {
            "id": message_id,
            "channel_id": str(self.dm_channel(user_id)),
            "author": _user(user_id),
            "content": content,
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
        }
        self.history.setdefault(self.dm_channel(user_id), []).append(message)
        if self._sockets:
            await self.dispatch("MESSAGE_CREATE", message)
        return message_id

    async def mention_in_server(self, user_id: int, content: str) -> str:
        message_id = snowflake()
        await self.dispatch(
            "MESSAGE_CREATE",
            {
                "id": message_id,
                "channel_id": str(GUILD_CHANNEL_ID),
                "guild_id": str(GUILD_ID),
                "author": _user(user_id),
                "member": {"roles": [], "joined_at": datetime.now(UTC).isoformat(), "flags": 0},
                "content": f"<@{BOT_ID}> {content}",
                "timestamp": datetime.now(UTC).isoformat(),
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": False,
                "mentions": [_user(BOT_ID, bot=True)],
                "mention_roles": [],
                "attachments": [],
                "embeds": [],
                "pinned": False,
                "type": 0,
            },
        )
        return message_id

    async def slash(
        self, user_id: int, name: str, argument: str | None = None, *, in_server: bool = False
    ) -> str:
        """A person runs /name [argument]; returns the interaction id."""
        command = next(c for c in self.commands if c["name"] == name)
        options = []
        if argument is not None:
            option = command["options"][0]
            options.append({"name": option["name"], "type": 3, "value": argument})
        data = {"id": command["id"], "name": name, "type": 1, "options": options}
        return await self._interact(user_id, 2, data, in_server=in_server)

    async def press(self, user_id: int, message: Request, custom_id: str) -> str:
        """A person presses a button under a message the bot sent; the interaction id."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interact(user_id, 3, data, message=message.result)

    async def _interact(
        self,
        user_id: int,
        kind: int,
        data: dict[str, Any],
        *,
        in_server: bool = False,
        message: dict[str, Any] | None = None,
    ) -> str:
        interaction_id = snowflake()
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "data": data,
            "token": f"token{interaction_id}",
            "version": 1,
            "locale": "en-US",
            "app_permissions": "0",
            "attachment_size_limit": 8 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)} if in_server else {},
            "context": 0 if in_server else 1,
        }
        if in_server:
            payload["guild_id"] = str(GUILD_ID)
            payload["channel_id"] = str(GUILD_CHANNEL_ID)
            payload["channel"] = {
                "id": str(GUILD_CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "topic": None,
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "flags": 0,
            }
            payload["member"] = {
                "user": _user(user_id),
                "roles": [],
                "joined_at": datetime.now(UTC).isoformat(),
                "permissions": "0",
                "deaf": False,
                "mute": False,
                "flags": 0,
            }
        else:
            channel_id = str(self.dm_channel(user_id))
            payload["channel_id"] = channel_id
            payload["channel"] = {"id": channel_id, "type": 1, "recipients": [_user(user_id)]}
            payload["user"] = _user(user_id)
        if message is not None:
            payload["message"] = message
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    # -- looking at what the bot did ----------------------------------------------------

    def messages_to(self, user_id: int) -> list[Request]:
        """Messages the bot created in this person's DM."""
        channel = f"/channels/{self.dm_channel(user_id)}/messages"
        return [r for r in self.requests if r.method == "POST" and r.path.endswith(channel)]

    def followups(self, interaction_id: str | None = None) -> list[Request]:
        return [
            r
            for r in self.requests
            if r.method == "POST"
            and r.path.startswith(f"/api/v10/webhooks/{APPLICATION_ID}/")
            and (interaction_id is None or r.path.endswith(f"/token{interaction_id}"))
        ]

    def callbacks(self, interaction_id: str) -> list[Request]:
        return [
            r
            for r in self.requests
            if r.path.startswith(f"/api/v10/interactions/{interaction_id}/")
        ]

    def in_channel(self, channel_id: int) -> list[Request]:
        return [r for r in self.requests if r.path.endswith(f"/channels/{channel_id}/messages")]

    async def wait_for(self, condition: Callable[[], Any], within: float = 20) -> Any:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), within)
        return condition()
