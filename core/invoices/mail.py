"""Sending an invoice by mail (SMTP through aiosmtplib).

Why: seed 004 wants the e-invoice sent to the patient's mailbox. The message is a plain
multipart mail with the PDF attached, sent to the deployment's relay (`SMTP_HOST`, `SMTP_PORT`,
`SMTP_FROM`, `SMTP_USER` / `SMTP_PASSWORD`, `SMTP_STARTTLS`). Failures are answered as a short
Chinese reason that the invoice keeps (`email_error`), never raised: the payer sees why and can try
again. Without `SMTP_HOST`, development and tests write the message to `SMTP_SPOOL_DIR`
(var/mail/, one .eml per message: open it with any mail reader) and count it as sent;
production without a relay refuses before anything is recorded (`invoices.mail_not_configured`).
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import aiosmtplib

from core.invoices.errors import MailNotConfigured
from core.settings import get_settings

log = logging.getLogger("huiyi.invoices.mail")
TIMEOUT = 15.0


def check_configured() -> None:
    s = get_settings()
    if not s.smtp_host and s.is_production:
        raise MailNotConfigured()


def message(*, to: str, number: str, seller: str, kind_label: str, amount_yuan: str, pdf: bytes) -> EmailMessage:
    s = get_settings()
    msg = EmailMessage()
    msg["From"] = s.smtp_from
    msg["To"] = to
    msg["Subject"] = f"【{seller}】电子发票 {number}"
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=s.smtp_from.partition("@")[2] or "huiyi.local")
    msg.set_content(f"您好：\n\n附件为{seller}开具的{kind_label}，发票号码 {number}，金额 {amount_yuan} 元。\n"
                    "本邮件由系统自动发送，请勿回复。\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{number}.pdf")
    return msg


async def send_invoice(*, to: str, number: str, seller: str, kind_label: str, amount_yuan: str,
                       pdf: bytes) -> str:
    """Send; "" when sent (or spooled), else the reason to keep."""
    s = get_settings()
    check_configured()
    msg = message(to=to, number=number, seller=seller, kind_label=kind_label, amount_yuan=amount_yuan, pdf=pdf)
    if not s.smtp_host:
        spool = Path(s.smtp_spool_dir)
        name = f"{int(time.time())}-{number}-{secrets.token_hex(4)}.eml"
        await asyncio.to_thread(lambda: (spool.mkdir(parents=True, exist_ok=True),
                                         (spool / name).write_bytes(bytes(msg))))
        log.info("invoice %s written to %s (no SMTP_HOST)", number, spool / name)
        return ""
    try:
        await aiosmtplib.send(msg, hostname=s.smtp_host, port=s.smtp_port, username=s.smtp_user or None,
                              password=s.smtp_password or None, start_tls=s.smtp_starttls,
                              timeout=TIMEOUT)
    except aiosmtplib.SMTPRecipientsRefused:
        return "收件地址被邮件服务器拒绝"
    except aiosmtplib.SMTPAuthenticationError:
        log.warning("SMTP authentication failed at %s", s.smtp_host)
        return "邮件服务认证失败，请稍后重试"
    except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
        log.warning("sending invoice %s failed: %s", number, type(exc).__name__)
        return "邮件发送失败，请稍后重试"
    return ""
