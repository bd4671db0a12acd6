"""Applying hospital events to visits: exactly once, in the visit's own order, or quarantined with a reason.

Why: every transport (AMQP, webhook, poller, booking, the console's replay) ends here, and a HIS
delivers at least once, late and out of order. One function decides for a batch of one
institution's events, in one transaction:

- exactly once: every event becomes a `VisitEvent` row under the unique key (institution, HIS event
  id) in the same transaction as the change it makes; an event seen before is a duplicate and
  changes nothing. A concurrent writer that took a key first rolls the batch back; its events are
  then applied one by one (the key tells which are duplicates);
- the visit's order: a step keeps the HIS time (`his_at`) of the latest event applied to it, and an
  older event for that step is recorded `stale` without touching it; the visit's `step` is the
  furthest configured position reached and never moves back; a later step arriving first leaves the
  steps before it as they were (pending), to be filled when their events come;
- what cannot be applied is quarantined with its payload (the ID number sealed) and a reason:
  malformed, unknown_patient (no patient with that ID number's blind index), unknown_step (not
  enabled at the institution), unknown_visit (a visit we do not know, and no patient to open it
  with), institution_disabled (the assistant is not open there). The console replays them
  (core/visits/quarantine.py) through `replay_rows`.

In the same transaction: the step's to-do opened or closed as the step's state enters or leaves
the configured to-do state, an in-app notice (pushed as a WeChat subscribe message by core/notify)
to the patient's account at every step transition, the connection's counters, and one
`visits.changed` event per changed visit on its topic `visit:<id>` with the visit's sequence
number (`Visit.seq`: one per applied event, the realtime gateway's cursor; the items are the
applied `VisitEvent` rows, core/visits/service.py), `visits.ended` when an event ended the visit.

Fast: the batch costs a handful of statements whatever its size (one dedup read, one read of the
visits locked, of their steps and to-dos, multi-row inserts of the events and new steps), plus one
statement per changed step, visit and to-do.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import ValidationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import crypto, db
from core.db import transactional, utcnow
from core.events import service as events
from core.family.models import Patient
from core.notify import service as notify_service
from core.orgs.models import OrgNode
from core.visits import steps as steps_config
from core.visits.models import HisConnection, Visit, VisitEvent, VisitStep, VisitTodo
from core.visits.schemas import EVENT_MAX_BYTES, STATE_TEXT, VisitEventIn

log = logging.getLogger("huiyi.visits")

CHANGED = "visits.changed"
ENDED = "visits.ended"
NOTICE_KIND = "visit_step"
VISIT_LINK = "/visits/{id}"
SEALED = "sm4:"  # a sealed ID number inside a stored payload


@dataclass(frozen=True)
class Outcome:
    event_id: str | None
    status: str  # applied / duplicate / stale / quarantined
    reason: str = ""
    visit_id: int | None = None


def topic_of(visit_id: int) -> str:
    return f"visit:{visit_id}"


# ------------------------------------------------------------------ parsing

@dataclass
class _Item:
    index: int
    event_id: str | None  # the HIS's id, when the payload had a usable one
    key: str  # the stored id: the HIS's, or a digest of a malformed payload without one
    obj: Any  # the decoded payload (a dict when it was JSON)
    env: VisitEventIn | None = None
    reason: str = ""
    detail: str = ""
    replay_of: int | None = None  # the quarantined VisitEvent row this is a replay of
    # decided while applying
    status: str = ""
    visit_id: int | None = None
    seq: int | None = None


def _parse(index: int, item: Any) -> _Item:
    raw: bytes | None = None
    if isinstance(item, (bytes, bytearray, memoryview)):
        raw = bytes(item)
    elif isinstance(item, str):
        raw = item.encode("utf-8", "surrogatepass")
    obj: Any = item
    if raw is not None:
        if len(raw) > EVENT_MAX_BYTES:
            return _malformed(index, None, raw[:EVENT_MAX_BYTES].decode("utf-8", "replace"), raw,
                              f"event larger than {EVENT_MAX_BYTES} bytes")
        try:
            obj = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            return _malformed(index, None, raw.decode("utf-8", "replace"), raw, "not JSON")
    if not isinstance(obj, dict):
        text = json.dumps(obj, ensure_ascii=False, default=str)[:EVENT_MAX_BYTES]
        return _malformed(index, None, text, text.encode(), "not a JSON object")
    eid = obj.get("event_id")
    eid = eid.strip() if isinstance(eid, str) and 1 <= len(eid.strip()) <= 64 else None
    if raw is None:
        try:
            raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
        except (TypeError, ValueError):
            return _malformed(index, eid, None, repr(obj).encode(), "not JSON")
        if len(raw) > EVENT_MAX_BYTES:
            return _malformed(index, eid, None, raw, f"event larger than {EVENT_MAX_BYTES} bytes")
    try:
        env = VisitEventIn.model_validate(obj)
    except ValidationError as exc:
        return _malformed(index, eid, obj, raw, _describe(exc))
    return _Item(index=index, event_id=env.event_id, key=env.event_id, obj=obj, env=env)


def _describe(exc: ValidationError) -> str:
    """Where and what, never the value (it may be an ID number)."""
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '(event)'}: {e['msg']}"
             for e in exc.errors(include_input=False, include_url=False)[:4]]
    return "; ".join(parts)[:300]


def _malformed(index: int, eid: str | None, obj: Any, raw: bytes, detail: str) -> _Item:
    key = eid or "malformed:" + hashlib.sha1(raw).hexdigest()
    return _Item(index=index, event_id=eid, key=key, obj=obj, reason="malformed", detail=detail[:300])


def seal(obj: Any) -> Any:
    """The payload as stored while quarantined: JSON with the patient's ID number encrypted
    (a payload that is not an object is kept encrypted whole)."""
    if not isinstance(obj, dict):
        return {"sealed": crypto.encrypt(obj if isinstance(obj, str) else json.dumps(obj, default=str))}
    out = dict(obj)
    patient = out.get("patient")
    if isinstance(patient, dict) and isinstance(patient.get("id_number"), str):
        out["patient"] = {**patient, "id_number": SEALED + crypto.encrypt(patient["id_number"])}
    return out


def unseal(stored: Any) -> Any:
    """What `seal` stored, as it was received."""
    if isinstance(stored, dict) and set(stored) == {"sealed"}:
        return crypto.decrypt(stored["sealed"])
    if not isinstance(stored, dict):
        return stored
    out = dict(stored)
    patient = out.get("patient")
    if isinstance(patient, dict) and isinstance(patient.get("id_number"), str) \
            and patient["id_number"].startswith(SEALED):
        out["patient"] = {**patient, "id_number": crypto.decrypt(patient["id_number"][len(SEALED):])}
    return out


# ------------------------------------------------------------------ the public entry

async def apply_batch(*, institution_id: int, items: list[Any], source: str) -> list[Outcome]:
    """Apply a batch of one institution's events (JSON text, bytes or dicts); one Outcome per item, in order."""
    parsed = [_parse(n, item) for n, item in enumerate(items)]
    return await _run(institution_id, parsed, source[:8])


