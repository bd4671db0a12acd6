"""Error codes of the assessment domain."""
from core.errors import AppError


class PhysicianExists(AppError):
    status, code, message = 409, "assessment.physician_exists", "该身份证号的医师已存在（如已删除，请从回收站恢复）"


class NotAnInstitution(AppError):
    status, code, message = 422, "assessment.not_an_institution", "医师只能归属于医疗机构"
