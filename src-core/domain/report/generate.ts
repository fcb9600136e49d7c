import type { BudgetEngine } from '../engine/budget-engine';
import { explanationSections } from './explanation';
import { ReportFigures } from './figures';
import { glossaryEntries, type StandardTerm } from './glossary';
import { applyNumbering, type Block, type Part, type PartId, type ReportDocument } from './model';
import { profileFor, type ReportProfile } from './profile';
import { paragraph, splitLines, Writer } from './writer';

export interface ReportOptions {
  /** Standard 名词解释 terms (resources/glossary/standard-terms.json); none: only the function 项. */
  standardTerms?: readonly StandardTerm[];
  /** Wording and structure; default: the profile of the engine's layout. */
  profile?: ReportProfile;
}

/**
 * The printed disclosure of the engine's draft under its layout (docs/report.md): cover title,
 * 部门概况, the tables, the 情况说明 (一)…(十), 名词解释 and 联系方式, in the profile's order and
 * wording. Marked 草稿（未通过审核） while error findings remain.
 */
export function generateReport(engine: BudgetEngine, options: ReportOptions = {}): ReportDocument {
  // The head only: the report reads figures from the engine, never the lines (engine.draft copies them all).
  const draft = engine.head;
  const profile = options.profile ?? profileFor(engine.layout);
  const w = new Writer(new ReportFigures(engine), draft, profile);
  const errors = engine.status().errors;

  const build: Record<PartId, () => Block[] | null> = {
    overview: () => overview(w),
    // Titles only: materializing every table would cost more than the rest of the report.
    tables: () =>
      engine
        .tableTitles()
        .map((t) => ({ kind: 'table', tableId: t.id, title: `${t.number ? `${t.number} ` : ''}${t.title}` })),
    explanation: () => explanationSections(w),
    glossary: () =>
      glossaryEntries(options.standardTerms ?? [], w.figures.usedItems(), engine.catalogs).map((e) =>
        paragraph(e.definition, 'arabic', `${e.term}：`),
      ),
    contact: () => {
      const lines = splitLines(draft.text.contact ?? '');
      return lines.length > 0 ? lines.map((l) => paragraph(l)) : null;
    },
  };
  const parts: Part[] = [];
  for (const id of profile.parts) {
    const blocks = build[id]();
    if (!blocks) continue;
    parts.push({
      kind: 'part',
      id,
      label: '',
      title: w.fill(profile.partTitles[id]),
      blocks,
      numbering: profile.unnumberedParts.includes(id) ? null : profile.partNumbering,
    });
  }
  return applyNumbering({
    // The layout's title of the set (“{department}{year}年单位预算”), else “…年{budget}”.
    title: w.fill(engine.layout.title ?? '{department}{year}年{budget}'),
    coverTitle: w.fill('{year}年{budget}'),
    department: draft.department.name,
    shortName: w.subject,
    year: draft.year,
    layoutId: engine.layout.id,
    draftMark: errors > 0,
    errorCount: errors,
    parts,
  });
}

/** 部门概况: 主要职能 (when written), 部门预算单位构成 (typed, or generated from the units), 机构设置及人员情况. */
function overview(w: Writer): Block[] {
  const t = w.profile.overviewTitles;
  const n = w.profile.overviewNumbering;
  const text = w.draft.text;
  const functions = splitLines(text.functions ?? '');
  // 主要职能 not written: nothing is printed (rule R-TEXT asks for it), never a placeholder.
  const blocks: Block[] = [
    ...(functions.length > 0 || w.notes('functions').length > 0
      ? [
          w.section(
            'functions',
            t.functions,
            n,
            functions.map((l) => paragraph(l)),
          ),
        ]
      : []),
    w.section(
      'composition',
      t.composition,
      n,
      splitLines(text.composition ?? '')
        .map((l) => paragraph(l))
        .concat((text.composition ?? '').trim() === '' ? [paragraph(composition(w))] : []),
    ),
  ];
  const staffing = splitLines(text.staffing ?? '');
  if (staffing.length > 0)
    blocks.push(
      w.section(
        'staffing',
        t.staffing,
        n,
        staffing.map((l) => paragraph(l)),
      ),
    );
  return blocks;
}

/** 部门预算单位构成 generated from `units` when the officer wrote none. */
function composition(w: Writer): string {
  const units = w.draft.units;
  const dept = w.draft.department.name;
  const budget = w.budgetName;
  if (units.length <= 1) return `${dept}${budget}仅包括本级预算。`;
  return `${dept}${budget}由${units.length}个预算单位的预算组成，包括：${units.map((u) => u.name).join('、')}。`;
}
