/* 帮助与反馈 (seed 004 居民移动端 24): pick a hospital open to it (remembered on the phone), read its
   常见问题, chat with its customer service (chat.js), send it feedback with up to 4 images, follow my
   feedback: its state, the hospital's replies, adding to it, closing it once solved. Images are scaled down on the phone and uploaded
   one by one as they are picked (the server checks and re-encodes each and answers a token the
   ticket names them by). The reply's message in 消息中心 links to #/support/tickets/<id>. */
import {ref, reactive, computed, onMounted, watch} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {go} from '../../nav.js';
import {MP, api, upload, useCall, when, scaledPhoto} from './lib.js';

const DESK_KEY = 'huiyi.h5.support_desk';
const MAX_IMAGES = 4;
const MAX_TEXT = 1000;
// The server's categories (core/support/models.py TicketCategory); it refuses any other.
export const CATEGORIES = [
  ['consult', '问诊咨询'], ['payment', '支付与退款'], ['records', '病案复印'], ['account', '账号与就诊人'],
  ['malfunction', '功能异常'], ['suggestion', '意见建议'], ['other', '其他'],
];
const STATES = [['', '全部'], ['open', '待处理'], ['replied', '已回复'], ['closed', '已关闭']];

function rememberedDesk(desks) {
  const kept = Number(localStorage.getItem(DESK_KEY)) || null;
  return (desks.find((d) => d.institution_id === kept) || desks[0] || {}).institution_id || null;
}

/** Up to MAX_IMAGES pictures, each uploaded when picked; v-model is the list of {token, url}. */
const ImagePicker = {
  name: 'ImagePicker',
  props: {modelValue: {type: Array, required: true}},
  emits: ['update:modelValue', 'error'],
  setup(props, {emit}) {
    const busy = ref(false);
    async function pick(event) {
      const files = [...(event.target.files || [])].slice(0, MAX_IMAGES - props.modelValue.length);
      event.target.value = '';
      busy.value = true;
      emit('error', null);  // an earlier refusal no longer stands
      const added = [];
      try {
        for (const file of files) {
          const answer = await upload(`${MP}/support/images`, {image: await scaledPhoto(file)});
          added.push({token: answer.image_token, url: answer.url});
        }
      } catch (e) {
        emit('error', e);
      } finally {
        busy.value = false;
        if (added.length) emit('update:modelValue', [...props.modelValue, ...added]);
      }
    }
    function remove(i) {
      emit('update:modelValue', props.modelValue.filter((_, n) => n !== i));
    }
    return {busy, pick, remove, MAX_IMAGES};
  },
  template: `
    <div class="image-picker" data-images>
      <figure v-for="(img, i) in modelValue" :key="img.token" class="thumb">
        <img :src="img.url" alt="已选图片">
        <button type="button" class="thumb-remove" aria-label="删除图片" @click="remove(i)">×</button>
      </figure>
      <label v-if="modelValue.length < MAX_IMAGES" class="thumb thumb-add" :class="{busy}">
        <input type="file" accept="image/*" multiple name="images" :disabled="busy" @change="pick">
        <span>{{ busy ? '上传中…' : '＋ 图片' }}</span>
      </label>
    </div>`,
};

