"""The demo drug-knowledge set, and the rule rows it becomes (审方规则 version 1).

Why: the knowledge is written once, per drug, the way the references state it (demo_drugs.json,
every entry naming its sources); the engine reads only rule rows. `rules_from_knowledge` turns the
file into rows of the kinds in core/rx/rules/kinds.py, each carrying the short names of its sources,
so the seeded version 1 is ordinary data a hospital then edits in a draft like any rule it writes
itself.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).with_name("demo_drugs.json")
_DEFAULT_PREGNANCY = {"C": "info", "D": "warning", "X": "error", "禁用": "error", "慎用": "warning", "忌用": "error"}


@lru_cache(maxsize=1)
def load() -> dict:
    return json.loads(PATH.read_text(encoding="utf-8"))


def _code(*parts: str) -> str:
    return "-".join(p.replace("class:", "c_") for p in parts)[:48]


def rules_from_knowledge(data: dict | None = None) -> list[dict]:
    """The rule rows (RuleIn fields) of the knowledge set, in a stable order."""
    data = data or load()
    sources = data["meta"]["sources"]

    def cite(ids) -> str:
        return "; ".join(sources[i]["short"] for i in ids)[:200]

    drugs: dict = data["drugs"]
    out: list[dict] = []

    def rule(code, kind, subject, params, severity, message, source):
        out.append({"code": code, "kind": kind, "subject": subject, "params": params, "severity": severity,
                    "message": message[:300], "source": cite(source)})

    for cls, c in data["classes"].items():
        members = [k for k, d in drugs.items() if cls in d.get("classes", ())]
        if members:
            rule(_code("CLASS", cls), "class", f"class:{cls}", {"members": members}, "info", c["name"], c["source"])
        if c.get("allergens"):
            rule(_code("ALG", f"class:{cls}"), "allergy", f"class:{cls}",
                 {"allergens": [cls, *c["allergens"], c["name"]]}, "error", f"对{c['name']}药物过敏者禁用",
                 c["source"])
        if c.get("duplicate"):
            rule(_code("DUP", cls), "duplicate", f"class:{cls}", {"min_count": 2}, c["duplicate"],
                 f"同属{c['name']}，一般不宜联用", c["source"])
    for i, x in enumerate(data.get("cross_allergy", ()), start=1):
        rule(_code("ALG", x["subject"], "cross", str(i)), "allergy", x["subject"], {"allergens": x["allergens"]},
             x["severity"], x["message"], x["source"])

    for key, d in drugs.items():
        name, src = d["name"], d["source"]
        rule(_code("ALG", key), "allergy", key, {"allergens": [key, name]}, "error", f"对{name}过敏者禁用", src)
        dose = d.get("dose")
        if dose:
            bands = [{k: v for k, v in b.items() if v is not None} for b in dose["bands"]]
            params = {"unit": dose["unit"], "bands": bands}
            if dose.get("routes"):
                params["routes"] = dose["routes"]
            if dose.get("max_days"):
                params["max_days"] = dose["max_days"]
            rule(_code("DOSE", key), "dose", key, params, "error", dose.get("note") or f"{name}剂量范围",
                 dose["source"])
        if d.get("routes") or d.get("forms"):
            message = d.get("route_message") or \
                f"{name}可用给药途径：{'、'.join(d.get('routes', ())) or '不限'}；剂型：{'、'.join(d.get('forms', ())) or '不限'}"
            rule(_code("ROUTE", key), "route", key, {"routes": d.get("routes", []), "forms": d.get("forms", [])},
                 d.get("route_severity", "warning"), message, src)
        preg = d.get("pregnancy")
        if preg:
            cat = preg["category"]
            entries = preg.get("rules")
            if entries is None and cat in _DEFAULT_PREGNANCY:
                entries = [{"severity": _DEFAULT_PREGNANCY[cat], "message": f"{name}妊娠期用药须权衡利弊"}]
            for i, e in enumerate(entries or (), start=1):
                params = {"category": cat, "from_week": e.get("from_week", 0), "to_week": e.get("to_week", 45)}
                if e.get("above_per_day") is not None:
                    params.update(above_per_day=e["above_per_day"], unit=dose["unit"])
                rule(_code("PREG", key, str(i)), "pregnancy", key, params, e["severity"], e["message"], preg["source"])
        lact = d.get("lactation")
        if lact and lact["level"] in ("caution", "avoid"):
            rule(_code("LACT", key), "lactation", key, {"level": lact["level"]}, lact["severity"], lact["message"],
                 lact["source"])
        paed = d.get("paediatric") or ()
        for i, e in enumerate([paed] if isinstance(paed, dict) else paed, start=1):
            params = {"min_age_months": e["min_age_months"]}
            if e.get("except_forms"):
                params["except_forms"] = e["except_forms"]
            rule(_code("PAED", key, str(i)), "paediatric", key, params, e["severity"], e["message"], e["source"])
        for i, e in enumerate(d.get("contraindications", ()), start=1):
            rule(_code("CI", key, str(i)), "contraindication", key, {"icd10": e["icd10"]}, e["severity"], e["message"],
                 e["source"])

    for x in data.get("interactions", ()):
        rule(_code("INT", x["a"], x["b"]), "interaction", x["a"], {"other": x["b"]}, x["severity"], x["message"],
             x["source"])
    for x in data.get("compatibility", ()):
        rule(_code("COMP", x["a"], x["b"]), "compatibility", x["a"], {"other": x["b"]}, x["severity"], x["message"],
             x["source"])
    for x in data.get("herbal_pregnancy_extra", ()):
        rule(_code("PREG", x["key"]), "pregnancy", x["key"],
             {"category": "禁用" if x["severity"] == "error" else "慎用"}, x["severity"], x["message"], x["source"])
    return out
