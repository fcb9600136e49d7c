import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DATA_FOLDER, userDataDir } from '../../../src-main/main/user-data';

describe('userDataDir', () => {
  it('pins the data folder to a fixed ASCII name, whatever the product is called', () => {
    expect(USER_DATA_FOLDER).toBe('BudgetDisclosure');
    expect(userDataDir('/home/officer/.config')).toBe(join('/home/officer/.config', 'BudgetDisclosure'));
    expect(USER_DATA_FOLDER).toMatch(/^[A-Za-z]+$/);
  });

  it('keeps the dev build out of the officers’ data', () => {
    expect(userDataDir('/home/officer/.config', true)).toBe(join('/home/officer/.config', 'BudgetDisclosure-dev'));
  });
});
