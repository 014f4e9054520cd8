"""What the bot tells the user and contacts about alerts, in one place for review."""

from __future__ import annotations

CONSENT_FOLLOW_UP = (
    "Reply yes and I'll message {name} now, or no and I won't. I'd only tell them that you "
    "may need support and how to reach you, never what you wrote."
)
CONSENT_YES = (
    "Thank you. I'm messaging {name} now. I'll tell you when they've seen it."
    "\n\nUntil then, please stay where other people are, and call {emergency} if you are in "
    "danger."
)
CONSENT_NO = (
    "Okay, I won't tell anyone. I'm still here. If you change your mind, or things get "
    "worse, tell me, or call {emergency}."
)
CONSENT_NO_CONTACTS = (
    "None of your contacts can be reached right now, so I can't tell anyone. Please reach "
    "out directly: call {emergency}, or one of the helplines above."
)
ALERT_RATE_LIMITED = (
    "I've already sent several alerts today, so I'm not sending more right now. Please reach "
    "out directly: call {emergency}, or one of the helplines above."
)

NOTICE_SENT = (
    "I've let {name} know that you may need support. I didn't share anything you wrote. "
    "I'll tell you when they reply."
)
NOTICE_ACKNOWLEDGED = "{name} got my message and is on it: they're reaching out to you now."
NOTICE_ESCALATED = "{previous} hasn't confirmed yet, so I'm letting {name} know too."
NOTICE_REPEATED = "No one has confirmed yet, so I'm reminding {name}."
NOTICE_EXHAUSTED = (
    "None of your contacts has confirmed yet. Please don't wait for them: call {emergency}, "
    "or one of these:\n{helplines}"
)
NOTICE_OPTED_IN = "{name} agreed to be your emergency contact."
NOTICE_CHOOSE_POLICY = (
    " Choose when I may alert them with /alerts (right now I never alert anyone)."
)
NOTICE_OPTED_OUT = (
    "{name} asked not to get messages from Sanctum any more, so I won't contact them again. "
    "/contacts shows who is left."
)
NOTICE_INVITATION_SENT = (
    "I've sent your invitation to {name}. They need to agree before I can ever contact them."
)
NOTICE_INVITATION_FAILED = (
    "I couldn't deliver your invitation to {name} by {channel}. Check the address with "
    "/contacts, or add them again with another one."
)

CONTACT_OPTED_IN = (
    "Thank you. You're now an emergency contact for {user}. I'll only message you if they "
    "may need support, and never share what they write. Send STOP (or /stop) any time to "
    "stop all messages."
)
CONTACT_ALREADY_OPTED_IN = "You're already an emergency contact for {user}. Thank you."
CONTACT_LINK_INVALID = (
    "That code isn't valid any more (codes expire, and each is for one thing). Ask the "
    "person who invited you for a new invitation."
)
CONTACT_OWN_CODE = (
    "This is the code for your contact to send, not for you: forward the invitation to them."
)
CONTACT_STOPPED = (
    "Done: you won't get any more messages from Sanctum about {users}. This is final. "
    "Thank you for having been there."
)
CONTACT_NOT_A_CONTACT = "You aren't anyone's emergency contact here, so there's nothing to stop."
CONTACT_ACKNOWLEDGED = (
    "Thank you. I've told {user} that you're on it. Please reach out to them now."
)
CONTACT_ALREADY_ACKNOWLEDGED = "Thank you: someone already confirmed, and {user} knows."
CONTACT_NO_ALERT = "There's no open alert for you to confirm right now. Thank you."
CONTACT_HELP_ALERT_OPEN = (
    "I can't share anything {user} wrote. If you can, reach out to them now. "
    "Tap \u201cI'm on it\u201d or reply \u201con it\u201d so I can tell them someone is "
    "coming. Reply STOP to stop these messages."
)
CONTACT_HELP = (
    "You're an emergency contact for {user}. I'll only message you if they may need "
    "support. Send STOP to stop that. To use Sanctum for yourself, send /start."
)
