"""Email over SMTP (aiosmtplib), configured by the SANCTUM_SMTP_* settings.

Outcomes follow SMTP's own split between temporary and permanent: a 4xx reply, a timeout or a
dropped connection is "retry"; a 5xx refusal of the recipient or of the message is "refused"
(the dispatcher moves on to the contact's next channel). Problems with our own configuration
(authentication, sender refused) are "retry": the contact's address is not at fault. The
Message-ID is derived from the outbox key, so a repeat after a crash threads with (and can be
deduplicated against) the first copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib

from bot.outbound import DeliveryResult, OutboundMessage
from bot.settings import Settings


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    tls: bool = False
    timeout: float = 15.0


class EmailChannel:
    name = "email"

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    @classmethod
    def from_settings(cls, settings: Settings) -> EmailChannel:
        return cls(
            SmtpConfig(
                host=settings.smtp_host,
                port=settings.smtp_port,
                sender=settings.smtp_from or f"sanctum@{settings.smtp_host}",
                username=settings.smtp_username or None,
                password=(
                    settings.smtp_password.get_secret_value() if settings.smtp_password else None
                ),
                starttls=settings.smtp_starttls and not settings.smtp_tls,
                tls=settings.smtp_tls,
                timeout=settings.smtp_timeout_seconds,
            )
        )

    def build(self, address: str, message: OutboundMessage) -> EmailMessage:
        mail = EmailMessage()
        mail["From"] = self.config.sender
        mail["To"] = address
        mail["Subject"] = message.subject
        mail["Date"] = formatdate(localtime=False, usegmt=True)
        mail["Auto-Submitted"] = "auto-generated"
        domain = self.config.sender.rpartition("@")[2] or "sanctum.invalid"
        if message.key:
            digest = hashlib.sha256(message.key.encode()).hexdigest()[:32]
            mail["Message-ID"] = f"<{digest}@{domain}>"
        if message.unsubscribe_url:
            mail["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
            mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        mail.set_content(message.text)
        return mail

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        try:
            mail = self.build(address, message)
        except (ValueError, TypeError):  # an address the email library cannot even encode
            return DeliveryResult(outcome="refused", detail="bad_address")
        try:
            await aiosmtplib.send(
                mail,
                hostname=self.config.host,
                port=self.config.port,
                username=self.config.username,
                password=self.config.password,
                start_tls=self.config.starttls,
                use_tls=self.config.tls,
                timeout=self.config.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as error:
            codes = [refusal.code for refusal in error.recipients] or [550]
            return _by_code(min(codes), "recipient")
        except aiosmtplib.SMTPRecipientRefused as error:
            return _by_code(error.code, "recipient")
        except aiosmtplib.SMTPDataError as error:
            return _by_code(error.code, "data")
        except (aiosmtplib.SMTPAuthenticationError, aiosmtplib.SMTPSenderRefused) as error:
            return DeliveryResult(outcome="retry", detail=f"smtp_config_{error.code}")
        except aiosmtplib.SMTPResponseException as error:
            return DeliveryResult(outcome="retry", detail=f"smtp_{error.code}")
        except (aiosmtplib.SMTPException, OSError) as error:  # timeouts, refused connections
            return DeliveryResult(outcome="retry", detail=type(error).__name__[:200])
        return DeliveryResult.sent()


def _by_code(code: int, stage: str) -> DeliveryResult:
    if 500 <= code < 600:
        return DeliveryResult(outcome="refused", detail=f"smtp_{stage}_{code}")
    return DeliveryResult(outcome="retry", detail=f"smtp_{stage}_{code}")
