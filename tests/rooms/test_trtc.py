"""The `trtc` room provider: its tickets against Tencent's reference, and rooms through core/rooms.

The tickets (UserSig, PrivateMapKey) are compared with what `tls-sig-api-v2` (Tencent's
reference on PyPI, imported here only) makes from the same inputs at the same time, and read
back field by field without our decoder. The room calls go through core/rooms/service.py with
VIDEO_PROVIDER=trtc, Tencent's SDK and tests/trtc_stub.py, which checks the TC3 signature and
plays TRTC's entry checks.
"""
from __future__ import annotations

import base64
import json
import struct
import time
import zlib
from unittest import mock

import pytest
import TLSSigAPIv2

from core.audit.models import AuditLog
from core.orgs.models import OrgKind
from core.principal import Principal
from core.rooms import providers, trtc_sig
from core.rooms import service as rooms
from core.rooms.errors import ParticipantRemoved, ProviderRefused, ProviderUnavailable
from core.rooms.models import RoomEvent, RoomParticipant, VideoRoom
from core.rooms.providers.base import Member, ProviderError, RoomRef
from core.rooms.providers.trtc import TrtcProvider, privileges, room_number
from tests import factories
from tests.trtc_stub import EnterRefused, TrtcStub

APP = 1400123456
KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"
T0 = 1_780_000_000


def _reference(at: float):
    """Tencent's reference signer with its clock stopped at `at`."""
    return mock.patch.object(TLSSigAPIv2.time, "time", return_value=at)


def _read(ticket: str) -> dict:
    """A ticket read by hand: TLS base64 ('*' '-' '_' for '+' '/' '=') → zlib → JSON."""
    raw = base64.b64decode(ticket.replace("*", "+").replace("-", "/").replace("_", "="))
    return json.loads(zlib.decompress(raw))


def _member(role: str, *, audio=True, video=True, subscribe=True, user="1125899906842625") -> Member:
    return Member(id=1, role=role, display=role, provider_user=user, token="", publish_audio=audio,
                  publish_video=video, subscribe=subscribe)


# ---------------------------------------------------------------- tickets


@pytest.mark.nodb
def test_user_sig_is_the_references():
    ours = trtc_sig.user_sig(sdk_app_id=APP, key=KEY, identifier="1125899906842625", expire=600, now=T0)
    with _reference(T0 + 0.7):
        theirs = TLSSigAPIv2.TLSSigAPIv2(APP, KEY).gen_sig("1125899906842625", 600)
    assert ours == theirs  # byte for byte
    assert set(ours) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_")
    fields = _read(ours)
    assert fields == {"TLS.ver": "2.0", "TLS.identifier": "1125899906842625", "TLS.sdkappid": APP,
                      "TLS.expire": 600, "TLS.time": T0, "TLS.sig": fields["TLS.sig"]}
    t = trtc_sig.verify(ours, sdk_app_id=APP, key=KEY, identifier="1125899906842625", now=T0 + 599)
    assert (t.identifier, t.sdk_app_id, t.time, t.expires_at, t.userbuf) == ("1125899906842625", APP, T0,
                                                                             T0 + 600, None)


@pytest.mark.nodb
def test_private_map_key_numeric_room_is_the_references():
    bits = trtc_sig.ENTER_ROOM | trtc_sig.RECV_AUDIO | trtc_sig.RECV_VIDEO  # 42, the reference's example
    ours = trtc_sig.private_map_key(sdk_app_id=APP, key=KEY, identifier="u_1", privileges=bits, expire=120,
                                    room_id=3_000_000_001, now=T0)
    fields = _read(ours)
    buf = base64.b64decode(fields["TLS.userbuf"])
    # The layout of the reference's _gen_userbuf: version 0, u16 length + account, sdkappid, roomid,
    # absolute expiry, privileges, account type 0 (all big-endian u32).
    assert buf == (b"\x00" + struct.pack(">H", 3) + b"u_1"
                   + struct.pack(">IIIII", APP, 3_000_000_001, T0 + 120, 42, 0))
    with _reference(T0):
        assert ours == TLSSigAPIv2.TLSSigAPIv2(APP, KEY).gen_sig_with_userbuf("u_1", 120, buf)
    pm = trtc_sig.verify(ours, sdk_app_id=APP, key=KEY, identifier="u_1", now=T0 + 1).private_map
    assert (pm.version, pm.identifier, pm.sdk_app_id, pm.room_id, pm.str_room_id, pm.expires_at, pm.privileges) \
        == (0, "u_1", APP, 3_000_000_001, "", T0 + 120, 42)
    assert pm.rights == ["enter_room", "recv_audio", "recv_video"]


