import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { prefetchCsrfToken } from './api.js';
import { SessionProvider } from './components/SessionProvider.js';
import { router } from './router.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');

prefetchCsrfToken();

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
