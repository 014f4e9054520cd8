"""The pages behind the links in emails, served by the real aiohttp app on loopback."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import time_machine
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from adapters.http.routes import ROUTE_REGISTRARS
from bot.background import Runtime
from storage.models import CrisisIncident, EmergencyContact
from tests.crisis_path.conftest import IMMINENT, World, body_of


@pytest.fixture
async def client(world: World) -> AsyncIterator[TestClient]:
    app = web.Application()
    runtime = Runtime(
        settings=world.settings, db=world.db, core=world.core, channels=world.channels
    )
    for register in ROUTE_REGISTRARS:
        register(app, runtime)
    async with TestClient(TestServer(app, host="127.0.0.1")) as test_client:
        yield test_client


async def _text(response) -> str:  # type: ignore[no-untyped-def]
    return html.unescape(await response.text())


def _path(mail_text: str, purpose: str) -> str:
    match = re.search(rf"https://sanctum\.example(/contact/{purpose}/[\w-]+)", mail_text)
    assert match is not None, f"no {purpose} link"
    return match.group(1)


async def _invitation(world: World) -> str:
    world.alice.say("/contacts add Sam, sister, sam@example.com")
    world.alice.say("/contacts invite 1")
    await world.deliver()
    return body_of(world.smtp.to("sam@example.com")[-1])


async def test_opening_the_link_changes_nothing_the_button_opts_in(
    world: World, client: TestClient
) -> None:
    optin = _path(await _invitation(world), "optin")
    with time_machine.travel(world.now + timedelta(hours=1)):
        page = await client.get(optin)
        assert page.status == 200
        assert "Alex would like you as their emergency contact" in await _text(page)
        assert world.contact("Sam").opt_in_state == "invited"  # a link scanner did nothing
        assert page.headers["Referrer-Policy"] == "no-referrer"
        assert page.headers["Cache-Control"] == "no-store"

        done = await client.post(optin, data={"action": "agree"})
        assert done.status == 200
        assert "You're now an emergency contact for Alex" in await _text(done)
    sam = world.contact("Sam")
    assert sam.opt_in_state == "opted_in"
    assert sam.opted_in_at is not None
    assert (
        timedelta(0) <= sam.opted_in_at - (world.now + timedelta(hours=1)) < timedelta(seconds=30)
    )


async def test_declining_on_the_page_is_final(world: World, client: TestClient) -> None:
    optin = _path(await _invitation(world), "optin")
    with time_machine.travel(world.now + timedelta(hours=1)):
        await client.post(optin, data={"action": "decline"})
        again = await client.post(optin, data={"action": "agree"})
        assert "stopped these messages" in await _text(again)
    assert world.contact("Sam").opt_in_state == "opted_out"


async def test_i_am_on_it_acknowledges_the_alert(world: World, client: TestClient) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT + " wombatriver")
    await world.deliver()
    alert = body_of(world.smtp.to("sam@example.com")[-1])
    ack = _path(alert, "ack")
    with time_machine.travel(world.now + timedelta(minutes=4)):
        page = await client.get(ack)
        assert "wombatriver" not in await _text(page)
        with world.db.transaction() as db:
            assert db.scalars(select(CrisisIncident.alert_status)).one() == "alerting"
        done = await client.post(ack, data={"action": "ack"})
        assert "Alex has been told you're on it" in await _text(done)
        repeat = await client.post(ack, data={"action": "ack"})
        assert "Someone already confirmed" in await _text(repeat)
    with world.db.transaction() as db:
        incident = db.scalars(select(CrisisIncident)).one()
    assert incident.alert_status == "acknowledged"
    assert incident.acknowledged_at is not None
    since = incident.acknowledged_at - (world.now + timedelta(minutes=4))
    assert timedelta(0) <= since < timedelta(seconds=30)  # the clock ticks on from there


async def test_one_click_unsubscribe(world: World, client: TestClient) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    await world.deliver()
    mail = world.smtp.to("sam@example.com")[-1]
    url = mail["List-Unsubscribe"].strip().strip("<>")
    with time_machine.travel(world.now + timedelta(minutes=1)):
        response = await client.post(
            url.removeprefix("https://sanctum.example"), data={"List-Unsubscribe": "One-Click"}
        )
        assert response.status == 200
    with world.db.transaction() as db:
        assert db.scalars(select(EmergencyContact.opt_in_state)).one() == "opted_out"


@pytest.mark.parametrize(
    "path",
    [
        "/contact/ack/not-a-real-token-at-all-0000000000",
        "/contact/optin/x",
        "/contact/delete/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
async def test_unknown_links_get_a_neutral_page(client: TestClient, path: str) -> None:
    response = await client.get(path)
    assert response.status == 404
    assert "This link isn't valid any more" in await _text(response)


async def test_links_expire_and_serve_one_purpose_only(world: World, client: TestClient) -> None:
    text = await _invitation(world)
    optin = _path(text, "optin")
    token = optin.rsplit("/", 1)[1]
    with time_machine.travel(world.now + timedelta(hours=1)):
        wrong_purpose = await client.post(f"/contact/ack/{token}", data={"action": "ack"})
        assert wrong_purpose.status == 404
    with time_machine.travel(world.now + timedelta(days=8)):
        expired = await client.post(optin, data={"action": "agree"})
        assert expired.status == 404
    assert world.contact("Sam").opt_in_state == "invited"