@pytest.mark.nodb
def test_private_map_key_string_room_is_the_references():
    ours = trtc_sig.private_map_key(sdk_app_id=APP, key=KEY, identifier="doc-9", privileges=255, expire=60,
                                    str_room_id="consult-42", now=T0)
    buf = base64.b64decode(_read(ours)["TLS.userbuf"])
    # Version 1: room id 0, then u16 length + strRoomId after the account type.
    assert buf == (b"\x01" + struct.pack(">H", 5) + b"doc-9" + struct.pack(">IIIII", APP, 0, T0 + 60, 255, 0)
                   + struct.pack(">H", 10) + b"consult-42")
    with _reference(T0):
        assert ours == TLSSigAPIv2.TLSSigAPIv2(APP, KEY).gen_sig_with_userbuf("doc-9", 60, buf)
    pm = trtc_sig.decode(ours).private_map
    assert (pm.version, pm.room_id, pm.str_room_id, len(pm.rights)) == (1, 0, "consult-42", 8)


@pytest.mark.nodb
def test_reference_tickets_read_and_verify():
    """What the reference makes, our reader reads and our verifier takes (support tooling)."""
    with _reference(T0):
        ref = TLSSigAPIv2.TLSSigAPIv2(APP, KEY)
        plain = ref.gen_sig("alice", 86400)
    t = trtc_sig.verify(plain, sdk_app_id=APP, key=KEY, identifier="alice", now=T0 + 10)
    assert (t.identifier, t.expire, t.time) == ("alice", 86400, T0)


@pytest.mark.nodb
def test_expired_forged_and_foreign_tickets_are_told_apart():
    sig = trtc_sig.user_sig(sdk_app_id=APP, key=KEY, identifier="bob", expire=300, now=T0)
    pmk = trtc_sig.private_map_key(sdk_app_id=APP, key=KEY, identifier="bob", privileges=2, expire=300,
                                   room_id=7, now=T0)

    def reason(ticket, **kw):
        with pytest.raises(trtc_sig.SigError) as err:
            trtc_sig.verify(ticket, **{"sdk_app_id": APP, "key": KEY, "now": T0 + 1, **kw})
        return err.value.reason

    assert trtc_sig.decode(sig).expired(T0 + 300) and not trtc_sig.decode(sig).expired(T0 + 299)
    assert reason(sig, now=T0 + 300) == "expired"
    assert reason(pmk, now=T0 + 300) == "expired"
    assert reason(sig, key="another key") == "signature"
    assert reason(sig, sdk_app_id=APP + 1) == "sdk_app_id"
    assert reason(sig, identifier="mallory") == "identifier"
    assert reason("not*a-ticket") == "malformed"
    # A ticket whose fields were changed (a longer expiry) no longer verifies.
    fields = _read(sig)
    fields["TLS.expire"] = 999999
    forged = trtc_sig.b64url_encode(zlib.compress(json.dumps(fields).encode()))
    assert reason(forged) == "signature"


@pytest.mark.nodb
def test_privileges_follow_the_members_permissions():
    e, sa, ra, sv, rv, ss, rs, c = (trtc_sig.ENTER_ROOM, trtc_sig.SEND_AUDIO, trtc_sig.RECV_AUDIO,
                                    trtc_sig.SEND_VIDEO, trtc_sig.RECV_VIDEO, trtc_sig.SEND_SUB_VIDEO,
                                    trtc_sig.RECV_SUB_VIDEO, trtc_sig.CREATE_ROOM)
    assert privileges(_member("doctor")) == 255 == c | e | sa | ra | sv | rv | ss | rs
    assert privileges(_member("patient")) == e | sa | ra | sv | rv | rs
    assert privileges(_member("guest_doctor")) == e | sa | ra | sv | rv | rs
    assert privileges(_member("observer", audio=False, video=False)) == e | ra | rv | rs
    assert privileges(_member("relative", video=False)) == e | sa | ra | rv | rs
    assert privileges(_member("relative", audio=False, video=False, subscribe=False)) == e


