// 结果查询: the results of every cycle, and the certificate of a certifiable one (the PDF
// comes from the physician's own certificate endpoint with the bearer token and is handed
// to the phone as a file; its QR code carries the server's signed verification link).
import {api} from '../../api.js';
import {showError} from '../../ui.js';
import {useStyles} from './common.js';

const STATE_LABELS = {
  draft: '未提交', submitted: '待机构审核', institution_approved: '待考核机构复核',
  institution_rejected: '机构审核未通过', approved: '复核通过', assessment_rejected: '考核机构复核未通过',
};
const PROCEDURE_LABELS = {general: '一般程序', simple: '简易程序', exempt: '免考'};

export const Results = {
  props: ['params', 'query', 'me'],
  data() { return {items: null, error: null, urls: {}, busy: null}; },
  async mounted() {
    useStyles();
    try { this.items = (await api.get('assessment/results')).items; } catch (err) { this.error = err; }
  },
  beforeUnmount() {
    for (const u of Object.values(this.urls)) URL.revokeObjectURL(u);
  },
  methods: {
    state(s) { return STATE_LABELS[s] || s; },
    procedure(p) { return PROCEDURE_LABELS[p] || '未选择'; },
    async certificate(r) {
      this.busy = r.enrolment_id;
      try {
        const res = await api.get(`certificates/${r.enrolment_id}.pdf`);
        this.urls = {...this.urls, [r.enrolment_id]: URL.createObjectURL(await res.blob())};
      } catch (err) { showError(err); } finally { this.busy = null; }
    },
  },
  template: `
<section class="page results">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!items && !error"></loading-state>
  <template v-else-if="items">
    <empty-state v-if="!items.length" text="暂无考核记录"></empty-state>
    <div v-for="r in items" :key="r.enrolment_id" class="card result" :data-enrolment-id="r.enrolment_id">
      <div class="li-title">{{ r.cycle }}</div>
      <div class="result-line">考核结果：<b data-result>{{ r.result_label || '尚无结果' }}</b></div>
      <div class="li-sub">审核状态：{{ state(r.state) }} · 考核程序：{{ procedure(r.procedure) }}</div>
      <div v-if="r.exam_score !== null" class="li-sub">测评成绩：<span data-exam-score>{{ r.exam_score }}</span></div>
      <div v-if="r.makeup_score !== null" class="li-sub">补考成绩：{{ r.makeup_score }}</div>
      <div v-if="r.reason" class="li-sub">说明：{{ r.reason }}</div>
      <div v-if="r.certifiable" class="actions">
        <a v-if="urls[r.enrolment_id]" class="btn btn-primary" :href="urls[r.enrolment_id]"
           :download="'合格证书-' + r.cycle_code + '.pdf'" data-certificate-download>下载合格证书（PDF）</a>
        <button v-else class="btn btn-primary" :disabled="busy === r.enrolment_id" @click="certificate(r)" data-certificate>查看合格证书</button>
      </div>
    </div>
  </template>
</section>`,
};
