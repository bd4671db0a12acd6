"""The demo's 三大字典: a maternal and child hospital's small formulary (every drug the review rules'
knowledge set names, by its knowledge key, plus a few without rules), about sixty ICD-10 diagnoses
of obstetrics, gynaecology, paediatrics and the common adult conditions of pregnancy, and the charge
items of lab and imaging requests with the 配送费 the pharmacy charges for delivery.

Why: prescribing, review, the pharmacy and the insurance centre all need these rows before the
demo's prescriptions can exist, and a deployment starts from something it can edit. Names, forms
and strengths follow the products' labels (说明书); prices are plausible retail prices in fen;
insurance codes follow the shape of 国家医保药品分类与代码 (23 characters: X/Z, the ATC group, the
generic name, the form, ...; 饮片 T + 9 digits) and of 医疗服务项目 codes, but are not real codes.
Idempotent: a row whose code exists is left as it is (an administrator may have edited it).
"""
from __future__ import annotations

from decimal import Decimal

from core.dicts.models import ChargeItem, Diagnosis, Drug

# code, knowledge key, kind, generic name, trade name, form, strength, strength value, dose unit, unit, pack
# size, route, price (fen), insurance code, manufacturer, pinyin initials
DRUGS = (
    ("XY0001", "amoxicillin", "western", "阿莫西林胶囊", "阿莫仙", "胶囊", "0.25g*24粒", "250", "mg", "盒", 24, "口服",
     1850, "XJ01CAA040E001010100431", "珠海联邦制药股份有限公司", "AMXLJN"),
    ("XY0002", "cefuroxime", "western", "头孢呋辛酯片", "西力欣", "片剂", "0.25g*12片", "250", "mg", "盒", 12, "口服",
     3560, "XJ01DCT029A001010101552", "葛兰素史克制药(苏州)有限公司", "TBFXZP"),
    ("XY0003", "ceftriaxone", "western", "注射用头孢曲松钠", "罗氏芬", "注射剂", "1g", "1000", "mg", "支", 1, "静脉滴注",
     1800, "XJ01DDT026B001010100834", "上海罗氏制药有限公司", "ZSYTBQSN"),
    ("XY0004", "azithromycin", "western", "阿奇霉素片", "希舒美", "片剂", "0.25g*6片", "250", "mg", "盒", 6, "口服",
     2850, "XJ01FAA069A001010102345", "辉瑞制药有限公司", "AQMSP"),
    ("XY0005", "metronidazole", "western", "甲硝唑片", "", "片剂", "0.2g*21片", "200", "mg", "盒", 21, "口服",
     450, "XP01ABJ025A001010100218", "华中药业股份有限公司", "JXZP"),
    ("XY0006", "paracetamol", "western", "对乙酰氨基酚片", "泰诺林", "片剂", "0.5g*12片", "500", "mg", "盒", 12, "口服",
     620, "XN02BED024A001010103346", "上海强生制药有限公司", "DYXAJFP"),
    ("XY0007", "ibuprofen", "western", "布洛芬混悬液", "美林", "混悬液", "100ml:2g", "20", "mg", "瓶", 100, "口服",
     2480, "XN02BAB036X001010100957", "上海强生制药有限公司", "BLFHXY"),
    ("XY0008", "folic_acid", "western", "叶酸片", "斯利安", "片剂", "0.4mg*31片", "0.4", "mg", "盒", 31, "口服",
     1200, "XB03BBY033A001010100612", "北京斯利安药业有限公司", "YSP"),
    ("XY0009", "ferrous_succinate", "western", "琥珀酸亚铁片", "速力菲", "片剂", "0.1g*24片", "100", "mg", "盒", 24,
     "口服", 2250, "XB03AAH081A001010101127", "南京金陵制药股份有限公司", "HPSYTP"),
    ("XY0010", "calcium_carbonate", "western", "碳酸钙D3片", "钙尔奇", "片剂", "600mg(以钙计)*60片", "600", "mg", "瓶",
     60, "口服", 4980, "XA12AXT015A001010104478", "惠氏制药有限公司", "TSGD3P"),
    ("XY0011", "vitamin_b6", "western", "维生素B6片", "", "片剂", "10mg*100片", "10", "mg", "瓶", 100, "口服",
     350, "XA11HAW052A001010100703", "华中药业股份有限公司", "WSSB6P"),
    ("XY0012", "metoclopramide", "western", "甲氧氯普胺片", "胃复安", "片剂", "5mg*100片", "5", "mg", "瓶", 100, "口服",
     480, "XA03FAJ019A001010102231", "山东新华制药股份有限公司", "JYLPAP"),
    ("XY0013", "labetalol", "western", "盐酸拉贝洛尔片", "", "片剂", "50mg*60片", "50", "mg", "瓶", 60, "口服",
     2860, "XC07AGL012A001010100389", "江苏迪赛诺制药有限公司", "YSLBLEP"),
    ("XY0014", "nifedipine", "western", "硝苯地平控释片", "拜新同", "控释片", "30mg*7片", "30", "mg", "盒", 7, "口服",
     3320, "XC08CAX009A010010101865", "拜耳医药保健有限公司", "XBDPKSP"),
    ("XY0015", "warfarin", "western", "华法林钠片", "", "片剂", "2.5mg*60片", "2.5", "mg", "瓶", 60, "口服",
     2300, "XB01AAH026A001010100140", "齐鲁制药有限公司", "HFLNP"),
    ("XY0016", "aspirin", "western", "阿司匹林肠溶片", "拜阿司匹灵", "肠溶片", "100mg*30片", "100", "mg", "盒", 30,
     "口服", 1560, "XB01ACA056A012010100342", "拜耳医药保健有限公司", "ASPLCRP"),
    ("XY0017", "levothyroxine", "western", "左甲状腺素钠片", "优甲乐", "片剂", "50μg*100片", "50", "μg", "盒", 100,
     "口服", 2980, "XH03AAZ021A001010101786", "默克制药(江苏)有限公司", "ZJZXSNP"),
    ("XY0018", "metformin", "western", "盐酸二甲双胍片", "格华止", "片剂", "0.5g*20片", "500", "mg", "盒", 20, "口服",
     1890, "XA10BAE013A001010102990", "中美上海施贵宝制药有限公司", "YSEJSGP"),
    ("XY0019", "misoprostol", "western", "米索前列醇片", "", "片剂", "0.2mg*3片", "0.2", "mg", "盒", 3, "口服",
     3500, "XG02ADM041A001010100215", "华润紫竹药业有限公司", "MSQLCP"),
    ("XY0020", "isotretinoin", "western", "异维A酸软胶囊", "泰尔丝", "软胶囊", "10mg*20粒", "10", "mg", "盒", 20, "口服",
     4580, "XD10BAY005E002010100316", "重庆华邦制药有限公司", "YWASRJN"),
    ("XY0021", "montelukast", "western", "孟鲁司特钠咀嚼片", "顺尔宁", "咀嚼片", "4mg*5片", "4", "mg", "盒", 5, "口服",
     2960, "XR03DCM094A009010101603", "杭州默沙东制药有限公司", "MLSTNJJP"),
    ("XY0022", "loratadine", "western", "氯雷他定片", "开瑞坦", "片剂", "10mg*6片", "10", "mg", "盒", 6, "口服",
     1890, "XR06AXL074A001010102871", "拜耳医药(上海)有限公司", "LLTDP"),
    ("XY0023", "oseltamivir", "western", "磷酸奥司他韦胶囊", "达菲", "胶囊", "75mg*10粒", "75", "mg", "盒", 10, "口服",
     8980, "XJ05AHA047E001010101022", "上海罗氏制药有限公司", "LSASTWJN"),
    ("XY0024", "calcium_gluconate", "western", "葡萄糖酸钙注射液", "", "注射液", "10ml:1g", "1000", "mg", "支", 1,
     "静脉滴注", 90, "XA12AAP030B002010100549", "河北天成药业股份有限公司", "PTTSGZSY"),
    ("XY0025", "sodium_chloride", "western", "氯化钠注射液", "", "注射液", "250ml:2.25g", "250", "ml", "袋", 1,
     "静脉滴注", 320, "XB05XAL063B002020100917", "四川科伦药业股份有限公司", "LHNZSY"),
    # Without rules of their own (the knowledge set does not name them): everyday items of the clinics.
    ("XY0026", "", "western", "黄体酮软胶囊", "安琪坦", "软胶囊", "0.1g*30粒", "100", "mg", "盒", 30, "口服",
     8650, "XG03DAH022E002010101104", "法国贝素大药厂", "HTTRJN"),
    ("XY0027", "", "western", "多维元素片(29)", "善存", "片剂", "60片", "1", "片", "瓶", 60, "口服",
     9800, "XA11AAD118A001010100658", "惠氏制药有限公司", "DWYSP"),
    ("XY0028", "", "western", "蒙脱石散", "思密达", "散剂", "3g*10袋", "3", "g", "盒", 10, "口服",
     1860, "XA07BCM066P001010100771", "博福-益普生(天津)制药有限公司", "MTSS"),
    ("XY0029", "", "western", "开塞露(含甘油)", "", "灌肠剂", "20ml", "20", "ml", "支", 1, "直肠给药",
     150, "XA06AGK003Q001010102219", "上海运佳黄浦制药有限公司", "KSL"),
    ("ZC0001", "", "chinese_patent", "小柴胡颗粒", "", "颗粒剂", "10g*9袋", "10", "g", "盒", 9, "口服",
     1650, "ZA01BAX0136010302931", "广州白云山光华制药股份有限公司", "XCHKL"),
    ("ZC0002", "", "chinese_patent", "蒲地蓝消炎口服液", "", "口服液", "10ml*10支", "10", "ml", "盒", 10, "口服",
     3280, "ZA04BAP0230010205873", "济川药业集团有限公司", "PDLXYKFY"),
    ("ZY0001", "danggui", "herbal", "当归", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 12, "T001700643", "", "DG"),
    ("ZY0002", "huangqi", "herbal", "黄芪", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 8, "T001700245", "", "HQ"),
    ("ZY0003", "baizhu", "herbal", "白术", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 10, "T001700210", "", "BZ"),
    ("ZY0004", "dangshen", "herbal", "党参", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 15, "T001700218", "", "DS"),
    ("ZY0005", "gancao", "herbal", "甘草", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 6, "T001700121", "", "GC"),
    ("ZY0006", "haizao", "herbal", "海藻", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 9, "T001701013", "", "HZ"),
    ("ZY0007", "honghua", "herbal", "红花", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 60, "T001700534", "", "HH"),
    ("ZY0008", "taoren", "herbal", "桃仁", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 14, "T001700688", "", "TR"),
    ("ZY0009", "aiye", "herbal", "艾叶", "", "饮片", "1g", "1", "g", "g", 1, "煎服", 5, "T001700457", "", "AY"),
)

