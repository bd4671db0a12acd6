"""Error codes of the review rules (审方规则)."""
from core.errors import AppError


class VersionNotFound(AppError):
    status, code, message = 404, "rx.rules_version_not_found", "规则版本不存在"


class RuleNotFound(AppError):
    status, code, message = 404, "rx.rule_not_found", "规则不存在"


class VersionFrozen(AppError):
    status, code, message = 409, "rx.rules_version_frozen", "已发布或已停用的规则版本不能修改，请新建草稿"


class DraftExists(AppError):
    status, code, message = 409, "rx.rules_draft_exists", "已有未发布的草稿版本，请先发布或删除它"


class CodeTaken(AppError):
    status, code, message = 409, "rx.rule_code_taken", "本版本中已有相同编码的规则"


class NothingPublished(AppError):
    status, code, message = 409, "rx.rules_none_published", "还没有已发布的规则版本"
