"""Demo of the internet hospital's catalogue (seed 004): departments, doctors with photos,
services and prices, this month's and next month's schedules, the informed consent, a doctor's
workstation login, and a patient persona following a doctor.

Why: the back office's 医生管理 / 科室管理 pages, the H5 问诊 screens and the mini-program
API show a real catalogue at once. Made through the services as the administrators would:
武汉市第一医院 (inst1) and 西陵区妇幼保健院 (inst5, the seed's 妇幼保健院) add their departments
and doctors; the province sets up one doctor practising at both (多点执业) and publishes the
consent; one doctor is still offline. 闸北中心医院 in 静安区 (the record service's tree) has two
doctors in its record room's departments, so that tree's 医生管理 is not empty either. Photos are drawn here (a head-and-shoulders silhouette
per doctor) and go through the upload's re-encoding like any photo.
"""
from __future__ import annotations

import datetime as dt
import io

from PIL import Image, ImageDraw

from core.accounts.models import AdminAccount
from core.db import utcnow
from core.demo.catalog import DOCTOR_ACCOUNT, INSTITUTIONS
from core.demo.orgs import admin
from core.doctors import catalogue, consent, departments, schedules
from core.doctors import service as doctors_service
from core.doctors.models import Doctor
from core.doctors.schemas import ConsentIn, HospitalDepartmentIn, DoctorIn, MonthScheduleIn, ServicesIn
from core.orgs.models import OrgNode
from core.records.models import Department

# username -> [(code, name)]
DEPARTMENTS = {
    "inst1": [("EK", "儿科"), ("HXNK", "呼吸内科"), ("XXGNK", "心血管内科"), ("PFK", "皮肤科")],
    "inst5": [("EK", "儿科"), ("FK", "妇科"), ("CK", "产科"), ("ETBJ", "儿童保健科")],
}
# (username, name, title, [department codes], specialties, introduction, text fee 元, video fee 元 or None, online)
DOCTORS = [
    ("inst1", "李华", "chief", ["EK"], "小儿呼吸道感染、支气管哮喘、反复咳嗽",
     "儿科主任医师，从事儿科临床工作二十余年，擅长儿童呼吸系统疾病的诊治，对小儿哮喘的规范化管理有丰富经验。", 50, 120, True),
    ("inst1", "周敏", "attending", ["EK"], "新生儿黄疸、小儿腹泻、儿童营养",
     "儿科主治医师，长期在儿科门诊与新生儿病房工作。", 25, 60, True),
    ("inst1", "陈志强", "associate_chief", ["HXNK"], "慢性阻塞性肺疾病、肺部结节随访、睡眠呼吸暂停",
     "呼吸内科副主任医师，医学博士，参与多项慢阻肺规范化诊疗研究。", 40, 100, True),
    ("inst1", "王建国", "chief", ["XXGNK"], "高血压、冠心病、心力衰竭的长期管理",
     "心血管内科主任医师，擅长高血压与冠心病的药物治疗及随访管理。", 60, 150, True),
    ("inst1", "刘芳", "attending", ["PFK"], "湿疹、痤疮、荨麻疹",
     "皮肤科主治医师，擅长常见皮肤病的诊治与护肤指导。", 30, None, False),
    ("inst5", "张丽", "chief", ["FK"], "月经失调、妇科炎症、更年期综合征",
     "妇科主任医师，从事妇科临床三十年，擅长妇科常见病、多发病的诊治。", 50, 120, True),
    ("inst5", "赵静", "associate_chief", ["CK"], "孕期保健、妊娠期糖尿病、产后康复",
     "产科副主任医师，负责孕产妇保健门诊，擅长高危妊娠管理。", 40, 100, True),
    ("inst5", "孙晓燕", "attending", ["ETBJ", "EK"], "儿童生长发育评估、喂养指导、预防接种咨询",
     "儿童保健科主治医师，擅长0–6岁儿童生长发育监测与喂养指导。", 20, 50, True),
]
# 静安区: 闸北中心医院 (records2, a hospital of the record service's tree) runs the internet
# hospital too, in the departments its record room already keeps (core/demo/records.py).
# (username, hospital code, name, title, department code, specialties, introduction, text fee 元, video fee 元)
JINGAN_DOCTORS = [
    ("records2", "JA31010601", "吴佳怡", "associate_chief", "EK", "儿童发热、小儿消化不良、儿童过敏",
     "儿科副主任医师，擅长儿童常见病、多发病的诊治与家庭护理指导。", 40, 100),
    ("records2", "JA31010601", "沈国平", "chief", "NK", "高血压、糖尿病等慢性病的长期管理",
     "内科主任医师，从事内科临床工作二十余年，擅长慢性病的规范化管理与用药调整。", 50, 120),
]
# Set up by the province: practises at both hospitals' 儿科 (the first is the primary site).
MULTI_SITE = ("黄振华", "chief", [("inst1", "EK"), ("inst5", "EK")], "儿童哮喘、过敏性鼻炎、儿童慢性咳嗽",
              "儿科主任医师，在武汉市第一医院与西陵区妇幼保健院多点执业，擅长儿童过敏性疾病。", 80, 200)
