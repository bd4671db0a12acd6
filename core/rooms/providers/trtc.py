"""The `trtc` provider: rooms on Tencent TRTC, for WeChat mini-programs (which have no WebRTC).

A mini-program's video goes through TRTC (its mini-program SDK, or live-pusher/live-player);
TRTC's web SDK serves browsers on the same rooms. The service never carries media here: it
signs what TRTC checks when a client enters, and calls TRTC's server API to take people out.

- Entering: each member gets a UserSig (who they are) and a PrivateMapKey (which room, with
  which rights; core/rooms/trtc_sig.py), signed with the application's key TRTC_SECRET_KEY.
  The deployment must switch on "启用权限密钥" for the application, so TRTC refuses a client
  without a PrivateMapKey for that room. The rights follow the member's permissions:
  everyone may enter; publish_audio → send audio; publish_video → send video; subscribe →
  receive audio, video and the auxiliary (screen) stream; the doctor alone may create the room
  (TRTC creates a room when its first member enters: nobody else opens a room before the
  doctor, and a patient alone cannot keep a room the doctor left) and send the auxiliary stream
  (showing a report or an image). So a patient or a doctor publishes and subscribes, an observer
  only subscribes, a relative or an invited doctor per what the inviter chose.
- Room ids: numeric rooms (`roomId`, 1..2^32-2), which every TRTC SDK, the mini-program's
  live-pusher, cloud recording and TRTC's callbacks all address. The number is our room id
  shifted by an offset derived from the application's key, modulo the range: distinct for
  every room of one deployment (a bijection of our ids), and not the same sequence for two
  deployments (staging, production) sharing one application. It is recorded on the room
  (`provider_room`) when the room is created, so a later change of key leaves it alone. A
  room recorded with a non-numeric id (a string room, `strRoomId`) is addressed with the
  ByStrRoomId calls and tickets of version 1.
- `create` calls nothing (TRTC rooms exist while someone is in them), nor does `admit` (the
  PrivateMapKey is the admission).
- `remove`: RemoveUser (or RemoveUserByStrRoomId) kicks the member at once. TRTC cannot revoke
  a ticket, so a PrivateMapKey lives only PRIVATE_MAP_KEY_SECONDS (at most the credentials'
  lifetime): TRTC checks it when a client enters, not while it stays, so a client asks our API
  again (`join`) for every entry, and a removed member, refused there, is out of the room for
  good within that time. A room TRTC does not have (nobody in it: FailedOperation.RoomNotExist)
  means the member is not there: that removal is done.
- `end`: DismissRoom (or DismissRoomByStrRoomId) puts everyone out; a room that is already gone
  is ended.
- Recording is not offered on TRTC: its cloud recording writes to Tencent's VOD or COS, outside
  our storage adapter, retention rules and audited playback; `set_recording` refuses clearly.

The server API (version 2019-07-22) is called through Tencent's SDK
(`tencentcloud-sdk-python-trtc`, its asynchronous client) at TRTC_API_BASE with the API key
pair TRTC_API_SECRET_ID / TRTC_API_SECRET_KEY; tests answer it with tests/trtc_stub.py, which
checks the TC3 signature as TRTC does (core/tc3.py).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from typing import Any

from core import tc3
from core.rooms import trtc_sig
from core.rooms.providers.base import CreatedRoom, Member, ProviderError, RecordedStream, RoomRef
from core.settings import Settings

PRIVATE_MAP_KEY_SECONDS = 120
TIMEOUT_SECONDS = 10
ROOM_GONE = "FailedOperation.RoomNotExist"
# Answers that say the API could not be reached or could not serve now (try again later).
_UNAVAILABLE = {"ClientNetworkError", "ServerNetworkError", "InternalError", "RequestLimitExceeded",
                "FailedOperation.RestrictedFrequency", "FailedOperation.RestrictedConcurrency"}


class TrtcError(ProviderError):
    """TRTC's API answered an error (its code, e.g. FailedOperation.RoomNotExist), or was not reached."""

    def __init__(self, action: str, code: str, message: str, *, unavailable: bool):
        super().__init__(f"trtc {action} {code}: {message[:160]}", unavailable=unavailable)
        self.trtc_code = code


def privileges(member: Member) -> int:
    """The PrivateMapKey bits for this member (see the module's docstring)."""
    bits = trtc_sig.ENTER_ROOM
    if member.role == "doctor":
        bits |= trtc_sig.CREATE_ROOM
    if member.publish_audio:
        bits |= trtc_sig.SEND_AUDIO
    if member.publish_video:
        bits |= trtc_sig.SEND_VIDEO
        if member.role == "doctor":
            bits |= trtc_sig.SEND_SUB_VIDEO
    if member.subscribe:
        bits |= trtc_sig.RECV_AUDIO | trtc_sig.RECV_VIDEO | trtc_sig.RECV_SUB_VIDEO
    return bits


def room_number(room_id: int, key: str) -> int:
    """Our room id as a TRTC roomId (1..2^32-2), distinct per room of a deployment."""
    span = trtc_sig.ROOM_ID_MAX
    offset = int.from_bytes(hmac.new(key.encode(), b"huiyi trtc room numbers", hashlib.sha256).digest()[:8], "big")
    return 1 + (room_id + offset) % span


