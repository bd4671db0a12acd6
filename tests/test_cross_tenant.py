"""Cross-tenant sweep (issue 9, regression net): every id-bearing route of the admin,
mini-program and BFF APIs and of the console pages, replayed by one tenant with the other
tenant's ids.

Why: scope holes are a class, not a route. The list of routes comes from the app's
router, so a route added tomorrow is swept tomorrow; what each path parameter
addresses comes from the tables below, and a route whose parameter nobody mapped
fails the test with the table to extend. For every route and method, each of tenant
A's actors (city and county commissions, hospital, assessment institution; patient and
physicians on the phone) sends the request with tenant B's ids and a body that
passes validation, so that scope is what refuses: the answer must be 403/404 in the
error model (an error page for the console), exactly what a missing id gets (no
existence oracle), must not carry B's data, and the database must not change (audit
rows of the denied attempts excepted). Routes with several ids are also sent with A's
own ids and one of B's (a parent checked, a child not); ids in bodies and query strings
(batch actions, creation in another org, list filters) are swept from the tables below.
Every list, statistic, export and screen (GET without a path id) of A must show nothing
of B, spreadsheets included, and must not change when B's data grows (no count of B in
A's statistics). The harness checks itself: for GET routes B's own actors succeed with the same ids (the
ids are real), and an admin route that A's actors were refused for permission alone
fails (scope went untested).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from tortoise import Tortoise

from tests import factories, tenants

APIS = {"/api/admin/v1/": "admin", "/api/mp/v1/": "mp", "/api/bff/v1/": "mp", "/admin/": "page"}
# Console pages (HTML, same session and ids as the admin API) that address no record.
SKIP_ROUTES = {"admin_pages.unknown_page": "the console's not-found page for any other path",
               "admin_pages.own_static": "static files", "admin_pages.vendor": "static files"}

# Path parameters that name no record, with the value sent.
NOT_IDS: dict[str, tuple[str, str]] = {
    "kind": ("an enumeration (import, recycle-bin or dictionary kind)", "physician"),
    "section": ("the name of a filing or profile section", "basic"),
    "table": ("the name of a statistics table", "overview"),
    "token": ("a signed download link: the token is the capability itself and names no id", "x"),
    "bill_date": ("a calendar day: the reconciliation of the merchant's whole day (the province's)", "2026-01-01"),
    "seq": ("a position in a conversation's sequence, reached only through its conversation", "1"),
    "action": ("the name of a visit action (checkin / cancel), on a visit or task named by its id", "checkin"),
    "dictionary": ("the name of one of the 三大字典 (drugs / diagnoses / charge_items)", "drugs"),
}

# Path parameters that address a tenant's own record: the kind, looked up in Side.admin_ids / Side.mp_ids.
OWNED: dict[str, dict[str, str]] = {
    "admin": {"account_id": "admin_account", "enrolment_id": "enrolment", "physician_id": "physician",
              "job_id": "import_job", "application_id": "application", "key": "attachment_key",
              "target_id": "assignment_target", "message_id": "admin_message", "org_id": "institution",
              "session_id": "session", "department_id": "department", "institution_id": "institution",
              "request_id": "record_request", "record_id": "deleted_physician", "entry_id": "faq_entry",
              "bad_record_id": "bad_record", "order_id": "payment_order", "ticket_id": "support_ticket",
              "chat_id": "support_chat", "conversation_id": "conversation", "refund_id": "payment_refund",
              "doctor_id": "doctor", "template_id": "doctor_template", "room_id": "video_room",
              "participant_id": "room_participant", "recording_id": "room_recording", "visit_id": "visit",
              "event_id": "visit_event",
              "insurance_id": "insurance_rx", "prescription_id": "prescription",
              "rx_id": "prescription",
              "key_id": "signer_key"},
    "mp": {"enrolment_id": "doc_enrolment", "paper_id": "doc2_paper", "session_id": "doc2_session",
           "family_id": "family", "account_id": "member_account", "grant_id": "grant", "invite_id": "invite",
           "message_id": "message", "patient_id": "patient", "request_id": "record_request",
           "ticket_id": "support_ticket", "chat_id": "support_chat", "conversation_id": "conversation",
           "order_id": "consult_order", "room_id": "video_room", "participant_id": "room_participant",
           "recording_id": "room_recording", "visit_id": "visit", "task_id": "accompany_task",
           "companion_id": "accompany_companion",
           "rx_id": "prescription", "invoice_id": "invoice"},
}
# Where one route (by name, or a whole blueprint by its name) means another record of the same name.
ROUTE_OWNED: dict[str, dict[str, str]] = {
    "admin_consult_desk": {"order_id": "consult_order"},  # the workstation's consultation orders
    "admin_consult": {"order_id": "consult_order"},  # the back office's consultation orders
    "admin_workstation_rx": {"order_id": "consult_order", "request_id": "exam_request"},  # prescribing panel
    "admin_pages.consult_order": {"order_id": "consult_order"},
    "admin_pages.consult_order_refund": {"order_id": "consult_order"},
    # The waiting room's routes answer video orders only.
    **{f"mp_consult.{name}": {"order_id": "video_order"} for name in ("queue_status", "check_in", "leave", "answer")},
    "admin_mp_accounts": {"account_id": "mp_account"},
    "admin_proctoring.release": {"session_id": "live_session"},
    "mp_practice.mock_review": {"paper_id": "mock_paper"},
    "mp_family.restore_patient": {"patient_id": "deleted_patient"},
    "admin_subordinates.subordinate_profile": {"org_id": "county"},  # only commissions have a profile
    # Medicine orders (core/pharmacy): the phone's orders and saved addresses, the pharmacy's orders and parcels.
    "mp_pharmacy": {"order_id": "rx_order", "address_id": "delivery_address"},
    "admin_pharmacy": {"order_id": "rx_order", "shipment_id": "rx_shipment"},
    **{f"admin_pages.pharmacy_{name}": {"order_id": "rx_order", "shipment_id": "rx_shipment"}
       for name in ("order", "dispense", "ship", "return", "shipment", "shipment_refresh")},
}
# Ids of a tenant's records carried in the query string (filters of lists, the chosen family...).
EXTRA_QUERY: dict[str, dict[str, str]] = {
    "mp_records.admissions": {"patient_id": "self_patient"},
    "bff_family.home": {"family_id": "family"},
    "admin_assessment.candidates": {"institution_id": "institution"},
    "admin_assessment.list_enrolments": {"institution_id": "institution"},
    "admin_institutions.effective_assignment": {"org_id": "county"},
    "admin_institutions.list_assignments": {"assessment_org_id": "assessor"},
    "admin_orgs.list_orgs": {"parent_id": "county"},
    "admin_physicians.list_physicians": {"institution_id": "institution"},
    "admin_proctoring.list_cases": {"institution_id": "institution"},
    "admin_records.list_requests": {"institution_id": "institution"},
    "admin_doctors.list_doctors": {"institution_id": "institution"},
    "admin_departments.list_departments": {"institution_id": "institution"},
}

# Path parameters that address what belongs to nobody in particular: (where the value is, why).
SHARED: dict[str, dict[str, tuple[str, str]]] = {
    "admin": {
        "cycle_id": ("cycle", "assessment cycles are the province's, one for every institution"),
        "question_id": ("question", "the question bank is the province's"),
        "group_id": ("group", "the question bank is the province's"),
        "blueprint_id": ("blueprint", "blueprints are the province's, per cycle and specialty"),
        "item_id": ("dict_item", "business dictionaries are platform-wide"),
        "version": ("rx_rules_version", "the review rules (审方规则) are one versioned set for the deployment"),
        "rule_id": ("rx_rule", "the review rules (审方规则) are one versioned set for the deployment"),
        "medical_id": ("medical_dict_entry", "the 三大字典 (drugs, diagnoses, charge items) are one list for the deployment"),
    },
    "mp": {
        "question_id": ("question", "every physician practises on the province's question bank"),
        "institution_id": ("institution", "the institutions offering record copies are listed to everyone"),
        "doctor_id": ("doctor", "the doctors online are listed to every patient, who may consult and follow any"),
    },
}
# Routes whose body or query (not only their path) carries a tenant's ids, swept like id-bearing paths,
# with what they may answer besides 403/404: "batch" answers 200 with every row failed; "ignore" leaves
# other tenants' ids out (2xx, nothing changed, nothing of B shown, while B's own answer shows B's data); "listed" refuses the whole request with
# the ids it could not find in details.not_found (as for a missing id); "refuse" only 403/404.
ID_ROUTES: dict[str, str] = {
    "admin_assessment.enrol": "batch", "admin_assessment.review": "batch", "admin_assessment.makeup": "batch",
    "admin_records.batch_review": "batch", "admin_proctoring.clear_many": "batch",
    "admin_subordinates.set_activated": "batch", "admin_subordinates.set_may_apply": "batch",
    "admin_certificates.batch": "listed", "admin_institutions.assign": "refuse",
    "admin_physicians.create_physician": "refuse", "admin_accounts.create_account": "refuse",
    "admin_messages.mark_read": "ignore", "mp_messages.mark_read": "ignore",
    "mp_records.submit": "refuse", "mp_records.verify_identity": "refuse", "admin_faq.create_entry": "refuse",
    "admin_doctors.create_doctor": "refuse", "admin_departments.create_department": "refuse",
    # Opening a message marks it read among the caller's own, then goes back to the caller's list.
    "admin_pages.records_open_message": "ignore",
    **{name: "ignore" for name in EXTRA_QUERY if name.startswith("admin_")},
}


def _photo() -> bytes:
    from tests.proctoring.test_face import GRACE

    return GRACE


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


# A body that passes validation, by route name: f(target side, acting side) -> httpx keyword arguments.
Body = Callable[[tenants.Side, tenants.Side], dict]
BODIES: dict[str, Body] = {
    **{f"{face}_rooms.{name}": (lambda body: lambda b, a: {"json": body})(body) for face in ("admin", "mp")
       for name, body in (("presence", {"present": True}), ("quality", {"level": "good"}),
                          ("invite", {"role": "relative"}), ("consent", {"consent": True}),
                          ("recording", {"on": False}))},
    "admin_accounts.set_disabled": lambda b, a: {"json": {"disabled": True}},
    "mp_pharmacy.update_address": lambda b, a: {"json": {"detail": "篡改的地址"}},
    "mp_invoices.email_invoice": lambda b, a: {"json": {"email": "someone@example.cn"}},
    "admin_pharmacy.return_order": lambda b, a: {"json": {"reason": "篡改退药"}},
    "admin_pages.pharmacy_return": lambda b, a: {"data": {"reason": "篡改退药"}},
    "admin_visit_connections.update_connection": lambda b, a: {"json": {"assistant_enabled": False,
                                                                        "accompany_enabled": False}},
    "admin_visits.put_steps": lambda b, a: {"json": {"steps": [
        {"code": "registration", "position": 1, "name": "篡改", "enabled": True}]}},
    "mp_family_archive.record_vital": lambda b, a: {"json": {"kind": "temperature", "value": 37.0}},
    "mp_accompany.invite_more": lambda b, a: {"json": {"account_ids": [b.mp_ids["member_account"]]}},
    "admin_faq.create_entry": lambda b, a: {"json": {"category": "篡改", "question": "q", "answer": "a",
                                                     "org_id": b.hospital.id}},
    "admin_faq.update_entry": lambda b, a: {"json": {"answer": "篡改"}},
    "admin_doctors.create_doctor": lambda b, a: {"json": {"name": "越界", "title": "resident",
                                                          "department_ids": [b.admin_ids["department"]]}},
    "admin_doctors.update_doctor": lambda b, a: {"json": {"name": "篡改"}},
    "admin_doctors.set_services": lambda b, a: {"json": {"items": [{"kind": "text", "price_fen": 1}]}},
    "admin_doctors.set_month_schedule": lambda b, a: {"json": {"month": "2026-05"}},
    "admin_doctors.create_account": lambda b, a: {"json": {"username": "intruder"}},
    "admin_doctors.upload_photo": lambda b, a: {"files": {"photo": ("p.jpg", _photo(), "image/jpeg")}},
    "admin_departments.create_department": lambda b, a: {"json": {"institution_id": b.hospital.id, "code": "X9",
                                                                  "name": "篡改"}},
    "admin_departments.update_department": lambda b, a: {"json": {"name": "篡改"}},
    "admin_insurance.revoke": lambda b, a: {"json": {"reason": "篡改"}},
    "admin_insurance.refresh": lambda b, a: {"json": {"what": "query"}},
    "admin_pages.insurance_prescription_refresh": lambda b, a: {"data": {"what": "query"}},
    "admin_pages.doctors_save": lambda b, a: {"data": {"name": "篡改"}},
    "admin_pages.doctors_services": lambda b, a: {"data": {"text_price": "1"}},
    "admin_pages.doctors_account": lambda b, a: {"data": {"username": "intruder"}},
    "admin_pages.doctors_photo": lambda b, a: {"files": {"photo": ("p.jpg", _photo(), "image/jpeg")}},
    "admin_pages.doctors_schedule_save": lambda b, a: {"data": {"month": "2026-05"}},
    "admin_pages.departments_rename": lambda b, a: {"data": {"name": "篡改"}},
    "admin_pages.account_roles": lambda b, a: {"data": {"roles": "viewer"}},
    "admin_pages.faq_save": lambda b, a: {"data": {"answer": "篡改"}},
    "admin_accounts.set_roles": lambda b, a: {"json": {"roles": ["viewer"]}},
    "admin_assessment.enrol": lambda b, a: {"json": {"physician_ids": [b.admin_ids["physician"]]}},
    "admin_assessment.review": lambda b, a: {"json": {"enrolment_ids": [b.admin_ids["enrolment"]],
                                                      "decision": "approve"}},
    "admin_assessment.makeup": lambda b, a: {"json": {"enrolment_ids": [b.admin_ids["enrolment"]], "confirm": True}},
    "admin_records.batch_review": lambda b, a: {"json": {"request_ids": [b.admin_ids["record_request"]],
                                                         "approve": True}},
    "admin_proctoring.clear_many": lambda b, a: {"json": {"session_ids": [b.admin_ids["session"]]}},
    "admin_subordinates.set_activated": lambda b, a: {"json": {"org_ids": [b.hospital.id], "activated": False}},
    "admin_subordinates.set_may_apply": lambda b, a: {"json": {"org_ids": [b.hospital.id], "allowed": False}},
    "admin_certificates.batch": lambda b, a: {"json": {"cycle_id": b.admin_ids["cycle"],
                                                       "enrolment_ids": [b.admin_ids["enrolment"]]}},
    "admin_institutions.assign": lambda b, a: {"json": {"target_id": b.county.id,
                                                        "assessment_org_id": a.assessor.id}},
    "admin_physicians.create_physician": lambda b, a: {"json": {"name": "越界医师", "id_number": factories.id_number(),
                                                                "institution_id": b.hospital.id}},
    "admin_accounts.create_account": lambda b, a: {"json": {"username": "intruder", "org_id": b.hospital.id,
                                                            "roles": ["viewer"]}},
    "admin_messages.mark_read": lambda b, a: {"json": {"message_ids": [b.admin_ids["admin_message"]]}},
    "mp_messages.mark_read": lambda b, a: {"json": {"message_ids": [b.mp_ids["message"]]}},
    "mp_records.submit": lambda b, a: {"json": {
        "institution_id": b.hospital.id, "patient_id": b.mp_ids["self_patient"],
        "identity_check_id": b.mp_ids["identity_check"], "admission_ids": [b.mp_ids["admission"]],
        "purpose": "medical_insurance", "contents": ["front_page"]}},
    "mp_records.verify_identity": lambda b, a: {
        "data": {"patient_id": str(b.mp_ids["self_patient"])},
        "files": {"id_photo": ("id.jpg", _photo(), "image/jpeg"), "face_photo": ("f.jpg", _photo(), "image/jpeg")}},
    "admin_assessment.score": lambda b, a: {"json": {"score": 99}},
    "admin_assessment.transfer": lambda b, a: {"json": {"to_institution_id": a.hospital.id, "reason": "调动"}},
    "admin_institutions.review_application": lambda b, a: {"json": {"decision": "approve"}},
    "admin_orgs.update_org": lambda b, a: {"json": {"name": "篡改"}},
    "admin_physicians.update_physician": lambda b, a: {"json": {"name": "篡改"}},
    "admin_proctoring.enrol": lambda b, a: {"files": {"photo": ("face.jpg", _photo(), "image/jpeg")}},
    "admin_proctoring.release": lambda b, a: {"json": {"reason": "人工核对身份"}},
    "admin_proctoring.give_verdict": lambda b, a: {"json": {"verdict": "clear"}},
    "admin_proctoring.second_review": lambda b, a: {"json": {"confirm": True, "reason": "复核确认"}},
    "admin_records.update_department": lambda b, a: {"json": {"name": "篡改"}},
    "admin_records.create_department": lambda b, a: {"json": {"code": "X9", "name": "篡改"}},
    "admin_records.review": lambda b, a: {"json": {"approve": True}},
    "admin_payments.refund": lambda b, a: {"json": {"amount_fen": 1, "reason": "越权退款"}},
    "admin_records.upload_copy": lambda b, a: {"files": {"file": ("copy.pdf", factories.pdf_pages(1),
                                                                   "application/pdf")}},
    "admin_records.configure_room": lambda b, a: {"json": {"fee_cents": 100}},
    "admin_records.set_review_mode": lambda b, a: {"json": {"mode": "auto"}},
    "admin_subordinates.update_subordinate": lambda b, a: {"json": {"name": "篡改"}},
    "admin_subordinates.reset_password": lambda b, a: {"json": {}},
    # Console pages post forms.
    "admin_pages.decide_one": lambda b, a: {"data": {"decision": "approve"}},
    "admin_pages.verdict": lambda b, a: {"data": {"verdict": "clear"}},
    "admin_pages.second_review": lambda b, a: {"data": {"decision": "confirm", "reason": "复核确认"}},
    "admin_pages.records_review_one": lambda b, a: {"data": {"decision": "approve"}},
    "admin_pages.records_save_room": lambda b, a: {"data": {"enabled": "1", "review_mode": "auto", "fee": "1"}},
    "admin_pages.records_switch_review_mode": lambda b, a: {"data": {"mode": "auto"}},
    "admin_pages.records_create_department": lambda b, a: {"data": {"code": "X9", "name": "篡改"}},
    "admin_pages.records_update_department": lambda b, a: {"data": {"name": "篡改",
                                                                     "institution_id": a.hospital.id}},
    "admin_pages.records_delete_department": lambda b, a: {"data": {"institution_id": a.hospital.id}},
    "admin_pages.application_review": lambda b, a: {"data": {"decision": "approve"}},
    "admin_pages.bad_record_revoke": lambda b, a: {"data": {"reason": "越权撤销"}},
    "admin_pages.records_upload_copy": lambda b, a: {"files": {"file": ("copy.pdf", factories.pdf_pages(1),
                                                                         "application/pdf")}},
    "mp_exam.start": lambda b, a: {"json": {"device_id": "device-intruder"}},
    "mp_exam.save": lambda b, a: {"json": {"device_id": "device-intruder", "answer": ["A"], "seq": 1}},
    "mp_family.rename": lambda b, a: {"json": {"name": "篡改"}},
    "mp_family.transfer": lambda b, a: {"json": {"account_id": a.mp["pat"].id}},
    "mp_family.update_member": lambda b, a: {"json": {"note": "篡改"}},
    "mp_family.invite": lambda b, a: {"json": {"channel": "link"}},
    "mp_family.apply": lambda b, a: {"json": {"note": "让我加入"}},
    "mp_family.refuse": lambda b, a: {"json": {"reason": "不认识"}},
    "mp_family.give": lambda b, a: {"json": {"grantee": b.mp["pat"].id, "scopes": ["health_records"]}},
    "mp_family.update_patient": lambda b, a: {"json": {"name": "篡改"}},
    "mp_proctoring.upload_capture": lambda b, a: {"files": {"photo": ("c.jpg", _photo(), "image/jpeg")},
                                                  "data": {"taken_at": _now()}},
    "mp_proctoring.record_events": lambda b, a: {"json": {"events": [{"kind": "app_hidden", "at": _now()}]}},
    "mp_proctoring.verify": lambda b, a: {"files": {"photo": ("v.jpg", _photo(), "image/jpeg")}},
    "mp_support.follow_up": lambda b, a: {"json": {"content": "篡改"}},
    "admin_support.reply": lambda b, a: {"data": {"content": "篡改"}},
    "admin_support.close": lambda b, a: {"json": {"note": "篡改"}},
    "admin_support.configure_desk": lambda b, a: {"json": {"enabled": False}},
    "admin_pages.support_reply": lambda b, a: {"data": {"content": "篡改"}},
    "admin_pages.support_close": lambda b, a: {"data": {"note": "篡改"}},
    "admin_pages.support_save_desk": lambda b, a: {"data": {"enabled": "1", "hours": "篡改"}},
    "admin_support.chat_send_text": lambda b, a: {"json": {"client_id": "x-9", "text": "篡改"}},
    "admin_support.chat_send_image": lambda b, a: {"data": {"client_id": "x-8"},
                                                   "files": {"image": ("i.jpg", _photo(), "image/jpeg")}},
    "admin_pages.support_chat_send": lambda b, a: {"data": {"client_id": "x-7", "text": "篡改"}},
    "mp_conversations.send_text": lambda b, a: {"json": {"client_id": "x-1", "text": "篡改"}},
    "mp_conversations.send_image": lambda b, a: {"data": {"client_id": "x-2"},
                                                 "files": {"image": ("i.jpg", _photo(), "image/jpeg")}},
    "mp_conversations.send_voice": lambda b, a: {"data": {"client_id": "x-3"},
                                                 "files": {"voice": ("v.mp3", _photo(), "audio/mpeg")}},
    "admin_conversations.send_text": lambda b, a: {"json": {"client_id": "x-4", "text": "篡改"}},
    "admin_conversations.send_image": lambda b, a: {"data": {"client_id": "x-5"},
                                                    "files": {"image": ("i.jpg", _photo(), "image/jpeg")}},
    "admin_conversations.send_voice": lambda b, a: {"data": {"client_id": "x-6"},
                                                    "files": {"voice": ("v.mp3", _photo(), "audio/mpeg")}},
    "admin_conversations.cursor": lambda b, a: {"json": {"read_seq": 1}},
    "mp_conversations.cursor": lambda b, a: {"json": {"read_seq": 1}},
    "mp_consult.cancel": lambda b, a: {"json": {"reason": "篡改"}},
    "mp_consult.rate": lambda b, a: {"json": {"score": 1, "comment": "篡改"}},
    "mp_consult.pay": lambda b, a: {"json": {"channel": "miniprogram"}},
    "admin_consult_desk.reject": lambda b, a: {"json": {"reason": "篡改原因"}},
    "admin_consult.refund": lambda b, a: {"json": {"amount_fen": 100, "reason": "篡改退款"}},
    "admin_pages.consult_order_refund": lambda b, a: {"data": {"amount": "1", "reason": "篡改退款"}},
    "admin_consult_desk.withdraw": lambda b, a: {"json": {"reason": "篡改原因"}},
    "admin_consult_desk.transfer": lambda b, a: {"json": {"doctor_id": a.admin_ids["doctor"], "reason": "篡改原因"}},
    "admin_consult_desk.save_record": lambda b, a: {"json": {"chief_complaint": "篡改", "diagnosis": ["篡改"]}},
    "admin_consult_desk.end": lambda b, a: {"json": {"summary": "篡改"}},
    "admin_workstation_rx.update": lambda b, a: {"json": {"diagnoses": ["J06.9"], "items": [
        {"drug_id": 1, "dose": "1", "frequency": "qd", "days": 1}]}},
    "admin_workstation_rx.appeal": lambda b, a: {"json": {"reason": "篡改申诉"}},
    "admin_rx_review.decide": lambda b, a: {"json": {"decision": "reject", "reasons": ["other"], "note": "篡改"}},
    "admin_rx_review.intervene": lambda b, a: {"json": {"reasons": ["other"], "note": "篡改"}},
    "admin_pages.payments_refund_handled": lambda b, a: {"data": {"note": "篡改：已线下退款"}},
    "admin_pages.payments_order_close": lambda b, a: {"data": {"reason": "篡改关闭"}},
    "admin_pages.payments_order_refund": lambda b, a: {"data": {"amount": "1.00", "reason": "篡改退款"}},
}

# Holes another change is closing: not sent (their side effects would mask other routes), listed in the output.
# (Issue 9 point 9's POST /families/<family_id>/applications, which answered anyone with the family's
# name and filed an application, was listed here until joining by family id was removed.)
KNOWN_OPEN: dict[str, str] = {
    "admin_pages.video_room": "a page shell for any room id (an invited doctor opens it before being a member): "
                              "the rooms' API, listed above, decides what it shows",
}

# Bodies that point an acting tenant's own record at the other tenant's (sent with A's own path ids):
# any refusal but a failed validation will do (the record is A's, so a state error may come first),
# nothing may change.
MIXED_BODIES: dict[str, Body] = {
    "admin_assessment.transfer": lambda b, a: {"json": {"to_institution_id": b.hospital.id, "reason": "调动"}},
    "mp_family.transfer": lambda b, a: {"json": {"account_id": b.mp["pat"].id}},
    "mp_family.give": lambda b, a: {"json": {"grantee": b.mp["pat"].id, "scopes": ["health_records"]}},
}

# Admin routes no actor below the province may call: the province sees every tenant, so there is no
# cross-tenant case; elsewhere an attack that only met "missing permission" tested nothing and fails.
PROVINCE_ONLY: dict[str, str] = {"admin_assessment.makeup": "the province decides every make-up exam"}

# Ids that exist nowhere: another tenant's id must answer exactly like these (no existence oracle).
MISSING: dict[type, Any] = {int: 9_000_000, str: "missing0000000000000000000000"}

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SKIP_TABLES = {"audit_log", "audit_head"}  # denied attempts are audited: these grow by design
_PARAM = re.compile(r"<([^>]+)>")


@dataclass
class Caller:
    client: httpx.AsyncClient
    headers: dict
    name: str

    async def send(self, method: str, url: str, **kw) -> httpx.Response:
        return await self.client.request(method, url, headers=self.headers, **kw)


@dataclass
class Route:
    name: str
    api: str
    path: str  # with <...> placeholders
    methods: list[str]
    params: list[str]  # path parameters, "ext" excluded


def _routes(app) -> list[Route]:
    out = []
    for r in app.router.routes:
        path = "/" + r.path
        api = next((v for k, v in APIS.items() if path.startswith(k)), None)
        name = r.name.split(".", 1)[1]
        if name in SKIP_ROUTES:
            continue
        if api is None or ("<" not in path and name not in ID_ROUTES and name not in EXTRA_QUERY):
            continue
        params = [n for n in (re.match(r"[A-Za-z_]+", p).group(0) for p in _PARAM.findall(path)) if n != "ext"]
        methods = sorted(m for m in r.methods if m not in ("HEAD", "OPTIONS"))
        if not methods:  # the HEAD and OPTIONS routes Sanic adds beside each GET
            continue
        out.append(Route(name, api, path, methods, params))
    return sorted(out, key=lambda r: (r.path, r.methods))


def _table(api: str) -> str:
    return "admin" if api == "page" else api  # console pages address what the admin API addresses


def _classify(route: Route, param: str) -> tuple[str, str] | None:
    """("owned", kind) / ("shared", kind) / ("not_id", value), or None when nobody mapped it."""
    kind = (ROUTE_OWNED.get(route.name, {}).get(param) or ROUTE_OWNED.get(route.name.split(".")[0], {}).get(param)
            or OWNED[_table(route.api)].get(param))
    if kind:
        return "owned", kind
    if param in SHARED[_table(route.api)]:
        return "shared", SHARED[_table(route.api)][param][0]
    if param in NOT_IDS:
        return "not_id", NOT_IDS[param][1]
    return None


def _url(route: Route, values: dict[str, Any]) -> str:
    def sub(m: re.Match) -> str:
        inner = m.group(1)
        name = re.match(r"[A-Za-z_]+", inner).group(0)
        ext = re.search(r"ext=([A-Za-z0-9]+)", inner)
        return f"{values[name]}.{ext.group(1)}" if ext else str(values[name])

    return _PARAM.sub(sub, route.path)


def _ids(side: tenants.Side, api: str) -> dict[str, Any]:
    return side.mp_ids if api == "mp" else side.admin_ids


async def _snapshot() -> dict[str, tuple[int, str]]:
    conn = Tortoise.get_connection("default")
    q = "`" if conn.capabilities.dialect == "mysql" else '"'
    out = {}
    for model in Tortoise.apps["models"].values():
        table = model._meta.db_table
        if table in SKIP_TABLES or table == "aerich":
            continue
        _, rows = await conn.execute_query(f"SELECT * FROM {q}{table}{q}")
        digest = hashlib.sha256("\n".join(sorted(repr(tuple(dict(r).values())) for r in rows)).encode())
        out[table] = (len(rows), digest.hexdigest())
    return out


async def _callers(app, w: tenants.World) -> dict[tuple[str, str], list[Caller]]:
    """(api, side) -> the side's actors, each with its own cookie jar or token."""
    out: dict[tuple[str, str], list[Caller]] = {}
    ip = 0
    for side in (w.a, w.b):
        admins = []
        for key, _, _ in tenants.ADMIN_ROLES:
            ip += 1
            c = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 50000)),
                                  base_url="http://testserver")
            session = await factories.login(c, side.admins[key].username, ip=f"10.77.0.{ip}")
            admins.append(Caller(c, {"X-CSRF-Token": session["csrf_token"], "X-Forwarded-For": f"10.77.0.{ip}"},
                                 f"{key}_{side.key}"))
        out[("admin", side.key)] = out[("page", side.key)] = admins
        shared = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 50000)),
                                   base_url="http://testserver")
        out[("mp", side.key)] = [Caller(shared, {"Authorization": "Bearer " + factories.mp_token(p)},
                                        f"{key}_{side.key}") for key, p in side.mp.items()
                                 if key in ("pat", "doc", "doc2")]
    return out


