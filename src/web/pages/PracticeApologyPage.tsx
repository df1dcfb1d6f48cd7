import { useState } from 'react';
import { Link } from 'react-router';
import { CoachedTextarea } from '../coach/CoachedTextarea.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

/**
 * A quiet place to practise an apology alone, with the coach, before writing the real one in a
 * case. Nothing here leaves the browser: the text lives only in this page's memory.
 */
export function PracticeApologyPage() {
  useDocumentTitle('Practise an apology');
  const [text, setText] = useState('');

  return (
    <div className="practice">
      <p className="back-link">
        <Link to="/home">← Your cases</Link>
      </p>
      <p className="eyebrow">Practice</p>
      <h1 tabIndex={-1}>Practise an apology</h1>
      <p className="lead" id="practice-hint">
        Write the apology you would like to give. The coach shows what helps and what may hurt, as
        you type. Nothing here is saved or sent: it is only for you.
      </p>
      <div className="card section coach-wide">
        <CoachedTextarea
          id="practice-apology"
          label="Your apology"
          kind="apology"
          value={text}
          onChange={setText}
          rows={8}
          describedBy="practice-hint"
          placeholder="I'm sorry I…"
        />
        <div className="actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setText('');
              document.getElementById('practice-apology')?.focus();
            }}
          >
            Start again
          </button>
        </div>
      </div>
    </div>
  );
}
