import { countsOf, sum } from '../../report/asset-counts';
import { concatInline, inline } from '../../report/inline';
import type { Block } from '../../report/model';
import { paragraph, section, splitLines } from '../../report/writer';
import type { FinalWriter } from './final-writer';

/** 十 机关运行经费 · 十一 政府采购 · 十二 国有资产占用 · 十三 预算绩效. */
export function otherSections(w: FinalWriter): Block[] {
  return [officeOperation(w), procurement(w), assets(w), performance(w)];
}

function officeOperation(w: FinalWriter): Block {
  const f = w.figures;
  const id = 'final.officeOperation';
  const title = '机关运行经费支出说明';
  const spent = f.metric('officeOperation');
  const administrative = f.draft.units.some((u) => u.type === 'admin' || u.type === 'civil');
  if (spent === 0 && !administrative)
    return section(
      id,
      title,
      'cn',
      [paragraph(`本单位为不参照公务员法管理的事业单位，${w.year}年度无机关运行经费支出。`)],
      true,
    );
  const prior = w.priorOf('officeOperation', spent);
  return section(id, title, 'cn', [
    paragraph(
      concatInline(
        `${w.year}年度${w.name}机关运行经费支出${w.amt(spent)}`,
        prior ? inline`，${w.compare('机关运行经费', spent, prior)}` : [],
        '。',
      ),
    ),
  ]);
}

function procurement(w: FinalWriter): Block {
  const f = w.figures;
  const id = 'final.procurement';
  const title = '政府采购支出说明';
  const total = f.metric('procurement');
  if (total === 0) return section(id, title, 'cn', [paragraph(`本单位${w.year}年度无政府采购支出。`)], true);
  const p = f.procurement();
  const sme =
    p.sme !== 0 ? `授予中小企业合同金额${w.amt(p.sme)}，占政府采购支出总额的${w.ratio(p.sme, total) ?? ''}。` : '';
  return section(id, title, 'cn', [
    paragraph(
      `${w.year}年度${w.name}政府采购支出总额${w.amt(total)}，其中：政府采购货物支出${w.amt(p.goods)}、` +
        `政府采购工程支出${w.amt(p.works)}、政府采购服务支出${w.amt(p.services)}。${sme}`,
    ),
  ]);
}

/** “2024-12-31” → “2024年12月31日”; 12-31 of the year when the draft gives no date. */
function asOfText(iso: unknown, year: number): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${year}年12月31日`;
}

function assets(w: FinalWriter): Block {
  const a = w.figures.draft.assets;
  const id = 'final.assets';
  const title = '国有资产占用情况说明';
  // Nothing recorded is not “0辆”: the section says so instead of printing counts nobody gave.
  if (!Array.isArray(a.vehicles) && !Array.isArray(a.equipment))
    return section(id, title, 'cn', [paragraph(`${w.name}未填报国有资产占用情况。`)], true);
  const vehicles = countsOf(a.vehicles);
  const equipment = countsOf(a.equipment);
  const held: string[] = [];
  if (Array.isArray(a.vehicles))
    held.push(
      sum(vehicles) > 0
        ? `共有车辆${sum(vehicles)}辆，其中：${vehicles.map((v) => `${v.category}${v.count}辆`).join('、')}`
        : '共有车辆0辆',
    );
  held.push(...equipment.map((e) => `${e.category}${e.count}台（套）`));
  return section(id, title, 'cn', [paragraph(`截至${asOfText(a.asOf, w.year)}，${w.name}${held.join('；')}。`)]);
}

const PERFORMANCE = [
  ['management', '预算绩效管理工作开展情况'],
  ['overall', '部门（单位）整体支出自评结果'],
  ['projects', '项目支出自评结果'],
  ['application', '绩效自评结果应用情况'],
] as const;

function performance(w: FinalWriter): Block {
  const texts = w.figures.draft.text.performance ?? {};
  return section(
    'final.performance',
    '预算绩效情况说明',
    'cn',
    PERFORMANCE.map(([key, title]) => {
      const lines = splitLines(texts[key] ?? '');
      return section(
        `final.performance.${key}`,
        title,
        'paren-cn',
        lines.length > 0 ? lines.map((l) => paragraph(l)) : [paragraph(`（未填写${title}）`)],
        lines.length === 0,
      );
    }),
  );
}
