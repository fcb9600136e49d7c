import type { Draft } from '../../domain/draft/types';
import type { AmountUnit } from '../../domain/money/units';
import { blankTemplate, draftToTemplate } from '../../import/template';
import { downloadFile, safeFileName } from '../../platform/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 下载导入模板: the empty template, or (for an open draft) filled with its current data. */
export async function downloadTemplate(options: { unit: AmountUnit; draft?: Draft; name?: string }): Promise<void> {
  const bytes = options.draft ? await draftToTemplate(options.draft) : await blankTemplate(options.unit);
  const name = options.draft ? `${safeFileName(options.name ?? '草稿')}-导入模板.xlsx` : '部门预算数据导入模板.xlsx';
  downloadFile(name, bytes, XLSX_TYPE);
}
