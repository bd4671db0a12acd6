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
APPLICANTS = [  # (username, org code, statement, approved)
    ("inst3", INSTITUTIONS[2][2], "本院为三级中医医院，设有考核办公室和专职人员，具备组织医师定期考核的场地和条件，申请承担"
                                  "武昌区医师定期考核工作。", False),
    ("industry1", INDUSTRY[1], "本会为全省医师行业组织，下设各专科分会，申请承担全省会员医师定期考核的组织工作。", True),
]
BAD_RECORDS = [  # (which enrolled physician, date, category, description, source)
    (0, "2026-03-12", "医疗纠纷", "门诊诊疗过程中沟通不充分引发投诉，经调解结案，负次要责任。", "武汉市医疗纠纷人民调解委员会"),
    (1, "2025-11-20", "违反诊疗规范", "超说明书用药未履行知情同意手续，已责令整改。", "江岸区卫生健康局"),
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
    orgs = {code: await OrgNode.get(code=code) for _u, code, _s, _a in APPLICANTS}
    await orgs_service.set_may_apply(actor=chief, org_ids=[o.id for o in orgs.values()], allowed=True)
    for username, code, statement, approved in APPLICANTS:
        name = orgs[code].name
        files = [institutions.Upload(name=f"{name}考核工作方案.pdf", body=_pdf(f"{name}医师定期考核工作方案", [
            "一、组织机构：成立考核工作领导小组，下设考核办公室。", "二、考核场地：标准化考场2间，可同时容纳80人。",
            "三、人员配备：专职工作人员3名，考官库成员40名。"]), content_type="application/pdf")]
        app = await institutions.submit_application(actor=await admin(username), statement=statement, files=files)
        if approved:
            await institutions.review_application(actor=chief, application_id=app.id, decision="approve",
                                                  reason="材料齐全，符合承担考核工作的条件")


async def seed_bad_records() -> None:
    """Imported by the province from the xlsx the import centre takes (its own column headings)."""
    enrolled = await Physician.filter(
        id__in=await Enrolment.filter(state="approved").order_by("id").limit(2).values_list("physician_id", flat=True)
    ).order_by("id")
    rows = [[enrolled[i].id_number, enrolled[i].name, day, category, text, source]
            for i, day, category, text, source in BAD_RECORDS if i < len(enrolled)]
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
