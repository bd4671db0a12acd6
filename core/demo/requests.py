"""Demo record-copy requests in every state of core/records/states.py, with their timelines
and the in-app messages they sent to the patient and to the record rooms.

Why through the services: the patient persona verifies her identity with the
camera (the real face engine compares the ID card photo and the live photo),
checks her archived stays and submits, the record rooms review, the patient pays,
the record room generates the copy from the HIS documents and the patient
downloads it, exactly as on the phone and in the console.

Two states only rest for a moment inside one use case: `submitted` (the
automatic checks run in the same transaction as the submission) and `paid`
(payment moves straight on to preparation). A demo request in each is taken
there by the state machine's own transition (core/records/demo_states.py, which
writes the timeline and the message) and left: as if the identity platform had
not answered yet, or the record room's preparation not started.
"""
from __future__ import annotations



from core.demo import photos
from core.demo.orgs import admin
from core.demo.personas import PATIENT, SPOUSE, actor_of
from core.family.models import Patient
from core.orgs.models import OrgNode
from core.principal import Principal
from core.records import demo_states
from core.records import service as records_service
from core.records.models import RecordRequest
from core.records.schemas import CopyReadyOut, PatientRequestOut, ReviewedOut
from core.records.states import Event, State

MANUAL, AUTO, PAID = "JA31010609", "JA31010601", "JA31010602"  # demo HIS hospitals (core/demo/records.py)
REJECT_REASON = "申请的住院记录中有一次住院的病历尚在科室质控，暂不能复印，请归档后重新申请"


async def _patient_id(account_id: int, who, *, is_self: bool) -> int:
    from core.family import patients as patients_service

    return (await Patient.get(account_id=account_id, is_self=is_self, deleted_at__isnull=True,
                              id_number_bidx=patients_service.bidx("id_number", who.id_number))).id


async def _submit(actor: Principal, patient_id: int, code: str, *, purpose: str = "medical_insurance",
                  contents: tuple[str, ...] = ("front_page", "discharge_summary", "lab"), stays: int = 1) -> PatientRequestOut:
    institution = await OrgNode.get(code=code)
    found = await records_service.check_records(actor=actor, institution_id=institution.id, patient_id=patient_id)
    return await records_service.submit(
        actor=actor, institution_id=institution.id, patient_id=patient_id,
        identity_check_id=found.identity_check_id, admission_ids=[a.id for a in found.admissions[:stays]],
        purpose=purpose, contents=list(contents))


async def seed_requests(accounts: dict) -> dict[str, list[int]]:
    """Requests of the patient persona (for herself and her husband) and of the relative for her;
    returns the request ids by state."""
    mother, son = actor_of(accounts["patient"]), actor_of(accounts["relative"])
    me = await _patient_id(accounts["patient"].id, PATIENT, is_self=True)
    husband = await _patient_id(accounts["patient"].id, SPOUSE, is_self=False)
    for patient_id, who in ((me, PATIENT), (husband, SPOUSE)):
        await records_service.verify_identity(actor=mother, patient_id=patient_id, id_photo=photos.physician(),
                                              face_photo=photos.same_person_live(), id_number=who.id_number,
                                              name=who.name)
    # The son acts for his mother under her grant: his own identity check of her.
    await records_service.verify_identity(actor=son, patient_id=me, id_photo=photos.physician(),
                                          face_photo=photos.same_person_live())
    records1, records3 = await admin("records1"), await admin("records3")
    made: dict[str, list[int]] = {}

    def keep(req: PatientRequestOut | ReviewedOut | CopyReadyOut) -> int:
        made.setdefault(req.state, []).append(req.id)
        return req.id

    # under review: for herself, and by her son on her behalf
    keep(await _submit(mother, me, MANUAL, purpose="self"))
    keep(await _submit(son, me, MANUAL, purpose="commercial_insurance", contents=("discharge_summary", "operation")))
    # rejected, with the record room's reason
    rid = (await _submit(mother, husband, MANUAL)).id
    keep(await records_service.review(actor=records1, request_id=rid, approve=False, reason=REJECT_REASON))
    # approved, waiting for the fee; and paid on to preparation
    waiting = (await _submit(mother, me, PAID, purpose="legal")).id
    keep(await records_service.review(actor=records3, request_id=waiting, approve=True))
    rid = (await _submit(mother, husband, PAID)).id
    await records_service.review(actor=records3, request_id=rid, approve=True)
    keep(await demo_states.paid(actor=mother, request_id=rid))
    # automatic review at a free hospital: straight to preparation
    keep(await _submit(mother, me, AUTO, contents=("front_page", "discharge_summary", "orders", "nursing")))
    # ready, downloaded, expired: approved, then the record room generates the copy from the HIS
    done = []
    for _ in range(3):
        rid = (await _submit(mother, me, MANUAL, purpose="self", stays=2)).id
        await records_service.review(actor=records1, request_id=rid, approve=True)
        done.append(keep(await records_service.generate_copy(actor=records1, request_id=rid)))
    link = await records_service.download_link(actor=mother, request_id=done[1])
    await records_service.download(token=link.url.rsplit("/", 1)[-1])
    made["ready"].remove(done[1])
    made.setdefault("downloaded", []).append(done[1])
    await demo_states.expire_now(request_id=done[2])
    made["ready"].remove(done[2])
    made.setdefault("expired", []).append(done[2])
    # paid, preparation not started; submitted, checks not answered yet
    rid = (await _submit(mother, husband, PAID, purpose="self")).id
    await records_service.review(actor=records3, request_id=rid, approve=True)
    await demo_states.stop_at(request_id=rid, event=Event.PAY, actor=mother, note="已支付 10.00 元")
    made.setdefault("paid", []).append(rid)
    like = await RecordRequest.filter(patient_id=me, state=State.UNDER_REVIEW.value).order_by("id").first()
    made.setdefault("submitted", []).append(await demo_states.submitted_awaiting_checks(actor=mother, like=like))
    return made



