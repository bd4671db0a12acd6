"""Loads the demo question bank (core/demo/bank_data.py) and the cycle's blueprints.

Why through core.exam.bank's use cases as the province: each question and group
passes the bank's checker and is audited, exactly as if typed in the console.
"""
from __future__ import annotations

from core.assessment.models import Cycle
from core.demo.bank_data import (
    BANK, BLUEPRINT_RULES, CATEGORY, DIFFICULTY, PASS_MARK, TIME_LIMIT_MINUTES,
)
from core.demo.orgs import admin
from core.exam import bank as bank_service
from core.exam import service as exam_service
from core.exam.bank import KEYS


def _options(texts: list[str]) -> list[dict[str, str]]:
    return [{"key": KEYS[i], "text": t} for i, t in enumerate(texts)]


def _member(stem: str, options: list[str] | None, answer: str, explanation: str) -> dict:
    return {"stem": stem, "options": _options(options) if options else None, "answer": list(answer),
            "explanation": explanation}


async def seed_bank() -> int:
    """Every question of BANK; returns how many questions were created."""
    chief = await admin("province")
    made = 0
    for specialty, by_type in BANK.items():
        for qtype, entries in by_type.items():
            common = {"specialty": specialty, "category": CATEGORY[qtype], "difficulty": DIFFICULTY[qtype]}
            for entry in entries:
                if qtype in ("A1", "A2", "X"):
                    stem, options, answer, explanation = entry
                    await bank_service.create_question(actor=chief, qtype=qtype, stem=stem, options=_options(options),
                                                       answer=list(answer), explanation=explanation, **common)
                    made += 1
                elif qtype == "B1":
                    await bank_service.create_group(
                        actor=chief, kind="B1", shared_options=_options(entry["options"]),
                        questions=[_member(stem, None, answer, expl) for stem, answer, expl in entry["questions"]],
                        **common)
                    made += len(entry["questions"])
                else:
                    await bank_service.create_group(actor=chief, kind=qtype, stem=entry["stem"],
                                                    questions=[_member(*q) for q in entry["questions"]], **common)
                    made += len(entry["questions"])
    return made


def rules() -> list[dict]:
    return [{"category": CATEGORY[qtype], "qtype": qtype, "difficulty": None, "count": count, "points": points}
            for qtype, count, points in BLUEPRINT_RULES]


async def seed_blueprints(cycle: Cycle) -> None:
    """One blueprint per demo specialty for the cycle (province)."""
    chief = await admin("province")
    for specialty in BANK:
        await exam_service.save_blueprint(actor=chief, cycle_id=cycle.id, specialty=specialty,
                                          name=f"2026年度{specialty}业务水平测评", time_limit_minutes=TIME_LIMIT_MINUTES,
                                          pass_mark=PASS_MARK, rules=rules(), multi_partial=False)
