"""Failed import rows carry no personal data in clear (issue 9, point 10).

The row report of an import (the JSON answer, the xlsx report, the result of a
background import kept in Redis) showed each failed row as uploaded, ID and phone
numbers included. They are masked there like in every other answer; the row number
tells the uploader which row of their own file to open. Every Redis value is
searched, including base64-wrapped xlsx files (unzipped), while and after the job runs."""
from __future__ import annotations

import asyncio
import base64
import binascii
import io
import zipfile

from openpyxl import load_workbook

from core import import_jobs
from core.cache import redis
from core.masking import mask_id_number, mask_phone
from core.settings import get_settings
from tests import factories
from tests.assessment.test_imports import HEADER, _wait, sheet


def _texts(value: str) -> list[str]:
    """The value itself and, when it is base64 of a zip (an xlsx), every file inside it."""
    out = [value]
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return out
    out.append(raw.decode("latin-1"))
    if raw.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            out += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
    return out


async def _redis_texts() -> list[str]:
    """Every value in the Redis database, read as bytes (arq keeps pickles there)."""
    settings = get_settings()
    if settings.redis_is_memory:
        r, close = redis(), False
    else:
        import redis.asyncio as aioredis

        r, close = aioredis.from_url(settings.redis_url, decode_responses=False), True
    texts = []
    try:
        async for key in r.scan_iter("*"):
            kind = await r.type(key)
            kind = kind.decode() if isinstance(kind, bytes) else kind
            if kind == "string":
                values = [await r.get(key)]
            elif kind == "hash":
                values = list((await r.hgetall(key)).values())
            elif kind == "list":
                values = await r.lrange(key, 0, -1)
            elif kind == "zset":
                values = [m for m, _ in await r.zrange(key, 0, -1, withscores=True)]
            else:
                values = []
            for v in values:
                texts += _texts(v.decode("utf-8", "replace") if isinstance(v, bytes) else v)
    finally:
        if close:
            await r.aclose()
    return texts


def _clear_in(texts: list[str], secrets: list[str]) -> list[str]:
    return [s for s in secrets if any(s in t for t in texts)]


async def _world():
    t = await factories.tree()
    province = await factories.actor(t.province)
    await factories.open_cycle(province)
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    existing = await factories.physician(t.hospital_a2)
    return t, existing


def _failing_file(existing_id: str) -> tuple[bytes, list[str]]:
    """Rows with valid-looking ID and phone numbers, two of which fail."""
    dup = factories.id_number()
    rows = [["甲", existing_id, "13912345671", "临床", "", ""],  # already registered
            ["乙", dup, "13912345672", "临床", "", ""],
            ["丙", dup, "1391234567", "临床", "", ""]]  # repeats row 3; phone one digit short
    return sheet(rows, HEADER), [existing_id, dup, "13912345671", "13912345672", "1391234567"]


async def test_a_background_import_keeps_and_answers_failed_rows_masked(client, settings):
    t, existing = await _world()
    content, secrets = _failing_file(existing.id_number)
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post("/api/admin/v1/imports/physicians", data={"institution_id": str(t.hospital_a1.id)},
                            files={"file": ("p.xlsx", content)})
        assert r.status_code == 202
        job_id = r.json()["job_id"]
        # Queued (the worker has not run yet with real Redis): the file is kept, but not in clear.
        assert _clear_in(await _redis_texts(), secrets) == []
        body = await _wait(client, settings, job_id)  # the worker runs it (real Redis) or the server did
        status = await hosp.get(f"/api/admin/v1/imports/jobs/{job_id}")
        assert body["state"] == "done" and body["result"]["failed"] == 2  # rows 2 and 4
        assert _clear_in([status.text], secrets) == []
        errors = {e["row"]: e for e in body["result"]["errors"]}
        assert errors[2]["values"]["身份证号"] == mask_id_number(existing.id_number)
        assert errors[2]["values"]["手机号"] == mask_phone("13912345671")
        assert [m["message"] for m in errors[2]["errors"]] == ["该身份证号的医师已存在"]
        report = await hosp.get(f"/api/admin/v1/imports/jobs/{job_id}/report.xlsx")
        rows = list(load_workbook(io.BytesIO(report.content)).active.iter_rows(values_only=True))
        assert rows[1][:3] == ("甲", mask_id_number(existing.id_number), mask_phone("13912345671"))
        assert _clear_in(_texts(base64.b64encode(report.content).decode()), secrets) == []
    # Done: the uploaded file is gone, and nothing left in Redis has them in clear.
    assert not await redis().exists(f"import:{job_id}:file")
    assert _clear_in(await _redis_texts(), secrets) == []


