"""Demo part: the assessment-institution screens have something to work on. Two
institutions applied to become assessment institutions (one waits for review, one was
rejected with a reason) and the province recorded bad records of two physicians.
Made through the services: the province allows the institutions to apply, their
administrators submit with an attachment, the province reviews and records."""
from __future__ import annotations

import datetime as dt
import io

from PIL import Image, ImageDraw

from core.assessment import institutions as svc
from core.assessment.models import Physician
from core.demo.catalog import INSTITUTIONS
from core.demo.orgs import admin
from core.orgs import service as orgs_service
from core.orgs.models import OrgNode

# (institution username, statement, review): None waits for the province, else approve or the rejection's reason.
# One in each district with institutions, so every commission's list has one.
APPLICATIONS = [
    ("inst2", "本院为二级甲等综合医院，具备开展医师定期考核所需的考场、监考人员与信息化条件，申请成为考核机构。", None),
    ("inst3", "本院承担武昌区中医类别医师定期考核多年，申请成为考核机构。", "approve"),
    ("inst5", "本院拟承担西陵区妇幼保健专业医师的定期考核工作。", "考场与监考人员材料不全，请补充后重新申请"),
    ("inst6", "本院申请承担夷陵区医师定期考核工作。", None),
]
BAD_RECORDS = [("医疗纠纷", "患者投诉诊疗过程沟通不充分，经调解结案", "武汉市卫健委"),
               ("违反诊疗规范", "超范围执业，已责令整改", "宜昌市卫健委")]


def _letter(title: str) -> bytes:
    """A scanned application letter (a small PNG; the service re-encodes every upload)."""
    img = Image.new("RGB", (420, 300), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 10, 410, 290), outline="black", width=3)
    draw.text((30, 40), title, fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


async def seed_institutions() -> None:
    chief = await admin("province")
    codes = {username: INSTITUTIONS[int(username.removeprefix("inst")) - 1][2] for username, *_ in APPLICATIONS}
    ids = [(await OrgNode.get(code=code)).id for code in codes.values()]
    await orgs_service.set_may_apply(actor=chief, org_ids=ids, allowed=True)
    for username, statement, review in APPLICATIONS:
        app = await svc.submit_application(actor=await admin(username), statement=statement,
                                           files=[svc.Upload("application.png", _letter("APPLICATION"), "image/png")])
        if review == "approve":
            await svc.review_application(actor=chief, application_id=app.id, decision="approve")
        elif review:
            await svc.review_application(actor=chief, application_id=app.id, decision="reject", reason=review)
    # One physician of each institution (every institution and commission has one to look at).
    for n, (_county, _name, code) in enumerate(INSTITUTIONS):
        doc = await Physician.filter(institution__code=code).order_by("-id").first()
        if doc is None:
            continue
        category, description, source = BAD_RECORDS[n % len(BAD_RECORDS)]
        await svc.record_bad_record(actor=chief, physician_id=doc.id, occurred_on=dt.date(2025, 9, 15 - n),
                                    category=category, description=description, source=source)
