"""Versions of the review rules: a draft copied from the published version, rules edited only in a
draft (a published version answers 409 and keeps its rows), parameters checked per kind (422 naming
the field, nothing written), publish retiring the old version and changing what the check answers,
reviews keeping the version that produced their findings, differences between versions, permission
and audit; then the same over the JSON API."""
from __future__ import annotations

import pytest

from core.audit.models import AuditLog
from core.errors import Forbidden, ValidationFailed
from core.rx.models import Rule, RuleSet
from core.rx.rules import service, versions
from core.rx.rules.errors import CodeTaken, DraftExists, VersionFrozen
from core.rx.rules.schemas import DraftIn, PublishIn, RuleFilter, RuleIn
from tests import factories
from tests.rx.rules.helpers import ctx, item

API = "/api/admin/v1/rx/rules"


async def _admin():
    t = await factories.tree()
    account = await factories.admin(t.hospital_a1, roles=("institution_admin",))
    return t, account, factories.principal_for(account, t.hospital_a1)


def _rule(**kw) -> RuleIn:
    base = dict(code="INT-test-1", kind="interaction", subject="amoxicillin", params={"other": "metronidazole"},
                severity="warning", message="测试用相互作用", source="本院药事委员会")
    return RuleIn(**{**base, **kw})


async def test_draft_edit_publish_and_the_check_follows():
    await service.ensure_seeded()
    _, _, actor = await _admin()
    v1 = await RuleSet.get(version=1)
    v1_rules = await Rule.filter(ruleset_id=v1.id).count()

    draft = await versions.new_draft(actor=actor, data=DraftIn(note="阿莫西林与甲硝唑联用提示"))
    assert (draft.version, draft.state, draft.based_on, draft.rule_count) == (2, "draft", 1, v1_rules)
    with pytest.raises(DraftExists):
        await versions.new_draft(actor=actor, data=DraftIn())

    # The published version never changes.
    some = await Rule.filter(ruleset_id=v1.id).first()
    with pytest.raises(VersionFrozen):
        await versions.update_rule(actor=actor, version=1, rule_id=some.id, data=_rule(code=some.code))
    with pytest.raises(VersionFrozen):
        await versions.create_rule(actor=actor, version=1, data=_rule())
    assert await Rule.filter(ruleset_id=v1.id).count() == v1_rules

    added = await versions.create_rule(actor=actor, version=2, data=_rule())
    with pytest.raises(CodeTaken):
        await versions.create_rule(actor=actor, version=2, data=_rule())
    page = await versions.list_rules(actor=actor, version=2, filters=RuleFilter())
    assert page.total == v1_rules + 1
    target = (await versions.list_rules(actor=actor, version=2, filters=RuleFilter(q="INT-warfarin-c_antiplatelet")))
    rule = target.items[0]
    await versions.update_rule(actor=actor, version=2, rule_id=rule.id,
                               data=_rule(code=rule.code, subject="warfarin", params={"other": "class:antiplatelet"},
                                          severity="warning", message="本院：华法林与阿司匹林合用须心内科会诊"))
    removed = (await versions.list_rules(actor=actor, version=2, filters=RuleFilter(q="ALG-c_penicillin"))).items[0]
    await versions.delete_rule(actor=actor, version=2, rule_id=removed.id)

    # Params checked per kind: 422 naming the field, nothing written.
    with pytest.raises(ValidationFailed) as bad:
        await versions.create_rule(actor=actor, version=2, data=_rule(
            code="DOSE-x", kind="dose", subject="paracetamol",
            params={"unit": "mg", "bands": [{"per_dose_max": -1}]}))
    assert bad.value.details["errors"][0]["path"] == "params.bands.0.per_dose_max"
    with pytest.raises(ValidationFailed) as bad:
        await versions.create_rule(actor=actor, version=2, data=_rule(code="DUP-x", kind="duplicate",
                                                                      subject="aspirin", params={}))
    assert bad.value.details["errors"][0]["path"] == "subject"
    with pytest.raises(ValidationFailed) as bad:
        await versions.create_rule(actor=actor, version=2, data=_rule(code="CI-x", kind="contraindication",
                                                                      params={"icd10": ["bad code"]}))
    assert bad.value.details["errors"][0]["path"].startswith("params.icd10")
    assert await Rule.filter(ruleset_id=draft.id, code__in=["DOSE-x", "DUP-x", "CI-x"]).count() == 0

    # The draft is not what the check uses until it is published.
    c = ctx(item(1, "warfarin", "2.5", "qd"), item(2, "aspirin", 100, "qd"), item(3, "amoxicillin", 500),
            item(4, "metronidazole", 400), allergies=("penicillin",))
    version, before = await service.check(c)
    assert version == 1 and any(f.rule_code == "INT-warfarin-c_antiplatelet" and f.severity == "error" for f in before)

    diff = await versions.diff(actor=actor, base=1, other=2)
    assert [r.code for r in diff.added] == ["INT-test-1"] and [r.code for r in diff.removed] == ["ALG-c_penicillin"]
    assert [(c_.code, c_.fields) for c_ in diff.changed] == [("INT-warfarin-c_antiplatelet", ["severity", "message", "source"])]

    published = await versions.publish(actor=actor, version=2, data=PublishIn())
    assert published.state == "published"
    assert [(s.version, s.state) for s in await RuleSet.all().order_by("version")] == [(1, "retired"),
                                                                                      (2, "published")]
    version, after = await service.check(c)
    assert version == 2 and all(f.version == 2 for f in after)
    codes = {f.rule_code: f for f in after}
    assert codes["INT-warfarin-c_antiplatelet"].severity == "warning" and "心内科" in codes[
        "INT-warfarin-c_antiplatelet"].message
    assert "ALG-c_penicillin" not in codes and codes["INT-test-1"].items == (3, 4)
    assert added.id in {f.rule_id for f in after}

    with pytest.raises(VersionFrozen):  # published now: frozen
        await versions.delete_rule(actor=actor, version=2, rule_id=added.id)
    actions = set(await AuditLog.filter(action__startswith="rx.rules.").values_list("action", flat=True))
    assert actions == {"rx.rules.draft", "rx.rules.rule_create", "rx.rules.rule_update", "rx.rules.rule_delete",
                       "rx.rules.publish"}


