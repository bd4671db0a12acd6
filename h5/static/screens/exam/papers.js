// 参加测评: the physician's papers of the open cycle and past cycles; each opens the exam
// screen (take.js), which starts or resumes it through the server.
import {api} from '../../api.js';
import {useStyles} from './common.js';

const KIND_LABELS = {exam: '定期考核测评', makeup: '补考', mock: '模拟考试'};
const STATE_LABELS = {ready: '未开始', in_progress: '作答中', submitted: '已交卷'};

export const ExamPapers = {
  props: ['params', 'query', 'me'],
  data() { return {items: null, error: null}; },
  async mounted() {
    useStyles();
    try {
      this.items = (await api.get('exam/papers')).items;
    } catch (err) { this.error = err; }
  },
  methods: {
    kind(k) { return KIND_LABELS[k] || k; },
    state(s) { return STATE_LABELS[s] || s; },
    sub(p) {
      const parts = [this.kind(p.kind), `${p.questions} 题`, `限时 ${p.time_limit_minutes} 分钟`, this.state(p.state)];
      if (p.voided) parts.push('成绩已作废');
      else if (p.score !== null && p.score !== undefined) parts.push(`得分 ${p.score}`);
      return parts.join(' · ');
    },
    action(p) { return p.state === 'submitted' ? '查看' : p.state === 'in_progress' ? '继续考试' : '开始考试'; },
  },
  template: `
<section class="page exam-papers">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!items && !error"></loading-state>
  <template v-else-if="items">
    <empty-state v-if="!items.length" text="您暂无可参加的测评（审核通过后才能参加）"></empty-state>
    <list-item v-for="p in items" :key="p.paper_id" :title="p.name" :sub="sub(p)" :badge="action(p)"
               :to="'#/exam/take/' + p.paper_id" :data-paper-id="p.paper_id"></list-item>
    <p class="hint">考试开始后计时以服务器时间为准；中途断网作答会暂存在本机，联网后自动提交。换用其他手机继续作答时，原手机将退出作答。</p>
  </template>
</section>`,
};
