"""A malformed form body is the client's mistake: 400 `request.malformed`, one warning line, no traceback."""
from __future__ import annotations

import logging

import pytest

URL = "/api/admin/v1/imports/physicians"  # reads the form (csrf_token field) before it knows the caller

MALFORMED = [
    # a part header without a colon
    ("multipart/form-data; boundary=xx", b"--xx\r\nbad header line\r\n\r\nzz\r\n--xx--\r\n"),
    # a part header that is not UTF-8
    ("multipart/form-data; boundary=xx", b"--xx\r\nContent-Disposition: form-data; name=\"\xff\xfe\"\r\n\r\nz\r\n--xx--\r\n"),
    # no boundary at all
    ("multipart/form-data", b"--xx\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nz\r\n--xx--\r\n"),
    # a body that is not multipart
    ("multipart/form-data; boundary=xx", b"garbage"),
    # an urlencoded body that is not UTF-8
    ("application/x-www-form-urlencoded", b"csrf_token=\xff\xfe"),
]


@pytest.mark.parametrize("content_type,body", MALFORMED)
async def test_malformed_form_is_400_without_error_log(client, caplog, content_type, body):
    caplog.set_level(logging.DEBUG)
    r = await client.post(URL, content=body, headers={"content-type": content_type})
    assert r.status_code == 400, r.text
    assert r.json()["code"] == "request.malformed"
    assert r.json()["request_id"] == r.headers["x-request-id"]
    loud = [rec for rec in caplog.records if rec.levelno >= logging.ERROR or rec.exc_info]
    assert not loud, [(rec.name, rec.getMessage()) for rec in loud]
    warnings = [rec for rec in caplog.records if rec.levelno == logging.WARNING and "malformed" in rec.getMessage()]
    assert len(warnings) == 1 and "\n" not in warnings[0].getMessage()


async def test_well_formed_form_still_reaches_the_handler(client):
    from tests import factories as f

    t = await f.tree()
    a = await f.admin(t.province)
    # The csrf_token field of a form is read from the form parsed up front.
    r = await client.post(URL, data={"csrf_token": "x"})
    assert r.status_code == 401
    csrf = (await f.login(client, a.username))["csrf_token"]
    files = {"file": ("a.xlsx", b"not a workbook", "application/octet-stream")}
    r = await client.post("/api/admin/v1/subordinates/import", files=files, data={"csrf_token": csrf})
    # The csrf field and the file arrived: the import refuses the file's content, not its absence.
    assert r.status_code in (400, 422), r.text
    assert r.json()["code"] not in ("request.malformed", "auth.csrf_failed"), r.text
    assert "请选择要上传的文件" not in r.text
