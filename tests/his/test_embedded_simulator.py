"""`make run`'s embedded simulator (bff/visit_simulator.py): the onboarded institutions' visits
reach the centre in-process and move through the institution's configured steps; the demo HIS's
own events take the same way while it runs."""
from __future__ import annotations

import asyncio
import dataclasses

from bff import visit_simulator
from core.his import demo as demo_his
from core.visits.apply import apply_batch
from core.visits.models import Visit, VisitEvent, VisitStepConfig
from tests import factories as f


async def test_embedded_simulator_moves_visits(settings, monkeypatch):
    t = await f.tree()
    hospital, _ = await f.visits_hospital(t.county_a1, name="静安区中心医院")
    await f.his_outpatient(hospital)
    for pos, code in enumerate(["registration", "queue", "consultation", "pharmacy"], start=1):
        await VisitStepConfig.create(institution_id=hospital.id, code=code, position=pos, name=code)
    await VisitStepConfig.create(institution_id=hospital.id, code="appointment", position=5, name="预约")
    person = await f.mp_patient_account("李国华", number="310106195602110012")
    got = []

    def submit_factory():
        async def submit(*, institution_id, items, source):
            got.append((institution_id, len(items), source))
            await apply_batch(institution_id=institution_id, items=items, source=source)
        return submit

    monkeypatch.setattr(visit_simulator, "_submit", submit_factory)
    fast = dataclasses.replace(settings, visit_simulator_rate=60.0)
    task = asyncio.create_task(visit_simulator.run(fast, speed=20000))
    await asyncio.sleep(1.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    assert demo_his._sink is None  # unset when the server stops  # noqa: SLF001
    assert got and all(inst == hospital.id and src == "sim" for inst, _, src in got)
    visits = await Visit.filter(institution_id=hospital.id, patient_id=person.patient.id)
    # the visits went through the configured order (预约 placed last here) to their end
    assert visits and any(v.step == "appointment" and v.state == "ended" for v in visits)
    assert set(await VisitEvent.filter(institution_id=hospital.id).values_list("step", flat=True)) <= \
        {"registration", "queue", "consultation", "pharmacy", "appointment"}
    assert not await VisitEvent.filter(status="quarantined").exists()
