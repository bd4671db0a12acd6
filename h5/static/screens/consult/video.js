/* Video consultation on the phone (seed 004 居民移动端 2–4 视频问诊, 候诊, 视频陪诊): the call screen of a
   video room and the landing of a 视频陪诊 invitation. The waiting room that leads here is
   waiting.js.

   - `#/video/rooms/<id>`: the call. The shared client (h5/static/shared/video-room.js) joins the room
     with the credentials of POST /api/mp/v1/rooms/<id>/join, publishes the camera and microphone the
     member may publish, shows every other member's video, reports presence and quality, and
     reconnects after a network change. The room's topic `room:<id>` (realtime.js) says who joined,
     left or was removed, the other side's connection quality, and the end. The patient invites a
     relative (a single-use link with its QR code) and removes them; anyone hangs up.
   - `#/video/invite?token=`: what bff/rooms.py links to (the token stays in the fragment): who invites,
     as whom, whether it still holds; after logging in, 接受邀请 makes one a member and opens the call. */
import {ref, shallowRef, computed, onMounted, onUnmounted, watch, markRaw} from 'vue';
import {go, replace, setTitle} from '../../nav.js';
import {showToast, confirmDialog} from '../../ui.js';
import {follow} from '../../realtime.js';
import {MP, api, useCall, when} from '../patient/lib.js';
import {createVideoRoom, QUALITY_LABELS} from '../../shared/video-room.js';

const ROOMS = `${MP}/rooms`;
const STATE_LABELS = {idle: '准备中', connecting: '正在接通…', live: '通话中', reconnecting: '网络变化，正在重新连接…',
                      ended: '视频已结束', removed: '您已被移出视频', left: '已挂断', failed: '无法开始视频'};
const EVENT_LABELS = {joined: '进入了视频', left: '离开了视频', removed: '已被移出视频', accepted: '接受了邀请',
                      invited: '发出了邀请'};

/** A <video> showing a MediaStream (srcObject is a property, never an attribute or URL). */
export const StreamVideo = {
  name: 'StreamVideo',
  props: {stream: Object, muted: Boolean, mirror: Boolean},
  setup(props) {
    const el = ref(null);
    function attach() {
      if (!el.value) return;
      if (el.value.srcObject !== props.stream) el.value.srcObject = props.stream || null;
      if (props.stream) el.value.play().catch(() => { /* autoplay waits for a tap; muted ones play */ });
    }
    onMounted(attach);
    watch(() => props.stream, attach);
    return {el};
  },
  template: `<video ref="el" autoplay playsinline :muted="muted" :class="{mirror}"></video>`,
};

export const qualityText = (q) => (q && q.level ? `${QUALITY_LABELS[q.level]}${q.rtt_ms != null ? ` · ${q.rtt_ms}ms` : ''}${q.packet_loss_pct ? ` · 丢包${q.packet_loss_pct}%` : ''}` : '—');

