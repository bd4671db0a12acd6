"""Error codes of the FAQ domain."""
from core.errors import AppError


class OrgOutOfScope(AppError):
    status, code, message = 404, "faq.org_not_found", "所属机构不存在或不在管辖范围内"


class InstitutionNotFound(AppError):
    status, code, message = 404, "faq.institution_not_found", "医院不存在"
