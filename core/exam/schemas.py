"""Request and answer shapes of the exam domain."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from core.assessment.schemas import MyResultOut
from core.inputs import INT64_MAX, EditIn, Id, PageNo
from core.outputs import Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


QType = Literal["A1", "A2", "X", "A3", "A4", "B1"]


class BlueprintRule(In):
    category: str = Field(min_length=1, max_length=64)
    qtype: QType
    difficulty: int | None = Field(default=None, ge=1, le=5)
    count: int = Field(ge=1, le=500)
    points: float = Field(default=1.0, gt=0, le=100)


class BlueprintIn(In):
    cycle_id: Id
    specialty: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=128)
    time_limit_minutes: int = Field(ge=5, le=600)
    pass_mark: float = Field(ge=0, le=100)
    rules: list[BlueprintRule] = Field(min_length=1, max_length=50)
    multi_partial: bool = False


class StartIn(In):
    device_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")


class SaveIn(In):
    device_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
    answer: list[str] = Field(max_length=10)
    seq: int = Field(ge=1, le=INT64_MAX)
    marked: bool | None = None


# ---------------------------------------------------------------- question bank
# Shapes only: the rules that tie fields together (option keys, answers among
# the options, how many answers a type takes) are checked by core.exam.bank so
# that the API and the xlsx import give the same Chinese messages.

OptionKey = Literal["A", "B", "C", "D", "E", "F"]


class OptionIn(In):
    key: OptionKey
    text: str = Field(min_length=1, max_length=1000)


class QuestionIn(In):
    """A standalone question: A1/A2 (one answer) or X (two or more)."""

    qtype: Literal["A1", "A2", "X"]
    stem: str = Field(min_length=1, max_length=4000)
    options: list[OptionIn] = Field(max_length=10)
    answer: list[str] = Field(max_length=10)
    explanation: str = Field(default="", max_length=4000)
    specialty: str = Field(min_length=1, max_length=64)
    category: str = Field(min_length=1, max_length=64)
    difficulty: int = Field(default=3, ge=1, le=5)


class SubQuestionIn(In):
    """One question of a group: A3/A4 bring their own options, B1 answers from the shared list."""

    stem: str = Field(min_length=1, max_length=4000)
    options: list[OptionIn] | None = Field(default=None, max_length=10)
    answer: list[str] = Field(max_length=10)
    explanation: str = Field(default="", max_length=4000)


class GroupIn(In):
    kind: Literal["A3", "A4", "B1"]
    stem: str = Field(default="", max_length=8000)
    shared_options: list[OptionIn] | None = Field(default=None, max_length=10)
    questions: list[SubQuestionIn] = Field(min_length=1, max_length=30)
    specialty: str = Field(min_length=1, max_length=64)
    category: str = Field(min_length=1, max_length=64)
    difficulty: int = Field(default=3, ge=1, le=5)


class QuestionEditIn(EditIn):
    """Only the fields sent change. A question of a group may change its stem, options,
    answer and explanation; the rest belongs to the group."""

    qtype: Literal["A1", "A2", "X"] | None = None
    stem: str | None = Field(default=None, min_length=1, max_length=4000)
    options: list[OptionIn] | None = Field(default=None, max_length=10)
    answer: list[str] | None = Field(default=None, max_length=10)
    explanation: str | None = Field(default=None, max_length=4000)
    specialty: str | None = Field(default=None, min_length=1, max_length=64)
    category: str | None = Field(default=None, min_length=1, max_length=64)
    difficulty: int | None = Field(default=None, ge=1, le=5)


class GroupEditIn(EditIn):
    """Only the fields sent change; `questions`, when sent, is the whole new ordered list."""

    stem: str | None = Field(default=None, max_length=8000)
    shared_options: list[OptionIn] | None = Field(default=None, max_length=10)
    questions: list[SubQuestionIn] | None = Field(default=None, min_length=1, max_length=30)
    specialty: str | None = Field(default=None, min_length=1, max_length=64)
    category: str | None = Field(default=None, min_length=1, max_length=64)
    difficulty: int | None = Field(default=None, ge=1, le=5)


class QuestionImportParams(BaseModel):
    """The background question import takes no form fields besides the file."""

    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- practice (mini-program)

class PracticeQuery(In):
    """Which questions to practise next (query string of GET /practice/questions)."""

    mode: Literal["sequential", "random", "wrong", "favourites"] = "sequential"
    specialty: str | None = Field(default=None, min_length=1, max_length=64)
    category: str | None = Field(default=None, min_length=1, max_length=64)
    limit: int = Field(default=10, ge=1, le=50)


class PracticeAnswerIn(In):
    answer: list[str] = Field(min_length=1, max_length=10)


class PageQuery(In):
    page: PageNo = 1
    page_size: int = Field(default=20, ge=1, le=100)


class NotesQuery(PageQuery):
    include_cleared: bool = False


class MockStartIn(In):
    device_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
    cycle_id: Id | None = None


# Answers: core.outputs.Out forbids undeclared fields, so a field a service adds by
# mistake (a practice question's answer) fails the request instead of reaching the phone.

class BlueprintOut(Out):
    """A saved blueprint; `rules` as stored (BlueprintRule objects)."""
    id: int
    cycle_id: int
    specialty: str
    frozen: bool
    rules: list[dict[str, Any]]
    time_limit_minutes: int
    pass_mark: float


class OptionOut(Out):
    key: str
    text: str


class PracticeQuestionBaseOut(Out):
    """A question as practice shows it (core.exam.practice._present)."""
    question_id: int
    qtype: str
    specialty: str
    category: str
    difficulty: int
    group_id: int | None
    group_stem: str | None = Field(description="题组的共用题干（A3/A4）")
    position: int = Field(description="在题组中的序号（从 1 起）；单独的题目为 0")
    stem: str
    options: list[OptionOut]


class PracticeQuestionOut(PracticeQuestionBaseOut):
    """A question to practise: never with its answer."""
    favourite: bool
    in_notebook: bool


class PracticeQuestionsOut(Out):
    mode: str
    specialty: str | None
    category: str | None
    items: list[PracticeQuestionOut]


class NoteOut(Out):
    in_notebook: bool
    wrong_count: int
    streak: int
    clear_after: int
    cleared_at: _dt.datetime | None


class PracticeResultOut(Out):
    question_id: int
    correct: bool
    your_answer: list[str]
    answer: list[str]
    explanation: str
    notebook: NoteOut


class AccuracyOut(Out):
    answered: int
    correct: int
    accuracy: float = Field(description="正确率（0 到 1，保留 4 位小数；未作答时为 0）")


class NotebookCountOut(Out):
    open: int = Field(description="错题本中的题数")
    cleared: int = Field(description="已移出错题本的题数")
    clear_after: int = Field(description="连续答对几次后移出错题本")


class MockSummaryOut(Out):
    """Mock exams taken (submitted) with the best and the latest score."""
    taken: int
    best_score: float | None
    last_score: float | None
    last_submitted_at: _dt.datetime | None
    last_paper_id: int | None


class PracticeSummaryOut(AccuracyOut):
    """The physician's practice in figures (core.exam.practice.summary): answers in all, then by source."""
    by_mode: dict[str, AccuracyOut] = Field(description="按来源：practice 题库练习、mock 模拟考试")
    notebook: NotebookCountOut
    favourites: int = Field(description="收藏的题数")
    mocks: MockSummaryOut


