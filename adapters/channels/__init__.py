"""Outbound channels beyond the chat adapters' own DMs (email, SMS ...).

A module in this package registers a factory at import time by appending to
``CHANNEL_FACTORIES``: a function taking the settings and returning a channel, or None when
that channel is not configured. `sanctum run` imports every module here and builds the
channels that are configured; one that fails to build is logged and left out.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable

from bot.outbound import OutboundChannel
from bot.safe_logging import describe_failure
from bot.settings import Settings

log = logging.getLogger("sanctum.channels")

ChannelFactory = Callable[[Settings], OutboundChannel | None]
CHANNEL_FACTORIES: list[ChannelFactory] = []


def configured_channels(settings: Settings) -> list[OutboundChannel]:
    for module in pkgutil.iter_modules(__path__, prefix=f"{__name__}."):
        try:
            importlib.import_module(module.name)
        except Exception as error:
            log.error("loading %s failed: %s", module.name, describe_failure(error))
    channels: list[OutboundChannel] = []
    for factory in CHANNEL_FACTORIES:
        try:
            channel = factory(settings)
        except Exception as error:
            log.error("an outbound channel could not be set up: %s", describe_failure(error))
            continue
        if channel is not None:
            channels.append(channel)
    return channels
