"""Settings read from the environment.

Why: one place decides every knob, with development defaults that let `make run`
work on a bare machine, and a production guard that refuses those defaults.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

DEV_SECRET = "dev-insecure-secret-change-me"
# 128-bit keys, hex. Development only: production refuses them.
DEV_PII_KEYS = "k1:00112233445566778899aabbccddeeff"
DEV_INDEX_KEY = "ffeeddccbbaa99887766554433221100"
DEV_AUDIT_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
# The SMS provider's API key pair in development: only the loopback SMS (core/sms/offline.py) knows it.
DEV_SMS_SECRET_ID = "AKIDhuiyi-dev-sms"
DEV_SMS_SECRET_KEY = "huiyi-dev-sms-secret-key"
# The insurance e-prescription centre's app secret in development: only its loopback (core/insurance/offline.py) knows it.
DEV_INSURANCE_SECRET = "huiyi-dev-insurance-secret"


class SettingsError(RuntimeError):
    pass


def _bool(v: str | None, default: bool) -> bool:
    if v is None or v == "":
        return default
    return v.strip().lower() in {"1", "true", "yes", "on"}


def _int(env: dict, name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from exc


def _parse_keys(spec: str) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        kid, _, hexkey = part.partition(":")
        try:
            raw = bytes.fromhex(hexkey)
        except ValueError as exc:
            raise SettingsError(f"PII key {kid!r} is not hex") from exc
        if len(raw) != 16 or not kid:
            raise SettingsError(f"PII key {kid!r} must be 16 bytes (32 hex digits)")
        keys[kid] = raw
    if not keys:
        raise SettingsError("PII_KEYS holds no key")
    return keys


def _float(env: dict, name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from exc


def _pem(env: dict, name: str) -> str:
    """A PEM given inline (NAME) or as a file (NAME_FILE, the way container secrets are mounted)."""
    if env.get(name):
        return env[name]
    path = env.get(name + "_FILE")
    if not path:
        return ""
    try:
        return Path(path).read_text()
    except OSError as exc:
        raise SettingsError(f"{name}_FILE {path!r} cannot be read: {exc.strerror}") from exc


def _threshold(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}: face threshold {raw!r} is not a number") from exc
    if not 0 < value < 1:
        raise SettingsError(f"{name}: face threshold {value} must lie between 0 and 1")
    return value


def _parse_thresholds(spec: str) -> dict[str, float]:
    """"420100:0.45,420500:0.55" -> {"420100": 0.45, "420500": 0.55}."""
    out: dict[str, float] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        code, sep, raw = part.partition(":")
        if not sep or not code.strip():
            raise SettingsError(f"FACE_THRESHOLDS entry {part!r} is not CODE:THRESHOLD")
        out[code.strip()] = _threshold("FACE_THRESHOLDS", raw.strip())
    return out


def period_hours(spec: str) -> dict[str, tuple[dt.time, dt.time]]:
    """CONSULT_PERIODS "morning=08:00-12:00,..." -> {"morning": (08:00, 12:00), ...}: every period, start < end."""
    out: dict[str, tuple[dt.time, dt.time]] = {}
    for part in spec.split(","):
        name, _, hours = part.strip().partition("=")
        start, _, end = hours.partition("-")
        try:
            out[name.strip()] = (dt.time.fromisoformat(start.strip()), dt.time.fromisoformat(end.strip()))
        except ValueError:
            raise SettingsError(f"CONSULT_PERIODS entry {part!r} is not PERIOD=HH:MM-HH:MM") from None
        if out[name.strip()][0] >= out[name.strip()][1]:
            raise SettingsError(f"CONSULT_PERIODS entry {part!r} ends before it starts")
    if set(out) != {"morning", "afternoon", "evening"}:
        raise SettingsError(f"CONSULT_PERIODS must give morning, afternoon and evening, got {sorted(out)}")
    return out


def _parse_pairs(name: str, spec: str) -> dict[str, str]:
    """"a:x,b:y" -> {"a": "x", "b": "y"}."""
    out: dict[str, str] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.rpartition(":")
        if not sep or not key.strip() or not value.strip():
            raise SettingsError(f"{name} entry {part!r} is not KEY:VALUE")
        out[key.strip()] = value.strip()
    return out


@dataclass
class Settings:
    env: str = "development"
    database_url: str = "sqlite://var/huiyi.sqlite3"
    redis_url: str = "memory://"
    secret_key: str = DEV_SECRET
    pii_keys: dict[str, bytes] = field(default_factory=lambda: _parse_keys(DEV_PII_KEYS))
    pii_active_key: str = "k1"
    index_key: bytes = bytes.fromhex(DEV_INDEX_KEY)
    audit_key: bytes = bytes.fromhex(DEV_AUDIT_KEY)
    storage_dir: Path = Path("var/files")
    # Where signed heads of the audit chain are appended (core/audit/anchors.py); empty means
    # STORAGE_DIR/audit-anchors.jsonl. Keep it where database administrators cannot write.
    audit_anchor_path: str = ""
    # Attachments (scans, PDFs) go up to 10 MB; JSON bodies are far smaller.
    max_body_bytes: int = 12 * 1024 * 1024
    # admin login
    password_min_length: int = 8
    password_max_age_days: int = 90
    login_max_failures: int = 5
    login_lockout_seconds: int = 15 * 60
    admin_session_seconds: int = 8 * 3600
    cookie_secure: bool = False
    # mini-program
    wechat_appid: str = "wx-demo-appid"
    wechat_secret: str = "wx-demo-secret"
    wechat_api_base: str = "https://api.weixin.qq.com/"
    # The service answers WeChat's server API itself under /dev/wechat/ (core/wechat_offline.py),
    # so wx-login works with no internet. Development only: production refuses it.
    wechat_offline: bool = False
    # The H5 client's WeChat web authorisation (official account, 公众号网页授权): its own appid and
    # secret (from the environment, never committed), and the scope it asks for. The account it
    # logs into is the mini-program's, found by unionid (both apps under one open-platform account).
    wechat_oa_appid: str = "wx-demo-oa-appid"
    wechat_oa_secret: str = "wx-demo-oa-secret"
    wechat_oa_scope: str = "snsapi_userinfo"
    jwt_access_seconds: int = 15 * 60
    jwt_refresh_seconds: int = 30 * 24 * 3600
    jwt_audience: str = "huiyi-mp"
    jwt_issuer: str = "huiyi"
    physician_session_seconds: int = 2 * 3600
    log_level: str = "INFO"
    proxies_count: int = 0
    # How long a starting server worker may take before Sanic gives up on the whole server
    # (bff/workers.py): Sanic's own 30 s is missed on a saturated machine.
    worker_ack_seconds: int = 120
    # Where the public pages are reached from outside (QR codes on certificates point here).
    public_base_url: str = "http://127.0.0.1:8000"
    # Face verification before the exam: distance threshold (lower is stricter), per-region
    # overrides keyed by a city or county code (FACE_THRESHOLDS="420100:0.45,420500:0.55"),
    # failed attempts before a proctor must release the session, analysis processes.
    face_threshold: float = 0.5
    face_thresholds_by_region: dict[str, float] = field(default_factory=dict)
    face_max_attempts: int = 3
    face_processes: int = 1
    # Practice: a question leaves the wrong-answer notebook after this many right answers in a row.
    practice_clear_after: int = 3
    # Record copies (seed 003): the identity verifier (a registered name in core/records/identity.py;
    # the district's identity platform registers its own), how long a ready copy may be downloaded
    # and how long one signed download link lives.
    records_identity_verifier: str = "face"
    record_copy_days: int = 30
    record_link_seconds: int = 600
    # Payments (core/payments): the gateway (a registered name), WeChat Pay APIv3 merchant
    # credentials (from the environment, never committed: the private key and the platform
    # public key as PEM text or *_FILE paths), where WeChat Pay is reached and where it sends
    # notifications (PUBLIC_BASE_URL unless set), and how long an order may be paid.
    # Without a public key id the client verifies WeChat Pay with its platform certificates,
    # downloaded into WECHATPAY_CERT_DIR.
    payment_gateway: str = "wechatpay"
    wechatpay_mchid: str = ""
    wechatpay_private_key: str = ""
    wechatpay_cert_serial_no: str = ""
    wechatpay_apiv3_key: str = ""
    wechatpay_public_key: str = ""
    wechatpay_public_key_id: str = ""
    wechatpay_cert_dir: str = "var/wechatpay-certs"
    wechatpay_api_base: str = "https://api.mch.weixin.qq.com"
    wechatpay_notify_base: str = ""
    wechatpay_timeout: float = 10.0
    payment_minutes: int = 30
    # Consultations (core/consult): a paid order not accepted within CONSULT_ACCEPT_MINUTES (24 hours by
    # default; fractions allowed, for tests) is cancelled and refunded; the doctor is reminded
    # CONSULT_REMIND_MINUTES before that.
    consult_accept_minutes: float = 24 * 60
    consult_remind_minutes: int = 60
    # Video consultations' waiting room (core/consult/video.py): the hours of the schedule's periods in China
    # time ("morning=08:00-12:00,afternoon=14:00-17:30,evening=18:00-21:00"); a patient checks in from
    # CONSULT_CHECKIN_MINUTES before the period starts; a call rings CONSULT_CALL_SECONDS; after
    # CONSULT_NO_SHOW_CALLS missed calls the order ends as a no-show (not refunded).
    consult_periods: str = "morning=08:00-12:00,afternoon=14:00-17:30,evening=18:00-21:00"
    consult_checkin_minutes: int = 30
    consult_call_seconds: int = 60
    consult_no_show_calls: int = 3
    # The service answers WeChat Pay APIv3 itself under /dev/wechatpay/ (core/payments/offline.py)
    # with keys generated at first use into WECHATPAY_DEV_DIR. Development only: production refuses it.
    wechatpay_offline: bool = False
    wechatpay_dev_dir: str = "var/wechatpay-dev"
    # Notifications outside the app: "null" (in-app messages only) or "wechat" (subscribe messages,
    # template ids per message kind: WECHAT_SUBSCRIBE_TEMPLATES="record_request.state:TEMPLATE_ID,...").
    notify_sender: str = "null"
    wechat_subscribe_templates: dict[str, str] = field(default_factory=dict)
    # Realtime gateway (realtime/gateway.py), per socket: frames queued for sending before a
    # client that cannot keep up is dropped (it resumes by sequence), the largest frame accepted,
    # frames a second (twice that in a burst), how long the first frame (auth) may take, the
    # silence after which a socket is closed, the heartbeat clients are told to keep (their
    # {"op":"ping"} frames), the server's own WebSocket protocol ping interval (0: none, the
    # default: the clients' heartbeats and the idle sweep already find dead peers, and a protocol
    # keepalive costs ~5 KB per socket, the difference between 10,000 idle sockets fitting in
    # 500 MB or not), how often open sockets' token stamps are read again (a lost revocation
    # message), and how long a console page's socket ticket lives (a short access token for the
    # cookie-session console).
    # The visit event centre (core/visits/centre): events a sub-centre applies in one batch, how long
    # a process's lease on an institution's stream lives without renewal (another process takes the
    # stream over after that), how many institutions' streams one process serves at most, the
    # unprocessed events one stream may hold before the transports are told to slow down (503 /
    # AMQP messages left unacknowledged), the AMQP broker (AMQP_URL; none: no AMQP consumers) and
    # how many unacknowledged messages one AMQP consumer may hold.
    visits_centre_batch: int = 100
    visits_centre_lease_seconds: int = 30
    visits_centre_partitions: int = 64
    visits_stream_max: int = 200_000
    amqp_url: str = ""
    visits_amqp_prefetch: int = 200
    realtime_queue_messages: int = 256
    realtime_queue_bytes: int = 1024 * 1024
    realtime_frame_bytes: int = 32 * 1024
    realtime_rate: int = 20
    realtime_auth_seconds: int = 10
    realtime_idle_seconds: int = 90
    realtime_heartbeat_seconds: int = 30
    realtime_ping_seconds: int = 0
    realtime_stamp_seconds: int = 60
    realtime_ticket_seconds: int = 600
    # SMS verification codes (core/sms): the gateway (a registered name), the provider's API
    # (Tencent Cloud SMS, TC3-HMAC-SHA256) and its key pair, the application, signature and the
    # template per message kind (SMS_TEMPLATES="verify:TEMPLATE_ID"). SMS_OFFLINE=1: the service
    # answers as the provider under /dev/sms/ (development only, like WECHAT_OFFLINE).
    sms_gateway: str = "tencent"
    sms_api_base: str = "https://sms.tencentcloudapi.com/"
    sms_offline: bool = False
    sms_secret_id: str = DEV_SMS_SECRET_ID
    sms_secret_key: str = DEV_SMS_SECRET_KEY
    sms_region: str = "ap-guangzhou"
    sms_sdk_app_id: str = "1400000001"
    sms_sign_name: str = "惠医"
    sms_templates: dict[str, str] = field(default_factory=lambda: {"verify": "100001"})
    # The medical-insurance e-prescription centre (core/insurance, docs/insurance.md): its JSON API,
    # our app id and the shared secret both sides sign with (HMAC-SM3), the 定点医药机构编号 of each
    # institution ("<org id>:<code>,..."; unset: H + the id on 11 digits), the timeout of a call.
    # INSURANCE_OFFLINE: the service answers as the centre under /dev/insurance/ (development only).
    insurance_api_base: str = "https://rx-centre.example.invalid/api/"
    insurance_app_id: str = "huiyi-dev"
    insurance_app_secret: str = DEV_INSURANCE_SECRET
    insurance_fixmedins_codes: dict[str, str] = field(default_factory=dict)
    insurance_timeout: float = 10.0
    insurance_offline: bool = False
    # Reading ID cards (media/ocr.py): processes of the OCR pool in each server process.
    ocr_processes: int = 1
    # Logistics (core/pharmacy/carriers.py, docs/logistics.md): the carrier adapter parcels go to, its
    # JSON API, the app key and the secret both directions are signed with (HMAC-SHA256).
    logistics_carrier: str = "jsonapi"
    logistics_api_base: str = ""
    logistics_app_key: str = "dev-logistics"
    logistics_app_secret: str = "dev-logistics-secret"
    logistics_timeout: float = 10.0
    logistics_offline: bool = False  # the service answers as the carrier itself (core/pharmacy/offline.py)
    # Video rooms (core/rooms): the media provider of this deployment (recorded on each room):
    # "janus" (self-hosted Janus VideoRoom + coturn, production), "trtc" (Tencent TRTC, needed by
    # mini-programs, which have no WebRTC) or "builtin" (aiortc in its own process: development
    # only). How long a participant's join credentials live.
    video_provider: str = "builtin"
    video_token_seconds: int = 600
    # Janus: its HTTP API (the service creates rooms there, with JANUS_API_SECRET), the address
    # browsers join (JANUS_PUBLIC_URL, WebSocket or HTTP), the secret its signed tokens are made
    # with (token_auth_secret in janus.jcfg) and the VideoRoom plugin's admin_key.
    janus_url: str = "http://127.0.0.1:8088/janus"
    janus_public_url: str = ""
    janus_api_secret: str = ""
    janus_token_secret: str = ""
    janus_admin_key: str = ""
    # Janus's admin API secret (admin_secret in janus.jcfg; only the rendered configuration uses
    # it) and the password its event handler posts VideoRoom's events with (bff/rooms_janus.py).
    janus_admin_secret: str = ""
    janus_events_secret: str = ""
    # Where Janus writes recordings (one folder per room) and the service reads them: a path both
    # see (the same machine, or a shared volume), and Janus's post-processor that makes them playable.
    janus_record_dir: str = "var/janus-recordings"
    janus_pp_rec: str = "janus-pp-rec"
    # TURN (coturn's shared-secret REST scheme: use-auth-secret / static-auth-secret): the
    # addresses handed to clients ("turn:host:3478?transport=udp,..."), the secret, the lifetime.
    turn_urls: tuple[str, ...] = ()
    turn_secret: str = ""
    turn_seconds: int = 3600
    stun_urls: tuple[str, ...] = ()
    # TRTC: the application (SDKAppID) and its key (UserSig, PrivateMapKey); the Tencent Cloud API
    # key pair and address for the server-side room calls (RemoveUser, DismissRoom).
    trtc_sdk_app_id: int = 0
    trtc_secret_key: str = ""
    trtc_api_base: str = "https://trtc.tencentcloudapi.com/"
    trtc_api_secret_id: str = ""
    trtc_api_secret_key: str = ""
    trtc_region: str = "ap-guangzhou"
    # The builtin media process (realtime/media_server.py): where the service and browsers reach it,
    # and the secret it shares with the service (its server-to-server calls and the peers' tokens);
    # empty: derived from SECRET_KEY, which suits `make run` (both processes read the same one).
    builtin_media_url: str = "http://127.0.0.1:8010"
    builtin_media_secret: str = ""
    # The demo HIS's visit simulator (core/his/simulator.py) inside the server: visits moving
    # through their steps at the demo's hospitals. On by default in development (`make run`),
    # off in tests and refused in production. About VISIT_SIMULATOR_RATE events a second.
    visit_simulator: bool = False
    visit_simulator_rate: float = 0.5
    # Electronic signatures (core/signing): "builtin" (SM2 keys made and kept here, the private key
    # encrypted at rest) or "ca" (a licensed CA's signing service at CA_API_BASE, its protocol in
    # docs/signing.md, requests authenticated by CA_APP_ID and an HMAC with CA_APP_SECRET).
    signer: str = "builtin"
    ca_api_base: str = ""
    ca_app_id: str = ""
    ca_app_secret: str = ""
    # Outgoing mail (e-invoices, core/invoices/mail.py): the SMTP relay. Without SMTP_HOST outside
    # production, messages are written to SMTP_SPOOL_DIR (var/mail/) instead of being sent.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_from: str = "invoice@huiyi.local"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = True
    smtp_spool_dir: str = "var/mail"

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def redis_is_memory(self) -> bool:
        return self.redis_url.startswith("memory://")

    @classmethod
    def from_env(cls, env: dict | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        s = cls(
            env=env.get("HUIYI_ENV", "development"),
            database_url=env.get("DATABASE_URL", cls.database_url),
            redis_url=env.get("REDIS_URL", cls.redis_url),
            secret_key=env.get("SECRET_KEY", DEV_SECRET),
            pii_keys=_parse_keys(env.get("PII_KEYS", DEV_PII_KEYS)),
            pii_active_key=env.get("PII_ACTIVE_KEY", "k1"),
            index_key=bytes.fromhex(env.get("PII_INDEX_KEY", DEV_INDEX_KEY)),
            audit_key=bytes.fromhex(env.get("AUDIT_KEY", DEV_AUDIT_KEY)),
            storage_dir=Path(env.get("STORAGE_DIR", "var/files")),
            audit_anchor_path=env.get("AUDIT_ANCHOR_PATH", ""),
            max_body_bytes=_int(env, "MAX_BODY_BYTES", 12 * 1024 * 1024),
            password_min_length=_int(env, "PASSWORD_MIN_LENGTH", 8),
            password_max_age_days=_int(env, "PASSWORD_MAX_AGE_DAYS", 90),
            login_max_failures=_int(env, "LOGIN_MAX_FAILURES", 5),
            login_lockout_seconds=_int(env, "LOGIN_LOCKOUT_SECONDS", 15 * 60),
            admin_session_seconds=_int(env, "ADMIN_SESSION_SECONDS", 8 * 3600),
            cookie_secure=_bool(env.get("COOKIE_SECURE"), env.get("HUIYI_ENV") == "production"),
            wechat_appid=env.get("WECHAT_APPID", "wx-demo-appid"),
            wechat_secret=env.get("WECHAT_SECRET", "wx-demo-secret"),
            wechat_api_base=env.get("WECHAT_API_BASE", "https://api.weixin.qq.com/"),
            wechat_oa_appid=env.get("WECHAT_OA_APPID", "wx-demo-oa-appid"),
            wechat_oa_secret=env.get("WECHAT_OA_SECRET", "wx-demo-oa-secret"),
            wechat_oa_scope=env.get("WECHAT_OA_SCOPE") or "snsapi_userinfo",
            jwt_access_seconds=_int(env, "JWT_ACCESS_SECONDS", 15 * 60),
            jwt_refresh_seconds=_int(env, "JWT_REFRESH_SECONDS", 30 * 24 * 3600),
            physician_session_seconds=_int(env, "PHYSICIAN_SESSION_SECONDS", 2 * 3600),
            log_level=env.get("LOG_LEVEL", "INFO"),
            proxies_count=_int(env, "PROXIES_COUNT", 0),
            worker_ack_seconds=_int(env, "WORKER_ACK_SECONDS", 120),
            public_base_url=env.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
            face_threshold=_threshold("FACE_THRESHOLD", env.get("FACE_THRESHOLD") or "0.5"),
            face_thresholds_by_region=_parse_thresholds(env.get("FACE_THRESHOLDS", "")),
            face_max_attempts=_int(env, "FACE_MAX_ATTEMPTS", 3),
            face_processes=_int(env, "FACE_PROCESSES", 1),
            practice_clear_after=_int(env, "PRACTICE_CLEAR_AFTER", 3),
            records_identity_verifier=env.get("RECORDS_IDENTITY_VERIFIER") or "face",
            payment_gateway=env.get("PAYMENT_GATEWAY") or "wechatpay",
            wechatpay_mchid=env.get("WECHATPAY_MCHID", ""),
            wechatpay_private_key=_pem(env, "WECHATPAY_PRIVATE_KEY"),
            wechatpay_cert_serial_no=env.get("WECHATPAY_CERT_SERIAL_NO", ""),
            wechatpay_apiv3_key=env.get("WECHATPAY_APIV3_KEY", ""),
            wechatpay_public_key=_pem(env, "WECHATPAY_PUBLIC_KEY"),
            wechatpay_public_key_id=env.get("WECHATPAY_PUBLIC_KEY_ID", ""),
            wechatpay_cert_dir=env.get("WECHATPAY_CERT_DIR") or "var/wechatpay-certs",
            wechatpay_api_base=(env.get("WECHATPAY_API_BASE") or "https://api.mch.weixin.qq.com").rstrip("/"),
            wechatpay_notify_base=(env.get("WECHATPAY_NOTIFY_BASE") or "").rstrip("/"),
            wechatpay_timeout=_float(env, "WECHATPAY_TIMEOUT", 10.0),
            payment_minutes=_int(env, "PAYMENT_MINUTES", 30),
            consult_accept_minutes=_float(env, "CONSULT_ACCEPT_MINUTES", 24 * 60),
            consult_remind_minutes=_int(env, "CONSULT_REMIND_MINUTES", 60),
            consult_periods=env.get("CONSULT_PERIODS") or "morning=08:00-12:00,afternoon=14:00-17:30,evening=18:00-21:00",
            consult_checkin_minutes=_int(env, "CONSULT_CHECKIN_MINUTES", 30),
            consult_call_seconds=_int(env, "CONSULT_CALL_SECONDS", 60),
            consult_no_show_calls=_int(env, "CONSULT_NO_SHOW_CALLS", 3),
            wechatpay_dev_dir=env.get("WECHATPAY_DEV_DIR") or "var/wechatpay-dev",
            record_copy_days=_int(env, "RECORD_COPY_DAYS", 30),
            record_link_seconds=_int(env, "RECORD_LINK_SECONDS", 600),
            notify_sender=env.get("NOTIFY_SENDER") or "null",
            wechat_subscribe_templates=_parse_pairs("WECHAT_SUBSCRIBE_TEMPLATES",
                                                    env.get("WECHAT_SUBSCRIBE_TEMPLATES", "")),
            visits_centre_batch=_int(env, "VISITS_CENTRE_BATCH", 100),
            visits_centre_lease_seconds=_int(env, "VISITS_CENTRE_LEASE_SECONDS", 30),
            visits_centre_partitions=_int(env, "VISITS_CENTRE_PARTITIONS", 64),
            visits_stream_max=_int(env, "VISITS_STREAM_MAX", 200_000),
            amqp_url=env.get("AMQP_URL", ""),
            visits_amqp_prefetch=_int(env, "VISITS_AMQP_PREFETCH", 200),
            realtime_queue_messages=_int(env, "REALTIME_QUEUE_MESSAGES", 256),
            realtime_queue_bytes=_int(env, "REALTIME_QUEUE_BYTES", 1024 * 1024),
            realtime_frame_bytes=_int(env, "REALTIME_FRAME_BYTES", 32 * 1024),
            realtime_rate=_int(env, "REALTIME_RATE", 20),
            realtime_auth_seconds=_int(env, "REALTIME_AUTH_SECONDS", 10),
            realtime_idle_seconds=_int(env, "REALTIME_IDLE_SECONDS", 90),
            realtime_heartbeat_seconds=_int(env, "REALTIME_HEARTBEAT_SECONDS", 30),
            realtime_ping_seconds=_int(env, "REALTIME_PING_SECONDS", 0),
            realtime_stamp_seconds=_int(env, "REALTIME_STAMP_SECONDS", 60),
            realtime_ticket_seconds=_int(env, "REALTIME_TICKET_SECONDS", 600),
            sms_gateway=env.get("SMS_GATEWAY") or "tencent",
            sms_api_base=env.get("SMS_API_BASE") or "https://sms.tencentcloudapi.com/",
            sms_secret_id=env.get("SMS_SECRET_ID") or DEV_SMS_SECRET_ID,
            sms_secret_key=env.get("SMS_SECRET_KEY") or DEV_SMS_SECRET_KEY,
            sms_region=env.get("SMS_REGION") or "ap-guangzhou",
            sms_sdk_app_id=env.get("SMS_SDK_APP_ID") or "1400000001",
            sms_sign_name=env.get("SMS_SIGN_NAME") or "惠医",
            sms_templates=_parse_pairs("SMS_TEMPLATES", env.get("SMS_TEMPLATES") or "verify:100001"),
            insurance_api_base=env.get("INSURANCE_API_BASE") or "https://rx-centre.example.invalid/api/",
            insurance_app_id=env.get("INSURANCE_APP_ID") or "huiyi-dev",
            insurance_app_secret=env.get("INSURANCE_APP_SECRET") or DEV_INSURANCE_SECRET,
            insurance_fixmedins_codes=_parse_pairs("INSURANCE_FIXMEDINS_CODES",
                                                   env.get("INSURANCE_FIXMEDINS_CODES") or ""),
            insurance_timeout=_float(env, "INSURANCE_TIMEOUT", 10.0),
            ocr_processes=_int(env, "OCR_PROCESSES", 1),
            logistics_carrier=env.get("LOGISTICS_CARRIER") or "jsonapi",
            logistics_api_base=(env.get("LOGISTICS_API_BASE") or "").rstrip("/"),
            logistics_app_key=env.get("LOGISTICS_APP_KEY") or "dev-logistics",
            logistics_app_secret=env.get("LOGISTICS_APP_SECRET") or "dev-logistics-secret",
            logistics_timeout=_float(env, "LOGISTICS_TIMEOUT", 10.0),
            video_provider=env.get("VIDEO_PROVIDER") or "builtin",
            video_token_seconds=_int(env, "VIDEO_TOKEN_SECONDS", 600),
            janus_url=(env.get("JANUS_URL") or "http://127.0.0.1:8088/janus").rstrip("/"),
            janus_public_url=(env.get("JANUS_PUBLIC_URL") or "").rstrip("/"),
            janus_api_secret=env.get("JANUS_API_SECRET", ""),
            janus_token_secret=env.get("JANUS_TOKEN_SECRET", ""),
            janus_admin_key=env.get("JANUS_ADMIN_KEY", ""),
            janus_admin_secret=env.get("JANUS_ADMIN_SECRET", ""),
            janus_events_secret=env.get("JANUS_EVENTS_SECRET", ""),
            janus_record_dir=env.get("JANUS_RECORD_DIR") or "var/janus-recordings",
            janus_pp_rec=env.get("JANUS_PP_REC") or "janus-pp-rec",
            turn_urls=tuple(u.strip() for u in (env.get("TURN_URLS") or "").split(",") if u.strip()),
            turn_secret=env.get("TURN_SECRET", ""),
            turn_seconds=_int(env, "TURN_SECONDS", 3600),
            stun_urls=tuple(u.strip() for u in (env.get("STUN_URLS") or "").split(",") if u.strip()),
            trtc_sdk_app_id=_int(env, "TRTC_SDK_APP_ID", 0),
            trtc_secret_key=env.get("TRTC_SECRET_KEY", ""),
            trtc_api_base=env.get("TRTC_API_BASE") or "https://trtc.tencentcloudapi.com/",
            trtc_api_secret_id=env.get("TRTC_API_SECRET_ID", ""),
            trtc_api_secret_key=env.get("TRTC_API_SECRET_KEY", ""),
            trtc_region=env.get("TRTC_REGION") or "ap-guangzhou",
            builtin_media_url=(env.get("BUILTIN_MEDIA_URL") or "http://127.0.0.1:8010").rstrip("/"),
            builtin_media_secret=env.get("BUILTIN_MEDIA_SECRET", ""),
            visit_simulator_rate=_float(env, "VISIT_SIMULATOR_RATE", 0.5),
            signer=env.get("SIGNER") or "builtin",
            ca_api_base=(env.get("CA_API_BASE") or "").rstrip("/"),
            ca_app_id=env.get("CA_APP_ID", ""),
            ca_app_secret=env.get("CA_APP_SECRET", ""),
            smtp_host=env.get("SMTP_HOST", ""),
            smtp_port=_int(env, "SMTP_PORT", 587),
            smtp_from=env.get("SMTP_FROM") or "invoice@huiyi.local",
            smtp_user=env.get("SMTP_USER", ""),
            smtp_password=env.get("SMTP_PASSWORD", ""),
            smtp_starttls=_bool(env.get("SMTP_STARTTLS"), True),
            smtp_spool_dir=env.get("SMTP_SPOOL_DIR") or "var/mail",
        )
        if not (1 <= s.realtime_queue_messages <= 100_000 and 4096 <= s.realtime_frame_bytes <= 1024 * 1024
                and 1 <= s.realtime_rate <= 10_000 and 1 <= s.realtime_auth_seconds <= 120
                and 5 <= s.realtime_idle_seconds <= 3600 and 0 <= s.realtime_heartbeat_seconds <= 45
                and 0 <= s.realtime_ping_seconds <= 300
                and 30 <= s.realtime_ticket_seconds <= 3600):
            raise SettingsError("REALTIME_* settings out of range (heartbeat at most 45 s, see core/settings.py)")
        if not (1 <= s.visits_centre_batch <= 1000 and 2 <= s.visits_centre_lease_seconds <= 600
                and 1 <= s.visits_centre_partitions <= 10_000 and 100 <= s.visits_stream_max <= 10_000_000
                and 1 <= s.visits_amqp_prefetch <= 5000):
            raise SettingsError("VISITS_* settings out of range (see core/settings.py)")
        if s.wechat_oa_scope not in ("snsapi_base", "snsapi_userinfo"):
            raise SettingsError(f"WECHAT_OA_SCOPE must be snsapi_base or snsapi_userinfo, got {s.wechat_oa_scope!r}")
        if not 1 <= s.practice_clear_after <= 100:
            raise SettingsError(f"PRACTICE_CLEAR_AFTER must lie between 1 and 100, got {s.practice_clear_after}")
        if not 1 <= s.record_copy_days <= 365:
            raise SettingsError(f"RECORD_COPY_DAYS must lie between 1 and 365, got {s.record_copy_days}")
        if not 30 <= s.record_link_seconds <= 3600:
            raise SettingsError(f"RECORD_LINK_SECONDS must lie between 30 and 3600, got {s.record_link_seconds}")
        if not 0.05 <= s.consult_accept_minutes <= 72 * 60:
            raise SettingsError(f"CONSULT_ACCEPT_MINUTES must lie between 0.05 and 4320, got {s.consult_accept_minutes}")
        if not 0 <= s.consult_remind_minutes <= 24 * 60:
            raise SettingsError(f"CONSULT_REMIND_MINUTES must lie between 0 and 1440, got {s.consult_remind_minutes}")
        period_hours(s.consult_periods)
        if not 0 <= s.consult_checkin_minutes <= 24 * 60:
            raise SettingsError(f"CONSULT_CHECKIN_MINUTES must lie between 0 and 1440, got {s.consult_checkin_minutes}")
        if not 5 <= s.consult_call_seconds <= 600:
            raise SettingsError(f"CONSULT_CALL_SECONDS must lie between 5 and 600, got {s.consult_call_seconds}")
        if not 1 <= s.consult_no_show_calls <= 10:
            raise SettingsError(f"CONSULT_NO_SHOW_CALLS must lie between 1 and 10, got {s.consult_no_show_calls}")
        if not 5 <= s.payment_minutes <= 24 * 60:
            raise SettingsError(f"PAYMENT_MINUTES must lie between 5 and 1440, got {s.payment_minutes}")
        if not 0 < s.wechatpay_timeout <= 60:
            raise SettingsError(f"WECHATPAY_TIMEOUT must lie between 0 and 60 seconds, got {s.wechatpay_timeout}")
        if s.pii_active_key not in s.pii_keys:
            raise SettingsError(f"PII_ACTIVE_KEY {s.pii_active_key!r} is not among PII_KEYS")
        # Offline WeChat: on by default in development when no real WeChat is configured.
        s.wechat_offline = _bool(env.get("WECHAT_OFFLINE"), s.env == "development"
                                 and not env.get("WECHAT_APPID") and not env.get("WECHAT_API_BASE"))
        if s.wechat_offline and not env.get("WECHAT_API_BASE"):
            s.wechat_api_base = s.public_base_url + "/dev/wechat/"
        if not s.wechat_api_base.endswith("/"):
            s.wechat_api_base += "/"
        # Loopback SMS: on by default in development when no real provider is configured.
        s.sms_offline = _bool(env.get("SMS_OFFLINE"), s.env == "development"
                              and not env.get("SMS_SECRET_ID") and not env.get("SMS_API_BASE"))
        if s.sms_offline and not env.get("SMS_API_BASE"):
            s.sms_api_base = s.public_base_url + "/dev/sms/"
        if not s.sms_api_base.endswith("/"):
            s.sms_api_base += "/"
        # Loopback carrier: on by default in development when no carrier is configured.
        s.logistics_offline = _bool(env.get("LOGISTICS_OFFLINE"), s.env == "development"
                                    and not env.get("LOGISTICS_API_BASE"))
        if s.logistics_offline and not env.get("LOGISTICS_API_BASE"):
            s.logistics_api_base = s.public_base_url + "/dev/logistics/v1"
        # Loopback insurance centre: on by default in development when no centre is configured.
        s.insurance_offline = _bool(env.get("INSURANCE_OFFLINE"), s.env == "development"
                                    and not env.get("INSURANCE_API_BASE"))
        if s.insurance_offline and not env.get("INSURANCE_API_BASE"):
            s.insurance_api_base = s.public_base_url + "/dev/insurance/"
        if not s.insurance_api_base.endswith("/"):
            s.insurance_api_base += "/"
        if not 0.5 <= s.insurance_timeout <= 60:
            raise SettingsError(f"INSURANCE_TIMEOUT must lie between 0.5 and 60 seconds, got {s.insurance_timeout}")
        if not 1 <= s.ocr_processes <= 8:
            raise SettingsError(f"OCR_PROCESSES must lie between 1 and 8, got {s.ocr_processes}")
        # Offline WeChat Pay: on by default in development when no merchant is configured.
        s.wechatpay_offline = _bool(env.get("WECHATPAY_OFFLINE"), s.env == "development"
                                    and not env.get("WECHATPAY_MCHID") and not env.get("WECHATPAY_API_BASE"))
        if s.wechatpay_offline and not env.get("WECHATPAY_API_BASE"):
            s.wechatpay_api_base = s.public_base_url + "/dev/wechatpay"
        s.visit_simulator = _bool(env.get("VISIT_SIMULATOR"), s.env == "development")
        if s.signer not in ("builtin", "ca"):
            raise SettingsError(f"SIGNER must be builtin or ca, got {s.signer!r}")
        if s.signer == "ca" and not (s.ca_api_base and s.ca_app_id and s.ca_app_secret):
            raise SettingsError("SIGNER=ca needs CA_API_BASE, CA_APP_ID and CA_APP_SECRET")
        if not 1 <= s.smtp_port <= 65535:
            raise SettingsError(f"SMTP_PORT must lie between 1 and 65535, got {s.smtp_port}")
        if not 0.01 <= s.visit_simulator_rate <= 5000:
            raise SettingsError(f"VISIT_SIMULATOR_RATE must lie between 0.01 and 5000, got {s.visit_simulator_rate}")
        s.check()
        return s

    def check(self) -> None:
        """Production refuses to start on development secrets or embedded stores."""
        if not self.is_production:
            return
        problems = []
        if self.secret_key == DEV_SECRET or len(self.secret_key) < 32:
            problems.append("SECRET_KEY is the development default or shorter than 32 characters")
        if any(k == bytes.fromhex(DEV_PII_KEYS.split(":")[1]) for k in self.pii_keys.values()):
            problems.append("PII_KEYS contains the development key")
        if self.index_key == bytes.fromhex(DEV_INDEX_KEY):
            problems.append("PII_INDEX_KEY is the development default")
        if self.audit_key == bytes.fromhex(DEV_AUDIT_KEY):
            problems.append("AUDIT_KEY is the development default")
        if self.wechat_secret == "wx-demo-secret":
            problems.append("WECHAT_SECRET is the development default")
        if self.redis_is_memory:
            problems.append("REDIS_URL=memory:// is for development only")
        if self.wechat_offline:
            problems.append("WECHAT_OFFLINE (the service answering as WeChat) is for development only: "
                            "set WECHAT_OFFLINE=0 and the real WECHAT_APPID / WECHAT_SECRET")
        if self.sms_offline:
            problems.append("SMS_OFFLINE (the service answering as the SMS provider) is for development only: "
                            "set SMS_OFFLINE=0 and the real SMS_SECRET_ID / SMS_SECRET_KEY")
        if self.logistics_app_secret == "dev-logistics-secret":
            problems.append("LOGISTICS_APP_SECRET is the development default (anyone could push tracking)")
        if self.logistics_offline:
            problems.append("LOGISTICS_OFFLINE (the service answering as the carrier) is for development only: "
                            "set LOGISTICS_OFFLINE=0 and LOGISTICS_API_BASE / _APP_KEY / _APP_SECRET")
        if self.insurance_app_secret == DEV_INSURANCE_SECRET and not self.insurance_offline:
            problems.append("INSURANCE_APP_SECRET is the development default (anyone could forge the centre's notices)")
        if self.insurance_offline:
            problems.append("INSURANCE_OFFLINE (the service answering as the insurance e-prescription centre) is "
                            "for development only: set INSURANCE_OFFLINE=0 and INSURANCE_API_BASE / _APP_ID / _APP_SECRET")
        if self.video_provider == "builtin":
            problems.append("VIDEO_PROVIDER=builtin (aiortc) is for development only: use janus or trtc")
        if self.video_provider == "trtc" and not (self.trtc_sdk_app_id and self.trtc_secret_key
                                                  and self.trtc_api_secret_id and self.trtc_api_secret_key):
            problems.append("VIDEO_PROVIDER=trtc needs TRTC_SDK_APP_ID, TRTC_SECRET_KEY (tickets) and "
                            "TRTC_API_SECRET_ID / TRTC_API_SECRET_KEY (removing members, ending rooms)")
        if self.wechatpay_offline:
            problems.append("WECHATPAY_OFFLINE (the service answering as WeChat Pay) is for development only: "
                            "set WECHATPAY_OFFLINE=0 and the merchant's WECHATPAY_* credentials")
        if self.visit_simulator:
            problems.append("VISIT_SIMULATOR (made-up hospital visits) is for development only: set VISIT_SIMULATOR=0")
        if problems:
            raise SettingsError("refusing to start in production: " + "; ".join(problems))


_current: Settings | None = None


def get_settings() -> Settings:
    global _current
    if _current is None:
        _current = Settings.from_env()
    return _current


def set_settings(s: Settings) -> None:
    global _current
    _current = s
