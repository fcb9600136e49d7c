import { inline } from './inline';
import type { Block, Section } from './model';
import { printsZero } from './numbers';
import { assetParagraphs } from './assets-paragraphs';
import { paragraph, section, type Writer } from './writer';

/**
 * (十) 其他重要事项: 机关运行经费, 政府采购, 国有资产占有使用情况, 绩效目标设置情况. The 国有资产 part is
 * left out while the draft has no asset facts (rule R-ASSETS asks for them) and no note for it.
 */
export function otherSection(w: Writer): { blocks: Block[] } {
  const t = w.profile.subTitles;
  const office = w.figures.metric('officeOperation');
  const officeText = printsZero(office)
    ? inline`${w.year}年${w.subject}没有安排机关运行经费财政拨款预算${w.compare('officeOperation', office)}。`
    : inline`${w.year}年${w.subject}机关运行经费财政拨款预算${w.amt(office)}${w.compare('officeOperation', office)}。`;
  const assets = [...assetParagraphs(w), ...w.notes('other.assets')];
  const sections: Section[] = [
    section('other.officeOperation', t.officeOperation, 'arabic', [
      paragraph(officeText),
      ...w.notes('other.officeOperation'),
    ]),
    section('other.procurement', t.procurement, 'arabic', [procurement(w), ...w.notes('other.procurement')]),
    ...(assets.length > 0 ? [section('other.assets', t.assets, 'arabic', assets)] : []),
    section('other.performance', t.performance, 'arabic', [performance(w), ...w.notes('other.performance')]),
  ];
  return { blocks: sections };
}

/** 政府采购: the total and its non-zero kinds (货物, 工程, 服务). */
function procurement(w: Writer): Block {
  const total = w.figures.metric('procurement');
  if (printsZero(total)) return paragraph(`${w.year}年${w.subject}没有安排政府采购预算。`);
  const kinds = (
    [
      ['goods', '政府采购货物预算'],
      ['works', '政府采购工程预算'],
      ['services', '政府采购服务预算'],
    ] as const
  )
    .map(([key, name]) => ({ name, cents: w.figures.cell('T12', 'main', 'total', key) }))
    .filter((k) => !printsZero(k.cents));
  const list = kinds.map((k) => `${k.name}${w.amt(k.cents)}`).join('、');
  return paragraph(`${w.year}年${w.subject}政府采购预算总额${w.amt(total)}${list ? `，其中：${list}` : ''}。`);
}

/** 绩效目标设置情况: projects with a goal or indicators, their 一般公共预算当年拨款, 一级项目 count. */
function performance(w: Writer): Block {
  const targets = w.figures.projectTargets();
  if (targets.count === 0) return paragraph(`${w.year}年${w.subject}没有设置绩效目标的项目。`);
  const counts =
    targets.parents > 0 ? `一级项目${targets.parents}个、二级项目${targets.count}个` : `项目${targets.count}个`;
  const money = printsZero(targets.gpb) ? '' : `涉及一般公共预算当年拨款${w.amt(targets.gpb)}，`;
  return paragraph(
    `${w.year}年${w.subject}${targets.all ? '所有项目均' : `共有${targets.count}个项目`}实行绩效目标管理，${money}${counts}。`,
  );
}
