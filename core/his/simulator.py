"""The demo HIS's visit simulator: outpatient visits moving through each hospital's steps.

Why: without a hospital, `make run` and the tests still need what hospital systems send the
event centre (issue 13): visits of real patients (existing Patient rows, so the events match
someone) at the 静安区 hospitals, moving through each institution's configured steps with the
data items of each step, delivered the way that institution's systems deliver them: in-process
to the centre's intake (development), published to RabbitMQ as a HIS vendor would, written to
the demo HIS's change log for the poller, or posted as a signed webhook. Tests ask for the exact
events of one visit (`visit_script`) and assert what the centre made of them; `misbehave` adds
what real feeds do: duplicates, reordering, gaps (events never sent) and malformed events.

Deterministic: the same seed, institution, patient and visit number give the same events.
The step configuration is asked through an injected `steps_of` (core.visits.steps.config_of,
wired by the caller: this package sits beside core.visits, not above it); without it the
VisitStepConfig rows, or the contract's default order.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import json
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from core.his.outpatient import (
    CASES, DOCTORS, PHARMACY_WINDOWS, REGISTRATION_FEE_FEN, STEP_CODES, Case, case_of, envelope, pick_up_code,
    room_of,
)
from core.his.signing import sign, signed_headers  # noqa: F401  (the simulator's senders sign)
from core.localtime import LOCAL as CHINA

log = logging.getLogger("huiyi.his.simulator")

Item = dict[str, Any] | str  # an envelope, or the raw text of a malformed one
Sink = Callable[[int, list[Item]], Awaitable[Any]]  # (institution_id, items)
StepsOf = Callable[[int], Awaitable[list[str]]]  # enabled step codes of an institution, in order


@dataclass
class Misbehave:
    """What a misbehaving feed does, each a probability per event (seeded)."""

    duplicate: float = 0.0  # the event is sent again later
    reorder: float = 0.0  # the event swaps places with the next one
    gap: float = 0.0  # the event is never sent (never the first or the last of a visit)
    malformed: float = 0.0  # a malformed item is sent after the event

    @classmethod
    def default(cls) -> "Misbehave":
        return cls(duplicate=0.1, reorder=0.1, gap=0.05, malformed=0.05)


@dataclass
class Script:
    """One visit's events: `clean` as the HIS produced them, `items` as sent (after misbehaving)."""

    institution_id: int
    his_visit: str
    clean: list[dict[str, Any]]
    items: list[Item]
    duplicated: list[str] = field(default_factory=list)  # event ids sent twice
    reordered: list[tuple[str, str]] = field(default_factory=list)  # (sent later, sent earlier)
    dropped: list[str] = field(default_factory=list)  # event ids never sent
    malformed: list[Item] = field(default_factory=list)

    @property
    def sent(self) -> list[dict[str, Any]]:
        """The well-formed events that were sent (each once, in the HIS's order)."""
        dropped = set(self.dropped)
        return [e for e in self.clean if e["event_id"] not in dropped]


@dataclass
class Target:
    """An institution the simulator runs visits at, and how its systems deliver events."""

    institution_id: int
    steps: list[str]
    mode: str = "webhook"  # amqp / webhook / poll (HisConnection.mode)
    queue: str = ""
    secret: str = ""
    name: str = ""


def visit_number(day: dt.date, n: int, tag: str = "") -> str:
    return f"MZ{day:%y%m%d}{tag}{n:05d}"


