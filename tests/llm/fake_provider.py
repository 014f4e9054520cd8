"""A fake Anthropic / OpenAI HTTP API on 127.0.0.1 for the real SDKs to talk to.

Each request is recorded (path, headers, JSON body) and answered from a script of responses,
in order; when the script runs out, a default answer is used. ``Hang`` holds a request until
the server stops, so the client's own timeout is what ends it.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Respond:
    status: int = 200
    body: Any = None  # a JSON value, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hang:
    """Never answer (until the server shuts down): the client times out."""


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


Script = Respond | Hang | Callable[["Recorded"], Respond]


def anthropic_text(text: str, **usage: int) -> Respond:
    return Respond(
        body={
            "id": "msg_fake",
            "type": "message",
            "role": "assistant",
            "model": "claude-fake",
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 100, "output_tokens": 20, **usage},
        }
    )


def anthropic_tool(name: str, arguments: dict[str, Any], **usage: int) -> Respond:
    return Respond(
        body={
            "id": "msg_fake_tool",
            "type": "message",
            "role": "assistant",
            "model": "claude-fake",
            "content": [{"type": "tool_use", "id": "toolu_1", "name": name, "input": arguments}],
            "stop_reason": "tool_use",
            "stop_sequence": None,
            "usage": {"input_tokens": 80, "output_tokens": 30, **usage},
        }
    )


def openai_text(text: str, *, cached: int = 0) -> Respond:
    return Respond(
        body={
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-fake",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": text},
                }
            ],
            "usage": {
                "prompt_tokens": 120,
                "completion_tokens": 25,
                "total_tokens": 145,
                "prompt_tokens_details": {"cached_tokens": cached},
            },
        }
    )


def openai_tool(name: str, arguments: str | dict[str, Any]) -> Respond:
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Respond(
        body={
            "id": "chatcmpl-fake-tool",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-fake",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "tool_calls",
                    "message": {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": name, "arguments": raw},
                            }
                        ],
                    },
                }
            ],
            "usage": {"prompt_tokens": 90, "completion_tokens": 40, "total_tokens": 130},
        }
    )


def error(status: int, headers: dict[str, str] | None = None) -> Respond:
    return Respond(
        status=status,
        body={"type": "error", "error": {"type": "api_error", "message": f"fake {status}"}},
        headers=headers or {},
    )


class FakeProvider:
    """Serve scripted answers; ``requests`` holds every request received."""

    def __init__(self, default: Script | None = None) -> None:
        self.requests: list[Recorded] = []
        self.arrived: queue.Queue[Recorded] = queue.Queue()
        self._script: list[Script] = []
        self._default = default
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                recorded = Recorded(
                    path=self.path,
                    headers={key.lower(): value for key, value in self.headers.items()},
                    body=json.loads(raw) if raw else {},
                )
                answer = fake._next(recorded)
                if isinstance(answer, Hang):
                    fake._stopping.wait(timeout=30)
                    return
                payload = (
                    answer.body
                    if isinstance(answer.body, bytes)
                    else json.dumps(answer.body).encode()
                )
                self.send_response(answer.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *answers: Script) -> None:
        with self._lock:
            self._script.extend(answers)

    def _next(self, recorded: Recorded) -> Respond | Hang:
        with self._lock:
            self.requests.append(recorded)
            answer = self._script.pop(0) if self._script else self._default
        self.arrived.put(recorded)
        if answer is None:
            return error(500)
        if callable(answer):
            return answer(recorded)
        return answer

    def start(self) -> FakeProvider:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def bodies(self) -> list[str]:
        return [json.dumps(request.body, ensure_ascii=False) for request in self.requests]


def text_answer(provider: str, text: str) -> Respond:
    return anthropic_text(text) if provider == "anthropic" else openai_text(text)


def tool_answer(provider: str, name: str, arguments: dict[str, Any]) -> Respond:
    if provider == "anthropic":
        return anthropic_tool(name, arguments)
    return openai_tool(name, arguments)


def tool_name(body: dict[str, Any]) -> str | None:
    tools = body.get("tools") or []
    if not tools:
        return None
    first = tools[0]
    return first.get("name") or (first.get("function") or {}).get("name")


def system_text(body: dict[str, Any]) -> str:
    """The system part of a request, as sent (Anthropic: blocks; OpenAI: the system message)."""
    if "system" in body:
        return "".join(block["text"] for block in body["system"])
    return next(m["content"] for m in body["messages"] if m["role"] == "system")


def user_text(body: dict[str, Any]) -> str:
    for message in body["messages"]:
        if message["role"] == "user":
            content = message["content"]
            if isinstance(content, str):
                return content
            return "\n\n".join(block["text"] for block in content)
    return ""


class Router:
    """Answers like a model would: extraction and memory tool calls, and text replies."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self.analysis: dict[str, Any] = {"intent": "other"}
        self.reply = "I'm here with you."
        self.memory: dict[str, Any] = {"summary": "They talked about work.", "open_threads": []}

    def __call__(self, recorded: Recorded) -> Respond:
        name = tool_name(recorded.body)
        if name == "record_analysis":
            return tool_answer(self.provider, name, self.analysis)
        if name == "update_session_memory":
            return tool_answer(self.provider, name, self.memory)
        return text_answer(self.provider, self.reply)

    def of_kind(self, requests: list[Recorded], kind: str | None) -> list[Recorded]:
        return [request for request in requests if tool_name(request.body) == kind]
