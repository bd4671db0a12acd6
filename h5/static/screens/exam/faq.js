// 常见问题: the published entries the caller may see, by category and keyword.
import {api} from '../../api.js';
import {useStyles, withQuery} from './common.js';

export const Faq = {
  props: ['params', 'query', 'me'],
  data() { return {page: null, error: null, category: '', q: '', open: null}; },
  async mounted() {
    useStyles();
    await this.load();
  },
  methods: {
    async load() {
      this.error = null;
      const path = withQuery('faq', {page_size: 200, category: this.category, q: this.q.trim()});
      try { this.page = await api.get(path); } catch (err) { this.error = err; }
    },
    pick(c) { this.category = c; this.load(); },
  },
  template: `
<section class="page faq">
  <form class="search" @submit.prevent="load">
    <input v-model="q" type="search" maxlength="50" placeholder="搜索问题或答案" aria-label="关键词" data-faq-q>
    <button class="btn" type="submit">搜索</button>
  </form>
  <div v-if="page" class="chips">
    <button class="chip" :class="{on: !category}" @click="pick('')">全部</button>
    <button v-for="c in page.categories" :key="c" class="chip" :class="{on: category === c}" @click="pick(c)">{{ c }}</button>
  </div>
  <error-banner :error="error"></error-banner>
  <loading-state v-if="!page && !error"></loading-state>
  <template v-else-if="page">
    <empty-state v-if="!page.items.length" text="没有找到相关问题"></empty-state>
    <div v-for="f in page.items" :key="f.id" class="card faq-item" :data-faq-id="f.id">
      <button class="faq-q" @click="open = open === f.id ? null : f.id" :aria-expanded="open === f.id">
        <span class="tag">{{ f.category }}</span> {{ f.question }}</button>
      <div v-if="open === f.id" class="faq-a">{{ f.answer }}</div>
    </div>
  </template>
</section>`,
};