def _refused(route: Route, r: httpx.Response) -> str | None:
    """Why the answer is not a refusal, or None."""
    mode = ID_ROUTES.get(route.name, "refuse")
    if mode == "batch" and r.status_code == 200:
        body = r.json()
        return None if body.get("ok") == 0 else f"batch answered ok={body.get('ok')}"
    if mode == "ignore" and r.status_code < 400:
        return None
    if mode == "listed" and 400 <= r.status_code < 500 and (r.json().get("details") or {}).get("not_found"):
        return None
    if r.status_code not in (403, 404):
        return f"answered {r.status_code}: {r.text[:300]}"
    if route.api == "page":  # an HTML error page
        return None
    try:
        body = r.json()
    except ValueError:
        return f"answered {r.status_code} outside the error model: {r.text[:200]}"
    if not {"code", "message", "request_id"} <= set(body):
        return f"answered {r.status_code} outside the error model: {body}"
    return None


def _code(r: httpx.Response) -> str | None:
    return r.json().get("code") if r.headers.get("content-type", "").startswith("application/json") else None


class Sweep:
    """One route at a time: A's actors with B's ids, the database before and after, B's own read."""

    def __init__(self, w: tenants.World, callers: dict[tuple[str, str], list[Caller]]):
        self.w, self.callers = w, callers
        self.failures: list[str] = []
        self.swept = self.shared_only = self.requests = 0

    def values(self, route: Route, target: tenants.Side | None, mine: tenants.Side | None = None,
               foreign: str | None = None) -> dict[str, Any]:
        """The path values: all of `target`'s ids; with `mine`, the acting side's own ids except `foreign`;
        with no target, ids that exist nowhere."""
        out = {}
        for p in route.params:
            c, v = _classify(route, p)
            if c == "owned" and target is None:
                out[p] = MISSING[type(_ids(self.w.b, route.api)[v])]
            elif c == "owned":
                out[p] = _ids(target if mine is None or p == foreign else mine, route.api)[v]
            elif c == "shared":
                out[p] = self.w.shared.get(v, _ids(self.w.b, route.api).get(v))
            else:
                out[p] = v
        return out

    @staticmethod
    def owned(route: Route) -> list[str]:
        return [p for p in route.params if _classify(route, p)[0] == "owned"]

    @staticmethod
    def query(route: Route, target: tenants.Side) -> dict[str, Any]:
        return {k: _ids(target, route.api)[v] for k, v in EXTRA_QUERY.get(route.name, {}).items()}

    async def send(self, caller: Caller, method: str, url: str, **kw) -> httpx.Response:
        self.requests += 1
        return await caller.send(method, url, **kw)

    async def shared(self, route: Route) -> None:
        """Only province-wide ids: A may read them, never B's data through them."""
        self.shared_only += 1
        if "GET" not in route.methods:
            return
        for caller in self.callers[(route.api, "a")]:
            r = await self.send(caller, "GET", _url(route, self.values(route, self.w.b)))
            if r.status_code >= 500 or (self.w.b.marker in r.text and route.name not in PUBLIC_LISTS):
                self.failures.append(f"GET {route.path} as {caller.name}: {r.status_code} {r.text[:200]}")

    async def attack(self, route: Route) -> None:
        w, b = self.w, self.w.b
        self.swept += 1
        owned = self.owned(route)
        variants = [self.values(route, b)] + ([self.values(route, b, w.a, p) for p in owned] if len(owned) > 1
                                              else [])
        before = await _snapshot()
        statuses = []
        for method in route.methods:
            body = dict(BODIES.get(route.name, lambda b, a: {})(b, w.a) if method != "GET" else {})
            params = {**self.query(route, b), **body.pop("params", {})}
            gone = {**params, **{k: MISSING[type(v)] for k, v in self.query(route, b).items()}}
            urls, missing = [_url(route, v) for v in variants], _url(route, self.values(route, None))
            for url in urls:
                for caller in self.callers[(route.api, "a")]:
                    r = await self.send(caller, method, url, params=params, **body)
                    statuses.append(r.status_code)
                    where = f"{method} {url} ({route.name}) as {caller.name}"
                    if r.status_code == 422:
                        self.failures.append(f"{where}: 422 before scope refused; give the route a valid body "
                                             f"in BODIES: {r.text[:300]}")
                    elif why := _refused(route, r):
                        self.failures.append(f"{where}: {why}")
                    elif b.marker in r.text:
                        self.failures.append(f"{where}: shows B's data {r.text[:300]}")
                    elif url == urls[0] and r.status_code in (403, 404) and (self.owned(route) or
                                                                             route.name in EXTRA_QUERY):
                        # B's record must look exactly like a record that does not exist.
                        m = await self.send(caller, method, missing, params=gone, **body)
                        if (m.status_code, _code(m)) != (r.status_code, _code(r)):
                            self.failures.append(f"{where}: answered {r.status_code} {_code(r)} but "
                                                 f"{m.status_code} {_code(m)} for a missing id: the "
                                                 f"answer tells that B's record exists")
        if route.api == "admin" and all(st == 403 for st in statuses) and route.name not in PROVINCE_ONLY:
            self.failures.append(f"harness: every actor of A lacks the permission of {route.methods} {route.path} "
                                 f"({route.name}): give tests/tenants.py an administrator who holds it, or list "
                                 f"the route in PROVINCE_ONLY")
        if route.name in MIXED_BODIES:
            url, body = _url(route, self.values(route, w.a)), MIXED_BODIES[route.name](b, w.a)
            for caller in self.callers[(route.api, "a")]:
                r = await self.send(caller, route.methods[0], url, **body)
                if (not 400 <= r.status_code < 500 or r.json().get("code") == "request.validation_failed"
                        or b.marker in r.text):
                    self.failures.append(f"{route.methods[0]} {url} ({route.name}) as {caller.name} with B's ids "
                                         f"in the body: answered {r.status_code}: {r.text[:300]}")
        after = await _snapshot()
        changed = sorted(t for t in after if after[t] != before.get(t))
        if changed:
            self.failures.append(f"{route.path} {route.methods} ({route.name}) changed tables {changed}")
        if "GET" in route.methods:  # the ids are real: one of B's own actors reads them
            url = _url(route, self.values(route, b))
            answers = [await self.send(c, "GET", url, params=self.query(route, b))
                       for c in self.callers[(route.api, "b")]]
            if not any(a.status_code < 300 for a in answers):
                self.failures.append(f"harness: no actor of B reads GET {url} ({route.name}): "
                                     f"{[(a.status_code, a.text[:120]) for a in answers]}")
            elif ID_ROUTES.get(route.name) == "ignore" and not any(b.marker in a.text for a in answers):
                self.failures.append(f"harness: B's own answer to GET {url} ({route.name}) shows none of B's "
                                     f"data, so A's answer proves nothing")


