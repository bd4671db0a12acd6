"""Demo people whose ID numbers tell the truth about them.

Why: a GB 11643 ID number carries its holder's region (digits 1-6), birth date
(7-14) and sex (the 17th digit is odd for men), and the service derives gender
and birth date from it (core/family/patients.py) and checks its check digit
(core/idcard.py). Demo people are drawn so that name, sex, birth date and
region all agree with the number, and the number has a valid check digit.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from core import idcard

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = {
    "男": ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "建国", "志刚", "海峰", "文博", "国平", "晓东",
          "俊杰", "宏伟", "振华", "子豪"],
    "女": ["芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "桂英", "玉兰", "婷", "雪梅", "晓燕", "丹丹", "慧敏",
          "佳怡", "欣然", "春梅", "丽华", "淑珍"],
}


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    phone: str
    gender: str  # 男 / 女, as the ID number says
    birth_date: dt.date


def id_number(region: str, born: dt.date, gender: str, serial: int) -> str:
    """A valid 18-digit number: region, birth date, a 3-digit order code whose last digit is
    odd for men and even for women, and the check digit."""
    order = serial % 100 * 10 + (1 if gender == "男" else 0) + 2 * (serial // 100 % 5)
    return idcard.with_check_digit(f"{region}{born:%Y%m%d}{order:03d}")


def gender_of(number: str) -> str:
    return "男" if int(number[16]) % 2 else "女"


def birth_of(number: str) -> dt.date:
    return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def person(rng: random.Random, region: str, serial: int, *, born_from: int = 1965, born_to: int = 1996) -> Person:
    gender = rng.choice(("男", "女"))
    born = dt.date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
    number = id_number(region, born, gender, serial)
    phone = f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    return Person(rng.choice(SURNAMES) + rng.choice(GIVEN[gender]), number, phone, gender, born)


def known(name: str, number: str, phone: str) -> Person:
    """A fixed demo person (a persona), checked like the drawn ones."""
    assert idcard.problem(number) is None, number
    return Person(name, number, phone, gender_of(number), birth_of(number))
