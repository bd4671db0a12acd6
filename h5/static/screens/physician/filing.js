// The filing (填报信息): the overview of the nine sections the API defines (state, reviewer's
// reasons, submit) and one screen per section (save as a draft). The server validates every
// section (core/assessment/schemas.py); this screen only lays out its fields and shows the
// server's error next to each one.
import {computed, onMounted, ref} from 'vue';
import {api} from '../../api.js';
import {go, setTitle} from '../../nav.js';
import {confirmDialog, showError, showToast} from '../../ui.js';

export const PROCEDURES = {general: '一般程序', simple: '简易程序', exempt: '免考'};
const LEVELS = {institution: '医疗机构审核', assessment: '考核机构复核', physician: '医师'};
// The review trail's actions are the state machine's events (core/assessment/states.py).
const ACTIONS = {submit: '提交', institution_approve: '通过', institution_reject: '驳回',
  assessment_approve: '通过', assessment_reject: '驳回'};

// How each section's fields are laid out; keys and limits follow the section schemas.
const t = (key, label, max, required = false) => ({key, label, type: 'text', max, required});
const area = (key, label, max, required = false) => ({key, label, type: 'textarea', max, required});
const date = (key, label, required = false) => ({key, label, type: 'date', required});
const FORMS = {
  basic: {fields: [{key: 'gender', label: '性别', type: 'select', options: [['男', '男'], ['女', '女']], required: true},
    date('birth_date', '出生日期', true), t('education', '学历', 32, true), t('title', '专业技术职称', 32),
    t('department', '科室', 64)]},
  practice: {fields: [t('license_no', '执业证书编号', 32, true), t('practice_category', '执业类别', 32, true),
    t('practice_scope', '执业范围', 64, true), t('practice_place', '执业地点', 128, true),
    date('first_registered_on', '首次注册日期')]},
  multi_site: {list: 'sites', itemLabel: '备案机构', min: 0, max: 20,
    item: [t('institution_name', '机构名称', 128, true), date('since', '备案日期')]},
  education: {list: 'items', itemLabel: '教育经历', min: 1, max: 20,
    item: [t('school', '学校', 128, true), t('major', '专业', 64), t('degree', '学位', 32), date('start', '入学日期'),
      date('end', '毕业日期')]},
  work_history: {list: 'items', itemLabel: '工作经历', min: 1, max: 40,
    item: [t('employer', '工作单位', 128, true), t('position', '职务', 64), date('start', '开始日期'), date('end', '结束日期')]},
  performance: {fields: [area('summary', '工作成绩', 5000, true), area('workload', '工作量', 2000)]},
  ethics: {fields: [area('statement', '职业道德', 5000, true),
    {key: 'violations', label: '考核周期内有违反职业道德的行为', type: 'checkbox'}]},
  procedure: {fields: [{key: 'procedure', label: '考核程序', type: 'select', options: [], required: true}]},
  exemption: {fields: [area('reason', '申请免考理由', 2000, true)]},
};

function blank(fields) {
  return Object.fromEntries(fields.map((f) => [f.key, f.type === 'checkbox' ? false : '']));
}

// What the form holds → the section's JSON: empty values are left out, so the schema's
// default applies to an optional field and a required one is answered "必填" (not "bad date").
function clean(values, fields) {
  const out = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'checkbox') out[f.key] = !!v;
    else if (typeof v === 'string' && v.trim() === '') continue;
    else out[f.key] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

async function loadFiling(state) {
  state.loading = true;
  state.error = null;
  try {
    state.filing = await api.get('assessment/filing');
  } catch (e) {
    state.error = e;
  } finally {
    state.loading = false;
  }
}

