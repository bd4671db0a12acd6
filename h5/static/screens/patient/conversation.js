/* One conversation of the conversation engine (core/conversations) on the phone, shared by every
   chat of the client: 在线客服 (chat.js) and the consultation with a doctor (consult/chat.js).
   - Received live over the realtime gateway (/realtime/v1/ws: the token in the first frame, the
     topic conversation:<id> subscribed from the last sequence held), and over HTTP
     (GET /conversations/<id>/messages?after_seq=) at start, after a reconnect and every few seconds
     while the socket is down, so nothing is missed.
   - Sent over HTTP with the client's own id per message (text, image, voice): a message not
     acknowledged stays on the screen as 未发送 and is sent again with the same id (the server
     stores it once, and answers the stored one to a resend).
   - Items are kept by sequence number: shown in order, never twice; system items (accepted,
     ended, refunded...) in the same sequence; a recall item marks the message it recalls.
   The screen around it says who is who, and whether one may write (`can-write`); the thread
   tells it of system items (`@system`, once each) and of the conversation's end (`@closed`). */
import {ref, reactive, computed, onMounted, onUnmounted, nextTick, watch} from 'vue';
import {accessToken} from '../../api.js';
import {MP, api, useCall, when, scaledPhoto} from './lib.js';

const POLL_MS = 3000;
const PING_MS = 25000;
export const RECALL_MS = 2 * 60 * 1000; // the server's RECALL_SECONDS: one's own message, within 2 minutes

export function newClientId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

// What the server takes as voice (media/voice.py: mp3, or AAC raw or in m4a/mp4), as a file pick offers it.
export const VOICE_ACCEPT = '.mp3,.m4a,.aac,audio/mpeg,audio/mp4,audio/aac,audio/x-m4a';
// Recording in the browser only where it records AAC in mp4 (Safari on iOS, say). Chromium without
// proprietary codecs records Opus (webm, or mp4 with Opus), which the server refuses: a file pick then.
const RECORD_TYPE = 'audio/mp4;codecs=mp4a.40.2';
export const canRecord = () => !!(window.MediaRecorder && navigator.mediaDevices
  && MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(RECORD_TYPE));

/** The messages of one conversation by sequence, kept current by socket and HTTP; `onSystem(event)`
    hears each system item once, `onClosed()` the conversation's end. */
