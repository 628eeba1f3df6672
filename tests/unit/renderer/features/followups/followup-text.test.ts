import { describe, expect, it } from 'vitest';
import { findUnfilled } from '@shared/followups-text';
import { dueWhen, formatDay } from '@renderer/features/followups/followup-dates';
import { interviewFollowupsPath, parseNewFollowup } from '@renderer/features/followups/followup-paths';
import { placeholderLabel, placeholderSegments } from '@renderer/features/followups/placeholder-segments';
import { isMailto, openMailto } from '@renderer/features/followups/safe-mailto';
import { dueItem } from './followup-fixtures';

describe('placeholder segments', () => {
  it('splits text and gaps in order, and joining them gives the text back', () => {
    const text = 'Dear {{interviewer_name}},\nabout {{ specific_moment }}. Bye {{your_name}}';
    const runs = placeholderSegments(text);
    expect(runs.map((r) => r.kind)).toEqual(['text', 'placeholder', 'text', 'placeholder', 'text', 'placeholder']);
    expect(runs.filter((r) => r.kind === 'placeholder').map((r) => (r.kind === 'placeholder' ? r.name : ''))).toEqual([
      'interviewer_name',
      'specific_moment',
      'your_name',
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('marks exactly what the main process counts as unfilled, section tags and unknown names included', () => {
    const text = 'A {{#missed_point_1}}x{{/missed_point_1}} {{made_up}} {{ your_name }}';
    const names = placeholderSegments(text).flatMap((r) => (r.kind === 'placeholder' ? [r.name] : []));
    expect([...new Set(names)]).toEqual(findUnfilled(text));
  });

  it('leaves text without gaps as one run, and empty text as none; stray braces are text', () => {
    expect(placeholderSegments('All filled in.')).toEqual([{ kind: 'text', text: 'All filled in.' }]);
    expect(placeholderSegments('')).toEqual([]);
    expect(placeholderSegments('a {b} {{ c')).toEqual([{ kind: 'text', text: 'a {b} {{ c' }]);
  });

  it('names a gap in words', () => {
    expect(placeholderLabel('missed_point_1')).toBe('missed point 1');
  });
});

describe('mailto only', () => {
  it('opens a mailto: link and nothing else', () => {
    const target = { href: '' };
    expect(openMailto('mailto:ann@example.com?subject=Hi', target)).toBe(true);
    expect(target.href).toBe('mailto:ann@example.com?subject=Hi');
    for (const url of ['https://example.com', 'javascript:alert(1)', ' mailto:x@y.z', 'file:///etc/passwd']) {
      const t = { href: 'unchanged' };
      expect(openMailto(url, t)).toBe(false);
      expect(t.href).toBe('unchanged');
    }
    expect(isMailto('MAILTO:a@b.c')).toBe(true);
  });
});

describe('dates and paths', () => {
  const now = new Date(2026, 2, 4, 12);

  it('says when a due item wants doing, by state', () => {
    expect(dueWhen(dueItem(), now, 'en-GB')).toBe('Send by Thu 5 Mar');
    expect(dueWhen(dueItem({ state: 'upcoming' }), now, 'en-GB')).toBe('From Wed 4 Mar');
    // A proposal is listed by the day its message promises, a second chance as coming after the thank-you.
    const sample = dueItem({ state: 'upcoming', kind: 'chance-to-impress', opensAt: '2026-03-11T00:00', lastDay: '2026-03-13' });
    expect(dueWhen(sample, now, 'en-GB')).toBe('Due Fri 13 Mar; reminder from Wed 11 Mar');
    const request = dueItem({ state: 'upcoming', kind: 'second-chance', opensAt: '2026-03-06T00:00', lastDay: null });
    expect(dueWhen(request, now, 'en-GB')).toBe('After the thank-you, from Fri 6 Mar');
    expect(dueWhen(dueItem({ state: 'sent', sentOn: '2026-03-04T09:30' }), now, 'en-GB')).toBe('Sent Wed 4 Mar');
    expect(dueWhen(dueItem({ state: 'overdue' }), now, 'en-GB')).toMatch(/ended Thu 5 Mar; it can still go out/);
    expect(dueWhen(dueItem({ state: 'due-now', lastDay: null }), now, 'en-GB')).toBe('Ready when you are');
  });

  it('shows the year only when it is not this year', () => {
    expect(formatDay('2025-12-30', now, 'en-GB')).toMatch(/^Tue,? 30 Dec 2025$/);
    expect(formatDay('2026-03-05', now, 'en-GB')).not.toMatch(/2026/);
  });

  it('builds and reads back the page paths', () => {
    expect(interviewFollowupsPath(3)).toBe('/follow-ups/interview/3');
    expect(interviewFollowupsPath(3, { followupId: 9 })).toBe('/follow-ups/interview/3?open=9');
    expect(interviewFollowupsPath(3, { create: 'second-chance' })).toBe('/follow-ups/interview/3?new=second-chance');
    expect(parseNewFollowup('chance-to-impress')).toBe('chance-to-impress');
    expect(parseNewFollowup('anything')).toBeNull();
  });
});
