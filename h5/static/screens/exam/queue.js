// The exam's save queue: every answer is written to the phone's storage with its sequence
// number before it is sent, and stays there until the server acknowledges it. A tunnel, a
// lift or a reload loses nothing; a refusal that a retry can fix (no network, 5xx, 503
// service.busy, an expired token being refreshed) keeps the item queued, and an item the
// server refuses for good (exam closed, device replaced, invalid answer) is reported and
// dropped instead of being retried forever.
//
// Only the newest save of a question is kept: the server keeps the answer with the highest
// sequence anyway, so an older queued save could never change anything.

const BACKOFF = [1000, 2000, 4000, 8000, 15000];

// Errors after which the same request may succeed later.
export function retryable(err) {
  if (!err || err.status === undefined || err.status === 0) return true; // no answer: network
  return err.status >= 500 || err.status === 408 || err.status === 429 || err.status === 401;
}

// Refusals that end answering on this device altogether (every queued item shares them).
const TERMINAL = new Set(['exam.session_closed', 'exam.device_replaced']);

function load(key, fallback) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : fallback;
  } catch (_) {
    return fallback;
  }
}

function store(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch (_) {
    // Storage full or private mode: the item stays in memory and is still sent.
  }
}

export class SaveQueue {
  // send(item) → Promise of the server's acknowledgement {question_id, seq, applied, remaining_seconds};
  // it rejects with {status, code, message} (status 0/undefined for no network).
  constructor({ sessionId, send, onChange = () => {}, onAck = () => {}, onTerminal = () => {} }) {
    this.sessionId = sessionId;
    this.send = send;
    this.onChange = onChange;
    this.onAck = onAck;
    this.onTerminal = onTerminal;
    this.keyItems = `huiyi.exam.${sessionId}.queue`;
    this.keySeq = `huiyi.exam.${sessionId}.seq`;
    this.items = load(this.keyItems, {}); // question id → {question_id, answer, marked, seq}
    this.seqs = load(this.keySeq, {}); // question id → last sequence used on this phone
    this.refused = []; // [{question_id, seq, message, code}] reported to the taker
    this.lastError = null; // the retryable error that holds the queue, if any
    this.running = false;
    this.stopped = false;
    this.attempt = 0;
    this.timer = null;
    this.online = () => this.kick(true);
    window.addEventListener('online', this.online);
  }

  // The server's view of the session: sequences it holds, so the next save is newer; a queued
  // item the server already holds (acknowledged while the answer was lost) is dropped.
  adopt(serverItems) {
    for (const it of serverItems) {
      const q = String(it.question_id);
      this.seqs[q] = Math.max(this.seqs[q] || 0, it.seq || 0);
      const queued = this.items[q];
      if (queued && queued.seq <= (it.seq || 0)) delete this.items[q];
    }
    this.persist();
  }

  pending(questionId) {
    return this.items[String(questionId)] || null;
  }

  get size() {
    return Object.keys(this.items).length;
  }

  put(questionId, answer, marked) {
    const q = String(questionId);
    const seq = (this.seqs[q] || 0) + 1;
    this.seqs[q] = seq;
    this.items[q] = { question_id: Number(questionId), answer: [...answer], marked: !!marked, seq };
    this.persist();
    this.onChange();
    this.kick(true);
    return seq;
  }

  persist() {
    store(this.keyItems, this.items);
    store(this.keySeq, this.seqs);
  }

  kick(now = false) {
    if (this.stopped) return;
    if (now) {
      clearTimeout(this.timer);
      this.timer = null;
      this.attempt = 0;
    }
    if (!this.running && !this.timer) this.run();
  }

  async run() {
    this.running = true;
    try {
      for (;;) {
        if (this.stopped) return;
        const next = Object.values(this.items).sort((a, b) => a.seq - b.seq)[0];
        if (!next) {
          this.lastError = null;
          return;
        }
        try {
          const ack = await this.send(next);
          this.lastError = null;
          this.attempt = 0;
          const q = String(next.question_id);
          // A newer save of the same question may have been queued while this one travelled.
          if (this.items[q] && this.items[q].seq <= Math.max(next.seq, ack.seq || 0)) delete this.items[q];
          this.persist();
          this.onAck(ack, next);
        } catch (err) {
          if (retryable(err)) {
            this.lastError = err;
            const wait = BACKOFF[Math.min(this.attempt, BACKOFF.length - 1)];
            this.attempt += 1;
            this.timer = setTimeout(() => {
              this.timer = null;
              this.run();
            }, wait);
            return;
          }
          this.refuse(next, err);
          if (TERMINAL.has(err.code)) {
            for (const item of Object.values(this.items)) this.refuse(item, err);
            this.stopped = true;
            this.onTerminal(err);
            return;
          }
        } finally {
          this.onChange();
        }
      }
    } finally {
      this.running = false;
      this.onChange();
    }
  }

  refuse(item, err) {
    delete this.items[String(item.question_id)];
    this.refused.push({ question_id: item.question_id, seq: item.seq, code: err.code, message: err.message });
    this.persist();
  }

  // Wait until nothing is queued (true) or the queue is held by an error (false).
  async drain(timeoutMs = 8000) {
    this.kick(true);
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.size === 0) return true;
      if (this.stopped) return false;
      await new Promise((r) => setTimeout(r, 150));
    }
    return this.size === 0;
  }

  close() {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.online);
  }
}
