import { describe, expect, it } from 'vitest';
import type { Code, Finding, Severity } from '../../coach/index.js';
import { analyze } from '../../coach/index.js';
import { applySuggestion, quote, rebaseFindings, splitSegments, strongest } from './segments.js';

function finding(start: number, end: number, severity: Severity, code: Code = 'remorse'): Finding {
  return { code, start, end, severity, reason: 'A reason.' };
}

/** The segments in a compact form: [text, severity, codes]. */
function shape(text: string, findings: readonly Finding[]) {
  return splitSegments(text, findings).map((s) => [s.text, s.severity, s.codes.join('+')]);
}

describe('splitSegments', () => {
  it('gives nothing for an empty text, whatever the findings say', () => {
    expect(splitSegments('', [])).toEqual([]);
    expect(splitSegments('', [finding(0, 4, 'warn')])).toEqual([]);
  });

  it('gives one plain segment when nothing is found', () => {
    expect(shape('I am here.', [])).toEqual([['I am here.', null, '']]);
  });

  it('covers the whole text, in order, around one finding', () => {
    const segments = splitSegments('abcdef', [finding(2, 4, 'warn', 'justification')]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdef');
    expect(segments.map((s) => [s.start, s.end, s.severity])).toEqual([
      [0, 2, null],
      [2, 4, 'warn'],
      [4, 6, null],
    ]);
  });

  it('keeps adjacent findings apart, each with its own colour', () => {
    expect(
      shape('sorry if upset, but tired', [
        finding(0, 14, 'warn', 'conditional_apology'),
        finding(14, 25, 'danger', 'justification'),
      ]),
    ).toEqual([
      ['sorry if upset', 'warn', 'conditional_apology'],
      [', but tired', 'danger', 'justification'],
    ]);
  });

  it('splits overlapping findings and lets the strongest severity win the shared part', () => {
    expect(
      shape('you never listen', [
        finding(0, 9, 'good', 'i_statement'),
        finding(4, 16, 'danger', 'absolute'),
      ]),
    ).toEqual([
      ['you ', 'good', 'i_statement'],
      ['never', 'danger', 'i_statement+absolute'],
      [' listen', 'danger', 'absolute'],
    ]);
  });

  it('merges two codes on the same span into one segment', () => {
    expect(
      shape('you never listen', [
        finding(0, 9, 'info', 'absolute'),
        finding(0, 9, 'info', 'you_accusation'),
      ]),
    ).toEqual([
      ['you never', 'info', 'absolute+you_accusation'],
      [' listen', null, ''],
    ]);
  });

  it('never cuts an emoji (a surrogate pair) in two', () => {
    const text = 'hi 😡 there';
    // 3..5 is the emoji; both spans cut it at 4, so both are widened to take the whole emoji.
    const segments = splitSegments(text, [finding(0, 4, 'warn'), finding(4, 11, 'good')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const segment of segments) expect(segment.text).not.toMatch(/^[\udc00-\udfff]/);
    expect(shape(text, [finding(0, 4, 'warn'), finding(4, 11, 'good')])).toEqual([
      ['hi ', 'warn', 'remorse'],
      ['😡', 'warn', 'remorse'],
      [' there', 'good', 'remorse'],
    ]);
  });

  it('ignores spans that are empty or fall outside the text, and clamps the rest', () => {
    expect(
      shape('short', [finding(3, 3, 'warn'), finding(9, 12, 'warn'), finding(2, 99, 'good')]),
    ).toEqual([
      ['sh', null, ''],
      ['ort', 'good', 'remorse'],
    ]);
  });

  it('covers the text exactly for what the real coach finds', () => {
    const text = "I'm sorry if you were upset, but I was tired. You never listen 🙄";
    const segments = splitSegments(text, analyze(text, 'apology').findings);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.some((s) => s.severity === 'warn')).toBe(true);
  });
});

describe('strongest', () => {
  it('orders danger over warn over info over good', () => {
    expect(strongest(null, 'good')).toBe('good');
    expect(strongest('good', 'info')).toBe('info');
    expect(strongest('danger', 'warn')).toBe('danger');
    expect(strongest('info', 'warn')).toBe('warn');
  });
});

describe('rebaseFindings', () => {
  const before = [finding(0, 5, 'good'), finding(6, 11, 'warn')];

  it('keeps every finding when the text is the same', () => {
    expect(rebaseFindings(before, 'hello world', 'hello world')).toBe(before);
  });

  it('keeps findings before an edit and shifts those after it', () => {
    expect(rebaseFindings(before, 'hello world', 'hello big world')).toEqual([
      finding(0, 5, 'good'),
      finding(10, 15, 'warn'),
    ]);
  });

  it('drops a finding whose words were changed', () => {
    expect(rebaseFindings(before, 'hello world', 'hello words')).toEqual([finding(0, 5, 'good')]);
  });
});

describe('applySuggestion', () => {
  const text = "I'm sorry if you were upset, but I was tired.";

  it('replaces the span and puts the caret after the new words', () => {
    const result = applySuggestion(text, finding(0, 27, 'warn'), "I'm sorry I hurt you");
    expect(result.text).toBe("I'm sorry I hurt you, but I was tired.");
    expect(result.caret).toBe("I'm sorry I hurt you".length);
  });

  it('removes a part without leaving a doubled space', () => {
    expect(applySuggestion(text, finding(27, 44, 'warn'), '').text).toBe(
      "I'm sorry if you were upset.",
    );
    expect(applySuggestion('one two three', finding(4, 7, 'warn'), '').text).toBe('one three');
  });
});

describe('quote', () => {
  it('keeps short phrases and shortens long ones on a whole character', () => {
    expect(quote('  sorry  ')).toBe('sorry');
    expect(quote('😡'.repeat(50), 10)).toBe(`${'😡'.repeat(4)}…`);
  });
});
