"""Realtime face: WebSocket gateway, Redis pub/sub fan-out, WebRTC signalling, the aiortc media process and TRTC UserSig (built with the consultation and video issues)."""
