"""Error codes of the cloud accompaniment (seed 003 线上陪诊服务)."""
from core.errors import AppError


class TaskNotFound(AppError):
    status, code, message = 404, "accompany.task_not_found", "陪诊任务不存在"


class VisitNotFound(AppError):
    status, code, message = 404, "accompany.visit_not_found", "就诊记录不存在"


class CompanionCannotAct(AppError):
    status, code, message = 403, "accompany.companion_cannot_act", "陪诊人只能查看就诊进程，不能办理就诊业务"


class NotOwner(AppError):
    status, code, message = 403, "accompany.not_owner", "只有发起陪诊的患者可以进行此操作"


class NotCandidate(AppError):
    status, code, message = 403, "accompany.not_candidate", "所选人员不是已授权“陪诊”的家庭成员"


class NotInvited(AppError):
    status, code, message = 409, "accompany.not_invited", "您没有待接受的陪诊邀请"


class TaskEnded(AppError):
    status, code, message = 409, "accompany.task_ended", "该陪诊已结束"


class NotOpen(AppError):
    status, code, message = 409, "accompany.not_open", "该就诊暂不能发起陪诊（就诊已结束或该医疗机构未开通云陪诊）"


class TaskExists(AppError):
    status, code, message = 409, "accompany.task_exists", "该就诊已有进行中的陪诊"

