// Taking an exam (or a mock exam) on the phone: start or resume through the server, the
// face consent, enrolment and verification through the camera, then answering.
//
// Why it is built this way:
// - The server owns the clock: the timer runs from the remaining seconds the server sends
//   with every answer (start, saves, the card), never from a local start time.
// - Answers go through SaveQueue (queue.js): stored on the phone with their sequence numbers
//   first, sent until acknowledged, so a lost network loses nothing.
// - The server decides who answers: starting on a second phone takes the exam over, and the
//   first phone's next save is refused with the server's message (exam.device_replaced).
// - At the deadline the server submits (auto_submit); the phone stops answering, sends what
//   it still holds within the server's grace, and shows the server's submitted state.
// - During a counted exam the phone takes photos at the server's schedule and reports when
//   the app is left or the network drops; both are queued like answers.
import {api} from '../../api.js';
import {confirmDialog, showError, showToast} from '../../ui.js';
import {Camera} from '../../camera.js';
import {SaveQueue, retryable} from './queue.js';
import {QTYPE_LABELS, clock, deviceId, isMulti, useStyles, when} from './common.js';

export const CONSENT_VERSION = '2026-01';
const FONT_KEY = 'huiyi.exam.font';
const FONTS = [15, 17, 19, 22, 25];
const CARD_EVERY_MS = 30_000; // the card (and the server's time) is read again this often
const EVENTS_EVERY_MS = 20_000;

function readList(key) {
  try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch { return []; }
}

function writeList(key, list) {
  try { localStorage.setItem(key, JSON.stringify(list)); return true; } catch { return false; }
}

function blobToDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

// Decoded here rather than by fetch(): the page's CSP allows connections to the service only.
function dataUrlToBlob(url) {
  const [head, body] = url.split(',');
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], {type: head.slice(5).split(';')[0] || 'image/jpeg'});
}

