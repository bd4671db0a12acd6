"""Personal data: SM4-GCM at rest, HMAC-SM3 blind index, masking by default,
full view only with permission (audited), key rotation."""
import pytest
from tortoise import Tortoise

from core import crypto, pii_rotation
from core.assessment.models import Physician
from core.audit.models import AuditLog
from core.masking import mask_id_number, mask_name, mask_phone
from core.settings import Settings
from tests import factories


def test_masks():
    assert mask_name("张三") == "张*" and mask_name("张三丰") == "张*丰" and mask_name("欧阳娜娜") == "欧**娜"
    assert mask_phone("13812341234") == "138****1234"
    assert mask_id_number("420102198001011234") == "420102********1234"


def test_ciphertext_names_its_key_and_detects_tampering():
    token = crypto.encrypt("420102198001011234")
    assert token.startswith("k1$") and "420102" not in token
    assert crypto.encrypt("420102198001011234") != token  # random nonce
    assert crypto.decrypt(token) == "420102198001011234"
    body = bytearray(token.encode())
    body[-6] = ord("A") if body[-6] != ord("A") else ord("B")
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(body.decode())


async def test_stored_encrypted_and_found_by_blind_index(client):
    t = await factories.tree()
    number = factories.id_number()
    doc = await factories.physician(t.hospital_a1, name="张三丰", number=number, phone_no="13812341234")
    rows = await Tortoise.get_connection("default").execute_query_dict(
        f"SELECT id_number, phone, id_number_bidx FROM physician WHERE id = {doc.id}")
    raw = rows[0]
    assert raw["id_number"].startswith("k1$") and number not in raw["id_number"]
    assert "13812341234" not in raw["phone"] and len(raw["id_number_bidx"]) == 64
    a = await factories.admin(t.province)
    await factories.login(client, a.username)
    r = await client.get(f"/api/admin/v1/physicians?id_number={number.lower()}")
    items = r.json()["items"]
    assert [i["id"] for i in items] == [doc.id]
    assert items[0]["name"] == "张*丰" and items[0]["phone"] == "138****1234"
    assert items[0]["id_number"] == number[:6] + "********" + number[-4:]
    assert number not in r.text and "13812341234" not in r.text


async def test_full_values_need_permission_and_are_audited(client, app):
    t = await factories.tree()
    doc = await factories.physician(t.hospital_a1, phone_no="13812341234")
    viewer = await factories.admin(t.province, roles=("viewer",))
    await factories.login(client, viewer.username)
    r = await client.get(f"/api/admin/v1/physicians/{doc.id}?reveal=1")
    assert r.status_code == 403 and r.json()["details"]["permission"] == "pii.reveal"
    assert await AuditLog.filter(action="pii.reveal", outcome="denied", actor_id=str(viewer.id)).exists()

    boss = await factories.admin(t.province)
    await factories.login(client, boss.username)
    r = await client.get(f"/api/admin/v1/physicians/{doc.id}?reveal=1")
    assert r.json()["id_number"] == doc.id_number and r.json()["phone"] == "13812341234"
    row = await AuditLog.filter(action="pii.reveal", outcome="success").first()
    assert row.actor_id == str(boss.id) and row.target_id == str(doc.id)
    assert row.after == {"fields": ["id_number", "name", "phone"]}
    r = await client.get(f"/api/admin/v1/physicians/{doc.id}")
    assert r.json()["phone"] == "138****1234"


async def test_key_rotation_reencrypts_under_the_new_key(settings):
    from core.records.models import RecordRequest
    from core.records.service import _delivery_detail

    t = await factories.tree()
    doc = await factories.physician(t.hospital_a1, phone_no="13812341234")
    patient = await factories.mp_patient_account()
    mail = {"recipient": "王小明", "phone": crypto.encrypt("13900001111"), "address": "静安区某路 1 号"}
    req = await RecordRequest.create(number="BA-ROTATE-1", institution_id=t.hospital_a1.id,
                                     requester_id=patient.actor.id, patient_id=patient.patient.id, admissions=[],
                                     purpose="self", contents=[], delivery="mail", delivery_detail=mail)
    old_keys, old_active = dict(settings.pii_keys), settings.pii_active_key
    try:
        settings.pii_keys["k2"] = bytes.fromhex("a1" * 16)
        settings.pii_active_key = "k2"
        # Old ciphertexts still read while both keys are configured.
        assert (await Physician.get(id=doc.id)).id_number == doc.id_number
        counts = await pii_rotation.reencrypt_all()
        assert counts["physician"] == 2
        raw = (await Tortoise.get_connection("default").execute_query_dict(
            f"SELECT id_number, phone FROM physician WHERE id = {doc.id}"))[0]
        assert raw["id_number"].startswith("k2$") and raw["phone"].startswith("k2$")
        del settings.pii_keys["k1"]  # the old key can now be retired
        fresh = await Physician.get(id=doc.id)
        assert fresh.id_number == doc.id_number and fresh.phone == "13812341234"
        # The mail phone inside a request's JSON delivery details is rotated too; the rest is kept.
        assert counts["record_request.delivery_detail"] == 1
        rotated = (await RecordRequest.get(id=req.id)).delivery_detail
        assert rotated["phone"].startswith("k2$") and crypto.decrypt(rotated["phone"]) == "13900001111"
        assert {k: v for k, v in rotated.items() if k != "phone"} == {"recipient": "王小明", "address": "静安区某路 1 号"}
        assert _delivery_detail(await RecordRequest.get(id=req.id)).phone == "139****1111"
        assert (await pii_rotation.reencrypt_all())["record_request.delivery_detail"] == 0  # nothing left to do
    finally:
        settings.pii_keys.clear()
        settings.pii_keys.update(old_keys)
        settings.pii_active_key = old_active


def test_production_refuses_development_secrets():
    from core.settings import SettingsError

    with pytest.raises(SettingsError) as exc:
        Settings.from_env({"HUIYI_ENV": "production", "REDIS_URL": "redis://x"})
    msg = str(exc.value)
    assert "SECRET_KEY" in msg and "PII_KEYS" in msg and "AUDIT_KEY" in msg
    assert "VIDEO_PROVIDER=builtin" in msg  # the aiortc media process is for development only
    good = Settings.from_env({
        "HUIYI_ENV": "production", "REDIS_URL": "redis://x", "LOGISTICS_APP_SECRET": "l" * 32,
        "INSURANCE_APP_SECRET": "i" * 32, "SECRET_KEY": "s" * 40,
        "PII_KEYS": "p1:" + "12" * 16, "PII_ACTIVE_KEY": "p1", "PII_INDEX_KEY": "34" * 16,
        "AUDIT_KEY": "56" * 16, "WECHAT_SECRET": "real", "VIDEO_PROVIDER": "janus"})
    assert good.is_production and good.cookie_secure


def test_exports_write_user_text_as_text_not_formulas():
    import io

    from openpyxl import load_workbook

    from core.exports import to_xlsx

    data = to_xlsx("t", ["名称"], [['=HYPERLINK("http://evil","x")'], [42]])
    ws = load_workbook(io.BytesIO(data)).active
    cell = ws["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert ws["A3"].value == 42
