"""The offline WeChat Pay itself: it checks the merchant's request signatures as WeChat Pay does, signs
its answers, keeps its keys outside git (generated at first use), and production refuses it."""
from __future__ import annotations

import json
import os
import stat
import time

import httpx
import pytest

from core.payments import gateway, keys, offline
from core.settings import Settings, SettingsError
from tests.core.test_wechat_offline import PROD


def _authorization(bundle: dict, method: str, path: str, body: str, *, key: str | None = None,
                   timestamp: int | None = None, serial: str | None = None) -> str:
    stamp, nonce = str(timestamp or int(time.time())), "N" * 32
    sign = gateway.sign_base64(key or bundle["merchant_private_key"], f"{method}\n{path}\n{stamp}\n{nonce}\n{body}\n")
    return (f'WECHATPAY2-SHA256-RSA2048 mchid="{bundle["mchid"]}",nonce_str="{nonce}",signature="{sign}",'
            f'timestamp="{stamp}",serial_no="{serial or bundle["merchant_serial_no"]}"')


async def test_requests_must_carry_the_merchants_signature(wechatpay):
    b = wechatpay.bundle
    path = f"/v3/pay/transactions/out-trade-no/P0000001?mchid={b['mchid']}"
    url = wechatpay.api + path
    other_key, _ = keys._rsa_pem()
    async with httpx.AsyncClient() as c:
        refused = {
            "unsigned": await c.get(url),
            "another key": await c.get(url, headers={"Authorization": _authorization(b, "GET", path, "",
                                                                                     key=other_key)}),
            "another serial": await c.get(url, headers={"Authorization": _authorization(b, "GET", path, "",
                                                                                        serial="ABCDEF")}),
            "an old timestamp": await c.get(url, headers={"Authorization": _authorization(
                b, "GET", path, "", timestamp=int(time.time()) - 600)}),
            "another path": await c.get(url, headers={"Authorization": _authorization(b, "GET", "/v3/x", "")}),
        }
        for what, r in refused.items():
            assert (r.status_code, r.json()["code"]) == (401, "SIGN_ERROR"), what
        r = await c.get(url, headers={"Authorization": _authorization(b, "GET", path, ""),
                                      "Wechatpay-Serial": b["platform_public_key_id"]})
    # Signed right: WeChat Pay's answer (the order does not exist), signed with the platform key.
    assert (r.status_code, r.json()["code"]) == (404, "ORDER_NOT_EXIST")
    h = r.headers
    assert h["Wechatpay-Serial"] == b["platform_public_key_id"]
    message = f"{h['Wechatpay-Timestamp']}\n{h['Wechatpay-Nonce']}\n{r.text}\n"
    assert gateway.verify_base64(b["platform_public_key"], message, h["Wechatpay-Signature"])


async def test_the_cashier_checks_what_the_merchant_signed(pay_world, wechatpay):
    from core.payments import service as payments
    from tests.payments.conftest import ref

    started = await payments.checkout(actor=pay_world.payer, reference=ref(1), org_id=pay_world.hospital_id,
                                      amount_fen=100, description="测试")
    params = started["pay_params"]
    for changed in ({"paySign": params["paySign"][:-4] + "AAAA"}, {"nonceStr": "x" * 32},
                    {"package": "prepay_id=wx-unknown"}):
        r = await wechatpay.pay({**params, **changed})
        assert r.status_code == 400 and r.json()["err_msg"] == "get_brand_wcpay_request:fail", changed
    assert (await wechatpay.pay(params)).status_code == 200
    assert (await wechatpay.pay(params)).json()["err_msg"] == "get_brand_wcpay_request:ok"  # paid already: ok
    sent = await wechatpay.delivered()
    assert [n["event_type"] for n in sent] == ["TRANSACTION.SUCCESS"]
    resource = json.loads(sent[0]["body"])["resource"]
    assert resource["algorithm"] == "AEAD_AES_256_GCM" and resource["associated_data"] == "transaction"


@pytest.mark.nodb
def test_development_keys_are_made_once_outside_git(tmp_path):
    s = Settings.from_env({"HUIYI_ENV": "development", "WECHATPAY_DEV_DIR": str(tmp_path / "wp")})
    assert s.wechatpay_offline and s.wechatpay_api_base == "http://127.0.0.1:8000/dev/wechatpay"
    keys.forget_cached()
    merchant = keys.merchant(s)
    assert merchant.configured and merchant.public_key_id.startswith("PUB_KEY_ID_")
    bundle = tmp_path / "wp" / "bundle.json"
    assert stat.S_IMODE(os.stat(bundle).st_mode) == 0o600
    keys.forget_cached()
    assert keys.merchant(s) == merchant  # read back, not made again
    # Another process that lost the race to write it gets the winner's keys.
    assert keys.write_bundle(tmp_path / "wp", keys.generate())["merchant_serial_no"] == merchant.serial_no
    keys.forget_cached()
    # A configured merchant is never the development one, and is not offline by default.
    real = Settings.from_env({"HUIYI_ENV": "development", "WECHATPAY_MCHID": "1234567890"})
    assert not real.wechatpay_offline and real.wechatpay_api_base == "https://api.mch.weixin.qq.com"
    assert not keys.merchant(real).configured


@pytest.mark.nodb
def test_production_refuses_the_offline_wechatpay():
    with pytest.raises(SettingsError, match="WECHATPAY_OFFLINE"):
        Settings.from_env({**PROD, "WECHATPAY_OFFLINE": "1"})
    assert not Settings.from_env(PROD).wechatpay_offline
    with pytest.raises(SettingsError, match="PAYMENT_MINUTES"):
        Settings.from_env({**PROD, "PAYMENT_MINUTES": "1"})


async def test_an_unconfigured_merchant_is_a_clear_refusal(pay_world, settings):
    from core.payments import service as payments
    from core.payments.errors import NotConfigured
    from tests.payments.conftest import ref

    assert not settings.wechatpay_offline and not settings.wechatpay_mchid  # the tests' own settings
    with pytest.raises(NotConfigured) as exc:
        await payments.checkout(actor=pay_world.payer, reference=ref(1), org_id=pay_world.hospital_id,
                                amount_fen=100, description="测试")
    assert exc.value.status == 503
    offline.cancel_deliveries()