@pytest.mark.nodb
def test_room_numbers_are_distinct_and_in_range():
    numbers = {room_number(i, KEY) for i in range(1, 5001)}
    assert len(numbers) == 5000 and all(1 <= n <= trtc_sig.ROOM_ID_MAX for n in numbers)
    assert room_number(1, KEY) != room_number(1, "another application key")


# ---------------------------------------------------------------- rooms through core/rooms


@pytest.fixture
def trtc(settings):
    """VIDEO_PROVIDER=trtc against the loopback TRTC API (tests/trtc_stub.py)."""
    stub = TrtcStub(sdk_app_id=APP, sdk_key=KEY, secret_id="AKIDtrtc-test", secret_key="trtc-api-secret").start()
    names = ("video_provider", "trtc_sdk_app_id", "trtc_secret_key", "trtc_api_base", "trtc_api_secret_id",
             "trtc_api_secret_key", "trtc_region")
    old = {n: getattr(settings, n) for n in names}
    settings.video_provider, settings.trtc_sdk_app_id, settings.trtc_secret_key = "trtc", APP, KEY
    settings.trtc_api_base, settings.trtc_region = stub.base, "ap-shanghai"
    settings.trtc_api_secret_id, settings.trtc_api_secret_key = stub.secret_id, stub.secret_key
    providers.reset()
    try:
        yield stub
    finally:
        for n, v in old.items():
            setattr(settings, n, v)
        providers.reset()
        stub.stop()


async def _world():
    province = await factories.org(None, OrgKind.PROVINCE)
    hospital = await factories.org(province, OrgKind.MEDICAL, "视频医院")
    doctor_account = await factories.admin(hospital, roles=("doctor",))
    from core.accounts.models import MpAccount

    people = {}
    for name in ("patient", "relative"):
        acct = await MpAccount.create(openid=f"o-{name}-{time.time_ns()}")
        people[name] = Principal(kind="mp", id=acct.id, name=name)
    people["doctor"] = factories.principal_for(doctor_account, hospital)
    room = await rooms.open_room(subject_type="rooms.test", subject_id=77, institution_id=hospital.id,
                                 description="视频问诊")
    members = {}
    for role in ("doctor", "patient", "relative"):
        p = people[role]
        members[role] = await rooms.admit(room=room, role=role, account_type=p.kind, account_id=p.id,
                                          display=role, publish_video=role != "relative")
    return room, people, members


def _enter(stub: TrtcStub, creds: dict) -> None:
    creds = creds.get("media", creds)  # a join's answer, or the provider's own part of it
    stub.enter(user_id=creds["user_id"], user_sig=creds["user_sig"], private_map_key=creds["private_map_key"],
               room_id=creds["room"], str_room_id=creds["str_room_id"])