# ---------------------------------------------------------------- question bank (province console)

class VersionOut(Out):
    """One version of a question or a group (same origin)."""
    id: int
    version: int
    retired: bool
    created_at: _dt.datetime


class QuestionOut(Out):
    """A question of the bank, answer and explanation included (the console edits them)."""
    id: int
    qtype: str = Field(description="A1 / A2 / X；题组中的小题为题组类型 A3 / A4 / B1")
    stem: str
    options: list[OptionOut] | None = Field(description="B1 题为空（使用题组的共用选项）")
    answer: list[str]
    explanation: str
    specialty: str
    category: str
    difficulty: int
    group_id: int | None
    position: int = Field(description="在题组中的序号（从 1 起）；单独的题目为 0")
    origin_id: int | None = Field(description="第一个版本的 id（各版本相同）")
    version: int
    retired: bool = Field(description="已停用，或已被新版本取代")
    used: bool = Field(description="已被试卷使用：此后修改将生成新版本")
    created_at: _dt.datetime
    updated_at: _dt.datetime


class GroupSummaryOut(Out):
    """The group a listed question belongs to."""
    id: int
    kind: str
    stem: str
    shared_options: list[OptionOut] | None
    version: int
    retired: bool


class QuestionListedOut(QuestionOut):
    group: GroupSummaryOut | None


