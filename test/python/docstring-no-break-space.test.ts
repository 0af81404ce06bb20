/**
 * A no-break space (U+00A0) in a description, as Stainless's docstrings wrap it (knock's `timezone`: "Must be a
 * valid\u00a0 [tz database time zone string](…). Used for\u00a0 [recurring schedules](…)."): no line breaks in a run of
 * spaces holding one, so the word before it goes to the next line with what follows, and the run is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { docstringLayout, wrapWords } from '../../generator/emit/python/docs/doc-wrap';

const NBSP = '\u00a0';
const TZ = '[tz database time zone string](https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)';
const SCHEDULES =
  '[recurring schedules](/concepts/schedules#scheduling-workflows-with-recurring-schedules-for-recipients)';

describe('a no-break space in docstring prose', () => {
  it('binds the words on either side, and is kept as written', () => {
    const text = `The timezone of the user. Must be a valid${NBSP} ${TZ}. Used for${NBSP} ${SCHEDULES}.`;
    expect(wrapWords(text, 74)).toEqual([
      'The timezone of the user. Must be a',
      `valid${NBSP} ${TZ}.`,
      'Used',
      `for${NBSP} ${SCHEDULES}.`,
    ]);
  });

  it('keeps both spaces of a run on a line that fits', () => {
    const text = `The${NBSP} [E.164](https://x.test/e164)${NBSP} phone number of the user.`;
    expect(docstringLayout(text, true).text).toBe(text);
  });

  it('still breaks at plain spaces', () => {
    expect(wrapWords('alpha beta gamma delta', 11)).toEqual(['alpha beta', 'gamma delta']);
  });
});
