// The main process's room rule (eslint.config.js) run for real: a domain reaches another only through its face.
import { describe, expect, it } from 'vitest';
import { boundaryErrors } from './boundary-errors';

// ESLint loads its whole config on the first lint: seconds on a busy machine, so these tests get room.
describe('main-process boundaries', { timeout: 60_000 }, () => {
  it("lets a domain import another domain's face, its own files, db/, ipc/, security/ and the contract", async () => {
    const code = [
      "import type { SettingsService } from '../settings/settings-domain';",
      "import { statementCache } from '../db/statement-cache';",
      "import type { Handlers } from '../ipc/router';",
      "import { isAllowedExternalUrl } from '../security/external-urls';",
      "import { dueListSchema } from '../../shared/followups-schemas';",
      "import { createFollowupRepo } from './followup-repo';",
      'export const used = [statementCache, isAllowedExternalUrl, dueListSchema, createFollowupRepo] as const;',
      'export type S = [SettingsService, Handlers];',
    ].join('\n');
    expect(await boundaryErrors('electron/main/followups/probe.ts', code)).toEqual([]);
    const nested = "import { FILLERS } from '../../practice/practice-domain';\nexport const f = FILLERS;";
    expect(await boundaryErrors('electron/main/speech/analysis/probe.ts', nested)).toEqual([]);
  });

  it("refuses a domain reaching into another domain's files, from any depth", async () => {
    const direct = "import { createBankRepo } from '../bank/bank-repo';\nexport const r = createBankRepo;";
    expect(await boundaryErrors('electron/main/journal/probe.ts', direct)).toEqual([
      expect.stringContaining("only through its face ('../<domain>/<domain>-domain')"),
    ]);
    const nested = "import { words } from '../../practice/answer-analysis';\nexport const w = words;";
    expect(await boundaryErrors('electron/main/speech/analysis/probe.ts', nested)).toEqual([
      expect.stringContaining('only through its face'),
    ]);
    const wrongFace = "import { createBankDomain } from '../bank/journal-domain';\nexport const b = createBankDomain;";
    expect(await boundaryErrors('electron/main/plan/probe.ts', wrongFace)).toHaveLength(1);
  });

  it('lets the composition root take faces, the shell and Electron adapters, but no other inner file', async () => {
    const allowed = [
      "import { createBankDomain } from './bank/bank-domain';",
      "import { menuTemplate } from './app/menu';",
      "import { electronPdfWriter } from './plan/plan-pdf-electron';",
      "import { openDatabase } from './db/open-database';",
      'export const used = [createBankDomain, menuTemplate, electronPdfWriter, openDatabase] as const;',
    ].join('\n');
    expect(await boundaryErrors('electron/main/core.ts', allowed)).toEqual([]);
    const inner = "import { bankRoutes } from './bank/bank-routes';\nexport const r = bankRoutes;";
    expect(await boundaryErrors('electron/main/core.ts', inner)).toEqual([expect.stringContaining('only through its face')]);
  });

  it('refuses db/, ipc/ and security/ importing any domain', async () => {
    const code = "import type { BankRepo } from '../bank/bank-domain';\nexport type R = BankRepo;";
    expect(await boundaryErrors('electron/main/db/probe.ts', code)).toEqual([
      expect.stringContaining('serve every domain and import none of them'),
    ]);
    const service = "import { statementCache } from '../db/statement-cache';\nexport const s = statementCache;";
    expect(await boundaryErrors('electron/main/ipc/probe.ts', service)).toEqual([]);
  });
});
