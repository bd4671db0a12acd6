"""Error codes of electronic signatures (core/signing)."""
from core.errors import AppError


class DocumentAltered(AppError):
    """details.reason: altered (the content differs from what was signed), bad_signature (the
    signature does not verify with the signer's public key), revoked (the key was revoked),
    missing (no such signature, or one of another document); details.subject."""

    status, code, message = 409, "signing.document_altered", "文书签名校验未通过：内容在签名后被改动或签名无效，已拒绝"


class NotASigner(AppError):
    """Only a console account (a doctor, a pharmacist) signs clinical documents."""

    status, code, message = 403, "signing.not_a_signer", "只有医生、药师等后台账号可以签名"


class CaUnavailable(AppError):
    """The CA's signing service did not answer, or answered something we cannot use (details.reason)."""

    status, code, message = 503, "signing.ca_unavailable", "CA 签名服务暂不可用，请稍后重试"


class CaRefused(AppError):
    """The CA answered with a refusal (details.ca_code)."""

    status, code, message = 502, "signing.ca_refused", "CA 拒绝了签名请求"


class KeyNotFound(AppError):
    status, code, message = 404, "signing.key_not_found", "签名密钥不存在"
