import { render } from 'preact';
import { Root } from './Root';
import './style.css';

render(<Root />, document.getElementById('app')!);
