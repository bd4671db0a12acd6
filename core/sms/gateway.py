"""Sending an SMS through a provider, behind one interface.

Why: a verification code must reach a phone, and the provider is a deployment's choice
(Tencent Cloud SMS here; Aliyun or an operator's gateway register their own class under
another name, SMS_GATEWAY). Callers talk to `SmsGateway.send` and never to a provider.

`tencent` drives Tencent Cloud's own SDK (tencentcloud-sdk-python-sms, its asynchronous
client on httpx) against SMS_API_BASE: `https://sms.tencentcloudapi.com/` in production;
in development and tests the loopback that speaks the same API and checks the same
TC3-HMAC-SHA256 signature (core/sms/offline.py, served under /dev/sms/, or the tests'
stub). Nothing of the provider is faked in the client.

The SDK logs whole requests (phone numbers included) at DEBUG: its logger is kept at
WARNING and does not propagate (core/tc3.py), so no log line carries a number in clear.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass

from core import tc3
from core.registry import Registry
from core.settings import DEV_SMS_SECRET_KEY, get_settings
from core.sms.errors import NotAvailable

TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Sent:
    """What the provider said: accepted (with its message id) or refused (its code and reason)."""

    ok: bool
    message_id: str = ""
    code: str = ""
    reason: str = ""


class SmsGateway(abc.ABC):
    name = ""

    @abc.abstractmethod
    async def send(self, *, phone: str, template: str, params: list[str], reference: str = "") -> Sent:
        """Send the message kind `template` ("verify": a key of SMS_TEMPLATES) with its `params` to
        the mainland mobile number `phone` (11 digits). Never raises for a refusal: returns it."""


class TencentSmsGateway(SmsGateway):
    """Tencent Cloud SMS, API 2021-01-11 `SendSms`, through the provider's SDK."""

    name = "tencent"

    async def send(self, *, phone: str, template: str, params: list[str], reference: str = "") -> Sent:
        import httpx
        from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
        from tencentcloud.sms.v20210111 import models, sms_client_async

        s = get_settings()
        template_id = s.sms_templates.get(template)
        if not template_id:
            raise RuntimeError(f"SMS_TEMPLATES has no template for {template!r}")
        client = tc3.sdk_client(sms_client_async.SmsClient, api_base=s.sms_api_base, secret_id=s.sms_secret_id,
                                secret_key=s.sms_secret_key, region=s.sms_region, timeout=TIMEOUT_SECONDS)
        req = models.SendSmsRequest()
        req.PhoneNumberSet = ["+86" + phone]
        req.SmsSdkAppId = s.sms_sdk_app_id
        req.SignName = s.sms_sign_name
        req.TemplateId = template_id
        req.TemplateParamSet = list(params)
        req.SessionContext = reference
        try:
            async with client:
                resp = await client.SendSms(req)
        except TencentCloudSDKException as exc:
            return Sent(False, code=exc.get_code() or "ClientError", reason=str(exc.get_message())[:200])
        except httpx.HTTPError as exc:  # the SDK's async client lets transport errors through
            return Sent(False, code="ClientNetworkError", reason=type(exc).__name__)
        statuses = resp.SendStatusSet or []
        if not statuses:
            return Sent(False, code="EmptyAnswer", reason="no SendStatus in the answer")
        status = statuses[0]
        if status.Code != "Ok":
            return Sent(False, code=status.Code or "", reason=(status.Message or "")[:200])
        return Sent(True, message_id=status.SerialNo or "")


GATEWAYS: Registry[SmsGateway] = Registry("SMS_GATEWAY")
GATEWAYS.register("tencent", TencentSmsGateway)


def get_gateway() -> SmsGateway:
    s = get_settings()
    if s.is_production and s.sms_secret_key == DEV_SMS_SECRET_KEY:
        # Only the development loopback knows that key: a deployment without its own cannot send.
        raise NotAvailable(details={"gateway": s.sms_gateway})
    return GATEWAYS.create(s.sms_gateway)
