"""The media servers' configuration files as rendered for a deployment (core/rooms/janus_config.py,
`python -m core.cli janus-config` / `turn-config`). That Janus and coturn run with them is shown
by every test using the `janus` and `coturn` fixtures (tests/janus_server.py renders the same way)."""
from __future__ import annotations

import pytest

from core import cli
from core.rooms import janus_config as render

pytestmark = pytest.mark.nodb


def test_janus_files_carry_the_deployments_secrets_and_only_what_it_needs():
    files = render.render_janus(render.JanusFiles(
        api_secret="api-s", token_secret="tok-s", admin_secret="adm-s", admin_key="key-s",
        events_url="http://app:8000/api/rooms/v1/janus/events", events_secret="evt-s", ws_port=8989,
        rtp_ports=(30000, 30100), ice_enforce_list="eth0", nat_1_1_mapping="203.0.113.7"))
    jcfg = files["janus.jcfg"]
    for line in ('api_secret = "api-s"', 'token_auth = true', 'token_auth_secret = "tok-s"',
                 'admin_secret = "adm-s"', 'rtp_port_range = "30000-30100"', 'ice_enforce_list = "eth0"',
                 'nat_1_1_mapping = "203.0.113.7"', "broadcast = true"):
        assert line in jcfg
    disabled = jcfg.split("plugins: {")[1].split("}")[0]
    assert "libjanus_videoroom.so" not in disabled and "libjanus_streaming.so" in disabled
    transports = jcfg.split("transports: {")[1].split("}")[0]
    assert "libjanus_http.so" not in transports and "libjanus_websockets.so" not in transports
    assert "libjanus_pfunix.so" in transports
    assert 'admin_key = "key-s"' in files["janus.plugin.videoroom.jcfg"]
    assert "lock_rtp_forward = true" in files["janus.plugin.videoroom.jcfg"]
    assert "ws_port = 8989" in files["janus.transport.websockets.jcfg"]
    evh = files["janus.eventhandler.sampleevh.jcfg"]
    assert 'backend = "http://app:8000/api/rooms/v1/janus/events"' in evh and 'backend_pwd = "evt-s"' in evh
    assert 'events = "plugins"' in evh and "enabled = true" in evh


def test_janus_files_refuse_missing_secrets_and_bad_ports():
    good = dict(api_secret="a", token_secret="b", admin_secret="c", admin_key="d")
    with pytest.raises(ValueError):
        render.render_janus(render.JanusFiles(**{**good, "token_secret": ""}))
    with pytest.raises(ValueError):
        render.render_janus(render.JanusFiles(**good, events_url="http://x/"))  # no events secret
    with pytest.raises(ValueError):
        render.render_janus(render.JanusFiles(**good, rtp_ports=(40000, 30000)))
    # A quote in a secret stays inside its string.
    jcfg = render.render_janus(render.JanusFiles(**{**good, "api_secret": 'x"y\\z'}))["janus.jcfg"]
    assert 'api_secret = "x\\"y\\\\z"' in jcfg


def test_cli_writes_both_servers_files(tmp_path):
    import dataclasses

    from core.settings import get_settings, set_settings

    before = get_settings()
    set_settings(dataclasses.replace(before, janus_api_secret="a", janus_token_secret="b", janus_admin_secret="c",
                                     janus_admin_key="d", janus_events_secret="e", turn_secret="t-secret"))
    try:
        assert cli.main(["janus-config", "--out", str(tmp_path / "janus"), "--events-url",
                         "http://app:8000/api/rooms/v1/janus/events", "--ice-enforce-list", "eth0"]) == 0
        assert cli.main(["turn-config", "--out", str(tmp_path / "turnserver.conf"), "--realm", "huiyi.example"]) == 0
        set_settings(dataclasses.replace(get_settings(), janus_token_secret=""))
        assert cli.main(["janus-config", "--out", str(tmp_path / "none")]) == 2
    finally:
        set_settings(before)
    names = sorted(p.name for p in (tmp_path / "janus").iterdir())
    assert names == ["janus.eventhandler.sampleevh.jcfg", "janus.jcfg", "janus.plugin.videoroom.jcfg",
                     "janus.transport.http.jcfg", "janus.transport.websockets.jcfg"]
    assert f'configs_folder = "{tmp_path / "janus"}"' in (tmp_path / "janus" / "janus.jcfg").read_text()
    assert not (tmp_path / "none").exists()
    turn = (tmp_path / "turnserver.conf").read_text().splitlines()
    for line in ("use-auth-secret", "static-auth-secret=t-secret", "realm=huiyi.example", "listening-port=3478",
                 "no-tls", "min-port=49160", "max-port=49200", "denied-peer-ip=10.0.0.0-10.255.255.255"):
        assert line in turn
