/* The visit assistant area of the H5 client (seed 003 门诊就医助手): my visits by 就诊人 (#/visits), the
   to-dos (#/visits/todos), a visit with its steps live (#/visits/<id>, `?step=<code>` opens that step:
   the link of a to-do and of the server's step notices). Contract at the top of h5/static/app.js. */
import {MyVisitsScreen, TodosScreen, VisitScreen} from './visits.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./visits.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/visits', component: MyVisitsScreen, title: '就医助手'},
  {path: '/visits/todos', component: TodosScreen, title: '待办事项'},
  {path: '/visits/:id', component: VisitScreen, title: '就诊详情'},
];

export const tiles = [
  {label: '就医助手', path: '#/visits', icon: '医', show: () => true},
];
