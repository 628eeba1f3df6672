import {
  TEMPLATE_IDS,
  TEMPLATE_KIND,
  type FollowupKind,
  type Placeholder,
  type TemplateId,
} from '../../shared/followups-schemas';
import { checkTemplate, TemplateError } from './template-engine';

/** A message template from resources/templates/<id>.txt, checked. */
export interface Template {
  id: TemplateId;
  kind: FollowupKind;
  label: string;
  about: string;
  subject: string;
  body: string;
  placeholders: Placeholder[];
}

// Vite inlines the files (like the migrations), so the built app and the browser host carry their templates.
const files = import.meta.glob('../../../resources/templates/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

const HEADERS = ['Label', 'About', 'Subject'] as const;

/**
 * Reads one template file: `Key: value` header lines (Label, About, Subject), a line `---`, then the body.
 * Every placeholder in the subject and body must be known; anything else is a TemplateError naming the file.
 */
export function parseTemplate(id: TemplateId, source: string): Template {
  const where = `Template "${id}"`;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const split = lines.indexOf('---');
  if (split < 0) throw new TemplateError(`${where} has no "---" line between its headers and its body.`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(0, split)) {
    if (!line.trim()) continue;
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m || !(HEADERS as readonly string[]).includes(m[1])) {
      throw new TemplateError(`${where} has an unknown header line "${line}"; expected ${HEADERS.join(', ')}.`);
    }
    headers.set(m[1], m[2].trim());
  }
  for (const h of HEADERS) if (!headers.get(h)) throw new TemplateError(`${where} needs a "${h}:" header.`);
  const subject = headers.get('Subject')!;
  const body = lines
    .slice(split + 1)
    .join('\n')
    .trim();
  if (!body) throw new TemplateError(`${where} has an empty body.`);
  const used = new Set([...checkTemplate(subject, `${where} (subject)`), ...checkTemplate(body, where)]);
  return {
    id,
    kind: TEMPLATE_KIND[id],
    label: headers.get('Label')!,
    about: headers.get('About')!,
    subject,
    body,
    placeholders: [...used],
  };
}

/** Checks a folder's worth of template files: every known id exactly once, nothing else. */
export function loadTemplates(sources: Record<string, string>): Map<TemplateId, Template> {
  const found = new Map<TemplateId, Template>();
  for (const [file, source] of Object.entries(sources)) {
    const id = /(?:^|\/)([a-z0-9-]+)\.txt$/.exec(file)?.[1];
    if (!id || !(TEMPLATE_IDS as readonly string[]).includes(id)) {
      throw new TemplateError(`Template file "${file}" is not one of ${TEMPLATE_IDS.map((t) => `${t}.txt`).join(', ')}.`);
    }
    found.set(id as TemplateId, parseTemplate(id as TemplateId, source));
  }
  const missing = TEMPLATE_IDS.filter((id) => !found.has(id));
  if (missing.length) throw new TemplateError(`Template files missing: ${missing.map((t) => `${t}.txt`).join(', ')}.`);
  return new Map(TEMPLATE_IDS.map((id) => [id, found.get(id)!]));
}

let shipped: Map<TemplateId, Template> | undefined;

/** The templates shipped with the app, checked once: a broken template stops the app at start with its name. */
export function shippedTemplates(): Map<TemplateId, Template> {
  shipped ??= loadTemplates(files);
  return shipped;
}