export const Filing = {
  setup() {
    const s = ref({loading: true, error: null, filing: null, busy: false, submitError: null});
    onMounted(() => loadFiling(s.value));
    const rejected = computed(() => s.value.filing && s.value.filing.state.endsWith('_rejected'));
    const rejections = computed(() => (s.value.filing ? s.value.filing.trail.filter((a) => a.action.endsWith('_reject')) : []));
    async function submit() {
      const again = rejected.value;
      if (!await confirmDialog(again ? '确认重新提交填报？提交后将再次进入医疗机构审核。' : '确认提交填报？提交后将进入医疗机构审核，审核期间不能修改。')) return;
      s.value.busy = true;
      s.value.submitError = null;
      try {
        await api.post('assessment/filing/submit');
        showToast(again ? '已重新提交' : '已提交');
        await loadFiling(s.value);
      } catch (e) {
        s.value.submitError = e;
      } finally {
        s.value.busy = false;
      }
    }
    const when = (at) => (at ? new Date(at).toLocaleString('zh-CN', {hour12: false}).slice(0, -3) : '');
    return {s, rejected, rejections, submit, PROCEDURES, LEVELS, ACTIONS, when};
  },
  template: `
    <div class="page filing">
      <loading-state v-if="s.loading"></loading-state>
      <template v-else-if="s.error">
        <error-banner :error="s.error"></error-banner>
        <a v-if="s.error.code === 'assessment.physician_not_bound'" class="btn btn-primary btn-block" href="#/physician/bind">去绑定医师身份</a>
      </template>
      <template v-else-if="s.filing">
        <div class="card">
          <div class="card-title">{{ s.filing.cycle.name }}</div>
          <div class="kv"><span>填报状态</span><span class="tag" data-filing-state :class="rejected ? 'tag-danger' : s.filing.state === 'approved' ? 'tag-ok' : 'tag-info'">{{ s.filing.state_label }}</span></div>
          <div class="kv"><span>填报时间</span><span>{{ s.filing.cycle.filing_starts }} 至 {{ s.filing.cycle.filing_ends }}</span></div>
          <div class="kv" v-if="s.filing.procedure"><span>考核程序</span><span>{{ PROCEDURES[s.filing.procedure] || s.filing.procedure }}</span></div>
        </div>
        <div v-if="rejected" class="error-banner" data-reject-reason>
          <div><b>审核未通过，请修改后重新提交</b></div>
          <div>驳回原因：{{ s.filing.reason }}</div>
        </div>
        <div class="list" data-sections>
          <list-item v-for="sec in s.filing.sections" :key="sec.key" :title="sec.label" :data-section="sec.key"
                     :to="'#/physician/filing/' + sec.key" :sub="sec.data ? '已填写' : '未填写'"></list-item>
        </div>
        <error-banner :error="s.submitError"></error-banner>
        <div v-if="s.submitError && s.submitError.details && s.submitError.details.labels" class="muted" data-missing>
          尚未填写：{{ s.submitError.details.labels.join('、') }}</div>
        <button v-if="s.filing.editable" class="btn btn-primary btn-block" :disabled="s.busy" @click="submit">
          {{ rejected ? '重新提交' : '提交审核' }}</button>
        <div v-else class="notice">填报已提交，当前不能修改。</div>
        <div v-if="s.filing.trail.length" class="card" data-trail>
          <div class="card-title">审核记录</div>
          <div v-for="(a, i) in s.filing.trail" :key="i" class="kv">
            <span>{{ LEVELS[a.level] || a.level }} · {{ ACTIONS[a.action] || a.action }}<br><small>{{ when(a.at) }}</small></span>
            <span>{{ a.reason || '' }}</span>
          </div>
        </div>
        <div v-if="rejections.length > 1" class="muted">共被驳回 {{ rejections.length }} 次</div>
      </template>
    </div>`,
};

