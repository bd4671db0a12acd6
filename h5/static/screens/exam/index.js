// Screen area "exam" of the H5 client (contract: top of h5/static/app.js): 参加测评 (papers,
// face consent and checks, answering), 学习 (practice, notebook, favourites, progress, mock
// exams), 结果查询 (results of every cycle, certificates) and 常见问题.
import {ExamPapers} from './papers.js';
import {ExamTake} from './take.js';
import {Favourites, MockReview, Mocks, PracticeDo, PracticeHome, Progress, WrongNotes} from './practice.js';
import {Results} from './results.js';
import {Faq} from './faq.js';

export const routes = [
  {path: '/exam', component: ExamPapers, title: '参加测评'},
  {path: '/exam/take/:paper', component: ExamTake, title: '在线测评'},
  {path: '/practice', component: PracticeHome, title: '学习'},
  {path: '/practice/do', component: PracticeDo, title: '题库练习'},
  {path: '/practice/notes', component: WrongNotes, title: '错题本'},
  {path: '/practice/favourites', component: Favourites, title: '收藏夹'},
  {path: '/practice/progress', component: Progress, title: '学习进度'},
  {path: '/practice/mocks', component: Mocks, title: '模拟自测'},
  {path: '/practice/mock-review/:paper', component: MockReview, title: '模拟考试解析'},
  {path: '/results', component: Results, title: '结果查询'},
  {path: '/faq', component: Faq, title: '常见问题'},
];

const physician = (me) => !!(me && me.physician_bound);

export const tiles = [
  {label: '参加测评', path: '#/exam', icon: '✍️', show: physician},
  {label: '学习', path: '#/practice', icon: '📚', show: physician},
  {label: '结果查询', path: '#/results', icon: '🏅', show: physician},
  {label: '常见问题', path: '#/faq', icon: '❓', show: () => true},
];
