"""Demo of the province's other work: applications to become an assessment institution, bad
records, a question edited after use (versions), and things in the recycle bin.

Why: each console page of these has something to show and act on. Made through
the services, as the administrators would: the province allows two organisations
to apply, one application waits for review and one was approved; bad records are
imported from a spreadsheet in the import's own format; a question that papers
used is corrected, which versions it; an institution removes a physician who left.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from core.assessment import institutions
from core.assessment import service as assessment_service
from core.assessment.models import Enrolment, Physician
from core.demo.catalog import INDUSTRY, INSTITUTIONS
from core.demo.orgs import admin
from core.exam import bank as bank_service
from core.exam.models import Question
from core.exports import to_xlsx
from core.orgs import service as orgs_service
from core.orgs.models import OrgNode

FONT = "STSong-Light"
APPLICANTS = [  # (username, org code, statement, decision, reason): one in each district, every outcome
    ("inst3", INSTITUTIONS[2][2], "本院为三级中医医院，设有考核办公室和专职人员，具备组织医师定期考核的场地和条件，申请承担"
                                  "武昌区医师定期考核工作。", None, ""),
    ("industry1", INDUSTRY[1], "本会为全省医师行业组织，下设各专科分会，申请承担全省会员医师定期考核的组织工作。",
     "approve", "材料齐全，符合承担考核工作的条件"),
    ("inst2", INSTITUTIONS[1][2], "本院为二级综合医院，申请承担江岸区二级以下医疗机构医师的定期考核工作。", "reject",
     "考场仅 1 间，不足以承担全区考核；请补充考场与考官库材料后重新申请"),
    ("inst4", INSTITUTIONS[3][2], "本院为三级甲等综合医院，设有临床技能培训中心，申请承担西陵区医师定期考核工作。", None, ""),
    ("inst6", INSTITUTIONS[5][2], "本院为二级甲等综合医院，申请承担夷陵区乡镇卫生院医师的定期考核工作。", None, ""),
]
BAD_RECORDS = [  # (institution index in INSTITUTIONS, date, category, description, source): one per hospital
    (0, "2026-03-12", "医疗纠纷", "门诊诊疗过程中沟通不充分引发投诉，经调解结案，负次要责任。", "武汉市医疗纠纷人民调解委员会"),
    (1, "2025-11-20", "违反诊疗规范", "超说明书用药未履行知情同意手续，已责令整改。", "江岸区卫生健康局"),
    (2, "2026-01-08", "病历书写不规范", "住院病历首次病程记录超时完成，院内通报批评。", "武昌区中医医院医务科"),
    (3, "2025-09-30", "医疗纠纷", "术后并发症告知不充分引发投诉，经医患双方协商解决。", "宜昌市卫生健康委员会"),
    (4, "2026-05-16", "违反诊疗规范", "处方超常规剂量未双签字，已约谈并整改。", "西陵区卫生健康局"),
    (5, "2026-02-21", "不良执业行为", "擅离职守延误急诊会诊，给予警告处理。", "夷陵区卫生健康局"),
]


def _pdf(title: str, lines: list[str]) -> bytes:
    """A one-page attachment (the scanned paper an applicant would upload)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(FONT, 18)
    page.drawString(72, 770, title)
    page.setFont(FONT, 11)
    for n, line in enumerate(lines):
        page.drawString(72, 730 - 20 * n, line)
    page.save()
    return out.getvalue()


async def seed_applications() -> None:
    chief = await admin("province")
    orgs = {code: await OrgNode.get(code=code) for _u, code, *_rest in APPLICANTS}
    await orgs_service.set_may_apply(actor=chief, org_ids=[o.id for o in orgs.values()], allowed=True)
    for username, code, statement, decision, reason in APPLICANTS:
        name = orgs[code].name
        files = [institutions.Upload(name=f"{name}考核工作方案.pdf", body=_pdf(f"{name}医师定期考核工作方案", [
            "一、组织机构：成立考核工作领导小组，下设考核办公室。", "二、考核场地：标准化考场2间，可同时容纳80人。",
            "三、人员配备：专职工作人员3名，考官库成员40名。"]), content_type="application/pdf")]
        app = await institutions.submit_application(actor=await admin(username), statement=statement, files=files)
        if decision:
            await institutions.review_application(actor=chief, application_id=app.id, decision=decision,
                                                  reason=reason)


async def seed_bad_records() -> None:
    """Imported by the province from the xlsx the import centre takes (its own column headings)."""
    rows = []
    approved = await Enrolment.filter(state="approved").values_list("physician_id", flat=True)
    for index, day, category, text, source in BAD_RECORDS:
        hospital = Physician.filter(institution__code=INSTITUTIONS[index][2], deleted_at__isnull=True).order_by("id")
        doctor = await hospital.filter(id__in=approved).first() or await hospital.first()
        if doctor is not None:
            rows.append([doctor.id_number, doctor.name, day, category, text, source])
    content = to_xlsx("不良记录", list(institutions.BAD_RECORD_COLUMNS), rows)
    report = await institutions.import_bad_records(actor=await admin("province"), content=content)
    if not report.ok:
        raise RuntimeError(f"demo bad records refused: {report}")


async def seed_versions() -> None:
    """A used question corrected after the exam: the bank keeps the version the papers saw."""
    chief = await admin("province")
    q = await Question.filter(used=True, qtype="A1", retired=False).order_by("id").first()
    if q is not None:
        await bank_service.edit_question(actor=chief, question_id=q.id, changes={
            "explanation": q.explanation + "（2026年修订：补充了解析）"})


async def seed_recycle_bin() -> None:
    """A physician who left the institution, removed by its administrator (restorable)."""
    gone = await Physician.filter(institution__code=INSTITUTIONS[3][2]).exclude(
        id__in=await Enrolment.all().values_list("physician_id", flat=True)).order_by("-id").first()
    if gone is not None:
        await assessment_service.delete_physician(actor=await admin("inst4"), physician_id=gone.id)