export const VideoCallScreen = {
  name: 'VideoCallScreen',
  components: {StreamVideo},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const roomId = Number(props.params.id);
    const view = shallowRef({state: 'idle', remotes: [], local: null, quality: null, peers: [], micOn: true, cameraOn: true});
    const detail = ref(null);
    const events = ref([]);
    const live = ref('connecting');
    const share = ref(null);
    const inviteNote = ref('');
    const {busy, error, run} = useCall();
    let room = null;
    let socket = null;

    const request = (method, path, body) => (method === 'GET' ? api.get(ROOMS + path)
      : method === 'DELETE' ? api.del(ROOMS + path) : api.post(ROOMS + path, body));
    const role = computed(() => view.value.role || '');
    const others = computed(() => (detail.value ? detail.value.participants.filter((p) => p.id !== view.value.participantId) : []));
    const ended = computed(() => ['ended', 'removed', 'left', 'failed'].includes(view.value.state));
    const byFeed = computed(() => Object.fromEntries((detail.value ? detail.value.participants : []).map((p) => [String(p.provider_user), p])));

    function snapshot(r) {
      view.value = {
        state: r.state, reconnects: r.reconnects, micOn: r.micOn, role: r.creds ? r.creds.role : '', participantId: r.creds ? r.creds.participant_id : null, cameraOn: r.cameraOn, quality: r.quality, error: r.error,
        local: r.local ? markRaw(r.local) : null,
        remotes: [...r.remotes.values()].map((x) => ({feed: x.feed, display: x.display, stream: markRaw(x.stream)})),
        peers: [...r.peers.entries()].map(([id, p]) => ({id, ...p})),
      };
      if (['ended', 'removed'].includes(r.state) && socket) { socket.stop(); socket = null; }
    }
    async function loadDetail() {
      detail.value = await api.get(`${ROOMS}/${roomId}`);
    }
    function note(data) {
      const label = EVENT_LABELS[data.kind];
      if (!label) return;
      events.value = [...events.value.slice(-19), {at: new Date(), text: `${data.display || data.role || ''}${label}`}];
    }
    onMounted(() => run(async () => {
      setTitle('视频问诊');
      await loadDetail();
      socket = follow([`room:${roomId}`], {
        onState: (s) => { live.value = s; },
        onNotice: (frame) => {
          const data = frame.data || {};
          if (room) room.roomEvent(data);
          note(data);
          if (['joined', 'left', 'removed', 'accepted'].includes(data.kind)) loadDetail().catch(() => {});
        },
      });
      room = createVideoRoom({roomId, request, onChange: snapshot});
      await room.start();
      if (room.error && room.state === 'failed') error.value = room.error;
    }));
    onUnmounted(() => {
      if (room && !ended.value) room.hangup();
      if (socket) socket.stop();
    });

    async function hangup() {
      if (!(await confirmDialog('确定挂断视频吗？'))) return;
      await room.hangup();
    }
    async function invite() {
      share.value = await run(() => api.post(`${ROOMS}/${roomId}/invitations`,
        {role: 'relative', note: inviteNote.value.trim(), publish_audio: true, publish_video: true}));
    }
    async function copyLink() {
      try { await navigator.clipboard.writeText(share.value.link); showToast('链接已复制'); } catch { showToast('请长按链接复制'); }
    }
    async function removeMember(p) {
      if (!(await confirmDialog(`确定将${p.display}移出视频吗？`))) return;
      const answer = await run(() => api.del(`${ROOMS}/${roomId}/participants/${p.id}`));
      if (answer) detail.value = answer;
    }
    const canRemove = (p) => role.value === 'patient' && p.role === 'relative' && p.state !== 'removed';
    const peerQuality = (p) => {
      const peer = view.value.peers.find((x) => x.id === p.id);
      return peer && peer.quality ? qualityText(peer.quality) : '—';
    };
    const tileName = (r) => (byFeed.value[String(r.feed)] ? byFeed.value[String(r.feed)].display : r.display);
    return {view, detail, events, live, share, inviteNote, busy, error, others, role, ended, hangup, invite, copyLink,
            removeMember, canRemove, peerQuality, tileName, qualityText, when,
            stateLabel: (s) => STATE_LABELS[s] || s,
            toggleMic: () => room.setMic(!view.value.micOn), toggleCamera: () => room.setCamera(!view.value.cameraOn),
            back: () => go('/consult/orders')};
  },
  template: `
  <div class="page video-call">
    <error-banner :error="error"></error-banner>
    <p class="video-state" :class="'state-' + view.state" :data-reconnects="view.reconnects" data-call-state>{{ stateLabel(view.state) }}</p>
    <div class="video-stage">
      <div v-for="r in view.remotes" :key="r.feed" class="video-tile" data-remote :data-feed="r.feed">
        <stream-video :stream="r.stream" data-remote-video></stream-video>
        <span class="video-name">{{ tileName(r) }}</span>
      </div>
      <p v-if="!view.remotes.length && !ended" class="video-empty muted" data-waiting-peer>等待对方进入视频…</p>
      <div v-if="view.local" class="video-self">
        <stream-video :stream="view.local" muted mirror data-local-video></stream-video>
      </div>
    </div>
    <div v-if="!ended" class="video-controls">
      <button type="button" class="btn" :class="{off: !view.micOn}" data-mic @click="toggleMic">{{ view.micOn ? '静音' : '取消静音' }}</button>
      <button type="button" class="btn" :class="{off: !view.cameraOn}" data-camera @click="toggleCamera">{{ view.cameraOn ? '关闭摄像头' : '打开摄像头' }}</button>
      <button type="button" class="btn btn-danger" data-hangup @click="hangup">挂断</button>
    </div>
    <div v-else class="card" data-call-ended>
      <p>{{ stateLabel(view.state) }}</p>
      <button type="button" class="btn" @click="back">返回我的问诊</button>
    </div>
    <div class="card">
      <div class="card-title">连接质量 <span class="muted">{{ live === 'live' ? '' : '（实时连接中断，稍后恢复）' }}</span></div>
      <p>我：<span data-my-quality :data-level="view.quality ? view.quality.level : ''">{{ qualityText(view.quality) }}</span></p>
      <p v-for="p in others" :key="p.id" :data-peer="p.id">{{ p.display }}（{{ p.role_label }}）：
        <span data-peer-quality>{{ peerQuality(p) }}</span>
        <span class="tag" :data-present="p.present ? 1 : 0">{{ p.state === 'removed' ? '已移出' : (p.present ? '在视频中' : '未进入') }}</span>
        <button v-if="canRemove(p)" type="button" class="btn btn-plain" data-remove @click="removeMember(p)">移出</button>
      </p>
    </div>
    <div v-if="role === 'patient' && !ended" class="card share">
      <div class="card-title">邀请亲友视频陪诊</div>
      <form class="video-invite" @submit.prevent="invite">
        <input v-model="inviteNote" name="invite_note" maxlength="32" placeholder="称呼，如：女儿">
        <button class="btn btn-primary" :disabled="busy" data-invite>生成邀请</button>
      </form>
      <template v-if="share">
        <p class="muted">把链接发给亲友（30分钟内有效，仅可使用一次），或让对方扫码：</p>
        <p class="break" data-invite-link>{{ share.link }}</p>
        <img v-if="share.qr_png" :src="'data:image/png;base64,' + share.qr_png" alt="邀请二维码" class="qr" data-invite-qr>
        <button type="button" class="btn" @click="copyLink">复制链接</button>
      </template>
    </div>
    <div v-if="events.length" class="card">
      <div class="card-title">房间动态</div>
      <ol class="video-events" data-room-events><li v-for="(e, i) in events" :key="i">{{ e.text }}</li></ol>
    </div>
  </div>`,
};

