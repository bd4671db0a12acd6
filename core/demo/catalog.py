"""What the demo is made of, by name and code, without the services that build it.

Why apart: `seed-demo` on a database already seeded only checks its markers and
prints the accounts; it needs these names, not the loaders (importing those
costs seconds of `make run`'s start).
"""
from __future__ import annotations

# ---------------------------------------------------------------- the assessment: Hubei
PROVINCE = ("湖北省卫生健康委员会", "420000")
# (city, code, [(county, code)]): Hubei prefectures and districts with their GB/T 2260 codes.
TREE = [
    ("武汉市卫生健康委员会", "420100", [("江岸区卫生健康局", "420102"), ("武昌区卫生健康局", "420106")]),
    ("宜昌市卫生健康委员会", "420500", [("西陵区卫生健康局", "420502"), ("夷陵区卫生健康局", "420506")]),
]
# (county code, name, unified social credit code)
INSTITUTIONS = [
    ("420102", "武汉市第一医院", "12420100441357921K"), ("420102", "江岸区人民医院", "12420102441360153X"),
    ("420106", "武昌区中医医院", "124201064413646810"), ("420502", "宜昌市中心人民医院", "12420500420370162D"),
    ("420502", "西陵区妇幼保健院", "124205024203725533"), ("420506", "夷陵医院", "12420506420380137L"),
]
# (city code, name, code): each city's assessment institution.
ASSESSORS = [("420100", "武汉市医师定期考核中心", "KH420100"), ("420500", "宜昌市医师定期考核中心", "KH420500")]
INDUSTRY = ("湖北省医师协会", "51420000MJH1234567")

# username → (org code, roles, what it is): printed by `make run`.
ACCOUNTS = {
    "province": (PROVINCE[1], ["commission_admin"], "湖北省卫健委（全省：考核周期、题库、组卷方案、补考确认）"),
    "city1": ("420100", ["commission_admin"], "武汉市卫健委"),
    "city2": ("420500", ["commission_admin"], "宜昌市卫健委"),
    "county1": ("420102", ["commission_admin"], "江岸区卫健局"),
    "county2": ("420106", ["commission_admin"], "武昌区卫健局"),
    "county3": ("420502", ["commission_admin"], "西陵区卫健局"),
    "county4": ("420506", ["commission_admin"], "夷陵区卫健局"),
    **{f"inst{n + 1}": (code, ["institution_admin"], f"{name}（医疗机构：医师、报名、审核、监考）")
       for n, (_county, name, code) in enumerate(INSTITUTIONS)},
    "assessor1": ("KH420100", ["assessment_admin"], "武汉市医师定期考核中心（考核机构：复核、成绩、监考）"),
    "assessor2": ("KH420500", ["assessment_admin"], "宜昌市医师定期考核中心（考核机构）"),
    "proctor1": (INSTITUTIONS[0][2], ["proctor"], "武汉市第一医院监考员（考中照片、核验记录、作弊判定）"),
    "industry1": (INDUSTRY[1], ["industry_admin"], "湖北省医师协会（行业组织）"),
}

# ---------------------------------------------------------------- the record service: Shanghai 静安区
ROOT = ("上海市卫生健康委员会", "310000")
CITY = ("上海市（市辖区）", "310100")
DISTRICT = ("静安区卫生健康委员会", "310106")
RECORDS_ACCOUNTS = [("jingan", "静安区卫健委（病案复印：全区统计、审核方式、收费、字典）"),
            ("records1", "静安区中心医院病案室（审核、生成或上传复印件）"),
            ("records2", "闸北中心医院（机构管理员，自动审核）"),
            ("records3", "市北医院病案室（人工审核，收费 10 元）")]

# ---------------------------------------------------------------- the internet hospital (core/demo/doctors.py)
DOCTOR_ACCOUNT = ("doctor1", "武汉市第一医院儿科李华医生（医生工作站登录账号：登录管理后台后进入“医生工作站”，有快捷回复、病历与诊断模板）")
# The workstation logins of the doctors the demo's consultations are with (core/demo/consult.py):
# username → (the hospital's demo administrator who makes it, the doctor, what it is).
CONSULT_DOCTOR_ACCOUNTS = {
    "doctor_wu": ("records2", "吴佳怡", "闸北中心医院儿科吴佳怡医生（医生工作站：问诊订单）"),
    "doctor_shen": ("records2", "沈国平", "闸北中心医院内科沈国平医生（医生工作站：问诊订单）"),
    "doctor_zhang": ("inst5", "张丽", "西陵区妇幼保健院妇科张丽医生（医生工作站：问诊订单）"),
}

CYCLE_CODE = "2026"

# The internet hospital's pharmacist (core/demo/rx.py): reviews the demo doctor's prescriptions.
PHARMACIST_ACCOUNT = ("pharmacist1", "武汉市第一医院药师（处方审核：待审处方、通过/不通过、干预、申诉）")
