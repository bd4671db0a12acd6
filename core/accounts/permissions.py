"""Roles and the permissions they grant.

Why: one table says what each administrator role may do; `core.scope.require`
is the only place that checks it.
"""
from __future__ import annotations

PERMISSIONS = {
    "orgs.read": "查看组织机构",
    "orgs.write": "维护组织机构",
    "accounts.read": "查看账号",
    "accounts.write": "维护账号",
    "physicians.read": "查看医师",
    "physicians.write": "维护医师",
    "physicians.export": "导出医师",
    "pii.reveal": "查看完整身份证号与手机号",
    "audit.read": "查看操作日志",
    "recycle.read": "查看回收站",
    "recycle.restore": "从回收站恢复",
}

_ADMIN = set(PERMISSIONS)
ROLES: dict[str, dict] = {
    "commission_admin": {"label": "卫健委管理员", "permissions": _ADMIN},
    "institution_admin": {"label": "机构管理员", "permissions": _ADMIN - {"orgs.write"}},
    "assessment_admin": {"label": "考核机构管理员",
                         "permissions": {"orgs.read", "physicians.read", "physicians.export", "audit.read"}},
    "industry_admin": {"label": "行业组织管理员", "permissions": {"orgs.read", "physicians.read"}},
    "auditor": {"label": "审计员", "permissions": {"audit.read", "orgs.read"}},
    "viewer": {"label": "只读", "permissions": {"orgs.read", "accounts.read", "physicians.read"}},
}


def permissions_for(roles: list[str] | tuple[str, ...]) -> frozenset[str]:
    perms: set[str] = set()
    for r in roles:
        perms |= set(ROLES.get(r, {}).get("permissions", ()))
    return frozenset(perms)
