import { render } from 'preact';
import { ArticleApp } from '../features/article/ArticleApp';
import { startReading } from '../features/article/use-article';
import { applyUiLocale, installUiTranslator } from '../platform/i18n';

installUiTranslator();
startReading('popup');
applyUiLocale();
render(<ArticleApp mode="popup" />, document.getElementById('app')!);