async def test_reviews_keep_their_version_and_a_draft_can_be_given_up():
    w = await factories.rx_world()
    _, _, actor = await _admin()
    from core.rx.models import RxReview

    rx = await factories.rx_prescription(w, state="pending_review")
    version, findings = await service.check(ctx(item(1, "amoxicillin", 500), allergies=("penicillin",)))
    review = await RxReview.create(prescription_id=rx.id, kind="auto", ruleset_version=version,
                                   findings=[f.as_dict() for f in findings])
    draft = await versions.new_draft(actor=actor, data=DraftIn())
    await versions.publish(actor=actor, version=draft.version, data=PublishIn(note="无改动的再发布"))
    review = await RxReview.get(id=review.id)
    assert review.ruleset_version == 1 and review.findings[0]["version"] == 1
    assert await RuleSet.filter(version=1).exists()  # retired, still there to explain old reviews

    draft = await versions.new_draft(actor=actor, data=DraftIn())
    await versions.delete_draft(actor=actor, version=draft.version)
    assert not await RuleSet.filter(version=draft.version).exists()
    assert not await Rule.filter(ruleset_id=draft.id).exists()
    with pytest.raises(VersionFrozen):
        await versions.delete_draft(actor=actor, version=2)


async def test_permission_is_needed():
    await service.ensure_seeded()
    t = await factories.tree()
    pharmacist = await factories.admin(t.hospital_a1, roles=("pharmacist",))
    with pytest.raises(Forbidden):
        await versions.list_versions(actor=factories.principal_for(pharmacist, t.hospital_a1))
    with pytest.raises(Forbidden):
        await versions.new_draft(actor=factories.principal_for(pharmacist, t.hospital_a1), data=DraftIn())
    assert await RuleSet.all().count() == 1


async def test_json_api(client):
    await service.ensure_seeded()
    _, account, _ = await _admin()
    async with factories.AdminSession(client, account.username) as s:
        r = await s.get(f"{API}/versions")
        assert r.status_code == 200 and r.json()["items"][0]["state"] == "published"
        r = await s.post(f"{API}/versions", json={"note": "新草稿"})
        assert r.status_code == 201 and r.json()["version"] == 2
        r = await s.get(f"{API}/versions/2/rules?kind=pregnancy&severity=error&subject=warfarin")
        body = r.json()
        assert r.status_code == 200 and body["total"] == 1 and body["items"][0]["kind_label"] == "妊娠"
        rule = body["items"][0]
        r = await s.put(f"{API}/versions/2/rules/{rule['id']}", json={
            **{k: rule[k] for k in ("code", "kind", "subject", "severity", "message", "source", "enabled")},
            "params": {**rule["params"], "to_week": 99}})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "params.to_week"
        r = await s.post(f"{API}/versions/2/rules", json={
            "code": "PAED-loratadine-9", "kind": "paediatric", "subject": "loratadine",
            "params": {"min_age_months": 36}, "severity": "warning", "message": "本院：3岁以下慎用", "source": "院内"})
        assert r.status_code == 201, r.text
        new_id = r.json()["id"]
        r = await s.post(f"{API}/versions/1/rules", json={
            "code": "X-1", "kind": "paediatric", "subject": "loratadine", "params": {"min_age_months": 36},
            "severity": "warning", "message": "x"})
        assert r.status_code == 409 and r.json()["code"] == "rx.rules_version_frozen"
        r = await s.get(f"{API}/diff?base=1&other=2")
        assert r.status_code == 200 and [x["id"] for x in r.json()["added"]] == [new_id]
        assert (await s.get(f"{API}/diff?base=1")).status_code == 422
        r = await s.post(f"{API}/versions/2/publish", json={})
        assert r.status_code == 200 and r.json()["state"] == "published"
        r = await s.client.delete(f"{API}/versions/2/rules/{new_id}", headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 409
        assert (await s.get(f"{API}/versions/9")).status_code == 404
