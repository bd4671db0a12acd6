"""Business dictionaries maintained in the console (record purposes, record contents, ...)."""
from __future__ import annotations

from tortoise import fields

from core.db import TimestampedModel


class DictItem(TimestampedModel):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # record_purpose / record_content / ...
    code = fields.CharField(max_length=32)
    label = fields.CharField(max_length=64)
    sort = fields.IntField(default=0)
    active = fields.BooleanField(default=True)
    extra = fields.JSONField(default=dict)

    class Meta:
        table = "dict_item"
        unique_together = (("kind", "code"),)


# ---------------------------------------------------------------- 三大字典 (seed 004 综合管理后台 12)
# The medical dictionaries prescribing, review, pharmacy, invoices and the insurance centre all
# read: drugs, diagnoses (ICD-10) and charge items. One deployment-wide list each, kept by
# `dicts.medical`; a row in use is disabled, never deleted (prescriptions keep their snapshot).

class Drug(TimestampedModel):
    """One drug of the formulary (药品字典): names, form, strength, unit, route, price, insurance code."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)  # the hospital s own drug code
    kind = fields.CharField(max_length=16, default="western")  # western / chinese_patent / herbal (中草药饮片)
    generic_name = fields.CharField(max_length=64, db_index=True)  # 通用名
    trade_name = fields.CharField(max_length=64, default="")  # 商品名
    form = fields.CharField(max_length=16)  # 剂型: 片剂 / 胶囊 / 颗粒 / 注射液 / 饮片 / ...
    strength = fields.CharField(max_length=32)  # 规格 as printed: 0.25g*24粒
    strength_value = fields.DecimalField(max_digits=12, decimal_places=4)  # per dosage unit, in dose_unit
    dose_unit = fields.CharField(max_length=8)  # mg / g / ml / IU / 粒 ...: what a dose is written in
    unit = fields.CharField(max_length=8)  # 售卖单位: 盒 / 瓶 / 支 / g
    pack_size = fields.IntField(default=1)  # dosage units per selling unit (24 for 0.25g*24粒)
    route = fields.CharField(max_length=16)  # default route: 口服 / 静脉滴注 / 肌内注射 / 外用 / 煎服
    price_fen = fields.IntField()  # per selling unit
    insurance_code = fields.CharField(max_length=32, default="", db_index=True)  # 国家医保药品代码
    manufacturer = fields.CharField(max_length=64, default="")
    knowledge_key = fields.CharField(max_length=48, default="", db_index=True)  # rules name drugs by this
    pinyin = fields.CharField(max_length=64, default="")  # 拼音首字母, for the prescribing search
    enabled = fields.BooleanField(default=True)

    class Meta:
        table = "dict_drug"


class Diagnosis(TimestampedModel):
    """One diagnosis of the ICD-10 list in use (诊断字典)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)  # ICD-10: O21.0
    name = fields.CharField(max_length=128, db_index=True)
    pinyin = fields.CharField(max_length=64, default="")
    enabled = fields.BooleanField(default=True)

    class Meta:
        table = "dict_diagnosis"


class ChargeItem(TimestampedModel):
    """One charge item (收费项目): lab and imaging requests, services, materials."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64, db_index=True)
    category = fields.CharField(max_length=16)  # lab 检验 / imaging 检查 / service 服务 / material 材料 / delivery 配送
    unit = fields.CharField(max_length=8, default="次")
    price_fen = fields.IntField()
    insurance_code = fields.CharField(max_length=32, default="")
    specimen = fields.CharField(max_length=16, default="")  # lab: 血液 / 尿液 ...; imaging: the body part
    pinyin = fields.CharField(max_length=64, default="")
    enabled = fields.BooleanField(default=True)

    class Meta:
        table = "dict_charge_item"
