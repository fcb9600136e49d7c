import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { blankFinalTemplate, finalDraftToTemplate } from '../../../src-core/import/final-template';
import { saveFile, type SaveOutcome } from '../../platform/files';

/**
 * 下载导入模板 of a 决算 draft: filled with its lines when it has some (edit in Excel, import back),
 * else empty with the draft's units in the 单位 drop-downs. Saved as
 * “{部门}{年度}年度部门决算数据导入模板.xlsx” (desktop: save dialog; browser: download).
 */
export async function downloadFinalTemplate(draft: FinalDraft): Promise<SaveOutcome> {
  const bytes =
    draft.expenses.length > 0 || draft.income.length > 0 || draft.balances.length > 0
      ? await finalDraftToTemplate(draft)
      : await blankFinalTemplate(draft.amountUnit, draft.units);
  return saveFile({
    kind: 'template',
    department: draft.department.name,
    year: draft.year,
    fileName: `${draft.department.name || '部门'}${draft.year}年度部门决算数据导入模板.xlsx`,
    data: bytes,
  });
}
