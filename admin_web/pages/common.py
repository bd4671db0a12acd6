"""What every console page shares: the templates, the admin session, errors
shown as pages, filters and paging, per-row outcomes of batch actions.

Why: the pages are server-rendered HTML over the same services as the JSON
API. One decorator gives every page the admin cookie session (with the CSRF
check on writes) and turns the one error model into something a person can
read: an expired session goes back to the login page, a first login to the
password page, any other AppError becomes a page (or, for an htmx request, an
alert swapped into the flash area) with the same message the API would send.
List pages share one way of reading filters, paging and batch outcomes, and
answer htmx requests with just the list fragment.

Every form post ends in a redirect (POST → 303 → GET, `see_other`), so a reload
never repeats a write and the address bar always shows a page that can be
reloaded. What the post has to say (a batch's outcome row by row, a notice, the
errors of a refused form with what was typed, a password shown once) crosses the
redirect as a flash: encrypted in Redis for a few minutes under a random token
named in the redirect's query (`?flash=`), bound to the account that posted,
read once by the GET that follows. The rule for refusals: a person's mistake on a
normal form post is redirected back to the form with its errors flashed; an htmx
post is answered with the 4xx fragment in place (htmx swaps it) — nothing was
written, and the page around it stays as it was. A GET that shows a flash to
htmx also sends `HX-Trigger: counts-changed`, so the counts outside the swapped
part (state tabs, badges) reload themselves (`hx-trigger="counts-changed from:body"`).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
import secrets
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import wraps
from pathlib import Path
from types import MappingProxyType
from typing import Any, Awaitable, Callable, Iterable, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ValidationError
from sanic import Request
from sanic.response import HTTPResponse, html, redirect

from admin_web.api.guard import admin_required
from core import crypto
from core.batch import RowResult
from core.cache import redis
from core.errors import AppError, InternalError, ValidationFailed
from core.imports import field_message  # the Chinese sentence for a pydantic error
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal

log = logging.getLogger("huiyi.pages")
T = TypeVar("T", bound=BaseModel)

ROOT = Path(__file__).resolve().parent.parent
LOCAL_TZ = ZoneInfo("Asia/Shanghai")
PAGE_SIZES = (20, 50, 100)

# Pages carry personal data: never cached, never framed, scripts only from us.
# Read-only: Sanic's `redirect` writes Location into the dict it is given, and a shared
# dict would then carry one person's redirect into every later answer. Every response
# gets its own copy (`page_headers()`); module-level header constants are always
# MappingProxyType (tests/admin_web/test_response_headers.py checks every module).
PAGE_HEADERS = MappingProxyType({
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
})


def fen_of(raw: str) -> int | str:
    """元 as typed ("30", "29.9") in fen, or the text itself for the form's schema to refuse."""
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return raw
    if not value.is_finite():  # NaN, Infinity: nothing to multiply
        return raw
    fen = value * 100
    return int(fen) if fen == fen.to_integral_value() else raw


def page_headers(extra: dict | None = None) -> dict[str, str]:
    """A fresh dict of the page headers (plus this answer's own) for one response."""
    return {**PAGE_HEADERS, **(extra or {})}


