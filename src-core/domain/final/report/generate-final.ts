import { glossaryEntries, type StandardTerm } from '../../report/glossary';
import { applyNumbering, type Block, type Part, type ReportDocument } from '../../report/model';
import { paragraph, section, splitLines } from '../../report/writer';
import type { FinalEngine } from '../final-engine';
import { FinalFigures } from './final-figures';
import { FINAL_TERMS } from './final-terms';
import { FinalWriter } from './final-writer';
import { fundSections } from './fund-sections';
import { gpbSections } from './gpb-sections';
import { otherSections } from './other-sections';
import { overallSections } from './overall-sections';
import { orderReportSections } from './section-order';
import { threeSection } from './three-section';

export interface FinalReportOptions {
  /** Decimals of every percentage in the document (one precision per document); 1 by default, as the 黄陂 决算. */
  percentDecimals?: number;
  /** The 名词解释 terms before the function 项 used; the 决算 terms (final-terms.ts) by default. */
  terms?: readonly StandardTerm[];
}

/**
 * The printed 决算 (docs/final-accounts.md “The printed 情况说明”) of the engine's draft as the same
 * model the budget report uses (src-core/domain/report/model.ts), so the same renderer prints it:
 * 第一部分 概况 (部门主要职责, 机构设置), 第二部分 the published tables F01–F09, 第三部分 the 情况说明
 * in 13 sections with 图1–4 (in the layout's `reportSections` order, section-order.ts), 第四部分 重点工作完成情况, 第五部分 名词解释. Every figure is read from
 * the engine (final-figures.ts); marked 草稿（未通过审核） while error findings remain.
 */
export function generateFinalReport(engine: FinalEngine, options: FinalReportOptions = {}): ReportDocument {
  const figures = new FinalFigures(engine);
  const w = new FinalWriter(figures, options.percentDecimals ?? 1);
  const draft = engine.head;
  const dept = draft.department.name;
  const errors = engine.status().errors;
  const part = (id: Part['id'], title: string, blocks: Block[]): Part => ({
    kind: 'part',
    id,
    numbering: 'part',
    label: '',
    title,
    blocks,
  });
  const parts: Part[] = [
    part('overview', `${dept}概况`, overview(w)),
    part(
      'tables',
      `${dept}${draft.year}年度部门决算表`,
      figures
        .tables()
        .map((t) => ({ kind: 'table', tableId: t.id, title: `${t.number ? `${t.number} ` : ''}${t.title}` })),
    ),
    part(
      'explanation',
      `${dept}${draft.year}年度部门决算情况说明`,
      orderReportSections(
        [...overallSections(w), ...gpbSections(w), ...fundSections(w), threeSection(w), ...otherSections(w)],
        engine.layout.reportSections,
      ),
    ),
    part('achievements', `${draft.year}年重点工作完成情况`, achievements(w)),
    part('glossary', '名词解释', glossary(w, options.terms ?? FINAL_TERMS)),
  ];
  return applyNumbering({
    title: `${dept}${draft.year}年度部门决算`,
    coverTitle: `${draft.year}年度部门决算`,
    department: dept,
    shortName: draft.department.shortName || dept,
    year: draft.year,
    layoutId: engine.layout.id,
    draftMark: errors > 0,
    errorCount: errors,
    parts,
  });
}

/** 一、部门主要职责 (`text.functions`) · 二、机构设置情况 (`text.composition`, `text.staffing`, or from the units). */
function overview(w: FinalWriter): Block[] {
  const text = w.figures.draft.text;
  const functions = splitLines(text.functions ?? '');
  const setup = [...splitLines(text.composition ?? ''), ...splitLines(text.staffing ?? '')];
  const units = w.figures.draft.units;
  if (setup.length === 0)
    setup.push(
      units.length <= 1
        ? `${w.name}部门决算仅包括本级决算。`
        : `${w.name}部门决算由${units.length}个单位的决算组成，包括：${units.map((u) => u.name).join('、')}。`,
    );
  return [
    section(
      'final.functions',
      '部门主要职责',
      'cn',
      functions.length > 0 ? functions.map((l) => paragraph(l)) : [paragraph('（未填写部门主要职责）')],
      functions.length === 0,
    ),
    section(
      'final.composition',
      '机构设置情况',
      'cn',
      setup.map((l) => paragraph(l)),
    ),
  ];
}

/** 重点工作完成情况 (`text.achievements`), one paragraph per line, as the officer wrote it. */
function achievements(w: FinalWriter): Block[] {
  const lines = splitLines(w.figures.draft.text.achievements ?? '');
  return lines.length > 0 ? lines.map((l) => paragraph(l)) : [paragraph('（未填写重点工作完成情况）')];
}

/** 名词解释: the 决算 terms, then the function 项 this draft spends on (as 公开03表 lists them). */
function glossary(w: FinalWriter, terms: readonly StandardTerm[]): Block[] {
  const f = w.figures;
  const used = f
    .codeRows('F03', 'fn:', 7)
    .map((r) => r.code)
    .sort();
  const items = glossaryEntries([], used, f.engine.catalogs);
  const blocks: Block[] = terms.map((t) => paragraph(t.definition, 'paren-cn', `${t.term}：`));
  // A run-in heading, not a section: the 目录 lists the parts' sections, not the terms.
  if (items.length > 0)
    blocks.push(
      paragraph('', 'paren-cn', '本部门使用的支出功能分类科目（到项级）'),
      ...items.map((e) => paragraph(e.definition, 'arabic', `${e.term}：`)),
    );
  return blocks;
}
