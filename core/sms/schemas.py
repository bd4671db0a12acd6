"""Request and answer shapes of SMS verification codes."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.outputs import Out
from core.sms.service import Purpose

MOBILE = r"^1[3-9]\d{9}$"  # mainland mobile numbers, as the family forms take them
SMS_CODE = r"^\d{6}$"


class SmsCodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    phone: str = Field(pattern=MOBILE, description="接收验证码的手机号")
    purpose: Purpose = Field(description="用途：patient 添加就诊人（或修改就诊人手机号）")


class SmsCodeSentOut(Out):
    """A code is on its way: where to (masked), how long it lives, when another may be asked for."""
    phone: str = Field(description="手机号（脱敏）")
    expires_in: int = Field(description="验证码有效期（秒）")
    resend_in: int = Field(description="再次获取前需等待的秒数")
