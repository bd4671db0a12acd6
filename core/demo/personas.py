"""The H5 personas' accounts and data (core/demo_personas.py lists them).

Why through the services: each persona's mini-program account is made by the
WeChat login itself (accounts_service.login_wechat_user with the persona's
openid/unionid, as code2session would answer), physicians bind with ID number,
name and password, patients set their real-name identity, add 就诊人, create a
family, apply to it and grant scopes, as they would on the phone. So when a
developer picks a persona in the H5 client, the offline WeChat logs them into
exactly this account.
"""
from __future__ import annotations

import datetime as dt
import random

from core.accounts import service as accounts_service
from core.accounts.models import MpAccount
from core.assessment import service as assessment_service
from core.demo import people
from core.demo.assessment import FIXED
from core.demo_personas import PERSONAS, persona
from core.family import patients as patients_service
from core.family import service as family_service
from core.family.models import Patient
from core.orgs.models import OrgNode
from core.principal import Principal
from core.sms import service as sms_service

PATIENT = people.known("王秀英", "310106195804120024", "13901000001")
SPOUSE = people.known("李国华", "310106195602110012", "13901000002")
RELATIVE = people.known("李明", "310106198506030032", "13901000003")
DAUGHTER = people.known("李芳", "310106198809150023", "13901000004")  # added by mistake, then removed
FAMILY_NAME = "王家"
GRANT_DAYS = 180


async def account(key: str) -> MpAccount:
    """The persona's mini-program account, made (or found) by the WeChat login path."""
    p = persona(key)
    await accounts_service.login_wechat_user(openid=p["openid"], unionid=p["unionid"], session_key="demo-session-key",
                                  action="auth.wx_login")
    return await MpAccount.get(openid=p["openid"])


def actor_of(acct: MpAccount) -> Principal:
    return accounts_service.mp_actor(acct.id)


async def seed_personas(password: str) -> dict[str, MpAccount]:
    """Every persona's account; physicians bound, patient and relative with identity, 就诊人,
    family and grant. Returns the accounts by persona key."""
    accounts = {p["key"]: await account(p["key"]) for p in PERSONAS}
    for key in ("doctor", "doctor_passed"):
        who = FIXED[key].person
        await assessment_service.bind_physician(actor=actor_of(accounts[key]), id_number=who.id_number,
                                                name=who.name, password=password)
    mother, son = actor_of(accounts["patient"]), actor_of(accounts["relative"])
    await patients_service.set_identity(actor=mother, name=PATIENT.name, id_number=PATIENT.id_number,
                                        phone=PATIENT.phone)
    # Each 就诊人 with the SMS code its phone would receive (issued here, not sent: no provider runs).
    code = await sms_service.issue(account_id=mother.id, purpose="patient", phone=SPOUSE.phone)
    await patients_service.add_patient(actor=mother, name=SPOUSE.name, id_number=SPOUSE.id_number, relation="配偶",
                                       phone=SPOUSE.phone, sms_code=code)
    code = await sms_service.issue(account_id=mother.id, purpose="patient", phone=DAUGHTER.phone)
    removed = await patients_service.add_patient(actor=mother, name=DAUGHTER.name, id_number=DAUGHTER.id_number,
                                                 relation="子女", phone=DAUGHTER.phone, sms_code=code)
    await patients_service.delete_patient(actor=mother, patient_id=removed.id)  # in her recycle bin
    await patients_service.set_identity(actor=son, name=RELATIVE.name, id_number=RELATIVE.id_number,
                                        phone=RELATIVE.phone)
    family = await family_service.create_family(actor=mother, name=FAMILY_NAME)
    code = (await family_service.family_view(actor=mother, family_id=family.id)).join_code
    await family_service.apply(actor=son, code=code, relation="子女", note="妈，我是李明")
    await family_service.approve(actor=mother, family_id=family.id, account_id=accounts["relative"].id)
    until = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=GRANT_DAYS)
    await family_service.give(actor=mother, family_id=family.id, grantee=accounts["relative"].id,
                              scopes=["record_requests", "health_records", "vital_signs"], can_act=True,
                              expires_at=until)
    await family_service.give(actor=son, family_id=family.id, grantee=accounts["patient"].id,
                              scopes=["appointments"], can_act=False, expires_at=None)
    # An invitation link she made for her husband, not used yet (the family page lists it).
    await family_service.invite(actor=mother, family_id=family.id, channel="link", relation="配偶")
    await _his_for_personas()
    await _vitals_for_personas(mother)
    return accounts


async def _vitals_for_personas(mother: Principal) -> None:
    """Her blood pressure and blood glucose of the last four weeks, taken at home (her son sees them
    under her 体征数据 grant: 家庭健康档案)."""
    from decimal import Decimal

    from core.family.models import VitalSign

    me = await patients_service.self_patient(mother.id)
    rng = random.Random(2026)
    today = dt.datetime.now(dt.timezone.utc).replace(hour=23, minute=30, second=0, microsecond=0)
    for d in range(27, -1, -3):
        at = today - dt.timedelta(days=d + 1)
        await VitalSign.create(patient_id=me.id, kind="blood_pressure", value=Decimal(rng.randint(128, 146)),
                               value2=Decimal(rng.randint(80, 92)), unit="mmHg", measured_at=at, source="self",
                               recorded_by_id=mother.id)
        await VitalSign.create(patient_id=me.id, kind="glucose", value=Decimal(f"{rng.uniform(5.6, 7.4):.1f}"),
                               unit="mmol/L", measured_at=at + dt.timedelta(minutes=5), source="self",
                               recorded_by_id=mother.id)
    await VitalSign.create(patient_id=me.id, kind="weight", value=Decimal("61.5"), unit="kg",
                           measured_at=today - dt.timedelta(days=2), source="self", recorded_by_id=mother.id)
    await family_service.note_change(account_id=mother.id, scope="vital_signs", text="更新了体征数据")


async def _his_for_personas() -> None:
    """The hospitals know the patient and her husband: archived stays at each demo HIS hospital."""
    from core.demo.records import HIS_HOSPITALS, his_records

    rng = random.Random(1958)
    for n, who in enumerate((PATIENT, SPOUSE)):
        p = await Patient.filter(is_self=(who is PATIENT), id_number_bidx=patients_service.bidx(
            "id_number", who.id_number), deleted_at__isnull=True).first()
        for h, code in enumerate(HIS_HOSPITALS):
            hospital = await OrgNode.get(code=code)
            await his_records(p, hospital, mrn=f"{code[-2:]}9{n}{h:04d}", stays=2, archived=True, turn=n + h,
                              rng=rng)
