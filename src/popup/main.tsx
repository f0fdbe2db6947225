import { render } from 'preact';
import { ArticleApp } from '../features/article/ArticleApp';

render(<ArticleApp mode="popup" />, document.getElementById('app')!);
