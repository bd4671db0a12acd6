"""REST endpoints of the WeChat mini-program, under /api/mp/v1."""
from sanic import Blueprint

from miniprogram_api import assessment, auth, certificates, exam, practice, proctoring

blueprint = Blueprint.group(auth.bp, assessment.bp, certificates.bp, exam.bp, practice.bp, proctoring.bp,
                            url_prefix="/api/mp/v1")
