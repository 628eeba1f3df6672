import { PLACEHOLDERS, type Placeholder } from '../../shared/followups-schemas';

/** A template that breaks the rules (unknown placeholder, unbalanced section); the message names the template. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Values for a template's placeholders; an empty or missing value leaves {{name}} in the text and flags it. */
export type TemplateValues = Partial<Record<Placeholder, string>>;

/** The text with what could be filled, and the placeholders left as {{name}} (in order, each once). */
interface FilledText {
  text: string;
  unfilled: Placeholder[];
}

const KNOWN = new Set<string>(PLACEHOLDERS);
const TAG = /\{\{([^{}]*)\}\}/g;
// {{#name}}...{{/name}} shows when name has a value; {{^name}}...{{/name}} when it has none ("it bears" for one point).
const SECTION = /\{\{([#^])([a-z0-9_]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
// A section tag alone on its line takes the line with it, so optional paragraphs leave no blank lines behind.
const STANDALONE = /^[ \t]*(\{\{[#^/][a-z0-9_]+\}\})[ \t]*(?:\r?\n|$)/gm;

/**
 * Checks every tag of a template text: {{name}}, {{#name}}, {{^name}} and {{/name}} with known names, sections balanced and
 * not nested in themselves, no stray braces. Returns the names used; throws TemplateError naming `where`.
 */
export function checkTemplate(text: string, where: string): Placeholder[] {
  const used = new Set<Placeholder>();
  const open: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const tag = /^([#^/]?)([a-z0-9_]+)$/.exec(match[1]);
    if (!tag || !KNOWN.has(tag[2])) {
      throw new TemplateError(
        `${where} uses an unknown placeholder {{${match[1]}}}. Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      );
    }
    const [, mark, name] = tag;
    if (mark === '#' || mark === '^') {
      if (open.includes(name)) throw new TemplateError(`${where} opens the section {{#${name}}} inside itself.`);
      open.push(name);
    } else if (mark === '/') {
      const last = open.pop();
      if (last !== name)
        throw new TemplateError(`${where} closes {{/${name}}} but ${last ? `{{#${last}}} is open` : 'no section is open'}.`);
    }
    used.add(name as Placeholder);
  }
  if (open.length) throw new TemplateError(`${where} never closes the section {{#${open[open.length - 1]}}}.`);
  const rest = text.replace(TAG, '');
  if (rest.includes('{{') || rest.includes('}}'))
    throw new TemplateError(`${where} has a stray "{{" or "}}" that is not a placeholder.`);
  return [...used];
}

const has = (values: TemplateValues, name: string) => (values[name as Placeholder] ?? '').trim() !== '';

function resolveSections(text: string, values: TemplateValues): string {
  return text.replace(SECTION, (_all, mark: string, name: string, inner: string) =>
    has(values, name) === (mark === '#') ? resolveSections(inner, values) : '',
  );
}

/**
 * Fills a checked template: sections whose value is empty disappear (inverted ones show), placeholders with a value are replaced
 * (values are inserted as they are, never read as template syntax), the rest stay as {{name}} and are listed.
 */
export function fillTemplate(text: string, values: TemplateValues): FilledText {
  const unfilled: Placeholder[] = [];
  const body = resolveSections(text.replace(STANDALONE, '$1'), values).replace(TAG, (all, name: string) => {
    if (has(values, name)) return values[name as Placeholder]!.trim();
    if (!unfilled.includes(name as Placeholder)) unfilled.push(name as Placeholder);
    return all;
  });
  const tidy = body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: tidy, unfilled };
}
