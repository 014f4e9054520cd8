"""Commands for emergency contacts, who talk to the bot from their own chat account.

/optin CODE   agree to be someone's emergency contact (the code from their invitation)
/ack [CODE]   "I'm on it": stops the escalation and tells the person someone is coming
/stop         no more messages from Sanctum, for good (plain STOP works too)
They act on the contact relationship only: no command here shows the user's data.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.crisis import wording
from bot.crisis.contact_replies import acknowledge_latest, introduced_name, stop_all
from bot.crisis.contacts import CHAT_CHANNELS
from bot.crisis.enrolment import ChatIdentity, opt_in
from bot.crisis.escalation import acknowledge
from bot.crisis.tokens import redeem_token
from bot.messages import Reply
from bot.turn import Turn
from storage.models import CrisisIncident, EmergencyContact, PlatformIdentity, RawMessage


def sender(turn: Turn) -> ChatIdentity | None:
    """The chat account this message came from, when it is one contacts can be reached on."""
    if turn.message_id is None:
        return None
    platform = turn.db.scalar(select(RawMessage.platform).where(RawMessage.id == turn.message_id))
    if platform not in CHAT_CHANNELS:
        return None
    platform_user_id = turn.db.scalar(
        select(PlatformIdentity.platform_user_id).where(
            PlatformIdentity.user_id == turn.user_id, PlatformIdentity.platform == platform
        )
    )
    if platform_user_id is None:
        return None
    return ChatIdentity(platform=platform, platform_user_id=platform_user_id, user_id=turn.user_id)


def handle_optin(turn: Turn, args: str) -> list[Reply]:
    code = args.strip()
    if not code:
        return [Reply(text="Send the code from your invitation, like this: /optin CODE")]
    token = redeem_token(turn.db, code, "optin", turn.now)
    if token is None:
        return [Reply(text=wording.CONTACT_LINK_INVALID)]
    if token.user_id == turn.user_id:
        return [Reply(text=wording.CONTACT_OWN_CODE)]
    chat = sender(turn)
    if chat is None:
        return [
            Reply(
                text="Please send this from Telegram or Discord (that is where I'd message "
                "you), or use the link in the invitation email."
            )
        ]
    outcome, contact = opt_in(turn.db, token, turn.now, via=f"chat_{chat.platform}", chat=chat)
    user = introduced_name(contact) if contact else "them"
    if outcome == "opted_in":
        return [Reply(text=wording.CONTACT_OPTED_IN.format(user=user))]
    if outcome == "already":
        return [Reply(text=wording.CONTACT_ALREADY_OPTED_IN.format(user=user))]
    if outcome == "own_code":
        return [Reply(text=wording.CONTACT_OWN_CODE)]
    if outcome == "taken":
        return [
            Reply(
                text=f"This invitation is already linked to another {chat.platform} account. "
                "Ask for a new one if that wasn't you."
            )
        ]
    if outcome == "stopped":
        return [Reply(text="You asked not to be contacted, so this invitation no longer works.")]
    return [Reply(text=wording.CONTACT_LINK_INVALID)]


def handle_ack(turn: Turn, args: str) -> list[Reply]:
    code = args.strip()
    if not code:
        replies = acknowledge_latest(turn, via="chat_command")
        return replies or [Reply(text=wording.CONTACT_NO_ALERT)]
    token = redeem_token(turn.db, code, "ack", turn.now)
    incident = (
        turn.db.get(CrisisIncident, token.incident_id) if token and token.incident_id else None
    )
    contact = turn.db.get(EmergencyContact, token.contact_id) if token else None
    if incident is None or contact is None:
        return [Reply(text=wording.CONTACT_LINK_INVALID)]
    outcome = acknowledge(turn.db, incident, contact, turn.now, via="chat_button")
    user = introduced_name(contact)
    if outcome == "acknowledged":
        return [Reply(text=wording.CONTACT_ACKNOWLEDGED.format(user=user))]
    if outcome == "already":
        return [Reply(text=wording.CONTACT_ALREADY_ACKNOWLEDGED.format(user=user))]
    return [Reply(text=wording.CONTACT_NO_ALERT)]


def handle_stop(turn: Turn, args: str) -> list[Reply]:
    replies = stop_all(turn, via="chat_command")
    return replies or [Reply(text=wording.CONTACT_NOT_A_CONTACT)]