async def test_join_remove_and_end_through_trtc(trtc):
    room, people, members = await _world()
    assert room.provider == "trtc" and room.provider_room == str(room_number(room.id, KEY))
    number = int(room.provider_room)
    assert trtc.calls == []  # creating a TRTC room is entering it: no call

    joins = {role: await rooms.join(actor=people[role], room_id=room.id) for role in ("patient", "doctor", "relative")}
    creds = {role: j["media"] for role, j in joins.items()}
    for role, c in creds.items():
        assert (joins[role]["provider"], joins[role]["role"], joins[role]["room_id"]) == ("trtc", role, room.id)
        assert (c["provider"], c["sdk_app_id"], c["user_id"], c["room"], c["str_room_id"]) \
            == ("trtc", APP, members[role].provider_user, number, "")
        trtc_sig.verify(c["user_sig"], sdk_app_id=APP, key=KEY, identifier=c["user_id"])
        pm = trtc_sig.verify(c["private_map_key"], sdk_app_id=APP, key=KEY, identifier=c["user_id"]).private_map
        assert (pm.room_id, pm.sdk_app_id, pm.privileges) == (number, APP, c["privileges"])
        assert pm.expires_at <= int(time.time()) + 120
    assert creds["doctor"]["privileges"] == 255
    assert trtc_sig.decode(creds["patient"]["private_map_key"]).private_map.rights == [
        "enter_room", "send_audio", "recv_audio", "send_video", "recv_video", "recv_sub_video"]
    assert "send_video" not in trtc_sig.decode(creds["relative"]["private_map_key"]).private_map.rights

    # TRTC's side: the patient cannot open the room; the doctor does, then the others come in.
    with pytest.raises(EnterRefused, match="create_right"):
        _enter(trtc, creds["patient"])
    for role in ("doctor", "patient", "relative"):
        _enter(trtc, creds[role])
    # A ticket for this room opens no other room.
    with pytest.raises(EnterRefused, match="room"):
        trtc.enter(user_id=creds["doctor"]["user_id"], user_sig=creds["doctor"]["user_sig"],
                   private_map_key=creds["doctor"]["private_map_key"], room_id=number % 1000 + 1)
    assert trtc.in_room(room_id=number) == {c["user_id"] for c in creds.values()}

    # The patient removes the relative: TRTC is asked, signed with our API key, and puts them out.
    await rooms.remove(actor=people["patient"], room_id=room.id, participant_id=members["relative"].id)
    call = trtc.calls[-1]
    assert (call.action, call.params, call.secret_id, call.region) == (
        "RemoveUser", {"SdkAppId": APP, "RoomId": number, "UserIds": [members["relative"].provider_user]},
        "AKIDtrtc-test", "ap-shanghai")
    assert trtc.refusals == []
    assert trtc.in_room(room_id=number) == {creds["doctor"]["user_id"], creds["patient"]["user_id"]}
    assert (await RoomParticipant.get(id=members["relative"].id)).state == "removed"
    with pytest.raises(ParticipantRemoved):
        await rooms.join(actor=people["relative"], room_id=room.id)
    # TRTC cannot revoke a ticket: the relative's PrivateMapKey lets nobody in past its 120 s.
    with pytest.raises(EnterRefused, match="expired"):
        trtc.enter(user_id=creds["relative"]["user_id"], user_sig=creds["relative"]["user_sig"],
                   private_map_key=creds["relative"]["private_map_key"], room_id=number, now=int(time.time()) + 121)
    assert await AuditLog.filter(action="rooms.join", outcome="denied", actor_id=str(people["relative"].id)).exists()

    # The end dismisses the room at TRTC.
    await rooms.end(room=room)
    call = trtc.calls[-1]
    assert (call.action, call.params) == ("DismissRoom", {"SdkAppId": APP, "RoomId": number})
    assert trtc.in_room(room_id=number) == set()
    assert (await VideoRoom.get(id=room.id)).state == "ended"
    assert await RoomEvent.filter(room_id=room.id, kind="ended").exists()


async def test_trtc_refusals_change_nothing(trtc, settings):
    room, people, members = await _world()
    creds = {role: (await rooms.join(actor=people[role], room_id=room.id))["media"] for role in ("doctor", "relative")}
    for role in ("doctor", "relative"):
        _enter(trtc, creds[role])
    number = int(room.provider_room)

    trtc.fail_next("UnauthorizedOperation.SdkAppId")
    with pytest.raises(ProviderRefused) as err:
        await rooms.remove(actor=people["patient"], room_id=room.id, participant_id=members["relative"].id)
    assert err.value.code == "rooms.provider_refused" and err.value.status == 502
    assert "UnauthorizedOperation.SdkAppId" in err.value.details["reason"]
    assert (await RoomParticipant.get(id=members["relative"].id)).state == "admitted"
    assert not await RoomEvent.filter(room_id=room.id, kind="removed").exists()
    assert creds["relative"]["user_id"] in trtc.in_room(room_id=number)

    trtc.fail_next("InternalError")  # TRTC cannot serve now: unavailable, try again
    with pytest.raises(ProviderUnavailable):
        await rooms.end(room=room)
    assert (await VideoRoom.get(id=room.id)).state == "open"

    # A request signed with another key is refused by TRTC's signature check.
    settings.trtc_api_secret_key = "not the key"
    with pytest.raises(ProviderRefused) as err:
        await rooms.end(room=room)
    assert "AuthFailure.SignatureFailure" in err.value.details["reason"]
    assert trtc.refusals[-1] == "AuthFailure.SignatureFailure" and trtc.calls[-1].action == "DismissRoom"
    assert (await VideoRoom.get(id=room.id)).state == "open"

    # TRTC's API out of reach: unavailable, nothing written.
    settings.trtc_api_secret_key, settings.trtc_api_base = trtc.secret_key, "http://127.0.0.1:9/"
    with pytest.raises(ProviderUnavailable):
        await rooms.remove(actor=people["doctor"], room_id=room.id, participant_id=members["relative"].id)
    assert (await RoomParticipant.get(id=members["relative"].id)).state == "admitted"
    assert trtc.in_room(room_id=number) == {creds["doctor"]["user_id"], creds["relative"]["user_id"]}


