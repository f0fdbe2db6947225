import { render } from 'preact';
import { ReaderApp } from '../ui/ReaderApp';

render(<ReaderApp mode="reader" />, document.getElementById('app')!);
