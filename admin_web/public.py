"""Public pages that need no login: certificate verification.

Why: the QR code on a printed certificate leads here. Whoever scans it (an
employer, a patient, an inspector) sees whether we issued that certificate and
whether its result still stands, with the holder's name masked. The page is
standalone HTML, readable on a phone, and answers a bad token with an error
page (400 or 404), never a 500.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from jinja2 import Environment, FileSystemLoader
from sanic import Blueprint, Request
from sanic.response import html
from sanic_ext import openapi

from core.assessment import certificates as certificates_service
from core.assessment.errors import CertificateInvalid

bp = Blueprint("public", url_prefix="/verify")

_templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
# The token is in the URL: keep it out of caches, referrers and search engines.
# Read-only: a shared headers dict must never be written by a response (issue 9, point 1).
_HEADERS = MappingProxyType({
    "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
})


@bp.get("/certificate/<token:str>")
@openapi.exclude()
async def verify_certificate(request: Request, token: str):
    try:
        cert, problem, status = await certificates_service.verify(token), None, 200
    except CertificateInvalid as exc:
        cert, problem, status = None, exc.message, exc.status
    page = _templates.get_template("public/verify_certificate.html").render(cert=cert, problem=problem)
    return html(page, status=status, headers=_HEADERS)