export const SupportHome = {
  name: 'SupportHome',
  setup() {
    const desks = ref(null);
    const chosen = ref(null);
    const faq = ref(null);
    const category = ref('');
    const q = ref('');
    const open = ref(null);
    const {error, run} = useCall();
    const desk = computed(() => (desks.value || []).find((d) => d.institution_id === chosen.value));

    async function loadFaq() {
      if (!chosen.value) return;
      const params = new URLSearchParams({institution_id: chosen.value, page_size: 200});
      if (category.value) params.set('category', category.value);
      if (q.value.trim()) params.set('q', q.value.trim());
      await run(async () => { faq.value = await api.get(`${MP}/faq?${params}`); });
    }
    onMounted(() => run(async () => {
      desks.value = (await api.get(`${MP}/support/desks`)).items;
      chosen.value = rememberedDesk(desks.value);
    }));
    watch(chosen, (id) => {
      if (id) localStorage.setItem(DESK_KEY, String(id));
      category.value = '';
      loadFaq();
    });
    function pick(c) { category.value = c; loadFaq(); }
    return {desks, chosen, desk, faq, category, q, open, error, loadFaq, pick};
  },
  template: `
  <div class="page support">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="desks === null && !error"></loading-state>
    <empty-state v-else-if="desks && !desks.length" text="暂无开通帮助与反馈的医院"></empty-state>
    <template v-else-if="desks">
      <div class="card">
        <form-field label="医院"><select v-model="chosen" name="desk" data-desk>
          <option v-for="d in desks" :key="d.institution_id" :value="d.institution_id">{{ d.name }}</option></select></form-field>
        <p v-if="desk" class="muted" data-desk-info>
          <span v-if="desk.hours">服务时间 {{ desk.hours }}</span>
          <span v-if="desk.phone"> · 客服电话 <a :href="'tel:' + desk.phone">{{ desk.phone }}</a></span></p>
        <div class="support-actions">
          <a class="btn btn-primary" :href="'#/support/chat?institution=' + chosen" data-chat>在线客服</a>
          <a class="btn" :href="'#/support/new?institution=' + chosen" data-new-ticket>问题反馈</a>
          <a class="btn" href="#/support/tickets" data-my-tickets>我的反馈</a>
        </div>
      </div>
      <form class="sup-search" @submit.prevent="loadFaq">
        <input v-model="q" type="search" maxlength="50" placeholder="搜索常见问题" aria-label="关键词" data-faq-q>
        <button class="btn" type="submit">搜索</button>
      </form>
      <nav v-if="faq && faq.categories.length" class="tabs">
        <button type="button" :class="{active: !category}" @click="pick('')">全部</button>
        <button v-for="c in faq.categories" :key="c" type="button" :class="{active: category === c}" @click="pick(c)">{{ c }}</button>
      </nav>
      <empty-state v-if="faq && !faq.items.length" text="没有找到相关问题，可提交问题反馈"></empty-state>
      <div v-if="faq" class="list" data-faq>
        <div v-for="f in faq.items" :key="f.id" class="card sup-faq" :data-faq-id="f.id">
          <button type="button" class="sup-faq-q" :aria-expanded="open === f.id" @click="open = open === f.id ? null : f.id">
            {{ f.question }}</button>
          <div v-if="open === f.id" class="pre-line sup-faq-a">{{ f.answer }}</div>
        </div>
      </div>
    </template>
  </div>`,
};

export const FeedbackFormScreen = {
  name: 'FeedbackFormScreen',
  components: {ImagePicker},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const desks = ref([]);
    const form = reactive({institution_id: null, category: '', content: '', images: []});
    const {busy, error, run} = useCall();
    onMounted(() => run(async () => {
      desks.value = (await api.get(`${MP}/support/desks`)).items;
      const wanted = Number(props.query && props.query.institution) || null;
      form.institution_id = desks.value.some((d) => d.institution_id === wanted) ? wanted : rememberedDesk(desks.value);
    }));
    async function submit() {
      if (!form.category) { error.value = '请选择问题分类'; return; }
      const made = await run(() => api.post(`${MP}/support/tickets`, {
        institution_id: form.institution_id, category: form.category, content: form.content,
        images: form.images.map((i) => i.token)}));
      if (!made) return;
      showToast('已提交，医院回复后将通知您');
      go(`/support/tickets/${made.id}`);
    }
    return {desks, form, busy, error, submit, CATEGORIES, MAX_TEXT};
  },
  template: `
  <form class="page card feedback-form" data-feedback-form @submit.prevent="submit">
    <error-banner :error="error"></error-banner>
    <form-field label="医院"><select v-model="form.institution_id" name="institution" required>
      <option v-for="d in desks" :key="d.institution_id" :value="d.institution_id">{{ d.name }}</option></select></form-field>
    <fieldset><legend>问题分类</legend>
      <div class="sup-chips">
        <label v-for="[k, label] in CATEGORIES" :key="k" class="sup-chip" :class="{on: form.category === k}">
          <input type="radio" name="category" :value="k" v-model="form.category" :data-category="k">{{ label }}</label>
      </div>
    </fieldset>
    <form-field label="问题描述" :hint="form.content.length + '/' + MAX_TEXT">
      <textarea v-model="form.content" name="content" rows="6" :maxlength="MAX_TEXT" required
                placeholder="请描述遇到的问题，如操作步骤、出现的提示；请勿填写身份证号等敏感信息"></textarea></form-field>
    <fieldset><legend>图片（可选，最多 4 张）</legend>
      <image-picker v-model="form.images" @error="(e) => (error = e)"></image-picker></fieldset>
    <button class="btn btn-primary btn-block" data-submit :disabled="busy || !form.institution_id || !form.content.trim()">
      {{ busy ? '提交中…' : '提交反馈' }}</button>
  </form>`,
};

