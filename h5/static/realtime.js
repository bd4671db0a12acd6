// Live notices of topics over the realtime gateway (/realtime/v1/ws, docs/realtime.md) for screens
// that only listen: a video room's joins, leaves, removals and end (`room:<id>`), a waiting room's
// queue. The conversation thread (screens/patient/conversation.js) keeps its own socket because it
// resumes by sequence and resends; this one follows unsequenced notices and sequenced items alike,
// reconnecting with backoff and a fresh token (the token only ever in the first frame).
//
//   const live = follow(['room:12'], {onNotice(frame) {...}, onItem(frame) {...}, onState(s) {...}});
//   live.stop();
//
// `onState` hears "connecting", "live" (every topic subscribed) and "down" (the screen polls over
// HTTP meanwhile); a topic refused or closed by the server comes to `onClosed(topic, reason)`.
import {accessToken} from './api.js';

const MAX_RETRY_MS = 30000;

export function follow(topics, {onNotice = () => {}, onItem = () => {}, onState = () => {}, onClosed = () => {}} = {}) {
  let ws = null;
  let stopped = false;
  let retry = 1000;
  let ping = null;
  let retryTimer = null;
  let subscribed = new Set();

  function schedule() {
    clearTimeout(retryTimer);
    if (stopped) return;
    retryTimer = setTimeout(open, retry * (0.75 + Math.random() / 2));
    retry = Math.min(retry * 2, MAX_RETRY_MS);
  }

  async function open() {
    if (stopped || !('WebSocket' in window)) return;
    onState('connecting');
    const token = await accessToken().catch(() => null);
    if (stopped) return;
    if (!token) { onState('down'); schedule(); return; }
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/realtime/v1/ws`);
    ws = socket;
    subscribed = new Set();
    socket.onopen = () => socket.send(JSON.stringify({op: 'auth', token}));
    socket.onmessage = (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      if (frame.op === 'ready') {
        retry = 1000;
        clearInterval(ping);
        ping = setInterval(() => { if (socket.readyState === 1) socket.send('{"op":"ping"}'); },
                           Math.max(5, (frame.heartbeat || 30) - 5) * 1000);
        // A fresh token before this one runs out (the socket would close with 4002).
        const renewIn = Math.max(10, (frame.expires_in || 600) - 60) * 1000;
        setTimeout(async () => {
          const fresh = await accessToken().catch(() => null);
          if (fresh && socket.readyState === 1) socket.send(JSON.stringify({op: 'auth', token: fresh}));
        }, renewIn);
        topics.forEach((topic) => socket.send(JSON.stringify({op: 'subscribe', topic, id: topic})));
      } else if (frame.op === 'subscribed') {
        subscribed.add(frame.topic);
        if (topics.every((t) => subscribed.has(t))) onState('live');
      } else if (frame.op === 'notice') {
        onNotice(frame);
      } else if (frame.op === 'msg') {
        onItem(frame);
      } else if (frame.op === 'unsubscribed' && frame.reason !== 'client') {
        onClosed(frame.topic, frame.reason);
      } else if (frame.op === 'error' && topics.includes(frame.id)) {
        onClosed(frame.id, frame.code);
      }
    };
    socket.onclose = (event) => {
      clearInterval(ping);
      if (ws === socket) ws = null;
      if (stopped) return;
      onState('down');
      if (event.code === 4001 || event.code === 4003) retry = Math.max(retry, 10000);
      schedule();
    };
  }

  open();
  return {
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(ping);
      if (ws) { try { ws.close(1000); } catch { /* gone */ } }
    },
  };
}