export const ExamTake = {
  props: ['params', 'query', 'me'],
  data() {
    return {
      phase: 'loading', // consent, enrol, verify, answer, waiting (deadline), finished, ended, error
      error: null, // the server's refusal shown on the current phase
      page: null, // the server's exam page (questions, saved answers, time)
      idx: 0,
      fontIdx: Math.min(FONTS.length - 1, Number(localStorage.getItem(FONT_KEY) || 1)),
      showCard: false,
      remaining: 0,
      busy: false,
      consentChecked: false,
      pendingCount: 0,
      refused: [],
      offline: !navigator.onLine,
      result: null,
      attemptsLeft: null,
      cameraReady: false,
      cameraError: '',
      photosQueued: 0,
    };
  },
  computed: {
    paperId() { return Number(this.params.paper); },
    item() { return this.page ? this.page.items[this.idx] : null; },
    counted() { return this.page && this.page.kind !== 'mock'; },
    fontSize() { return FONTS[this.fontIdx] + 'px'; },
    answeredCount() { return this.page ? this.page.items.filter((i) => i.answer.length).length : 0; },
    markedCount() { return this.page ? this.page.items.filter((i) => i.marked).length : 0; },
    saveState() {
      if (this.pendingCount) return this.offline ? 'offline' : 'pending';
      return 'saved';
    },
    saveText() {
      if (this.saveState === 'offline') return `离线，${this.pendingCount} 题已暂存本机，联网后自动提交`;
      if (this.saveState === 'pending') return `${this.pendingCount} 题待同步…`;
      return '作答已全部保存';
    },
    groupTitle() {
      const it = this.item;
      if (!it || !it.group_id) return '';
      return it.qtype === 'B1' ? '共用选项题（以下各题共用同一组备选答案）' : '病例摘要';
    },
  },
  async mounted() {
    useStyles();
    this.camera = new Camera();
    this.queue = null;
    this.timers = [];
    this.onVisibility = () => this.recordEvent(document.visibilityState === 'hidden' ? 'app_hidden' : 'app_visible');
    this.onPageHide = () => this.recordEvent('app_hidden');
    this.onOffline = () => { this.offline = true; this.recordEvent('offline'); };
    this.onOnline = () => { this.offline = false; this.recordEvent('online'); this.flushAll(); };
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    await this.begin();
  },
  beforeUnmount() {
    this.teardown();
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
  },
  methods: {
    teardown() {
      for (const t of this.timers) clearInterval(t);
      this.timers = [];
      if (this.queue) this.queue.close();
      document.removeEventListener('visibilitychange', this.onVisibility);
      window.removeEventListener('pagehide', this.onPageHide);
      this.camera.stop();
    },

    // ------------------------------------------------------------ start and face checks
    async begin() {
      this.phase = 'loading';
      this.error = null;
      if (!this.paperId) { this.fail({message: '未指定试卷'}); return; }
      try {
        this.page = await api.post(`exam/papers/${this.paperId}/start`, {device_id: deviceId()});
      } catch (err) { this.fail(err); return; }
      this.setRemaining(this.page.remaining_seconds);
      if (this.page.submitted) { await this.showResult(); return; }
      if (this.counted && !this.page.verified) { await this.faceStep(); return; }
      this.enterAnswering();
    },
    fail(err) {
      this.error = err;
      this.phase = 'error';
    },
    async faceStep() {
      let status;
      try { status = await api.get('proctoring/face'); } catch (err) { this.fail(err); return; }
      if (!status.consent) { this.phase = 'consent'; return; }
      this.phase = status.enrolment ? 'verify' : 'enrol';
      await this.startCamera();
    },
    async consent() {
      this.busy = true;
      this.error = null;
      try {
        await api.post('proctoring/consent', {text_version: CONSENT_VERSION});
        await this.faceStep();
      } catch (err) { this.error = err; } finally { this.busy = false; }
    },
    async startCamera() {
      this.cameraError = '';
      await this.$nextTick();
      const video = this.$refs.video;
      if (!video) return;
      try {
        await this.camera.start(video);
        this.cameraReady = true;
      } catch (err) { this.cameraError = err.message; this.cameraReady = false; }
    },
    async photoForm() {
      const form = new FormData();
      form.append('photo', await this.camera.capture(), 'face.jpg');
      return form;
    },
    async enrol() {
      this.busy = true;
      this.error = null;
      try {
        await api.upload('proctoring/face', await this.photoForm());
        showToast('人脸采集成功');
        this.phase = 'verify';
        await this.startCamera();
      } catch (err) { this.error = err; } finally { this.busy = false; }
    },
    async verify() {
      this.busy = true;
      this.error = null;
      try {
        const res = await api.upload(`proctoring/sessions/${this.page.session_id}/verify`, await this.photoForm());
        this.attemptsLeft = res.attempts_left;
        if (res.verified) {
          showToast(res.message || '身份核验通过');
          this.page.verified = true;
          this.enterAnswering();
        } else {
          this.error = {message: res.message, code: 'proctoring.' + res.outcome};
        }
      } catch (err) { this.error = err; } finally { this.busy = false; }
    },

    // ------------------------------------------------------------ answering
    enterAnswering() {
      const sid = this.page.session_id;
      this.queue = new SaveQueue({
        sessionId: sid,
        send: (it) => api.put(`exam/sessions/${sid}/answers/${it.question_id}`,
          {device_id: deviceId(), answer: it.answer, seq: it.seq, marked: it.marked}),
        onChange: () => { this.pendingCount = this.queue.size; this.refused = [...this.queue.refused]; },
        onAck: (ack) => {
          this.setRemaining(ack.remaining_seconds);
          const it = this.page.items.find((i) => i.question_id === ack.question_id);
          if (it) it.seq = Math.max(it.seq, ack.seq);
        },
        onTerminal: (err) => this.ended(err),
      });
      this.queue.adopt(this.page.items);
      // Answers this phone still holds and the server has not got yet are newer: show them.
      for (const it of this.page.items) {
        const mine = this.queue.pending(it.question_id);
        if (mine) { it.answer = mine.answer; it.marked = mine.marked; }
      }
      this.pendingCount = this.queue.size;
      this.queue.kick(true);
      this.phase = 'answer';
      const first = this.page.items.findIndex((i) => !i.answer.length);
      this.idx = first < 0 ? 0 : first;
      this.timers.push(setInterval(() => this.tick(), 500));
      this.timers.push(setInterval(() => this.refreshCard(), CARD_EVERY_MS));
      if (this.counted) {
        document.addEventListener('visibilitychange', this.onVisibility);
        window.addEventListener('pagehide', this.onPageHide);
        this.timers.push(setInterval(() => this.flushEvents(), EVENTS_EVERY_MS));
        this.shotsKey = `huiyi.exam.${sid}.shots`;
        this.photosKey = `huiyi.exam.${sid}.photos`;
        this.eventsKey = `huiyi.exam.${sid}.events`;
        this.photosQueued = readList(this.photosKey).length;
        this.startCamera();
        this.flushAll();
      }
    },
    setRemaining(seconds) {
      // The server's remaining time, counted down on the phone's monotonic clock until the next answer.
      this.deadlineAt = performance.now() + seconds * 1000;
      this.remaining = seconds;
    },
    tick() {
      this.remaining = Math.max(0, (this.deadlineAt - performance.now()) / 1000);
      if (this.phase === 'answer' && this.remaining <= 0) this.deadlineReached();
      if (this.counted && this.phase === 'answer') this.photoDue();
    },
    choose(opt) {
      if (this.phase !== 'answer') return;
      const it = this.item;
      let answer;
      if (isMulti(it.qtype)) {
        answer = it.answer.includes(opt.key) ? it.answer.filter((k) => k !== opt.key) : [...it.answer, opt.key];
        answer.sort();
      } else {
        answer = [opt.key];
      }
      it.answer = answer;
      this.queue.put(it.question_id, answer, it.marked);
    },
    toggleMark() {
      if (this.phase !== 'answer') return;
      const it = this.item;
      it.marked = !it.marked;
      this.queue.put(it.question_id, it.answer, it.marked);
    },
    chosen(opt) { return this.item.answer.includes(opt.key); },
    go(i) {
      if (!this.page || i < 0 || i >= this.page.items.length) return;
      this.idx = i;
      this.showCard = false;
    },
    font(step) {
      this.fontIdx = Math.max(0, Math.min(FONTS.length - 1, this.fontIdx + step));
      localStorage.setItem(FONT_KEY, String(this.fontIdx));
    },
    cellState(it) {
      if (this.queue && this.queue.pending(it.question_id)) return 'pending';
      return it.answer.length ? 'answered' : 'empty';
    },
    async refreshCard() {
      if (this.phase !== 'answer') return;
      try {
        const card = await api.get(`exam/sessions/${this.page.session_id}/card`);
        this.setRemaining(card.remaining_seconds);
        if (card.submitted) await this.showResult();
      } catch (err) {
        if (!retryable(err)) this.ended(err);
      }
    },
    async submit() {
      const empty = this.page.items.length - this.answeredCount;
      const text = empty ? `还有 ${empty} 题未作答，确定交卷吗？` : '确定交卷吗？交卷后不能再修改答案。';
      if (!(await confirmDialog(text, {ok: '交卷'}))) return;
      this.busy = true;
      try {
        if (!(await this.queue.drain())) {
          showError(`还有 ${this.queue.size} 题的答案未保存到服务器，请在网络恢复后再交卷`);
          return;
        }
        if (this.phase !== 'answer') return;
        this.result = await api.post(`exam/sessions/${this.page.session_id}/submit`);
        await this.flushAll();
        this.finish();
      } catch (err) {
        if (retryable(err)) showError(err); else this.ended(err);
      } finally { this.busy = false; }
    },
    async deadlineReached() {
      // The server submits at its deadline; what this phone still holds is sent within its grace.
      this.phase = 'waiting';
      await this.queue.drain(5000);
      await this.flushAll();
      await this.waitForServerSubmit();
    },
    async waitForServerSubmit() {
      for (;;) {
        try {
          const card = await api.get(`exam/sessions/${this.page.session_id}/card`);
          if (card.submitted) { await this.showResult(); return; }
        } catch (err) {
          if (!retryable(err)) { this.ended(err); return; }
        }
        await new Promise((r) => setTimeout(r, 3000));
        if (this.phase !== 'waiting') return;
      }
    },
    async showResult() {
      // Submitting a submitted session answers its first result (who submitted it, and when).
      try {
        this.result = await api.post(`exam/sessions/${this.page.session_id}/submit`);
      } catch (err) { this.fail(err); return; }
      this.finish();
    },
    finish() {
      this.phase = 'finished';
      for (const t of this.timers) clearInterval(t);
      this.timers = [];
      this.camera.stop();
    },
    ended(err) {
      // Refused for good (replaced device, closed exam, session over): the server's message.
      if (this.phase === 'finished') return;
      this.error = err;
      this.phase = 'ended';
      if (this.queue) this.refused = [...this.queue.refused];
      this.finish();
      this.phase = 'ended';
    },

    // ------------------------------------------------------------ photos and app events
    photoDue() {
      const page = this.page;
      const total = (new Date(page.deadline) - new Date(page.started_at)) / 1000;
      const elapsed = total - this.remaining;
      const done = new Set(readList(this.shotsKey));
      const due = (page.capture_schedule || []).filter((s) => s <= elapsed && !done.has(s));
      if (!due.length || this.shooting) return;
      // Missed slots (the phone was off) are covered by one photo now.
      for (const s of due) done.add(s);
      writeList(this.shotsKey, [...done]);
      this.takePhoto();
    },
    async takePhoto() {
      if (!this.cameraReady) return;
      this.shooting = true;
      try {
        const blob = await this.camera.capture(0.8);
        const list = readList(this.photosKey);
        const entry = {taken_at: new Date().toISOString(), data: await blobToDataUrl(blob)};
        list.push(entry);
        if (!writeList(this.photosKey, list)) this.memoryPhotos = [...(this.memoryPhotos || []), entry];
        this.photosQueued = list.length;
      } catch (_) {
        // No frame this time: the server counts the slot as missing, nothing else to do.
      } finally { this.shooting = false; }
      await this.flushPhotos();
    },
    async flushPhotos() {
      if (this.flushingPhotos || !this.photosKey) return;
      this.flushingPhotos = true;
      try {
        for (;;) {
          const list = readList(this.photosKey);
          const entry = list[0] || (this.memoryPhotos || [])[0];
          if (!entry) break;
          const form = new FormData();
          form.append('photo', dataUrlToBlob(entry.data), 'capture.jpg');
          form.append('taken_at', entry.taken_at);
          try {
            await api.upload(`proctoring/sessions/${this.page.session_id}/captures`, form);
          } catch (err) {
            if (retryable(err)) break; // kept on the phone for the next attempt
          }
          if (list[0] === entry || (list[0] && list[0].taken_at === entry.taken_at)) writeList(this.photosKey, list.slice(1));
          else this.memoryPhotos = (this.memoryPhotos || []).slice(1);
        }
      } finally {
        this.photosQueued = readList(this.photosKey).length + (this.memoryPhotos || []).length;
        this.flushingPhotos = false;
      }
    },
    recordEvent(kind) {
      if (!this.eventsKey || !this.counted) return;
      const list = readList(this.eventsKey);
      list.push({kind, at: new Date().toISOString()});
      writeList(this.eventsKey, list.slice(-500));
      if (kind !== 'app_hidden' && kind !== 'offline') this.flushEvents();
    },
    async flushEvents() {
      if (this.flushingEvents || !this.eventsKey) return;
      const list = readList(this.eventsKey);
      if (!list.length) return;
      this.flushingEvents = true;
      try {
        await api.post(`proctoring/sessions/${this.page.session_id}/events`, {events: list});
        writeList(this.eventsKey, readList(this.eventsKey).slice(list.length));
      } catch (err) {
        // Refused for good (outside the window, quota): not worth keeping; otherwise kept.
        if (!retryable(err)) writeList(this.eventsKey, readList(this.eventsKey).slice(list.length));
      } finally { this.flushingEvents = false; }
    },
    async flushAll() {
      if (this.queue) this.queue.kick(true);
      if (this.counted && this.eventsKey) await Promise.all([this.flushEvents(), this.flushPhotos()]);
    },
    clock, when,
    typeLabel(q) { return QTYPE_LABELS[q] || q; },
  },
  template: `
<section class="page exam-take" :data-phase="phase">
  <loading-state v-if="phase === 'loading'" text="正在进入考试…"></loading-state>

  <div v-else-if="phase === 'error'" class="card">
    <error-banner :error="error"></error-banner>
    <div class="actions"><button class="btn" @click="begin">重试</button>
      <a class="btn" href="#/exam">返回试卷列表</a></div>
  </div>

  <div v-else-if="phase === 'consent'" class="card consent">
    <h2>人脸信息采集与使用告知书</h2>
    <div class="notice">
      <p>为确认参加定期考核测评的是医师本人，考试前需要采集您的人脸照片，并在考前和考试过程中拍照与采集照片比对。</p>
      <p>照片和人脸特征仅用于本次定期考核的身份核验和监考，按规定期限保存，由考核管理部门和监考人员查看，不用于其他用途。</p>
      <p>您可以随时撤回同意，撤回后已采集的人脸特征将被删除，但将无法参加需要人脸核验的测评。</p>
    </div>
    <label class="check"><input type="checkbox" v-model="consentChecked" data-consent-check> 我已阅读并同意上述告知书（版本 ${CONSENT_VERSION}）</label>
    <error-banner :error="error"></error-banner>
    <button class="btn btn-primary btn-block" :disabled="!consentChecked || busy" @click="consent">同意并继续</button>
  </div>

  <div v-else-if="phase === 'enrol' || phase === 'verify'" class="card face">
    <h2>{{ phase === 'enrol' ? '采集人脸照片' : '考前身份核验' }}</h2>
    <p class="hint">{{ phase === 'enrol' ? '请本人正对镜头，保持光线充足，不要佩戴帽子或口罩。' : '请本人正对镜头，拍照与采集照片比对。' }}</p>
    <div class="camera-box"><video ref="video" class="camera" playsinline muted autoplay></video></div>
    <div v-if="cameraError" class="error-banner" role="alert">{{ cameraError }}</div>
    <error-banner :error="error" data-face-error></error-banner>
    <p v-if="attemptsLeft !== null && phase === 'verify'" class="hint">剩余核验次数：{{ attemptsLeft }}</p>
    <button v-if="phase === 'enrol'" class="btn btn-primary btn-block" :disabled="busy || !cameraReady" @click="enrol">拍照采集</button>
    <button v-else class="btn btn-primary btn-block" :disabled="busy || !cameraReady" @click="verify">拍照核验</button>
    <p v-if="busy" class="hint">正在核验，请稍候…</p>
  </div>

  <div v-else-if="phase === 'answer' || phase === 'waiting'" class="answering">
    <header class="exam-bar">
      <span class="timer" :class="{low: remaining < 300}" data-timer>{{ clock(remaining) }}</span>
      <span class="save-state" :data-save-state="saveState">{{ saveText }}</span>
      <span class="fonts"><button class="btn-mini" @click="font(-1)" aria-label="缩小字号">A-</button><button class="btn-mini" @click="font(1)" aria-label="放大字号">A+</button></span>
    </header>
    <div v-if="phase === 'waiting'" class="error-banner" role="status" data-waiting>考试时间到，正在等待服务器自动交卷…</div>
    <div v-if="counted" class="proctor-box" :class="{off: !cameraReady}">
      <video ref="video" class="camera-mini" playsinline muted autoplay></video>
      <span>{{ cameraReady ? '监考拍照中' : (cameraError || '摄像头未开启') }}<template v-if="photosQueued">，{{ photosQueued }} 张待上传</template></span>
    </div>
    <div v-if="refused.length" class="error-banner" role="alert" data-refused>
      <div v-for="r in refused">第 {{ page.items.findIndex(i => i.question_id === r.question_id) + 1 }} 题未能保存：{{ r.message }}</div>
    </div>
    <article v-if="item" class="question" :style="{fontSize}" :data-question-id="item.question_id" :data-no="item.no">
      <div v-if="item.group_id && (item.group_stem || item.qtype === 'B1')" class="group-stem">
        <div class="group-title">{{ groupTitle }}</div>
        <div v-if="item.group_stem">{{ item.group_stem }}</div>
      </div>
      <div class="q-head">第 {{ item.no }} / {{ page.items.length }} 题 <span class="tag">{{ typeLabel(item.qtype) }}</span>
        <span class="tag">{{ item.points }} 分</span><span v-if="item.marked" class="tag tag-mark">已标记</span>
        <span class="tag" :data-item-state="cellState(item)">{{ cellState(item) === 'pending' ? '待同步' : (item.answer.length ? '已保存' : '未作答') }}</span></div>
      <div class="q-stem">{{ item.stem }}</div>
      <ul class="options">
        <li v-for="opt in item.options" :key="opt.key">
          <button class="option" :class="{chosen: chosen(opt)}" :data-key="opt.key" :data-label="opt.label"
                  :aria-pressed="chosen(opt)" :disabled="phase !== 'answer'" @click="choose(opt)">
            <span class="opt-label">{{ opt.label }}</span><span class="opt-text">{{ opt.text }}</span></button>
        </li>
      </ul>
      <p v-if="item.qtype === 'X'" class="hint">多选题：选出所有正确答案</p>
    </article>
    <footer class="exam-nav">
      <button class="btn" :disabled="idx === 0" @click="go(idx - 1)">上一题</button>
      <button class="btn" :class="{'btn-mark': item && item.marked}" :disabled="phase !== 'answer'" @click="toggleMark">{{ item && item.marked ? '取消标记' : '标记' }}</button>
      <button class="btn" @click="showCard = true">答题卡</button>
      <button class="btn" :disabled="idx >= page.items.length - 1" @click="go(idx + 1)">下一题</button>
      <button class="btn btn-primary" :disabled="busy || phase !== 'answer'" @click="submit">交卷</button>
    </footer>
    <div v-if="showCard" class="sheet-mask" @click.self="showCard = false">
      <div class="sheet answer-card" role="dialog" aria-label="答题卡">
        <div class="sheet-head">答题卡 <button class="btn-mini" @click="showCard = false">关闭</button></div>
        <div class="legend"><span class="cell answered">已答 {{ answeredCount }}</span><span class="cell marked">标记 {{ markedCount }}</span><span class="cell empty">未答 {{ page.items.length - answeredCount }}</span></div>
        <div class="cells">
          <button v-for="(it, i) in page.items" :key="it.question_id" class="cell" :class="[cellState(it), {marked: it.marked, current: i === idx}]"
                  :data-cell="it.no" :data-state="cellState(it)" :data-marked="it.marked" @click="go(i)">{{ it.no }}</button>
        </div>
      </div>
    </div>
  </div>

  <div v-else-if="phase === 'finished'" class="card finished" data-finished>
    <h2>{{ result && result.submitted_by === 'deadline' ? '考试时间到，系统已自动交卷' : '已交卷' }}</h2>
    <p data-submitted-by="">交卷时间：{{ when(result && result.submitted_at) }}<span v-if="result && result.submitted_by === 'deadline'">（系统自动交卷）</span></p>
    <p v-if="result && result.score !== null && result.score !== undefined" class="score">得分：<b data-score>{{ result.score }}</b>
      <span v-if="result.passed !== null">（{{ result.passed ? '达到合格分数线' : '未达到合格分数线' }}）</span></p>
    <div v-if="refused.length" class="error-banner" role="alert" data-refused>
      <div v-for="r in refused">第 {{ page.items.findIndex(i => i.question_id === r.question_id) + 1 }} 题未能保存：{{ r.message }}</div>
    </div>
    <div class="actions">
      <a v-if="page && page.kind === 'mock'" class="btn btn-primary" :href="'#/practice/mock-review/' + page.paper_id">查看解析</a>
      <a class="btn" :href="page && page.kind === 'mock' ? '#/practice/mocks' : '#/results'">{{ page && page.kind === 'mock' ? '返回模拟考试' : '查看考核结果' }}</a>
    </div>
  </div>

  <div v-else-if="phase === 'ended'" class="card ended" data-ended>
    <error-banner :error="error"></error-banner>
    <div v-if="refused.length" class="refused" data-refused>
      <p>以下作答未能保存到服务器：</p>
      <div v-for="r in refused">第 {{ page.items.findIndex(i => i.question_id === r.question_id) + 1 }} 题：{{ r.message }}</div>
    </div>
    <div class="actions"><a class="btn" href="#/exam">返回试卷列表</a></div>
  </div>
</section>`,
};
