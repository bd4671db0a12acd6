"""Errors a HIS answers with when asked to book, cancel or check in (the demo HIS raises them;
a real adapter maps its HIS's refusals onto them). `his.unavailable` is in core/his/adapter.py."""
from __future__ import annotations

from core.errors import AppError


class SlotNotFound(AppError):
    status, code, message = 404, "his.slot_not_found", "号源不存在或已停诊"


class SlotFull(AppError):
    status, code, message = 409, "his.slot_full", "该时段号源已约满，请选择其他时段"


class SlotPast(AppError):
    status, code, message = 409, "his.slot_past", "该时段已过，不能预约"


class BookingNotFound(AppError):
    status, code, message = 404, "his.booking_not_found", "医院系统中没有这次预约"


class BookingState(AppError):
    status, code, message = 409, "his.booking_state", "预约当前状态不能进行此操作"
