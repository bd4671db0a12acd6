"""Request and answer shapes of the exam domain."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import INT64_MAX, EditIn, Id, PageNo


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


class Out(BaseModel):
    """Answers are shaped through these: a field not declared here never reaches the phone
    (so a practice question cannot carry its answer by mistake)."""

    model_config = ConfigDict(extra="ignore")


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


class PracticeQuestionOut(Out):
    question_id: int
    qtype: str
    specialty: str
    category: str
    difficulty: int
    group_id: int | None
    group_stem: str | None
    position: int
    stem: str
    options: list[OptionOut]
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
