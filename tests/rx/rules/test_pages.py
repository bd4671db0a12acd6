"""The 审方规则 console page: the menu entry by permission, versions, a version's rules with filters,
a draft made, a rule added and edited through the per-kind form (bad parameters refused beside the
form with the field named, nothing written), a published version shown read-only, publish, and the
differences between two versions."""
from __future__ import annotations

import json

from core.rx.models import Rule, RuleSet
from core.rx.rules import service
from tests import factories
from tests.admin_web.world import Pages

BASE = "/admin/rx/rules"


async def test_rules_console(client):
    await service.ensure_seeded()
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="yaoshike", roles=("institution_admin",))
    await factories.admin(t.hospital_a1, username="yaoshi", roles=("pharmacist",))

    pages = Pages(client)
    await pages.login("yaoshi")
    assert f'href="{BASE}"' not in (await pages.get("/admin/")).text
    assert (await pages.get(BASE)).status_code == 403

    pages = Pages(client)
    await pages.login("yaoshike")
    home = await pages.get("/admin/")
    assert f'href="{BASE}"' in home.text and "审方规则" in home.text
    listed = await pages.get(BASE)
    assert listed.status_code == 200 and 'data-version="1" data-state="published"' in listed.text

    v1 = await pages.get(f"{BASE}/1?kind=interaction&severity=error&subject=warfarin")
    assert v1.status_code == 200 and 'data-code="INT-warfarin-c_antiplatelet"' in v1.text
    assert 'data-code="INT-warfarin-metronidazole"' not in v1.text  # a warning, filtered out
    assert 'data-new-kind' not in v1.text and "不可修改" in v1.text
    part = await pages.get(f"{BASE}/1?kind=compatibility", htmx=True)
    assert "<html" not in part.text and 'data-code="COMP-ceftriaxone-c_calcium"' in part.text
    rule = await Rule.filter(code="DOSE-paracetamol").first()
    shown = await pages.get(f"{BASE}/1/{rule.id}")
    assert shown.status_code == 200 and "data-frozen" in shown.text and "per_dose_max" in shown.text

    made = await pages.submit(f"{BASE}/drafts", {"note": "本院调整"})
    assert made.posted.status_code == 303 and made.posted.headers["location"] == f"{BASE}/2?notice=draft"
    assert "草稿已建立" in made.text and 'data-new-kind="dose"' in made.text

    form = await pages.get(f"{BASE}/2/new?kind=paediatric")
    assert form.status_code == 200 and "min_age_months" in form.text
    bad = await pages.post(f"{BASE}/2/new", {"code": "PAED-loratadine-9", "kind": "paediatric",
                                             "subject": "loratadine", "severity": "warning",
                                             "message": "本院：3岁以下慎用", "enabled": "true",
                                             "params": json.dumps({"min_age_months": 0})})
    assert bad.status_code == 422 and 'data-error-for="params"' in bad.text and "min_age_months" in bad.text
    bad = await pages.post(f"{BASE}/2/new", {"code": "PAED-loratadine-9", "kind": "paediatric",
                                             "subject": "loratadine", "severity": "warning",
                                             "message": "x", "params": "{not json"})
    assert bad.status_code == 422 and "JSON" in bad.text
    assert not await Rule.filter(code="PAED-loratadine-9").exists()
    ok = await pages.submit(f"{BASE}/2/new", {"code": "PAED-loratadine-9", "kind": "paediatric",
                                              "subject": "loratadine", "severity": "warning", "enabled": "true",
                                              "message": "本院：3岁以下慎用", "source": "院内药事会",
                                              "params": json.dumps({"min_age_months": 36})})
    assert ok.posted.status_code == 303 and "规则已新增" in ok.text
    added = await Rule.get(code="PAED-loratadine-9")
    assert added.params == {"min_age_months": 36} and added.enabled

    draft_rule = await Rule.get(code="DOSE-paracetamol", ruleset_id=(await RuleSet.get(version=2)).id)
    saved = await pages.submit(f"{BASE}/2/{draft_rule.id}", {
        "code": draft_rule.code, "kind": "dose", "subject": "paracetamol", "severity": "error", "enabled": "true",
        "message": "本院：成人每日不超过3g", "source": draft_rule.source,
        "params": json.dumps({"unit": "mg", "bands": [{"label": "成人", "min_age_months": 144,
                                                      "per_dose_max": 1000, "per_day_max": 3000}]})})
    assert saved.posted.status_code == 303 and "规则已保存" in saved.text

    diff = await pages.get(f"{BASE}/diff?base=1&other=2")
    assert diff.status_code == 200 and "新增 1 条，删除 0 条，修改 1 条" in diff.text
    assert 'data-code="PAED-loratadine-9"' in diff.text and 'data-code="DOSE-paracetamol"' in diff.text

    published = await pages.submit(f"{BASE}/2/publish", {"note": ""})
    assert published.posted.status_code == 303 and "已发布" in published.text
    assert [(s.version, s.state) for s in await RuleSet.all().order_by("version")] == [(1, "retired"),
                                                                                      (2, "published")]
    refused = await pages.post(f"{BASE}/2/{added.id}/delete")
    assert refused.status_code == 409 and await Rule.filter(id=added.id).exists()
