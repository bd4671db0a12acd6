"""Error codes of the org tree."""
from core.errors import AppError


class InvalidParent(AppError):
    status, code, message = 422, "orgs.invalid_parent", "上级机构类型不允许"


class CodeTaken(AppError):
    status, code, message = 409, "orgs.code_taken", "机构编码已存在"


class HasChildren(AppError):
    status, code, message = 409, "orgs.has_children", "该机构下还有下级机构、账号或医师，不能删除"
