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
    "cycles.manage": "考核周期设置（省级）",
    "enrolment.read": "查看参加考核医师",
    "enrolment.manage": "确认、取消参加考核与医师账号维护",
    "review.institution": "医疗机构审核",
    "review.assessment": "考核机构复核",
    "makeup.decide": "确认补考（省级）",
    "scores.record": "录入考核成绩",
    "stats.read": "查看考核统计",
    "certificates.print": "打印合格证书",
    "applications.review": "审核考核机构申请",
    "applications.submit": "申请成为考核机构",
    "assignments.manage": "指派考核机构",
    "badrecords.import": "导入不良记录（省级）",
    "exam.bank": "维护题库",
    "exam.blueprint": "设置组卷方案（省级）",
    "proctoring.review": "监考：查看考中照片与核验记录、人工放行、判定作弊与复核",
    "records.read": "病案复印：查看申请、身份核验材料与统计",
    "records.review": "病案复印：审核申请、上传或生成复印件",
    "records.manage": "病案复印：审核方式、收费、HIS接口、科室与字典维护",
    "faq.manage": "常见问题维护",
    "payments.read": "支付：查看支付订单与退款",
    "payments.refund": "支付：发起退款",
    "payments.reconcile": "支付：下载微信支付账单与对账（省级）",
    "support.tickets": "帮助与反馈：查看、回复与关闭问题反馈",
    "support.seat": "在线客服：客服坐席（接入、回复、结束会话）",
    "support.manage": "帮助与反馈：开通客服台，服务时间、电话与欢迎语",
    "doctors.manage": "互联网诊疗：科室、医生、服务与价格、排班、知情同意书维护",
    "consult.read": "互联网诊疗：查看问诊订单与医生诊疗统计",
    "consult.refund": "互联网诊疗：问诊订单退款",
    "visits.manage": "门诊就医助手：机构接入、就诊环节配置与隔离事件处理",
    "dicts.medical": "三大字典：药品、诊断与收费项目的维护、导入导出、启用停用",
    "rx.read": "审方管理：查看处方、审方记录、申诉与审方统计，门诊日志",
    "rx.review": "处方审核：药师审方（通过、拒绝）、干预与申诉处理",
    "rx.rules": "审方规则：编辑规则、发布新版本",
    "pharmacy.read": "药品订单与物流：查看订单、发药队列与配送",
    "pharmacy.dispense": "药房：发药、退药、取药码核销、交付物流",
    "insurance.read": "医保电子处方：查看上传、审核与取药结果",
}

_ADMIN = set(PERMISSIONS)
_PROVINCE_EXAM = {"exam.bank", "exam.blueprint"}
# Record copies are reviewed by the institution's own record room, never by a commission; a
# consultation's money goes back by the hospital that took it (commissions see, hospitals refund).
_INSTITUTION_ONLY = {"enrolment.manage", "review.institution", "review.assessment", "applications.submit",
                     "records.review", "support.tickets", "support.seat", "consult.refund",
                     "rx.review", "pharmacy.dispense"}
ROLES: dict[str, dict] = {
    "commission_admin": {"label": "卫健委管理员", "permissions": _ADMIN - _INSTITUTION_ONLY},
    "institution_admin": {"label": "机构管理员", "permissions": (_ADMIN - {
        "orgs.write", "cycles.manage", "makeup.decide", "applications.review", "assignments.manage",
        "badrecords.import", "review.assessment", "scores.record"} - _PROVINCE_EXAM)},
    "assessment_admin": {"label": "考核机构管理员",
                         "permissions": {"orgs.read", "physicians.read", "physicians.export", "audit.read",
                                         "enrolment.read", "review.assessment", "scores.record", "stats.read",
                                         "certificates.print", "proctoring.review"}},
    # A proctor of an institution or assessment institution: reviews exam photos and nothing else.
    "proctor": {"label": "监考员", "permissions": {"proctoring.review"}},
    # Record-room staff of an institution (seed 003 病案室老师): requests, review, copies; no settings.
    "record_room": {"label": "病案室人员", "permissions": {"records.read", "records.review"}},
    # A hospital's customer service (seed 004 在线客服, 帮助与反馈): feedback tickets and chat seats.
    "customer_service": {"label": "客服人员", "permissions": {"support.tickets", "support.seat"}},
    # A hospital's internet-hospital operations (seed 004 运营中心): consultation orders, refunds, statistics.
    "consult_operator": {"label": "互联网医院运营人员", "permissions": {"consult.read", "consult.refund"}},
    # A hospital's pharmacist (seed 004 处方审核, 药师审查及干预): reviews prescriptions, reads the review records.
    "pharmacist": {"label": "药师", "permissions": {"rx.read", "rx.review"}},
    # The pharmacy's window and dispatch (seed 004 处方流转/发药, 物流管理): dispensing, pick-up codes, carriers.
    "pharmacy_staff": {"label": "药房人员", "permissions": {"pharmacy.read", "pharmacy.dispense"}},
    "industry_admin": {"label": "行业组织管理员", "permissions": {"orgs.read", "physicians.read",
                                                                 "applications.submit"}},
    # A doctor's login to the workstation (core/doctors/service.py): no console permission; the
    # workstation knows the doctor by the account's Doctor row.
    "doctor": {"label": "医生（工作站）", "permissions": set()},
    "auditor": {"label": "审计员", "permissions": {"audit.read", "orgs.read"}},
    "viewer": {"label": "只读", "permissions": {"orgs.read", "accounts.read", "physicians.read"}},
}


def permissions_for(roles: list[str] | tuple[str, ...]) -> frozenset[str]:
    perms: set[str] = set()
    for r in roles:
        perms |= set(ROLES.get(r, {}).get("permissions", ()))
    return frozenset(perms)