async def test_the_file_waiting_in_redis_is_encrypted_and_still_imports():
    t, existing = await _world()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    good_id = factories.id_number()
    content = sheet([["甲", good_id, "13912345679", "临床", "", ""]], HEADER)
    job_id = await import_jobs.start(actor=hospital, kind="physicians", content=content,
                                     params={"institution_id": t.hospital_a1.id})
    kept = await redis().get(f"import:{job_id}:file")
    if kept is not None:  # with the embedded Redis the job may already have run (and removed it)
        assert kept.startswith("k1$") and _clear_in(_texts(kept), [good_id, "13912345679"]) == []
    if not get_settings().redis_is_memory:  # real Redis: nothing runs it but a worker
        await import_jobs.run_import({}, job_id)
    for _ in range(100):
        state = await import_jobs.status(actor=hospital, job_id=job_id)
        if state["state"] in ("done", "failed"):
            break
        await asyncio.sleep(0.05)
    assert state["state"] == "done" and state["result"]["ok"] is True  # decrypted and imported
    assert not await redis().exists(f"import:{job_id}:file")


async def test_synchronous_import_answers_mask_failed_rows(client):
    t, existing = await _world()
    await factories.admin(t.province, username="prov")
    unknown = factories.id_number()
    data = factories.imports_xlsx(["身份证号", "姓名", "发生日期", "类别", "描述", "来源"],
                                  [[existing.id_number, "冒名", "2025-03-01", "医疗纠纷", "", ""],
                                   [unknown, "无此人", "2025-03-01", "医疗纠纷", "", ""]])
    async with factories.AdminSession(client, "prov") as s:
        r = await s.post("/api/admin/v1/institutions/bad-records/import",
                         files={"file": ("br.xlsx", data, "application/octet-stream")})
        assert r.status_code == 422 and r.json()["code"] == "import.rows_invalid" and r.json()["details"]["failed"] == 2
        assert _clear_in([r.text], [existing.id_number, unknown]) == []
        assert {e["values"]["身份证号"] for e in r.json()["details"]["errors"]} == {
            mask_id_number(existing.id_number), mask_id_number(unknown)}
        r = await s.post("/api/admin/v1/institutions/bad-records/import?format=xlsx",
                         files={"file": ("br.xlsx", data, "application/octet-stream")})
        assert r.status_code == 200
        assert _clear_in(_texts(base64.b64encode(r.content).decode()), [existing.id_number, unknown]) == []
    assert _clear_in(await _redis_texts(), [existing.id_number, unknown]) == []

    # Subordinate organisations: the contact's phone of a failing row.
    await factories.admin(t.city_a, username="citya")
    data = factories.imports_xlsx(["名称", "类型", "机构编码", "上级机构编码", "联系人", "联系电话", "管理员用户名"],
                                  [["新洲区人民医院", "医疗机构", "H420117001", "no-such-parent", "陈静",
                                    "13922223333", "xz_hospital"]])
    async with factories.AdminSession(client, "citya") as s:
        r = await s.post("/api/admin/v1/subordinates/import",
                         files={"file": ("orgs.xlsx", data, "application/octet-stream")})
        assert r.status_code == 422 and r.json()["code"] == "import.rows_invalid", r.text
        assert "13922223333" not in r.text
        assert r.json()["details"]["errors"][0]["values"]["联系电话"] == mask_phone("13922223333")