CONSENT_FEES = ("一、图文咨询：按医生职称定价，住院医师、主治医师 20–30 元/次，副主任医师 40 元/次，主任医师 50–80 元/次；"
                "医生接诊后 48 小时内可多次交流。\n二、视频问诊：50–200 元/次，以医生主页标示的价格为准。\n"
                "三、医生未在规定时间内接诊，或拒绝接诊的，费用全额原路退回。")
CONSENT_BODY = ("一、互联网诊疗仅适用于部分常见病、慢性病的复诊，不适用于首诊及急危重症。如出现胸痛、呼吸困难、意识改变、大量出血等"
                "紧急情况，请立即拨打 120 或前往医院急诊就诊。\n"
                "二、请如实、完整地提供病情、既往史、过敏史及检查资料；因提供信息不实造成的后果由本人承担。\n"
                "三、医生根据您提供的资料给出诊疗意见，必要时会建议您到医院线下就诊。\n"
                "四、您的个人信息和诊疗记录依法保密，仅用于本次诊疗；诊疗记录按病历管理规定保存。\n"
                "五、代家人咨询的，须取得其授权，并以就诊人本人的信息提交。")
COLORS = [(64, 132, 196), (72, 160, 120), (190, 110, 70), (140, 100, 180), (200, 80, 110), (80, 150, 170)]


def _photo(n: int) -> bytes:
    """A head-and-shoulders silhouette on a coloured background (PNG)."""
    img = Image.new("RGB", (360, 440), COLORS[n % len(COLORS)])
    draw = ImageDraw.Draw(img)
    draw.ellipse((120, 70, 240, 200), fill=(245, 245, 245))
    draw.rounded_rectangle((60, 230, 300, 440), radius=90, fill=(245, 245, 245))
    draw.polygon([(180, 240), (160, 300), (200, 300)], fill=COLORS[(n + 2) % len(COLORS)])
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _prices(text: int, video: int | None) -> ServicesIn:
    items = [{"kind": "text", "price_fen": text * 100, "window_hours": 48}]
    if video is not None:
        items.append({"kind": "video", "price_fen": video * 100, "window_hours": 24})
    return ServicesIn(items=items)


