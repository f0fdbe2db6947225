import { render } from 'preact';
import { ReaderApp } from '../ui/ReaderApp';

render(<ReaderApp mode="popup" />, document.getElementById('app')!);