async def replay_rows(rows: list[VisitEvent]) -> list[Outcome]:
    """Apply quarantined events again from their stored payloads (the console's replay), row by row:
    the row becomes applied, stale or quarantined again with the new reason."""
    out = []
    for row in rows:
        item = _parse(0, unseal(row.payload) if row.payload is not None else None)
        item.replay_of, item.key = row.id, row.event_id
        out.append((await _run(row.institution_id, [item], "replay"))[0])
    return out


async def _run(institution_id: int, parsed: list[_Item], source: str) -> list[Outcome]:
    try:
        return await _apply(institution_id, parsed, source)
    except IntegrityError:
        if len(parsed) == 1:  # taken meanwhile by another writer: once more, the dedup read now sees it
            return await _apply(institution_id, parsed, source)
    log.info("visit events of institution %s: a batch of %d met a concurrent writer; applied one by one",
             institution_id, len(parsed))
    out = []
    for item in parsed:
        _reset(item)
        try:
            out.extend(await _apply(institution_id, [item], source))
        except IntegrityError:
            _reset(item)
            out.extend(await _apply(institution_id, [item], source))
    return out


def _reset(item: _Item) -> None:
    if item.reason not in ("malformed",):
        item.reason, item.detail = "", ""
    item.status, item.visit_id, item.seq = "", None, None


# ------------------------------------------------------------------ one transaction

@dataclass
class _Step:
    """A visit's step as read (locked) or made by this batch: plain values, no model instances (a batch
    reads thousands)."""

    visit_id: int
    code: str
    state: str
    data: dict
    his_at: dt.datetime | None
    id: int | None = None


