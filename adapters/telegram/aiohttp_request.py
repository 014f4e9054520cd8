"""python-telegram-bot's network layer on aiohttp instead of httpx.

The library keeps its transport swappable (``telegram.request.BaseRequest``). aiohttp is
already Sanctum's HTTP server; as a client it costs a fraction of httpx's time per request,
which matters when one process sends the replies of many chats: under load, httpx's pool
bookkeeping was the largest cost in Sanctum's event loop.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connections: int,
        *,
        read_timeout: float = 20.0,
        write_timeout: float = 20.0,
        connect_timeout: float = 10.0,
        pool_timeout: float = 10.0,
        media_write_timeout: float = 60.0,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else {}
        write = _given(write_timeout, self._media_write_timeout if files else self._write_timeout)
        read = _given(read_timeout, self._read_timeout)
        timeout = aiohttp.ClientTimeout(
            # aiohttp has no separate write timeout: the whole request may take both
            total=None if read is None or write is None else read + write,
            connect=_given(pool_timeout, self._pool_timeout),
            sock_connect=_given(connect_timeout, self._connect_timeout),
            sock_read=read,
        )
        body: aiohttp.FormData | dict[str, str] = fields
        if files:
            form = aiohttp.FormData()
            for name, value in fields.items():
                form.add_field(name, value)
            for name, (filename, content, media_type) in files.items():
                form.add_field(name, content, filename=filename, content_type=media_type)
            body = form
        try:
            async with self._session.request(method, url, data=body, timeout=timeout) as answer:
                return answer.status, await answer.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp: {type(error).__name__}") from error


def _given(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value
