/* 云陪诊室 (seed 003 线上陪诊服务: 通过云陪诊室实现线上陪诊视频沟通): the video room of one accompaniment
   task, #/accompany/tasks/<id>/video. POST /accompany/tasks/<id>/room opens (or gets) the task's core/rooms
   room and admits the actor (the patient, or an accepted companion); the shared client
   (h5/static/shared/video-room.js) then joins with the credentials of POST /rooms/<room>/join, publishes
   the camera and microphone, shows the others, and hears the room's topic `room:<id>` (joins, leaves, a
   removal, the end). Nobody is invited here: companions come through the task (its invitation). */
import {computed, markRaw, onMounted, onUnmounted, ref, shallowRef} from 'vue';
import {api} from '../../api.js';
import {confirmDialog} from '../../ui.js';
import {go, setTitle} from '../../nav.js';
import {follow} from '../../realtime.js';
import {useCall} from '../patient/lib.js';
import {createVideoRoom} from '../../shared/video-room.js';
import {StreamVideo, qualityText} from '../consult/video.js';
import {ACCOMPANY} from '../visits/lib.js';

const ROOMS = '/api/mp/v1/rooms';
const STATE_LABELS = {idle: '准备中', connecting: '正在进入云陪诊室…', live: '视频陪诊中', reconnecting: '网络变化，正在重新连接…',
                      ended: '云陪诊室已关闭', removed: '您已不在本次陪诊中', left: '已离开云陪诊室', failed: '无法进入云陪诊室'};

export const AccompanyVideoScreen = {
  name: 'AccompanyVideoScreen',
  components: {StreamVideo},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const taskId = Number(props.params.id);
    const view = shallowRef({state: 'idle', remotes: [], local: null, quality: null, micOn: true, cameraOn: true});
    const detail = ref(null);
    const {error, run} = useCall();
    let room = null;
    let socket = null;
    let roomId = null;

    const request = (method, path, body) => (method === 'GET' ? api.get(ROOMS + path)
      : method === 'DELETE' ? api.del(ROOMS + path) : api.post(ROOMS + path, body));
    const ended = computed(() => ['ended', 'removed', 'left', 'failed'].includes(view.value.state));
    const byFeed = computed(() => Object.fromEntries((detail.value ? detail.value.participants : []).map((p) => [String(p.provider_user), p])));
    const others = computed(() => (detail.value ? detail.value.participants.filter((p) => p.id !== view.value.participantId && p.state !== 'removed') : []));

    function snapshot(r) {
      view.value = {
        state: r.state, micOn: r.micOn, cameraOn: r.cameraOn, quality: r.quality,
        participantId: r.creds ? r.creds.participant_id : null,
        local: r.local ? markRaw(r.local) : null,
        remotes: [...r.remotes.values()].map((x) => ({feed: x.feed, display: x.display, stream: markRaw(x.stream)})),
      };
      if (['ended', 'removed'].includes(r.state) && socket) { socket.stop(); socket = null; }
    }
    async function loadDetail() { detail.value = await api.get(`${ROOMS}/${roomId}`); }
    onMounted(() => run(async () => {
      setTitle('云陪诊室');
      const opened = await api.post(`${ACCOMPANY}/tasks/${taskId}/room`, {});
      roomId = opened.room_id;
      detail.value = opened.room || null;
      await loadDetail().catch(() => {});
      socket = follow([`room:${roomId}`], {
        onNotice: (frame) => {
          const data = frame.data || {};
          if (room) room.roomEvent(data);
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
      if (!(await confirmDialog('确定离开云陪诊室吗？'))) return;
      await room.hangup();
      go(`/accompany/tasks/${taskId}`);
    }
    const tileName = (r) => (byFeed.value[String(r.feed)] ? byFeed.value[String(r.feed)].display : r.display);
    return {view, detail, error, ended, others, hangup, tileName, qualityText,
            stateLabel: (s) => STATE_LABELS[s] || s,
            toggleMic: () => room.setMic(!view.value.micOn), toggleCamera: () => room.setCamera(!view.value.cameraOn),
            backHome: () => go(`/accompany/tasks/${taskId}`)};
  },
  template: `
  <div class="page video-call accompany-video">
    <error-banner :error="error"></error-banner>
    <p class="video-state" :class="'state-' + view.state" data-call-state>{{ stateLabel(view.state) }}</p>
    <div class="video-stage">
      <div v-for="r in view.remotes" :key="r.feed" class="video-tile" data-remote :data-feed="r.feed">
        <stream-video :stream="r.stream" data-remote-video></stream-video>
        <span class="video-name">{{ tileName(r) }}</span>
      </div>
      <p v-if="!view.remotes.length && !ended" class="video-empty muted" data-waiting-peer>等待家人进入云陪诊室…</p>
      <div v-if="view.local" class="video-self"><stream-video :stream="view.local" muted mirror data-local-video></stream-video></div>
    </div>
    <div v-if="!ended" class="video-controls">
      <button type="button" class="btn" :class="{off: !view.micOn}" data-mic @click="toggleMic">{{ view.micOn ? '静音' : '取消静音' }}</button>
      <button type="button" class="btn" :class="{off: !view.cameraOn}" data-camera @click="toggleCamera">{{ view.cameraOn ? '关闭摄像头' : '打开摄像头' }}</button>
      <button type="button" class="btn btn-danger" data-hangup @click="hangup">离开</button>
    </div>
    <div class="card">
      <div class="card-title">在云陪诊室的人</div>
      <p>我：<span data-my-quality>{{ qualityText(view.quality) }}</span></p>
      <p v-for="p in others" :key="p.id" :data-peer="p.id">{{ p.display }}（{{ p.role === 'patient' ? '患者' : '陪诊人' }}）
        <span class="tag" :data-present="p.present ? 1 : 0">{{ p.present ? '在视频中' : '未进入' }}</span></p>
    </div>
    <button type="button" class="btn btn-block" data-back-home @click="backHome">返回陪诊主页</button>
  </div>`,
};
