/* 图文咨询 orders, patient side (seed 004 居民移动端 1 图文咨询, 7 在线支付, 15 订单管理, 18 我的问诊,
   5 诊疗记录, 6 医生评价): the order form (the 就诊人: one's own, or a family member whose grant
   "在线问诊" allows acting; the symptoms; up to 4 photos, scaled down on the phone and sent into the
   order's conversation once the order exists, with their client ids, so a resend is stored once),
   payment as the record-copy payment does it (WeChat's sheet, the offline cashier in development,
   then the server asks WeChat Pay), my orders by tab with counts, an order with its trail, payment,
   refund, the doctor's record and the rating, and the 诊疗记录 list. What the screens show and allow
   is what the server answers (state, refund state, can_pay / can_cancel / can_rate / can_chat);
   every refusal is its message. */
import {ref, reactive, computed, onMounted, onUnmounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {go, replace, setTitle} from '../../nav.js';
import {MP, BFF, api, useCall, wechatPay, when, yuan, scaledPhoto} from '../patient/lib.js';
import {newClientId, sendPending} from '../patient/conversation.js';

export const SYMPTOMS_MIN = 10;
export const SYMPTOMS_MAX = 1000;
const MAX_IMAGES = 4;
const DURATIONS = ['一周内', '一个月内', '半年内', '半年以上'];
const REFRESH_MS = 5000;

// The form of each doctor while its screen is left for the informed consent (the page stays loaded:
// the hash router keeps modules, so the photos picked and an order already placed survive the trip).
const drafts = new Map();

const stateClass = (o) => ({
  created: 'tag-warn', waiting: 'tag-info', in_progress: 'tag-ok', ended: '', closed: '',
}[o.state] ?? 'tag-danger');
const refundClass = (o) => (o.refund_state === 'refunded' ? 'tag-ok' : o.refund_state === 'failed' ? 'tag-danger' : 'tag-warn');
const who = (o) => o.patient.name + (o.for_relative ? '（家属代问诊）' : '');

// ------------------------------------------------------------------ the order form

export const OrderFormScreen = {
  name: 'OrderFormScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const doctorId = Number(props.query && props.query.doctor) || 0;
    const kind = (props.query && props.query.kind) || 'text';
    const screen = ref(null);
    const draft = drafts.get(doctorId) || {
      form: reactive({patient_id: null, symptoms: '', illness_duration: '', visited_before: false}),
      images: reactive([]),  // {client_id, blob, preview, state: ready|sending|sent|failed, error}
      order: ref(null),      // placed: the photos still to send go into its conversation
    };
    const {form, images} = draft;
    const order = draft.order;
    const {busy, error, run} = useCall();
    const service = computed(() => screen.value && screen.value.doctor.services.find((s) => s.kind === kind));
    const length = computed(() => form.symptoms.trim().length);
    const ready = computed(() => form.patient_id && length.value >= SYMPTOMS_MIN && length.value <= SYMPTOMS_MAX);
    const unsent = computed(() => images.filter((i) => i.state !== 'sent'));

    onMounted(() => run(async () => {
      screen.value = await api.get(`${BFF}/consult/doctors/${doctorId}/order-form`);
      setTitle(`图文咨询 · ${screen.value.doctor.name}`);
      if (screen.value.consent_required && !order.value) {
        drafts.set(doctorId, draft);
        replace(`/consult/consent?doctor=${doctorId}&next=order`);
        return;
      }
      const actors = screen.value.patients.filter((p) => p.can_act);
      if (!form.patient_id && actors.length) form.patient_id = actors[0].id;
    }));

    async function pick(event) {
      const files = [...event.target.files].slice(0, MAX_IMAGES - images.length);
      event.target.value = '';
      for (const file of files) {
        const blob = await run(() => scaledPhoto(file));
        if (blob) images.push({client_id: newClientId(), blob, preview: URL.createObjectURL(blob), state: 'ready', error: ''});
      }
    }
    function drop(i) {
      URL.revokeObjectURL(images[i].preview);
      images.splice(i, 1);
    }
    async function sendImages() {
      for (const img of images) {
        if (img.state === 'sent') continue;
        img.state = 'sending';
        try {
          await sendPending(order.value.conversation_id, {kind: 'image', client_id: img.client_id, blob: img.blob,
                                                          name: 'image.jpg'});
          img.state = 'sent';
          img.error = '';
        } catch (e) {
          img.state = 'failed';
          img.error = e.message || '发送失败';
        }
      }
    }
    function finish() {
      drafts.delete(doctorId);
      images.forEach((i) => URL.revokeObjectURL(i.preview));
      showToast('问诊单已提交，请完成支付');
      replace(`/consult/orders/${order.value.id}`);
    }
    async function submit() {
      if (!order.value) {
        const placed = await run(() => api.post(`${MP}/consult/orders`, {
          doctor_id: doctorId, kind, patient_id: form.patient_id, symptoms: form.symptoms.trim(),
          illness_duration: form.illness_duration, visited_before: form.visited_before}));
        if (!placed) {
          if (error.value && error.value.code === 'doctors.consent_required') {
            // A new version of the informed consent: read and accept it, then come back to this form.
            drafts.set(doctorId, draft);
            go(`/consult/consent?doctor=${doctorId}&next=order`);
          }
          return;
        }
        order.value = placed;
        drafts.set(doctorId, draft);
      }
      busy.value = true;
      try { await sendImages(); } finally { busy.value = false; }
      if (!unsent.value.length) finish();
    }
    return {screen, form, images, order, busy, error, service, length, ready, unsent, pick, drop, submit, finish,
            yuan, DURATIONS, MAX_IMAGES, SYMPTOMS_MAX};
  },
  template: `
  <div class="page consult order-form">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!screen && !error"></loading-state>
    <form v-if="screen" class="card" data-order-form @submit.prevent="submit">
      <div class="card-title">{{ screen.doctor.name }} <span class="tag tag-info">{{ screen.doctor.title_label }}</span></div>
      <p class="muted" v-if="service">图文咨询 ¥{{ yuan(service.price_fen) }} · 接诊后 {{ service.window_hours }} 小时内可多次交流</p>
      <p class="error-banner" v-else>医生暂未开通图文咨询</p>

      <fieldset class="field" :disabled="!!order" data-patients>
        <legend class="field-label">就诊人</legend>
        <label v-for="p in screen.patients" :key="p.id" class="check patient-pick" :data-patient="p.id"
               :class="{off: !p.can_act}">
          <input type="radio" name="patient" :value="p.id" v-model="form.patient_id" :disabled="!p.can_act">
          {{ p.name }} <span class="muted">{{ p.relation }} · {{ p.gender }}{{ p.age !== null ? ' · ' + p.age + '岁' : '' }}</span>
          <span v-if="!p.mine" class="tag tag-info">家庭成员授权</span>
        </label>
        <p v-if="!screen.patients.length" class="muted" data-no-patient>还没有就诊人，请先<a href="#/me">添加就诊人</a>。</p>
      </fieldset>

      <form-field label="病情描述" :hint="length + ' / ' + SYMPTOMS_MAX + '（至少 10 字）'">
        <textarea v-model="form.symptoms" name="symptoms" rows="5" :maxlength="SYMPTOMS_MAX" :disabled="!!order"
                  placeholder="请描述症状、持续时间、用药情况和想咨询的问题" data-symptoms></textarea>
      </form-field>
      <div class="counter muted" :class="{invalid: length && length < 10}" data-counter>{{ length }}/{{ SYMPTOMS_MAX }}</div>

      <form-field label="患病时长">
        <select v-model="form.illness_duration" name="illness_duration" :disabled="!!order" data-duration>
          <option value="">请选择</option>
          <option v-for="d in DURATIONS" :key="d" :value="d">{{ d }}</option>
        </select>
      </form-field>
      <div class="field">
        <span class="field-label">是否已在医院就诊过</span>
        <label class="check"><input type="radio" name="visited" :value="true" v-model="form.visited_before" :disabled="!!order" data-visited="yes"> 是</label>
        <label class="check"><input type="radio" name="visited" :value="false" v-model="form.visited_before" :disabled="!!order" data-visited="no"> 否</label>
      </div>

      <div class="field">
        <span class="field-label">病情图片（选填，最多 {{ MAX_IMAGES }} 张；仅医生可见）</span>
        <div class="image-picker" data-images>
          <span v-for="(img, i) in images" :key="img.client_id" class="thumb" :data-image-state="img.state">
            <img :src="img.preview" alt="病情图片">
            <button v-if="!order" type="button" class="thumb-remove" aria-label="删除图片" @click="drop(i)">×</button>
            <span v-if="img.state === 'failed'" class="thumb-state">未发送</span>
            <span v-else-if="img.state === 'sending'" class="thumb-state">发送中</span>
          </span>
          <label v-if="!order && images.length < MAX_IMAGES" class="thumb thumb-add" aria-label="添加图片">+
            <input type="file" accept="image/*" multiple name="order_images" @change="pick"></label>
        </div>
      </div>

      <template v-if="order">
        <p class="notice" data-unsent>问诊单已提交（{{ order.number }}），{{ unsent.length }} 张图片未发送：{{ unsent.map(i => i.error).filter(Boolean).join('；') }}</p>
        <button class="btn btn-primary btn-block" type="submit" :disabled="busy" data-resend-images>重新发送图片</button>
        <button class="btn btn-block" type="button" :disabled="busy" @click="finish">不发送图片，去支付</button>
      </template>
      <button v-else class="btn btn-primary btn-block" type="submit" :disabled="busy || !ready || !service" data-submit-order>
        提交问诊单{{ service ? '（¥' + yuan(service.price_fen) + '）' : '' }}</button>
    </form>
  </div>`,
};