@dataclass
class _Todo:
    id: int
    state: str
    text: str


@dataclass
class _VisitState:
    visit: Visit
    changed: bool = False
    ended: bool = False
    notices: list[tuple[str, str]] = field(default_factory=list)  # (step code, state)


def _quarantine(item: _Item, reason: str, detail: str = "") -> None:
    item.status, item.reason, item.detail = "quarantined", reason, detail[:300]


@transactional
async def _apply(institution_id: int, parsed: list[_Item], source: str) -> list[Outcome]:
    for item in parsed:
        _reset(item)
    institution = await OrgNode.filter(id=institution_id).only("id", "name", "created_at").first()
    if institution is None:  # nothing can be stored for an institution that does not exist
        return [Outcome(i.event_id, "quarantined", "unknown_institution") for i in parsed]
    config = {s.code: s for s in await steps_config.cached_config(institution) if s.enabled}
    now = utcnow()
    async with in_transaction():
        # Every writer of an institution's visits, steps, to-dos and events comes through here (the
        # sub-centre, a patient's action, a booking), so the connection's row is the institution's
        # lock, taken first: batches of one institution go in turn, and this transaction's snapshot
        # (made by its first plain read, below) already holds whatever the previous one committed.
        # Nothing after it needs a locking read, so no gap locks are taken on the steps' and to-dos'
        # indexes, where other institutions' visits interleave (their inserts deadlocked on them).
        connection = await HisConnection.filter(institution_id=institution_id).select_for_update().first()
        # Exactly once: what this institution already holds (and twice in the same batch).
        held = {}
        keys = list({i.key for i in parsed})
        for chunk in _chunks(keys, 500):
            for row in await VisitEvent.filter(institution_id=institution_id, event_id__in=chunk) \
                    .only("id", "event_id", "status", "visit_id"):
                held[row.event_id] = row
        seen: set[str] = set()
        live: list[_Item] = []
        for item in parsed:
            row = held.get(item.key)
            if item.key in seen or (row is not None and (item.replay_of is None or row.status != "quarantined")):
                item.status, item.visit_id = "duplicate", row.visit_id if row is not None else None
                continue
            seen.add(item.key)
            if item.reason == "malformed":
                item.status = "quarantined"
            elif connection is None or not connection.assistant_enabled:
                _quarantine(item, "institution_disabled")
            else:
                live.append(item)
        states = await _apply_live(institution_id, live, config) if live else {}
        await _write_events(institution_id, parsed, source, now)
        await _write_visits(states, now)
        applied = [i for i in parsed if i.status == "applied"]
        if connection is not None:
            await _count(connection.id, parsed, applied, now)
        await _tell(institution, states, config)
    return [Outcome(i.event_id, i.status, i.reason, i.visit_id) for i in parsed]


async def _count(connection_id: int, parsed: list[_Item], applied: list[_Item], now: dt.datetime) -> None:
    """The connection's counters and latest times, in one statement."""
    conn = HisConnection._meta.db
    m = "?" if conn.capabilities.dialect == "sqlite" else "%s"
    fresh = sum(1 for i in parsed if i.replay_of is None)
    dupes = sum(1 for i in parsed if i.status == "duplicate")
    latest = _db(HisConnection, "last_event_at", max(i.env.at for i in applied)) if applied else None
    await conn.execute_query(
        f"UPDATE his_connection SET received = received + {m}, applied = applied + {m}, "
        f"duplicates = duplicates + {m}, last_received_at = {m}, last_event_at = CASE WHEN {m} IS NOT NULL AND "
        f"(last_event_at IS NULL OR last_event_at < {m}) THEN {m} ELSE last_event_at END WHERE id = {m}",
        [fresh, len(applied), dupes, _db(HisConnection, "last_received_at", now), latest, latest, latest,
         connection_id])


def _chunks(values: list, size: int) -> Iterable[list]:
    for n in range(0, len(values), size):
        yield values[n:n + size]


