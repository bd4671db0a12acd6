"""Error codes of the insurance e-prescription centre's adapter (core/errors.py's one model)."""
from __future__ import annotations

from core.errors import AppError


class NoticeRejected(AppError):
    """details.reason: signature, stale, replayed, app_id, malformed."""

    status, code, message = 401, "insurance.notice_rejected", "医保电子处方中心通知验证未通过"


class CentreUnavailable(AppError):
    """The centre did not answer, or its answer was not correctly signed: nothing was recorded."""

    status, code, message = 503, "insurance.centre_unavailable", "医保电子处方中心暂时无法访问，请稍后重试"


class CentreRefused(AppError):
    """details: step, centre_code, centre_message — the centre's own refusal."""

    status, code, message = 422, "insurance.centre_refused", "医保电子处方中心拒绝了该请求"


class NotUploaded(AppError):
    status, code, message = 404, "insurance.not_uploaded", "该处方尚未提交医保电子处方中心"


class NotRevocable(AppError):
    """details.state: a dispensed prescription (or a revoked one) is not revoked again."""

    status, code, message = 409, "insurance.not_revocable", "该医保电子处方当前状态不能撤销"


class NoInsuranceCode(AppError):
    """details.drugs: the items whose drug has no national medical-insurance code in our dictionary."""

    status, code, message = 422, "insurance.drug_not_coded", "处方中有药品未维护国家医保药品代码"


class NotYourPrescription(AppError):
    status, code, message = 404, "insurance.prescription_not_found", "处方不存在或不是您开具的"