export const MyTicketsScreen = {
  name: 'MyTicketsScreen',
  setup() {
    const state = ref('');
    const page = ref(null);
    const {error, run} = useCall();
    async function load() {
      await run(async () => {
        page.value = await api.get(`${MP}/support/tickets?page_size=50${state.value ? '&state=' + state.value : ''}`);
      });
    }
    function choose(key) { state.value = key; load(); }
    onMounted(load);
    return {state, page, error, choose, when, STATES};
  },
  template: `
  <div class="page tickets">
    <error-banner :error="error"></error-banner>
    <nav class="tabs" data-states>
      <button v-for="[k, label] in STATES" :key="k" type="button" :class="{active: state === k}" @click="choose(k)">{{ label }}</button>
    </nav>
    <loading-state v-if="!page && !error"></loading-state>
    <empty-state v-if="page && !page.items.length" text="暂无问题反馈"></empty-state>
    <div v-if="page" class="list" data-tickets>
      <list-item v-for="t in page.items" :key="t.id" :data-ticket="t.id" :to="'#/support/tickets/' + t.id"
                 :title="t.category_label + ' · ' + t.institution_name" :sub="t.excerpt">
        <div class="li-sub"><span class="ticket-state" :class="'ticket-' + t.state" data-state>{{ t.state_label }}</span>
          {{ when(t.last_activity_at) }}</div>
      </list-item>
    </div>
  </div>`,
};

export const TicketScreen = {
  name: 'TicketScreen',
  components: {ImagePicker},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const t = ref(null);
    const more = reactive({content: '', images: []});
    const {busy, error, run} = useCall();
    const id = computed(() => props.params.id);
    async function load() {
      await run(async () => { t.value = await api.get(`${MP}/support/tickets/${id.value}`); });
    }
    async function send() {
      const answer = await run(() => api.post(`${MP}/support/tickets/${id.value}/replies`, {
        content: more.content, images: more.images.map((i) => i.token)}));
      if (!answer) return;
      t.value = answer;
      more.content = '';
      more.images = [];
      showToast('已补充，医院将尽快回复');
    }
    async function closeIt() {
      if (!(await confirmDialog('确认问题已解决并关闭该反馈？关闭后不能再补充。'))) return;
      const answer = await run(() => api.post(`${MP}/support/tickets/${id.value}/close`));
      if (answer) t.value = answer;
    }
    onMounted(load);
    watch(id, load);
    return {t, more, busy, error, send, closeIt, when, MAX_TEXT};
  },
  template: `
  <div class="page ticket">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!t && !error"></loading-state>
    <template v-if="t">
      <div class="card" :data-ticket="t.id">
        <div class="card-title">{{ t.category_label }} <span class="ticket-state" :class="'ticket-' + t.state" data-state>{{ t.state_label }}</span></div>
        <p class="muted">{{ t.institution_name }} · 反馈编号 {{ t.id }} · {{ when(t.created_at) }}</p>
        <div class="pre-line" data-content>{{ t.content }}</div>
        <div v-if="t.image_urls.length" class="image-picker">
          <a v-for="u in t.image_urls" :key="u" :href="u" target="_blank" class="thumb"><img :src="u" alt="反馈图片"></a>
        </div>
      </div>
      <ol class="thread" data-thread>
        <li v-for="e in t.thread" :key="e.id" class="entry" :class="'entry-' + e.author" :data-entry="e.author">
          <div class="muted">{{ e.author_name }} · {{ when(e.created_at) }}</div>
          <div class="pre-line">{{ e.content }}</div>
          <div v-if="e.image_urls.length" class="image-picker">
            <a v-for="u in e.image_urls" :key="u" :href="u" target="_blank" class="thumb"><img :src="u" alt="图片"></a>
          </div>
        </li>
        <li v-if="!t.thread.length" class="muted waiting">已收到您的反馈，医院客服将尽快回复</li>
      </ol>
      <form v-if="t.can_follow_up" class="card" data-follow-up @submit.prevent="send">
        <form-field label="补充说明" :hint="more.content.length + '/' + MAX_TEXT">
          <textarea v-model="more.content" name="more" rows="3" :maxlength="MAX_TEXT" required></textarea></form-field>
        <image-picker v-model="more.images" @error="(e) => (error = e)"></image-picker>
        <button class="btn btn-primary btn-block" :disabled="busy || !more.content.trim()" data-send>发送</button>
      </form>
      <button v-if="t.can_close" type="button" class="btn btn-block" data-close @click="closeIt">问题已解决，关闭反馈</button>
      <p v-if="t.state === 'closed'" class="muted" data-closed>该反馈已关闭{{ t.closed_by === 'operator' ? '（医院已处理完毕）' : '' }}；如仍有问题，请重新提交。</p>
    </template>
  </div>`,
};
