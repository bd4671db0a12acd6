"""Error codes of the assessment domain."""
from core.errors import AppError


class PhysicianExists(AppError):
    status, code, message = 409, "assessment.physician_exists", "该身份证号的医师已存在（如已删除，请从回收站恢复）"


class NotAnInstitution(AppError):
    status, code, message = 422, "assessment.not_an_institution", "医师只能归属于医疗机构"


class IllegalTransition(AppError):
    status, code, message = 409, "assessment.illegal_transition", "当前状态不能执行该操作"


class ReasonRequired(AppError):
    status, code, message = 422, "assessment.reason_required", "驳回时必须填写原因"


class CycleFrozen(AppError):
    status, code, message = 409, "assessment.cycle_frozen", "考核周期已开启，设置已冻结，不能修改"


class CycleNotOpen(AppError):
    status, code, message = 409, "assessment.cycle_not_open", "当前没有开放的考核周期"


class CycleAlreadyOpen(AppError):
    status, code, message = 409, "assessment.cycle_already_open", "已有正在进行的考核周期"


class CycleCodeTaken(AppError):
    status, code, message = 409, "assessment.cycle_code_taken", "周期编号已存在"


class NotEnrolled(AppError):
    status, code, message = 404, "assessment.not_enrolled", "您未参加本周期考核，请联系所在医疗机构"


class ProcedureNotAllowed(AppError):
    status, code, message = 422, "assessment.procedure_not_allowed", "本周期不允许该考核程序"


class FilingIncomplete(AppError):
    status, code, message = 422, "assessment.filing_incomplete", "填报信息不完整"


class FilingLocked(AppError):
    status, code, message = 409, "assessment.filing_locked", "已提交审核，不能修改"


class UnknownSection(AppError):
    status, code, message = 422, "assessment.unknown_section", "没有这个填报栏目"


class NotBound(AppError):
    status, code, message = 403, "assessment.physician_not_bound", "请先绑定医师身份"


class BindFailed(AppError):
    status, code, message = 401, "assessment.bind_failed", "身份证号、姓名或密码不正确"


class AlreadyBound(AppError):
    status, code, message = 409, "assessment.already_bound", "该医师已绑定其他微信账号，如需换绑请向所在医疗机构申请换绑码"


class RebindCodeInvalid(AppError):
    status, code, message = 422, "assessment.rebind_code_invalid", "换绑码不正确或已失效，请向所在医疗机构重新申请"


class MakeupNotListed(AppError):
    status, code, message = 409, "assessment.makeup_not_listed", "该医师不在补考名单中"


class ScoreNotExpected(AppError):
    status, code, message = 409, "assessment.score_not_expected", "该医师当前不需要录入成绩"


class AlreadyEnrolled(AppError):
    status, code, message = 409, "assessment.already_enrolled", "已确认参加本周期"


class CannotCancel(AppError):
    status, code, message = 409, "assessment.cannot_cancel", "医师已提交填报，不能取消参加"


class NotCertifiable(AppError):
    status, code, message = 409, "assessment.not_certifiable", "仅考核结果为合格、补考合格或免考的医师可以打印合格证书"


class NoCertificates(AppError):
    status, code, message = 404, "assessment.no_certificates", "没有可打印的合格证书"


class BatchTooLarge(AppError):
    status, code, message = 422, "assessment.batch_too_large", "一次打印的证书过多，请按机构分批打印"


class CertificateInvalid(AppError):
    status, code, message = 404, "assessment.certificate_invalid", "证书无效"


class StatsUnknownChoice(AppError):
    status, code, message = 422, "stats.unknown_choice", "没有这种统计口径"


class StatsLevelNotAllowed(AppError):
    status, code, message = 422, "stats.level_not_allowed", "只能按本级以下的地区或机构统计"


class NameQueryTooBroad(AppError):
    status, code, message = 422, "assessment.name_query_too_broad", \
        "按姓氏查询的范围过大，请输入完整姓名，或先选择区县、机构后再按姓氏查询"
