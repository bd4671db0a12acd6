// 学习: question-bank practice (answers checked at once, wrong answers go to the notebook),
// the wrong-answer notebook, favourites, progress, and mock exams (taken on the exam screen,
// reviewed here after submitting).
import {api} from '../../api.js';
import {showError, showToast} from '../../ui.js';
import {QTYPE_LABELS, deviceId, isMulti, percent, useStyles, when, withQuery} from './common.js';

const MODES = {sequential: '顺序练习', random: '随机练习', wrong: '错题重做', favourites: '收藏题练习'};

export const PracticeHome = {
  props: ['params', 'query', 'me'],
  data() { return {home: null, error: null}; },
  async mounted() {
    useStyles();
    try { this.home = await api.get('/api/bff/v1/practice/home'); } catch (err) { this.error = err; }
  },
  methods: {
    percent,
    practise(mode, specialty, category) { return withQuery('#/practice/do', {mode, specialty, category}); },
  },
  template: `
<section class="page practice-home">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!home && !error"></loading-state>
  <template v-if="home">
    <div class="card stats" data-summary>
      <div><b>{{ home.summary.answered }}</b><span>已答题</span></div>
      <div><b>{{ percent(home.summary.accuracy) }}</b><span>正确率</span></div>
      <div><b data-notebook-open>{{ home.summary.notebook.open }}</b><span>错题</span></div>
      <div><b>{{ home.summary.favourites }}</b><span>收藏</span></div>
    </div>
    <div class="grid-buttons">
      <a class="btn" :href="practise('random')">随机练习</a>
      <a class="btn" :href="practise('wrong')">错题重做</a>
      <a class="btn" href="#/practice/notes">错题本</a>
      <a class="btn" href="#/practice/favourites">收藏夹</a>
      <a class="btn" href="#/practice/progress">学习进度</a>
      <a class="btn" href="#/practice/mocks">模拟自测</a>
    </div>
    <h3 class="section-title">题库练习</h3>
    <empty-state v-if="!home.specialties.length" text="题库暂无题目"></empty-state>
    <div v-for="s in home.specialties" :key="s.specialty" class="card">
      <div class="li-title">{{ s.specialty }}<span v-if="s.mine" class="tag">本专业</span>
        <span class="li-sub">已练 {{ s.practised }} / {{ s.questions }} 题</span></div>
      <list-item v-for="c in s.categories" :key="c.category" :title="c.category"
                 :sub="'已练 ' + c.practised + ' / ' + c.questions + ' 题 · 正确率 ' + percent(c.accuracy)"
                 :to="practise('sequential', s.specialty, c.category)"></list-item>
    </div>
  </template>
</section>`,
};

// One question at a time: choose, submit, see right or wrong with the explanation.
export const PracticeDo = {
  props: ['params', 'query', 'me'],
  data() { return {items: null, idx: 0, chosen: [], result: null, error: null, busy: false, favourite: false}; },
  computed: {
    title() { return MODES[this.query.mode] || '练习'; },
    q() { return this.items ? this.items[this.idx] : null; },
  },
  async mounted() {
    useStyles();
    await this.load();
  },
  methods: {
    async load() {
      this.error = null;
      const {specialty, category} = this.query;
      try {
        this.items = (await api.get(withQuery('practice/questions',
          {mode: this.query.mode || 'sequential', limit: 10, specialty, category}))).items;
        this.idx = 0;
        this.reset();
      } catch (err) { this.error = err; }
    },
    reset() {
      this.chosen = [];
      this.result = null;
      this.favourite = this.q ? this.q.favourite : false;
    },
    pick(opt) {
      if (this.result) return;
      if (isMulti(this.q.qtype)) {
        this.chosen = this.chosen.includes(opt.key) ? this.chosen.filter((k) => k !== opt.key) : [...this.chosen, opt.key];
      } else {
        this.chosen = [opt.key];
      }
    },
    async answer() {
      this.busy = true;
      try {
        this.result = await api.post(`practice/questions/${this.q.question_id}/answer`, {answer: this.chosen});
      } catch (err) { showError(err); } finally { this.busy = false; }
    },
    async toggleFavourite() {
      try {
        if (this.favourite) await api.del(`practice/favourites/${this.q.question_id}`);
        else await api.put(`practice/favourites/${this.q.question_id}`);
        this.favourite = !this.favourite;
        showToast(this.favourite ? '已收藏' : '已取消收藏');
      } catch (err) { showError(err); }
    },
    async next() {
      if (this.idx < this.items.length - 1) { this.idx += 1; this.reset(); } else await this.load();
    },
    optClass(opt) {
      const out = {chosen: this.chosen.includes(opt.key)};
      if (this.result) {
        out.right = this.result.answer.includes(opt.key);
        out.wrong = out.chosen && !out.right;
      }
      return out;
    },
    typeLabel(t) { return QTYPE_LABELS[t] || t; },
  },
  template: `
<section class="page practice-do">
  <h2 class="section-title">{{ title }}<span v-if="query.category" class="li-sub"> · {{ query.specialty }} {{ query.category }}</span></h2>
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!items && !error"></loading-state>
  <empty-state v-else-if="items && !items.length" text="没有需要练习的题目了"></empty-state>
  <article v-else-if="q" class="question" :data-question-id="q.question_id">
    <div v-if="q.group_stem" class="group-stem"><div class="group-title">{{ q.qtype === 'B1' ? '共用选项题' : '病例摘要' }}</div>{{ q.group_stem }}</div>
    <div class="q-head">{{ idx + 1 }} / {{ items.length }} <span class="tag">{{ typeLabel(q.qtype) }}</span>
      <button class="btn-mini fav" :class="{on: favourite}" @click="toggleFavourite" data-favourite>{{ favourite ? '★ 已收藏' : '☆ 收藏' }}</button></div>
    <div class="q-stem">{{ q.stem }}</div>
    <ul class="options">
      <li v-for="opt in q.options" :key="opt.key">
        <button class="option" :class="optClass(opt)" :data-key="opt.key" @click="pick(opt)">
          <span class="opt-label">{{ opt.key }}</span><span class="opt-text">{{ opt.text }}</span></button>
      </li>
    </ul>
    <div v-if="result" class="verdict" :class="result.correct ? 'ok' : 'bad'" data-verdict>
      <b>{{ result.correct ? '回答正确' : '回答错误' }}</b>　正确答案：{{ result.answer.join('') }}
      <div v-if="result.explanation" class="explain">解析：{{ result.explanation }}</div>
      <div v-if="result.notebook.in_notebook" class="hint" data-in-notebook>已加入错题本（连续答对 {{ result.notebook.clear_after }} 次后移出）</div>
    </div>
    <div class="actions">
      <button v-if="!result" class="btn btn-primary btn-block" :disabled="!chosen.length || busy" @click="answer">提交答案</button>
      <button v-else class="btn btn-primary btn-block" @click="next">下一题</button>
    </div>
  </article>
</section>`,
};

