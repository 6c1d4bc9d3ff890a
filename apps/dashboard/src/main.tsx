import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@jixiao/ui/styles.css';
import './app/styles.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