class GroupOut(Out):
    """An A3/A4 case group or a B1 shared-option group with its questions in order."""
    id: int
    kind: str = Field(description="A3 / A4 / B1")
    stem: str = Field(description="共用题干（A3/A4）")
    shared_options: list[OptionOut] | None = Field(description="共用选项（B1）")
    specialty: str
    category: str
    difficulty: int
    origin_id: int | None
    version: int
    retired: bool
    used: bool = Field(description="其中有小题已被试卷使用")
    questions: list[QuestionOut]
    created_at: _dt.datetime
    updated_at: _dt.datetime


class GroupDetailOut(GroupOut):
    versions: list[VersionOut]


class QuestionDetailOut(QuestionOut):
    group: GroupOut | None = Field(description="所属题组（含全部小题）；单独的题目为空")
    versions: list[VersionOut]


class EditOutcomeOut(Out):
    """What an edit of the bank did (core.exam.bank: in place, or as a new version once used)."""
    versioned: bool = Field(description="已被试卷使用，修改生成了新版本（旧版本停用，试卷仍指向旧版本）")
    changed: bool = Field(description="内容有变化（无变化时什么也没改）")
    previous_id: int | None = Field(description="生成新版本时，被取代的版本的 id")


class QuestionEditedOut(EditOutcomeOut):
    """A standalone question after an edit."""
    question: QuestionOut = Field(description="修改后的题目（生成新版本时为新版本）")


class MemberEditedOut(QuestionEditedOut):
    """A question of a group after an edit: the group changes (and is versioned) as a whole."""
    group: GroupOut = Field(description="修改后的整个题组（生成新版本时为新版本）")


class QuestionEditOut(RootModel[QuestionEditedOut | MemberEditedOut]):
    """A standalone question answers without `group`; a question of a group answers its group too."""


class GroupEditedOut(EditOutcomeOut):
    """A group after an edit: once used, the group and all its questions become a new version."""
    group: GroupOut = Field(description="修改后的题组（生成新版本时为新版本）")


# ---------------------------------------------------------------- taking the exam (phone)

class PaperOut(Out):
    """One of the physician's papers (exam or make-up; mock exams are listed with the practice)."""
    paper_id: int
    name: str
    kind: str = Field(description="exam 考试 / makeup 补考")
    state: str = Field(description="ready 未开始 / in_progress 作答中 / submitted 已交卷")
    questions: int = Field(description="题数")
    time_limit_minutes: int
    score: float | None
    passed: bool | None
    voided: bool = Field(description="成绩已被监考作废")


class ItemOptionOut(Out):
    label: str = Field(description="显示的字母（按乱序后的位置）")
    key: str = Field(description="保存答案时使用的选项键")
    text: str


class SessionItemOut(Out):
    """A question as the taker sees it, without its answer, with what was saved for it."""
    no: int = Field(description="题号（从 1 起）")
    question_id: int
    qtype: str
    points: float
    group_id: int | None
    group_stem: str | None
    stem: str
    options: list[ItemOptionOut]
    answer: list[str] = Field(description="已保存的答案（选项键）")
    marked: bool
    seq: int = Field(description="服务器保存的该题答案的序号（未保存为 0）")


class SessionOut(Out):
    """Everything the exam screen needs to (re)draw itself."""
    session_id: int
    paper_id: int
    kind: str = Field(description="exam / makeup / mock")
    deadline: _dt.datetime
    remaining_seconds: int = Field(description="剩余秒数，以服务器时间为准")
    submitted: bool
    active_device: str = Field(description="正在作答的设备（换设备继续后旧设备的保存被拒绝）")
    device_epoch: int
    verified: bool = Field(description="已通过人脸核验（或监考放行）；模拟考试不需要")
    capture_schedule: list[int] = Field(description="开始后第几秒抓拍（模拟考试为空）")
    started_at: _dt.datetime
    score: float | None
    items: list[SessionItemOut]


class SaveResultOut(Out):
    question_id: int
    seq: int = Field(description="服务器现在保存的该题序号")
    applied: bool = Field(description="false：较旧或重复的保存，已确认但未改变答案")
    remaining_seconds: int


class CardCellOut(Out):
    no: int
    question_id: int
    answered: bool
    marked: bool


class AnswerCardOut(Out):
    session_id: int
    remaining_seconds: int
    answered: int
    marked: int
    empty: int
    cells: list[CardCellOut]
    submitted: bool


class SubmittedOut(Out):
    session_id: int
    submitted_at: _dt.datetime
    submitted_by: str = Field(description="taker 本人交卷 / deadline 到时自动交卷")
    score: float | None
    passed: bool | None


