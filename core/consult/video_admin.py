"""The back office of video consultations (seed 004 综合管理后台 运营中心, issue 12 point 7): the calls in
progress now, a call's detail (its room's trail, the members' connection quality, its recordings), the
calls of a period, and the video statistics per day and per doctor with xlsx.

Why a module beside `admin.py`: a video consultation has figures an image-and-text one has not (how
long the call lasted, how long the patient waited in the waiting room, whether they came at all), read
from two domains: the order (core/consult: the slot, check-in, calls, missed calls, the outcome, the
price charged) and its video room (core/rooms: when the call connected and ended, who was there, what
happened in it). The permission and the scope are the consultation back office's (`consult.read`, the
order's and the room's institution); recordings open through core/rooms/recordings.py, which audits
every viewing.

The figures, and why they are measured so:
- a call is a room of a video order that connected and has ended; its duration runs from the room's
  start (the first member in) to its end, or from the doctor's own join when the room has no start;
- the waiting time runs from the patient's check-in to the doctor's call that the patient answered
  (the last `call` on the order's trail before it went in progress): the time spent in the queue, not
  the ringing;
- a no-show is an order that ended as `no_show` (missed every call, or never checked in); the rate is
  no-shows over the orders whose patient either connected or did not show, so that refunds decided by
  the doctor or the patient (rejections, leaving the queue) do not dilute it;
- the revenue is what the paid orders were charged at ordering, less what went back of their payments;
- the period is the orders' appointment day (`slot_day`), as the doctor's schedule and the waiting
  room count them.
Statistics read rows of the period (one query per table) and compute in Python: the medians need every
duration anyway, and a period of one hospital's video orders is thousands of rows at most.
"""
from __future__ import annotations

import datetime as dt
import statistics as pystats
from typing import Any

from tortoise.expressions import Subquery
from tortoise.functions import Max

from core import scope
from core.consult import service as core
from core.consult.admin import PERM_READ, period
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import (
    AdminOrderOut, LiveCallsOut, QualitySummaryOut, RoomEventOut, StatsFilter, VideoCallDetailOut,
    VideoCallFilter, VideoCallOut, VideoCallPage, VideoDayOut, VideoDoctorStatsOut, VideoParticipantOut,
    VideoStatsOut, VideoSummaryOut,
)
from core.db import utcnow
from core.doctors.models import Doctor, DoctorService, ServiceKind
from core.exports import to_xlsx
from core.localtime import within_days
from core.masking import mask_name
from core.payments import service as payments
from core.principal import Principal
from core.rooms import recordings as room_recordings
from core.rooms import service as rooms
from core.rooms.errors import RoomNotFound
from core.rooms.models import RoomEvent, RoomParticipant, VideoRoom
from core.rooms.schemas import RecordingOut

VIDEO = ServiceKind.video.value
SUBJECT = "consult.order"  # core/rooms subject_type of a consultation's room
EXPORT_MAX = 10_000
LIVE_MAX = 200
# Roles whose names are health data of the patient's side: masked in the back office.
MASKED_ROLES = frozenset({"patient", "relative"})
EVENT_LABELS = {"joined": "进入房间", "left": "离开房间", "removed": "被移出", "invited": "发出邀请",
                "accepted": "接受邀请", "recording_consent": "录制意愿", "recording_started": "开始录制",
                "recording_stopped": "停止录制", "ended": "视频结束", "quality": "网络质量"}
LEAVE_REASONS = {"network_change": "网络切换", "reconnect": "重新连接", "hangup": "挂断", "closed": "关闭页面"}
LEVELS = ("good", "fair", "poor", "lost")
LEVEL_LABELS = {"good": "良好", "fair": "一般", "poor": "较差", "lost": "中断"}
NO_SHOW, REJECTED, CANCELLED, EXPIRED = "no_show", "rejected", "cancelled", "expired"


def _display(p: RoomParticipant | None) -> str:
    if p is None:
        return ""
    return (mask_name(p.display) or "") if p.role in MASKED_ROLES else p.display


def _participant_out(p: RoomParticipant) -> VideoParticipantOut:
    return VideoParticipantOut(id=p.id, role=p.role, role_label=rooms.ROLE_LABELS.get(p.role, p.role),
                               display=_display(p), state=p.state, present=p.present, joined_at=p.joined_at,
                               left_at=p.left_at, removed_at=p.removed_at, recording_consent=p.recording_consent)


