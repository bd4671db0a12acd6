// Small shared pieces every screen uses, registered globally by app.js (`app.use(ui)`):
//   <error-banner :error="err">   the server's message of an ApiError (or a string), with its code
//   <loading-state>               a spinner line while a screen loads
//   <empty-state text="...">      nothing to show
//   <list-item title sub to badge>  one tappable row (to: a hash route such as "#/filing")
//   <form-field label :error>     label + slot (the input) + that field's error
// and functions: showError(err) / showToast(text) (toasts at the bottom), confirmDialog(text)
// → Promise<boolean> (a modal with 取消 / 确定).
import {reactive} from 'vue';

export const uiState = reactive({toasts: [], dialog: null});
let nextId = 1;

export function showToast(text, {kind = 'info', ms = 3000} = {}) {
  const id = nextId++;
  uiState.toasts.push({id, text, kind});
  setTimeout(() => {
    const i = uiState.toasts.findIndex((t) => t.id === id);
    if (i >= 0) uiState.toasts.splice(i, 1);
  }, ms);
}

/** The server's message (ApiError.message) or a plain string, as an error toast. */
export function showError(err) {
  const text = typeof err === 'string' ? err : (err && err.message) || '操作失败，请稍后重试';
  showToast(text, {kind: 'error', ms: 5000});
}

export function confirmDialog(text, {ok = '确定', cancel = '取消'} = {}) {
  return new Promise((resolve) => { uiState.dialog = {text, ok, cancel, resolve}; });
}

const ErrorBanner = {
  props: {error: {type: [Object, String], default: null}},
  computed: {
    text() { return !this.error ? '' : typeof this.error === 'string' ? this.error : this.error.message; },
    code() { return this.error && typeof this.error === 'object' ? this.error.code : ''; },
  },
  template: `<div v-if="error" class="error-banner" role="alert" :data-error-code="code">{{ text }}</div>`,
};

const LoadingState = {
  props: {text: {type: String, default: '加载中…'}},
  template: `<div class="loading" aria-busy="true"><span class="spinner"></span>{{ text }}</div>`,
};

const EmptyState = {
  props: {text: {type: String, default: '暂无内容'}},
  template: `<div class="empty">{{ text }}</div>`,
};

const ListItem = {
  props: {title: String, sub: String, to: String, badge: [String, Number]},
  emits: ['click'],
  template: `
    <a v-if="to" class="list-item" :href="to">
      <div class="li-main"><div class="li-title">{{ title }}<slot name="title"></slot></div>
        <div v-if="sub" class="li-sub">{{ sub }}</div><slot></slot></div>
      <span v-if="badge !== undefined && badge !== null && badge !== ''" class="badge">{{ badge }}</span>
      <span class="chev" aria-hidden="true">›</span>
    </a>
    <div v-else class="list-item" role="button" tabindex="0" @click="$emit('click')" @keyup.enter="$emit('click')">
      <div class="li-main"><div class="li-title">{{ title }}<slot name="title"></slot></div>
        <div v-if="sub" class="li-sub">{{ sub }}</div><slot></slot></div>
      <span v-if="badge !== undefined && badge !== null && badge !== ''" class="badge">{{ badge }}</span>
    </div>`,
};

const FormField = {
  props: {label: String, error: String, hint: String},
  template: `
    <label class="field" :class="{invalid: !!error}">
      <span class="field-label">{{ label }}</span>
      <slot></slot>
      <span v-if="hint && !error" class="field-hint">{{ hint }}</span>
      <span v-if="error" class="field-error" role="alert">{{ error }}</span>
    </label>`,
};

// Toasts and the confirm dialog, mounted once by app.js.
export const UiHost = {
  setup() { return {ui: uiState}; },
  methods: {
    answer(v) { const d = this.ui.dialog; this.ui.dialog = null; d.resolve(v); },
  },
  template: `
    <div class="toasts" aria-live="polite">
      <div v-for="t in ui.toasts" :key="t.id" class="toast" :class="'toast-' + t.kind">{{ t.text }}</div>
    </div>
    <div v-if="ui.dialog" class="dialog-mask">
      <div class="dialog" role="dialog" aria-modal="true">
        <div class="dialog-text">{{ ui.dialog.text }}</div>
        <div class="dialog-actions">
          <button class="btn" @click="answer(false)">{{ ui.dialog.cancel }}</button>
          <button class="btn btn-primary" @click="answer(true)">{{ ui.dialog.ok }}</button>
        </div>
      </div>
    </div>`,
};

export default {
  install(app) {
    app.component('error-banner', ErrorBanner);
    app.component('loading-state', LoadingState);
    app.component('empty-state', EmptyState);
    app.component('list-item', ListItem);
    app.component('form-field', FormField);
  },
};
