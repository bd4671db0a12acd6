"""A HIS's day, scripted: visits moving through every step of the default configuration, as events
with duplicates and reordering (seeded), and what each visit's steps must end as. Used by the
reliability tests and bench/visits.py."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

STEPS = ("appointment", "registration", "checkin", "queue", "consultation", "payment", "exam", "pharmacy", "followup")
WAITS = {"registration", "payment", "pharmacy", "followup"}  # the patient has something to do
T0 = dt.datetime(2026, 12, 7, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@dataclass
class Script:
    events: list[tuple[int, dict]] = field(default_factory=list)  # (institution id, envelope) in sending order
    expected: dict[tuple[int, str], dict[str, str]] = field(default_factory=dict)  # (inst, visit) -> {step: state}
    unique: int = 0
    duplicates: int = 0
    reordered: int = 0


def day(institutions: list[int], patients: list[tuple[str, str]], *, visits: int, seed: int = 13,
        duplicate_rate: float = 0.1, reorder_rate: float = 0.1, steps_per_visit: int = 9) -> Script:
    """`visits` visits spread over the institutions, each with 2 events per step (about 18 a visit)."""
    rng = random.Random(seed)
    out = Script()
    timeline: list[tuple[float, int, dict]] = []
    for v in range(visits):
        inst = institutions[v % len(institutions)]
        number = f"MZ{v:06d}"
        id_number, name = patients[v % len(patients)]
        start = rng.uniform(0, 10 * 3600)
        minute = 0.0
        final: dict[str, str] = {}
        for step in STEPS[:steps_per_visit]:
            for state in ("waiting" if step in WAITS else "active", "done"):
                minute += rng.uniform(1, 8)
                at = T0 + dt.timedelta(seconds=start + minute * 60)
                envelope = {"event_id": f"{number}-{step}-{state}", "visit": number, "step": step,
                            "state": state, "at": at.isoformat(),
                            "patient": {"id_number": id_number, "name": name},
                            "visit_info": {"department": "心内科", "doctor": "李医生", "location": "门诊2楼"},
                            "data": {"location": f"{step}窗口"} if state == "done" else {}}
                timeline.append((start + minute * 60, inst, envelope))
                final[step] = state
        out.expected[(inst, number)] = final
    timeline.sort(key=lambda t: t[0])
    sequence = [(inst, e) for _, inst, e in timeline]
    out.unique = len(sequence)
    # Reordering: an event swapped with one a few places later (a late "registered" after "checked in").
    for n in range(len(sequence) - 5):
        if rng.random() < reorder_rate:
            k = n + rng.randint(1, 5)
            sequence[n], sequence[k] = sequence[k], sequence[n]
            out.reordered += 1
    # Duplicates: an event sent again a little later (at-least-once delivery).
    result = []
    for n, item in enumerate(sequence):
        result.append(item)
        if rng.random() < duplicate_rate:
            out.duplicates += 1
            later = min(len(sequence) - 1, n + rng.randint(1, 50))
            sequence_later = sequence[later]
            result.append(sequence_later if rng.random() < 0.5 else item)
    out.events = result
    return out
