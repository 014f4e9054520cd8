"""The SMTP channel against a real SMTP server on loopback."""

from __future__ import annotations

from adapters.channels import outbound_channels
from adapters.channels.email import EmailChannel, SmtpConfig
from adapters.channels.sms import SmsChannel
from bot.outbound import DeliveryResult, OutboundMessage
from bot.settings import Settings
from tests.crisis_path.conftest import SmtpServer, SmtpSink, body_of, free_port

MESSAGE = OutboundMessage(
    subject="Alex may need support now",
    text="Alex may need support right now.\nÜmlauts and “quotes” survive.",
    key="alert:1:2:email:1",
    unsubscribe_url="https://sanctum.example/contact/stop/abc",
)


def _channel(port: int) -> EmailChannel:
    return EmailChannel(
        SmtpConfig(host="127.0.0.1", port=port, sender="sanctum@sanctum.example", starttls=False)
    )


async def test_a_mail_arrives_with_its_headers(smtp_server: SmtpServer, smtp: SmtpSink) -> None:
    result = await _channel(smtp_server.port).send("sam@example.com", MESSAGE)
    assert result == DeliveryResult.sent()
    mail = smtp.to("sam@example.com")[-1]
    assert mail["Subject"] == "Alex may need support now"
    assert mail["From"] == "sanctum@sanctum.example"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Ümlauts and “quotes” survive." in body_of(mail)
    again = await _channel(smtp_server.port).send("sam@example.com", MESSAGE)
    assert again.outcome == "sent"
    first, second = smtp.to("sam@example.com")
    assert first["Message-ID"] == second["Message-ID"]  # one key, one message id


async def test_a_permanent_refusal_is_refused(smtp_server: SmtpServer, smtp: SmtpSink) -> None:
    smtp.refuse["gone@example.com"] = "550 5.1.1 no such user"
    result = await _channel(smtp_server.port).send("gone@example.com", MESSAGE)
    assert (result.outcome, result.detail) == ("refused", "smtp_recipient_550")


async def test_a_temporary_refusal_is_retried(smtp_server: SmtpServer, smtp: SmtpSink) -> None:
    smtp.refuse["busy@example.com"] = "452 4.2.2 mailbox full"
    result = await _channel(smtp_server.port).send("busy@example.com", MESSAGE)
    assert (result.outcome, result.detail) == ("retry", "smtp_recipient_452")


async def test_an_unreachable_server_is_retried() -> None:
    result = await _channel(free_port()).send("sam@example.com", MESSAGE)
    assert result.outcome == "retry"
    assert "sam@example.com" not in result.detail


async def test_channels_come_from_the_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bare = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert [channel.name for channel in outbound_channels(bare)] == ["sms"]
    configured = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path, smtp_host="mail.example", smtp_password="s3cret"
    )
    email = next(c for c in outbound_channels(configured) if c.name == "email")
    assert isinstance(email, EmailChannel)
    assert email.config.starttls and email.config.sender == "sanctum@mail.example"
    assert "s3cret" not in repr(email.config)


async def test_sms_refuses_until_a_gateway_is_plugged_in() -> None:
    result = await SmsChannel().send("+4915112345678", MESSAGE)
    assert (result.outcome, result.detail) == ("refused", "sms_not_configured")

    class Gateway:
        def __init__(self) -> None:
            self.sent: list[tuple[str, str]] = []

        async def send_sms(self, phone: str, text: str) -> DeliveryResult:
            self.sent.append((phone, text))
            return DeliveryResult.sent()

    gateway = Gateway()
    assert (await SmsChannel(gateway).send("+4915112345678", MESSAGE)).outcome == "sent"
    assert gateway.sent == [("+4915112345678", MESSAGE.text)]
