"""The landing page at `/`: where a visitor chooses the administrators' console, the
phone client or the API documentation.

Why: `make run` prints one address; whoever opens it (a new engineer, an
evaluator, a physician sent a link) should find the service's faces named in
Chinese rather than a 404 in the error model. It is a page, not an API
operation, so it stays out of the OpenAPI document.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Blueprint, Request
from sanic.response import html
from sanic_ext import openapi

bp = Blueprint("landing")

_templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                         autoescape=select_autoescape(default=True))
# Read-only: a shared headers dict must never be written by a response (issue 9, point 1).
_HEADERS = MappingProxyType({
    "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                               "frame-ancestors 'none'",
})

# (address, name, who it is for): the service's faces, in the order a visitor looks for them.
FACES = (
    ("/admin/", "管理平台", "卫健委、医疗机构、考核机构与病案室的管理人员登录使用"),
    ("/h5/", "手机端（H5）", "医师、患者与家属在手机浏览器或微信中使用：定期考核、病案复印、家庭健康"),
    ("/docs", "接口文档", "开发者查看和调试 REST 接口（OpenAPI）"),
)


@bp.get("/")
@openapi.exclude()
async def landing(request: Request):
    page = _templates.get_template("public/landing.html").render(faces=FACES)
    return html(page, headers=dict(_HEADERS))
