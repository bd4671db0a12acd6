"""Request and answer shapes of the cloud accompaniment (seed 003 线上陪诊服务): visits to accompany,
candidates, the invitation, tasks for both roles, a task's home, the video room. Names of people are
masked in every answer; every string, number and list an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import Id
from core.outputs import Out
from core.rooms.schemas import RoomOut
from core.visits.schemas import StepOut, TodoOut

REMINDER_MAX = 200
MAX_COMPANIONS = 10
Role = Literal["patient", "companion"]
TaskState = Literal["active", "ended"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class InviteIn(In):
    visit_id: Id = Field(description="就诊记录（visits 中的一条）")
    account_ids: list[Id] = Field(min_length=1, max_length=MAX_COMPANIONS,
                                  description="陪诊人：candidates 中 eligible 的家庭成员账号")
    reminder: str = Field(default="", max_length=REMINDER_MAX, description="温馨提醒，随邀请发给陪诊人")


class InviteMoreIn(In):
    account_ids: list[Id] = Field(min_length=1, max_length=MAX_COMPANIONS)


class TasksFilter(In):
    role: Role = Field(default="patient", description="patient 我发起的 / companion 我陪诊的")
    state: TaskState | None = Field(default=None, description="active 进行中 / ended 已结束（历史陪诊）；缺省全部")


class VisitOut(Out):
    id: int
    institution_id: int
    institution_name: str
    department: str
    doctor: str
    location: str
    visit_date: _dt.date | None
    patient_id: int
    patient_name: str | None = Field(description="就诊人姓名（脱敏）")
    state: str = Field(description="open / ended / cancelled")
    status: Literal["in_progress", "not_started", "ended"]
    status_label: str = Field(description="就诊中 / 未就诊 / 已结束")
    step: str = Field(description="已到达的最远节点代码")
    step_name: str
    task_id: int | None = Field(default=None, description="该就诊进行中的陪诊任务")
    created_at: _dt.datetime


class CandidateOut(Out):
    account_id: int
    name: str | None = Field(description="姓名（脱敏）")
    relation: str
    eligible: bool = Field(description="已获得就诊人“陪诊”授权，可以邀请")
    reason: str = Field(description="不能邀请的原因")
    state: str | None = Field(default=None, description="已在该就诊的陪诊中：invited / accepted / declined / removed")


class CandidatesOut(Out):
    visit: VisitOut
    notice: str = Field(description="温馨提醒：功能介绍与注意事项")
    items: list[CandidateOut]


class CompanionOut(Out):
    id: int
    account_id: int
    name: str | None
    relation: str
    state: str = Field(description="invited 已邀请 / accepted 已接受 / declined 已拒绝 / removed 已移除")
    state_label: str
    accepted_at: _dt.datetime | None
    present: bool = Field(description="正在陪诊（主页打开或在视频中）")
    last_seen_at: _dt.datetime | None


class TaskOut(Out):
    id: int
    role: Role
    state: TaskState
    end_reason: str
    reminder: str
    owner_name: str | None
    visit: VisitOut
    my_state: str | None = Field(default=None, description="陪诊人角色：我的邀请状态")
    companions: int = Field(description="已接受的陪诊人数")
    created_at: _dt.datetime
    ended_at: _dt.datetime | None


class TasksOut(Out):
    items: list[TaskOut]


class TaskHomeOut(Out):
    id: int
    role: Role
    state: TaskState
    end_reason: str
    reminder: str
    owner_name: str | None
    visit: VisitOut
    companions: list[CompanionOut]
    my_companion_id: int | None
    my_state: str | None
    steps: list[StepOut] | None = Field(description="就医助手节点（按该院配置，实时：订阅 visit:<id>）；未接受邀请或已结束时为空")
    todos: list[TodoOut] = Field(default_factory=list, description="就诊的待办事项")
    guide: str = Field(default="", description="下一步指引")
    can_act: bool = Field(description="可以办理就诊业务（仅患者本人一方）")
    actions: list[str] = Field(description="当前可办理的操作 checkin / cancel（POST tasks/<id>/actions/<action>）")
    room_id: int | None
    created_at: _dt.datetime
    ended_at: _dt.datetime | None
    topics: list[str] = Field(description="实时订阅：accompany:<id>（陪诊变化）与 visit:<id>（就诊进程）")


class TaskRoomOut(Out):
    task_id: int
    room_id: int
    topic: str
    room: RoomOut
