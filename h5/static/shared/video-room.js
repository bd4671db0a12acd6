/* A video room in the browser: our own client of Janus's VideoRoom plugin (Janus 1.x), shared by the
   H5 client (screens/consult/video.js) and the console's workstation (admin_web/static/consult-video.js,
   which loads it from /h5/static/app/shared/video-room.js). No janus.js, nothing from a CDN.

   Why our own: the service decides who is in a room and hands each member short-lived credentials
   (POST /rooms/<id>/join, bff/rooms.py); what the browser must do with them is small and precise:
   - speak Janus's API over its WebSocket transport (protocol "janus-protocol") or its HTTP transport
     (long polling), every request carrying the signed Janus token as top-level "token";
   - join as a publisher with the member's fixed feed id, the room's pin and the member's
     allowed-list token, then publish camera and microphone as the permissions say;
   - subscribe to every other publisher on one multistream subscriber handle (1.x), renegotiating
     when publishers come and go;
   - keep the Janus session alive (keepalive), tell the service when media flows and when it stops
     (POST .../presence) and send a connection-quality sample from getStats every few seconds
     (POST .../quality: rtt, loss, jitter, bitrate, fps and a level);
   - after a network change, an ICE failure or a lost Janus connection, ask the service to join again
     (fresh credentials, same room, no new order) and rebuild; a removal or the room's end stops it.

   The page gives the HTTP calls of its face (bearer token on the phone, session + CSRF in the
   console) as `request(method, path, body)` relative to the rooms API, and is told of every change
   through `onChange(room)`; it reads `state`, `local`, `remotes`, `quality`, `peers`, `error`.

   Usage:
     const room = createVideoRoom({roomId, request, onChange});
     await room.start();            // join, publish, subscribe
     room.setMic(false); room.setCamera(false);
     room.roomEvent(data);          // a notice of the room's realtime topic room:<id> (joins, removals, end)
     await room.hangup();
*/

const PLUGIN = 'janus.plugin.videoroom';
const KEEPALIVE_MS = 25000;       // Janus drops a session after session_timeout (60 s by default)
const QUALITY_MS = 5000;
const REQUEST_MS = 15000;
const DISCONNECTED_GRACE_MS = 10000;  // "disconnected" often recovers by itself (a busy CPU, a blip); "failed" does not
const MAX_RETRY_MS = 15000;
const FINAL = {'rooms.participant_removed': 'removed', 'rooms.room_ended': 'ended', 'rooms.not_a_participant': 'removed',
               'rooms.room_not_found': 'ended'};

let txCounter = 0;
const newTransaction = () => `t${Date.now().toString(36)}${(txCounter += 1).toString(36)}`;

class JanusError extends Error {
  constructor(code, reason) {
    super(`Janus: ${reason} (${code})`);
    this.code = code;
  }
}

/* ------------------------------------------------------------------ transports */

/** Janus's WebSocket transport: one socket, requests matched to answers by transaction. */
class WsTransport {
  constructor(url, onMessage, onClose) {
    this.url = url;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.ws = null;
  }

  open() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, 'janus-protocol');
      this.ws = ws;
      ws.onopen = () => resolve();
      ws.onerror = () => reject(new Error('无法连接视频服务'));
      ws.onmessage = (event) => {
        let msg;
        try { msg = JSON.parse(event.data); } catch { return; }
        this.onMessage(msg);
      };
      ws.onclose = () => { if (this.ws === ws) this.onClose(); };
    });
  }

  send(msg) {
    if (!this.ws || this.ws.readyState !== 1) return Promise.reject(new Error('视频服务连接已断开'));
    this.ws.send(JSON.stringify(msg));
    return Promise.resolve();
  }

  sessionCreated() {}

  close() {
    const ws = this.ws;
    this.ws = null;
    if (ws) { try { ws.close(); } catch { /* closed already */ } }
  }
}

/** Janus's HTTP transport: requests POSTed to /janus[/session[/handle]], events by long polling. */
class HttpTransport {
  constructor(url, token, onMessage, onClose) {
    this.url = url;
    this.token = token;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.session = null;
    this.closed = false;
  }