async def _apply_live(institution_id: int, live: list[_Item], config: dict) -> dict[int, _VisitState]:
    """Decide every live event against the visits locked for this transaction; changes stay in memory."""
    numbers = sorted({i.env.visit for i in live})
    visits: dict[str, Visit] = {}
    for chunk in _chunks(numbers, 500):
        for v in await Visit.filter(institution_id=institution_id, his_visit__in=chunk).order_by("id"):
            visits[v.his_visit] = v
    # Visits to open: the patient of the first event that names one we know.
    missing = [n for n in numbers if n not in visits]
    if missing:
        wanted = {}
        for item in sorted(live, key=lambda i: (i.env.at, i.index)):
            if item.env.visit not in visits and item.env.patient is not None:
                bidx = crypto.blind_index(item.env.patient.id_number, purpose="id_number")
                wanted.setdefault(item.env.visit, []).append(bidx)
        found: dict[str, int] = {}
        bidxs = sorted({b for bs in wanted.values() for b in bs})
        for chunk in _chunks(bidxs, 500):
            for pid, bidx in await Patient.filter(id_number_bidx__in=chunk, deleted_at__isnull=True) \
                    .order_by("-is_self", "id").values_list("id", "id_number_bidx"):
                found.setdefault(bidx, pid)
        ordered = sorted(live, key=lambda i: (i.env.at, i.index))
        now = utcnow()
        opened = []
        for number in missing:
            patient_id = next((found[b] for b in wanted.get(number, ()) if b in found), None)
            if patient_id is None:
                continue
            first = next(i for i in ordered if i.env.visit == number)
            info = next((i.env.visit_info for i in ordered if i.env.visit == number and i.env.visit_info is not None),
                        None)
            opened.append(Visit(institution_id=institution_id, his_visit=number, patient_id=patient_id,
                                department=info.department if info else "", doctor=info.doctor if info else "",
                                location=info.location if info else "",
                                visit_date=info.date if info and info.date else first.env.at.date(),
                                step="", state="open", seq=0, created_at=now, updated_at=now))
        columns = ["institution_id", "his_visit", "patient_id", "department", "doctor", "location", "visit_date",
                   "step", "state", "seq", "created_at", "updated_at"]
        ids = await db.insert_rows(Visit._meta.db, "visit", columns,
                                   [[_db(Visit, c, getattr(v, c)) for c in columns] for v in opened])
        for v, vid in zip(opened, ids):
            v.id = vid
            visits[v.his_visit] = v
    ids = [v.id for v in visits.values()]
    steps: dict[tuple[int, str], VisitStep] = {}
    todos: dict[tuple[int, str, str], VisitTodo] = {}
    # Plain reads: the institution's lock (_apply) was taken before this transaction's snapshot.
    conn = VisitStep._meta.db
    for chunk in _chunks(ids, 500):
        marks = _marks(conn, len(chunk))
        for r in await conn.execute_query_dict(
                f"SELECT id, visit_id, code, state, data, his_at FROM visit_step WHERE visit_id IN ({marks})",
                chunk):
            steps[(r["visit_id"], r["code"])] = _Step(r["visit_id"], r["code"], r["state"],
                                                      _py(VisitStep, "data", r["data"]) or {},
                                                      _py(VisitStep, "his_at", r["his_at"]), r["id"])
        for r in await conn.execute_query_dict(
                f"SELECT id, visit_id, step, kind, state, text FROM visit_todo WHERE visit_id IN ({marks})",
                chunk):
            todos[(r["visit_id"], r["step"], r["kind"])] = _Todo(r["id"], r["state"], r["text"])
    states: dict[int, _VisitState] = {}
    new_steps: list[_Step] = []
    dirty_steps: dict[int, _Step] = {}
    todo_writes: dict[tuple[int, str, str], tuple[_Todo | None, str, str]] = {}
    for item in sorted(live, key=lambda i: (i.env.at, i.index)):
        env = item.env
        visit = visits.get(env.visit)
        if visit is None:
            _quarantine(item, "unknown_patient" if env.patient is not None else "unknown_visit")
            continue
        item.visit_id = visit.id
        cfg = config.get(env.step)
        if cfg is None:
            _quarantine(item, "unknown_step", f"step {env.step} is not enabled at this institution")
            continue
        step = steps.get((visit.id, env.step))
        if step is not None and step.his_at is not None and step.his_at > env.at:
            item.status = "stale"
            continue
        state = states.get(visit.id) or states.setdefault(visit.id, _VisitState(visit))
        before = step.state if step is not None else "pending"
        if step is None:
            step = _Step(visit.id, env.step, env.state, dict(env.data), env.at)
            steps[(visit.id, env.step)] = step
            new_steps.append(step)
        else:
            step.state, step.data, step.his_at = env.state, {**(step.data or {}), **env.data}, env.at
            if step.id is not None:
                dirty_steps[step.id] = step
        item.status = "applied"
        visit.seq += 1
        item.seq = visit.seq
        state.changed = True
        if env.visit_info is not None:
            info = env.visit_info
            for name in ("department", "doctor", "location"):
                if getattr(info, name):
                    setattr(visit, name, getattr(info, name))
            if info.date is not None:
                visit.visit_date = info.date
        reached = config.get(visit.step)
        if reached is None or cfg.position > reached.position:
            visit.step = env.step
        if env.visit_state is not None and visit.state == "open":
            visit.state, visit.ended_at, state.ended = env.visit_state, utcnow(), True
        if before != env.state:
            state.notices.append((env.step, env.state))
        if cfg.todo:
            key = (visit.id, env.step, cfg.todo)
            existing = todos.get(key)
            if env.state == cfg.todo_state:
                todo_writes[key] = (existing, "open", cfg.todo_text())
            elif existing is not None and existing.state == "open" or key in todo_writes:
                todo_writes[key] = (existing, "done", cfg.todo_text())
    for state in states.values():
        if state.ended:  # the visit is over: nothing is left to do in it
            for key, todo in todos.items():
                if key[0] == state.visit.id and todo.state == "open":
                    todo_writes[key] = (todo, "done", todo.text)
            for key, (existing, _, text) in list(todo_writes.items()):
                if key[0] == state.visit.id:
                    todo_writes[key] = (existing, "done", text)
    await _upsert_steps(new_steps + list(dirty_steps.values()))
    creates, closing = [], {"open": [], "done": []}
    stamp = _db(VisitTodo, "created_at", utcnow())
    for (visit_id, code, kind), (existing, todo_state, text) in todo_writes.items():
        if existing is None:
            if todo_state == "open":
                creates.append([visit_id, states[visit_id].visit.patient_id, code, kind, text[:200], "open", stamp,
                                stamp])
        elif existing.state != todo_state:
            closing[todo_state].append(existing.id)
    for todo_state, ids in closing.items():
        if ids:
            await VisitTodo.filter(id__in=ids).update(state=todo_state, updated_at=utcnow())
    await db.insert_rows(VisitTodo._meta.db, "visit_todo",
                         ["visit_id", "patient_id", "step", "kind", "text", "state", "created_at", "updated_at"],
                         creates)
    return states


