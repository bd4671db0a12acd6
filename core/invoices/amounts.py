"""Money as invoices write it: 元 with two decimals, and in Chinese capitals (大写金额).

Why: a Chinese invoice states the total twice, in figures and in capitals (价税合计（大写）), the
capitals being what cannot be altered by adding a stroke; the rules (零 for a run of zeros, 万 and
亿 groups, 整 when there are no 角 or 分) are those of the People's Bank's 支付结算办法 (正确填写票据和结算凭证的基本规定).
"""
from __future__ import annotations

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def yuan(fen: int) -> str:
    """12345 → "123.45"; negative with a minus."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def _integer(n: int) -> str:
    text = str(n)
    out, zero = [], False
    for i, ch in enumerate(text):
        pos = len(text) - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero and out:
                out.append("零")
            zero = False
            out.append(_DIGITS[d] + _UNITS[pos % 4])
        if pos % 4 == 0 and pos > 0 and int(text[max(0, i - 3):i + 1]) != 0:
            out.append(_GROUPS[pos // 4])
    return "".join(out)


def capitals(fen: int) -> str:
    """The amount in capitals: 10050 → 壹佰元伍角; 100 → 壹元整; 5 → 伍分; 0 → 零元整; -100 → 负壹元整."""
    if fen < 0:
        return "负" + capitals(-fen)
    if fen >= 10 ** 16:
        raise ValueError("amount too large for an invoice")
    whole, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    out = _integer(whole) + "元" if whole else ""
    if jiao == 0 and cents == 0:
        return out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif whole:
        out += "零"
    if cents:
        out += _DIGITS[cents] + "分"
    return out