  open() { return Promise.resolve(); }

  async send(msg) {
    let path = this.url;
    if (msg.session_id) path += `/${msg.session_id}`;
    if (msg.handle_id) path += `/${msg.handle_id}`;
    const body = {...msg};
    delete body.session_id;
    delete body.handle_id;
    const resp = await fetch(path, {method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json'}});
    if (!resp.ok) throw new Error(`视频服务答复 ${resp.status}`);
    this.onMessage(await resp.json());
  }

  sessionCreated(id) {
    this.session = id;
    this.poll();
  }

  async poll() {
    let failures = 0;
    while (!this.closed && this.session) {
      try {
        const q = new URLSearchParams({maxev: '10', rid: String(Date.now())});
        if (this.token) q.set('token', this.token);
        const resp = await fetch(`${this.url}/${this.session}?${q}`);
        if (!resp.ok) throw new Error(String(resp.status));
        const answer = await resp.json();
        (Array.isArray(answer) ? answer : [answer]).forEach((m) => this.onMessage(m));
        failures = 0;
      } catch {
        failures += 1;
        if (failures >= 3) { if (!this.closed) this.onClose(); return; }
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  close() { this.closed = true; }
}

/* ------------------------------------------------------------------ one Janus session */

/** A Janus session with its plugin handles; every request carries the signed token. */
class JanusSession {
  constructor(server, token, onLost) {
    this.token = token;
    this.pending = new Map();   // transaction -> {resolve, reject, untilAck, timer}
    this.handles = new Map();   // handle id -> onEvent(msg)
    this.id = null;
    this.onLost = onLost;
    this.lost = false;
    const onMessage = (m) => this.dispatch(m);
    const onClose = () => this.connectionLost();
    this.transport = /^wss?:/.test(server) ? new WsTransport(server, onMessage, onClose)
      : new HttpTransport(server, token, onMessage, onClose);
  }

  async open() {
    await this.transport.open();
    const answer = await this.request({janus: 'create'});
    this.id = answer.data.id;
    this.transport.sessionCreated(this.id);
    this.keepalive = setInterval(() => {
      this.request({janus: 'keepalive'}, {untilAck: true}).catch(() => this.connectionLost());
    }, KEEPALIVE_MS);
  }

  request(fields, {untilAck = false} = {}) {
    const transaction = newTransaction();
    const msg = {...fields, transaction};
    if (this.token) msg.token = this.token;
    if (this.id && !msg.session_id && fields.janus !== 'create') msg.session_id = this.id;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(transaction);
        reject(new Error('视频服务无响应'));
      }, REQUEST_MS);
      this.pending.set(transaction, {resolve, reject, untilAck, timer});
      this.transport.send(msg).catch((e) => {
        clearTimeout(timer);
        this.pending.delete(transaction);
        reject(e);
      });
    });
  }

  dispatch(msg) {
    const waiting = msg.transaction && this.pending.get(msg.transaction);
    if (msg.janus === 'ack' && waiting && !waiting.untilAck) return;  // an event with the answer follows
    if (msg.sender && this.handles.has(msg.sender) && msg.janus !== 'success' && msg.janus !== 'ack') {
      this.handles.get(msg.sender)(msg);
    }
    if (msg.janus === 'timeout' || (msg.janus === 'error' && !waiting && msg.error && msg.error.code === 458)) {
      this.connectionLost();  // the session is gone at Janus
      return;
    }
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.pending.delete(msg.transaction);
    const data = msg.plugindata && msg.plugindata.data;
    if (msg.janus === 'error') waiting.reject(new JanusError(msg.error.code, msg.error.reason));
    else if (data && data.error_code) waiting.reject(new JanusError(data.error_code, data.error));
    else waiting.resolve(msg);
  }

  async attach(onEvent) {
    const answer = await this.request({janus: 'attach', plugin: PLUGIN});
    const id = answer.data.id;
    this.handles.set(id, onEvent);
    return {
      id,
      message: (body, jsep) => this.request({janus: 'message', handle_id: id, body, ...(jsep ? {jsep} : {})}),
      trickle: (candidate) => this.request({janus: 'trickle', handle_id: id, candidate}, {untilAck: true}).catch(() => {}),
    };
  }

  connectionLost() {
    if (this.lost) return;
    this.lost = true;
    this.close(false);
    this.onLost();
  }

  /** Close the session; resolves once Janus has destroyed it (our feed id is free again for a rejoin),
      or after 2 s when it cannot say. */
  close(destroy = true) {
    clearInterval(this.keepalive);
    let done = Promise.resolve();
    if (destroy && this.id && !this.lost) {
      const destroyed = this.request({janus: 'destroy'}, {untilAck: true}).catch(() => {});
      done = Promise.race([destroyed, new Promise((r) => setTimeout(r, 2000))]);
    }
    this.lost = true;
    return done.then(() => {
      for (const p of this.pending.values()) { clearTimeout(p.timer); p.reject(new Error('视频连接已关闭')); }
      this.pending.clear();
      this.transport.close();
    });
  }
}

/* ------------------------------------------------------------------ quality from getStats */

/** The level the numbers say (the same thresholds on every client, so both sides read alike). */
export function qualityLevel({rtt_ms: rtt, packet_loss_pct: loss, jitter_ms: jitter, connected}) {
  if (!connected) return 'lost';
  if ((loss || 0) > 8 || (rtt || 0) > 600 || (jitter || 0) > 100) return 'poor';
  if ((loss || 0) > 2 || (rtt || 0) > 250 || (jitter || 0) > 40) return 'fair';
  return 'good';
}

export const QUALITY_LABELS = {good: '良好', fair: '一般', poor: '较差', lost: '已断开'};

class StatsSampler {
  constructor() { this.prev = new Map(); }