function pagedList(path, emptyText, extra = '') {
  return {
    props: ['params', 'query', 'me'],
    data() { return {items: null, total: 0, error: null}; },
    async mounted() {
      useStyles();
      await this.load();
    },
    methods: {
      async load() {
        try {
          const page = await api.get(path + '?page_size=100');
          this.items = page.items;
          this.total = page.total;
        } catch (err) { this.error = err; }
      },
      async unfavourite(row) {
        try {
          await api.del(`practice/favourites/${row.question_id}`);
          await this.load();
        } catch (err) { showError(err); }
      },
      when,
      typeLabel(t) { return QTYPE_LABELS[t] || t; },
    },
    template: `
<section class="page question-list">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!items && !error"></loading-state>
  <empty-state v-else-if="items && !items.length" text="${emptyText}"></empty-state>
  <template v-else-if="items">
    <p class="hint">共 {{ total }} 题</p>
    <div v-for="row in items" :key="row.question_id" class="card" :data-question-id="row.question_id">
      <template v-if="row.question">
        <div v-if="row.question.group_stem" class="group-stem">{{ row.question.group_stem }}</div>
        <div class="q-head"><span class="tag">{{ typeLabel(row.question.qtype) }}</span> {{ row.question.category }}</div>
        <div class="q-stem">{{ row.question.stem }}</div>
        <div v-for="o in row.question.options" class="opt-line" :class="{right: row.question.answer.includes(o.key)}">{{ o.key }}. {{ o.text }}</div>
        <div class="verdict ok">正确答案：{{ row.question.answer.join('') }}</div>
        <div v-if="row.question.explanation" class="explain">解析：{{ row.question.explanation }}</div>
      </template>
      ${extra}
    </div>
  </template>
</section>`,
  };
}

export const WrongNotes = pagedList('practice/wrong-notes', '错题本是空的',
  `<div class="hint">答错 {{ row.wrong_count }} 次 · 已连续答对 {{ row.streak }} / {{ row.clear_after }} 次 · 最近 {{ when(row.last_at) }}</div>`);
export const Favourites = pagedList('practice/favourites', '还没有收藏题目',
  `<button class="btn-mini" @click="unfavourite(row)">取消收藏</button>`);

