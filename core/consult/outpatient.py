"""The doctor's 门诊日志 and the back office's order queries with fees (seed 004 医生工作站 19,
综合管理后台 9: 问诊订单 … 医生诊疗统计).

Why: a doctor looks back over their days ("how many did I take, finish, turn away; how many
prescriptions did I write and how did review go") and the hospital asks what each doctor's work
brought in (consultations 图文 and video, and the medicines of their prescriptions) per day.
- The log counts the moves of the doctor's consultations (their trail, ConsultOrderEvent) on the
  China day they happened: 接诊人次 is the orders accepted (图文) or answered (video) that day, and
  each move (结束服务, 拒绝接诊, 超时未接诊, 未应诊 …) is counted by kind. A transferred order counts
  for the doctor who holds it now. Prescriptions are counted by when they were written, signed and
  reviewed (approved, or rejected: a rejection the doctor accepted stays counted as rejected).
- The fees are counted by the day the order was paid, per doctor: consultations at their price,
  medicine orders (drugs and delivery) of the doctor's prescriptions; what went back of those same
  orders is shown beside them (on the paid day, so a day's rows add up to its net money).
Both read only; the log is the doctor's own (workstation, 403 for non-doctors), the fees need
`consult.read` in scope; the xlsx export is audited.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from pydantic import Field

from core import scope
from core.audit import service as audit_service
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.doctors import workbench
from core.doctors.models import SERVICE_LABELS, Doctor, ServiceKind
from core.errors import ValidationFailed
from core.exports import to_xlsx
from core.localtime import LOCAL, local_date, within_days
from core.outputs import Out
from core.payments import service as payments
from core.principal import Principal

PERM_READ = "consult.read"
MAX_DAYS = 92
LOG_EVENTS = {"accept": "接诊（图文）", "answer": "视频接通", "end": "结束服务", "close": "到时结束",
              "reject": "拒绝接诊", "withdraw": "取消接诊", "transfer": "转诊", "expire": "超时未接诊",
              "no_show": "未应诊"}
RX_LABELS = {"written": "开具处方", "signed": "已签名", "approved": "审核通过", "rejected": "审核不通过"}
KINDS = {k.value: SERVICE_LABELS[k] for k in ServiceKind}


class LogDayOut(Out):
    day: dt.date | None = Field(description="北京时间的日期；合计行为空")
    received: int = Field(description="接诊人次：当日接诊（图文）或接通（视频）的订单数")
    consult: dict[str, dict[str, int]] = Field(description="按问诊类型（text / video）与动作统计的次数")
    rx: dict[str, int] = Field(description="处方：written / signed / approved / rejected")


class OutpatientLogOut(Out):
    date_from: dt.date
    date_to: dt.date
    kinds: dict[str, str]
    event_labels: dict[str, str]
    rx_labels: dict[str, str]
    days: list[LogDayOut]
    total: LogDayOut


class FeeRowOut(Out):
    day: dt.date | None
    doctor_id: int | None
    doctor_name: str
    text_orders: int
    text_fen: int
    video_orders: int
    video_fen: int
    consult_refunded_fen: int
    medicine_orders: int
    medicine_fen: int
    medicine_refunded_fen: int
    net_fen: int


class FeesOut(Out):
    date_from: dt.date
    date_to: dt.date
    rows: list[FeeRowOut]
    total: FeeRowOut


def _range(date_from: dt.date | None, date_to: dt.date | None, *, default_days: int) -> tuple[dt.date, dt.date]:
    date_to = date_to or dt.datetime.now(LOCAL).date()
    date_from = date_from or date_to - dt.timedelta(days=default_days - 1)
    if date_from > date_to:
        raise ValidationFailed("开始日期不能晚于结束日期", details={"field": "date_from"})
    if (date_to - date_from).days >= MAX_DAYS:
        raise ValidationFailed(f"查询范围最多 {MAX_DAYS} 天", details={"field": "date_to"})
    return date_from, date_to


def _empty_day(day: dt.date | None) -> dict[str, Any]:
    return {"day": day, "received": 0, "consult": {k: {e: 0 for e in LOG_EVENTS} for k in KINDS},
            "rx": {k: 0 for k in RX_LABELS}}


async def doctor_log(*, actor: Principal, date_from: dt.date | None = None,
                     date_to: dt.date | None = None) -> OutpatientLogOut:
    """The calling doctor's days, newest first (every day of the range, empty ones too)."""
    from core.rx.models import Prescription

    doctor = await workbench.doctor_of(actor)
    date_from, date_to = _range(date_from, date_to, default_days=7)
    days: dict[dt.date, dict[str, Any]] = {}
    d = date_to
    while d >= date_from:
        days[d] = _empty_day(d)
        d -= dt.timedelta(days=1)
    received: dict[dt.date, set[int]] = defaultdict(set)
    moves = await within_days(ConsultOrderEvent.filter(order__doctor_id=doctor.id, event__in=list(LOG_EVENTS)),
                              "at", date_from, date_to).values_list("at", "event", "order__kind", "order_id")
    for at, event, kind, order_id in moves:
        day = days.get(local_date(at))
        if day is None or kind not in KINDS:
            continue
        day["consult"][kind][event] += 1
        if event in ("accept", "answer"):
            received[local_date(at)].add(order_id)
    for day, ids in received.items():
        days[day]["received"] = len(ids)
    mine = Prescription.filter(doctor_id=doctor.id)
    for field, key in (("created_at", "written"), ("signed_at", "signed")):
        for at in await within_days(mine, field, date_from, date_to).values_list(field, flat=True):
            if at is not None and local_date(at) in days:
                days[local_date(at)]["rx"][key] += 1
    for at, state in await within_days(mine, "reviewed_at", date_from, date_to).values_list("reviewed_at", "state"):
        key = "approved" if state == "approved" else "rejected" if state in ("rejected", "void") else None
        if at is not None and key and local_date(at) in days:
            days[local_date(at)]["rx"][key] += 1
    total = _empty_day(None)
    for day in days.values():
        total["received"] += day["received"]
        for kind, counts in day["consult"].items():
            for event, n in counts.items():
                total["consult"][kind][event] += n
        for key, n in day["rx"].items():
            total["rx"][key] += n
    return OutpatientLogOut(date_from=date_from, date_to=date_to, kinds=KINDS, event_labels=LOG_EVENTS,
                            rx_labels=RX_LABELS, days=list(days.values()), total=total)


