"""Server-rendered admin console pages (Jinja2 + htmx + ECharts), under /admin.

Each module registers its pages on `blueprint`: auth (login, password, logout),
home (the dashboard by role), enrolment, physicians, review, imports, stats,
proctoring (proctor review of exam photos), records (the record room's console).
Our own css/js are served from admin_web/static; htmx and ECharts come from
admin_web/node_modules (installed by `make install` from package.json, not
committed) under /admin/static/vendor/.
"""
from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import file

from core.errors import NotFound

blueprint = Blueprint("admin_pages", url_prefix="/admin")

_ROOT = Path(__file__).resolve().parent.parent
blueprint.static("/static/app", str(_ROOT / "static"), name="own_static")

# The only vendor files the pages load; anything else under vendor/ is not served.
VENDOR = {
    "htmx.min.js": _ROOT / "node_modules" / "htmx.org" / "dist" / "htmx.min.js",
    "echarts.min.js": _ROOT / "node_modules" / "echarts" / "dist" / "echarts.min.js",
}


@blueprint.get("/static/vendor/<name:str>")
async def vendor(request: Request, name: str):
    path = VENDOR.get(name)
    if path is None or not path.is_file():
        raise NotFound("前端依赖未安装，请先运行 make install（npm install --prefix admin_web）",
                       details={"file": name})
    return await file(path, mime_type="text/javascript; charset=utf-8", max_age=3600,
                      headers={"X-Content-Type-Options": "nosniff"})


from admin_web.pages import (  # noqa: E402,F401
    auth, bank, blueprints, certificates, cycles, enrolment, home, imports, institutions, makeup, physicians,
    proctoring, records, review, stats,
)
from admin_web.pages import (  # noqa: E402,F401
    accounts, audit, consult_desk, doctors, faq, mp_accounts, orgs, payments, recycle, support, workstation,
)
from admin_web.pages import consult, consult_video, visits, visits_onboarding  # noqa: E402,F401
from admin_web.pages import insurance  # noqa: E402,F401
from admin_web.pages import outpatient  # noqa: E402,F401
from admin_web.pages import rx_rules  # noqa: E402,F401  (issue 14: 审方规则)

from admin_web.pages import medical_dicts  # noqa: E402,F401
from admin_web.pages import rx_console  # noqa: E402,F401
from admin_web.pages import pharmacy  # noqa: E402,F401
from admin_web.pages import rx_doctor, rx_review  # noqa: E402,F401
