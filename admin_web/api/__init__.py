"""JSON API of the admin consoles, under /api/admin/v1. Pages call the same services."""
from sanic import Blueprint

from admin_web.api import accounts, audit, auth, orgs, physicians, recycle

blueprint = Blueprint.group(auth.bp, accounts.bp, orgs.bp, physicians.bp, recycle.bp, audit.bp,
                            url_prefix="/api/admin/v1")
