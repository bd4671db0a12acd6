"""Janus's and coturn's configuration files, rendered from this deployment's settings.

Why here: the secrets Janus and coturn check (api_secret, token_auth_secret, the VideoRoom
admin_key, coturn's static-auth-secret) are the ones the service signs and sends with, so the
files are made from the same settings rather than edited by hand, by `python -m core.cli
janus-config --out DIR` / `turn-config --out FILE` (docker-compose.yml) and by the tests'
servers (tests/janus_server.py). The renderers are pure: values in, {file name: text} out.

What the Janus files decide:
- signed tokens only (token_auth with token_auth_secret): a client reaches Janus with the
  token the service issued, for the VideoRoom plugin only, until it expires; the service
  itself uses api_secret; the admin API has its own admin_secret;
- only the VideoRoom plugin and the HTTP and WebSocket transports are loaded, nothing else;
- the VideoRoom's admin_key (only the service creates rooms) and lock_rtp_forward (nobody
  forwards a room's media elsewhere without the room secret);
- the sample event handler posts VideoRoom's events (plugins) to the service with HTTP basic
  credentials (`JANUS_EVENTS_SECRET`), which admits joins, watches what is published and kicks
  what was not allowed (bff/rooms_janus.py, core.rooms.service.provider_event).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from core.rooms.providers.janus import EVENTS_USER  # the basic-auth user the event handler posts as

# The modules Debian's janus 1.1 ships; everything not named in ENABLED_* is disabled by file name.
PLUGINS = ("audiobridge", "duktape", "echotest", "lua", "nosip", "recordplay", "sip", "streaming", "textroom",
           "videocall", "videoroom", "voicemail")
TRANSPORTS = ("http", "mqtt", "nanomsg", "pfunix", "rabbitmq", "websockets")
EVENT_HANDLERS = ("gelfevh", "mqttevh", "nanomsgevh", "rabbitmqevh", "sampleevh", "wsevh")
LOGGERS = ("jsonlog",)
ENABLED_PLUGINS, ENABLED_TRANSPORTS, ENABLED_EVENTS = ("videoroom",), ("http", "websockets"), ("sampleevh",)


@dataclass(frozen=True)
class JanusFiles:
    """Everything the rendered Janus configuration depends on."""
    api_secret: str
    token_secret: str
    admin_secret: str
    admin_key: str
    events_url: str = ""  # where the event handler posts ("" = no event handler)
    events_secret: str = ""
    http_ip: str = "0.0.0.0"
    http_port: int = 8088
    ws_ip: str = "0.0.0.0"
    ws_port: int = 8188
    admin_ip: str = "127.0.0.1"
    admin_port: int = 7088  # 0 = no admin API
    rtp_ports: tuple[int, int] = (20000, 20999)
    ice_enforce_list: str = ""  # e.g. "eth0" or "lo"; "" = every interface
    nat_1_1_mapping: str = ""  # the public address behind a 1:1 NAT (a cloud host)
    stun_server: str = ""  # "host:port"
    configs_folder: str = ""  # where these files live (janus -F); "" = Janus's compiled default
    lib_folder: str = ""  # e.g. /usr/lib/x86_64-linux-gnu/janus; "" = Janus's compiled default
    server_name: str = "huiyi"
    debug_level: int = 4
    session_timeout: int = 60


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)  # libconfig strings: double quotes, backslash escapes


def _section(name: str, items: dict) -> str:
    lines = [f"\t{k} = {_value(v)}" for k, v in items.items() if v is not None]
    return f"{name}: {{\n" + "\n".join(lines) + "\n}\n"


def _disable(kind: str, names: tuple[str, ...], enabled: tuple[str, ...]) -> str:
    return ",".join(f"libjanus_{n}.so" for n in names if n not in enabled)


def render_janus(c: JanusFiles) -> dict[str, str]:
    """The files of a Janus configuration folder (janus -F DIR), by name."""
    if not (c.api_secret and c.token_secret and c.admin_secret and c.admin_key):
        raise ValueError("Janus needs api_secret, token_secret, admin_secret and admin_key")
    if c.events_url and not c.events_secret:
        raise ValueError("the event handler posts with JANUS_EVENTS_SECRET: set it")
    lo, hi = c.rtp_ports
    if not (1024 <= lo < hi <= 65535):
        raise ValueError(f"bad RTP port range {lo}-{hi}")
    general = {"server_name": c.server_name, "debug_level": c.debug_level, "session_timeout": c.session_timeout,
               "admin_secret": c.admin_secret, "api_secret": c.api_secret,
               "token_auth": True, "token_auth_secret": c.token_secret}
    if c.configs_folder:
        general["configs_folder"] = c.configs_folder
    if c.lib_folder:
        for kind in ("plugins", "transports", "events", "loggers"):
            general[f"{kind}_folder"] = f"{c.lib_folder}/{kind}"
    nat = {"ice_enforce_list": c.ice_enforce_list or None, "nat_1_1_mapping": c.nat_1_1_mapping or None,
           "ice_tcp": False, "full_trickle": False}
    if c.stun_server:
        host, _, port = c.stun_server.rpartition(":")
        nat.update(stun_server=host, stun_port=int(port))
    jcfg = (
        "# Rendered by core/rooms/janus_config.py (python -m core.cli janus-config): do not edit by hand.\n"
        + _section("general", general)
        + _section("media", {"rtp_port_range": f"{lo}-{hi}", "nack_optimizations": True})
        + _section("nat", nat)
        + _section("plugins", {"disable": _disable("plugins", PLUGINS, ENABLED_PLUGINS)})
        + _section("transports", {"disable": _disable("transports", TRANSPORTS, ENABLED_TRANSPORTS)})
        + _section("events", {"broadcast": bool(c.events_url),
                              "disable": _disable("events", EVENT_HANDLERS,
                                                  ENABLED_EVENTS if c.events_url else ())})
        + _section("loggers", {"disable": _disable("loggers", LOGGERS, ())})
    )
    videoroom = _section("general", {"admin_key": c.admin_key, "lock_rtp_forward": True, "string_ids": False,
                                     "events": True})
    http = _section("general", {"json": "compact", "base_path": "/janus", "http": True, "ip": c.http_ip,
                                "port": c.http_port, "https": False}) + _section(
        "admin", {"admin_base_path": "/admin", "admin_http": bool(c.admin_port), "admin_ip": c.admin_ip,
                  "admin_port": c.admin_port or 7088, "admin_https": False}) + _section("cors", {})
    ws = _section("general", {"json": "compact", "ws": True, "ws_ip": c.ws_ip, "ws_port": c.ws_port,
                              "wss": False}) + _section("admin", {"admin_ws": False, "admin_wss": False})
    evh = _section("general", {
        "enabled": bool(c.events_url), "events": "plugins", "grouping": True, "json": "compact",
        "backend": c.events_url or "http://127.0.0.1:9/", "backend_user": EVENTS_USER,
        "backend_pwd": c.events_secret or "-", "max_retransmissions": 5, "retransmissions_backoff": 100})
    return {"janus.jcfg": jcfg, "janus.plugin.videoroom.jcfg": videoroom, "janus.transport.http.jcfg": http,
            "janus.transport.websockets.jcfg": ws, "janus.eventhandler.sampleevh.jcfg": evh}


@dataclass(frozen=True)
class TurnFiles:
    secret: str  # static-auth-secret, the same as TURN_SECRET (core/rooms/ice.py)
    realm: str
    listening_ip: str = "0.0.0.0"
    listening_port: int = 3478
    relay_ip: str = ""  # "" = the listening address
    external_ip: str = ""  # the public address behind a 1:1 NAT
    relay_ports: tuple[int, int] = (49160, 49200)
    log_file: str = "stdout"
    allow_loopback: bool = False  # tests only: peers on 127.0.0.1


def render_turn(c: TurnFiles) -> str:
    """coturn's turnserver.conf for the REST shared-secret scheme (time-limited credentials)."""
    if not c.secret or not c.realm:
        raise ValueError("coturn needs the shared secret (TURN_SECRET) and a realm")
    lo, hi = c.relay_ports
    if not (1024 <= lo < hi <= 65535):
        raise ValueError(f"bad relay port range {lo}-{hi}")
    lines = [
        "# Rendered by core/rooms/janus_config.py (python -m core.cli turn-config): do not edit by hand.",
        "# Time-limited credentials (coturn's REST API scheme): user '<expiry>:<who>',",
        "# password base64(HMAC-SHA1(static-auth-secret, user)), made by core/rooms/ice.py.",
        "use-auth-secret", f"static-auth-secret={c.secret}", f"realm={c.realm}",
        f"listening-ip={c.listening_ip}", f"listening-port={c.listening_port}",
        f"min-port={lo}", f"max-port={hi}",
        "no-tls", "no-dtls", "no-cli", "fingerprint", "no-multicast-peers", "stale-nonce=600",
        f"log-file={c.log_file}", "simple-log", "no-software-attribute",
    ]
    if c.relay_ip:
        lines.append(f"relay-ip={c.relay_ip}")
    if c.external_ip:
        lines.append(f"external-ip={c.external_ip}")
    if c.allow_loopback:
        lines.append("allow-loopback-peers")
    else:  # relays never reach the host's private networks (a TURN server is an open door otherwise)
        lines += [f"denied-peer-ip={r}" for r in ("0.0.0.0-0.255.255.255", "10.0.0.0-10.255.255.255",
                                                   "127.0.0.0-127.255.255.255", "169.254.0.0-169.254.255.255",
                                                   "172.16.0.0-172.31.255.255", "192.168.0.0-192.168.255.255")]
    return "\n".join(lines) + "\n"