_EVENT_COLUMNS = ("institution_id", "event_id", "visit_id", "source", "step", "state", "status", "reason", "detail",
                  "payload", "his_at", "seq", "received_at", "applied_at")


async def _write_events(institution_id: int, parsed: list[_Item], source: str, now: dt.datetime) -> None:
    rows = []
    for item in parsed:
        if item.status == "duplicate":
            continue
        env = item.env
        quarantined = item.status == "quarantined"
        values = dict(visit_id=item.visit_id, step=(env.step if env else "")[:24], state=env.state if env else "",
                      status=item.status, reason=item.reason[:40], detail=item.detail[:300],
                      payload=seal(item.obj) if quarantined else None, his_at=env.at if env else None,
                      seq=item.seq, applied_at=now if item.status == "applied" else None)
        if item.replay_of is not None:
            await VisitEvent.filter(id=item.replay_of).update(source=source, **values)
        else:
            values.update(institution_id=institution_id, event_id=item.key, source=source, received_at=now)
            rows.append([_db(VisitEvent, c, values[c]) for c in _EVENT_COLUMNS])
    await db.insert_rows(VisitEvent._meta.db, "visit_event", list(_EVENT_COLUMNS), rows)


def _marks(conn: Any, n: int) -> str:
    return ", ".join(["?" if conn.capabilities.dialect == "sqlite" else "%s"] * n)