  /** One sample over both connections since the previous call. */
  async sample(pub, sub, connected) {
    const now = performance.now();
    let rtt = null, jitter = null, fps = null, bytes = 0, lost = 0, received = 0, any = false;
    for (const [name, pc] of [['pub', pub], ['sub', sub]]) {
      if (!pc) continue;
      let stats;
      try { stats = await pc.getStats(); } catch { continue; }
      stats.forEach((s) => {
        const key = `${name}:${s.id}`;
        const before = this.prev.get(key);
        if (s.type === 'candidate-pair' && s.nominated && s.currentRoundTripTime !== undefined) {
          rtt = Math.max(rtt || 0, Math.round(s.currentRoundTripTime * 1000));
        } else if (s.type === 'remote-inbound-rtp' && s.roundTripTime !== undefined && rtt === null) {
          rtt = Math.round(s.roundTripTime * 1000);
        } else if (s.type === 'inbound-rtp' && s.kind === 'video') {
          any = true;
          if (before) {
            bytes += Math.max(0, s.bytesReceived - before.bytesReceived);
            lost += Math.max(0, (s.packetsLost || 0) - (before.packetsLost || 0));
            received += Math.max(0, s.packetsReceived - before.packetsReceived);
          }
          if (s.jitter !== undefined) jitter = Math.max(jitter || 0, Math.round(s.jitter * 1000));
          if (s.framesPerSecond !== undefined) fps = Math.max(fps || 0, s.framesPerSecond);
          this.prev.set(key, {bytesReceived: s.bytesReceived, packetsLost: s.packetsLost, packetsReceived: s.packetsReceived, at: now});
        } else if (s.type === 'outbound-rtp' && s.kind === 'video') {
          if (before) bytes += Math.max(0, s.bytesSent - before.bytesSent);
          if (fps === null && s.framesPerSecond !== undefined) fps = s.framesPerSecond;
          this.prev.set(key, {bytesSent: s.bytesSent, at: now});
        }
      });
    }
    const seconds = this.at ? (now - this.at) / 1000 : 0;
    this.at = now;
    const out = {
      rtt_ms: rtt,
      packet_loss_pct: lost + received > 0 ? Math.round((1000 * lost) / (lost + received)) / 10 : (any ? 0 : null),
      jitter_ms: jitter,
      bitrate_kbps: seconds > 0 ? Math.round((bytes * 8) / seconds / 1000) : null,
      fps: fps === null ? null : Math.round(fps * 10) / 10,
    };
    out.level = qualityLevel({...out, connected});
    for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
    return out;
  }
}

/* ------------------------------------------------------------------ the room */

function apiCode(e) { return e && (e.code || (e.body && e.body.code)); }

/**
 * A member's video room. `request(method, path, body)` calls the rooms API of the page's face
 * (path like `/12/join`); `onChange(room)` is told of every change; `media` constraints for the camera.
 */
export function createVideoRoom({roomId, request, onChange = () => {}, media = {}, qualityEvery = QUALITY_MS}) {
  const room = {
    roomId,
    state: 'idle',          // idle, connecting, live, reconnecting, ended, removed, left, failed
    error: null,
    creds: null,            // the last join answer (participant_id, role, permissions, media...)
    local: null,            // MediaStream of the camera and microphone
    remotes: new Map(),     // feed id -> {feed, display, stream}
    quality: null,          // our last sample {rtt_ms, ..., level}
    peers: new Map(),       // participant id -> {display, role, present, quality}
    micOn: true,
    cameraOn: true,
    reconnects: 0,
  };
  let session = null, pubHandle = null, subHandle = null, pubPc = null, subPc = null;
  let privateId = null;
  let subMids = new Map();      // subscriber mid -> feed id
  let subChain = Promise.resolve();
  let subscribed = new Set();   // feed ids asked for on the subscriber handle
  let subJoined = false;        // the subscriber handle has joined (later feeds are added with "subscribe")
  let qualityTimer = null, graceTimer = null, retryTimer = null;
  let generation = 0;           // bumped on every (re)connection: late callbacks of an old one are ignored
  let present = false;
  let stopped = false;
  const sampler = new StatsSampler();

  const changed = () => { try { onChange(room); } catch (e) { console.error(e); } };
  const setState = (s) => { if (room.state !== s) { room.state = s; changed(); } };

  async function getLocalMedia(perm) {
    if (room.local || !(perm.publish_audio || perm.publish_video)) return;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw new Error('此浏览器不支持视频通话');
    room.local = await navigator.mediaDevices.getUserMedia({
      audio: perm.publish_audio,
      video: perm.publish_video ? {width: {ideal: 640}, height: {ideal: 480}, ...media.video} : false,
    });
    room.local.getAudioTracks().forEach((t) => { t.enabled = room.micOn; });
    room.local.getVideoTracks().forEach((t) => { t.enabled = room.cameraOn; });
    changed();
  }

  function newPc(creds, gen) {
    const pc = new RTCPeerConnection({iceServers: creds.media.ice_servers || []});
    pc.oniceconnectionstatechange = () => {
      if (gen !== generation) return;
      const s = pc.iceConnectionState;
      if (s === 'failed') reconnect('ice_failed');
      else if (s === 'disconnected') {
        clearTimeout(graceTimer);
        graceTimer = setTimeout(() => {
          if (gen === generation && pc.iceConnectionState === 'disconnected') reconnect('ice_disconnected');
        }, DISCONNECTED_GRACE_MS);
      } else if (s === 'connected' || s === 'completed') {
        clearTimeout(graceTimer);
        if (pc === pubPc || !pubPc) mediaUp(gen);
      }
    };
    return pc;
  }

  function trickleTo(pc, handle) {
    pc.onicecandidate = (e) => {
      handle.trickle(e.candidate ? {candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid,
                                    sdpMLineIndex: e.candidate.sdpMLineIndex} : {completed: true});
    };
  }

  async function mediaUp(gen) {
    if (gen !== generation) return;
    if (room.state !== 'live') setState('live');
    if (!present) {
      present = true;
      request('POST', `/${roomId}/presence`, {present: true, reason: room.reconnects ? 'reconnect' : ''}).catch(() => {});
    }
  }

  /* ---------------------------------------------------------- subscriber (one multistream handle) */

  function subscriberOp(fn) {
    subChain = subChain.then(fn).catch((e) => { if (!stopped) console.warn('subscriber', e); });
    return subChain;
  }

  function mapStreams(streams) {
    if (!streams) return;
    subMids = new Map();
    for (const s of streams) if (s.mid && s.feed_id) subMids.set(s.mid, {feed: s.feed_id, display: s.feed_display || ''});
  }

  async function onSubscriberEvent(msg, gen) {
    if (gen !== generation) return;
    const data = (msg.plugindata && msg.plugindata.data) || {};
    if (data.videoroom === 'attached' || data.videoroom === 'updated') mapStreams(data.streams);
    if (msg.jsep && msg.jsep.type === 'offer') {
      await subscriberOp(async () => {
        await subPc.setRemoteDescription(msg.jsep);
        const answer = await subPc.createAnswer();
        await subPc.setLocalDescription(answer);
        await subHandle.message({request: 'start'}, {type: answer.type, sdp: answer.sdp});
      });
      pruneRemotes();
    }
    if (msg.janus === 'hangup' || msg.janus === 'detached') { /* the publisher side decides */ }
  }

  function pruneRemotes() {
    const feeds = new Set([...subMids.values()].map((v) => v.feed));
    let touched = false;
    for (const feed of [...room.remotes.keys()]) {
      if (!feeds.has(feed)) { room.remotes.delete(feed); touched = true; }
    }
    if (touched) changed();
  }

  function onTrack(event) {
    const mid = event.transceiver && event.transceiver.mid;
    const info = subMids.get(mid);
    if (!info) return;
    let r = room.remotes.get(info.feed);
    if (!r) {
      r = {feed: info.feed, display: info.display, stream: new MediaStream()};
      room.remotes.set(info.feed, r);
    }
    r.stream.getTracks().filter((t) => t.kind === event.track.kind).forEach((t) => r.stream.removeTrack(t));
    r.stream.addTrack(event.track);
    event.track.onended = () => { r.stream.removeTrack(event.track); changed(); };
    room.remotes.set(info.feed, {...r});  // a new object: the page re-renders this tile
    changed();
  }

  function subscribeTo(feeds, creds, gen) {
    const fresh = feeds.filter((f) => !subscribed.has(f));
    if (!fresh.length || !creds.permissions.subscribe) return;
    fresh.forEach((f) => subscribed.add(f));
    subscriberOp(async () => {
      if (gen !== generation) return;
      try {
        await subscribeNow(fresh, creds, gen);
      } catch (e) {
        // Refused or lost on the way (a publisher not ready yet, a busy server): asked again shortly.
        fresh.forEach((f) => subscribed.delete(f));
        setTimeout(() => { if (gen === generation && !stopped) subscribeTo(fresh, creds, gen); }, 1000);
        throw e;
      }
    });
  }

  async function subscribeNow(fresh, creds, gen) {
    const streams = fresh.map((feed) => ({feed}));
    if (subJoined) {
      await subHandle.message({request: 'subscribe', streams});
      return;
    }
    if (!subHandle) {
      subPc = newPc(creds, gen);
      subPc.ontrack = onTrack;
      subHandle = await session.attach((m) => onSubscriberEvent(m, gen));
      trickleTo(subPc, subHandle);
    }
    await subHandle.message({request: 'join', ptype: 'subscriber', room: creds.media.room, pin: creds.media.pin,
                             private_id: privateId, streams});
    subJoined = true;
  }

  function forgetFeed(feed) {
    subscribed.delete(feed);
    if (room.remotes.delete(feed)) changed();
  }

  /* ---------------------------------------------------------- publisher */

  function publishersOf(data, creds) {
    return (data.publishers || []).filter((p) => p.id !== creds.media.feed && !p.dummy).map((p) => p.id);
  }

  async function onPublisherEvent(msg, creds, gen) {
    if (gen !== generation) return;
    const data = (msg.plugindata && msg.plugindata.data) || {};
    if (msg.jsep && msg.jsep.type === 'answer' && pubPc) {
      try { await pubPc.setRemoteDescription(msg.jsep); } catch (e) { console.warn('publisher answer', e); }
    }
    if (msg.janus === 'webrtcup') mediaUp(gen);
    if (msg.janus === 'hangup' && !stopped) reconnect('janus_hangup');
    if (data.videoroom === 'destroyed') { finish('ended'); return; }
    if (data.videoroom === 'event') {
      if (data.leaving === 'ok' && data.reason === 'kicked') { finish('removed'); return; }
      const gone = data.unpublished !== undefined && data.unpublished !== 'ok' ? data.unpublished
        : (data.leaving !== undefined && data.leaving !== 'ok' ? data.leaving : data.kicked);
      if (gone !== undefined) forgetFeed(gone);
      if (data.publishers) subscribeTo(publishersOf(data, creds), creds, gen);
    }
  }

  async function connect() {
    const gen = (generation += 1);
    clearTimeout(retryTimer);
    setState(room.reconnects ? 'reconnecting' : 'connecting');
    let creds;
    try {
      creds = await request('POST', `/${roomId}/join`);
    } catch (e) {
      if (FINAL[apiCode(e)]) { room.error = e; finish(FINAL[apiCode(e)]); return; }
      throw e;
    }
    if (gen !== generation || stopped) return;
    if (creds.provider !== 'janus') throw new Error(`此页面不支持视频服务 ${creds.provider}`);
    room.creds = creds;
    await getLocalMedia(creds.permissions);
    session = new JanusSession(creds.media.server, creds.media.token, () => { if (gen === generation) reconnect('janus_lost'); });
    await session.open();
    pubHandle = await session.attach((m) => onPublisherEvent(m, creds, gen));
    const joined = await pubHandle.message({
      request: 'join', ptype: 'publisher', room: creds.media.room, id: creds.media.feed,
      display: creds.media.display || creds.display, pin: creds.media.pin, token: creds.media.allowed_token,
    });
    if (gen !== generation) return;
    const data = joined.plugindata.data;
    privateId = data.private_id;
    if (room.local) {
      pubPc = newPc(creds, gen);
      trickleTo(pubPc, pubHandle);
      for (const track of room.local.getTracks()) pubPc.addTransceiver(track, {direction: 'sendonly', streams: [room.local]});
      const offer = await pubPc.createOffer();
      await pubPc.setLocalDescription(offer);
      await pubHandle.message({request: 'publish', display: creds.media.display || creds.display},
                              {type: offer.type, sdp: offer.sdp});
    } else {
      mediaUp(gen);  // nothing to send: in once joined
    }
    subscribeTo(publishersOf(data, creds), creds, gen);
    startQuality(gen);
  }

  function startQuality(gen) {
    clearInterval(qualityTimer);
    qualityTimer = setInterval(async () => {
      if (gen !== generation || stopped) return;
      const pcs = [pubPc, subPc].filter(Boolean);
      const connected = pcs.length > 0 && pcs.every((pc) => ['connected', 'completed'].includes(pc.iceConnectionState));
      const sample = await sampler.sample(pubPc, subPc, connected || (!pcs.length && room.state === 'live'));
      if (gen !== generation) return;
      room.quality = sample;
      changed();
      request('POST', `/${roomId}/quality`, sample).catch(() => {});
    }, qualityEvery);
  }

  function teardown() {
    clearInterval(qualityTimer);
    clearTimeout(graceTimer);
    for (const pc of [pubPc, subPc]) if (pc) { try { pc.close(); } catch { /* closed */ } }
    pubPc = subPc = pubHandle = subHandle = null;
    subMids = new Map();
    subscribed = new Set();
    subJoined = false;
    subChain = Promise.resolve();
    const closing = session ? session.close(true) : Promise.resolve();
    session = null;
    if (room.remotes.size) { room.remotes.clear(); changed(); }
    return closing;
  }

  let retryMs = 1000;
  function reconnect(reason) {
    if (stopped || room.state === 'reconnecting') return;
    generation += 1;  // the old connection's callbacks stop counting
    const closing = teardown();
    room.reconnects += 1;
    if (present) {
      present = false;
      request('POST', `/${roomId}/presence`, {present: false, reason: 'network_change'}).catch(() => {});
    }
    setState('reconnecting');
    room.lastReconnect = reason;
    clearTimeout(retryTimer);
    const gen = generation;
    closing.then(() => { if (gen === generation && !stopped) retryTimer = setTimeout(attempt, 300); });
  }

  async function attempt() {
    if (stopped) return;
    try {
      await connect();
      retryMs = 1000;
    } catch (e) {
      if (stopped) return;
      room.error = e;
      const gen = (generation += 1);
      await teardown();
      if (stopped || gen !== generation) return;
      setState('reconnecting');
      retryTimer = setTimeout(attempt, retryMs = Math.min(retryMs * 2, MAX_RETRY_MS));
    }
  }

  function finish(state) {
    if (stopped) return;
    stopped = true;
    generation += 1;
    clearTimeout(retryTimer);
    teardown();
    if (room.local) { room.local.getTracks().forEach((t) => t.stop()); room.local = null; }
    if (present && state === 'left') request('POST', `/${roomId}/presence`, {present: false, reason: 'hangup'}).catch(() => {});
    present = false;
    window.removeEventListener('online', onOnline);
    if (connection) connection.removeEventListener('change', onNetworkChange);
    room.state = state;
    changed();
  }

  const onOnline = () => { if (!stopped) reconnect('online'); };
  const onNetworkChange = () => { if (!stopped && room.state === 'live') reconnect('network_change'); };
  const connection = navigator.connection || null;

  return Object.assign(room, {
    /** Join, publish and subscribe; resolves once joined (media may still be connecting). */
    async start() {
      window.addEventListener('online', onOnline);
      if (connection) connection.addEventListener('change', onNetworkChange);
      try {
        await connect();
      } catch (e) {
        room.error = e;
        if (!stopped) {
          if (e instanceof DOMException || (e.name && /NotAllowed|NotFound|NotReadable/.test(e.name))) {
            finish('failed');  // no camera or refused: joining again will not help
            room.error = new Error('无法使用摄像头或麦克风，请在浏览器设置中允许后重试');
            changed();
          } else {
            reconnect('start_failed');
          }
        }
      }
    },
    /** Leave the room (the others see us leave; the service may still end or keep the room). */
    async hangup() { finish('left'); },
    /** Reconnect now (after the page noticed the network changed). */
    reconnect,
    setMic(on) {
      room.micOn = on;
      if (room.local) room.local.getAudioTracks().forEach((t) => { t.enabled = on; });
      changed();
    },
    setCamera(on) {
      room.cameraOn = on;
      if (room.local) room.local.getVideoTracks().forEach((t) => { t.enabled = on; });
      changed();
    },
    /** A notice of the room's realtime topic: joins, leaves, quality, removals, the end. */
    roomEvent(data) {
      if (!data || data.room_id !== roomId) return;
      const pid = data.participant_id;
      const mine = room.creds && pid === room.creds.participant_id;
      if (data.kind === 'ended') { finish('ended'); return; }
      if (data.kind === 'removed' && mine) { finish('removed'); return; }
      if (pid && !mine) {
        const peer = room.peers.get(pid) || {display: data.display, role: data.role};
        if (data.kind === 'joined') peer.present = true;
        if (data.kind === 'left' || data.kind === 'removed') peer.present = false;
        if (data.kind === 'removed') peer.removed = true;
        if (data.kind === 'quality') {
          peer.quality = {level: data.level, rtt_ms: data.rtt_ms, packet_loss_pct: data.packet_loss_pct,
                          jitter_ms: data.jitter_ms, bitrate_kbps: data.bitrate_kbps, fps: data.fps};
        }
        if (data.display) peer.display = data.display;
        peer.role = data.role || peer.role;
        room.peers.set(pid, peer);
        changed();
      }
    },
  });
}
