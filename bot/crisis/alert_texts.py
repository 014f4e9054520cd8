"""The messages contacts receive: alerts and invitations, per kind of channel.

Alerts say who, that they may need support now, how to reach them and crisis resources.
They are composed from the user's settings only (the name they are introduced by, how to
reach them, their country): never from anything the user wrote in chat or in a diary.
Email and SMS carry links to confirmation pages; chat DMs carry a button.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.crisis.contacts import CHAT_CHANNELS
from bot.crisis.helplines import emergency_number_for, helpline_lines_for
from bot.crisis.responder import FALLBACK_EMERGENCY_NUMBER
from bot.messages import Button
from bot.outbound import OutboundMessage
from prompts import render_prompt

ACK_BUTTON_LABEL = "I'm on it"
REACH_FALLBACK = "call or message them the way you usually do, or go and see them"


@dataclass(frozen=True)
class AlertFacts:
    user_name: str
    reach: str | None
    country: str | None


def contact_links(public_url: str, purpose: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/contact/{purpose}/{token}"


def alert_message(
    facts: AlertFacts,
    *,
    channel: str,
    ack_token: str,
    stop_token: str,
    public_url: str,
    reminder: bool,
    key: str,
) -> OutboundMessage:
    name = facts.user_name
    opening = (
        f"Reminder: {name} may still need support right now, and no one has confirmed yet."
        if reminder
        else f"{name} may need support right now."
    )
    buttons: tuple[tuple[Button, ...], ...] = ()
    unsubscribe_url = None
    if channel in CHAT_CHANNELS:
        respond = (
            f"Tap \u201c{ACK_BUTTON_LABEL}\u201d (or reply \u201con it\u201d) so I can tell "
            f"{name} someone is coming. Reply STOP to stop these messages."
        )
        buttons = ((Button(label=ACK_BUTTON_LABEL, data=f"/ack {ack_token}"),),)
    elif public_url:
        unsubscribe_url = contact_links(public_url, "stop", stop_token)
        respond = (
            f"I'm on it (tells {name} someone is coming): "
            f"{contact_links(public_url, 'ack', ack_token)}\n"
            f"Stop all messages from Sanctum about {name}: {unsubscribe_url}"
        )
    else:
        respond = (
            f"To tell {name} you're on it, send /ack {ack_token} to the Sanctum bot. "
            "To stop these messages, send STOP to the bot."
        )
    text = render_prompt(
        "alerts/alert.txt",
        opening=opening,
        user_name=name,
        reach=facts.reach or REACH_FALLBACK,
        emergency_number=emergency_number_for(facts.country) or FALLBACK_EMERGENCY_NUMBER,
        helplines=helpline_lines_for(facts.country),
        respond=respond,
    )
    subject = f"{'Reminder: ' if reminder else ''}{name} may need support now"
    return OutboundMessage(
        subject=subject[:200],
        text=text,
        buttons=buttons,
        key=key,
        unsubscribe_url=unsubscribe_url,
    )


def invitation_message(
    *,
    user_name: str,
    contact_name: str,
    optin_token: str,
    stop_token: str,
    public_url: str,
    key: str,
) -> OutboundMessage:
    chat_option = (
        f"Prefer Telegram or Discord? Send /optin {optin_token} to the Sanctum bot there "
        "(the code works for 7 days)."
    )
    unsubscribe_url = None
    if public_url:
        unsubscribe_url = contact_links(public_url, "stop", stop_token)
        respond = (
            f"To agree, open: {contact_links(public_url, 'optin', optin_token)}\n{chat_option}"
            f"\nTo never hear from Sanctum about {user_name}: {unsubscribe_url}"
        )
    else:
        respond = chat_option
    text = render_prompt(
        "alerts/invitation.txt",
        contact_name=contact_name,
        user_name=user_name,
        respond=respond,
    )
    return OutboundMessage(
        subject=f"{user_name} would like you as their emergency contact"[:200],
        text=text,
        key=key,
        unsubscribe_url=unsubscribe_url,
    )


def forwarded_invitation(*, contact_name: str, platform: str, code: str) -> str:
    return render_prompt(
        "alerts/invitation_forward.txt",
        contact_name=contact_name,
        platform=platform.capitalize(),
        code=code,
    )