def _month_slots(month: str, n: int, department_ids: list[int]) -> MonthScheduleIn:
    """Weekday duty: mornings on alternating days, afternoons twice a week, a Saturday morning now and then."""
    first, last = schedules.month_bounds(month)
    slots = []
    day = first
    while day <= last:
        wd = day.weekday()
        dept = department_ids[(day.day // 7) % len(department_ids)]
        if wd < 5 and (wd + n) % 2 == 0:
            slots.append({"day": day, "period": "morning", "department_id": dept, "capacity": 20 + 5 * (n % 3)})
        if wd in ((n % 5), (n + 2) % 5):
            slots.append({"day": day, "period": "afternoon", "department_id": dept, "capacity": 15})
        if wd == 5 and (day.day + n) % 3 == 0:
            slots.append({"day": day, "period": "morning", "department_id": dept, "capacity": 10})
        day += dt.timedelta(days=1)
    return MonthScheduleIn(month=month, slots=slots)


async def seed_doctors(password: str) -> None:
    """Build the catalogue (the caller checks it is not there yet)."""
    codes = {f"inst{n + 1}": code for n, (_c, _name, code) in enumerate(INSTITUTIONS)}
    dept_ids: dict[tuple[str, str], int] = {}
    for username, rows in DEPARTMENTS.items():
        actor = await admin(username)
        hospital = await OrgNode.get(code=codes[username])
        for code, name in rows:
            d = await departments.create_department(actor=actor, data=HospitalDepartmentIn(institution_id=hospital.id,
                                                                                   code=code, name=name))
            dept_ids[(username, code)] = d.id
    this_month = schedules.current_month()
    first, _ = schedules.month_bounds(this_month)
    next_month = (first + dt.timedelta(days=32)).strftime("%Y-%m")
    made: list[tuple[int, list[int], object]] = []
    for n, (username, name, title, depts, specialties, intro, text, video, online) in enumerate(DOCTORS):
        actor = await admin(username)
        ids = [dept_ids[(username, c)] for c in depts]
        doc = await doctors_service.create_doctor(actor=actor, data=DoctorIn(
            name=name, title=title, specialties=specialties, introduction=intro, department_ids=ids, enabled=online))
        made.append((doc.id, ids, actor))
    province = await admin("province")
    name, title, sites, specialties, intro, text, video = MULTI_SITE
    ids = [dept_ids[site] for site in sites]
    doc = await doctors_service.create_doctor(actor=province, data=DoctorIn(
        name=name, title=title, specialties=specialties, introduction=intro, department_ids=ids, enabled=True))
    made.append((doc.id, ids, province))
    for username, hospital_code, name, title, dept, specialties, intro, _text, _video in JINGAN_DOCTORS:
        actor = await admin(username)
        department = await Department.get(institution__code=hospital_code, code=dept)
        doc = await doctors_service.create_doctor(actor=actor, data=DoctorIn(
            name=name, title=title, specialties=specialties, introduction=intro, department_ids=[department.id],
            enabled=True))
        made.append((doc.id, [department.id], actor))
    prices = ([(row[6], row[7]) for row in DOCTORS] + [(MULTI_SITE[5], MULTI_SITE[6])]
              + [(row[7], row[8]) for row in JINGAN_DOCTORS])
    for n, ((doctor_id, ids, actor), (text, video)) in enumerate(zip(made, prices)):
        await doctors_service.set_services(actor=actor, doctor_id=doctor_id, data=_prices(text, video))
        if n % 4 != 3:  # a few without a photo, as in real life
            await doctors_service.set_photo(actor=actor, doctor_id=doctor_id, data=_photo(n))
        for month in (this_month, next_month):
            await schedules.set_month(actor=actor, doctor_id=doctor_id, data=_month_slots(month, n, ids))
    # The first doctor's workstation login, with the demo password like every demo account.
    first_doctor, _, inst1 = made[0]
    _, account_id, _ = await doctors_service.create_account(actor=inst1, doctor_id=first_doctor,
                                                            username=DOCTOR_ACCOUNT[0], password=password)
    await AdminAccount.filter(id=account_id).update(must_change_password=False, password_changed_at=utcnow())
    await consent.publish(actor=province, data=ConsentIn(body=CONSENT_BODY, fees=CONSENT_FEES))
    await seed_templates(await admin(DOCTOR_ACCOUNT[0]), dept_ids[("inst1", "EK")])


# The demo doctor's workstation templates: (kind, title, content, shared with the department).
TEMPLATES = [
    ("reply", "问候", "您好，我是李华医生，请详细描述孩子的症状、持续时间和体温情况，如有检查结果可一并发送图片。", False),
    ("reply", "补充资料", "为了更准确地判断病情，请补充：孩子的年龄、体重、既往病史和过敏史。", False),
    ("reply", "用药提醒", "请按医嘱按时用药，服药后注意观察体温和精神状态，如有不适及时告诉我。", False),
    ("reply", "线下就诊", "根据您描述的情况，建议尽快到医院儿科门诊或急诊就诊，进行血常规等检查。", False),
    ("reply", "结束语", "祝孩子早日康复！如有新的情况，欢迎再次咨询。", False),
    ("record", "小儿急性上呼吸道感染", {
        "chief_complaint": "发热伴咳嗽2天", "present_illness": "2天前无明显诱因出现发热，最高体温38.5℃，伴轻咳、流涕，精神尚可，食欲稍差。",
        "past_history": "既往体健，无药物过敏史。", "diagnosis": "急性上呼吸道感染",
        "advice": "1. 多饮水，清淡饮食，注意休息；\n2. 体温超过38.5℃时口服退热药；\n3. 如持续高热超过3天、精神差或呼吸急促，请及时线下就诊。"}, True),
    ("record", "小儿腹泻", {
        "chief_complaint": "腹泻1天", "present_illness": "1天前出现稀水样便，每日4–5次，无脓血，无明显呕吐。",
        "past_history": "既往体健。", "diagnosis": "急性腹泻病",
        "advice": "1. 口服补液盐预防脱水；\n2. 继续母乳或日常饮食，少量多餐；\n3. 出现尿量明显减少、精神萎靡或便中带血时及时就诊。"}, False),
    ("diagnosis", "儿童呼吸道常用", ["急性上呼吸道感染", "急性支气管炎", "支气管哮喘", "过敏性鼻炎"], True),
    ("diagnosis", "儿童消化道常用", ["急性腹泻病", "功能性消化不良", "便秘"], False),
]


async def seed_templates(doctor_actor, department_id: int) -> None:
    """The demo doctor (doctor1) has quick replies, record and diagnosis templates, some shared with 儿科."""
    from core.doctors import workbench
    from core.doctors.schemas import TemplateIn

    field = {"reply": "text", "record": "record", "diagnosis": "items"}
    for kind, title, content, shared in TEMPLATES:
        await workbench.create_template(actor=doctor_actor, data=TemplateIn(
            kind=kind, title=title, department_id=department_id if shared else None, **{field[kind]: content}))


async def seed_follows(patient_actor) -> None:
    """The patient persona follows two doctors (我关注的医生 has something to show)."""
    for name in ("李华", "张丽"):
        doctor = await Doctor.get(name=name)
        await catalogue.follow(actor=patient_actor, doctor_id=doctor.id)