# ---------------------------------------------------------------- screens (BFF)

class ExamPageOut(SessionOut):
    """The exam page in one round trip: the session and its answer card."""
    card: AnswerCardOut


class CurrentEnrolmentOut(Out):
    """The physician's enrolment in the open cycle."""
    cycle: str
    state: str
    state_label: str
    procedure: str | None
    reason: str
    result: str | None


class NoEnrolmentOut(Out):
    """Why there is no current enrolment (not enrolled, no open cycle): the refusal's words."""
    message: str
    code: str


class ExamHomeOut(Out):
    """The exam home in one round trip."""
    current: CurrentEnrolmentOut | NoEnrolmentOut = Field(
        description="本周期的考核；未报名或没有开放的周期时为拒绝的原因（message、code）")
    papers: list[PaperOut]
    results: list[MyResultOut]
    practice: PracticeSummaryOut


# ---------------------------------------------------------------- practice answers (core.exam.practice)

class PractisedOut(Out):
    questions: int = Field(description="题库中的题数")
    practised: int = Field(description="本人至少练过一次的题数")


class PracticeCategoryOut(PractisedOut, AccuracyOut):
    """A category of the live bank with the physician's progress in it."""
    category: str


class PracticeSpecialtyOut(PractisedOut):
    specialty: str
    mine: bool = Field(description="医师本人的专业（排在最前）")
    categories: list[PracticeCategoryOut]


class PracticeCategoriesOut(Out):
    """The live bank by specialty and category, with the physician's progress."""
    specialty: str = Field(description="医师本人的专业")
    specialties: list[PracticeSpecialtyOut]


class ReviewedQuestionOut(PracticeQuestionBaseOut):
    """A question of the notebook or the favourites: for review, so with its answer."""
    answer: list[str]
    explanation: str
    retired: bool = Field(description="已停用（新版本取代）")


class WrongNoteOut(NoteOut):
    """A question of the wrong-answer notebook."""
    question_id: int
    added_at: _dt.datetime
    last_at: _dt.datetime = Field(description="最近一次答错或答对的时间")
    question: ReviewedQuestionOut | None = Field(description="题目（已不存在时为空）")


class FavouriteOut(Out):
    question_id: int
    created_at: _dt.datetime
    question: ReviewedQuestionOut | None = Field(description="题目（已不存在时为空）")


class FavouriteChangedOut(Out):
    question_id: int
    favourite: bool = Field(description="现在是否已收藏")
    changed: bool = Field(description="有变化（重复收藏、取消未收藏的题时为 false）")


class CategoryAccuracyOut(AccuracyOut):
    specialty: str
    category: str


class DayOut(Out):
    day: _dt.date
    answered: int
    correct: int


class DaysOut(Out):
    """Answers per day of a period (China time, today last, days without answers as zeros)."""
    answered: int
    correct: int
    days: list[DayOut]


class PracticeProgressOut(PracticeSummaryOut):
    """The summary with accuracy by category and answers per day over the last 7 and 30 days."""
    categories: list[CategoryAccuracyOut]
    last_7_days: DaysOut
    last_30_days: DaysOut


class MockStartedOut(SessionOut):
    """The exam page of a mock exam (kind mock: no face check, no photos)."""
    resumed: bool = Field(description="继续未完成的模拟考试（而非新抽一套）")


class MockOut(Out):
    """One of the physician's mock exams; the session's fields are empty before it is started."""
    paper_id: int
    session_id: int | None
    name: str
    cycle_id: int
    state: str = Field(description="ready 未开始 / in_progress 作答中 / submitted 已交卷")
    questions: int = Field(description="题数")
    time_limit_minutes: int
    pass_mark: float
    started_at: _dt.datetime | None
    deadline: _dt.datetime | None
    submitted_at: _dt.datetime | None
    score: float | None
    passed: bool | None


class ReviewedItemOut(SessionItemOut):
    correct_answer: list[str]
    explanation: str
    correct: bool = Field(description="所选答案完全正确")
    points_scored: float


class MockReviewOut(SessionOut):
    """A submitted mock question by question, with the right answers and explanations."""
    items: list[ReviewedItemOut]
    name: str
    pass_mark: float
    passed: bool | None
    submitted_at: _dt.datetime


class PracticeHomeOut(PracticeCategoriesOut):
    """The practice home in one round trip."""
    summary: PracticeSummaryOut
    latest_mock: MockOut | None = Field(description="最近一次模拟考试（未完成时可继续）")
