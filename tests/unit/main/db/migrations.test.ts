import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations, parseMigrations } from '../../../../electron/main/db/migrations';

describe('parseMigrations', () => {
  it('orders migrations by number whatever the order of the files', () => {
    const list = parseMigrations({
      './migrations/0003_plan.sql': 'C',
      './migrations/0001_app_meta.sql': 'A',
      './migrations/0002_journal.sql': 'B',
    });
    expect(list).toEqual([
      { version: 1, name: 'app_meta', sql: 'A' },
      { version: 2, name: 'journal', sql: 'B' },
      { version: 3, name: 'plan', sql: 'C' },
    ]);
  });

  it('returns nothing for no files', () => {
    expect(parseMigrations({})).toEqual([]);
  });

  it('refuses a gap in the numbers', () => {
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './migrations/0003_c.sql': '' })).toThrow(
      /0*3.*out of sequence/,
    );
  });

  it('refuses a history that does not start at 1', () => {
    expect(() => parseMigrations({ './migrations/0002_b.sql': '' })).toThrow(/out of sequence/);
    expect(() => parseMigrations({ './migrations/0000_zero.sql': '' })).toThrow(/out of sequence/);
  });

  it('refuses two files with the same number', () => {
    expect(() =>
      parseMigrations({ './migrations/0001_a.sql': '', './migrations/0001_b.sql': '', './migrations/0002_c.sql': '' }),
    ).toThrow(/out of sequence/);
  });

  it.each([
    './migrations/1_short.sql',
    './migrations/001_three.sql',
    './migrations/0001-dash.sql',
    './migrations/0001_Upper.sql',
    './migrations/0001_.sql',
    './migrations/0001_name.SQL',
    './migrations/0001_name.sql.bak',
    './migrations/0001_name.txt',
    './migrations/0001_na me.sql',
    './migrations/v0001_init.sql',
    './migrations/10001_init.sql',
    './migrations/backup0001_init.sql',
  ])('refuses the badly named file %j', (file) => {
    expect(() => parseMigrations({ [file]: '' })).toThrow(/not named NNNN_name\.sql/);
  });
});

describe('the app migrations', () => {
  it('are numbered 1..n with no gaps and non-empty SQL', () => {
    expect(migrations.length).toBeGreaterThan(0);
    migrations.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.sql.trim().length).toBeGreaterThan(0);
    });
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('do not manage their own transactions (each is wrapped in one with its bookkeeping row)', () => {
    // BEGIN ... END inside CREATE TRIGGER is fine; a transaction statement is not.
    const transactionStatement =
      /(^|;)\s*(BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?|COMMIT|END\s+TRANSACTION|ROLLBACK|SAVEPOINT|RELEASE)\s*;/im;
    for (const m of migrations) expect(m.sql, `migration ${m.version}`).not.toMatch(transactionStatement);
  });
});
