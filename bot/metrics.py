"""Prometheus metrics every part of Sanctum may update; `sanctum run` serves them on /metrics.

Labels carry platforms, channels, outcomes and component names, never anything a person wrote.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

MESSAGES_HANDLED = Counter(
    "sanctum_messages_handled_total",
    "Incoming messages the core finished handling.",
    ["platform"],
)
HANDLING_SECONDS = Histogram(
    "sanctum_message_handling_seconds",
    "Time from handing a message to the core until it finished (replies emitted).",
    ["platform"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
REPLIES_SENT = Counter(
    "sanctum_replies_sent_total",
    "Replies delivered to a chat platform.",
    ["platform"],
)
ALERTS = Counter(
    "sanctum_alerts_total",
    "Messages to the people a user chose (alerts, invitations, notices), by channel and outcome.",
    ["purpose", "channel", "outcome"],
)
ERRORS = Counter(
    "sanctum_errors_total",
    "Failures, by the component that met them.",
    ["component"],
)