export const FilingSection = {
  props: {params: Object},
  setup(props) {
    const key = props.params.section;
    const layout = FORMS[key];
    const s = ref({loading: true, error: null, filing: null, busy: false, saveError: null, fields: {}});
    const values = ref({});
    const items = ref([]);
    const label = ref('');
    onMounted(async () => {
      await loadFiling(s.value);
      const f = s.value.filing;
      if (!f) return;
      const sec = f.sections.find((x) => x.key === key);
      if (!sec || !layout) { s.value.error = {message: '没有这个填报栏目', code: 'assessment.unknown_section'}; return; }
      label.value = sec.label;
      setTitle(sec.label);
      if (key === 'procedure') {
        layout.fields[0].options = f.cycle.procedures_allowed.map((p) => [p, PROCEDURES[p] || p]);
      }
      const data = sec.data || {};
      if (layout.list) {
        items.value = (data[layout.list] || []).map((it) => ({...blank(layout.item), ...nulls(it)}));
        if (!items.value.length && layout.min > 0) items.value.push(blank(layout.item));
      } else {
        values.value = {...blank(layout.fields), ...nulls(data)};
      }
    });
    function nulls(obj) { return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, v === null ? '' : v])); }
    function add() { items.value.push(blank(layout.item)); }
    function remove(i) { items.value.splice(i, 1); }
    async function save() {
      s.value.busy = true;
      s.value.saveError = null;
      s.value.fields = {};
      const body = layout.list ? {[layout.list]: items.value.map((it) => clean(it, layout.item))} : clean(values.value, layout.fields);
      try {
        await api.put('assessment/filing/sections/' + key, body);
        showToast('已保存草稿');
        go('/physician/filing');
      } catch (e) {
        s.value.saveError = e;
        s.value.fields = e.fieldErrors || {};
        if (!Object.keys(s.value.fields).length) showError(e);
      } finally {
        s.value.busy = false;
      }
    }
    const editable = computed(() => s.value.filing && s.value.filing.editable);
    return {s, layout, values, items, label, add, remove, save, editable};
  },
  template: `
    <div class="page filing-section">
      <loading-state v-if="s.loading"></loading-state>
      <error-banner v-else-if="s.error" :error="s.error"></error-banner>
      <form v-else-if="layout" class="card" @submit.prevent="save" novalidate>
        <div v-if="!editable" class="notice">填报已提交，当前只能查看。</div>
        <error-banner :error="s.saveError"></error-banner>
        <template v-if="!layout.list">
          <form-field v-for="f in layout.fields" :key="f.key" :label="f.label + (f.required ? ' *' : '')" :error="s.fields[f.key]">
            <select v-if="f.type === 'select'" :name="f.key" v-model="values[f.key]" :disabled="!editable">
              <option value="">请选择</option>
              <option v-for="o in f.options" :key="o[0]" :value="o[0]">{{ o[1] }}</option>
            </select>
            <textarea v-else-if="f.type === 'textarea'" :name="f.key" v-model="values[f.key]" :maxlength="f.max" :disabled="!editable"></textarea>
            <input v-else-if="f.type === 'checkbox'" :name="f.key" type="checkbox" v-model="values[f.key]" :disabled="!editable" class="checkbox">
            <input v-else :name="f.key" :type="f.type" v-model="values[f.key]" :maxlength="f.max" :disabled="!editable">
          </form-field>
        </template>
        <template v-else>
          <error-banner v-if="s.fields[layout.list]" :error="s.fields[layout.list]"></error-banner>
          <empty-state v-if="!items.length" :text="'暂无' + layout.itemLabel"></empty-state>
          <fieldset v-for="(it, i) in items" :key="i" class="list-entry" :data-entry="i">
            <legend>{{ layout.itemLabel }} {{ i + 1 }}</legend>
            <form-field v-for="f in layout.item" :key="f.key" :label="f.label + (f.required ? ' *' : '')"
                        :error="s.fields[layout.list + '.' + i + '.' + f.key]">
              <input :name="f.key" :type="f.type" v-model="it[f.key]" :maxlength="f.max" :disabled="!editable">
            </form-field>
            <button v-if="editable" type="button" class="btn btn-danger btn-block" @click="remove(i)">删除此条</button>
          </fieldset>
          <button v-if="editable && items.length < layout.max" type="button" class="btn btn-block" @click="add">添加{{ layout.itemLabel }}</button>
        </template>
        <button v-if="editable" class="btn btn-primary btn-block" type="submit" :disabled="s.busy">{{ s.busy ? '正在保存…' : '保存草稿' }}</button>
      </form>
    </div>`,
};