# Lists that show every tenant by design (province-wide directories): B's names may appear in them.
PUBLIC_LISTS: dict[str, str] = {
    "admin_institutions.list_institutions": "the province's assessment institutions, listed to everyone",
    "admin_pages.designations": "a designator's form offers every assessment institution of the province "
                                "(cross-region designation); the designations listed are scoped",
    "mp_records.institutions": "the institutions offering record copies, listed to every patient",
    "bff_records.home": "the record-copy screen lists every institution offering copies",
    "mp_support.desks": "the hospitals open to 帮助与反馈, listed to every patient",
    "mp_doctors.search": "the doctors online, listed to every patient",
    "mp_doctors.departments": "the departments with doctors online, listed to every patient",
    "bff_consult.home": "the consultation home lists the departments with doctors online",
    "mp_appointments.institutions": "the hospitals taking outpatient bookings (家庭门诊预约), listed to every patient",
    **{f"admin_medical_dicts.{d}_{what}": "the 三大字典 are one list for the deployment (drugs, diagnoses, charge items)"
       for d in ("drugs", "diagnoses", "charge_items") for what in ("list", "export")},
    "admin_pages.medical_dicts_home": "the 三大字典 are one list for the deployment",
    "admin_pages.medical_dicts_list": "the 三大字典 are one list for the deployment",
    "admin_pages.medical_dicts_export": "the 三大字典 are one list for the deployment",
}