def room_address(room: RoomRef) -> tuple[int, str]:
    """(roomId, "") for a numeric room, (0, strRoomId) for a string room."""
    return (int(room.provider_room), "") if room.provider_room.isdigit() else (0, room.provider_room)


class TrtcProvider:
    name = "trtc"

    def __init__(self, settings: Settings):
        self.settings = settings

    def _app(self) -> tuple[int, str]:
        s = self.settings
        if not s.trtc_sdk_app_id or not s.trtc_secret_key:
            raise ProviderError("TRTC is not configured (TRTC_SDK_APP_ID, TRTC_SECRET_KEY)", unavailable=True)
        return s.trtc_sdk_app_id, s.trtc_secret_key

    # ------------------------------------------------------------ TRTC's server API

    async def call(self, action: str, **params: Any) -> dict[str, Any]:
        """One call of TRTC's API (2019-07-22) through Tencent's SDK; its answer's fields."""
        import httpx
        from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
        from tencentcloud.trtc.v20190722 import models, trtc_client_async

        s = self.settings
        if not s.trtc_api_secret_id or not s.trtc_api_secret_key:
            raise ProviderError("TRTC's API key is not configured (TRTC_API_SECRET_ID, TRTC_API_SECRET_KEY)",
                                unavailable=True)
        client = tc3.sdk_client(trtc_client_async.TrtcClient, api_base=s.trtc_api_base,
                                secret_id=s.trtc_api_secret_id, secret_key=s.trtc_api_secret_key,
                                region=s.trtc_region, timeout=TIMEOUT_SECONDS)
        req = getattr(models, f"{action}Request")()
        req._deserialize(params)
        try:
            async with client:
                resp = await getattr(client, action)(req)
        except TencentCloudSDKException as exc:
            code = exc.get_code() or "ClientError"
            raise TrtcError(action, code, str(exc.get_message()), unavailable=code in _UNAVAILABLE) from exc
        except httpx.HTTPError as exc:  # the SDK's async client lets transport errors through
            raise TrtcError(action, "ClientNetworkError", type(exc).__name__, unavailable=True) from exc
        return {"RequestId": resp.RequestId}

    # ------------------------------------------------------------ RoomProvider

    async def create(self, *, room_id: int, description: str, max_publishers: int) -> CreatedRoom:
        _, key = self._app()
        return CreatedRoom(provider_room=str(room_number(room_id, key)), secret="")

    async def admit(self, *, room: RoomRef, member: Member) -> None:
        # Nothing to ask TRTC (the PrivateMapKey is the admission); a deployment without the
        # application's key is told here, where the service turns it into "unavailable".
        self._app()

    def credentials(self, *, room: RoomRef, member: Member, expires_at: dt.datetime) -> dict[str, Any]:
        sdk_app_id, key = self._app()
        now = int(dt.datetime.now(dt.timezone.utc).timestamp())
        lifetime = max(1, int(expires_at.timestamp()) - now)
        map_lifetime = min(lifetime, PRIVATE_MAP_KEY_SECONDS)
        room_id, str_room_id = room_address(room)
        bits = privileges(member)
        return {
            "provider": "trtc", "sdk_app_id": sdk_app_id, "user_id": member.provider_user,
            "user_sig": trtc_sig.user_sig(sdk_app_id=sdk_app_id, key=key, identifier=member.provider_user,
                                          expire=lifetime, now=now),
            "private_map_key": trtc_sig.private_map_key(sdk_app_id=sdk_app_id, key=key,
                                                        identifier=member.provider_user, privileges=bits,
                                                        expire=map_lifetime, room_id=room_id,
                                                        str_room_id=str_room_id, now=now),
            "private_map_key_expires_at": dt.datetime.fromtimestamp(now + map_lifetime, dt.timezone.utc).isoformat(),
            "room": room_id, "str_room_id": str_room_id, "scene": "rtc", "display": member.display,
            "privileges": bits,
        }

    async def remove(self, *, room: RoomRef, member: Member) -> None:
        sdk_app_id, _ = self._app()
        room_id, str_room_id = room_address(room)
        try:
            if str_room_id:
                await self.call("RemoveUserByStrRoomId", SdkAppId=sdk_app_id, RoomId=str_room_id,
                                UserIds=[member.provider_user])
            else:
                await self.call("RemoveUser", SdkAppId=sdk_app_id, RoomId=room_id, UserIds=[member.provider_user])
        except TrtcError as exc:
            if exc.trtc_code != ROOM_GONE:
                raise

    async def end(self, *, room: RoomRef) -> None:
        sdk_app_id, _ = self._app()
        room_id, str_room_id = room_address(room)
        try:
            if str_room_id:
                await self.call("DismissRoomByStrRoomId", SdkAppId=sdk_app_id, RoomId=str_room_id)
            else:
                await self.call("DismissRoom", SdkAppId=sdk_app_id, RoomId=room_id)
        except TrtcError as exc:
            if exc.trtc_code != ROOM_GONE:
                raise

    async def set_recording(self, *, room: RoomRef, on: bool) -> None:
        if not on:
            return  # nothing ever records here
        raise ProviderError("recording is not available on trtc: its cloud recording stores outside our "
                            "storage adapter and retention rules")

    async def collect_recordings(self, *, room: RoomRef) -> list[RecordedStream]:
        return []