# ICD-10 code, name, pinyin initials
DIAGNOSES = (
    ("O20.0", "先兆流产", "XZLC"), ("O21.0", "轻度妊娠剧吐", "QDRSJT"), ("O21.1", "妊娠剧吐伴代谢紊乱", "RSJTBDXWL"),
    ("O13", "妊娠期高血压", "RSQGXY"), ("O14.0", "轻度子痫前期", "QDZXQQ"), ("O23.4", "妊娠期泌尿道感染", "RSQMNDGR"),
    ("O23.5", "妊娠期生殖道感染", "RSQSZDGR"), ("O24.4", "妊娠期糖尿病", "RSQTNB"),
    ("O26.8", "妊娠相关的其他特指情况", "RSXGDQTTZQK"), ("O36.5", "胎儿生长受限", "TESZSX"),
    ("O47.0", "妊娠37整周前假临产", "RS37ZZQJLC"), ("O60.0", "先兆早产", "XZZC"), ("O80.0", "头位顺产", "TWSC"),
    ("O86.2", "产后泌尿道感染", "CHMNDGR"), ("O91.2", "产后急性乳腺炎", "CHJXRXY"), ("O92.7", "产后缺乳", "CHQR"),
    ("O99.0", "妊娠合并贫血", "RSHBPX"), ("O99.2", "妊娠合并甲状腺功能减退", "RSHBJZXGNJT"),
    ("O99.5", "妊娠合并呼吸系统疾病", "RSHBHXXTJB"), ("O99.8", "妊娠合并过敏性鼻炎", "RSHBGMXBY"),
    ("Z34.0", "首次正常妊娠监督", "SCZCRSJD"), ("Z34.9", "正常妊娠监督", "ZCRSJD"), ("Z35.9", "高危妊娠监督", "GWRSJD"),
    ("Z39.2", "产后常规随访", "CHCGSF"), ("Z30.0", "避孕咨询", "BYZX"), ("Z00.1", "儿童常规健康检查", "ETCGJKJC"),
    ("N76.0", "急性阴道炎", "JXYDY"), ("B37.3", "外阴阴道假丝酵母菌病", "WYYDJSJMJB"), ("N73.9", "盆腔炎性疾病", "PQYXJB"),
    ("N92.0", "月经过多", "YJGD"), ("N94.6", "痛经", "TJ"), ("E28.2", "多囊卵巢综合征", "DNLCZHZ"),
    ("N97.9", "女性不孕症", "NXBYZ"), ("A59.0", "泌尿生殖道滴虫病", "MNSZDDCB"),
    ("J06.9", "急性上呼吸道感染", "JXSHXDGR"), ("J02.9", "急性咽炎", "JXYY"), ("J03.9", "急性扁桃体炎", "JXBTTY"),
    ("J20.9", "急性支气管炎", "JXZQGY"), ("J18.9", "肺炎", "FY"), ("J45.9", "支气管哮喘", "ZQGXC"),
    ("J30.4", "变应性鼻炎", "BYXBY"), ("J11.1", "流行性感冒", "LXXGM"), ("A08.4", "病毒性肠道感染", "BDXCDGR"),
    ("A09.9", "胃肠炎", "WCY"), ("K59.0", "便秘", "BM"), ("L20.9", "特应性皮炎", "TYXPY"), ("L50.9", "荨麻疹", "XMZ"),
    ("R50.9", "发热", "FR"), ("R05", "咳嗽", "KS"), ("P59.9", "新生儿黄疸", "XSEHD"), ("E55.9", "维生素D缺乏", "WSSDQF"),
    ("D50.9", "缺铁性贫血", "QTXPX"), ("H66.9", "中耳炎", "ZEY"), ("B08.4", "手足口病", "SZKB"), ("B01.9", "水痘", "SD"),
    ("L70.0", "寻常痤疮", "XCCC"), ("I10", "原发性高血压", "YFXGXY"), ("E11.9", "2型糖尿病", "2XTNB"),
    ("E03.9", "甲状腺功能减退症", "JZXGNJTZ"), ("E05.9", "甲状腺功能亢进症", "JZXGNKJZ"), ("I48", "心房颤动", "XFCD"),
    ("I80.2", "下肢深静脉血栓形成", "XZSJMXSXC"), ("K21.9", "胃食管反流病", "WSGFLB"), ("K29.7", "胃炎", "WY"),
    ("N39.0", "泌尿道感染", "MNDGR"), ("R51", "头痛", "TT"),
)

