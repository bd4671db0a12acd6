/* 我的问诊 → the consultation with the doctor (seed 004 居民移动端 1 图文咨询, 18 我的问诊): the order's
   conversation (`conversation_id`) in the client's one conversation thread (patient/conversation.js:
   live over the realtime socket, HTTP catch-up, client ids, resend), with text, photos and voice
   (a file, or recorded where the browser records AAC), recall within 2 minutes, and the system items
   (placed, paid, accepted, ended, cancelled...) in the same sequence. Writing is allowed while the
   order says `can_chat` and the conversation is open; each system item reloads the order, so the
   head and the input follow the doctor's moves. */
import {ref, computed, onMounted} from 'vue';
import {setTitle} from '../../nav.js';
import {MP, api, useCall, when} from '../patient/lib.js';
import {ChatThread} from '../patient/conversation.js';

export const ConsultChatScreen = {
  name: 'ConsultChatScreen',
  components: {ChatThread},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const order = ref(null);
    const names = ref({});
    const closed = ref(false);
    const {error, run} = useCall();
    const id = () => Number(props.params.id);
    const canWrite = computed(() => !!order.value && order.value.can_chat && !closed.value);

    async function loadOrder() {
      order.value = await api.get(`${MP}/consult/orders/${id()}`);
      setTitle(`${order.value.doctor.name}医生 · ${order.value.state_label}`);
    }
    onMounted(() => run(async () => {
      await loadOrder();
      if (!order.value.conversation_id) return;
      const conv = await api.get(`${MP}/conversations/${order.value.conversation_id}`);
      names.value = Object.fromEntries(conv.participants.map((p) => [p.party, p.name]));
      closed.value = conv.state === 'closed';
    }));
    async function onSystem() {
      try {
        await loadOrder();
        const conv = await api.get(`${MP}/conversations/${order.value.conversation_id}`);
        names.value = Object.fromEntries(conv.participants.map((p) => [p.party, p.name]));
      } catch { /* the screen keeps what it shows; the next item tries again */ }
    }
    return {order, names, closed, canWrite, error, onSystem, when};
  },
  template: `
  <div class="page chat consult-chat">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!order && !error"></loading-state>
    <template v-if="order">
      <div class="card chat-head">
        <div class="card-title">{{ order.doctor.name }} <span class="muted">{{ order.doctor.title_label }}</span>
          <span class="tag" data-chat-state>{{ order.state_label }}</span>
          <span v-if="order.refund_label" class="tag tag-warn" data-refund>{{ order.refund_label }}</span></div>
        <p class="muted">{{ order.department_name }} · 就诊人 {{ order.patient.name }}</p>
        <p v-if="order.state === 'waiting'" class="muted" data-waiting>等待医生接诊{{ order.accept_by ? '（' + when(order.accept_by) + ' 前）' : '' }}，可先补充病情。</p>
        <p v-if="order.state === 'in_progress' && order.ends_at" class="muted">问诊进行中，{{ when(order.ends_at) }} 前可多次交流。</p>
        <a class="btn btn-plain" :href="'#/consult/orders/' + order.id" data-order-link>订单详情</a>
      </div>
      <chat-thread v-if="order.conversation_id" :conversation-id="order.conversation_id" :me="me" :can-write="canWrite"
                   :names="names" their-label="医生" placeholder="请输入您想咨询的问题" :voice="true"
                   @system="onSystem" @closed="closed = true; onSystem()">
        <template #closed>
          <p class="muted" data-chat-ended>{{ order.state === 'created' ? '支付后即可与医生交流。' : '本次问诊已结束，不能再发送消息。' }}
            <a :href="'#/consult/orders/' + order.id">查看订单</a></p>
        </template>
      </chat-thread>
    </template>
  </div>`,
};
