"""Server-rendered admin console pages (Jinja2 + htmx + ECharts), under /admin."""
from sanic import Blueprint

blueprint = Blueprint("admin_pages", url_prefix="/admin")