# code, name, category, unit, price (fen), insurance (service) code, specimen or body part, pinyin initials
CHARGE_ITEMS = (
    ("JY0001", "血常规", "lab", "次", 2000, "250101015", "血液", "XCG"),
    ("JY0002", "尿常规", "lab", "次", 1000, "250102001", "尿液", "NCG"),
    ("JY0003", "肝功能", "lab", "次", 6000, "250301001", "血液", "GGN"),
    ("JY0004", "肾功能", "lab", "次", 4500, "250302001", "血液", "SGN"),
    ("JY0005", "甲功三项", "lab", "次", 9000, "250309001", "血液", "JGSX"),
    ("JY0006", "口服葡萄糖耐量试验", "lab", "次", 3500, "250304001", "血液", "KFPTTNLSY"),
    ("JY0007", "C反应蛋白测定", "lab", "次", 2500, "250305001", "血液", "CFYDBCD"),
    ("JY0008", "凝血功能", "lab", "次", 5000, "250203001", "血液", "NXGN"),
    ("JY0009", "白带常规", "lab", "次", 1500, "250104001", "分泌物", "BDCG"),
    ("JY0010", "甲型/乙型流感病毒抗原检测", "lab", "次", 8000, "250403001", "咽拭子", "JXYXLGBDKYJC"),
    ("JC0001", "产科B超", "imaging", "次", 15000, "220600001", "子宫附件", "CKBC"),
    ("JC0002", "胎儿系统超声", "imaging", "次", 30000, "220600002", "胎儿", "TEXTCS"),
    ("JC0003", "胎心监护", "imaging", "次", 4000, "311201001", "胎心", "TXJH"),
    ("JC0004", "胸片", "imaging", "次", 6000, "210102001", "胸部", "XP"),
    ("JC0005", "心电图", "imaging", "次", 2500, "310701001", "心脏", "XDT"),
    ("JC0006", "甲状腺彩超", "imaging", "次", 12000, "220301001", "甲状腺", "JZXCC"),
    ("FW0001", "互联网复诊费", "service", "次", 1000, "111000001", "", "HLWFZF"),
    ("FW0002", "静脉输液", "service", "次", 800, "120400001", "", "JMSY"),
    ("FW0003", "雾化吸入", "service", "次", 1200, "120900001", "", "WHXR"),
    ("CL0001", "一次性输液器", "material", "套", 350, "", "", "YCXSYQ"),
    ("PS0001", "配送费", "delivery", "单", 1000, "", "", "PSF"),
)


