/* 候诊室 of a video consultation (seed 004 居民移动端 2–4): `#/consult/orders/<id>/video`.

   The order's waiting-room status (GET /api/mp/v1/consult/orders/<id>/queue: state, place in the
   queue, how many are ahead, the estimated wait from the doctor's recent pace, missed calls, the room
   once called) is kept live by the topic `waiting:<order id>` (realtime.js; every notice reloads the
   status, and it is polled while the socket is down). 签到 on the day (POST .../check-in), 退出候诊
   (POST .../leave: refunded in full, the server's rule in `notice`), and when the doctor calls, 接听
   (POST .../answer) opens the call (#/video/rooms/<room id>). A call not answered in time puts the
   patient back in the queue, marked, for the doctor to call again. */
import {ref, computed, onMounted, onUnmounted} from 'vue';
import {go, setTitle} from '../../nav.js';
import {confirmDialog} from '../../ui.js';
import {follow} from '../../realtime.js';
import {MP, api, useCall, when} from '../patient/lib.js';

const POLL_MS = 8000;

export const WaitingRoomScreen = {
  name: 'WaitingRoomScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const id = Number(props.params.id);
    const status = ref(null);
    const live = ref('connecting');
    const {busy, error, run} = useCall();
    let socket = null;
    let poll = null;

    async function load() {
      status.value = await api.get(`${MP}/consult/orders/${id}/queue`);
      setTitle(`候诊室 · ${status.value.state_label}`);
    }
    function watch(topic) {
      socket = follow([topic], {
        onState: (s) => { live.value = s; },
        onNotice: () => load().catch(() => {}),
      });
      poll = setInterval(() => { if (live.value !== 'live') load().catch(() => {}); }, POLL_MS);
    }
    onMounted(() => run(async () => {
      await load();
      watch(status.value.topic);
    }));
    onUnmounted(() => {
      if (socket) socket.stop();
      clearInterval(poll);
    });

    const s = computed(() => status.value || {});
    const ringing = computed(() => s.value.state === 'calling');
    const inCall = computed(() => s.value.state === 'in_progress' && s.value.room_id);

    async function checkIn() {
      const answer = await run(() => api.post(`${MP}/consult/orders/${id}/check-in`));
      if (answer) status.value = answer;
    }
    async function leave() {
      if (!(await confirmDialog('确定退出候诊吗？订单将取消，费用原路退回。', {ok: '退出候诊'}))) return;
      const answer = await run(() => api.post(`${MP}/consult/orders/${id}/leave`, {reason: '患者退出候诊'}));
      if (answer) status.value = answer;
    }
    async function answerCall() {
      const answer = await run(() => api.post(`${MP}/consult/orders/${id}/answer`));
      if (answer) {
        status.value = answer;
        if (answer.room_id) go(`/video/rooms/${answer.room_id}`);
      }
    }
    return {status, s, live, busy, error, ringing, inCall, checkIn, leave, answerCall, when,
            enterCall: () => go(`/video/rooms/${s.value.room_id}`), orderPage: () => go(`/consult/orders/${id}`)};
  },
  template: `
  <div class="page waiting-room">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!status && !error"></loading-state>
    <template v-if="status">
      <div class="card" :class="{ringing}">
        <div class="card-title">{{ s.slot_label }} <span class="tag" data-waiting-state>{{ s.state_label }}</span></div>
        <template v-if="ringing">
          <p class="queue-position" data-ringing>医生正在呼叫您</p>
          <p class="muted">请在 {{ when(s.call_until) }} 前接听</p>
          <button type="button" class="btn btn-primary btn-block" :disabled="busy" data-answer @click="answerCall">接听</button>
        </template>
        <template v-else-if="s.position">
          <p class="queue-position">第 <b data-position>{{ s.position }}</b> 位</p>
          <p class="center">前面还有 <b data-ahead>{{ s.ahead }}</b> 位，预计等待约 <b data-wait>{{ s.wait_minutes }}</b> 分钟</p>
        </template>
        <p v-if="s.missed" class="error" data-missed>您已错过医生的呼叫 {{ s.missed }} 次（累计 {{ s.no_show_calls }} 次视为爽约），请留意呼叫。</p>
        <p v-if="s.state === 'waiting' && !s.can_check_in" class="muted" data-check-in-from>{{ when(s.check_in_from) }} 起可签到</p>
        <button v-if="s.can_check_in" type="button" class="btn btn-primary btn-block" :disabled="busy" data-check-in @click="checkIn">签到</button>
        <button v-if="inCall" type="button" class="btn btn-primary btn-block" data-enter-call @click="enterCall">进入视频</button>
        <p class="muted">{{ live === 'live' ? '排队情况实时更新' : '正在连接，稍后自动刷新' }}</p>
      </div>
      <div class="card">
        <p class="muted pre-line" data-notice>{{ s.notice }}</p>
        <button v-if="s.can_leave" type="button" class="btn btn-block" :disabled="busy" data-leave @click="leave">退出候诊</button>
        <button type="button" class="btn btn-plain btn-block" @click="orderPage">订单详情</button>
      </div>
    </template>
  </div>`,
};