# Answers that change by themselves: not compared before and after B grows.
VOLATILE = {"admin_auth.get_captcha": "a fresh captcha each time",
            "mp_assessment.physician_login_captcha": "a fresh captcha each time",
            "admin_audit.list_rows": "A's own denied attempts are audited as the sweep goes",
            "admin_consult.video_live": "a call in progress carries its length so far and the time of the answer",
            "admin_consult.video_calls": "a call in progress carries its length so far"}
# Query arguments a list needs (by route name or blueprint name).
LIST_QUERY: dict[str, Callable[[tenants.World], dict]] = {
    "admin_stats": lambda w: {"cycle_id": w.cycle.id},
    "mp_family.reachable": lambda w: {"scope": "record_requests"},
}


def _list_query(route: Route, w: tenants.World) -> dict:
    f = LIST_QUERY.get(route.name) or LIST_QUERY.get(route.name.split(".")[0])
    return f(w) if f else {}


async def _answer(caller: Caller, route: Route, w: tenants.World) -> str | None:
    """A successful answer's content (errors carry request ids and say nothing of B)."""
    r = await caller.send("GET", route.path, params=_list_query(route, w))
    return _text(r) if r.status_code < 300 else None


def _text(r: httpx.Response) -> str:
    """What an answer shows, spreadsheets included (their cells are zipped XML)."""
    if r.headers.get("content-type", "").startswith(XLSX):
        import io

        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(r.content), read_only=True)
        return "\n".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row)
    return r.text


