"""Demo FAQ entries, for the demo data (core/demo/__init__.py calls `seed`).

Why: the phone's 常见问题 screen and the console's FAQ page are empty on a fresh
system; these entries are what a province and a record-copy district would publish
first. Written straight to the table (no actor), once per org.
"""
from __future__ import annotations

from core.db import utcnow
from core.faq.models import Audience, FaqEntry
from core.orgs.models import OrgNode

PHYSICIAN = [
    ("报名与填报", "定期考核需要填报哪些内容？",
     "填报内容包括基本信息、执业信息、学习经历、工作经历、工作成绩、职业道德等九个部分。"
     "可先保存草稿，确认无误后提交，由所在医疗机构审核，再由考核机构复核。"),
    ("报名与填报", "填报被退回了怎么办？",
     "在“我的填报”中查看退回原因，按原因修改相应部分后重新提交即可，已填写的内容会保留。"),
    ("报名与填报", "一般程序和简易程序有什么区别？",
     "简易程序适用于符合条件的医师（如连续考核合格、无不良记录等），一般不需要参加业务水平测评；"
     "具体条件以本考核周期的设置为准。"),
    ("业务水平测评", "考试前需要做哪些准备？",
     "请在光线充足、安静的环境中，使用电量充足的手机。首次考试需阅读并同意知情告知，并完成人脸采集；"
     "每次进入考试都会进行人脸核验。"),
    ("业务水平测评", "考试中网络断了，答案会丢吗？",
     "不会。答案先保存在手机上并带有序号，网络恢复后自动补发，服务器确认后才算保存成功。"
     "考试计时以服务器时间为准，断网期间计时不会暂停。"),
    ("业务水平测评", "考试中途可以换手机继续吗？",
     "可以。在新设备上登录后进入考试即可继续作答，已确认保存的答案会自动恢复；原设备将无法再提交答案。"),
    ("业务水平测评", "考试中为什么会拍照？",
     "考试期间系统会按服务器安排的时间随机拍照，用于核验是否本人作答。照片仅用于监考，不会用于其他用途。"),
    ("成绩与证书", "在哪里查看考核结果和合格证书？",
     "在“结果查询”中可以查看历次考核周期的结果；考核合格后可在同一页面下载合格证书，证书上的二维码可供查验真伪。"),
    ("成绩与证书", "考核不合格可以补考吗？",
     "可以。首次考核不合格的医师，经省级卫生健康行政部门确认后，在补考时间内参加补考。"),
    ("账号与绑定", "更换了微信号，如何重新绑定？",
     "请联系所在医疗机构管理员签发换绑码，在新微信中输入换绑码即可完成绑定。换绑码72小时内有效，仅能使用一次。"),
]
PATIENT = [
    ("病案复印", "如何申请复印病历？",
     "在“病案复印”中选择就诊人和住院记录，填写复印用途与内容，完成人脸身份核验后提交申请。"
     "病案室审核通过后，可选择邮寄或在线下载。"),
    ("病案复印", "为什么要进行人脸核验？",
     "病历属于个人隐私，人脸核验用于确认申请人就是就诊人本人或经授权的家属，防止他人冒领。"),
    ("病案复印", "申请被驳回了怎么办？",
     "在申请详情中查看驳回原因，补充或更正材料后可以重新提交申请。"),
    ("家庭健康管理", "如何为父母申请病案复印？",
     "先创建家庭并邀请父母加入，父母在自己的账号中授权你查看或代办其就诊信息后，即可为其提交申请。授权可以随时撤销。"),
    ("家庭健康管理", "怎么知道谁查看了我的信息？",
     "在“隐私与授权”中可以看到家庭成员查看你信息的记录，包括查看时间和内容范围。"),
    ("账号与消息", "收不到办理进度通知怎么办？",
     "请在微信中允许接收订阅消息；所有通知也会保存在“消息中心”，可随时查看。"),
]
GENERAL = [
    ("账号与消息", "个人信息会被泄露吗？",
     "身份证号、手机号等敏感信息加密保存，页面上默认脱敏显示；所有查看和操作都有审计记录。"),
]


async def seed(*, org: OrgNode, physician: bool = True, patient: bool = True) -> int:
    """Publish the demo entries under `org` (physicians' and/or patients' ones) once; the count created."""
    if await FaqEntry.filter(org_id=org.id).exists():
        return 0
    # The general entries reach both audiences only where both are served (a patient reads
    # every tree's root, so a physicians-only tree must not add them for patients too).
    general = Audience.all if physician and patient else (Audience.physician if physician else Audience.patient)
    rows = ([(e, Audience.physician) for e in PHYSICIAN] if physician else []) \
        + ([(e, Audience.patient) for e in PATIENT] if patient else []) \
        + [(e, general) for e in GENERAL]
    now = utcnow()
    await FaqEntry.bulk_create([
        FaqEntry(org_id=org.id, category=category, question=question, answer=answer, sort=(n + 1) * 10,
                 audience=audience, published=True, published_at=now)
        for n, ((category, question, answer), audience) in enumerate(rows)])
    # One draft, so the console shows both states.
    await FaqEntry.create(org_id=org.id, category="账号与消息", question="（草稿）忘记密码怎么办？",
                          answer="请联系所在机构管理员重置密码。", sort=999, audience=general)
    return len(rows) + 1
