"""Error codes of the family domain: patient identity, 就诊人, families, invites and privacy grants."""
from core.errors import AppError


class MpOnly(AppError):
    status, code, message = 403, "family.mp_only", "家庭与就诊人功能仅限小程序用户使用"


# ---------------------------------------------------------------- identity and 就诊人

class IdentityRequired(AppError):
    status, code, message = 409, "family.identity_required", "请先完成实名信息（姓名、身份证号、手机号）"


class IdentityTaken(AppError):
    status, code, message = 409, "family.identity_taken", "该身份证号已被其他账号实名使用，如有疑问请联系客服"


class IdentityLocked(AppError):
    status, code, message = 409, "family.identity_locked", "实名信息已通过人脸核验，姓名和身份证号不能再修改"


class PatientNotFound(AppError):
    status, code, message = 404, "family.patient_not_found", "就诊人不存在"


class PatientExists(AppError):
    status, code, message = 409, "family.patient_exists", "该身份证号的就诊人已添加"


class TooManyPatients(AppError):
    status, code, message = 409, "family.too_many_patients", "就诊人数量已达上限"


class SelfPatient(AppError):
    status, code, message = 409, "family.self_patient", "本人实名信息不能删除，可以修改"


# ---------------------------------------------------------------- families and membership

class FamilyNotFound(AppError):
    """Also what a non-member sees of an existing family: no existence leak."""

    status, code, message = 404, "family.not_found", "家庭不存在或您不是该家庭成员"


class NotOwner(AppError):
    status, code, message = 403, "family.not_owner", "只有家庭创建人（户主）可以执行此操作"


class AlreadyMember(AppError):
    status, code, message = 409, "family.already_member", "已经是该家庭成员"


class AlreadyApplied(AppError):
    status, code, message = 409, "family.already_applied", "已提交加入申请，请等待户主审核"


class MemberNotFound(AppError):
    status, code, message = 404, "family.member_not_found", "该家庭中没有这位成员"


class ApplicationNotFound(AppError):
    status, code, message = 404, "family.application_not_found", "没有待审核的加入申请"


class OwnerCannotLeave(AppError):
    status, code, message = 409, "family.owner_cannot_leave", "户主不能直接退出家庭，请先转让户主或解散家庭"


class CannotRemoveSelf(AppError):
    status, code, message = 409, "family.cannot_remove_self", "不能移除自己，请使用退出家庭"


class TransferTarget(AppError):
    status, code, message = 422, "family.transfer_target", "只能转让给本家庭的其他在册成员"


# ---------------------------------------------------------------- invites

class InviteInvalid(AppError):
    status, code, message = 404, "family.invite_invalid", "邀请不存在或已被撤销"


class InviteExpired(AppError):
    status, code, message = 410, "family.invite_expired", "邀请已过期，请联系家人重新邀请"


class InviteUsed(AppError):
    status, code, message = 409, "family.invite_used", "邀请已被使用，每个邀请只能使用一次"


class InviteSelf(AppError):
    status, code, message = 422, "family.invite_self", "不能邀请自己"


# ---------------------------------------------------------------- grants

class GranteeNotMember(AppError):
    status, code, message = 422, "family.grantee_not_member", "只能授权给本家庭的在册成员"


class GrantToSelf(AppError):
    status, code, message = 422, "family.grant_to_self", "不能授权给自己"


class GrantNotFound(AppError):
    status, code, message = 404, "family.grant_not_found", "授权不存在或已撤销"


class UnknownScope(AppError):
    status, code, message = 422, "family.unknown_scope", "未知的授权范围"


class NoGrant(AppError):
    """Also the answer for an unknown patient: a caller cannot tell the two apart."""

    status, code, message = 403, "family.no_grant", "该家庭成员未授权您查看或办理此项服务"


class FamilyCodeInvalid(AppError):
    status, code, message = 404, "family.code_invalid", "家庭邀请码无效，请向家庭成员确认"


# ---------------------------------------------------------------- reading the ID card

class IdCardUnreadable(AppError):
    status, code, message = 422, "family.id_card_unreadable", \
        "未能识别出姓名或身份证号，请将身份证人像面平放、光线充足时重新拍摄，或手动填写"


class IdCardBackSide(AppError):
    status, code, message = 422, "family.id_card_back_side", "这是身份证国徽面，请拍摄有照片的人像面"


class OcrLimited(AppError):
    status, code, message = 429, "family.ocr_limited", "识别次数过多，请稍后再试或手动填写"


class OcrBusy(AppError):
    status, code, message = 503, "family.ocr_busy", "识别服务繁忙，请稍后重试或手动填写"


# ---------------------------------------------------------------- vital signs (家庭健康档案)

class VitalInvalid(AppError):
    status, code, message = 422, "family.vital_invalid", "体征数据不在合理范围内，请检查后重新填写"
