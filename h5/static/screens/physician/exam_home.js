// The exam home (定期考核): this cycle, where the filing stands in the two-level review,
// whether the exam is open (the physician has a paper to sit), the entry to the exam screens
// (#/exam, the exam area's) and the results of earlier cycles (#/results).
import {computed, onMounted, ref} from 'vue';
import {api} from '../../api.js';
import {PROCEDURES} from './filing.js';

const PAPER_STATES = {ready: '未开始', in_progress: '答题中', submitted: '已交卷'};

export const ExamHome = {
  setup() {
    const s = ref({loading: true, error: null, home: null});
    onMounted(async () => {
      try { s.value.home = await api.get('/api/bff/v1/exam/home'); } catch (e) { s.value.error = e; } finally { s.value.loading = false; }
    });
    const current = computed(() => (s.value.home ? s.value.home.current : null));
    const open = computed(() => (s.value.home ? s.value.home.papers.filter((p) => p.kind !== 'mock' && p.state !== 'submitted') : []));
    const exam = computed(() => {
      const c = current.value;
      if (!c || !c.state) return {key: 'none', text: '本周期未参加考核'};
      if (open.value.length) return {key: 'open', text: '考试已开放，可以参加'};
      if (c.state !== 'approved') return {key: 'waiting_review', text: '填报审核通过后方可参加考试'};
      if (c.procedure === 'exempt') return {key: 'exempt', text: '免考，无需参加考试'};
      if (s.value.home.papers.some((p) => p.state === 'submitted')) return {key: 'done', text: '已交卷'};
      return {key: 'closed', text: '考试尚未开放，请留意通知'};
    });
    return {s, current, open, exam, PROCEDURES, PAPER_STATES};
  },
  template: `
    <div class="page exam-home">
      <loading-state v-if="s.loading"></loading-state>
      <error-banner v-else-if="s.error" :error="s.error"></error-banner>
      <template v-else-if="s.home">
        <div class="card" data-current>
          <template v-if="current.state">
            <div class="card-title">{{ current.cycle }}</div>
            <div class="kv"><span>填报审核</span><span class="tag" data-review-state
              :class="current.state === 'approved' ? 'tag-ok' : current.state.endsWith('_rejected') ? 'tag-danger' : 'tag-info'">{{ current.state_label }}</span></div>
            <div class="kv" v-if="current.procedure"><span>考核程序</span><span>{{ PROCEDURES[current.procedure] || current.procedure }}</span></div>
            <div class="kv" v-if="current.reason && current.state.endsWith('_rejected')"><span>驳回原因</span><span>{{ current.reason }}</span></div>
            <div class="kv"><span>考试</span><span data-exam-state :data-exam="exam.key">{{ exam.text }}</span></div>
          </template>
          <template v-else>
            <div class="card-title">本周期</div>
            <div class="muted" data-exam-state data-exam="none">{{ current.message }}</div>
          </template>
        </div>
        <a v-if="exam.key === 'open'" class="btn btn-primary btn-block" href="#/exam" data-enter-exam>进入考试</a>
        <a v-if="current.state && current.state !== 'approved'" class="btn btn-block" href="#/physician/filing">查看述职填报</a>
        <div v-if="s.home.papers.length" class="list">
          <list-item v-for="p in s.home.papers" :key="p.paper_id" :title="p.name"
                     :sub="(p.kind === 'makeup' ? '补考 · ' : '') + p.questions + ' 题 · ' + p.time_limit_minutes + ' 分钟'">
            <span class="tag" :class="p.state === 'submitted' ? 'tag-ok' : 'tag-info'" data-paper-state>{{ PAPER_STATES[p.state] || p.state }}</span>
          </list-item>
        </div>
        <div class="list">
          <list-item title="考核结果与证书" to="#/results" :sub="s.home.results.length ? '共 ' + s.home.results.length + ' 个周期' : ''"></list-item>
          <list-item title="学习练习" to="#/practice"></list-item>
          <list-item title="常见问题" to="#/faq"></list-item>
        </div>
      </template>
    </div>`,
};
