import './zod-setup'; // first: before any module builds a zod schema
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts';
import './styles/app.css';
import { App } from './app/App';
import { parsePrintRoute } from './print/print-route';
import { PrintView } from './print/PrintView';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The same build serves the app and the print layout the PDF export renders.
const printRoute = parsePrintRoute(window.location.hash);
createRoot(root).render(<StrictMode>{printRoute ? <PrintView route={printRoute} /> : <App />}</StrictMode>);
