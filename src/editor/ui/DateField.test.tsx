// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { DateField } from './DateField';
import { getIn, type EditableStore } from '../document';
import { editorWith } from '../../../test/unit/helpers/editor';

afterEach(cleanup);

const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as EditableStore;

async function field(label: string, path: (string | number)[], optional = false) {
  const editor = await editorWith(fixture);
  render(<DateField path={path} label={label} optional={optional} />, { wrapper: editor.Wrapper });
  const input = screen.getByLabelText(label) as HTMLInputElement;
  const stored = () => getIn(editor.session.get().history.present, path);
  const help = () => document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0])!.textContent;
  return { ...editor, input, stored, help };
}

describe('DateField', () => {
  it('stores what is typed in the format’s form, says so, and keeps the typing until the field is left', async () => {
    const { input, stored, help } = await field('Start', ['events', 0, 'start']);
    expect(input.value).toBe('1991-12-25');
    fireEvent.change(input, { target: { value: '26 Feb 2012' } });
    expect(stored()).toBe('2012-02-26');
    expect(input.value).toBe('26 Feb 2012');
    expect(help()).toBe('Stored as 2012-02-26 (day): 26 February 2012');
    fireEvent.blur(input);
    expect(input.value).toBe('2012-02-26');
  });

  it('keeps what cannot be read as a date, so the draft holds it and the validator names it beside the field', async () => {
    const { input, stored, help } = await field('Start', ['events', 0, 'start']);
    fireEvent.change(input, { target: { value: '26 Fibruary 2012' } });
    expect(stored()).toBe('26 Fibruary 2012');
    expect(help()).toBe('The editor cannot read this as a date. Type a date such as 26 Feb 2012, Feb 2012 or 2012.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('listitem').textContent).toContain('a date must be written YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('shows what undo brings back from the store', async () => {
    const { input, session } = await field('Start', ['events', 0, 'start']);
    fireEvent.change(input, { target: { value: 'Feb 2012' } });
    fireEvent.blur(input);
    act(() => session.undo());
    expect(input.value).toBe('1991-12-25');
    act(() => session.redo());
    expect(input.value).toBe('2012-02');
  });

  it('removes an optional date when emptied, rather than storing an empty one', async () => {
    const { input, stored, session } = await field('End', ['events', 0, 'end'], true);
    fireEvent.change(input, { target: { value: '1992' } });
    expect(stored()).toBe('1992');
    fireEvent.change(input, { target: { value: '' } });
    expect(Object.keys((session.get().history.present.events as object[])[0])).not.toContain('end');
    expect(session.get().problems).toEqual([]);
  });
});
