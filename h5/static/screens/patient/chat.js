/* 在线客服 (seed 004 居民移动端 24 向在线客服发送消息): the patient's session with a hospital's customer
   service, on the conversation engine (core/conversations). The session is opened or resumed by
   POST /support/chats; its messages are those of conversation <conversation_id>:
   - received live over the realtime gateway (/realtime/v1/ws: the token in the first frame, the
     topic conversation:<id> subscribed from the last sequence held), and over HTTP
     (GET /conversations/<id>/messages?after_seq=) when the socket is down, so nothing is missed;
   - sent over HTTP with the client's own id per message: a message not acknowledged stays on the
     screen as 未发送 and is sent again with the same id (the server stores it once).
   Items are kept by sequence number: shown in order, never twice. */
import {ref, reactive, computed, onMounted, onUnmounted, nextTick, watch} from 'vue';
import {accessToken} from '../../api.js';
import {confirmDialog} from '../../ui.js';
import {MP, api, upload, useCall, when, scaledPhoto} from './lib.js';

const POLL_MS = 3000;
const PING_MS = 25000;

function newClientId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The messages of one conversation by sequence, kept current by socket and HTTP; `onSystem(event)`
    hears each system item once (taken, ended), `onClosed()` the conversation's end. */
function useConversation(onSystem, onClosed) {
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
    if (item.kind === 'system' && item.system) onSystem(item.system.event);
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
    if (!token) return;
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

export const ChatScreen = {
  name: 'ChatScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const chat = ref(null);
    const text = ref('');
    const pending = ref([]);  // sent, not acknowledged: {client_id, text}
    const list = ref(null);
    const {busy, error, run} = useCall();
    const STATES = {service_taken: ['serving', '服务中'], service_ended: ['closed', '已结束']};
    function setState(event) {
      const next = STATES[event];
      if (chat.value && next && chat.value.state !== 'closed') [chat.value.state, chat.value.state_label] = next;
    }
    const conv = useConversation(setState, () => setState('service_ended'));
    const mine = computed(() => (props.me ? `mp:${props.me.account_id}` : ''));
    const open = computed(() => chat.value && chat.value.state !== 'closed');

    async function scrollDown() {
      await nextTick();
      if (list.value) list.value.scrollTop = list.value.scrollHeight;
    }
    async function markRead() {
      if (conv.last.value) {
        api.post(`${MP}/conversations/${chat.value.conversation_id}/cursor`, {read_seq: conv.last.value})
          .catch(() => {});
      }
    }
    async function deliver(p) {
      try {
        const answer = await api.post(`${MP}/conversations/${chat.value.conversation_id}/messages`,
                                      {client_id: p.client_id, text: p.text});
        conv.add(answer.message);
        pending.value = pending.value.filter((x) => x.client_id !== p.client_id);
        p.failed = false;
      } catch (e) {
        p.failed = true;
        if (e.status && e.status < 500 && e.code !== 'service.busy') {
          pending.value = pending.value.filter((x) => x.client_id !== p.client_id);
          error.value = e;  // refused for good (closed session, bad text): said, not resent
        }
      }
      scrollDown();
    }
    async function send() {
      const body = text.value.trim();
      if (!body) return;
      const p = reactive({client_id: newClientId(), text: body, failed: false});
      pending.value.push(p);
      text.value = '';
      await deliver(p);
    }
    async function sendImage(event) {
      const file = event.target.files[0];
      event.target.value = '';
      if (!file) return;
      await run(async () => {
        const answer = await upload(`${MP}/conversations/${chat.value.conversation_id}/images`,
                                    {client_id: newClientId(), image: await scaledPhoto(file)});
        conv.add(answer.message);
      });
      scrollDown();
    }
    async function end() {
      if (!(await confirmDialog('确认结束本次在线客服会话？'))) return;
      const answer = await run(() => api.post(`${MP}/support/chats/${chat.value.id}/end`));
      if (answer) { chat.value = answer; await conv.catchUp(); scrollDown(); }
    }
    onMounted(() => run(async () => {
      const institution = Number(props.query && props.query.institution);
      chat.value = await api.post(`${MP}/support/chats`, {institution_id: institution});
      await conv.start(chat.value.conversation_id);
      scrollDown();
      markRead();
    }));
    onUnmounted(() => conv.stop());
    watch(conv.last, () => { scrollDown(); markRead(); });
    const label = (m) => (m.sender === mine.value ? '我' : '医院客服');
    return {chat, text, pending, list, busy, error, messages: conv.items, mine, open, send, sendImage, end, deliver,
            when, label};
  },
  template: `
  <div class="page chat">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!chat && !error"></loading-state>
    <template v-if="chat">
      <div class="card chat-head">
        <div class="card-title">{{ chat.institution_name }} <span class="ticket-state" :class="'chat-' + chat.state" data-chat-state>{{ chat.state_label }}</span></div>
        <p v-if="chat.state === 'waiting'" class="muted" data-ahead>正在为您接入客服{{ chat.ahead ? '，前面还有 ' + chat.ahead + ' 位' : '' }}；可先描述您的问题。</p>
        <p v-if="chat.hours" class="muted">服务时间 {{ chat.hours }}</p>
      </div>
      <ol ref="list" class="chat-list" data-chat-list>
        <li v-for="m in messages" :key="m.seq" :data-seq="m.seq"
            :class="m.kind === 'system' ? 'chat-system' : (m.sender === mine ? 'chat-mine' : 'chat-theirs')">
          <template v-if="m.kind === 'system'">{{ m.text }}</template>
          <template v-else>
            <div class="chat-who muted">{{ label(m) }} · {{ when(m.at) }}</div>
            <div v-if="m.recalled" class="muted">消息已撤回</div>
            <div v-else-if="m.kind === 'text'" class="chat-bubble pre-line">{{ m.text }}</div>
            <a v-else-if="m.kind === 'image'" :href="m.media.url" target="_blank" class="chat-bubble"><img :src="m.media.url" alt="图片"></a>
            <audio v-else-if="m.kind === 'voice'" controls :src="m.media.url"></audio>
          </template>
        </li>
        <li v-for="p in pending" :key="p.client_id" class="chat-mine" data-pending>
          <div class="chat-bubble pre-line">{{ p.text }}</div>
          <div class="muted">{{ p.failed ? '未发送' : '发送中…' }}
            <button v-if="p.failed" type="button" class="btn btn-plain" @click="deliver(p)">重发</button></div>
        </li>
      </ol>
      <form v-if="open" class="chat-send" data-chat-send @submit.prevent="send">
        <label class="btn chat-pic" aria-label="发送图片">图<input type="file" accept="image/*" name="chat_image" :disabled="busy" @change="sendImage"></label>
        <textarea v-model="text" name="chat_text" rows="1" maxlength="2000" placeholder="请输入您的问题"></textarea>
        <button class="btn btn-primary" :disabled="!text.trim()" data-chat-submit>发送</button>
      </form>
      <button v-if="open" type="button" class="btn btn-block" data-chat-end @click="end">结束会话</button>
      <p v-else class="muted" data-chat-ended>会话已结束。如仍有问题，可返回“帮助与反馈”再次联系在线客服或提交问题反馈。</p>
    </template>
  </div>`,
};