async def seed_medical_dicts() -> dict[str, int]:
    """Create what is missing (by code); answers how many rows of each were created."""
    created = {"drugs": 0, "diagnoses": 0, "charge_items": 0}
    known = set(await Drug.all().values_list("code", flat=True))
    new = []
    for (code, key, kind, name, trade, form, strength, value, dose_unit, unit, pack, route, price, insurance,
         maker, pinyin) in DRUGS:
        if code not in known:
            new.append(Drug(code=code, knowledge_key=key, kind=kind, generic_name=name, trade_name=trade, form=form,
                            strength=strength, strength_value=Decimal(value), dose_unit=dose_unit, unit=unit,
                            pack_size=pack, route=route, price_fen=price, insurance_code=insurance,
                            manufacturer=maker, pinyin=pinyin))
    if new:
        await Drug.bulk_create(new)
    created["drugs"] = len(new)
    known = {c.upper() for c in await Diagnosis.all().values_list("code", flat=True)}
    new = [Diagnosis(code=code, name=name, pinyin=pinyin) for code, name, pinyin in DIAGNOSES if code not in known]
    if new:
        await Diagnosis.bulk_create(new)
    created["diagnoses"] = len(new)
    known = set(await ChargeItem.all().values_list("code", flat=True))
    new = [ChargeItem(code=code, name=name, category=category, unit=unit, price_fen=price, insurance_code=insurance,
                      specimen=specimen, pinyin=pinyin)
           for code, name, category, unit, price, insurance, specimen, pinyin in CHARGE_ITEMS if code not in known]
    if new:
        await ChargeItem.bulk_create(new)
    created["charge_items"] = len(new)
    return created
