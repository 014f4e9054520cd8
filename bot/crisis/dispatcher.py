"""The alert dispatcher: sends what the outbox holds, retries, escalates. A background service.

One pass (``run_once``) escalates incidents whose acknowledgement timeout passed, then claims
due outbox rows, sends them through the configured channels and records every attempt:
- sent: done (the user is told an alert or invitation went out);
- retry (timeout, 429, 5xx): tried again with exponential backoff, never sooner than the
  channel's retry-after; after ``alert_max_attempts`` tries the channel counts as failed;
- refused (403, blocked, bad address) or failed: the contact's next channel is tried; with
  none left, the escalation moves on to the next contact at once.
Nothing is held in memory between passes: a restarted process (or another one) picks up
exactly where the database says things stand. Tests call ``dispatch_due(now)`` and
``escalate_due(now)`` directly with the time they want.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis import wording
from bot.crisis.alert_texts import AlertFacts, alert_message, invitation_message
from bot.crisis.contacts import display_name
from bot.crisis.escalation import contact_unreachable, escalate, queue_alert, user_country
from bot.crisis.incidents import close_incident, log_event
from bot.crisis.notices import notify_user
from bot.crisis.outbox import LEASE, due_rows, next_due_at, on_new_work, retry_delay
from bot.crisis.policy import load_policy
from bot.crisis.tokens import issue_token
from bot.metrics import ALERTS
from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from bot.privacy.audit import audit
from bot.safe_logging import describe_failure
from bot.settings import Settings
from storage.db import Database
from storage.models import CrisisIncident, EmergencyContact, OutboxMessage, Profile

log = logging.getLogger("sanctum.alerts")

SEND_TIMEOUT_SECONDS = 60.0
BATCH = 20
ESCALATION_BATCH = 50
SOMEONE = "Someone who chose you as their emergency contact"


@dataclass(frozen=True)
class Claimed:
    """A row taken for sending: plain data, usable after its transaction ended."""

    id: int
    purpose: str
    channel: str
    address: str
    message: OutboundMessage


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    refused: int = 0
    failed: int = 0
    cancelled: int = 0
    outcomes: list[tuple[int, str]] = field(default_factory=list)  # (outbox id, outcome)

    @property
    def busy(self) -> bool:
        return bool(self.sent or self.refused or self.failed or self.cancelled)


class AlertDispatcher:
    """Satisfies ``bot.background.BackgroundService``: ``sanctum run`` starts ``run``."""

    name = "alert-dispatcher"

    def __init__(
        self,
        db: Database,
        channels: ChannelDirectory,
        settings: Settings,
        *,
        owner: str | None = None,
    ) -> None:
        self.db = db
        self.channels = channels
        self.settings = settings
        self.owner = (owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")[:64]

    # -- the loop ------------------------------------------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        unsubscribe = on_new_work(lambda: loop.call_soon_threadsafe(wake.set))
        log.info("alert dispatcher %s started", self.owner)
        try:
            while True:
                wake.clear()
                now = datetime.now(UTC)
                try:
                    busy = await self.run_once(now)
                    pause = await asyncio.to_thread(self._seconds_until_due, now)
                except Exception as error:  # keep going: alerts must not stop for one bad row
                    log.error("alert dispatch pass failed: %s", describe_failure(error))
                    busy, pause = False, self.settings.alert_poll_seconds
                if busy:
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=pause)
        finally:
            unsubscribe()
            log.info("alert dispatcher %s stopped", self.owner)

    async def run_once(self, now: datetime) -> bool:
        escalated = await self.escalate_due(now)
        report = await self.dispatch_due(now)
        return bool(escalated) or report.busy

    def _seconds_until_due(self, now: datetime) -> float:
        with self.db.transaction() as db:
            due = next_due_at(db)
        poll = self.settings.alert_poll_seconds
        if due is None:
            return poll
        return max(0.05, min(poll, (due - now).total_seconds()))

    # -- escalation ----------------------------------------------------------------------

    async def escalate_due(self, now: datetime) -> int:
        """Move every incident whose acknowledgement timeout passed; close quiet ones."""
        return await asyncio.to_thread(self._escalate_due, now)

    def _escalate_due(self, now: datetime) -> int:
        with self.db.transaction() as db:
            due = db.scalars(
                select(CrisisIncident)
                .where(
                    CrisisIncident.alert_status == "alerting",
                    CrisisIncident.next_escalation_at <= now,
                )
                .order_by(CrisisIncident.next_escalation_at)
                .limit(ESCALATION_BATCH)
                .with_for_update(skip_locked=True)
            ).all()
            for incident in due:
                try:
                    with db.begin_nested():
                        escalate(db, incident, now, self.settings)
                except Exception as error:  # tried again on the next pass
                    log.error(
                        "escalating incident %s failed: %s", incident.id, describe_failure(error)
                    )
            self._close_quiet(db, now)
        return len(due)

    def _close_quiet(self, db: Session, now: datetime) -> None:
        quiet = timedelta(hours=self.settings.crisis_incident_quiet_hours)
        stale = db.scalars(
            select(CrisisIncident)
            .where(
                CrisisIncident.status == "open",
                CrisisIncident.last_message_at <= now - quiet,
                CrisisIncident.alert_status != "alerting",
            )
            .limit(ESCALATION_BATCH)
            .with_for_update(skip_locked=True)
        ).all()
        for incident in stale:
            close_incident(db, incident, now, "quiet")

    # -- sending -------------------------------------------------------------------------

    async def dispatch_due(self, now: datetime) -> DispatchReport:
        """Send every due outbox row once; returns what happened."""
        report = DispatchReport()
        claimed = await asyncio.to_thread(self._claim, now, report)
        if not claimed:
            return report
        results = await asyncio.gather(*(self._send(item) for item in claimed))
        await asyncio.to_thread(self._record, list(zip(claimed, results, strict=True)), now, report)
        return report

    def _claim(self, now: datetime, report: DispatchReport) -> list[Claimed]:
        claimed: list[Claimed] = []
        with self.db.transaction() as db:
            for row in due_rows(db, now, BATCH):
                reason = _unwanted(db, row)
                if reason is not None:
                    row.status = "cancelled"
                    row.last_detail = reason
                    row.lease_owner = None
                    report.cancelled += 1
                    report.outcomes.append((row.id, "cancelled"))
                    audit(
                        db,
                        actor="system",
                        action=f"{row.purpose}_cancelled",
                        subject_user_id=row.user_id,
                        at=now,
                        outbox_id=row.id,
                        incident_id=row.incident_id,
                        contact_id=row.contact_id,
                        reason=reason,
                    )
                    continue
                try:
                    with db.begin_nested():
                        message = self._compose(db, row, now)
                except Exception as error:  # a bug in one message must not block the others
                    log.error("composing outbox %s failed: %s", row.id, describe_failure(error))
                    self._apply(
                        db,
                        row,
                        DeliveryResult(outcome="refused", detail="compose_failed"),
                        now,
                        report,
                    )
                    continue
                row.status = "sending"
                row.lease_owner = self.owner
                row.lease_until = now + LEASE
                row.attempts += 1
                claimed.append(Claimed(row.id, row.purpose, row.channel, row.address, message))
        return claimed

    def _compose(self, db: Session, row: OutboxMessage, now: datetime) -> OutboundMessage:
        if row.purpose == "notice":
            return OutboundMessage(
                subject="Sanctum", text=(row.body or {}).get("text", ""), key=row.idempotency_key
            )
        contact = db.get(EmergencyContact, row.contact_id)
        assert contact is not None  # checked by _unwanted
        profile = db.get(Profile, row.user_id)
        user_name = contact.introduced_as or (profile.name if profile else None) or SOMEONE
        public_url = self.settings.public_url
        stop = issue_token(db, "stop", user_id=row.user_id, contact_id=contact.id, now=now)
        if row.purpose == "invitation":
            optin = issue_token(db, "optin", user_id=row.user_id, contact_id=contact.id, now=now)
            return invitation_message(
                user_name=user_name,
                contact_name=display_name(contact),
                optin_token=optin,
                stop_token=stop,
                public_url=public_url,
                key=row.idempotency_key,
            )
        ack = issue_token(
            db,
            "ack",
            user_id=row.user_id,
            contact_id=contact.id,
            incident_id=row.incident_id,
            now=now,
        )
        policy = load_policy(db, row.user_id)
        facts = AlertFacts(
            user_name=user_name,
            reach=policy.reach_me if policy else None,
            country=user_country(db, row.user_id, self.settings),
        )
        return alert_message(
            facts,
            channel=row.channel,
            ack_token=ack,
            stop_token=stop,
            public_url=public_url,
            reminder=row.round > 1,
            key=row.idempotency_key,
        )

    async def _send(self, item: Claimed) -> DeliveryResult:
        channel = self.channels.get(item.channel)
        if channel is None:
            return DeliveryResult(outcome="refused", detail="channel_not_configured")
        try:
            return await asyncio.wait_for(
                channel.send(item.address, item.message), timeout=SEND_TIMEOUT_SECONDS
            )
        except TimeoutError:
            return DeliveryResult(outcome="retry", detail="timeout")
        except Exception as error:  # a channel bug must not lose the alert: try again later
            log.error("%s channel failed: %s", item.channel, describe_failure(error))
            return DeliveryResult(outcome="retry", detail=type(error).__name__[:200])

    def _record(
        self,
        results: list[tuple[Claimed, DeliveryResult]],
        now: datetime,
        report: DispatchReport,
    ) -> None:
        with self.db.transaction() as db:
            for item, result in results:
                row = db.get(OutboxMessage, item.id, with_for_update=True)
                if row is None or row.status != "sending" or row.lease_owner != self.owner:
                    continue  # our lease ran out and another dispatcher took the row over
                try:
                    with db.begin_nested():
                        self._apply(db, row, result, now, report)
                except Exception as error:
                    # What follows from the outcome failed; the outcome itself must stick, or
                    # the message would be sent again when the lease runs out.
                    log.error("recording outbox %s failed: %s", item.id, describe_failure(error))
                    db.refresh(row)
                    row.status = "sent" if result.outcome == "sent" else "failed"
                    row.lease_owner = None
                    row.lease_until = None
                    row.last_detail = "record_failed"

    def _apply(
        self,
        db: Session,
        row: OutboxMessage,
        result: DeliveryResult,
        now: datetime,
        report: DispatchReport,
    ) -> None:
        outcome = result.outcome
        if outcome == "retry" and row.attempts >= self.settings.alert_max_attempts:
            outcome = "failed"
        row.lease_owner = None
        row.lease_until = None
        row.last_detail = result.detail or None
        audit(
            db,
            actor="system",
            action=f"{row.purpose}_{outcome}",
            subject_user_id=row.user_id,
            at=now,
            outbox_id=row.id,
            incident_id=row.incident_id,
            contact_id=row.contact_id,
            channel=row.channel,
            attempt=row.attempts,
            detail=result.detail,
            retry_after=result.retry_after,
        )
        report.outcomes.append((row.id, outcome))
        ALERTS.labels(row.purpose, row.channel, outcome).inc()
        if outcome == "sent":
            row.status = "sent"
            row.sent_at = now
            report.sent += 1
            self._after_sent(db, row, now)
        elif outcome == "retry":
            row.status = "pending"
            row.next_attempt_at = now + retry_delay(row.attempts, result.retry_after)
            report.retried += 1
        else:
            row.status = outcome  # refused | failed
            if outcome == "refused":
                report.refused += 1
            else:
                report.failed += 1
            self._after_undeliverable(db, row, now)

    def _after_sent(self, db: Session, row: OutboxMessage, now: datetime) -> None:
        contact = db.get(EmergencyContact, row.contact_id) if row.contact_id else None
        if row.purpose == "alert" and contact is not None and row.incident_id is not None:
            incident = db.get(CrisisIncident, row.incident_id)
            if incident is not None:
                log_event(
                    db,
                    incident,
                    "alert_sent",
                    now,
                    contact_id=contact.id,
                    channel=row.channel,
                    round=row.round,
                )
                if incident.alert_status == "alerting":
                    notify_user(
                        db,
                        row.user_id,
                        key=f"alert_sent:{incident.id}:{contact.id}",
                        text=wording.NOTICE_SENT.format(name=display_name(contact)),
                        now=now,
                        incident_id=incident.id,
                        contact_id=contact.id,
                    )
        elif row.purpose == "invitation" and contact is not None:
            notify_user(
                db,
                row.user_id,
                key=f"invitation_sent:{row.idempotency_key}",
                text=wording.NOTICE_INVITATION_SENT.format(name=display_name(contact)),
                now=now,
                contact_id=contact.id,
            )

    def _after_undeliverable(self, db: Session, row: OutboxMessage, now: datetime) -> None:
        contact = db.get(EmergencyContact, row.contact_id) if row.contact_id else None
        if contact is None:
            return
        if row.purpose == "invitation":
            notify_user(
                db,
                row.user_id,
                key=f"invitation_failed:{row.idempotency_key}",
                text=wording.NOTICE_INVITATION_FAILED.format(
                    name=display_name(contact), channel=row.channel
                ),
                now=now,
                contact_id=contact.id,
            )
            return
        if row.purpose != "alert" or row.incident_id is None:
            return
        incident = db.get(CrisisIncident, row.incident_id)
        if incident is None or incident.alert_status != "alerting":
            return
        if contact.opt_in_state == "opted_in" and queue_alert(
            db, incident, contact, row.round, now
        ):
            return  # the contact's next channel is queued
        contact_unreachable(db, incident, contact.id, now)


def _unwanted(db: Session, row: OutboxMessage) -> str | None:
    """Why a queued message must not go out any more (None: send it)."""
    if row.purpose == "notice":
        return None
    contact = db.get(EmergencyContact, row.contact_id) if row.contact_id else None
    if contact is None:
        return "contact_removed"
    if row.purpose == "invitation":
        return None if contact.opt_in_state == "invited" else f"contact_{contact.opt_in_state}"
    if contact.opt_in_state != "opted_in":
        return "contact_not_opted_in"
    incident = db.get(CrisisIncident, row.incident_id) if row.incident_id else None
    if incident is None:
        return "incident_removed"
    if incident.alert_status not in ("alerting", "exhausted"):
        return f"incident_{incident.alert_status}"[:200]
    return None