// ------------------------------------------------------------------ my orders

export const MyOrdersScreen = {
  name: 'MyOrdersScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const tab = ref((props.query && props.query.tab) || '');
    const page = ref(null);
    const {busy, error, run} = useCall();
    async function load() {
      await run(async () => {
        page.value = await api.get(`${MP}/consult/orders?page_size=50${tab.value ? '&state=' + tab.value : ''}`);
      });
    }
    function choose(key) {
      tab.value = key;
      replace(`/consult/orders${key ? '?tab=' + key : ''}`);
      load();
    }
    async function cancel(o) {
      if (!(await confirmDialog(o.paid_at ? '确认取消本次问诊？费用将全额原路退回。' : '确认取消本次问诊？'))) return;
      const answer = await run(() => api.post(`${MP}/consult/orders/${o.id}/cancel`, {}));
      if (answer) {
        showToast(answer.refund_label ? `已取消，${answer.refund_label}` : '已取消');
        await load();
      }
    }
    const all = computed(() => (page.value ? page.value.groups.reduce((n, g) => n + g.count, 0) : 0));
    onMounted(load);
    return {tab, page, busy, error, all, choose, cancel, when, yuan, who, stateClass, refundClass};
  },
  template: `
  <div class="page consult my-orders">
    <div class="card msg-bar">
      <a class="btn btn-plain" href="#/consult">找医生</a>
      <a class="btn btn-plain" href="#/consult/records" data-records-link>诊疗记录</a>
    </div>
    <nav class="tabs" data-groups>
      <button type="button" :class="{active: !tab}" data-group="" @click="choose('')">全部 <b>{{ all }}</b></button>
      <button v-for="g in (page ? page.groups : [])" :key="g.key" type="button" :class="{active: tab === g.key}"
              :data-group="g.key" @click="choose(g.key)">{{ g.label }} <b>{{ g.count }}</b></button>
    </nav>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!page && !error"></loading-state>
    <empty-state v-if="page && !page.items.length" text="没有问诊订单"></empty-state>
    <div v-if="page" class="list" data-orders>
      <div v-for="o in page.items" :key="o.id" class="card order-card" :data-order="o.id">
        <a class="order-main" :href="'#/consult/orders/' + o.id">
          <span class="doctor-name">{{ o.doctor.name }} <span class="muted">{{ o.doctor.title_label }}</span>
            <span class="tag" :class="stateClass(o)" data-state>{{ o.state_label }}</span>
            <span v-if="o.refund_label" class="tag" :class="refundClass(o)" data-refund>{{ o.refund_label }}</span></span>
          <span class="muted">{{ o.kind_label }} · {{ o.institution_name }} · {{ o.department_name }}</span>
          <span class="muted">就诊人 {{ who(o) }} · ¥{{ yuan(o.price_fen) }} · {{ when(o.created_at) }}</span>
        </a>
        <div class="order-actions">
          <a v-if="o.can_pay" class="btn btn-primary" :href="'#/consult/orders/' + o.id" data-go-pay>去支付</a>
          <a v-if="o.conversation_id && (o.can_chat && o.state !== 'created')" class="btn" :href="'#/consult/orders/' + o.id + '/chat'" data-go-chat>进入问诊</a>
          <a v-if="o.can_rate" class="btn btn-primary" :href="'#/consult/orders/' + o.id + '?rate=1'" data-go-rate>去评价</a>
          <button v-if="o.can_cancel" type="button" class="btn" :disabled="busy" data-cancel @click="cancel(o)">取消订单</button>
        </div>
      </div>
    </div>
  </div>`,
};