def _list_routes(app) -> list[Route]:
    """GET routes that take no path parameter: lists, statistics, exports, screens."""
    out = []
    for r in app.router.routes:
        path, name = "/" + r.path, r.name.split(".", 1)[1]
        api = next((v for k, v in APIS.items() if path.startswith(k)), None)
        if api and "<" not in path and "GET" in r.methods and name not in SKIP_ROUTES:
            out.append(Route(name, api, path, ["GET"], []))
    return sorted(out, key=lambda r: r.path)


async def test_every_id_bearing_route_refuses_the_other_tenants_ids(app, client):
    started = time.monotonic()
    w = await tenants.world()
    routes = _routes(app)
    unmapped = sorted({f"{r.api}: <{p}> in {r.path}" for r in routes for p in r.params if _classify(r, p) is None})
    assert not unmapped, (
        "New path parameters the cross-tenant sweep cannot map. Add each to OWNED (a tenant's record: "
        "also build one per side in tests/tenants.py), SHARED (province-wide, say why) or NOT_IDS in "
        "tests/test_cross_tenant.py:\n  " + "\n  ".join(unmapped))
    stale = set(KNOWN_OPEN) - {r.name for r in routes}
    assert not stale, f"KNOWN_OPEN names routes that are gone: remove {sorted(stale)}"
    callers = await _callers(app, w)
    sweep = Sweep(w, callers)
    for route in routes:
        if route.name in KNOWN_OPEN:
            print(f"not swept, known open: {route.name}: {KNOWN_OPEN[route.name]}")
        elif (any(_classify(route, p)[0] == "owned" for p in route.params) or route.name in EXTRA_QUERY
              or route.name in ID_ROUTES):
            await sweep.attack(route)
        else:
            await sweep.shared(route)
    # Every list, statistic, export and screen of A shows nothing of B.
    lists = _list_routes(app)
    for route in lists:
        if route.name in PUBLIC_LISTS:
            continue
        for caller in callers[(route.api, "a")]:
            r = await sweep.send(caller, "GET", route.path, params=_list_query(route, w))
            if r.status_code >= 500 or (r.status_code < 300 and w.b.marker in _text(r)):
                sweep.failures.append(f"GET {route.path} ({route.name}) as {caller.name} shows B's data: "
                                      f"{r.status_code} {_text(r)[:300]}")
    # Nor do A's answers count B: they stay the same while B's data grows.
    json_lists = [r for r in lists if r.api != "page" and r.name not in PUBLIC_LISTS.keys() | VOLATILE]
    before = {(r.name, c.name): await _answer(c, r, w) for r in json_lists for c in callers[(r.api, "a")]}
    seen_by_b = {(r.name, c.name): await _answer(c, r, w) for r in json_lists for c in callers[(r.api, "b")]}
    await tenants.grow(w.b, w.cycle)
    grew = {r.name for r in json_lists for c in callers[(r.api, "b")]
            if await _answer(c, r, w) != seen_by_b[(r.name, c.name)]}
    # The harness: B's own lists and statistics do see the growth.
    assert {"admin_stats.results", "admin_stats.progress", "admin_records.stats", "admin_physicians.list_physicians",
            "admin_records.list_requests", "admin_proctoring.list_cases"} <= grew, sorted(grew)
    for r in json_lists:
        for c in callers[(r.api, "a")]:
            if (now := await _answer(c, r, w)) != before[(r.name, c.name)]:
                sweep.failures.append(f"GET {r.path} ({r.name}) as {c.name} changed when B's data grew: "
                                      f"{str(before[(r.name, c.name)])[:300]} -> {str(now)[:300]}")
    for group in callers.values():
        for c in {id(c.client): c.client for c in group}.values():
            await c.aclose()
    print(f"cross-tenant sweep: {len(lists)} lists read, {sweep.swept} id-bearing routes swept, {sweep.shared_only} with province-wide "
          f"ids only, {sweep.requests} requests, {time.monotonic() - started:.1f} s")
    assert sweep.swept >= 80, f"only {sweep.swept} routes swept: is the router's list complete?"
    assert not sweep.failures, f"{len(sweep.failures)} cross-tenant failures:\n" + "\n".join(sweep.failures)
