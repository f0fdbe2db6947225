import { render } from 'preact';
import { ArticleApp } from '../features/article/ArticleApp';

render(<ArticleApp mode="reader" />, document.getElementById('app')!);
