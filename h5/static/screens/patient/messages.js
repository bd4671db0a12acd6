/* 消息中心 (seed 003 消息通知 / 消息即时通知): my messages with the unread count, reading one
   (and following its link into the client: the server's links are this client's routes),
   reading all; handled ones greyed. */
import {ref, onMounted} from 'vue';
import {go} from '../../nav.js';
import {MP, api, useCall, when} from './lib.js';

/** The unread count the home tile shows as its badge. */
export async function unreadCount() {
  return (await api.get(`${MP}/messages/unread-count`)).unread;
}

export const MessagesScreen = {
  name: 'MessagesScreen',
  setup() {
    const items = ref([]);
    const unread = ref(0);
    const onlyUnread = ref(false);
    const loaded = ref(false);
    const {error, run} = useCall();
    async function load() {
      await run(async () => {
        const answer = await api.get(`${MP}/messages?page_size=50${onlyUnread.value ? '&unread=1' : ''}`);
        items.value = answer.items;
        unread.value = answer.unread;
        loaded.value = true;
      });
    }
    async function open(m) {
      if (!m.read) {
        const answer = await run(() => api.post(`${MP}/messages/read`, {message_ids: [m.id]}));
        if (!answer) return;
        m.read = true;
        unread.value = answer.unread;
      }
      if (m.link) go(m.link);
    }
    async function readAll() {
      const answer = await run(() => api.post(`${MP}/messages/read`, {}));
      if (answer) await load();
    }
    function toggle() {
      onlyUnread.value = !onlyUnread.value;
      load();
    }
    onMounted(load);
    return {items, unread, onlyUnread, loaded, error, open, readAll, toggle, when};
  },
  template: `
  <div class="page messages">
    <error-banner :error="error"></error-banner>
    <div class="card msg-bar">
      <span>未读 <b data-unread>{{ unread }}</b> 条</span>
      <button type="button" class="btn btn-plain" @click="toggle">{{ onlyUnread ? '看全部' : '只看未读' }}</button>
      <button type="button" class="btn btn-plain" data-read-all :disabled="!unread" @click="readAll">全部已读</button>
    </div>
    <loading-state v-if="!loaded && !error"></loading-state>
    <empty-state v-if="loaded && !items.length" text="暂无消息"></empty-state>
    <div class="list" data-messages>
      <list-item v-for="m in items" :key="m.id" :data-message="m.id" :class="{unread: !m.read, handled: m.handled}"
                 :title="m.title" :sub="m.body" :badge="m.read ? '' : '未读'" @click="open(m)">
        <div class="li-sub">{{ when(m.created_at) }}</div>
      </list-item>
    </div>
  </div>`,
};