def call_started(room: VideoRoom, members: list[RoomParticipant]) -> dt.datetime | None:
    """When the call connected: the room's first join, else the doctor's own."""
    if room.started_at is not None:
        return room.started_at
    return min((p.joined_at for p in members if p.role == "doctor" and p.joined_at), default=None)


def _seconds(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    return None if start is None or end is None else max(0, int((end - start).total_seconds()))


async def _calls_out(found: list[VideoRoom], *, now: dt.datetime) -> list[VideoCallOut]:
    """Rooms as the back office lists them, with their orders and members (one query each)."""
    if not found:
        return []
    ids = [r.id for r in found]
    members: dict[int, list[RoomParticipant]] = {}
    for p in await RoomParticipant.filter(room_id__in=ids).order_by("id"):
        members.setdefault(p.room_id, []).append(p)
    orders = {o.id: o for o in await ConsultOrder.filter(id__in={r.subject_id for r in found}).prefetch_related(
        "doctor", "institution")}
    out = []
    for r in found:
        ps, o = members.get(r.id, []), orders.get(r.subject_id)
        start = call_started(r, ps)
        out.append(VideoCallOut(
            room_id=r.id, provider=r.provider, state=r.state, order_id=o.id if o else None,
            number=o.number if o else "", doctor_id=o.doctor_id if o else None,
            doctor_name=o.doctor.name if o else "", institution_name=o.institution.name if o else "",
            patient_name=(mask_name(o.patient_name) or "") if o else "", created_at=r.created_at,
            started_at=start, ended_at=r.ended_at,
            seconds=_seconds(start, r.ended_at or (now if r.state == "open" else None)),
            recording=r.recording, present=sum(1 for p in ps if p.present),
            participants=[_participant_out(p) for p in ps]))
    return out


def _rooms(actor: Principal):
    return scope.scoped(actor, VideoRoom).filter(subject_type=SUBJECT)


# ---------------------------------------------------------------- calls in progress, calls, one call

async def live_calls(*, actor: Principal, institution_id: int | None = None) -> LiveCallsOut:
    """The video rooms open now in scope: ringing (not connected yet) or in a call, oldest first."""
    await scope.require(actor, PERM_READ)
    qs = _rooms(actor).filter(state="open")
    if institution_id:
        qs = qs.filter(institution_id=institution_id)
    now = utcnow()
    return LiveCallsOut(at=now, items=await _calls_out(await qs.order_by("id").limit(LIVE_MAX), now=now))


async def list_calls(*, actor: Principal, filters: VideoCallFilter, limit: int = 20,
                     offset: int = 0) -> VideoCallPage:
    """The calls (rooms of video orders) in scope, newest first, by the day the room was opened."""
    await scope.require(actor, PERM_READ)
    qs = within_days(_rooms(actor), "created_at", filters.date_from, filters.date_to)
    if filters.state:
        qs = qs.filter(state=filters.state)
    if filters.institution_id:
        qs = qs.filter(institution_id=filters.institution_id)
    orders = ConsultOrder.filter(kind=VIDEO)
    if filters.doctor_id or filters.number:
        if filters.doctor_id:
            orders = orders.filter(doctor_id=filters.doctor_id)
        if filters.number:
            orders = orders.filter(number=filters.number.upper())
        qs = qs.filter(subject_id__in=Subquery(orders.values("id")))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return VideoCallPage(total=total, page=offset // max(1, limit) + 1, page_size=limit,
                         items=await _calls_out(rows, now=utcnow()))


def _event_note(kind: str, d: dict[str, Any]) -> str:
    if kind == "left":
        return LEAVE_REASONS.get(d.get("reason", ""), "")
    if kind == "removed":
        return f"由{rooms.ROLE_LABELS.get(d.get('by', ''), d.get('by', ''))}移出" if d.get("by") else ""
    if kind == "invited":
        role = rooms.ROLE_LABELS.get(d.get("invitee_role", ""), "")
        return f"邀请{role}" + (f"（{d['note']}）" if d.get("note") and d.get("invitee_role") != "relative" else "")
    if kind == "recording_consent":
        return "同意录制" if d.get("consent") else "不同意录制"
    if kind == "recording_stopped" and d.get("reason") == "consent_withdrawn":
        return "有成员撤回录制同意"
    if kind == "ended":
        return f"由{rooms.ROLE_LABELS.get(d.get('by', ''), d.get('by', '系统'))}结束" if d.get("by") else ""
    return ""


def _quality(samples: list[RoomEvent], members: dict[int, RoomParticipant]) -> list[QualitySummaryOut]:
    """Each member's quality samples as counts per level and the means and worst of the numbers."""
    by: dict[int | None, list[dict]] = {}
    for e in samples:
        by.setdefault(e.participant_id, []).append(e.detail or {})
    out = []
    for pid, rows in by.items():
        p = members.get(pid) if pid is not None else None

        def nums(key: str) -> list[float]:
            return [float(r[key]) for r in rows if isinstance(r.get(key), (int, float))]

        rtt, loss, rate = nums("rtt_ms"), nums("packet_loss_pct"), nums("bitrate_kbps")
        levels = {lv: sum(1 for r in rows if r.get("level") == lv) for lv in LEVELS}
        worst = next((lv for lv in reversed(LEVELS) if levels[lv]), "")
        out.append(QualitySummaryOut(
            participant_id=pid, participant=_display(p), role_label=rooms.ROLE_LABELS.get(p.role, "") if p else "",
            samples=len(rows), levels=levels, worst=worst,
            avg_rtt_ms=round(sum(rtt) / len(rtt), 1) if rtt else None, max_rtt_ms=int(max(rtt)) if rtt else None,
            avg_packet_loss_pct=round(sum(loss) / len(loss), 2) if loss else None,
            max_packet_loss_pct=round(max(loss), 2) if loss else None,
            avg_bitrate_kbps=round(sum(rate) / len(rate), 1) if rate else None))
    return sorted(out, key=lambda q: (q.participant_id is None, q.participant_id or 0))


async def call_detail(*, actor: Principal, room_id: int) -> VideoCallDetailOut:
    """One call: its order, members, the room's trail (quality samples summarised per member) and its
    recordings (played through the audited link of core/rooms/recordings.py)."""
    await scope.require(actor, PERM_READ)
    room = await scope.get(actor, VideoRoom, room_id)  # out of scope: missing, and audited
    if room.subject_type != SUBJECT:
        raise RoomNotFound()
    call = (await _calls_out([room], now=utcnow()))[0]
    members = {p.id: p for p in await RoomParticipant.filter(room_id=room.id)}
    trail = await RoomEvent.filter(room_id=room.id).order_by("at", "id")
    events = [RoomEventOut(id=e.id, kind=e.kind, label=EVENT_LABELS.get(e.kind, e.kind),
                           participant=_display(members.get(e.participant_id)),
                           role_label=rooms.ROLE_LABELS.get(members[e.participant_id].role, "")
                           if e.participant_id in members else "",
                           note=_event_note(e.kind, e.detail or {}), at=e.at)
              for e in trail if e.kind != "quality"]
    order = None
    if call.order_id is not None:
        o = await ConsultOrder.get(id=call.order_id).prefetch_related("doctor", "department", "institution")
        order = core.order_out(o, model=AdminOrderOut, account_id=o.account_id, first_reply_at=o.first_reply_at,
                               refunded_at=o.refunded_at)
    made = await room_recordings.recordings(actor=actor, room_id=room.id)
    return VideoCallDetailOut(
        **call.model_dump(), order=order, events=events,
        quality=_quality([e for e in trail if e.kind == "quality"], members),
        recordings=[RecordingOut.model_validate({**r, "participant": mask_name(r["participant"]) or ""
                                                 if r["role"] in MASKED_ROLES else r["participant"]})
                    for r in made])


# ---------------------------------------------------------------- statistics

def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _median(values: list[float]) -> float | None:
    return round(pystats.median(values), 1) if values else None


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class _Tally:
    """The figures of one group of orders (the whole period, a day, a doctor)."""

    def __init__(self) -> None:
        self.booked = self.no_shows = self.missed = self.rejected = self.left = self.expired = 0
        self.connected = self.charged = self.refunded = 0
        self.calls: list[float] = []  # minutes
        self.waits: list[float] = []  # minutes

    def add(self, o: dict, *, calls: list[float], wait: float | None, refunded: int) -> None:
        if o["paid_at"] is not None:
            self.booked += 1
            self.charged += o["price_fen"]
            self.refunded += refunded
        self.no_shows += o["state"] == NO_SHOW
        self.rejected += o["state"] == REJECTED
        self.left += o["state"] == CANCELLED and o["paid_at"] is not None
        self.expired += o["state"] == EXPIRED
        self.missed += o["missed"] or 0
        self.connected += o["accepted_at"] is not None
        self.calls.extend(calls)
        if wait is not None:
            self.waits.append(wait)

    @property
    def no_show_rate(self) -> float | None:
        return _rate(self.no_shows, self.no_shows + self.connected)


async def video_stats(*, actor: Principal, filters: StatsFilter) -> VideoStatsOut:
    """Video orders in scope (or at one hospital) whose appointment day is in the period: calls and
    their durations, waiting times, no-shows, missed calls, rejections and revenue, per day and per
    doctor, with each doctor's current video price."""
    await scope.require(actor, PERM_READ)
    start, end = period(filters)
    qs = scope.scoped(actor, ConsultOrder).filter(kind=VIDEO, slot_day__gte=start, slot_day__lte=end)
    if filters.institution_id:
        qs = qs.filter(institution_id=filters.institution_id)
    orders = await qs.values("id", "doctor_id", "state", "slot_day", "paid_at", "price_fen", "checked_in_at",
                             "accepted_at", "missed")

    # Calls: the orders' rooms that connected and ended (minutes), with the doctor's join as fallback.
    durations: dict[int, list[float]] = {}
    if orders:
        found = await VideoRoom.filter(subject_type=SUBJECT, subject_id__in=Subquery(qs.values("id")), state="ended")
        doctor_joins = {}
        if any(r.started_at is None for r in found):
            for room_id, at in await RoomParticipant.filter(
                    room_id__in=[r.id for r in found if r.started_at is None], role="doctor",
                    joined_at__isnull=False).values_list("room_id", "joined_at"):
                doctor_joins[room_id] = min(at, doctor_joins.get(room_id, at))
        for r in found:
            seconds = _seconds(r.started_at or doctor_joins.get(r.id), r.ended_at)
            if seconds is not None:
                durations.setdefault(r.subject_id, []).append(seconds / 60)

    # Waits: check-in → the call answered (the last call on the trail of an order that connected).
    answered = {o["id"] for o in orders if o["accepted_at"] is not None and o["checked_in_at"] is not None}
    last_call = dict(await ConsultOrderEvent.filter(
        order_id__in=Subquery(qs.filter(accepted_at__isnull=False, checked_in_at__isnull=False).values("id")),
        event="call").annotate(at_=Max("at")).group_by("order_id").values_list("order_id", "at_")) \
        if answered else {}
    # What went back of each paid order's payment: automatic refunds and the back office's, whole or part.
    refs = {core.payment_reference(o["id"]): o["id"] for o in orders if o["paid_at"] is not None}
    refunded = {refs[r]: fen for r, fen in (await payments.refunded_of(references=list(refs))).items()} \
        if refs else {}

    total, per_day, per_doctor = _Tally(), {}, {}
    for o in orders:
        wait = None
        if o["id"] in answered:
            called = last_call.get(o["id"]) or o["accepted_at"]
            wait = max(0.0, (called - o["checked_in_at"]).total_seconds() / 60)
        for tally in (total, per_day.setdefault(o["slot_day"], _Tally()),
                      per_doctor.setdefault(o["doctor_id"], _Tally())):
            tally.add(o, calls=durations.get(o["id"], []), wait=wait, refunded=refunded.get(o["id"], 0))

    summary = VideoSummaryOut(
        booked=total.booked, calls=len(total.calls), avg_call_minutes=_mean(total.calls),
        median_call_minutes=_median(total.calls), waited=len(total.waits), avg_wait_minutes=_mean(total.waits),
        median_wait_minutes=_median(total.waits), no_shows=total.no_shows, no_show_rate=total.no_show_rate,
        missed_calls=total.missed, rejected=total.rejected, left=total.left, expired=total.expired,
        charged_fen=total.charged, refunded_fen=total.refunded, revenue_fen=total.charged - total.refunded)
    days = []
    for n in range((end - start).days + 1):
        day = start + dt.timedelta(days=n)
        t = per_day.get(day) or _Tally()
        days.append(VideoDayOut(day=day, booked=t.booked, calls=len(t.calls), no_shows=t.no_shows,
                                missed_calls=t.missed, avg_call_minutes=_mean(t.calls),
                                avg_wait_minutes=_mean(t.waits), revenue_fen=t.charged - t.refunded))
    names = {r["id"]: r for r in await Doctor.filter(id__in=list(per_doctor)).values("id", "name",
                                                                                     "institution__name")}
    prices = {d: (fen, on) for d, fen, on in await DoctorService.filter(
        doctor_id__in=list(per_doctor), kind=ServiceKind.video).values_list("doctor_id", "price_fen", "enabled")}
    doctors = sorted((VideoDoctorStatsOut(
        doctor_id=d, name=names.get(d, {}).get("name", ""),
        institution_name=names.get(d, {}).get("institution__name", ""),
        price_fen=prices[d][0] if d in prices else None, price_enabled=bool(prices.get(d, (0, False))[1]),
        booked=t.booked, calls=len(t.calls), avg_call_minutes=_mean(t.calls), median_call_minutes=_median(t.calls),
        avg_wait_minutes=_mean(t.waits), no_shows=t.no_shows, no_show_rate=t.no_show_rate, missed_calls=t.missed,
        rejected=t.rejected, revenue_fen=t.charged - t.refunded) for d, t in per_doctor.items()),
        key=lambda r: (-r.calls, -r.booked, r.name, r.doctor_id))
    return VideoStatsOut(date_from=start, date_to=end, institution_id=filters.institution_id, summary=summary,
                         by_day=days, doctors=doctors)


STATS_TABLES = {"doctors": "视频问诊各医生统计", "days": "视频问诊每日统计"}


def _cell(value: Any) -> Any:
    return "" if value is None else value


def _pct(rate: float | None) -> Any:
    return "" if rate is None else round(rate * 100, 1)


async def stats_xlsx(*, actor: Principal, filters: StatsFilter, table: str = "doctors") -> tuple[str, bytes]:
    """One table of the video statistics as xlsx, with its total row: (file name, content)."""
    data = await video_stats(actor=actor, filters=filters)
    span = f"{data.date_from:%Y%m%d}-{data.date_to:%Y%m%d}"
    s = data.summary
    if table == "days":
        body = to_xlsx(STATS_TABLES[table], ("日期", "预约", "接通通话", "爽约", "未接呼叫", "平均通话（分钟）",
                                             "平均候诊（分钟）", "收入（元）"),
                       [[str(r.day), r.booked, r.calls, r.no_shows, r.missed_calls, _cell(r.avg_call_minutes),
                         _cell(r.avg_wait_minutes), round(r.revenue_fen / 100, 2)] for r in data.by_day]
                       + [["合计", s.booked, s.calls, s.no_shows, s.missed_calls, _cell(s.avg_call_minutes),
                           _cell(s.avg_wait_minutes), round(s.revenue_fen / 100, 2)]])
        return f"video-days-{span}.xlsx", body
    body = to_xlsx(STATS_TABLES["doctors"], (
        "医生", "医院", "视频问诊价格（元）", "服务开通", "预约", "接通通话", "平均通话（分钟）", "通话中位数（分钟）",
        "平均候诊（分钟）", "爽约", "爽约率（%）", "未接呼叫", "拒诊", "收入（元）"),
        [[r.name, r.institution_name, "" if r.price_fen is None else round(r.price_fen / 100, 2),
          "是" if r.price_enabled else "否", r.booked, r.calls, _cell(r.avg_call_minutes),
          _cell(r.median_call_minutes), _cell(r.avg_wait_minutes), r.no_shows, _pct(r.no_show_rate),
          r.missed_calls, r.rejected, round(r.revenue_fen / 100, 2)] for r in data.doctors]
        + [["合计", "", "", "", s.booked, s.calls, _cell(s.avg_call_minutes), _cell(s.median_call_minutes),
            _cell(s.avg_wait_minutes), s.no_shows, _pct(s.no_show_rate), s.missed_calls, s.rejected,
            round(s.revenue_fen / 100, 2)]])
    return f"video-doctors-{span}.xlsx", body
