import { render } from 'preact';
import { ArticleApp } from '../features/article/ArticleApp';
import { applyUiLocale, installUiTranslator } from '../platform/i18n';

installUiTranslator();
applyUiLocale();
render(<ArticleApp mode="popup" />, document.getElementById('app')!);
