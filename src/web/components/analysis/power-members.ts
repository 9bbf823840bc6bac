// The voting-power page's member list: parsed from what the reader typed, and kept in the URL.
import type { RequestBodyOf } from '../../api/client.ts';

export type PowerRequestMember = RequestBodyOf<'/api/v1/power', 'post'>['members'][number];

/** One member as typed, with where it came from (for messages). */
export type ParsedMember = PowerRequestMember & { text: string };

/**
 * The member list as typed: entries separated by line breaks, commas or semicolons, each `CODE`,
 * `CODE=weight`, `CODE: weight` or `CODE weight`. Weights are plain numbers (no thousands
 * separators: a comma separates members). `problems` names the entries whose weight is unreadable.
 */
export function parseMembers(text: string): { members: ParsedMember[]; problems: string[] } {
  const members: ParsedMember[] = [];
  const problems: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^(.+?)\s*[=:]\s*(.*)$/.exec(entry) ?? /^(\S+)\s+([-+]?[\d._]+)$/.exec(entry);
    if (!m) {
      members.push({ member: entry, text: entry });
      continue;
    }
    const code = m[1]!.trim();
    const weightText = m[2]!.replace(/[_\s]/g, '');
    const weight = weightText === '' ? NaN : Number(weightText);
    if (!Number.isFinite(weight)) problems.push(entry);
    else members.push({ member: code, weight, text: entry });
  }
  return { members, problems };
}

/** The list as the URL keeps it: `USA=3,DEU=2` or `USA,DEU`. */
export const membersParam = (members: readonly PowerRequestMember[]): string =>
  members.map((m) => (m.weight === undefined ? m.member : `${m.member}=${m.weight}`)).join(',');
