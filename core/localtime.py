"""China Standard Time for people, UTC in the database.

Why: timestamps are stored in UTC, but a "day" in a statistic, a date filter or
a practice streak is a calendar day in China (UTC+8, no daylight saving). Every
domain that groups or filters by day uses these, so the rule lives once.
"""
from __future__ import annotations

import datetime as dt

from pypika_tortoise.terms import CustomFunction
from tortoise.expressions import Function

LOCAL_OFFSET_HOURS = 8
LOCAL = dt.timezone(dt.timedelta(hours=LOCAL_OFFSET_HOURS))


class LocalDay(Function):
    """The calendar day (China Standard Time) of a UTC datetime column, per dialect."""

    def __init__(self, field: str, dialect: str):
        super().__init__(field)
        self.dialect = dialect

    def _get_function_field(self, field, *default_values):
        if self.dialect == "mysql":
            return CustomFunction("DATE", ["v"])(CustomFunction("ADDTIME", ["v", "d"])(
                field, f"{LOCAL_OFFSET_HOURS:02d}:00:00"))
        return CustomFunction("date", ["v", "m"])(field, f"+{LOCAL_OFFSET_HOURS} hours")


def utc_start(day: dt.date) -> dt.datetime:
    """The UTC instant at which the China calendar day `day` begins."""
    return dt.datetime.combine(day, dt.time(), tzinfo=LOCAL).astimezone(dt.timezone.utc)


def local_date(at: dt.datetime) -> dt.date:
    """The China calendar day of a UTC instant."""
    return (at + dt.timedelta(hours=LOCAL_OFFSET_HOURS)).date()


def within_days(qs, field: str, date_from: dt.date | None, date_to: dt.date | None):
    """`qs` narrowed to rows whose UTC `field` falls on the China days from `date_from` to `date_to`
    (both included; either may be open)."""
    if date_from:
        qs = qs.filter(**{f"{field}__gte": utc_start(date_from)})
    if date_to:
        qs = qs.filter(**{f"{field}__lt": utc_start(date_to + dt.timedelta(days=1))})
    return qs