def _db(model: type, name: str, value: Any) -> Any:
    """A value as a raw statement sends it: datetimes in UTC (the driver writes the wall time it is given)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc)
    return model._meta.fields_map[name].to_db_value(value, None)


def _py(model: type, name: str, value: Any) -> Any:
    return model._meta.fields_map[name].to_python_value(value)


async def _upsert_steps(rows: list[_Step]) -> None:
    """The batch's new steps in one INSERT, its changed ones in one UPDATE by primary key. No upsert:
    MySQL's ON DUPLICATE KEY UPDATE takes next-key (gap) locks on the unique index, which other
    institutions' inserts into the same index wait on; a plain insert and updates by id do not."""
    conn = VisitStep._meta.db
    now = _db(VisitStep, "updated_at", utcnow())
    fresh = sorted((r for r in rows if r.id is None), key=lambda r: (r.visit_id, r.code))
    if fresh:
        one = "(" + _marks(conn, 6) + ")"
        values: list[Any] = []
        for r in fresh:
            values += [r.visit_id, r.code, r.state, _db(VisitStep, "data", r.data),
                       _db(VisitStep, "his_at", r.his_at), now]
        await conn.execute_query("INSERT INTO visit_step (visit_id, code, state, data, his_at, updated_at) VALUES "
                                 + ", ".join([one] * len(fresh)), values)
    changed = sorted((r for r in rows if r.id is not None), key=lambda r: r.id)
    for chunk in _chunks(changed, 500):
        m = "?" if conn.capabilities.dialect == "sqlite" else "%s"
        cases = {name: " ".join([f"WHEN {m} THEN {m}"] * len(chunk)) for name in ("state", "data", "his_at")}
        values = []
        for name, convert in (("state", lambda r: r.state), ("data", lambda r: _db(VisitStep, "data", r.data)),
                              ("his_at", lambda r: _db(VisitStep, "his_at", r.his_at))):
            for r in chunk:
                values += [r.id, convert(r)]
        values += [now] + [r.id for r in chunk]
        await conn.execute_query(
            f"UPDATE visit_step SET state = CASE id {cases['state']} END, data = CASE id {cases['data']} END, "
            f"his_at = CASE id {cases['his_at']} END, updated_at = {m} WHERE id IN ({_marks(conn, len(chunk))})",
            values)


_VISIT_COLUMNS = ("step", "seq", "state", "ended_at", "department", "doctor", "location", "visit_date")


async def _write_visits(states: dict[int, _VisitState], now: dt.datetime) -> None:
    """Every changed visit of the batch in one UPDATE (a CASE per column)."""
    changed = [s.visit for s in states.values() if s.changed]
    if not changed:
        return
    conn = Visit._meta.db
    mark = "?" if conn.capabilities.dialect == "sqlite" else "%s"
    sets, values = [], []
    for column in _VISIT_COLUMNS:
        sets.append(f"{column} = CASE id " + " ".join([f"WHEN {mark} THEN {mark}"] * len(changed)) + " END")
        for v in changed:
            values += [v.id, _db(Visit, column, getattr(v, column))]
    sets.append(f"updated_at = {mark}")
    values.append(_db(Visit, "updated_at", now))
    values += [v.id for v in changed]
    await conn.execute_query(f"UPDATE visit SET {', '.join(sets)} WHERE id IN ({_marks(conn, len(changed))})",
                             values)


async def _tell(institution: OrgNode, states: dict[int, _VisitState], config: dict) -> None:
    """Notices to the patients' accounts, the topic events and the ends: in the transaction, relayed after it."""
    changed = [s for s in states.values() if s.changed]
    if not changed:
        return
    accounts = dict(await Patient.filter(id__in={s.visit.patient_id for s in changed})
                    .values_list("id", "account_id"))
    notices = []
    for s in changed:
        account_id = accounts.get(s.visit.patient_id)
        if account_id is None:
            continue
        for code, state in s.notices:
            cfg = config.get(code)
            name = cfg.name if cfg else code
            where = " ".join(x for x in (institution.name, s.visit.department) if x)
            guide = cfg.guide if cfg is not None and state in ("active", "waiting") else ""
            notices.append((account_id, NOTICE_KIND, f"{name}：{STATE_TEXT.get(state, state)}",
                            "；".join(x for x in (where, guide) if x), VISIT_LINK.format(id=s.visit.id)))
    await notify_service.notify_accounts(notices)
    emitted = [(CHANGED, {"visit": s.visit.id, "visit_id": s.visit.id, "seq": s.visit.seq, "step": s.visit.step, "state": s.visit.state},
                topic_of(s.visit.id), None) for s in changed]
    emitted += [(ENDED, {"visit_id": s.visit.id, "state": s.visit.state, "institution_id": institution.id}, None,
                 None) for s in changed if s.ended]
    await events.emit_many(emitted)
