import type { Handlers } from '../ipc/router';
import type { BankService } from './bank-service';

/** The question bank's routes. */
export function bankRoutes(bank: BankService): Handlers {
  return {
    'bank:list': ({ query, category, limit, offset }) => bank.list(query, category, limit, offset),
    'bank:add': (input) => bank.add(input),
    'bank:previewImport': ({ format, content }) => bank.preview(format, content),
    'bank:import': ({ format, content }) => bank.import(format, content),
  };
}
