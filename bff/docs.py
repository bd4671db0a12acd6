"""`/docs`: the API reference page, readable without the internet.

Why: sanic-ext's Swagger UI and Redoc pages load their scripts from a CDN, so on an
intranet (or any machine offline) `/docs` was a blank page. Swagger UI comes from npm
at set-up instead (`swagger-ui-dist` in admin_web/package.json, installed by
`make install` like htmx and ECharts, never committed) and this module serves it:
the page, a whitelist of its files under `/docs/static/`, and our own start-up script.
The document is served at `/docs/openapi.json` by core/openapi_doc.py.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from sanic import Blueprint, Request, Sanic
from sanic.response import file, html
from sanic_ext import openapi

from core.errors import NotFound
from core.openapi_doc import SPEC_URL

bp = Blueprint("docs_page", url_prefix="/docs")

_DIST = Path(__file__).resolve().parent.parent / "admin_web" / "node_modules" / "swagger-ui-dist"
# The only files the page loads; anything else in the package is not served.
FILES = MappingProxyType({
    "swagger-ui.css": (_DIST / "swagger-ui.css", "text/css; charset=utf-8"),
    "swagger-ui-bundle.js": (_DIST / "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui-standalone-preset.js": (_DIST / "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8"),
    "favicon-32x32.png": (_DIST / "favicon-32x32.png", "image/png"),
    "docs.js": (Path(__file__).resolve().parent / "docs_static" / "docs.js", "text/javascript; charset=utf-8"),
})
# Swagger UI styles elements inline and draws its icons as data: images; scripts only from us,
# and it may only call this service ("Try it out").
_HEADERS = MappingProxyType({
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"),
})

_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>惠医 Huiyi API 文档</title>
<link rel="icon" type="image/png" href="/docs/static/favicon-32x32.png">
<link rel="stylesheet" href="/docs/static/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-spec="{spec}"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/swagger-ui-standalone-preset.js"></script>
<script src="/docs/static/docs.js"></script>
</body>
</html>
"""


@openapi.exclude()
async def page(request: Request):
    return html(_PAGE.format(spec=SPEC_URL), headers=dict(_HEADERS))


def install(app: Sanic) -> None:
    """The page at `/docs` (and at `/docs/swagger`, sanic-ext's old address of it), and its files."""
    app.add_route(page, "/docs", name="docs")
    app.add_route(page, "/docs/swagger", name="docs_swagger")
    app.blueprint(bp)


@bp.get("/static/<name:str>")
@openapi.exclude()
async def static(request: Request, name: str):
    entry = FILES.get(name)
    if entry is None or not entry[0].is_file():
        raise NotFound("文档页面的前端依赖未安装，请先运行 make install（npm ci --prefix admin_web）",
                       details={"file": name})
    path, mime = entry
    return await file(path, mime_type=mime, max_age=3600, headers={"X-Content-Type-Options": "nosniff"})
