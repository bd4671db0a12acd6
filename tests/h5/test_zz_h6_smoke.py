import json
import pytest
from playwright.async_api import expect
from core.accounts.models import MpAccount
from tests.h5.conftest import login_as

STEPS = [
  {"code": "appointment", "name": "门诊预约", "position": 1, "state": "done", "state_text": "已完成", "data": {"department": "心内科"}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "registration", "name": "门诊挂号", "position": 2, "state": "done", "state_text": "已完成", "data": {"fee_fen": 1200, "paid": True}, "his_at": "2026-12-07T09:00:00+08:00", "guide": "", "current": False, "actions": []},
  {"code": "checkin", "name": "门诊签到", "position": 3, "state": "waiting", "state_text": "待处理", "data": {"location": "二诊区"}, "his_at": None, "guide": "请到二诊区签到机签到", "current": True, "actions": ["checkin"]},
  {"code": "consultation", "name": "门诊就诊", "position": 4, "state": "done", "state_text": "", "data": {"record": {"chief_complaint": "胸闷", "diagnosis": "心律不齐", "advice": "休息"}, "prescriptions": [{"name": "美托洛尔", "spec": "25mg", "dosage": "bid", "quantity": 1}], "vitals": {"temperature": 36.8, "pulse": 80}}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "payment", "name": "门诊缴费", "position": 5, "state": "waiting", "state_text": "", "data": {"items": [{"name": "药费", "amount_fen": 2350}], "total_fen": 2350}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "exam", "name": "检验检查", "position": 6, "state": "done", "state_text": "", "data": {"items": [{"name": "血常规", "location": "2楼", "report_state": "ready", "report": {"title": "血常规报告", "conclusion": "正常", "items": [{"name": "WBC", "value": "5", "unit": "g/L", "range": "3-9"}]}}]}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "pharmacy", "name": "门诊取药", "position": 7, "state": "waiting", "state_text": "", "data": {"window": "3号窗口", "pick_up_code": "A1024"}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "followup", "name": "诊后随访", "position": 8, "state": "waiting", "state_text": "", "data": {"questionnaire": {"title": "满意度问卷", "url": "https://example.org/q"}}, "his_at": None, "guide": "", "current": False, "actions": []},
  {"code": "queue", "name": "排队候诊", "position": 9, "state": "pending", "state_text": "", "data": {}, "his_at": None, "guide": "", "current": False, "actions": []},
]
VISIT = {"id": 1, "institution_id": 1, "institution_name": "江岸医院", "his_visit": "V1", "patient": {"id": 3, "name": "王*军", "id_number": "4201**********1234"},
         "mine": True, "department": "心内科", "doctor": "李医生", "location": "3楼", "visit_date": "2026-12-07", "step": "checkin", "step_name": "门诊签到",
         "state": "open", "state_text": "就诊中", "ended_at": None, "created_at": "2026-12-07T01:00:00Z", "open_todos": 1, "seq": 3}
TODO = {"id": 5, "visit_id": 1, "step": "pharmacy", "step_name": "门诊取药", "kind": "medicine_ready", "text": "药品已备好，请取药", "state": "open", "institution_name": "江岸医院", "created_at": "2026-12-07T01:00:00Z", "updated_at": "2026-12-07T01:00:00Z"}
AVISIT = {"id": 1, "institution_id": 1, "institution_name": "江岸医院", "department": "心内科", "doctor": "李医生", "location": "", "visit_date": "2026-12-07", "patient_id": 3, "patient_name": "王*军", "state": "open", "status": "in_progress", "status_label": "就诊中", "step": "checkin", "step_name": "签到", "task_id": None, "created_at": "2026-12-07T01:00:00Z"}
HOME = {"id": 9, "role": "patient", "state": "active", "end_reason": "", "reminder": "十点见", "owner_name": "王*军", "visit": AVISIT,
        "companions": [{"id": 4, "account_id": 8, "name": "王*丽", "relation": "子女", "state": "accepted", "state_label": "已接受", "accepted_at": None, "present": True, "last_seen_at": None}],
        "my_companion_id": None, "my_state": None, "steps": [{k: v for k, v in s.items() if k in ("code", "name", "position", "state", "data", "guide")} for s in STEPS],
        "can_act": True, "actions": ["checkin"], "room_id": None, "topics": ["accompany:9", "visit:1"]}
ANSWERS = {
  "/api/mp/v1/visits": {"items": [VISIT]},
  "/api/mp/v1/visits/todos": {"items": [TODO]},
  "/api/mp/v1/visits/1": {**VISIT, "steps": STEPS, "todos": [TODO], "guide": "请到二诊区签到", "next_step": "consultation", "actions": ["checkin"]},
  "/api/mp/v1/accompany/tasks": {"items": [{**HOME, "companions": 1}, {**HOME, "id": 10, "role": "companion", "my_state": "invited", "companions": 1}]},
  "/api/mp/v1/accompany/visits": {"items": [AVISIT]},
  "/api/mp/v1/accompany/visits/1/candidates": {"visit": AVISIT, "notice": "温馨提醒文字", "items": [{"account_id": 8, "name": "王*丽", "relation": "子女", "eligible": True, "reason": "", "state": None}, {"account_id": 11, "name": "李*", "relation": "配偶", "eligible": False, "reason": "未授权陪诊", "state": None}]},
  "/api/mp/v1/accompany/tasks/9": HOME,
}

async def test_smoke(phone):
    acct = await MpAccount.create(openid="o-h6-smoke")
    page = await phone()
    async def handle(route):
        url = route.request.url.split("/h5")[0]
        path = "/" + route.request.url.split("/", 3)[3].split("?")[0]
        if route.request.method == "GET" and path in ANSWERS:
            await route.fulfill(status=200, content_type="application/json", body=json.dumps(ANSWERS[path]))
        elif route.request.method != "GET":
            await route.fulfill(status=200, content_type="application/json", body=json.dumps({"id": 9, "message": "签到成功"}))
        else:
            await route.continue_()
    await page.route("**/api/mp/v1/visits**", handle)
    await page.route("**/api/mp/v1/accompany/**", handle)
    await login_as(page, acct.openid)
    await page.screenshot(path="/tmp/h6/home.png")
    for route in ["#/visits", "#/visits/1?step=pharmacy", "#/visits/todos", "#/accompany?role=patient", "#/accompany?role=companion",
                  "#/accompany/visits", "#/accompany/invite?visit=1", "#/accompany/tasks/9", "#/accompany/history?role=patient"]:
        await page.evaluate("r => { location.hash = r; }", route)
        await page.wait_for_timeout(1200)
        name = route.replace("#/", "").replace("/", "_").replace("?", "_").replace("=", "_")
        await page.screenshot(path=f"/tmp/h6/{name}.png", full_page=True)
    await page.evaluate("r => { location.hash = r; }", "#/visits/1")
    await page.click("[data-action='checkin']")
    await page.click(".dialog .btn-primary")
    await page.wait_for_timeout(500)
