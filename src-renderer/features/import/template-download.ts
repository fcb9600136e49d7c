import type { Draft } from '../../../src-core/domain/draft/types';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { blankTemplate, draftToTemplate } from '../../../src-core/import/template';
import { unnamedTemplateFileName } from '../../../src-core/import/template-name';
import { saveFile, type SaveOutcome } from '../../platform';

/**
 * 下载导入模板: the empty template, or (for an open draft) filled with its current data, saved
 * through the platform (desktop: save dialog “{部门}{年度}年部门预算数据导入模板.xlsx”; browser: download).
 */
export async function downloadTemplate(options: {
  unit: AmountUnit;
  draft?: Draft;
  /** The draft's units, offered in the template's 单位 drop-downs. */
  units?: Draft['units'];
  department: string;
  year: number;
}): Promise<SaveOutcome> {
  const bytes = options.draft
    ? await draftToTemplate(options.draft)
    : await blankTemplate(options.unit, options.units ?? []);
  return saveFile({
    kind: 'template',
    department: options.department,
    year: options.year,
    // A new draft's department has no name yet: “部门预算导入模板_2027.xlsx”, not “未命名部门2027年…”.
    fileName: unnamedTemplateFileName(options.department, options.year),
    data: bytes,
  });
}
