// Screen area "physician" of the H5 client (contract: top of h5/static/app.js, h5/README.md).
// Seed 000 mobile rows: bind the WeChat account to the physician record, fill in the filing
// (填报信息, nine sections, drafts, submit, resubmit after a rejection with the reviewer's
// reasons), and the exam home (current cycle, review state, whether the exam is open; the
// exam itself is the exam area's, under #/exam).
// APIs: POST /api/mp/v1/assessment/bind, GET /assessment/filing,
// PUT /assessment/filing/sections/<key>, POST /assessment/filing/submit, GET /api/bff/v1/exam/home.
import {Bind} from './bind.js';
import {Filing, FilingSection} from './filing.js';
import {ExamHome} from './exam_home.js';

export const routes = [
  {path: '/physician/bind', component: Bind, title: '绑定医师身份'},
  {path: '/physician/filing', component: Filing, title: '述职填报'},
  {path: '/physician/filing/:section', component: FilingSection, title: '填报栏目'},
  {path: '/physician/exam', component: ExamHome, title: '定期考核'},
];

export const tiles = [
  {label: '绑定医师身份', path: '#/physician/bind', icon: '🪪', show: (me) => me.kind === 'mp' && !me.physician_bound},
  {label: '定期考核', path: '#/physician/exam', icon: '🩺', show: (me) => me.physician_bound},
  {label: '述职填报', path: '#/physician/filing', icon: '📝', show: (me) => me.physician_bound},
];
