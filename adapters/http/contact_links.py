"""The pages behind the links in emails (and SMS) to emergency contacts.

GET /contact/optin/{token}   agree (or decline) to be someone's emergency contact
GET /contact/ack/{token}     "I'm on it" for an alert
GET /contact/stop/{token}    stop all messages, for good
A GET only shows a page with a button: mail scanners and link previews follow links, and must
not opt anyone in or acknowledge an alert. The button POSTs to the same address, which acts.
POST to the stop link is also RFC 8058 one-click unsubscribe (List-Unsubscribe-Post). Pages
show the name the contact already knows and nothing else about the user; an unknown or
expired token gets the same neutral page whatever the reason.
"""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from datetime import UTC, datetime

from aiohttp import web

from bot.background import Runtime
from bot.crisis.contact_replies import introduced_name
from bot.crisis.enrolment import opt_in, opt_out
from bot.crisis.escalation import acknowledge
from bot.crisis.tokens import peek_token, redeem_token
from storage.models import CrisisIncident, EmergencyContact

PURPOSES = ("optin", "ack", "stop")
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "X-Robots-Tag": "noindex, nofollow",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}
INVALID = (
    "This link isn't valid any more",
    "Links expire, and each one is for one thing only. If you were invited as an emergency "
    "contact, ask the person who invited you for a new invitation.",
)


@dataclass(frozen=True)
class Page:
    title: str
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (label, action)
    status: int = 200


def _render(page: Page) -> web.Response:
    forms = "".join(
        f'<form method="post"><input type="hidden" name="action" value="{html.escape(action)}">'
        f'<button type="submit">{html.escape(label)}</button></form>'
        for label, action in page.buttons
    )
    body = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(page.title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;"
        "padding:0 1rem;line-height:1.5}button{font-size:1.1rem;padding:.6rem 1.2rem;"
        "margin:.3rem 0}</style></head><body>"
        f"<h1>{html.escape(page.title)}</h1><p>{html.escape(page.text)}</p>{forms}"
        "<p><small>Sanctum</small></p></body></html>"
    )
    return web.Response(
        text=body, status=page.status, content_type="text/html", charset="utf-8", headers=HEADERS
    )


class ContactLinks:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def show(self, request: web.Request) -> web.Response:
        purpose, token = request.match_info["purpose"], request.match_info["token"]
        page = await asyncio.to_thread(self._show, purpose, token, datetime.now(UTC))
        return _render(page)

    async def act(self, request: web.Request) -> web.Response:
        purpose, token = request.match_info["purpose"], request.match_info["token"]
        form = await request.post()
        action = str(form.get("action", ""))
        if purpose == "stop" and form.get("List-Unsubscribe") == "One-Click":
            action = "stop"
        page = await asyncio.to_thread(self._act, purpose, token, action, datetime.now(UTC))
        return _render(page)

    def _show(self, purpose: str, token: str, now: datetime) -> Page:
        if purpose not in PURPOSES:
            return Page(*INVALID, status=404)
        with self.runtime.db.transaction() as db:
            found = peek_token(db, token, purpose, now)  # type: ignore[arg-type]
            contact = db.get(EmergencyContact, found.contact_id) if found else None
            if found is None or contact is None:
                return Page(*INVALID, status=404)
            user = introduced_name(contact)
            if purpose == "optin":
                if contact.opt_in_state == "opted_out":
                    return Page("You've stopped these messages", "Nothing more will be sent.")
                return Page(
                    f"{user} would like you as their emergency contact",
                    f"If you agree, Sanctum may message you when {user} might be in crisis, "
                    f"only in the ways {user} chose in advance: that they may need support, "
                    "how to reach them, and crisis lines. Never anything they wrote. You can "
                    "stop at any time.",
                    (("Yes, I agree", "agree"), ("No, never contact me", "decline")),
                )
            if purpose == "ack":
                return Page(
                    f"{user} may need support",
                    f"Press the button to let {user} know you're on it. Sanctum will stop "
                    "alerting others.",
                    (("I'm on it", "ack"),),
                )
            return Page(
                "Stop all messages from Sanctum",
                f"You won't get any more messages from Sanctum about {user}. This is final.",
                (("Stop all messages", "stop"),),
            )

    def _act(self, purpose: str, token: str, action: str, now: datetime) -> Page:
        if purpose not in PURPOSES:
            return Page(*INVALID, status=404)
        with self.runtime.db.transaction() as db:
            found = redeem_token(db, token, purpose, now)  # type: ignore[arg-type]
            contact = db.get(EmergencyContact, found.contact_id) if found else None
            if found is None or contact is None:
                return Page(*INVALID, status=404)
            user = introduced_name(contact)
            if purpose == "stop" or (purpose == "optin" and action == "decline"):
                opt_out(db, contact, now, via=f"link_{purpose}")
                return Page("Done", f"You won't get any more messages from Sanctum about {user}.")
            if purpose == "optin":
                outcome, _ = opt_in(db, found, now, via="link")
                if outcome == "stopped":
                    return Page("You've stopped these messages", "Nothing more will be sent.")
                return Page(
                    "Thank you",
                    f"You're now an emergency contact for {user}. Sanctum will only message "
                    "you if they may need support. Every message has a link to stop.",
                )
            incident = db.get(CrisisIncident, found.incident_id) if found.incident_id else None
            if incident is None:
                return Page(*INVALID, status=404)
            outcome = acknowledge(db, incident, contact, now, via="link")
            if outcome == "acknowledged":
                return Page(
                    "Thank you", f"{user} has been told you're on it. Please reach out now."
                )
            if outcome == "already":
                return Page("Thank you", f"Someone already confirmed, and {user} knows.")
            return Page("Thank you", "There's no open alert to confirm right now.")


def add_contact_routes(app: web.Application, runtime: Runtime) -> None:
    links = ContactLinks(runtime)
    app.router.add_get("/contact/{purpose}/{token}", links.show)
    app.router.add_post("/contact/{purpose}/{token}", links.act)
