"""The people a developer can be in the H5 client's persona picker (development only).

Why one list: the demo loader (core/demo/personas.py) creates each persona's
mini-program account and data under these openids, and the H5 persona picker
logs in through the offline WeChat (core/wechat_offline.py) by minting a code
for the openid/unionid here. Both read this list, so a persona shown in the
picker always has its data.

Each persona: key, label (shown in the picker), description (what to try as
them), openid, unionid (the same person across the mini-program and the
official account), kind: physician_unbound / physician / patient / relative.
"""
from __future__ import annotations

from typing import Any

PERSONAS: list[dict[str, Any]] = [
    {"key": "doctor_new", "label": "医师（未绑定）", "kind": "physician_unbound",
     "openid": "demo-openid-doctor-new", "unionid": "demo-unionid-doctor-new",
     "description": "武汉市第一医院内科医师周建华，尚未绑定医师身份：用身份证号 420102198507150036、"
                    "姓名周建华和密码 Huiyi@2026 绑定，然后填报考核信息并提交。"},
    {"key": "doctor", "label": "医师（可参加测评）", "kind": "physician",
     "openid": "demo-openid-doctor", "unionid": "demo-unionid-doctor",
     "description": "武汉市第一医院内科医师陈静，已绑定、填报已复核通过：同意人脸采集协议、采集人脸，"
                    "开始 2026 年度业务水平测评；也可练习、模拟考试、查看错题。"},
    {"key": "doctor_passed", "label": "医师（已合格）", "kind": "physician",
     "openid": "demo-openid-doctor-passed", "unionid": "demo-unionid-doctor-passed",
     "description": "江岸区人民医院外科医师刘强，本周期测评已提交并合格：查看成绩、考核结果和电子证书。"},
    {"key": "patient", "label": "患者（家庭创建者）", "kind": "patient",
     "openid": "demo-openid-patient", "unionid": "demo-unionid-patient",
     "description": "静安区居民王秀英，已实名认证并添加就诊人，创建了家庭「王家」：申请病案复印、"
                    "查看订单进度与下载、管理家庭成员授权、查看谁访问了我的数据；门诊就医助手：静安区中心医院的就诊待缴费、"
                    "中医医院已结束的就诊，为丈夫李国华预约了闸北中心医院的门诊；线上陪诊：已邀请儿子李明陪诊今天上午的就诊。"},
    {"key": "relative", "label": "家属（已获授权）", "kind": "relative",
     "openid": "demo-openid-relative", "unionid": "demo-unionid-relative",
     "description": "王秀英的儿子李明，家庭「王家」成员，已获母亲授权病案复印（可代办）：为母亲申请病案复印、"
                    "查看消息中心；母亲授权了门诊预约（可代办），已为她预约静安区中心医院内分泌科；本人正在市北医院排队候诊；"
                    "线上陪诊：已接受母亲的邀请，在陪诊人主页跟随她今天上午的就诊。"},
]


def persona(key: str) -> dict[str, Any]:
    """One persona by key (KeyError for an unknown one)."""
    for p in PERSONAS:
        if p["key"] == key:
            return p
    raise KeyError(key)
