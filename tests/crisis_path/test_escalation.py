"""Acknowledgement and escalation: the next contact after the timeout, repeats capped."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.crisis.escalation import acknowledge
from bot.crisis.tokens import redeem_token
from bot.outbound import DeliveryResult
from storage.models import CrisisIncident, EmergencyContact, OutboxMessage
from tests.crisis_path.conftest import IMMINENT, World, body_of


def _alerts(world: World) -> list[tuple[int, str, int, str]]:
    """(contact id, channel, round, status) of every alert, in order."""
    with world.db.transaction() as db:
        rows = db.scalars(
            select(OutboxMessage).where(OutboxMessage.purpose == "alert").order_by(OutboxMessage.id)
        ).all()
        return [(row.contact_id, row.channel, row.round, row.status) for row in rows]


def _incident(world: World) -> CrisisIncident:
    with world.db.transaction() as db:
        return db.scalars(select(CrisisIncident)).one()


async def test_no_acknowledgement_alerts_the_next_contact_after_the_timeout(world: World) -> None:
    sam = await world.enrol_by_email()
    jo = await world.enrol_by_email("Jo", "jo@example.com", "friend")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    start = world.now
    await world.deliver()
    assert [a[0] for a in _alerts(world)] == [sam.id]

    await world.deliver(start + timedelta(minutes=14, seconds=59))
    assert [a[0] for a in _alerts(world)] == [sam.id]
    await world.deliver(start + timedelta(minutes=15))
    assert [a[0] for a in _alerts(world)] == [sam.id, jo.id]
    assert body_of(world.smtp.to("jo@example.com")[-1]).startswith("Alex may need support")
    assert "Sam hasn't confirmed yet, so I'm letting Jo know too." in world.notices_to_alice()


async def test_the_users_own_timeout_is_used(world: World) -> None:
    sam = await world.enrol_by_email()
    jo = await world.enrol_by_email("Jo", "jo@example.com", "friend")
    world.alice.say("/alerts auto")
    assert "within 5 minutes" in world.alice.text("/alerts timeout 5")
    world.alice.say(IMMINENT)
    await world.deliver(world.now + timedelta(minutes=5))
    assert [a[0] for a in _alerts(world)] == [sam.id, jo.id]


async def test_acknowledgement_stops_the_escalation(world: World) -> None:
    await world.enrol_by_email()
    await world.enrol_by_email("Jo", "jo@example.com", "friend")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    start = world.now
    await world.deliver()
    code = re.search(r"/contact/ack/(\S+)", body_of(world.smtp.to("sam@example.com")[-1]))
    assert code is not None

    with world.db.transaction() as db:
        token = redeem_token(db, code.group(1), "ack", start + timedelta(minutes=3))
        assert token is not None and token.incident_id is not None
        incident = db.get(CrisisIncident, token.incident_id)
        contact = db.get(EmergencyContact, token.contact_id)
        assert acknowledge(db, incident, contact, start + timedelta(minutes=3), via="link") == (
            "acknowledged"
        )
    await world.deliver(start + timedelta(hours=3))
    assert world.smtp.to("jo@example.com")[-1]["Subject"] != "Alex may need support now"
    assert len(_alerts(world)) == 1
    incident = _incident(world)
    assert incident.alert_status == "acknowledged"
    assert incident.next_escalation_at is None
    assert world.notices_to_alice()[-1].startswith("Sam got my message and is on it")


async def test_repeats_are_capped_and_the_user_is_sent_to_a_helpline(world: World) -> None:
    sam = await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    start = world.now
    for minutes in range(0, 200, 15):
        await world.deliver(start + timedelta(minutes=minutes))
    assert _alerts(world) == [(sam.id, "email", 1, "sent"), (sam.id, "email", 2, "sent")]
    reminder = world.smtp.to("sam@example.com")[-1]
    assert reminder["Subject"] == "Reminder: Alex may need support now"
    assert _incident(world).alert_status == "exhausted"
    last = world.notices_to_alice()[-1]
    assert last.startswith("None of your contacts has confirmed yet")
    assert "112" in last and "TelefonSeelsorge" in last


async def test_a_late_acknowledgement_after_the_cap_still_reaches_the_user(world: World) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    start = world.now
    for minutes in range(0, 100, 15):
        await world.deliver(start + timedelta(minutes=minutes))
    alerts = [m for m in world.smtp.to("sam@example.com") if "support" in m["Subject"]]
    link = re.search(r"/contact/ack/(\S+)", body_of(alerts[0]))
    assert link is not None
    sam_chat = world.chat("someone-sam-forwarded-it-to")  # the token is what counts
    sam_chat.now = start + timedelta(hours=2)
    reply = sam_chat.text(f"/ack {link.group(1)}")
    assert "I've told Alex that you're on it" in reply
    await world.deliver(start + timedelta(hours=2))
    assert _incident(world).alert_status == "acknowledged"
    assert world.notices_to_alice()[-1].startswith("Sam got my message")


async def test_a_chat_contact_acknowledges_with_the_button_or_a_reply(world: World) -> None:
    sam = world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    await world.deliver()
    address, alert = world.telegram.delivered[-1]
    assert address == "5550001"
    button = alert.buttons[0][0]
    assert button.label == "I'm on it" and button.data.startswith("/ack ")
    assert "Reply STOP" in alert.text

    sam.now = world.now + timedelta(minutes=2)
    assert "I've told Alex that you're on it" in sam.text("on it")
    assert _incident(world).alert_status == "acknowledged"
    assert "someone already confirmed" in sam.text(button.data).lower()


async def test_a_contact_refused_on_every_channel_is_not_repeated(world: World) -> None:
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="refused", detail="403_blocked")]
    world.alice.say(IMMINENT)
    await world.deliver()
    # Sam's only channel refused for good: no repeat to a dead end, the user is told at once.
    assert [alert[1:] for alert in _alerts(world)] == [("telegram", 1, "refused")]
    assert _incident(world).alert_status == "exhausted"


async def test_refusal_on_every_channel_moves_to_the_next_contact_at_once(world: World) -> None:
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    jo = await world.enrol_by_email("Jo", "jo@example.com", "friend")
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="refused", detail="403_blocked")]
    world.alice.say(IMMINENT)
    await world.deliver()  # no waiting for the 15 minutes
    alerts = _alerts(world)
    assert alerts[0][1:] == ("telegram", 1, "refused")
    assert alerts[1] == (jo.id, "email", 1, "sent")


async def test_an_email_refusal_falls_back_to_the_contacts_chat_account(world: World) -> None:
    sam = await world.enrol_by_email()
    # Sam also opts in from Telegram with the code from the same invitation mail.
    code = re.search(r"/optin (\S+)", body_of(world.smtp.to("sam@example.com")[0]))
    assert code is not None
    world.chat("5550002").say(f"/optin {code.group(1)}")
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="refused", detail="403_blocked")]
    world.smtp.refuse["sam@example.com"] = "550 5.1.1 mailbox unavailable"
    world.alice.say(IMMINENT)
    await world.deliver()
    assert _alerts(world) == [
        (sam.id, "telegram", 1, "refused"),
        (sam.id, "email", 1, "refused"),
    ]
    # Nobody left who can be reached: the user is sent to a helpline at once.
    assert _incident(world).alert_status == "exhausted"
    assert world.notices_to_alice()[-1].startswith("None of your contacts has confirmed yet")