def _local(value: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time as the wall clock in China."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(LOCAL_TZ).strftime(fmt)
    return str(value)


env = Environment(loader=FileSystemLoader(ROOT / "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["local"] = _local


# ---------------------------------------------------------------- navigation by role

MEDICAL = frozenset({OrgKind.MEDICAL.value})
ASSESSMENT = frozenset({OrgKind.ASSESSMENT.value})
COMMISSIONS = frozenset({OrgKind.PROVINCE.value, OrgKind.CITY.value, OrgKind.COUNTY.value})
PROVINCE = frozenset({OrgKind.PROVINCE.value})  # the province's own functions (cycles, bank, make-up)


@dataclass(frozen=True)
class NavItem:
    label: str
    href: str
    permission: str | None = None
    # The kinds of organisation that have this function (seed 000: enrolment and
    # adding physicians are the medical institution's, re-review the assessment institution's).
    kinds: frozenset[str] | None = None
    # A page of the periodic assessment (seed 000): shown only in trees that run it
    # (`runs_assessment`), not to a records-only district.
    assessment: bool = False
    # A page of record copies' daily work (seed 003): shown only in trees where an institution
    # offers record copies (`runs_records`); the settings pages stay, they open the service.
    records: bool = False
    # A page of 帮助与反馈's daily work (seed 004): shown only where a hospital of the actor's scope
    # has a desk (`runs_support`); 客服台设置, which opens desks, stays.
    support: bool = False
    # A page of the internet hospital's operations (seed 004 运营中心): shown only where a hospital of the
    # actor's scope has doctors (`runs_consult`).
    consult: bool = False
    # A page of payments' daily work (orders, refunds): shown only where an institution of the
    # actor's scope has taken payment orders (`runs_payments`).
    payments: bool = False
    # A page of 就医助手 (seed 003 门诊就医助手): shown only where an institution of the actor's scope
    # has a HIS connection (`runs_visits`).
    visits: bool = False
    # The doctor's workstation: shown only to an account linked to a doctor (`is_doctor`), whatever its roles.
    doctor: bool = False


NAV = (
    NavItem("首页", "/admin/"),
    NavItem("医生工作站", "/admin/workstation", doctor=True),
    NavItem("参加考核确认", "/admin/enrolment/candidates", "enrolment.manage", MEDICAL, True),
    NavItem("已确认医师", "/admin/enrolment/confirmed", "enrolment.read", MEDICAL | COMMISSIONS, True),
    NavItem("待审核", "/admin/review", "review.institution", MEDICAL, True),
    NavItem("待复核", "/admin/review", "review.assessment", ASSESSMENT, True),
    NavItem("医师名册", "/admin/physicians", "physicians.read", MEDICAL | COMMISSIONS, True),
    NavItem("新增医师", "/admin/physicians/new", "physicians.write", MEDICAL, True),
    NavItem("导入医师", "/admin/imports/physicians", "physicians.write", MEDICAL, True),
    NavItem("导入中心", "/admin/imports", "physicians.write", COMMISSIONS),
    NavItem("考核统计", "/admin/stats", "stats.read", None, True),
    NavItem("考核周期", "/admin/cycles", "cycles.manage", PROVINCE, True),
    NavItem("题库", "/admin/bank", "exam.bank", PROVINCE, True),
    NavItem("组卷方案", "/admin/blueprints", "exam.blueprint", PROVINCE, True),
    NavItem("补考确认", "/admin/makeup", "makeup.decide", PROVINCE, True),
    NavItem("合格证书", "/admin/certificates", "certificates.print", MEDICAL | COMMISSIONS | ASSESSMENT, True),
    NavItem("考核机构申请", "/admin/applications", "applications.review", COMMISSIONS, True),
    NavItem("指派考核机构", "/admin/designations", "assignments.manage",
            frozenset({OrgKind.PROVINCE.value, OrgKind.CITY.value}), True),
    NavItem("不良记录", "/admin/bad-records", "physicians.read", MEDICAL | COMMISSIONS, True),
    NavItem("监考审核", "/admin/proctoring", "proctoring.review", MEDICAL | ASSESSMENT, True),
    NavItem("病案申请", "/admin/records/requests", "records.read", records=True),
    NavItem("病案统计", "/admin/records/stats", "records.read", records=True),
    NavItem("消息通知", "/admin/records/messages", "records.read", records=True),
    NavItem("医疗机构管理", "/admin/records/institutions", "records.manage"),
    NavItem("病案字典", "/admin/records/dicts", "records.manage"),
    NavItem("角色与权限", "/admin/records/roles", "records.manage"),
    NavItem("支付订单", "/admin/payments/orders", "payments.read", payments=True),
    NavItem("退款管理", "/admin/payments/refunds", "payments.read", payments=True),
    # One merchant account serves the whole deployment: its daily bill is the province's to reconcile.
    NavItem("支付对账", "/admin/payments/reconciliations", "payments.reconcile", PROVINCE),
    NavItem("分业务汇总", "/admin/payments/summary", "payments.read", payments=True),
    NavItem("对账差异", "/admin/payments/discrepancies", "payments.reconcile", PROVINCE),
    NavItem("医生管理", "/admin/doctors", "doctors.manage", MEDICAL | COMMISSIONS),
    NavItem("科室管理", "/admin/departments", "doctors.manage", MEDICAL | COMMISSIONS),
    NavItem("问诊订单", "/admin/consult/orders", "consult.read", MEDICAL | COMMISSIONS, consult=True),
    NavItem("诊疗统计", "/admin/consult/stats", "consult.read", MEDICAL | COMMISSIONS, consult=True),
    NavItem("视频问诊", "/admin/consult/video", "consult.read", MEDICAL | COMMISSIONS, consult=True),
    NavItem("医生费用", "/admin/consult/fees", "consult.read", MEDICAL | COMMISSIONS, consult=True),
    NavItem("就医助手·机构接入", "/admin/visits/institutions", "visits.manage", MEDICAL | COMMISSIONS, visits=True),
    NavItem("就医助手·节点配置", "/admin/visits/steps", "visits.manage", MEDICAL | COMMISSIONS, visits=True),
    NavItem("就医助手·隔离事件", "/admin/visits/quarantine", "visits.manage", MEDICAL | COMMISSIONS, visits=True),
    NavItem("就医助手·就诊监控", "/admin/visits/monitor", "visits.manage", MEDICAL | COMMISSIONS, visits=True),
    NavItem("电子处方管理", "/admin/insurance/prescriptions", "insurance.read", MEDICAL | COMMISSIONS),
    NavItem("审方规则", "/admin/rx/rules", "rx.rules", MEDICAL | COMMISSIONS),
    NavItem("三大字典", "/admin/dicts/medical", "dicts.medical", MEDICAL | COMMISSIONS),
    NavItem("审方管理", "/admin/rx/console", "rx.read", MEDICAL | COMMISSIONS),
    NavItem("发药队列", "/admin/pharmacy/queue", "pharmacy.dispense", MEDICAL),
    NavItem("药品订单", "/admin/pharmacy/orders", "pharmacy.read", MEDICAL | COMMISSIONS),
    NavItem("物流管理", "/admin/pharmacy/shipments", "pharmacy.read", MEDICAL | COMMISSIONS),
    NavItem("处方审核", "/admin/rx/review", "rx.review", MEDICAL),
    NavItem("组织机构", "/admin/orgs", "orgs.read"),
    NavItem("下级机构账户", "/admin/orgs/subordinates", "accounts.read", COMMISSIONS),
    NavItem("账号与角色", "/admin/accounts", "accounts.read"),
    # Below the root, the accounts reached are those bound to physicians: assessment work.
    NavItem("小程序账号", "/admin/mp-accounts", "accounts.read", MEDICAL | COMMISSIONS, True),
    NavItem("在线客服", "/admin/support/chats", "support.seat", MEDICAL, support=True),
    NavItem("问题反馈", "/admin/support/tickets", "support.tickets", MEDICAL, support=True),
    NavItem("客服台设置", "/admin/support/desks", "support.manage", MEDICAL | COMMISSIONS),
    NavItem("常见问题", "/admin/faq", "faq.manage"),
    NavItem("帮助中心", "/admin/help"),
    NavItem("操作日志", "/admin/audit", "audit.read"),
    NavItem("回收站", "/admin/recycle", "recycle.read"),
    NavItem("修改密码", "/admin/password"),
)

KIND_LABELS = {
    OrgKind.PROVINCE.value: "省级卫健委", OrgKind.CITY.value: "市级卫健委", OrgKind.COUNTY.value: "区县卫健委",
    OrgKind.MEDICAL.value: "医疗卫生机构", OrgKind.ASSESSMENT.value: "考核机构",
    OrgKind.INDUSTRY.value: "行业组织",
}


def nav_for(actor: Principal | None, *, assessment: bool = True, records: bool = True,
            support: bool = True, consult: bool = True, payments: bool = True, visits: bool = True,
            doctor: bool = False) -> list[NavItem]:
    """The pages the actor's roles and organisation can use; `assessment=False` / `records=False` /
    `support=False` / `consult=False` / `payments=False` / `visits=False` for a tree that does not run the
    periodic assessment / the record service / 帮助与反馈 / the internet hospital / payments / the visit
    assistant (see `nav`);
    `doctor=True` for an account linked to a doctor (the workstation)."""
    if actor is None:
        return []
    return [item for item in NAV
            if (item.permission is None or actor.has(item.permission))
            and (item.kinds is None or actor.org_kind in item.kinds)
            and (assessment or not item.assessment) and (records or not item.records)
            and (support or not item.support) and (consult or not item.consult)
            and (payments or not item.payments) and (visits or not item.visits)
            and (doctor or not item.doctor)]


async def runs_assessment(actor: Principal) -> bool:
    """Whether the actor's tree (the org tree under its root) takes part in the physicians'
    periodic assessment. A tree whose institutions offer record copies and which has neither
    a physician on its register nor an assessment institution runs only the record service (seed 003, e.g. a district such
    as 静安区 as a tree of its own): its consoles show no assessment pages. Any other tree
    does (a new province has neither yet and starts by registering physicians)."""
    from core.assessment.models import Physician
    from core.records.models import RecordRoom

    if not actor.org_path:
        return False
    root = _root(actor)
    if (await Physician.filter(institution__path__startswith=root).exists()
            or await OrgNode.filter(path__startswith=root, kind=OrgKind.ASSESSMENT).exists()):
        return True
    return not await RecordRoom.filter(institution__path__startswith=_root(actor)).exists()


async def runs_records(actor: Principal) -> bool:
    """Whether an institution of the actor's tree offers record copies (has a record room)."""
    from core.records.models import RecordRoom

    return bool(actor.org_path) and await RecordRoom.filter(institution__path__startswith=_root(actor)).exists()


async def runs_support(actor: Principal) -> bool:
    """Whether a hospital in the actor's scope has a 帮助与反馈 desk (open or closed: its tickets stay)."""
    from core.support.models import SupportDesk

    return bool(actor.org_path) and await SupportDesk.filter(institution__path__startswith=actor.org_path).exists()


async def runs_consult(actor: Principal) -> bool:
    """Whether a hospital in the actor's scope runs the internet hospital (has doctors)."""
    from core.doctors.models import Doctor

    return bool(actor.org_path) and await Doctor.filter(institution__path__startswith=actor.org_path,
                                                        deleted_at__isnull=True).exists()


async def runs_payments(actor: Principal) -> bool:
    """Whether an institution in the actor's scope has taken payment orders (record copies with a
    fee, consultations): the menu of orders and refunds appears with the first order."""
    from core.payments.models import PaymentOrder

    return bool(actor.org_path) and await PaymentOrder.filter(org__path__startswith=actor.org_path).exists()


async def runs_visits(actor: Principal) -> bool:
    """Whether an institution in the actor's scope is onboarded to 就医助手 (has a HIS connection)."""
    from core.visits.models import HisConnection

    return bool(actor.org_path) and await HisConnection.filter(institution__path__startswith=actor.org_path).exists()


INSURANCE_MENU = "/admin/insurance/prescriptions"


async def runs_insurance(actor: Principal) -> bool:
    """Whether an institution in the actor's scope sent prescriptions to the insurance e-prescription
    centre: 电子处方管理 appears with the first one."""
    from core.insurance.models import InsuranceRx

    return bool(actor.org_path) and await InsuranceRx.filter(institution__path__startswith=actor.org_path).exists()


RX_CONSOLE_MENU = "/admin/rx/console"


async def runs_rx(actor: Principal) -> bool:
    """Whether a hospital in the actor's scope has written prescriptions: 审方管理 appears with the first
    one (a records-only district has none)."""
    from core.rx.models import Prescription

    return bool(actor.org_path) and await Prescription.filter(institution__path__startswith=actor.org_path).exists()


PHARMACY_MENUS = ("/admin/pharmacy/queue", "/admin/pharmacy/orders")
SHIPMENTS_MENU = "/admin/pharmacy/shipments"


async def pharmacy_menus(actor: Principal) -> set[str]:
    """The pharmacy's pages an actor's scope has work for: orders appear with the first medicine order
    of a hospital in scope, 物流管理 with the first parcel."""
    from core.pharmacy.models import RxOrder, Shipment

    if not actor.org_path:
        return set()
    shown = set()
    if await RxOrder.filter(institution__path__startswith=actor.org_path).exists():
        shown.update(PHARMACY_MENUS)
    if await Shipment.filter(order__institution__path__startswith=actor.org_path).exists():
        shown.add(SHIPMENTS_MENU)
    return shown


async def is_doctor(actor: Principal) -> bool:
    """Whether the account is a doctor's workstation login (a Doctor row links it)."""
    from core.doctors import workbench

    return await workbench.is_doctor(actor)


def _root(actor: Principal) -> str:
    return "/" + (actor.org_path or "").strip("/").split("/")[0] + "/"


async def nav(actor: Principal | None) -> list[NavItem]:
    """The actor's navigation, knowing which services the actor's tree runs."""
    if actor is None:
        return []
    items = nav_for(actor, assessment=await runs_assessment(actor), records=await runs_records(actor),
                    support=await runs_support(actor), consult=await runs_consult(actor),
                    payments=actor.has("payments.read") and await runs_payments(actor),
                    visits=actor.has("visits.manage") and await runs_visits(actor), doctor=await is_doctor(actor))
    if any(i.href == INSURANCE_MENU for i in items) and not await runs_insurance(actor):
        items = [i for i in items if i.href != INSURANCE_MENU]
    if any(i.href == RX_CONSOLE_MENU for i in items) and not await runs_rx(actor):
        items = [i for i in items if i.href != RX_CONSOLE_MENU]
    if any(i.href in PHARMACY_MENUS or i.href == SHIPMENTS_MENU for i in items):
        shown = await pharmacy_menus(actor)
        items = [i for i in items if i.href not in PHARMACY_MENUS + (SHIPMENTS_MENU,) or i.href in shown]
    return items


# Detail pages whose address is not under their list's: the sections they belong to, in order
# of preference (the first one the actor's navigation has is highlighted). A page that knows
# better (an import job knows its kind) passes `section=` to render().
SECTIONS_OF = (
    ("/admin/enrolments/", ("/admin/review", "/admin/enrolment/confirmed", "/admin/physicians")),
    ("/admin/imports/jobs/", ("/admin/imports",)),
)


def active_href(items: list[NavItem], path: str, section: str | None = None) -> str | None:
    """The navigation entry of the page shown: the one the page names, else the longest one
    its path falls under, else the section its detail pages belong to; the home page only as itself."""
    hrefs = [i.href for i in items]
    if section in hrefs:
        return section
    hits = [h for h in hrefs if path == h or (h != "/admin/" and path.startswith(h.rstrip("/") + "/"))]
    if hits:
        return max(hits, key=len)
    for prefix, sections in SECTIONS_OF:
        if path.startswith(prefix):
            return next((h for h in sections if h in hrefs), None)
    return None


def shows(actor: Principal, href: str) -> bool:
    """Whether the actor's navigation offers a page (the home page lists the same set)."""
    return any(item.href == href for item in nav_for(actor))


# ---------------------------------------------------------------- rendering

def is_htmx(request: Request) -> bool:
    """An htmx swap (answered with a fragment); a history restore wants the whole page."""
    return request.headers.get("hx-request") == "true" and request.headers.get("hx-history-restore-request") != "true"


def _session_csrf(request: Request) -> str:
    sess = getattr(request.ctx, "session", None)
    return sess.csrf_token if sess is not None else ""


async def _org_name(actor: Principal | None) -> str:
    """The header's organisation: shown to every role (a proctor or a record room reads no
    org tree, but must see where the account sits)."""
    if actor is None:
        return ""
    from core.orgs import service as orgs_service

    return await orgs_service.own_org_name(actor)


def _with_flash(request: Request, ctx: dict[str, Any], headers: dict | None) -> tuple[dict, dict | None]:
    """What the post before this GET flashed, in the template's own names, over the page's defaults."""
    flashed = getattr(request.ctx, "flash", None)
    if not flashed:
        return ctx, headers
    if is_htmx(request):
        headers = {**(headers or {}), "HX-Trigger": COUNTS_EVENT}
    return {**ctx, **flashed}, headers


def fragment(request: Request, name: str, *, status: int = 200, headers: dict | None = None,
             **ctx: Any) -> HTTPResponse:
    """A part of a page (an htmx swap): no layout, only what the template needs."""
    ctx, headers = _with_flash(request, ctx, headers)
    body = env.get_template(name).render(request=request, csrf_token=_session_csrf(request),
                                         actor=getattr(request.ctx, "actor", None), **ctx)
    return html(body, status=status, headers=page_headers(headers))


async def render(request: Request, name: str, *, status: int = 200, headers: dict | None = None,
                 **ctx: Any) -> HTTPResponse:
    """A whole page in the layout: navigation by role, the organisation, the CSRF token.

    Rendered by a normal form post sent from a console page (a refusal shown beside its
    form, a result), it is not sent: what the post has to show is flashed and the browser
    goes back to that page (POST → 303 → GET), which shows it in the same names."""
    back = _form_page(request)
    if back is not None:
        flashed = {k: v for k, v in ctx.items()
                   if v is not None and (k in FLASHED or k.endswith(("errors", "form")))}
        try:
            return await done(request, back, **flashed)
        except TypeError:  # something a flash cannot carry: the page itself, as before
            pass
    ctx, headers = _with_flash(request, ctx, headers)
    actor = getattr(request.ctx, "actor", None)
    sess = getattr(request.ctx, "session", None)
    items = await nav(actor)
    base = {
        "request": request, "path": request.path, "actor": actor, "nav": items,
        "active": active_href(items, request.path, ctx.pop("section", None)),
        "csrf_token": _session_csrf(request), "org_name": await _org_name(actor),
        "kind_label": KIND_LABELS.get(actor.org_kind or "", "") if actor else "",
        "display_name": (sess.account.display_name or sess.account.username) if sess is not None else "",
    }
    body = env.get_template(name).render(**base, **ctx)
    return html(body, status=status, headers=page_headers(headers))


async def respond(request: Request, page: str, part: str, *, status: int = 200, **ctx: Any) -> HTTPResponse:
    """The whole page, or only its list fragment when htmx asks for it."""
    if is_htmx(request):
        return fragment(request, part, status=status, **ctx)
    return await render(request, page, status=status, part=part, **ctx)


def go(request: Request, url: str) -> HTTPResponse:
    """Send the browser elsewhere: a 303 for a normal request, HX-Redirect for htmx."""
    if is_htmx(request):
        return HTTPResponse(status=200, headers=page_headers({"HX-Redirect": url}))
    return redirect(url, status=303, headers=page_headers())


# ---------------------------------------------------------------- errors as pages

_TO_LOGIN = {"accounts.session_expired", "auth.unauthenticated"}
_TO_PASSWORD = {"accounts.password_change_required", "accounts.password_expired"}


def safe_next(url: str | None) -> str | None:
    """A page to return to after login: only our own console, never another site."""
    if not url or not url.startswith("/admin") or url.startswith("//") or "\\" in url or "://" in url:
        return None
    return url


async def error_page(request: Request, exc: AppError) -> HTTPResponse:
    if exc.code in _TO_LOGIN:
        back = request.path + (f"?{request.query_string}" if request.query_string else "")
        nxt = safe_next(back) if request.method == "GET" and not is_htmx(request) else None
        return go(request, "/admin/login" + (f"?{urlencode({'next': nxt})}" if nxt else ""))
    if exc.code in _TO_PASSWORD:
        return go(request, "/admin/password?reason=" + exc.code.split(".")[1])
    rid = getattr(request.ctx, "request_id", None)
    headers = dict(exc.headers)
    if is_htmx(request):
        # Whatever part of the page asked, the message goes to the flash area.
        return fragment(request, "admin/_alert.html", status=exc.status, error=exc, request_id=rid,
                        headers={**headers, "HX-Retarget": "#flash", "HX-Reswap": "innerHTML"})
    return await render(request, "admin/error.html", status=exc.status, headers=headers, error=exc,
                        request_id=rid)


ACCESS_DENIED = frozenset({401, 403, 404})


def _form_page(request: Request) -> str | None:
    """The console page a normal (not htmx) form post was sent from, once the poster is known
    (its Referer: our own host and console only, without an earlier flash token)."""
    if request.method != "POST" or is_htmx(request) or getattr(request.ctx, "session", None) is None:
        return None
    parts = urlsplit(request.headers.get("referer", ""))
    if parts.netloc != request.host:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != FLASH_PARAM])
    return safe_next(parts.path + (f"?{query}" if query else ""))


def page(handler=None, *, allow_password_change: bool = False):
    """A console page: the admin session (CSRF on writes), errors rendered for people."""
    def deco(fn):
        @wraps(fn)
        async def flashed(request: Request, *args, **kwargs):
            if request.method == "GET" and FLASH_PARAM in request.args:  # after the session check
                request.ctx.flash = await take_flash(request)
            return await fn(request, *args, **kwargs)

        guarded = admin_required(flashed, allow_password_change=allow_password_change)

        @wraps(fn)
        async def wrapper(request: Request, *args, **kwargs):
            try:
                return await guarded(request, *args, **kwargs)
            except AppError as exc:
                back = _form_page(request)
                if (back is not None and exc.status < 500 and exc.status not in ACCESS_DENIED
                        and exc.code not in _TO_LOGIN | _TO_PASSWORD):
                    # A refused form post goes back to the page of the form, the message in its flash area.
                    # Access denials (403, 404) keep their status and error page, as their GET does: a
                    # record out of reach must answer like a missing one, not like a refused input.
                    return await done(request, back, alert_error=exc)
                return await error_page(request, exc)
            except Exception:  # logged with its traceback; the person sees the error model's message
                log.exception("page %s failed", request.path)
                return await error_page(request, InternalError())

        return wrapper

    return deco(handler) if handler else deco


# ---------------------------------------------------------------- filters, paging, forms

def _invalid(name: str, message: str) -> ValidationFailed:
    return ValidationFailed(f"参数“{name}”{message}",
                            details={"errors": [{"path": name, "message": message, "type": "value"}]})


class Params:
    """Filters and paging of a list: from the query string, or from the hidden fields
    of a form posted from that list (so the list re-renders as it was)."""

    def __init__(self, request: Request):
        self.source = request.form if request.method == "POST" else request.args

    def text(self, name: str, *, max_length: int = 64) -> str | None:
        raw = (self.source.get(name) or "").strip()
        if len(raw) > max_length:
            raise _invalid(name, f"不能超过{max_length}个字符")
        return raw or None

    def int(self, name: str, *, default: int | None = None, lo: int = 1, hi: int = 2_000_000_000) -> int | None:
        raw = (self.source.get(name) or "").strip()
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise _invalid(name, "应为整数") from None
        if not lo <= value <= hi:
            raise _invalid(name, f"应在{lo}到{hi}之间")
        return value

    def choice(self, name: str, allowed: Iterable[str]) -> str | None:
        raw = self.text(name)
        allowed = list(allowed)
        if raw is not None and raw not in allowed:
            raise _invalid(name, "取值不在可选范围内")
        return raw

    def ids(self, name: str = "ids") -> list[int]:
        raw = [v for v in self.source.getlist(name, []) if v.strip()]
        try:
            return [int(v) for v in raw]
        except ValueError:
            raise _invalid(name, "应为整数") from None

    def paging(self) -> tuple[int, int]:
        return self.int("page", default=1, hi=1_000_000), self.int("page_size", default=PAGE_SIZES[0], hi=200)


@dataclass
class Listing:
    """One page of a list with the filters that produced it (for links and hidden fields)."""

    rows: list
    total: int
    page: int
    size: int
    filters: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def query(self, **changes: Any) -> str:
        """The query string of this list with some values changed (page=2, ...)."""
        values = {**self.filters, "page": self.page, "page_size": self.size, **changes}
        if values.get("page_size") == PAGE_SIZES[0]:
            values.pop("page_size")
        if values.get("page") == 1:
            values.pop("page")
        return urlencode({k: v for k, v in values.items() if v not in (None, "")})

    def hidden(self) -> dict[str, Any]:
        """What a form posted from this list carries to re-render it."""
        return {k: v for k, v in {**self.filters, "page": self.page, "page_size": self.size}.items()
                if v not in (None, "")}


def form_values(request: Request, names: Iterable[str]) -> dict[str, str]:
    """The named fields of a posted form, stripped; empty fields are left out (not sent)."""
    out = {}
    for name in names:
        value = (request.form.get(name) or "").strip()
        if value:
            out[name] = value
    return out


def check_form(schema: type[T], data: dict[str, Any]) -> tuple[T | None, dict[str, str]]:
    """The form validated by the request schema, or the Chinese message for each field."""
    try:
        return schema.model_validate(data), {}
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for e in exc.errors(include_url=False):
            key = ".".join(str(p) for p in e["loc"]) or "__all__"
            errors.setdefault(key, field_message(e))
        return None, errors


def service_field_errors(exc: ValidationFailed) -> dict[str, str]:
    """Field messages of a ValidationFailed raised by a service (details.errors[].path)."""
    return {e.get("path", ""): e.get("message", "") for e in exc.details.get("errors", [])}


# ---------------------------------------------------------------- batch outcomes

def row_labels(request: Request) -> dict[int, str]:
    """The (masked) names the list showed beside each row, posted back as `label_<id>` so the
    outcome can name the rows. Display only: what is done is decided by the ids and the service."""
    out = {}
    for key, values in request.form.items():
        suffix = key[len("label_"):]
        if key.startswith("label_") and suffix.isdigit() and values:
            out[int(suffix)] = values[0][:64]
    return out


@dataclass
class Outcome:
    """What a batch (or single) action did to each row, shown above the list."""

    title: str
    rows: list  # core.assessment.service.RowResult
    labels: dict[int, str] = field(default_factory=dict)  # row id -> what the person saw in the list
    message: str = ""  # instead of rows, when nothing was done (nothing selected)

    @property
    def ok(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def failed(self) -> list:
        return [r for r in self.rows if not r.ok]


# ---------------------------------------------------------------- POST → 303 → GET, and the flash

FLASH_SECONDS = 300
# What a page rendered by a post carries across its redirect (besides every *errors and *form).
FLASHED = frozenset({"values", "problem", "outcome", "policy", "forms", "error", "alert_error", "notice"})
FLASH_PARAM = "flash"
COUNTS_EVENT = "counts-changed"  # HX-Trigger of a GET that shows what a post did


def _pack(value: Any) -> Any:
    """Dicts keyed by row ids (errors per department, per item) keep their int keys through JSON."""
    if isinstance(value, dict):
        if any(isinstance(k, int) for k in value):
            return {"__intkeys__": [[k, _pack(v)] for k, v in value.items()]}
        return {k: _pack(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_pack(v) for v in value]
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, Outcome):
        return {"__outcome__": {"title": value.title, "message": value.message,
                                "rows": [[r.id, r.ok, r.code, r.message] for r in value.rows],
                                "labels": [[k, v] for k, v in value.labels.items()]}}
    if isinstance(value, AppError):
        return {"code": value.code, "message": value.message, "status": value.status, "details": value.details}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    raise TypeError(f"{type(value).__name__} cannot be flashed")


def _decode(obj: dict) -> Any:
    if "__outcome__" in obj:
        o = obj["__outcome__"]
        return Outcome(o["title"], [RowResult(*r) for r in o["rows"]], {k: v for k, v in o["labels"]},
                       o["message"])
    if "__datetime__" in obj:
        return dt.datetime.fromisoformat(obj["__datetime__"])
    if "__intkeys__" in obj:
        return {k: v for k, v in obj["__intkeys__"]}
    return obj


def _flash_key(token: str) -> str:
    return f"admin:flash:{token}"


def _poster(request: Request) -> int | None:
    sess = getattr(request.ctx, "session", None)
    return sess.account.id if sess is not None else None


async def seal(account_id: int | None, values: dict[str, Any]) -> str:
    """Keep `values` for one account's next page (encrypted in Redis, a few minutes); the token
    to name in the redirect. The one store for everything a post shows after its redirect:
    the flash below and the shown-once secrets of pages/once.py."""
    token = secrets.token_urlsafe(16)
    body = json.dumps({"account": account_id, "values": _pack(values)}, default=_encode, ensure_ascii=False)
    await redis().set(_flash_key(token), crypto.encrypt(body), ex=FLASH_SECONDS)
    return token


async def unseal(account_id: int | None, token: str | None) -> dict[str, Any] | None:
    """What `seal` kept under `token`, once; None afterwards, for a bad token or for another account."""
    if not token or len(token) > 64:
        return None
    stored = await redis().getdel(_flash_key(token))
    if stored is None:
        return None
    try:
        data = json.loads(crypto.decrypt(stored if isinstance(stored, str) else stored.decode()),
                          object_hook=_decode)
    except (ValueError, TypeError):
        return None
    return data["values"] if data.get("account") == account_id else None


async def put_flash(request: Request, **values: Any) -> str:
    """Keep what a post has to show for the GET after its redirect; the token to name in its URL.
    Encrypted (it may hold a password shown once, names, what was typed), bound to the poster."""
    return await seal(_poster(request), values)


async def take_flash(request: Request) -> dict[str, Any]:
    """What the post before this GET flashed (once; another account's flash reads as none)."""
    return await unseal(_poster(request), request.args.get(FLASH_PARAM)) or {}


def with_query(url: str, **params: Any) -> str:
    """The URL with some query parameters set (others kept)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query += [(k, str(v)) for k, v in params.items() if v not in (None, "")]
    return urlunsplit(parts._replace(query=urlencode(query)))


def see_other(url: str) -> HTTPResponse:
    """303 to the page showing the result, for htmx too: its request follows the redirect and
    swaps what the GET answers (the list fragment), where HX-Redirect would reload the page."""
    return redirect(url, status=303, headers=page_headers())


async def done(request: Request, url: str, **flash: Any) -> HTTPResponse:
    """The end of every form post: 303 to `url`, carrying what the post has to show."""
    if flash:
        url = with_query(url, **{FLASH_PARAM: await put_flash(request, **flash)})
    return see_other(url)


def list_url(request: Request, path: str) -> str:
    """The list a post came from, as it was (its filters and page travel as hidden fields)."""
    keep = {k: v for k, v in request.form.items() if not k.startswith("label_")
            and k not in ("csrf_token", "ids", "decision", "reason") and v and v[0]}
    return with_query(path, **{k: v[0] for k, v in keep.items()})


async def refuse(request: Request, url: str, in_place: Callable[[], Awaitable[HTTPResponse]],
                 **flash: Any) -> HTTPResponse:
    """A refused post (nothing was written): htmx gets the 4xx answer `in_place` builds, to swap
    where it asked; a form post goes back to `url` with the refusal flashed."""
    if is_htmx(request):
        return await in_place()
    return await done(request, url, **flash)