export const Progress = {
  props: ['params', 'query', 'me'],
  data() { return {p: null, error: null}; },
  async mounted() {
    useStyles();
    try { this.p = await api.get('practice/progress'); } catch (err) { this.error = err; }
  },
  computed: {
    maxDay() { return this.p ? Math.max(1, ...this.p.last_7_days.days.map((d) => d.answered)) : 1; },
  },
  methods: {percent},
  template: `
<section class="page progress">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!p && !error"></loading-state>
  <template v-if="p">
    <div class="card stats">
      <div><b>{{ p.answered }}</b><span>累计答题</span></div>
      <div><b>{{ percent(p.accuracy) }}</b><span>正确率</span></div>
      <div><b>{{ p.last_7_days.answered }}</b><span>近7天</span></div>
      <div><b>{{ p.last_30_days.answered }}</b><span>近30天</span></div>
    </div>
    <h3 class="section-title">近 7 天每日答题</h3>
    <div class="card bars">
      <div v-for="d in p.last_7_days.days" :key="d.day" class="bar-row">
        <span class="bar-label">{{ d.day.slice(5) }}</span>
        <span class="bar"><span class="bar-fill" :style="{width: (100 * d.answered / maxDay) + '%'}"></span></span>
        <span class="bar-value">{{ d.answered }}</span>
      </div>
    </div>
    <h3 class="section-title">分类正确率</h3>
    <empty-state v-if="!p.categories.length" text="还没有练习记录"></empty-state>
    <list-item v-for="c in p.categories" :key="c.specialty + c.category" :title="c.specialty + ' · ' + c.category"
               :sub="'答题 ' + c.answered + ' · 答对 ' + c.correct" :badge="percent(c.accuracy)"></list-item>
    <h3 class="section-title">模拟考试</h3>
    <div class="card">已完成 {{ p.mocks.taken }} 次<span v-if="p.mocks.best_score !== null">，最高 {{ p.mocks.best_score }} 分，最近 {{ p.mocks.last_score }} 分</span></div>
  </template>
</section>`,
};

export const Mocks = {
  props: ['params', 'query', 'me'],
  data() { return {items: null, error: null, busy: false}; },
  async mounted() {
    useStyles();
    try { this.items = (await api.get('practice/mocks?page_size=50')).items; } catch (err) { this.error = err; }
  },
  methods: {
    async start() {
      this.busy = true;
      this.error = null;
      try {
        const page = await api.post('practice/mocks', {device_id: deviceId()});
        location.hash = '#/exam/take/' + page.paper_id;
      } catch (err) { this.error = err; } finally { this.busy = false; }
    },
    sub(m) {
      const parts = [`${m.questions} 题`, `限时 ${m.time_limit_minutes} 分钟`];
      if (m.submitted_at) parts.push(`交卷 ${when(m.submitted_at)}`);
      return parts.join(' · ');
    },
    link(m) { return m.submitted_at ? '#/practice/mock-review/' + m.paper_id : '#/exam/take/' + m.paper_id; },
  },
  template: `
<section class="page mocks">
  <p class="hint">模拟考试按本周期组卷方案随机出卷，不计成绩，无需人脸核验。</p>
  <error-banner :error="error"></error-banner>
  <button class="btn btn-primary btn-block" :disabled="busy" @click="start" data-start-mock>开始模拟考试</button>
  <loading-state v-if="!items && !error"></loading-state>
  <template v-else-if="items">
    <empty-state v-if="!items.length" text="还没有参加过模拟考试"></empty-state>
    <list-item v-for="m in items" :key="m.paper_id" :title="m.name" :sub="sub(m)" :to="link(m)"
               :badge="m.score !== null ? m.score + ' 分' : '未交卷'"></list-item>
  </template>
</section>`,
};

export const MockReview = {
  props: ['params', 'query', 'me'],
  data() { return {r: null, error: null}; },
  async mounted() {
    useStyles();
    try { this.r = await api.get(`practice/mocks/${Number(this.params.paper)}/review`); } catch (err) { this.error = err; }
  },
  methods: {
    label(item, key) { const o = item.options.find((x) => x.key === key); return o ? o.label : key; },
    typeLabel(t) { return QTYPE_LABELS[t] || t; },
  },
  template: `
<section class="page mock-review">
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!r && !error"></loading-state>
  <template v-if="r">
    <div class="card"><b>{{ r.name }}</b>：得分 <b>{{ r.score }}</b>（合格线 {{ r.pass_mark }}，{{ r.passed ? '合格' : '不合格' }}）</div>
    <div v-for="it in r.items" :key="it.question_id" class="card" :class="it.correct ? 'ok' : 'bad'">
      <div v-if="it.group_stem" class="group-stem">{{ it.group_stem }}</div>
      <div class="q-head">{{ it.no }}. <span class="tag">{{ typeLabel(it.qtype) }}</span> {{ it.points_scored }} / {{ it.points }} 分</div>
      <div class="q-stem">{{ it.stem }}</div>
      <div v-for="o in it.options" class="opt-line" :class="{right: it.correct_answer.includes(o.key), wrong: it.answer.includes(o.key) && !it.correct_answer.includes(o.key)}">{{ o.label }}. {{ o.text }}</div>
      <div class="verdict" :class="it.correct ? 'ok' : 'bad'">你的答案：{{ it.answer.map(k => label(it, k)).join('') || '未作答' }}；正确答案：{{ it.correct_answer.map(k => label(it, k)).join('') }}</div>
      <div v-if="it.explanation" class="explain">解析：{{ it.explanation }}</div>
    </div>
  </template>
</section>`,
};