// ------------------------------------------------------------------ one order

export const OrderScreen = {
  name: 'OrderScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const order = ref(null);
    const score = ref(0);
    const comment = ref('');
    const {busy, error, run} = useCall();
    const id = () => Number(props.params.id);
    let timer = null;
    // Moves made elsewhere (the doctor accepts, a refund arrives) show without a reload.
    const moving = computed(() => order.value && (order.value.state === 'waiting' || order.value.refund_state === 'requested'
                                                 || order.value.state === 'in_progress'));

    async function load() {
      await run(async () => {
        order.value = await api.get(`${MP}/consult/orders/${id()}`);
        setTitle(`问诊订单 · ${order.value.state_label}`);
      });
      schedule();
    }
    function schedule() {
      clearTimeout(timer);
      if (moving.value) {
        timer = setTimeout(async () => {
          try {
            order.value = await api.get(`${MP}/consult/orders/${id()}`);
            setTitle(`问诊订单 · ${order.value.state_label}`);
          } catch { /* the next round tries again */ }
          schedule();
        }, REFRESH_MS);
      }
    }
    async function pay() {
      const answer = await run(async () => {
        const started = await api.post(`${MP}/consult/orders/${id()}/pay`, {channel: 'h5'});
        await wechatPay(started.payment);
        // Paid at WeChat Pay: the server asks it now rather than wait for its notification.
        return api.post(`${MP}/consult/orders/${id()}/pay/confirm`);
      });
      if (answer) {
        await load();
        showToast(answer.state === 'created' ? '支付结果确认中，请稍后刷新' : '支付成功，请等待医生接诊');
      }
    }
    async function cancel() {
      const paid = order.value.paid_at;
      if (!(await confirmDialog(paid ? '确认取消本次问诊？费用将全额原路退回。' : '确认取消本次问诊？'))) return;
      const answer = await run(() => api.post(`${MP}/consult/orders/${id()}/cancel`, {}));
      if (answer) {
        await load();
        showToast(answer.refund_label ? `已取消，${answer.refund_label}` : '已取消');
      }
    }
    async function rate() {
      const answer = await run(() => api.post(`${MP}/consult/orders/${id()}/rating`,
                                              {score: score.value, comment: comment.value.trim()}));
      if (answer) {
        await load();
        showToast('感谢您的评价');
      }
    }
    onMounted(load);
    onUnmounted(() => clearTimeout(timer));
    return {order, score, comment, busy, error, pay, cancel, rate, when, yuan, who, stateClass, refundClass};
  },
  template: `
  <div class="page consult order-detail">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!order && !error"></loading-state>
    <template v-if="order">
      <section class="card" :data-order-detail="order.id">
        <div class="card-title">{{ order.doctor.name }} <span class="muted">{{ order.doctor.title_label }}</span>
          <span class="tag" :class="stateClass(order)" data-state>{{ order.state_label }}</span>
          <span v-if="order.refund_label" class="tag" :class="refundClass(order)" data-refund>{{ order.refund_label }}</span></div>
        <dl class="facts">
          <dt>订单号</dt><dd data-number>{{ order.number }}</dd>
          <dt>服务</dt><dd>{{ order.kind_label }} · {{ order.institution_name }} · {{ order.department_name }}</dd>
          <dt>就诊人</dt><dd data-patient>{{ who(order) }} {{ order.patient.gender }}{{ order.patient.age !== null ? ' ' + order.patient.age + '岁' : '' }}</dd>
          <dt>费用</dt><dd>¥{{ yuan(order.price_fen) }}<span v-if="order.paid_at">（{{ when(order.paid_at) }} 已支付）</span></dd>
          <template v-if="order.state === 'waiting' && order.accept_by"><dt>接诊时限</dt><dd>{{ when(order.accept_by) }} 前未接诊将自动退款</dd></template>
          <template v-if="order.ends_at && order.state === 'in_progress'"><dt>问诊截止</dt><dd>{{ when(order.ends_at) }}</dd></template>
          <template v-if="order.reason"><dt>原因</dt><dd data-reason>{{ order.reason }}</dd></template>
        </dl>
        <button v-if="order.can_pay" type="button" class="btn btn-primary btn-block" data-pay :disabled="busy" @click="pay">支付 ¥{{ yuan(order.price_fen) }}</button>
        <a v-if="order.kind === 'video' && ['waiting', 'queued', 'calling', 'in_progress'].includes(order.state)"
           class="btn btn-block btn-primary" :href="'#/consult/orders/' + order.id + '/video'" data-waiting-link>进入候诊室</a>
        <a v-if="order.conversation_id && order.state !== 'created'" class="btn btn-block" :class="{'btn-primary': order.can_chat}"
           :href="'#/consult/orders/' + order.id + '/chat'" data-chat-link>{{ order.can_chat ? '进入问诊' : '查看问诊记录' }}</a>
        <button v-if="order.can_cancel" type="button" class="btn btn-block" data-cancel :disabled="busy" @click="cancel">取消订单</button>
      </section>

      <section class="card" data-symptoms>
        <div class="card-title">病情描述</div>
        <p class="pre-line">{{ order.symptoms }}</p>
        <p class="muted">患病时长：{{ order.illness_duration || '未填写' }} · {{ order.visited_before ? '已在医院就诊过' : '未在医院就诊过' }}</p>
      </section>

      <section v-if="order.record" class="card" data-record>
        <div class="card-title">诊疗记录</div>
        <dl class="facts">
          <template v-if="order.record.chief_complaint"><dt>主诉</dt><dd>{{ order.record.chief_complaint }}</dd></template>
          <template v-if="order.record.present_history"><dt>现病史</dt><dd class="pre-line">{{ order.record.present_history }}</dd></template>
          <template v-if="order.record.past_history"><dt>既往史</dt><dd class="pre-line">{{ order.record.past_history }}</dd></template>
          <dt>诊断</dt><dd data-diagnosis>{{ order.record.diagnosis.join('；') || '—' }}</dd>
          <template v-if="order.record.advice"><dt>医嘱</dt><dd class="pre-line" data-advice>{{ order.record.advice }}</dd></template>
          <dt>医生</dt><dd>{{ order.record.doctor_name }} · {{ when(order.record.signed_at) }}</dd>
        </dl>
        <p v-if="order.summary" class="notice pre-line" data-summary>{{ order.summary }}</p>
      </section>

      <section v-if="order.can_rate" class="card" data-rate-form>
        <div class="card-title">评价医生</div>
        <div class="stars" role="radiogroup" aria-label="服务满意度">
          <button v-for="n in 5" :key="n" type="button" class="star" :class="{on: n <= score}" :aria-checked="n === score"
                  role="radio" :data-star="n" :aria-label="n + ' 星'" @click="score = n">★</button>
        </div>
        <form-field label="评价内容（选填）">
          <textarea v-model="comment" name="comment" rows="3" maxlength="500" placeholder="说说您对医生服务的感受" data-comment></textarea>
        </form-field>
        <button type="button" class="btn btn-primary btn-block" :disabled="busy || !score" data-rate @click="rate">提交评价</button>
      </section>
      <section v-else-if="order.score" class="card" data-rating>
        <div class="card-title">我的评价</div>
        <div class="stars"><span v-for="n in 5" :key="n" class="star" :class="{on: n <= order.score}">★</span></div>
        <p v-if="order.comment" class="pre-line">{{ order.comment }}</p>
      </section>

      <section v-if="order.payment" class="card" data-payment>
        <div class="card-title">支付与退款</div>
        <dl class="facts">
          <dt>支付状态</dt><dd data-payment-state>{{ order.payment.state_label }}</dd>
          <dt>金额</dt><dd>¥{{ yuan(order.payment.amount_fen) }}</dd>
          <template v-if="order.payment.paid_at"><dt>支付时间</dt><dd>{{ when(order.payment.paid_at) }}</dd></template>
          <template v-if="order.payment.transaction_id"><dt>交易单号</dt><dd>{{ order.payment.transaction_id }}</dd></template>
          <template v-if="order.refund_label"><dt>退款</dt><dd data-refund-state>{{ order.refund_label }}<span v-if="order.payment.refunded_fen">（¥{{ yuan(order.payment.refunded_fen) }} 原路退回）</span></dd></template>
        </dl>
      </section>

      <section class="card">
        <div class="card-title">订单进度</div>
        <ol class="timeline" data-timeline>
          <li v-for="(e, i) in order.timeline" :key="i" :data-to="e.to_state">
            <b>{{ e.label }}</b> <span class="muted">{{ when(e.at) }}</span><div>{{ e.note }}</div></li>
        </ol>
      </section>
      <a class="btn btn-block" href="#/consult/orders">我的问诊</a>
    </template>
  </div>`,
};

