"""Answer shapes of business dictionaries (the request shapes are the console's, in core.records.schemas)."""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import EditIn, Id
from core.outputs import Out


class DictKindOut(Out):
    kind: str
    label: str


class DictItemOut(Out):
    """One dictionary item."""
    id: int
    kind: str
    code: str
    label: str
    sort: int
    active: bool


# ---------------------------------------------------------------- 三大字典 (core/dicts/medical.py)

DRUG_KINDS = {"western": "西药", "chinese_patent": "中成药", "herbal": "中草药"}
CHARGE_CATEGORIES = {"lab": "检验", "imaging": "检查", "service": "服务", "material": "材料", "delivery": "配送"}
DrugKind = Literal["western", "chinese_patent", "herbal"]
ChargeCategory = Literal["lab", "imaging", "service", "material", "delivery"]
MAX_PRICE_FEN = 100_000_000  # 100 万元: far above any drug or item, far below INT
CODE = r"^[A-Za-z0-9_.\-]+$"
ICD10 = r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$"
PINYIN = r"^[A-Za-z0-9]*$"
INSURANCE_CODE = r"^[A-Za-z0-9_.\-]*$"  # 国家医保代码: letters and digits (XJ01CAA040E001010100001), or none


class DrugOut(Out):
    """One drug of the formulary (药品字典)."""
    id: int
    code: str
    kind: str
    generic_name: str
    trade_name: str
    form: str
    strength: str
    strength_value: Decimal
    dose_unit: str
    unit: str
    pack_size: int
    route: str
    price_fen: int
    insurance_code: str
    manufacturer: str
    knowledge_key: str
    pinyin: str
    enabled: bool


class DiagnosisOut(Out):
    """One ICD-10 diagnosis (诊断字典)."""
    id: int
    code: str
    name: str
    pinyin: str
    enabled: bool


class ChargeItemOut(Out):
    """One charge item (收费项目字典)."""
    id: int
    code: str
    name: str
    category: str
    unit: str
    price_fen: int
    insurance_code: str
    specimen: str
    pinyin: str
    enabled: bool


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class DrugIn(_In):
    code: str = Field(min_length=1, max_length=32, pattern=CODE, description="院内药品编码，唯一")
    kind: DrugKind = "western"
    generic_name: str = Field(min_length=1, max_length=64, description="通用名")
    trade_name: str = Field("", max_length=64, description="商品名")
    form: str = Field(min_length=1, max_length=16, description="剂型")
    strength: str = Field(min_length=1, max_length=32, description="规格")
    strength_value: Decimal = Field(gt=0, le=Decimal("99999999"), max_digits=12, decimal_places=4,
                                    description="每一剂量单位所含的量（以 dose_unit 计）")
    dose_unit: str = Field(min_length=1, max_length=8)
    unit: str = Field(min_length=1, max_length=8, description="售卖单位")
    pack_size: int = Field(1, ge=1, le=100_000)
    route: str = Field(min_length=1, max_length=16, description="默认给药途径")
    price_fen: int = Field(ge=0, le=MAX_PRICE_FEN, description="单价（分）")
    insurance_code: str = Field("", max_length=32, pattern=INSURANCE_CODE, description="国家医保药品代码")
    manufacturer: str = Field("", max_length=64)
    knowledge_key: str = Field("", max_length=48, pattern=r"^[a-z0-9_]*$", description="规则知识库中的药品键")
    pinyin: str = Field("", max_length=64, pattern=PINYIN, description="拼音首字母")
    enabled: bool = True


class DrugEditIn(EditIn):
    kind: DrugKind | None = None
    generic_name: str | None = Field(None, min_length=1, max_length=64)
    trade_name: str | None = Field(None, max_length=64)
    form: str | None = Field(None, min_length=1, max_length=16)
    strength: str | None = Field(None, min_length=1, max_length=32)
    strength_value: Decimal | None = Field(None, gt=0, le=Decimal("99999999"), max_digits=12, decimal_places=4)
    dose_unit: str | None = Field(None, min_length=1, max_length=8)
    unit: str | None = Field(None, min_length=1, max_length=8)
    pack_size: int | None = Field(None, ge=1, le=100_000)
    route: str | None = Field(None, min_length=1, max_length=16)
    price_fen: int | None = Field(None, ge=0, le=MAX_PRICE_FEN)
    insurance_code: str | None = Field(None, max_length=32, pattern=INSURANCE_CODE)
    manufacturer: str | None = Field(None, max_length=64)
    knowledge_key: str | None = Field(None, max_length=48, pattern=r"^[a-z0-9_]*$")
    pinyin: str | None = Field(None, max_length=64, pattern=PINYIN)
    enabled: bool | None = None


class DiagnosisIn(_In):
    code: str = Field(min_length=3, max_length=16, pattern=ICD10, description="ICD-10 编码，如 O21.0")
    name: str = Field(min_length=1, max_length=128)
    pinyin: str = Field("", max_length=64, pattern=PINYIN)
    enabled: bool = True


class DiagnosisEditIn(EditIn):
    name: str | None = Field(None, min_length=1, max_length=128)
    pinyin: str | None = Field(None, max_length=64, pattern=PINYIN)
    enabled: bool | None = None


class ChargeItemIn(_In):
    code: str = Field(min_length=1, max_length=32, pattern=CODE)
    name: str = Field(min_length=1, max_length=64)
    category: ChargeCategory
    unit: str = Field("次", min_length=1, max_length=8)
    price_fen: int = Field(ge=0, le=MAX_PRICE_FEN)
    insurance_code: str = Field("", max_length=32, pattern=INSURANCE_CODE)
    specimen: str = Field("", max_length=16)
    pinyin: str = Field("", max_length=64, pattern=PINYIN)
    enabled: bool = True


class ChargeItemEditIn(EditIn):
    name: str | None = Field(None, min_length=1, max_length=64)
    category: ChargeCategory | None = None
    unit: str | None = Field(None, min_length=1, max_length=8)
    price_fen: int | None = Field(None, ge=0, le=MAX_PRICE_FEN)
    insurance_code: str | None = Field(None, max_length=32, pattern=INSURANCE_CODE)
    specimen: str | None = Field(None, max_length=16)
    pinyin: str | None = Field(None, max_length=64, pattern=PINYIN)
    enabled: bool | None = None


class EnableIn(_In):
    """Batch enable or disable: at most 200 ids."""
    ids: list[Id] = Field(min_length=1, max_length=200)
    enabled: bool


class MedicalFilter(_In):
    """The console's filters of a medical dictionary: text (code, names, pinyin initials), drug kind
    or charge category, enabled."""
    q: str = Field("", max_length=64)
    kind: DrugKind | None = None
    category: ChargeCategory | None = None
    enabled: bool | None = None