class Simulator:
    def __init__(self, *, seed: int = 0, sink: Sink | None = None, misbehave: Misbehave | None = None,
                 targets: list[Target] | None = None, patients: list[dict[str, str]] | None = None,
                 steps_of: StepsOf | None = None, speed: float = 60.0):
        self.seed = seed
        self.sink = sink
        self.misbehave = misbehave
        self.targets = list(targets or [])
        self.patients = list(patients or [])
        self.steps_of = steps_of
        self.speed = max(1.0, float(speed))  # run(): HIS minutes per real minute
        self.sent = 0
        self.visits = 0

    # ------------------------------------------------------------ one visit

    def visit_script(self, *, institution_id: int, patient: dict[str, str], steps: list[str] | None = None,
                     his_visit: str | None = None, start: dt.datetime | None = None, booking: Any = None,
                     misbehave: Misbehave | bool | None = None, pace: float = 1.0,
                     department: str | None = None) -> list[Item]:
        """The exact items one visit sends, in sending order (see `script` for what was done to them)."""
        return self.script(institution_id=institution_id, patient=patient, steps=steps, his_visit=his_visit,
                           start=start, booking=booking, misbehave=misbehave, pace=pace,
                           department=department).items

    def script(self, *, institution_id: int, patient: dict[str, str], steps: list[str] | None = None,
               his_visit: str | None = None, start: dt.datetime | None = None, booking: Any = None,
               misbehave: Misbehave | bool | None = None, pace: float = 1.0,
               department: str | None = None) -> Script:
        """One visit through `steps` (enabled codes in order; default: every step). With `booking` (a
        core.his.adapter.Booking, or its visit number) the visit was booked already: the appointment's
        event came from the booking, the script starts with the next step. `pace` scales the time
        between events (run() compresses a morning into minutes)."""
        start = start or dt.datetime(2026, 12, 7, 8, 0, tzinfo=CHINA)
        if booking is not None:
            his_visit = getattr(booking, "his_visit", None) or str(booking)
        his_visit = his_visit or visit_number(start.astimezone(CHINA).date(), self.visits + 1)
        rng = random.Random(f"{self.seed}:{institution_id}:{his_visit}")
        codes = [c for c in (steps if steps is not None else list(STEP_CODES)) if c in STEP_CODES]
        clean = self._events(rng, his_visit=his_visit, patient=patient, codes=codes, start=start, pace=pace,
                             booking=booking, department=department)
        mode = self.misbehave if misbehave is None or misbehave is True else (misbehave or None)
        if misbehave is True and mode is None:
            mode = Misbehave.default()
        out = Script(institution_id=institution_id, his_visit=his_visit, clean=clean, items=list(clean))
        if mode is not None:
            _misbehave(out, rng, mode)
        return out

    def _events(self, rng: random.Random, *, his_visit: str, patient: dict[str, str], codes: list[str],
                start: dt.datetime, pace: float, booking: Any, department: str | None) -> list[dict[str, Any]]:
        case: Case = case_of(booking.department) if booking is not None and hasattr(booking, "department") \
            else (case_of(department) if department else rng.choice(CASES))
        if booking is not None and hasattr(booking, "doctor"):
            doctor, title = booking.doctor, _title_of(case.department, booking.doctor)
        else:
            doctor, title = rng.choice(DOCTORS.get(case.department) or [("张建国", "主任医师")])
        room = room_of(case.department, doctor)
        fee = getattr(booking, "fee_fen", None) or REGISTRATION_FEE_FEN.get(title, 1500)
        day = (booking.day if booking is not None and hasattr(booking, "day") else start.astimezone(CHINA).date())
        person = {"id_number": patient["id_number"], "name": patient["name"]}
        info = {"department": case.department, "doctor": doctor, "location": room, "date": day.isoformat()}
        clock = [start]
        events: list[dict[str, Any]] = []

        def emit(step: str, state: str, data: dict[str, Any], minutes: tuple[float, float] = (1, 5)) -> None:
            clock[0] = clock[0] + dt.timedelta(seconds=max(1.0, rng.uniform(*minutes) * 60) * pace)
            events.append(envelope(event_id=f"{his_visit}-{len(events) + 1:02d}-{step}", visit=his_visit,
                                   step=step, state=state, at=clock[0], patient=person,
                                   visit_info=info if not events and booking is None else None, data=data))

        base = {"department": case.department, "location": room, "doctor": f"{doctor} {title}"}
        number = f"{'ABCDEFGH'[rng.randint(0, 7)]}{rng.randint(1, 60):03d}"
        ahead = rng.randint(3, 9)
        exam_items = [{"name": e["name"], "location": e["location"], "report_state": "pending"} for e in case.exams]
        pay_items = [{"name": r["name"], "amount_fen": r["price_fen"]} for r in case.prescriptions] + \
                    [{"name": e["name"], "amount_fen": e["price_fen"]} for e in case.exams]
        window = rng.choice(PHARMACY_WINDOWS[3:] if case.department == "中医科" else PHARMACY_WINDOWS[:3])
        for code in codes:
            if code == "appointment":
                if booking is not None:
                    continue  # the booking reported it
                emit("appointment", "done", {**base, "date": day.isoformat(), "time": "08:00-09:00",
                                             "number": rng.randint(1, 30), "fee_fen": fee, "booking": "booked"},
                     (0, 1))
            elif code == "registration":
                emit("registration", "waiting", {**base, "fee_fen": fee, "paid": False}, (1, 3))
                emit("registration", "done", {**base, "fee_fen": fee, "paid": True, "pay_method": "医保个人账户"},
                     (1, 4))
            elif code == "checkin":
                emit("checkin", "done", {"location": base["location"].rsplit(" ", 1)[0],
                                         "checked_in_at": clock[0].astimezone(CHINA).strftime("%H:%M"),
                                         "vitals": {k: v for k, v in case.vitals.items() if k != "weight"}},
                     (3, 15))
            elif code == "queue":
                emit("queue", "active", {**base, "number": number, "ahead": ahead}, (1, 3))
                emit("queue", "active", {**base, "number": number, "ahead": max(1, ahead // 3)}, (5, 15))
                emit("queue", "done", {**base, "number": number, "ahead": 0}, (3, 10))
            elif code == "consultation":
                emit("consultation", "active", {**base, "number": number}, (0, 1))
                emit("consultation", "done", {
                    **base, "record": {"chief_complaint": case.chief_complaint, "diagnosis": case.diagnosis,
                                       "advice": case.advice},
                    "prescriptions": [{k: r[k] for k in ("name", "spec", "dosage", "quantity")}
                                      for r in case.prescriptions],
                    "vitals": dict(case.vitals)}, (6, 20))
            elif code == "payment":
                total = sum(i["amount_fen"] for i in pay_items)
                emit("payment", "waiting", {"items": pay_items, "total_fen": total, "paid": False,
                                            "location": "门诊楼1楼 收费处 / 自助机 / 手机支付"}, (0, 2))
                emit("payment", "done", {"items": pay_items, "total_fen": total, "paid": True,
                                         "pay_method": "医保+自费"}, (2, 10))
            elif code == "exam":
                emit("exam", "active", {"items": exam_items}, (2, 8))
                done = [{**i, "report_state": "ready",
                         "report": {"title": f"{e['name']}报告", "conclusion": e["conclusion"], "items": e["items"]}}
                        for i, e in zip(exam_items, case.exams)]
                emit("exam", "done", {"items": done}, (20, 90))
            elif code == "pharmacy":
                emit("pharmacy", "waiting", {"window": window, "pick_up_code": pick_up_code(rng),
                                             "prescriptions": [r["name"] for r in case.prescriptions]}, (2, 10))
                emit("pharmacy", "done", {"window": window, "dispensed": True}, (5, 20))
            elif code == "followup":
                emit("followup", "waiting", {"questionnaire": {
                    "title": case.questionnaire,
                    "url": f"https://his.example.cn/followup/{his_visit}"}}, (60, 240))
                emit("followup", "done", {"questionnaire": {"title": case.questionnaire, "answered": True}},
                     (60, 600))
        if events:
            events[-1]["visit_state"] = "ended"
        return events

    # ------------------------------------------------------------ delivery

    async def send(self, institution_id: int, items: list[Item]) -> None:
        if self.sink is None:
            raise RuntimeError("the simulator has no sink")
        if items:
            await self.sink(institution_id, items)
            self.sent += len(items)

    async def play(self, script: Script) -> None:
        """Send one visit's items at once, in their order (tests)."""
        await self.send(script.institution_id, list(script.items))

    async def load(self) -> "Simulator":
        """Targets: the onboarded demo institutions with the assistant on; patients: existing Patient rows."""
        from core.family.models import Patient
        from core.visits.models import HisConnection

        self.targets = []
        for conn in await HisConnection.filter(assistant_enabled=True, adapter="demo").order_by("institution_id") \
                .prefetch_related("institution"):
            if conn.institution.deleted_at is not None:
                continue
            self.targets.append(Target(institution_id=conn.institution_id, steps=await self._steps(conn.institution_id),
                                       mode=conn.mode, queue=conn.queue, secret=conn.secret or "",
                                       name=conn.institution.name))
        rows = await Patient.filter(deleted_at__isnull=True).order_by("id").limit(500)
        self.patients = [{"id_number": p.id_number, "name": p.name} for p in rows if p.id_number]
        return self

    async def _steps(self, institution_id: int) -> list[str]:
        if self.steps_of is not None:
            return await self.steps_of(institution_id)
        from core.visits.models import VisitStepConfig

        rows = await VisitStepConfig.filter(institution_id=institution_id).order_by("position")
        return [r.code for r in rows if r.enabled] if rows else list(STEP_CODES)

    async def run(self, rate: float = 1.0, duration: float | None = None, *, visit_minutes: float = 240.0) -> int:
        """Visits at the targets, about `rate` events per second in all, for `duration` seconds (None:
        until cancelled). A visit's HIS time is compressed `speed` times (a morning in a few minutes);
        events carry the time they are sent. Returns the number of items sent."""
        if not self.targets or not self.patients:
            await self.load()
        if not self.targets or not self.patients:
            log.info("visit simulator: no onboarded institution or no patient, nothing to simulate")
            return 0
        rng = random.Random(self.seed)
        tag = time.strftime("%H%M%S")
        pace = 1.0 / self.speed
        per_visit = 18.0
        heap: list[tuple[float, int, int, Item]] = []
        seq = 0
        began = time.monotonic()
        next_visit = began
        try:
            while duration is None or time.monotonic() - began < duration:
                now = time.monotonic()
                while next_visit <= now:
                    target = rng.choice(self.targets)
                    patient = rng.choice(self.patients)
                    self.visits += 1
                    start = dt.datetime.now(dt.timezone.utc)
                    script = self.script(institution_id=target.institution_id, patient=patient,
                                         steps=target.steps, start=start, pace=pace * visit_minutes / 240.0,
                                         his_visit=visit_number(start.astimezone(CHINA).date(), self.visits, tag))
                    last = now
                    for item in script.items:
                        if isinstance(item, dict) and "at" in item:
                            at = dt.datetime.fromisoformat(item["at"]).timestamp()
                            last = max(last, now + (at - start.timestamp()))
                        seq += 1
                        heapq.heappush(heap, (last, seq, target.institution_id, item))
                    next_visit += per_visit / max(rate, 0.001) * rng.uniform(0.5, 1.5)
                due: dict[int, list[Item]] = {}
                while heap and heap[0][0] <= now:
                    _, _, inst, item = heapq.heappop(heap)
                    due.setdefault(inst, []).append(item)
                for inst, items in due.items():
                    try:
                        await self.send(inst, items)
                    except Exception:
                        task = asyncio.current_task()
                        if task is not None and task.cancelling():  # a driver turned the cancel into an error
                            raise asyncio.CancelledError() from None
                        log.exception("visit simulator: sending %d events of institution %s failed", len(items), inst)
                wake = min([next_visit] + ([heap[0][0]] if heap else []))
                await asyncio.sleep(min(1.0, max(0.05, wake - time.monotonic())))
        except asyncio.CancelledError:
            log.info("visit simulator stopped after %d events", self.sent)
            raise
        return self.sent


def _title_of(department: str, doctor: str) -> str:
    for name, title in DOCTORS.get(department, []):
        if name == doctor:
            return title
    return "主治医师"


# ---------------------------------------------------------------- misbehaving

_MALFORMED_KINDS = ("truncated", "no_visit", "bad_time", "unknown_step", "bad_state", "data_not_object",
                    "no_event_id")


def malformed_item(rng: random.Random, base: dict[str, Any], n: int) -> Item:
    """A broken event like those real feeds send: cut JSON, missing or wrong fields."""
    kind = rng.choice(_MALFORMED_KINDS)
    bad = json.loads(json.dumps(base))
    bad["event_id"] = f"{base['event_id']}-x{n}"
    if kind == "truncated":
        text = json.dumps(bad, ensure_ascii=False)
        return text[: max(10, len(text) // 2)]
    if kind == "no_visit":
        bad.pop("visit")
    elif kind == "bad_time":
        bad["at"] = "昨天下午"
    elif kind == "unknown_step":
        bad["step"] = "surgery"
    elif kind == "bad_state":
        bad["state"] = "finished"
    elif kind == "data_not_object":
        bad["data"] = "门诊就诊完成"
    elif kind == "no_event_id":
        bad.pop("event_id")
    return bad


def _misbehave(s: Script, rng: random.Random, m: Misbehave) -> None:
    items: list[Item] = list(s.clean)
    if m.gap and len(items) > 2:
        kept = [items[0]]
        for e in items[1:-1]:
            if rng.random() < m.gap:
                s.dropped.append(e["event_id"])
            else:
                kept.append(e)
        items = kept + [items[-1]]
    if m.reorder:
        i = 0
        while i < len(items) - 1:
            if rng.random() < m.reorder:
                items[i], items[i + 1] = items[i + 1], items[i]
                s.reordered.append((items[i + 1]["event_id"], items[i]["event_id"]))
                i += 2
            else:
                i += 1
    if m.duplicate:
        for e in list(items):
            if rng.random() < m.duplicate:
                at = items.index(e)
                items.insert(rng.randint(at + 1, len(items)), json.loads(json.dumps(e)))
                s.duplicated.append(e["event_id"])
    if m.malformed:
        out: list[Item] = []
        for e in items:
            out.append(e)
            if isinstance(e, dict) and rng.random() < m.malformed:
                bad = malformed_item(rng, e, len(s.malformed) + 1)
                out.append(bad)
                s.malformed.append(bad)
        items = out
    s.items = items


# ---------------------------------------------------------------- sinks

def inprocess_sink(submit: Callable[..., Awaitable[Any]], source: str = "sim") -> Sink:
    """The centre's intake in this process (core.visits.centre.intake.submit)."""
    async def sink(institution_id: int, items: list[Item]) -> None:
        await submit(institution_id=institution_id, items=items, source=source)
    return sink


def changelog_sink() -> Sink:
    """The demo HIS's change log, which the centre's poller reads through `visit_changes`."""
    async def sink(institution_id: int, items: list[Item]) -> None:
        from core.his.demo import append_changes

        await append_changes(institution_id, items)
    return sink


def _body(item: Item) -> bytes:
    return (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)).encode()


class AmqpSink:
    """Publishes each event to the institution's queue on RabbitMQ (default exchange, persistent
    messages, the event id as message id), as a HIS vendor's integration engine does."""

    def __init__(self, url: str, queues: dict[int, str], *, declare: bool = False):
        self.url, self.queues, self.declare = url, dict(queues), declare
        self._conn: Any = None
        self._channel: Any = None
        self._lock = asyncio.Lock()

    async def _ready(self) -> Any:
        import aio_pika

        async with self._lock:
            if self._channel is None or self._channel.is_closed:
                self._conn = await aio_pika.connect_robust(self.url)
                self._channel = await self._conn.channel(publisher_confirms=True)
        return self._channel

    async def __call__(self, institution_id: int, items: list[Item]) -> None:
        import aio_pika

        queue = self.queues.get(institution_id)
        if not queue:
            raise RuntimeError(f"no AMQP queue for institution {institution_id}")
        channel = await self._ready()
        if self.declare:
            await channel.declare_queue(queue, durable=True)
        for item in items:
            event_id = item.get("event_id") if isinstance(item, dict) else None
            await channel.default_exchange.publish(
                aio_pika.Message(_body(item), delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                                 content_type="application/json", message_id=str(event_id or "") or None),
                routing_key=queue)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = self._channel = None


def webhook_sink(base_url: str, secrets_by_institution: dict[int, str], *, client: Any = None) -> Sink:
    """POSTs {"events": [...]} to the institution's webhook, signed with its secret."""
    async def sink(institution_id: int, items: list[Item]) -> None:
        import httpx

        body = json.dumps({"events": [item for item in items]}, ensure_ascii=False).encode()
        headers = signed_headers(secrets_by_institution.get(institution_id, ""), body)
        url = f"{base_url.rstrip('/')}/api/his/v1/institutions/{institution_id}/events"
        if client is not None:
            r = await client.post(url, content=body, headers=headers)
        else:
            async with httpx.AsyncClient(timeout=10) as c:
                r = await c.post(url, content=body, headers=headers)
        if r.status_code >= 300:
            raise RuntimeError(f"webhook answered {r.status_code}")
    return sink


def routed_sink(targets: list[Target], *, inprocess: Sink | None = None, amqp: Sink | None = None,
                webhook: Sink | None = None, changelog: Sink | None = None) -> Sink:
    """Each institution's events the way its connection takes them: poll → the change log, amqp →
    RabbitMQ when configured, webhook → signed POST when configured; otherwise in-process."""
    modes = {t.institution_id: t.mode for t in targets}
    changelog = changelog or changelog_sink()

    async def sink(institution_id: int, items: list[Item]) -> None:
        mode = modes.get(institution_id, "webhook")
        chosen = {"poll": changelog, "amqp": amqp, "webhook": webhook}.get(mode) or inprocess or changelog
        await chosen(institution_id, items)
    return sink
