"""The H5 client: a single-page app for phone browsers and WeChat's in-app browser, under /h5/.

Why here: seed 003 deploys its patient services as H5 pages inside the official account,
and physicians, patients and relatives need a client that is not a mini-program. The
service serves it itself: `GET /h5/` (and any other /h5/ path, the app routes by the URL
hash) answers the one page, `h5/templates/index.html`; our modules come from h5/static
under /h5/static/app/; Vue 3 comes from h5/node_modules (npm at set-up, not committed)
under /h5/static/vendor/, only the files listed in VENDOR. The app talks to the
mini-program API (/api/mp/v1) and the BFF screens (/api/bff/v1) with bearer tokens, like
the mini-program does; none of these HTML routes is in the API document.

`dev_bp` (GET /dev/h5/personas) lists core.demo_personas for the development login; it is
routed only with the offline WeChat (never in production), like core.wechat_offline.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import file, html
from sanic_ext import openapi

from core.demo_personas import PERSONAS
from core.errors import NotFound
from core.rooms.browser import media_origins
from core.http import ok
from core.settings import get_settings

_ROOT = Path(__file__).resolve().parent
AUTHORIZE_URL = "https://open.weixin.qq.com/connect/oauth2/authorize"

blueprint = Blueprint("h5", url_prefix="/h5")
blueprint.static("/static/app", str(_ROOT / "static"), name="own_static")

# The only vendor files the page loads; anything else under vendor/ is not served.
# vue.esm-browser includes the template compiler, so the app needs no build step.
VENDOR = {
    "vue.esm-browser.prod.js": _ROOT / "node_modules" / "vue" / "dist" / "vue.esm-browser.prod.js",
}

_IMPORT_MAP = re.compile(r'<script type="importmap">(.*?)</script>', re.S)
_page_cache: dict[str, tuple[str, str]] = {}


def _template() -> tuple[str, str]:
    """index.html and the hash of its inline import map (the only inline script the CSP allows)."""
    if "page" not in _page_cache:
        text = (_ROOT / "templates" / "index.html").read_text(encoding="utf-8")
        found = _IMPORT_MAP.search(text)
        digest = base64.b64encode(hashlib.sha256(found.group(1).encode()).digest()).decode() if found else ""
        _page_cache["page"] = (text, digest)
    return _page_cache["page"]


def client_config() -> dict:
    """What the page must know before it logs in: how (WeChat web authorisation, or the
    development persona picker) and the official account it authorises with."""
    s = get_settings()
    return {"dev_login": bool(s.wechat_offline and not s.is_production),
            "appid": s.wechat_oa_appid, "scope": s.wechat_oa_scope, "authorize_url": AUTHORIZE_URL}


def _csp(import_map_hash: str) -> str:
    # 'unsafe-eval': Vue compiles the screens' templates in the browser (no build step).
    # connect-src: our own API and socket, and the video server the call screen joins (core/rooms/browser.py).
    connect = " ".join(["'self'", *media_origins(get_settings())])
    return ("default-src 'self'; "
            f"script-src 'self' 'unsafe-eval' 'sha256-{import_map_hash}'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; "
            f"connect-src {connect}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def _page() -> object:
    text, digest = _template()
    config = json.dumps(client_config(), ensure_ascii=False).replace("<", "\\u003c")
    return html(text.replace("__H5_CONFIG__", config),
                headers={"Content-Security-Policy": _csp(digest), "Cache-Control": "no-store",
                         "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"})


@blueprint.get("/")
@openapi.exclude()
async def index(request: Request):
    return _page()


@blueprint.get("/<path:path>")
@openapi.exclude()
async def any_page(request: Request, path: str):
    if path.startswith("static/"):  # a missing file is a 404, not the page
        raise NotFound(details={"file": path[:200]})
    return _page()


@blueprint.get("/static/vendor/<name:str>")
@openapi.exclude()
async def vendor(request: Request, name: str):
    path = VENDOR.get(name)
    if path is None or not path.is_file():
        raise NotFound("前端依赖未安装，请先运行 make install（npm install --prefix h5）", details={"file": name})
    return await file(path, mime_type="text/javascript; charset=utf-8", max_age=3600,
                      headers={"X-Content-Type-Options": "nosniff"})


dev_bp = Blueprint("dev_h5", url_prefix="/dev/h5")


@dev_bp.get("/personas")
@openapi.summary("开发环境：H5 演示身份列表（生产环境不存在）")
async def personas(request: Request):
    return ok({"items": PERSONAS})
