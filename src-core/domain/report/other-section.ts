import { countsOf, sum, type Count } from './asset-counts';
import { inline } from './inline';
import type { Block } from './model';
import { paragraph, section, type Writer } from './writer';

/** (十) 其他重要事项: 机关运行经费, 政府采购, 国有资产占有使用情况, 绩效目标设置情况. */
export function otherSection(w: Writer): { blocks: Block[] } {
  const t = w.profile.subTitles;
  const office = w.figures.metric('officeOperation');
  return {
    blocks: [
      section('other.officeOperation', t.officeOperation, 'arabic', [
        paragraph(
          inline`${w.year}年${w.subject}机关运行经费财政拨款预算${w.amt(office)}${w.compare('officeOperation', office)}。`,
        ),
        ...w.notes('other.officeOperation'),
      ]),
      section('other.procurement', t.procurement, 'arabic', [procurement(w), ...w.notes('other.procurement')]),
      section('other.assets', t.assets, 'arabic', [...assets(w), ...w.notes('other.assets')]),
      section('other.performance', t.performance, 'arabic', [performance(w), ...w.notes('other.performance')]),
    ],
  };
}

function procurement(w: Writer): Block {
  const total = w.figures.metric('procurement');
  if (total === 0) return paragraph(`${w.year}年${w.subject}没有安排政府采购预算。`);
  const kind = (k: string) => w.figures.cell('T12', 'main', 'total', k);
  return paragraph(
    `${w.year}年${w.subject}政府采购预算总额${w.amt(total)}，其中：政府采购货物预算${w.amt(kind('goods'))}、` +
      `政府采购工程预算${w.amt(kind('works'))}、政府采购服务预算${w.amt(kind('services'))}。`,
  );
}

/** “2021-12-31” → “2021年12月31日”. */
function dateText(iso: unknown, fallbackYear: number): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso) : null;
  if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return typeof iso === 'string' && iso.trim() !== '' ? iso.trim() : `${fallbackYear}年12月31日`;
}

/** 国有资产占有使用情况 from `draft.assets` (vehicles, equipment, planned purchases). */
function assets(w: Writer): Block[] {
  const a = w.draft.assets;
  const planned = (a.planned ?? {}) as Record<string, unknown>;
  const vehicles = countsOf(a.vehicles);
  const equipment = countsOf(a.equipment);
  const pVehicles = countsOf(planned.vehicles);
  const pEquipment = countsOf(planned.equipment);
  if (vehicles.length + equipment.length + pVehicles.length + pEquipment.length === 0) {
    return [paragraph(`${w.subject}未填报国有资产占有使用情况。`)];
  }
  const list = (xs: Count[], unit: string, sep: string) => xs.map((x) => `${x.category}${x.count}${unit}`).join(sep);
  let held = '';
  if (vehicles.length > 0)
    held += `截至${dateText(a.asOf, w.priorYear)}，${w.subject}所属各预算单位共有车辆${sum(vehicles)}辆，其中，${list(vehicles, '辆', '、')}。`;
  if (equipment.length > 0) held += `${list(equipment, '台（套）', '，')}。`;
  let plan = '';
  if (pVehicles.length > 0)
    plan += `${w.year}年部门预算安排购置车辆${sum(pVehicles)}辆，其中，${list(pVehicles, '辆', '、')}。`;
  if (pEquipment.length > 0) plan += `${w.year}年部门预算安排购置${list(pEquipment, '台（套）', '，')}。`;
  return [held, plan].filter((x) => x !== '').map((x) => paragraph(x));
}

/** 绩效目标设置情况: projects with a goal or indicators, their 一般公共预算当年拨款, 一级项目 count. */
function performance(w: Writer): Block {
  const targets = w.figures.projectTargets();
  if (targets.count === 0) return paragraph(`${w.year}年${w.subject}没有设置绩效目标的项目。`);
  const counts =
    targets.parents > 0 ? `一级项目${targets.parents}个、二级项目${targets.count}个` : `项目${targets.count}个`;
  return paragraph(
    `${w.year}年${w.subject}${targets.all ? '所有项目均' : `共有${targets.count}个项目`}实行绩效目标管理，` +
      `涉及一般公共预算当年拨款${w.amt(targets.gpb)}，${counts}。`,
  );
}
