"""What a hospital's outpatient systems report about a visit, as the event centre's envelope.

Why one module: the demo HIS (bookings, check-in) and the visit simulator must produce the
same events a real HIS would send (issue 13 contract: event_id, visit, step, state, at, patient,
visit_info, data, visit_state), with the data items seed 003 names for each step (department
and location, queue number, the record and prescriptions, payment items, exam reports, the
pick-up code, the follow-up questionnaire). The clinical content is a handful of plausible
outpatient cases of the departments the demo hospitals open for booking.

Plain functions and constants only: no database, no other domain.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from core.localtime import LOCAL as CHINA

# The fixed step vocabulary and its default order and names (issue 13 contract); an institution
# configures which are enabled, their order and names (core.visits.steps).
DEFAULT_STEPS: list[tuple[str, str]] = [
    ("appointment", "门诊预约"), ("registration", "门诊挂号"), ("checkin", "门诊签到"), ("queue", "排队候诊"),
    ("consultation", "门诊就诊"), ("payment", "门诊缴费"), ("exam", "检验检查"), ("pharmacy", "门诊取药"),
    ("followup", "诊后随访"),
]
STEP_CODES = tuple(code for code, _ in DEFAULT_STEPS)


def envelope(*, event_id: str, visit: str, step: str, state: str, at: dt.datetime,
             patient: dict[str, str] | None = None, visit_info: dict[str, Any] | None = None,
             data: dict[str, Any] | None = None, visit_state: str | None = None) -> dict[str, Any]:
    """One event as every transport carries it."""
    out: dict[str, Any] = {"event_id": event_id, "visit": visit, "step": step, "state": state,
                           "at": at.astimezone(CHINA).isoformat(timespec="seconds")}
    if patient is not None:
        out["patient"] = {"id_number": patient["id_number"], "name": patient["name"]}
    if visit_info is not None:
        out["visit_info"] = visit_info
    out["data"] = data or {}
    if visit_state:
        out["visit_state"] = visit_state
    return out


# ---------------------------------------------------------------- clinical content

@dataclass(frozen=True)
class Case:
    """A plausible outpatient visit of one department: what the doctor finds and orders."""

    department: str
    chief_complaint: str
    diagnosis: str
    advice: str
    prescriptions: list[dict[str, Any]]  # name, spec, dosage, quantity, price_fen
    exams: list[dict[str, Any]]  # name, location, price_fen, conclusion, items [{name, value, unit, range, flag}]
    questionnaire: str = "门诊诊后满意度及康复情况问卷"
    vitals: dict[str, Any] = field(default_factory=dict)


def _rx(name: str, spec: str, dosage: str, quantity: str, price_fen: int) -> dict[str, Any]:
    return {"name": name, "spec": spec, "dosage": dosage, "quantity": quantity, "price_fen": price_fen}


def _exam(name: str, location: str, price_fen: int, conclusion: str, items: list[tuple]) -> dict[str, Any]:
    return {"name": name, "location": location, "price_fen": price_fen, "conclusion": conclusion,
            "items": [{"name": n, "value": v, "unit": u, "range": r, "flag": f} for n, v, u, r, f in items]}


LAB = "门诊楼1楼 检验科采血处"
RADIOLOGY = "医技楼2楼 放射科"
ULTRASOUND = "医技楼3楼 超声科"
ECG = "门诊楼2楼 心电图室"

CASES: list[Case] = [
    Case("呼吸内科", "咳嗽、咳痰3天，伴低热", "急性支气管炎", "多饮水，注意休息，避免受凉；3天后症状无好转请复诊。",
         [_rx("阿莫西林胶囊", "0.25g×24粒", "每次0.5g，每日3次，口服", "1盒", 1860),
          _rx("复方甘草口服溶液", "100ml/瓶", "每次10ml，每日3次，口服", "1瓶", 650)],
         [_exam("血常规", LAB, 2500, "白细胞轻度升高，中性粒细胞比例升高，提示细菌感染可能。",
                [("白细胞计数", "10.8", "×10^9/L", "3.5-9.5", "↑"), ("中性粒细胞百分比", "78.2", "%", "40-75", "↑"),
                 ("血红蛋白", "136", "g/L", "130-175", ""), ("血小板计数", "226", "×10^9/L", "125-350", "")]),
          _exam("胸部正位片", RADIOLOGY, 6000, "两肺纹理增多，未见明显实变影。", [])],
         vitals={"temperature": 37.8, "pulse": 92, "systolic": 126, "diastolic": 78}),
    Case("心血管内科", "反复头晕1月，自测血压偏高", "高血压病2级", "低盐低脂饮食，规律服药，每日早晚测量血压并记录；2周后复诊。",
         [_rx("苯磺酸氨氯地平片", "5mg×28片", "每次5mg，每日1次，口服", "1盒", 2980)],
         [_exam("常规心电图", ECG, 2500, "窦性心律，大致正常心电图。", []),
          _exam("血脂四项", LAB, 4200, "低密度脂蛋白胆固醇偏高。",
                [("总胆固醇", "5.92", "mmol/L", "<5.2", "↑"), ("甘油三酯", "1.46", "mmol/L", "<1.7", ""),
                 ("高密度脂蛋白胆固醇", "1.12", "mmol/L", ">1.0", ""), ("低密度脂蛋白胆固醇", "3.86", "mmol/L", "<3.4", "↑")])],
         vitals={"temperature": 36.5, "pulse": 78, "systolic": 162, "diastolic": 98, "weight": 72.5}),
    Case("内分泌科", "口干、多饮半年，体检发现血糖升高", "2型糖尿病", "控制饮食，适量运动，监测空腹及餐后血糖；1月后复查糖化血红蛋白。",
         [_rx("盐酸二甲双胍缓释片", "0.5g×30片", "每次0.5g，每日2次，餐中服", "2盒", 3240)],
         [_exam("糖化血红蛋白", LAB, 6500, "糖化血红蛋白升高，近3月血糖控制欠佳。",
                [("糖化血红蛋白", "7.9", "%", "4.0-6.0", "↑")]),
          _exam("空腹血糖", LAB, 800, "空腹血糖升高。", [("葡萄糖", "8.6", "mmol/L", "3.9-6.1", "↑")])],
         vitals={"temperature": 36.6, "pulse": 80, "systolic": 132, "diastolic": 84, "weight": 78.0}),
    Case("消化内科", "上腹部隐痛2周，进食后加重", "慢性非萎缩性胃炎", "规律饮食，忌辛辣刺激及饮酒；按时服药，4周后复诊。",
         [_rx("奥美拉唑肠溶胶囊", "20mg×14粒", "每次20mg，每日1次，早餐前口服", "2盒", 2460),
          _rx("铝碳酸镁咀嚼片", "0.5g×20片", "每次1g，每日3次，餐后嚼服", "1盒", 1830)],
         [_exam("碳13尿素呼气试验", "门诊楼3楼 消化内镜中心", 8000, "幽门螺杆菌阴性。",
                [("DOB值", "1.6", "‰", "<4.0", "")])],
         vitals={"temperature": 36.7, "pulse": 74, "systolic": 118, "diastolic": 76}),
    Case("骨科", "腰痛伴右下肢放射痛1周", "腰椎间盘突出症", "卧硬板床休息，避免弯腰负重；症状加重或下肢麻木无力及时就诊。",
         [_rx("塞来昔布胶囊", "0.2g×6粒", "每次0.2g，每日1次，口服", "2盒", 3650),
          _rx("甲钴胺片", "0.5mg×20片", "每次0.5mg，每日3次，口服", "2盒", 2120)],
         [_exam("腰椎磁共振平扫", RADIOLOGY, 48000, "L4/5椎间盘向右后方突出，相应神经根受压。", [])],
         vitals={"temperature": 36.4, "pulse": 72, "systolic": 128, "diastolic": 80}),
    Case("中医科", "入睡困难、多梦易醒2月", "不寐（心脾两虚证）", "作息规律，睡前避免饮茶及使用手机；中药煎服，2周后复诊。",
         [_rx("归脾丸", "200丸/瓶", "每次8丸，每日3次，口服", "1瓶", 2680),
          _rx("中药饮片（归脾汤加减）", "7剂", "每日1剂，水煎分两次温服", "7剂", 15400)],
         [_exam("甲状腺功能三项", LAB, 9000, "甲状腺功能未见异常。",
                [("FT3", "4.8", "pmol/L", "3.1-6.8", ""), ("FT4", "15.2", "pmol/L", "12-22", ""),
                 ("TSH", "2.10", "mIU/L", "0.27-4.2", "")])],
         vitals={"temperature": 36.5, "pulse": 70, "systolic": 120, "diastolic": 78}),
]
DEPARTMENT_CODES = {"呼吸内科": "HX", "心血管内科": "XN", "内分泌科": "NF", "消化内科": "XH", "骨科": "GK",
                    "中医科": "ZY"}
DEPARTMENT_LOCATIONS = {"呼吸内科": "门诊楼2楼 A区", "心血管内科": "门诊楼2楼 B区", "内分泌科": "门诊楼3楼 A区",
                        "消化内科": "门诊楼3楼 B区", "骨科": "门诊楼4楼 A区", "中医科": "门诊楼5楼 中医诊区"}
DOCTORS = {"呼吸内科": [("张建国", "主任医师"), ("刘晓燕", "主治医师")],
           "心血管内科": [("陈志强", "副主任医师"), ("王丽华", "主治医师")],
           "内分泌科": [("周敏", "主任医师"), ("孙嘉怡", "主治医师")],
           "消化内科": [("黄伟", "副主任医师"), ("徐静", "医师")],
           "骨科": [("赵永刚", "主任医师"), ("吴昊", "主治医师")],
           "中医科": [("钱文华", "主任医师"), ("沈悦", "主治医师")]}
SPECIALITIES = {"呼吸内科": "慢性咳嗽、哮喘、慢阻肺", "心血管内科": "高血压、冠心病、心律失常",
                "内分泌科": "糖尿病、甲状腺疾病", "消化内科": "胃炎、消化性溃疡、肝病",
                "骨科": "颈腰椎疾病、关节损伤", "中医科": "失眠、脾胃病的中医调理"}
PHARMACY_WINDOWS = ["门诊楼1楼 西药房 1号窗口", "门诊楼1楼 西药房 2号窗口", "门诊楼1楼 西药房 3号窗口",
                    "门诊楼1楼 中药房 5号窗口"]
REGISTRATION_FEE_FEN = {"主任医师": 3500, "副主任医师": 2500, "主治医师": 1500, "医师": 1000}


def case_of(department: str) -> Case:
    for c in CASES:
        if c.department == department:
            return c
    return CASES[0]


def room_of(department: str, doctor: str) -> str:
    """The consulting room of a doctor (stable: the same doctor always sits in the same room)."""
    n = sum(ord(ch) for ch in doctor) % 12 + 1
    return f"{DEPARTMENT_LOCATIONS.get(department, '门诊楼2楼')} {n}诊室"


def pick_up_code(rng: random.Random) -> str:
    return f"{rng.randint(0, 999999):06d}"


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(CHINA)
