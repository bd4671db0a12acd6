"""The H5 client's demo personas: who a developer can log in as, by WeChat identity.

Why: in development the H5 client logs in through the offline WeChat
(core/wechat_offline.py) with a code minted for one of these openids, so the
persona picker, the demo data (which creates the accounts, physicians, families
and requests behind each persona) and `make run`'s login instructions all read
the same list. Nothing here exists in production: the picker's endpoint is only
routed with WECHAT_OFFLINE on, which production refuses.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = ("physician_unbound", "physician", "patient", "relative")


@dataclass(frozen=True)
class Persona:
    key: str
    label: str
    description: str
    openid: str
    unionid: str
    kind: str

    def as_dict(self) -> dict:
        return asdict(self)


PERSONAS: tuple[Persona, ...] = (
    Persona("physician_new", "新医师（未绑定）", "尚未绑定医师档案的微信用户：从绑定身份开始",
            "o-demo-physician-new", "u-demo-physician-new", "physician_unbound"),
    Persona("physician", "医师（已绑定）", "已绑定档案、填报已审核通过的医师：可参加考核、练习、查看结果",
            "o-demo-physician", "u-demo-physician", "physician"),
    Persona("patient", "患者", "已实名认证的患者：管理就诊人、申请病案复印、查看消息",
            "o-demo-patient", "u-demo-patient", "patient"),
    Persona("relative", "家属", "患者的家庭成员：加入家庭、获取授权、为家人申请病案复印",
            "o-demo-relative", "u-demo-relative", "relative"),
)

assert len({p.key for p in PERSONAS}) == len(PERSONAS)
assert all(p.kind in KINDS for p in PERSONAS)


def by_key(key: str) -> Persona | None:
    return next((p for p in PERSONAS if p.key == key), None)
