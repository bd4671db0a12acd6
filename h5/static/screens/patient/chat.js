/* 在线客服 (seed 004 居民移动端 24 向在线客服发送消息): the patient's session with a hospital's customer
   service, on the conversation engine (core/conversations). The session is opened or resumed by
   POST /support/chats; its messages are those of conversation <conversation_id>, shown and sent by
   the client's one conversation thread (conversation.js: live over the realtime socket, HTTP
   catch-up and polling while it is down, unacknowledged messages resent with their client id). */
import {ref, computed, onMounted} from 'vue';
import {confirmDialog} from '../../ui.js';
import {MP, api, useCall} from './lib.js';
import {ChatThread} from './conversation.js';

export const ChatScreen = {
  name: 'ChatScreen',
  components: {ChatThread},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const chat = ref(null);
    const thread = ref(null);
    const {error, run} = useCall();
    const STATES = {service_taken: ['serving', '服务中'], service_ended: ['closed', '已结束']};
    function setState(event) {
      const next = STATES[event];
      if (chat.value && next && chat.value.state !== 'closed') [chat.value.state, chat.value.state_label] = next;
    }
    const open = computed(() => chat.value && chat.value.state !== 'closed');
    async function end() {
      if (!(await confirmDialog('确认结束本次在线客服会话？'))) return;
      const answer = await run(() => api.post(`${MP}/support/chats/${chat.value.id}/end`));
      if (answer) { chat.value = answer; if (thread.value) await thread.value.catchUp(); }
    }
    onMounted(() => run(async () => {
      const institution = Number(props.query && props.query.institution);
      chat.value = await api.post(`${MP}/support/chats`, {institution_id: institution});
    }));
    return {chat, thread, error, open, end, setState};
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
      <chat-thread ref="thread" :conversation-id="chat.conversation_id" :me="me" :can-write="open"
                   their-label="医院客服" placeholder="请输入您的问题"
                   @system="setState" @closed="setState('service_ended')"></chat-thread>
      <button v-if="open" type="button" class="btn btn-block" data-chat-end @click="end">结束会话</button>
      <p v-else class="muted" data-chat-ended>会话已结束。如仍有问题，可返回“帮助与反馈”再次联系在线客服或提交问题反馈。</p>
    </template>
  </div>`,
};
