"""Error codes of the exam domain."""
from core.errors import AppError


class SessionClosed(AppError):
    status, code, message = 409, "exam.session_closed", "考试已交卷或已超时，答案不能再修改"


class DeviceReplaced(AppError):
    status, code, message = 409, "exam.device_replaced", "考试已在另一台设备上继续，本设备已退出作答"


class QuestionNotInPaper(AppError):
    status, code, message = 422, "exam.question_not_in_paper", "该题目不在您的试卷中"


class InvalidAnswer(AppError):
    status, code, message = 422, "exam.invalid_answer", "答案选项无效"


class NoPaper(AppError):
    status, code, message = 404, "exam.no_paper", "您暂无可参加的考试"


class NotEnoughQuestions(AppError):
    status, code, message = 422, "exam.not_enough_questions", "题库中符合组卷方案的题目不足"


class BlueprintMissing(AppError):
    status, code, message = 404, "exam.blueprint_missing", "本周期该专业尚未设置组卷方案"


class BlueprintFrozen(AppError):
    status, code, message = 409, "exam.blueprint_frozen", "组卷方案已用于出卷，不能修改"


# ---------------------------------------------------------------- question bank

class InvalidQuestion(AppError):
    status, code, message = 422, "exam.invalid_question", "题目内容不符合要求"


class InvalidGroup(AppError):
    status, code, message = 422, "exam.invalid_group", "题组内容不符合要求"


class QuestionRetired(AppError):
    status, code, message = 409, "exam.question_retired", "该题目已停用或已有新版本，请在最新版本上修改"


class QuestionSuperseded(AppError):
    status, code, message = 409, "exam.question_superseded", "该题目已有新版本，旧版本不能恢复，请使用最新版本"


class GroupMember(AppError):
    status, code, message = 409, "exam.group_member", "题组中的小题不能单独停用，请停用整个题组"


class NotVerified(AppError):
    status, code, message = 409, "exam.not_verified", "请先完成考前人脸核验"


# ---------------------------------------------------------------- practice

class QuestionNotFound(AppError):
    status, code, message = 404, "exam.question_not_found", "题目不存在"


class QuestionUnavailable(AppError):
    status, code, message = 409, "exam.question_unavailable", "该题目已停用或已更新为新版本，不能再练习"


class MockNotSubmitted(AppError):
    status, code, message = 409, "exam.mock_not_submitted", "模拟考试交卷后才能查看答案与解析"
