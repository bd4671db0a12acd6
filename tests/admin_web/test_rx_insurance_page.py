"""医保电子处方 at the doctor's workstation (seed 003 门诊医生工作站改造: 电子处方保存、撤销及购药提示单打印)
in Chromium: on 我的处方, an approved prescription is saved to the insurance e-prescription centre (the
loopback centre of tests/insurance_stub.py, which the served process reaches over TCP), its 购药提示单
opens as a PDF naming the centre's prescription number, and it is revoked with a reason."""
from __future__ import annotations

import io

import pytest
from playwright.async_api import expect
from pypdf import PdfReader

from core.accounts.models import AdminAccount
from core.insurance.models import InsuranceRx
from tests import factories
from tests.admin_web.test_browser import _login, browser, page  # noqa: F401  (fixtures)
from tests.insurance_stub import InsuranceStub
from tests.live_server import serve

pytestmark = pytest.mark.e2e
APP_ID, SECRET = "rx-page-centre", "rx-page-centre-secret-0123456789"


@pytest.fixture(scope="module")
def server(settings, database, tmp_path_factory):
    """The served app pointed at a loopback insurance centre of its own."""
    centre = InsuranceStub(app_id=APP_ID, secret=SECRET).start()
    tmp = tmp_path_factory.mktemp("rx-insurance-server")
    env = dict(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, HUIYI_ENV="test",
               STORAGE_DIR=str(settings.storage_dir), LOG_LEVEL="WARNING", PROXIES_COUNT="0",
               INSURANCE_API_BASE=centre.base, INSURANCE_APP_ID=APP_ID, INSURANCE_APP_SECRET=SECRET,
               INSURANCE_OFFLINE="0")
    try:
        with serve(env, tmp / "server.log") as base:
            yield base
    finally:
        centre.stop()


async def test_the_doctor_saves_prints_and_revokes_an_insurance_prescription(page, server):  # noqa: F811
    w = await factories.rx_world()
    rx = await factories.rx_signed_approved(w, items=(("folic_acid", "0.4", "qd", 30, 1),))
    await _login(page, server, (await AdminAccount.get(id=w.doctor_actor.id)).username)
    await page.wait_for_url(server + "/admin/**")
    await page.goto(f"{server}/admin/workstation/rx?id={rx.id}")
    box = page.locator("[data-insurance]")
    await expect(box).to_be_visible()
    await expect(box.locator("[data-insurance-state]")).to_have_text("尚未提交医保电子处方中心")

    await box.locator("[data-act=insurance-save]").click()
    await expect(box.locator("[data-insurance-state]")).to_contain_text("医保处方编号")
    row = await InsuranceRx.get(prescription_id=rx.id)
    assert row.state == "uploaded" and row.hi_rxno
    await expect(box.locator("[data-insurance-state]")).to_contain_text(row.hi_rxno)
    await expect(box.locator("[data-act=insurance-save]")).to_be_hidden()

    # 购药提示单: the PDF the link opens names the centre's number.
    href = await box.locator("[data-insurance-slip]").get_attribute("href")
    slip = await page.request.get(server + href)
    assert slip.status == 200 and slip.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(await slip.body())).pages)
    assert row.hi_rxno in text and "购药提示单" in text

    # Revoked with a reason: the centre's record and ours both say so, and it can be saved again.
    await box.locator("[data-insurance-revoke] input[name=reason]").fill("患者改为自费购药")
    await box.locator("[data-act=insurance-revoke]").click()
    await expect(box.locator("[data-insurance-state]")).to_contain_text("撤销")
    assert (await InsuranceRx.get(prescription_id=rx.id)).state == "revoked"
    await expect(box.locator("[data-act=insurance-save]")).to_be_visible()
