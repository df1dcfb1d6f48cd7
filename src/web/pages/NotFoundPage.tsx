import { Link } from 'react-router';
import { StatusMessage } from '../components/StatusMessage.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <StatusMessage title="This page does not exist" tone="info">
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </StatusMessage>
  );
}
