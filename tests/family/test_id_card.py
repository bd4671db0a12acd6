"""Filling a 就诊人 from a photo of the ID card (seed 004 身份证OCR): the card is drawn with a
known name and number (tests/idcard_image.py), photographed on a table, sent over HTTP and read
by RapidOCR on the server in its process pool. The answer goes to the sender only, nothing of
the photo is kept, and the audit row says a card was read, not what it said."""
from __future__ import annotations

import io
import logging

from PIL import Image

from core.audit.models import AuditLog
from core.family import patients
from core.idcard import with_check_digit
from media import ocr
from media.ocr import Line, parse
from tests import factories
from tests.idcard_image import back, front, photographed

MP = "/api/mp/v1"
NUMBER = with_check_digit("11010519491231002")  # ends in X
NAME = "欧阳娜娜"


def _stored_files(settings) -> set:
    root = settings.storage_dir
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


async def _send(client, person, data: bytes, filename: str = "card.jpg"):
    return await client.post(f"{MP}/patients/id-card", files={"photo": (filename, data, "image/jpeg")},
                             headers=person.headers)


async def test_a_photographed_card_fills_name_and_number_for_its_sender_only(client, settings, caplog):
    caplog.set_level(logging.DEBUG)
    me = await factories.mp_patient_account()
    files_before = _stored_files(settings)
    r = await _send(client, me, photographed(front(name=NAME, id_number=NUMBER, gender="女")))
    assert r.status_code == 200, r.text
    assert r.json() == {"name": NAME, "id_number": NUMBER}
    assert r.headers["Cache-Control"] == "private, no-store"
    # Read and forgotten: no file stored, the audit row without the values.
    assert _stored_files(settings) == files_before
    row = await AuditLog.get(action="family.id_card_read")
    assert row.outcome == "success" and row.after == {"side": "front", "name": True, "id_number": True}
    logged = "\n".join(rec.getMessage() for rec in caplog.records)
    assert NUMBER not in logged and NAME not in logged

    # The person confirms what was read (here unchanged) and adds the 就诊人 with it.
    added = await factories.add_patient(me.actor, name=r.json()["name"], id_number=r.json()["id_number"],
                                        relation="父母")
    assert added.name == "欧**娜" and added.gender == "女"


async def test_what_is_not_a_readable_front_side_is_refused_clearly(client):
    me = await factories.mp_patient_account()
    r = await _send(client, me, photographed(back()))
    assert r.status_code == 422 and r.json()["code"] == "family.id_card_back_side", r.text
    blank = io.BytesIO()
    Image.new("RGB", (800, 500), (200, 200, 200)).save(blank, "JPEG")
    r = await _send(client, me, blank.getvalue())
    assert r.status_code == 422 and r.json()["code"] == "family.id_card_unreadable", r.text
    r = await _send(client, me, b"%PDF-1.4 not a photo")
    assert r.status_code == 422 and r.json()["code"] == "media.not_an_image"
    r = await _send(client, me, b"\xff\xd8" + b"0" * (patients.ID_CARD_MAX_BYTES + 1))
    assert r.status_code == 413 and r.json()["code"] == "media.too_large"
    r = await client.post(f"{MP}/patients/id-card", headers=me.headers)
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "photo"
    assert (await client.post(f"{MP}/patients/id-card", files={"photo": ("a.jpg", b"x")})).status_code == 401
    assert await AuditLog.filter(action="family.id_card_read", outcome="failure").count() == 2


async def test_readings_are_limited_per_account(client, monkeypatch):
    monkeypatch.setattr(patients, "OCR_PER_HOUR", 1)
    me, other = await factories.mp_patient_account("甲"), await factories.mp_patient_account("乙")
    blank = io.BytesIO()
    Image.new("RGB", (64, 64), (255, 255, 255)).save(blank, "PNG")
    assert (await _send(client, me, blank.getvalue())).status_code == 422  # read (nothing on it)
    r = await _send(client, me, blank.getvalue())
    assert r.status_code == 429 and r.json()["code"] == "family.ocr_limited" and int(r.headers["Retry-After"]) > 0
    assert (await _send(client, other, blank.getvalue())).status_code == 422  # someone else is not held up
    assert await AuditLog.filter(action="family.id_card_read", outcome="denied").count() == 1


def _line(text: str, left: float, top: float, right: float, bottom: float) -> Line:
    return Line(text, (left, top, right, bottom), 0.99)


def test_reading_rules_on_the_engines_lines():
    number = with_check_digit("42010219800101123")
    # The name in its own box right of the label; the number cut in two boxes of one row.
    lines = [_line("姓名", 50, 50, 110, 80), _line("张建国", 140, 45, 260, 85),
             _line("公民身份号码", 50, 440, 230, 470), _line(number[:9], 260, 436, 420, 474),
             _line(number[9:], 424, 437, 600, 475),
             _line("1980年1月1日", 140, 186, 330, 220), _line("沿江大道188号", 140, 300, 330, 335)]
    assert parse(lines) == ocr.Reading(name="张建国", id_number=number, side="front")
    # Name and label read as one box; an x for the X; a minority name with its dot.
    x_number = with_check_digit("11010519491231002")
    lines = [_line("姓名买买提·艾力", 50, 50, 330, 85), _line(x_number[:-1] + "x", 260, 436, 600, 474)]
    assert parse(lines) == ocr.Reading(name="买买提·艾力", id_number=x_number, side="front")
    # A misread digit fails the check digit: the number is left for the person to type.
    wrong = number[:10] + ("0" if number[10] != "0" else "1") + number[11:]
    assert parse([_line("姓名", 50, 50, 110, 80), _line(wrong, 260, 436, 600, 474)]).id_number is None
    # A date and a house number on one row never make up a number.
    assert parse([_line("19800101", 100, 10, 200, 40), _line("0011231", 210, 10, 300, 40),
                  _line("234", 310, 10, 340, 40)]).id_number is None
    assert parse([_line("签发机关", 150, 370, 260, 400), _line("有效期限", 150, 440, 260, 470)]).side == "back"
    assert parse([]) == ocr.Reading(name=None, id_number=None, side="unknown")