// ------------------------------------------------------------------ 诊疗记录

export const RecordsScreen = {
  name: 'ConsultRecordsScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const patients = ref([]);
    const patient = ref(Number(props.query && props.query.patient_id) || '');
    const items = ref(null);
    const {error, run} = useCall();
    const relatives = computed(() => patients.value.filter((p) => !p.mine));
    async function load() {
      await run(async () => {
        items.value = (await api.get(`${MP}/consult/records${patient.value ? '?patient_id=' + patient.value : ''}`)).items;
      });
    }
    onMounted(async () => {
      await run(async () => {
        patients.value = (await api.get(`${MP}/patients/reachable?scope=consultations`)).items;
      });
      await load();
    });
    return {patients, relatives, patient, items, error, load, when};
  },
  template: `
  <div class="page consult consult-records">
    <div class="card" v-if="patients.length">
      <form-field label="就诊人">
        <select v-model="patient" @change="load" data-record-patient>
          <option value="">我的就诊人（全部）</option>
          <option v-for="p in patients" :key="p.id" :value="p.id">{{ p.name }}（{{ p.mine ? p.relation : p.relation + '，家庭成员授权' }}）</option>
        </select>
      </form-field>
    </div>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="items === null && !error"></loading-state>
    <empty-state v-if="items && !items.length" text="暂无诊疗记录"></empty-state>
    <div v-if="items" class="list" data-records>
      <a v-for="r in items" :key="r.order_id" class="card record-card" :href="'#/consult/orders/' + r.order_id" :data-record-row="r.order_id">
        <div class="card-title">{{ r.doctor_name }} <span class="muted">{{ r.kind_label }}</span></div>
        <div class="muted">{{ r.institution_name }} · {{ r.department_name }} · {{ when(r.finished_at) }}</div>
        <div>诊断：{{ r.record.diagnosis.join('；') || '—' }}</div>
        <div v-if="r.record.advice" class="pre-line muted">医嘱：{{ r.record.advice }}</div>
      </a>
    </div>
  </div>`,
};
