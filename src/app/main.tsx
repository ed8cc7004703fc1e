import { mountApp, readHandoff } from './browser-app.tsx';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void mountApp(container, readHandoff());