async def test_a_room_trtc_no_longer_has_is_removed_from_and_ended(trtc):
    """Nobody entered (or everyone left): TRTC answers FailedOperation.RoomNotExist, which is done."""
    room, people, members = await _world()
    await rooms.remove(actor=people["doctor"], room_id=room.id, participant_id=members["relative"].id)
    assert trtc.refusals == ["FailedOperation.RoomNotExist"]
    assert (await RoomParticipant.get(id=members["relative"].id)).state == "removed"
    await rooms.end(room=room)
    assert trtc.refusals == ["FailedOperation.RoomNotExist"] * 2
    assert (await VideoRoom.get(id=room.id)).state == "ended"


async def test_string_rooms_and_recording(trtc, settings):
    provider = TrtcProvider(settings)
    ref = RoomRef(id=5, provider_room="consult-42", secret="")
    doctor, patient = _member("doctor", user="d1"), _member("patient", user="p1")
    import datetime as dt

    until = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)
    for m in (doctor, patient):
        c = provider.credentials(room=ref, member=m, expires_at=until)
        assert (c["room"], c["str_room_id"]) == (0, "consult-42")
        _enter(trtc, c)
    await provider.remove(room=ref, member=patient)
    assert (trtc.calls[-1].action, trtc.calls[-1].params) == (
        "RemoveUserByStrRoomId", {"SdkAppId": APP, "RoomId": "consult-42", "UserIds": ["p1"]})
    await provider.end(room=ref)
    assert (trtc.calls[-1].action, trtc.calls[-1].params) == (
        "DismissRoomByStrRoomId", {"SdkAppId": APP, "RoomId": "consult-42"})
    assert trtc.in_room(str_room_id="consult-42") == set()

    await provider.set_recording(room=ref, on=False)  # nothing records: stopping is a no-op
    with pytest.raises(ProviderError, match="recording is not available on trtc"):
        await provider.set_recording(room=ref, on=True)


async def test_trtc_not_configured_is_unavailable(trtc, settings):
    room, people, _ = await _world()
    settings.trtc_secret_key = ""
    providers.reset()
    with pytest.raises(ProviderUnavailable):
        await rooms.join(actor=people["patient"], room_id=room.id)


async def test_recording_is_refused_on_trtc_and_changes_nothing(trtc):
    from core.rooms import recordings

    room, people, _ = await _world()
    for role in ("doctor", "patient", "relative"):
        await recordings.consent(actor=people[role], room_id=room.id, consent=True)
    with pytest.raises(ProviderRefused) as err:
        await recordings.set_recording(actor=people["doctor"], room_id=room.id, on=True)
    assert "recording is not available on trtc" in err.value.details["reason"]
    assert not (await VideoRoom.get(id=room.id)).recording
    assert not await RoomEvent.filter(room_id=room.id, kind="recording_started").exists()
    # Withdrawing a consent stops nothing (nothing records) and is taken.
    await recordings.consent(actor=people["relative"], room_id=room.id, consent=False)
    assert (await RoomParticipant.get(room_id=room.id, role="relative")).recording_consent is False


@pytest.mark.nodb
def test_production_needs_the_trtc_keys():
    from core.settings import Settings, SettingsError

    prod = {"HUIYI_ENV": "production", "LOGISTICS_APP_SECRET": "l" * 32, "INSURANCE_APP_SECRET": "i" * 32, "SECRET_KEY": "s" * 40, "PII_KEYS": "k1:" + "ab" * 16,
            "PII_INDEX_KEY": "cd" * 16, "AUDIT_KEY": "ef" * 16, "WECHAT_APPID": "wx-real",
            "WECHAT_SECRET": "real-secret", "REDIS_URL": "redis://127.0.0.1:6379/0", "VIDEO_PROVIDER": "trtc",
            "TRTC_SDK_APP_ID": str(APP), "TRTC_SECRET_KEY": KEY}
    with pytest.raises(SettingsError, match="TRTC_API_SECRET_ID"):
        Settings.from_env(prod)
    s = Settings.from_env({**prod, "TRTC_API_SECRET_ID": "AKIDreal", "TRTC_API_SECRET_KEY": "real"})
    assert (s.video_provider, s.trtc_sdk_app_id) == ("trtc", APP)