# ------------------------------------------------------------------ fees per doctor and day (back office)


def _fee_row(day: dt.date | None, doctor_id: int | None, name: str) -> dict[str, Any]:
    return {"day": day, "doctor_id": doctor_id, "doctor_name": name, "text_orders": 0, "text_fen": 0,
            "video_orders": 0, "video_fen": 0, "consult_refunded_fen": 0, "medicine_orders": 0, "medicine_fen": 0,
            "medicine_refunded_fen": 0, "net_fen": 0}


async def fees(*, actor: Principal, date_from: dt.date | None = None, date_to: dt.date | None = None,
               institution_id: int | None = None, department_id: int | None = None,
               doctor_id: int | None = None) -> FeesOut:
    """Per day and doctor (newest day first): consultations and medicine orders paid that day with
    their fees, and what went back of them."""
    from core.pharmacy.models import RxOrder

    await scope.require(actor, PERM_READ)
    date_from, date_to = _range(date_from, date_to, default_days=7)
    consults = within_days(scope.scoped(actor, ConsultOrder), "paid_at", date_from, date_to)
    medicines = within_days(scope.scoped(actor, RxOrder), "paid_at", date_from, date_to)
    for field, value in (("institution_id", institution_id), ("department_id", department_id),
                         ("doctor_id", doctor_id)):
        if value:
            consults = consults.filter(**{field: value})
            medicines = medicines.filter(**{f"prescription__{field}": value})
    rows: dict[tuple[dt.date, int], dict[str, Any]] = {}
    paid = await consults.values_list("id", "paid_at", "doctor_id", "kind", "price_fen")
    back = await payments.refunded_of(references=[f"consult.order:{i}" for i, *_ in paid]) if paid else {}
    bought = await medicines.values_list("paid_at", "prescription__doctor_id", "amount_fen", "refund_state")
    names = dict(await Doctor.filter(id__in={r[2] for r in paid} | {r[1] for r in bought}).values_list("id", "name"))

    def row(at: dt.datetime, who: int) -> dict[str, Any]:
        key = (local_date(at), who)
        return rows.setdefault(key, _fee_row(key[0], who, names.get(who, "")))

    for order_id, at, who, kind, price in paid:
        r = row(at, who)
        prefix = "video" if kind == "video" else "text"
        r[f"{prefix}_orders"] += 1
        r[f"{prefix}_fen"] += price
        r["consult_refunded_fen"] += back.get(f"consult.order:{order_id}", 0)
    for at, who, amount, refund_state in bought:
        r = row(at, who)
        r["medicine_orders"] += 1
        r["medicine_fen"] += amount
        if refund_state == "refunded":
            r["medicine_refunded_fen"] += amount
    ordered = sorted(rows.values(), key=lambda r: (-r["day"].toordinal(), r["doctor_name"], r["doctor_id"]))
    total = _fee_row(None, None, "合计")
    for r in ordered:
        r["net_fen"] = r["text_fen"] + r["video_fen"] + r["medicine_fen"] - r["consult_refunded_fen"] \
            - r["medicine_refunded_fen"]
        for k, v in r.items():
            if k not in ("day", "doctor_id", "doctor_name"):
                total[k] += v
    return FeesOut(date_from=date_from, date_to=date_to, rows=ordered, total=total)


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


async def fees_xlsx(*, actor: Principal, **filters: Any) -> tuple[str, bytes]:
    found = await fees(actor=actor, **filters)
    await audit_service.record(actor=actor, action="consult.export", target_type="DoctorFees",
                               after={"date_from": found.date_from.isoformat(), "date_to": found.date_to.isoformat(),
                                      "rows": len(found.rows)})
    lines = [(r.day.isoformat() if r.day else "合计", r.doctor_name if r.day else "", r.text_orders, _yuan(r.text_fen),
              r.video_orders, _yuan(r.video_fen), _yuan(r.consult_refunded_fen), r.medicine_orders,
              _yuan(r.medicine_fen), _yuan(r.medicine_refunded_fen), _yuan(r.net_fen))
             for r in [*found.rows, found.total]]
    body = to_xlsx("医生费用", ["日期", "医生", "图文咨询（单）", "图文费用（元）", "视频问诊（单）", "视频费用（元）",
                            "问诊退款（元）", "药品订单（单）", "药品费用（元）", "药品退款（元）", "净收入（元）"], lines)
    return f"doctor-fees-{found.date_from:%Y%m%d}-{found.date_to:%Y%m%d}.xlsx", body
