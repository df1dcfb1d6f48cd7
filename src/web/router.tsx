import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { HomePage } from './pages/HomePage.js';
import { InvitationPage } from './pages/InvitationPage.js';
import { LandingPage } from './pages/LandingPage.js';
import { NewCasePage } from './pages/NewCasePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SignUpPage } from './pages/SignUpPage.js';

/** Every page of the app; the server answers index.html for these paths, the router does the rest. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <LandingPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/invite/:token', element: <InvitationPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/home', element: <HomePage /> },
          { path: '/cases/new', element: <NewCasePage /> },
          // The workspace and the coach are most of the code: loaded when first needed, so the
          // landing and sign-in pages stay light on a phone.
          {
            path: '/cases/:caseId',
            lazy: async () => ({ Component: (await import('./pages/CasePage.js')).CasePage }),
          },
          {
            path: '/practice/apology',
            lazy: async () => ({
              Component: (await import('./pages/PracticeApologyPage.js')).PracticeApologyPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
