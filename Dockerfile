# syntax=docker/dockerfile:1
# One image for every process of the service: the Sanic app (default command),
# the arq worker and the operator CLI (migrate, backup, restore, verify-audit…);
# docker-compose.yml chooses the command per service.

# ---- build: a virtualenv with the pinned runtime and media dependencies
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
COPY requirements.txt requirements-media.txt /tmp/
# The media stack goes in without dependency resolution: face_recognition declares
# `dlib`, which pip would compile from the sdist for a quarter of an hour, while
# dlib-bin ships the same module prebuilt (see requirements-media.txt).
RUN pip install -r /tmp/requirements.txt \
 && pip install --no-deps -r /tmp/requirements-media.txt \
 && python -W ignore::UserWarning -c "import dlib, face_recognition, numpy, PIL"

# ---- assets: the console's htmx and ECharts from the npm registry, pinned by the lock file
FROM node:20-bookworm-slim AS assets
WORKDIR /assets
COPY admin_web/package.json admin_web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error \
 && test -f node_modules/htmx.org/dist/htmx.min.js && test -f node_modules/echarts/dist/echarts.min.js

# ---- runtime
FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HUIYI_ENV=production \
    STORAGE_DIR=/var/lib/huiyi/files
# A fixed uid/gid so volume ownership survives image rebuilds.
RUN groupadd --system --gid 10001 huiyi \
 && useradd --system --uid 10001 --gid huiyi --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin huiyi \
 && mkdir -p /var/lib/huiyi/files \
 && chown -R huiyi:huiyi /var/lib/huiyi
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# Code stays owned by root: the service user can run it but not change it, so
# bytecode is compiled now rather than written at run time.
COPY . /app
# Only the two files the console serves (admin_web/pages/__init__.py), not the whole tree.
COPY --from=assets /assets/node_modules/htmx.org/dist/htmx.min.js /app/admin_web/node_modules/htmx.org/dist/
COPY --from=assets /assets/node_modules/echarts/dist/echarts.min.js /app/admin_web/node_modules/echarts/dist/
RUN python -m compileall -q /app
USER huiyi
VOLUME ["/var/lib/huiyi/files"]
EXPOSE 8000
# python, not curl: the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
CMD ["sanic", "bff.app:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000", "--workers", "4"]
