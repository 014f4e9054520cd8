"""Which handler receives a free-text answer while a flow is active."""

from __future__ import annotations

from collections.abc import Callable

from bot.commands.privacy import FORGET_FLOW, answer_forget
from bot.conversations import checkin, diary, intake
from bot.crisis import consent
from bot.messages import Reply
from bot.turn import Turn
from storage.models import ConversationState

# A handler returns None when the text is not an answer (the message is then handled as
# ordinary conversation and the flow pauses).
FlowHandler = Callable[[Turn, ConversationState], list[Reply] | None]

FLOW_HANDLERS: dict[str, FlowHandler] = {
    intake.FLOW: intake.answer,
    FORGET_FLOW: answer_forget,
    checkin.FLOW: checkin.answer,
    diary.FLOW: diary.answer,
    consent.FLOW: consent.answer_flow,
}

# Flows whose answers may themselves carry risk (a diary card's urge ratings) and which run
# the crisis path for them; every other flow is paused when a message is serious.
FLOWS_THAT_HANDLE_RISK = frozenset({diary.FLOW})