export function useConversation(onSystem, onClosed) {
  const items = reactive(new Map());  // seq -> item
  const last = ref(0);
  let cid = null;
  let ws = null;
  let live = false;
  let stopped = false;
  let pollTimer = null;
  let pingTimer = null;
  let retry = 1000;

  function add(item) {
    if (items.has(item.seq)) return;
    items.set(item.seq, item);
    if (item.kind === 'system' && item.system) onSystem(item.system.event, item);
    if (item.kind === 'recall' && items.has(item.recall_seq)) items.get(item.recall_seq).recalled = true;
    while (items.has(last.value + 1)) last.value += 1;
  }
  async function catchUp() {
    for (;;) {
      const page = await api.get(`${MP}/conversations/${cid}/messages?after_seq=${last.value}&limit=200`);
      page.items.forEach(add);
      if (page.state === 'closed') onClosed();
      if (!page.has_more || !page.items.length) return;
    }
  }
  function poll() {
    clearTimeout(pollTimer);
    if (stopped) return;
    pollTimer = setTimeout(async () => {
      if (!live) { try { await catchUp(); } catch { /* offline: the next round tries again */ } }
      poll();
    }, POLL_MS);
  }
  async function connect() {
    if (stopped || !('WebSocket' in window)) return;
    const token = await accessToken().catch(() => null);
    if (!token || stopped) return;
    ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/realtime/v1/ws`);
    ws.onopen = () => ws.send(JSON.stringify({op: 'auth', token}));
    ws.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (frame.op === 'ready') {
        ws.send(JSON.stringify({op: 'subscribe', topic: `conversation:${cid}`, after_seq: last.value}));
        pingTimer = setInterval(() => ws.send('{"op":"ping"}'), PING_MS);
      } else if (frame.op === 'subscribed') {
        live = true;
        retry = 1000;
      } else if (frame.op === 'msg') {
        add(frame.data);
      } else if (frame.op === 'unsubscribed' && frame.reason === 'closed') {
        onClosed();
      }
    };
    ws.onclose = () => {
      live = false;
      clearInterval(pingTimer);
      if (!stopped) setTimeout(connect, retry = Math.min(retry * 2, 30000));
    };
  }
  async function start(conversationId) {
    cid = conversationId;
    await catchUp();
    poll();
    connect();
  }
  function stop() {
    stopped = true;
    clearTimeout(pollTimer);
    clearInterval(pingTimer);
    if (ws) ws.close();
  }
  const ordered = computed(() => [...items.values()].sort((a, b) => a.seq - b.seq).filter((m) => m.kind !== 'recall'));
  return {items: ordered, last, start, stop, add, catchUp};
}

/** Send one pending message (text, image or voice) with its client id; answers the stored message. */
function post(cid, p) {
  if (p.kind === 'text') return api.post(`${MP}/conversations/${cid}/messages`, {client_id: p.client_id, text: p.text});
  const form = new FormData();
  form.append('client_id', p.client_id);
  form.append(p.kind, p.blob, p.name);
  return api.upload(`${MP}/conversations/${cid}/${p.kind === 'image' ? 'images' : 'voices'}`, form);
}

/** Send a message that was composed elsewhere (the order form's images), retried on failure with the
    same client id; resolves with the stored message, rejects with a refusal that is final. */
export async function sendPending(cid, p, {attempts = 3} = {}) {
  let error;
  for (let i = 0; i < attempts; i += 1) {
    try {
      return (await post(cid, p)).message;
    } catch (e) {
      error = e;
      if (e.status && e.status < 500 && e.code !== 'service.busy') throw e;  // refused for good
      await new Promise((r) => setTimeout(r, 500 * (i + 1)));
    }
  }
  throw error;
}

const seconds = (ms) => `${Math.max(1, Math.round((ms || 0) / 1000))}″`;

export const ChatThread = {
  name: 'ChatThread',
  props: {
    conversationId: {type: Number, required: true},
    me: Object,
    canWrite: {type: Boolean, default: true},
    names: {type: Object, default: () => ({})},   // sender ("admin:3") -> the name shown
    theirLabel: {type: String, default: '对方'},
    placeholder: {type: String, default: '请输入消息'},
    voice: {type: Boolean, default: false},
  },
  emits: ['system', 'closed'],
  setup(props, {emit}) {
    const text = ref('');
    const pending = ref([]);  // sent, not acknowledged: {client_id, kind, text | blob, preview, failed}
    const list = ref(null);
    const closed = ref(false);
    const now = ref(Date.now());
    const recording = ref(null);  // the MediaRecorder while recording
    const {busy, error, run} = useCall();
    const conv = useConversation((event, item) => emit('system', event, item), () => {
      if (!closed.value) { closed.value = true; emit('closed'); }
    });
    const mine = computed(() => (props.me ? `mp:${props.me.account_id}` : ''));
    const writable = computed(() => props.canWrite && !closed.value);
    const recordable = props.voice && canRecord();
    let clock = null;

    async function scrollDown() {
      await nextTick();
      if (list.value) list.value.scrollTop = list.value.scrollHeight;
    }
    function markRead() {
      if (conv.last.value) {
        api.post(`${MP}/conversations/${props.conversationId}/cursor`, {read_seq: conv.last.value}).catch(() => {});
      }
    }
    async function deliver(p) {
      p.failed = false;
      try {
        conv.add((await post(props.conversationId, p)).message);
        pending.value = pending.value.filter((x) => x.client_id !== p.client_id);
        if (p.preview) URL.revokeObjectURL(p.preview);
      } catch (e) {
        p.failed = true;
        if (e.status && e.status < 500 && e.code !== 'service.busy') {
          pending.value = pending.value.filter((x) => x.client_id !== p.client_id);
          error.value = e;  // refused for good (closed conversation, bad file): said, not resent
        }
      }
      scrollDown();
    }
    function queue(fields) {
      const p = reactive({client_id: newClientId(), failed: false, ...fields});
      pending.value.push(p);
      error.value = null;
      return deliver(p);
    }
    async function send() {
      const body = text.value.trim();
      if (!body) return;
      text.value = '';
      await queue({kind: 'text', text: body});
    }
    async function sendImage(event) {
      const file = event.target.files[0];
      event.target.value = '';
      if (!file) return;
      const blob = await run(() => scaledPhoto(file));
      if (blob) await queue({kind: 'image', blob, name: 'image.jpg', preview: URL.createObjectURL(blob)});
    }
    async function sendVoice(event) {
      const file = event.target.files[0];
      event.target.value = '';
      if (file) await queue({kind: 'voice', blob: file, name: file.name || 'voice.m4a'});
    }
    async function record() {
      if (recording.value) { recording.value.stop(); return; }
      const stream = await run(() => navigator.mediaDevices.getUserMedia({audio: true}));
      if (!stream) return;
      const rec = new MediaRecorder(stream, {mimeType: RECORD_TYPE});
      const chunks = [];
      rec.ondataavailable = (e) => { if (e.data.size) chunks.push(e.data); };
      rec.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        recording.value = null;
        queue({kind: 'voice', blob: new Blob(chunks, {type: 'audio/mp4'}), name: 'voice.m4a'});
      };
      rec.start();
      recording.value = rec;
      setTimeout(() => { if (recording.value === rec) rec.stop(); }, 59000);  // the server's one minute
    }
    async function recall(m) {
      const answer = await run(() => api.post(`${MP}/conversations/${props.conversationId}/messages/${m.seq}/recall`));
      if (answer) conv.add(answer.message);
    }
    const recallable = (m) => m.sender === mine.value && !m.recalled && ['text', 'image', 'voice'].includes(m.kind)
      && now.value - Date.parse(m.at) < RECALL_MS;
    const label = (m) => (m.sender === mine.value ? '我' : props.names[m.sender] || props.theirLabel);

    onMounted(() => run(async () => {
      clock = setInterval(() => { now.value = Date.now(); }, 5000);
      await conv.start(props.conversationId);
      scrollDown();
      markRead();
    }));
    onUnmounted(() => {
      conv.stop();
      clearInterval(clock);
      if (recording.value) recording.value.stop();
    });
    watch(conv.last, () => { scrollDown(); markRead(); });
    return {text, pending, list, busy, error, closed, writable, recording, recordable, messages: conv.items, mine,
            send, sendImage, sendVoice, record, recall, recallable, deliver, label, when, seconds,
            catchUp: conv.catchUp, voiceAccept: VOICE_ACCEPT};
  },
  template: `
  <div class="chat-thread">
    <error-banner :error="error"></error-banner>
    <ol ref="list" class="chat-list" data-chat-list>
      <li v-for="m in messages" :key="m.seq" :data-seq="m.seq" :data-kind="m.kind"
          :class="m.kind === 'system' ? 'chat-system' : (m.sender === mine ? 'chat-mine' : 'chat-theirs')">
        <template v-if="m.kind === 'system'">{{ m.text }}</template>
        <template v-else>
          <div class="chat-who muted">{{ label(m) }} · {{ when(m.at) }}</div>
          <div v-if="m.recalled" class="muted" data-recalled>消息已撤回</div>
          <div v-else-if="m.kind === 'text'" class="chat-bubble pre-line">{{ m.text }}</div>
          <a v-else-if="m.kind === 'image'" :href="m.media.url" target="_blank" class="chat-bubble"><img :src="m.media.url" alt="图片"></a>
          <div v-else-if="m.kind === 'voice'" class="chat-bubble chat-voice" data-voice>
            <audio controls preload="none" :src="m.media.url"></audio> <span class="muted">{{ seconds(m.media.duration_ms) }}</span></div>
          <button v-if="recallable(m)" type="button" class="btn-link muted" data-recall @click="recall(m)">撤回</button>
        </template>
      </li>
      <li v-for="p in pending" :key="p.client_id" class="chat-mine" data-pending>
        <div v-if="p.kind === 'text'" class="chat-bubble pre-line">{{ p.text }}</div>
        <div v-else-if="p.kind === 'image'" class="chat-bubble"><img :src="p.preview" alt="图片"></div>
        <div v-else class="chat-bubble">[语音]</div>
        <div class="muted">{{ p.failed ? '未发送' : '发送中…' }}
          <button v-if="p.failed" type="button" class="btn btn-plain" data-resend @click="deliver(p)">重发</button></div>
      </li>
    </ol>
    <form v-if="writable" class="chat-send" data-chat-send @submit.prevent="send">
      <label class="btn chat-pic" aria-label="发送图片">图<input type="file" accept="image/*" name="chat_image" :disabled="busy" @change="sendImage"></label>
      <template v-if="voice">
        <button v-if="recordable" type="button" class="btn chat-pic" :class="{on: recording}" data-record
                :aria-label="recording ? '结束录音' : '录音'" @click="record">{{ recording ? '停' : '录' }}</button>
        <label class="btn chat-pic" aria-label="发送语音文件" title="发送语音（mp3、m4a，不超过60秒）">音<input type="file" :accept="voiceAccept" name="chat_voice" :disabled="busy" @change="sendVoice"></label>
      </template>
      <textarea v-model="text" name="chat_text" rows="1" maxlength="2000" :placeholder="placeholder"></textarea>
      <button class="btn btn-primary" :disabled="!text.trim()" data-chat-submit>发送</button>
    </form>
    <slot v-else name="closed"></slot>
  </div>`,
};
