"""Error codes of the org tree."""
from core.errors import AppError


class InvalidParent(AppError):
    status, code, message = 422, "orgs.invalid_parent", "上级机构类型不允许"


class CodeTaken(AppError):
    status, code, message = 409, "orgs.code_taken", "机构编码已存在"


class HasChildren(AppError):
    status, code, message = 409, "orgs.has_children", "该机构下还有下级机构、账号或医师，不能删除"


class UnknownProfileSection(AppError):
    status, code, message = 422, "orgs.unknown_section", "没有这个信息栏目"


class NoProfile(AppError):
    status, code, message = 422, "orgs.profile_not_applicable", "只有卫健委维护本机构、考核管理委员会和考核办公室信息"


class MayApplyNotApplicable(AppError):
    status, code, message = 422, "orgs.may_apply_not_applicable", "只有医疗卫生机构和行业组织可以申请成为考核机构"


class OwnOrg(AppError):
    status, code, message = 409, "orgs.own_org", "不能对本机构执行此操作"


class NoAdmin(AppError):
    status, code, message = 409, "orgs.no_admin", "该机构还没有管理员账号"


class ImportConflict(AppError):
    status, code, message = 409, "orgs.import_conflict", "导入过程中数据已被他人修改，未导入任何数据，请重新导入"
