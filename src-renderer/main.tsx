import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './features/app/App';
import './styles/app.css';
import './styles/paper-table.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html 缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
