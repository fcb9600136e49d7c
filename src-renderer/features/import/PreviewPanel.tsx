import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { PreviewSummary } from '../../../src-core/import/import-job';
import type { ImportMode } from '../../../src-core/import/plan-import';
import { RowProblems, RowWarnings } from './RowProblemLists';

const KIND_NAMES = { expenses: '支出明细', units: '单位', income: '收入', projects: '项目' } as const;

interface Props {
  preview: PreviewSummary;
  /** null: a new draft (nothing to replace or append to). */
  mode: ImportMode | null;
  draftLines: number;
  onMode(mode: ImportMode): void;
  skipBad: boolean;
  onSkipBad(skip: boolean): void;
  /** 由支出生成收入 (offered for a file without a 收入 sheet). */
  incomeFromExpenses: boolean;
  onIncomeFromExpenses(on: boolean): void;
}

/** 预览: what will be imported, every refused row with its reason, duplicates, and 替换/追加. */
export function PreviewPanel({
  preview: p,
  mode,
  draftLines,
  onMode,
  skipBad,
  onSkipBad,
  incomeFromExpenses,
  onIncomeFromExpenses,
}: Props) {
  const unit = UNIT_LABEL[p.draftUnit];
  return (
    <section className="import-preview" aria-label="导入预览">
      <h3>预览</h3>
      <p
        className="import-counts"
        data-testid="import-counts"
        data-read-ms={p.timings.readMs}
        data-analyze-ms={p.timings.analyzeMs}
      >
        共 {p.counts.rows} 行数据：<strong className="import-good">可导入 {p.counts.accepted} 行</strong>
        {p.counts.rejected > 0 && (
          <>
            ，<strong className="import-bad">有问题 {p.counts.rejected} 行</strong>
          </>
        )}
        。支出明细 {p.expenseLines} 行，合计 {p.expenseTotal} {unit}
        {p.units > 0 && `；单位 ${p.units} 个`}
        {p.projects > 0 && `；项目 ${p.projects} 个`}
        {p.incomeLines !== null && `；收入 ${p.incomeLines} 行`}。
      </p>
      {p.imported.length > 0 && (
        <ul className="import-sheets">
          {p.imported.map((s) => (
            <li key={s.name}>
              “{s.name}”作为{KIND_NAMES[s.kind]}：{s.rows} 行{s.rejected > 0 ? `，其中 ${s.rejected} 行有问题` : ''}
            </li>
          ))}
        </ul>
      )}
      {p.ignoredSheets.length > 0 && <p className="muted">未导入的工作表：{p.ignoredSheets.join('、')}</p>}
      {p.hiddenSheets.length > 0 && (
        <p className="import-warn" data-testid="import-hidden">
          隐藏的工作表（未导入）：{p.hiddenSheets.join('、')}
        </p>
      )}
      <RowProblems problems={p.problems} count={p.problemCount} />
      {p.duplicateCount > 0 && (
        <p className="import-warn" data-testid="import-duplicates">
          文件中有 {p.duplicateCount} 行与前面的行完全相同：
          {p.duplicates
            .slice(0, 10)
            .map((d) => `第 ${d.row} 行同第 ${d.firstRow} 行`)
            .join('，')}
          {p.duplicateCount > 10 ? '……' : ''}。请确认不是重复录入。
        </p>
      )}
      <RowWarnings warnings={p.warnings} count={p.warningCount} />
      {mode !== null && (
        <fieldset className="import-mode">
          <legend>导入方式（草稿现有 {draftLines} 行支出）</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} />{' '}
            替换：用文件中的支出明细（及收入）替换草稿中的
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'append'} onChange={() => onMode('append')} />{' '}
            追加：加在草稿已有的行之后
          </label>
          {mode === 'append' && p.alreadyInDraftCount > 0 && (
            <p className="import-warn" data-testid="import-already">
              有 {p.alreadyInDraftCount} 行与草稿中已有的支出完全相同（如第 {p.alreadyInDraft.slice(0, 5).join('、')}{' '}
              行），追加后会重复。
            </p>
          )}
        </fieldset>
      )}
      {p.incomeLines === null && p.expenseLines > 0 && (
        <label className="import-income" data-testid="import-income-from-expenses">
          <input
            type="checkbox"
            checked={incomeFromExpenses}
            onChange={(e) => onIncomeFromExpenses(e.target.checked)}
          />{' '}
          由支出生成收入：文件中没有收入表，按“单位 × 资金来源（含上年结转）”汇总支出，作为收入（收入 = 支出
          {mode === null ? '' : '；替换草稿现有的收入'}）。导入后作为单独一步完成，按 Ctrl+Z 可只撤销生成的收入
        </label>
      )}
      {p.problemCount > 0 && p.counts.accepted > 0 && !p.blocking && (
        <label className="import-skip">
          <input type="checkbox" checked={skipBad} onChange={(e) => onSkipBad(e.target.checked)} />
          跳过有问题的 {p.counts.rejected} 行，只导入其余 {p.counts.accepted} 行
        </label>
      )}
    </section>
  );
}