export const VideoInviteScreen = {
  name: 'VideoInviteScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const preview = ref(null);
    const display = ref('');
    const {busy, error, run} = useCall();
    const token = () => props.query.token || '';
    onMounted(() => run(async () => {
      preview.value = await api.post(`${ROOMS}/invitations/preview`, {token: token()});
      display.value = preview.value.note || '';
    }));
    async function accept() {
      const room = await run(() => api.post(`${ROOMS}/invitations/accept`, {token: token(), display: display.value.trim()}));
      if (room) replace(`/video/rooms/${room.id}`);
    }
    return {preview, display, busy, error, accept, when};
  },
  template: `
  <div class="page">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!preview && !error"></loading-state>
    <div v-if="preview" class="card" data-invitation>
      <div class="card-title">{{ preview.inviter }} 邀请您{{ preview.role === 'relative' ? '视频陪诊' : '参加视频会诊' }}</div>
      <p class="muted">有效期至 {{ when(preview.expires_at) }}</p>
      <template v-if="preview.valid">
        <form-field label="您在视频中的称呼"><input v-model="display" name="display" maxlength="16"></form-field>
        <button type="button" class="btn btn-primary btn-block" :disabled="busy" data-accept @click="accept">接受邀请并进入视频</button>
      </template>
      <p v-else class="error" data-invitation-invalid>邀请已失效（已使用、已过期或已撤销），请联系邀请人重新邀请。</p>
    </div>
  </div>`,
};
