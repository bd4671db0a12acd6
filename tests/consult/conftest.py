"""The real Janus for the consultation tests that open video rooms (a video call opens one at the
provider). Janus (Debian's `janus`) runs from a configuration written here, on free ports, with an
API secret, signed tokens and a VideoRoom admin key; the settings point the `janus` provider at it.

Interim: h1 is adding a suite-wide `janus` fixture to tests/conftest.py; once it is on main this one
goes and the tests use that one (same name, same effect on the settings).
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.live_server import free_port

LIB = Path("/usr/lib/x86_64-linux-gnu/janus")


def _config(folder: Path, *, http: int, admin: int, ws: int, rtp: int, secrets_: dict) -> None:
    (folder / "janus.jcfg").write_text(f"""general: {{
  configs_folder = "{folder}"
  plugins_folder = "{LIB}/plugins"
  transports_folder = "{LIB}/transports"
  events_folder = "{LIB}/events"
  loggers_folder = "{LIB}/loggers"
  debug_level = 3
  admin_secret = "{secrets_['admin']}"
  token_auth = true
  token_auth_secret = "{secrets_['token']}"
  api_secret = "{secrets_['api']}"
  server_name = "huiyi-test"
}}
media: {{ rtp_port_range = "{rtp}-{rtp + 200}" }}
nat: {{ ice_enforce_list = "lo" }}
plugins: {{ disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_echotest.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so" }}
transports: {{ disable = "libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so" }}
events: {{ broadcast = false }}
loggers: {{ disable = "libjanus_jsonlog.so" }}
""")
    (folder / "janus.plugin.videoroom.jcfg").write_text(
        f'general: {{ admin_key = "{secrets_["room"]}" lock_rtp_forward = true }}\n')
    (folder / "janus.transport.http.jcfg").write_text(
        f'general: {{ json = "plain" base_path = "/janus" http = true port = {http} https = false ip = "127.0.0.1" }}\n'
        f'admin: {{ admin_base_path = "/admin" admin_http = true admin_port = {admin} admin_https = false '
        f'admin_ip = "127.0.0.1" }}\n')
    (folder / "janus.transport.websockets.jcfg").write_text(
        f'general: {{ json = "plain" ws = true ws_port = {ws} ws_ip = "127.0.0.1" wss = false }}\n'
        'admin: { admin_ws = false }\n')


@pytest.fixture(scope="session")
def janus(settings, tmp_path_factory):
    """A running Janus; the settings (VIDEO_PROVIDER=janus, JANUS_*) point at it. Yields its env for servers."""
    from core.rooms import providers

    binary = shutil.which("janus")
    if binary is None:
        pytest.fail("janus is not installed (apt-get install janus): the video tests need the real media server")
    folder = tmp_path_factory.mktemp("janus")
    ports = dict(http=free_port(), admin=free_port(), ws=free_port(), rtp=20000 + secrets.randbelow(200) * 100)
    keys = {k: secrets.token_hex(12) for k in ("admin", "token", "api", "room")}
    _config(folder, secrets_=keys, **ports)
    log = open(folder / "janus.log", "w")
    proc = subprocess.Popen([binary, "-F", str(folder), "-C", str(folder / "janus.jcfg")], stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{ports['http']}/janus"
    until = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/info", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > until:
            log.close()
            pytest.fail(f"janus did not start: {(folder / 'janus.log').read_text()[-2000:]}")
        time.sleep(0.1)
    env = {"VIDEO_PROVIDER": "janus", "JANUS_URL": url, "JANUS_PUBLIC_URL": f"ws://127.0.0.1:{ports['ws']}",
           "JANUS_API_SECRET": keys["api"], "JANUS_TOKEN_SECRET": keys["token"], "JANUS_ADMIN_KEY": keys["room"]}
    saved = {k: getattr(settings, k) for k in ("video_provider", "janus_url", "janus_public_url", "janus_api_secret",
                                               "janus_token_secret", "janus_admin_key")}
    settings.video_provider, settings.janus_url, settings.janus_public_url = "janus", url, env["JANUS_PUBLIC_URL"]
    settings.janus_api_secret, settings.janus_token_secret = keys["api"], keys["token"]
    settings.janus_admin_key = keys["room"]
    providers.reset()
    try:
        yield env
    finally:
        for k, v in saved.items():
            setattr(settings, k, v)
        providers.reset()
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
