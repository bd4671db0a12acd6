"""The published rules of a process: version 1 seeded from the knowledge set once (rows with their
sources), compiled once and reused, a publish by another process noticed within seconds, and the
check answering the version with its findings. SQLite or MariaDB."""
from __future__ import annotations

from core.db import utcnow
from core.rx.models import Rule, RuleSet
from core.rx.rules import service
from tests.factories import rx_world
from tests.rx.rules.helpers import ctx, item


async def test_rx_world_seeds_version_one_from_the_knowledge_set_once():
    await rx_world()
    sets = await RuleSet.all()
    assert [(s.version, s.state) for s in sets] == [(1, "published")] and sets[0].published_at
    rules = await Rule.filter(ruleset_id=sets[0].id)
    assert len(rules) == len(service.seed_rows()) > 150
    assert all(r.source for r in rules)  # every rule names its references
    kinds = {r.kind for r in rules}
    assert kinds >= {"interaction", "allergy", "dose", "route", "duplicate", "contraindication", "pregnancy",
                     "lactation", "paediatric", "compatibility"}
    assert await service.ensure_seeded() is False
    assert await RuleSet.all().count() == 1


async def test_check_answers_the_version_with_its_findings_and_sees_a_publish_elsewhere(monkeypatch):
    await service.ensure_seeded()
    monkeypatch.setattr(service, "RECHECK_SECONDS", 3600)  # the clock out of the test's way
    c = ctx(item(1, "amoxicillin", 500), allergies=("penicillin",))
    version, findings = await service.check(c)
    assert version == 1 and any(f.severity == "error" and f.kind == "allergy" for f in findings)
    first = await service.published()
    assert await service.published() is first  # compiled once

    # Another process publishes version 2 without the penicillin class rule.
    v1 = await RuleSet.get(version=1)
    v2 = await RuleSet.create(version=2, state="published", published_at=utcnow(), based_on=1)
    await RuleSet.filter(id=v1.id).update(state="retired")
    await Rule.bulk_create([Rule(ruleset_id=v2.id, code=r.code, kind=r.kind, subject=r.subject, params=r.params,
                                 severity=r.severity, message=r.message, source=r.source)
                            for r in await Rule.filter(ruleset_id=v1.id).exclude(code="ALG-c_penicillin")])
    assert (await service.check(c))[0] == 1  # not yet: read again at most every RECHECK_SECONDS
    monkeypatch.setattr(service, "RECHECK_SECONDS", 0)
    version, findings = await service.check(c)
    assert version == 2 and not any(f.rule_code == "ALG-c_penicillin" for f in findings)
    assert all(f.version == 2 for f in findings)


async def test_an_empty_installation_is_seeded_on_first_check():
    assert await RuleSet.all().count() == 0
    version, _ = await service.check(ctx(item(1, "paracetamol", 500)))
    assert version == 1 and await RuleSet.filter(state="published").count() == 1
