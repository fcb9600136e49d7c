import { barChart } from './charts';
import type { Block } from './model';
import { sentence } from './numbers';
import { clause, paragraph, section, type Writer } from './writer';

/** (七) 政府性基金预算支出 (T08) / (八) 国有资本经营预算支出 (T09): amounts, or the “没有使用…” sentence. */
export function fundSection(w: Writer, fund: 'gf' | 'soc'): { blocks: Block[]; empty?: boolean } {
  const table = fund === 'gf' ? 'T08' : 'T09';
  const name = fund === 'gf' ? '政府性基金预算拨款' : '国有资本经营预算拨款';
  const total = w.f.section(table, 'main')
    ? w.f.cell(table, 'main', 'total', 'total')
    : w.f.ctx.auxGroupRows('units').reduce((a, r) => a + w.f.ctx.aux('units', r.key, `out|${fund}|0`), 0);
  if (total === 0) return { blocks: [paragraph(`${w.s}${w.year}年没有使用${name}安排的支出。`)], empty: true };
  const classes = w.f.tableCodes(table, 'main', 3, 'total').map((c) => `${c.name}${w.amt(c.cents)}`);
  return {
    blocks: [
      paragraph(
        `${w.s}${w.year}年使用${name}安排的支出${w.amt(total)}${classes.length > 0 ? `，包括：${classes.join('、')}` : ''}。`,
      ),
    ],
  };
}

/** (九) “三公”经费: total and comparison; 因公出国（境）费、公务接待费、公务用车购置及运行维护费. */
export function threeSection(w: Writer): { blocks: Block[] } {
  const m = (k: string) => w.f.metric(k);
  const p = w.profile.threePurposes;
  /** The purpose sentence of an item: the officer's, else the profile's standard wording. */
  const purpose = (key: keyof typeof p) => w.purposeSlot(key, sentence(w.purpose(key)), sentence(p[key]));
  const planned = countsOf((w.draft.assets.planned as Record<string, unknown> | undefined)?.vehicles);
  const purchasePurpose = w.purposeSlot(
    'vehiclePurchase',
    clause(w.purpose('vehiclePurchase')),
    clause(planned.length > 0 ? `主要用于经批准购置的${sum(planned)}辆公务用车` : p.vehiclePurchase),
  );
  const vehicle = m('vehiclePurchase') + m('vehicleOperation');
  const blocks: Block[] = [
    paragraph(`${w.s}${w.year}年“三公”经费预算数为${w.amt(m('threeTotal'))}${w.compare('threeTotal')}，具体如下：`),
    paragraph(
      `${w.year}年安排因公出国（境）费用预算${w.amt(m('abroad'))}${w.compare('abroad')}。${purpose('abroad')}`,
      'arabic',
      '因公出国（境）费用：',
    ),
    paragraph(
      `${w.year}年安排公务接待费预算${w.amt(m('reception'))}${w.compare('reception')}。${purpose('reception')}`,
      'arabic',
      '公务接待费：',
    ),
    paragraph(
      `${w.year}年安排公务用车购置及运行维护费预算${w.amt(vehicle)}${w.compare('vehicle', vehicle)}。` +
        `其中，公务用车购置支出${w.amt(m('vehiclePurchase'))}（含购置税等附加费用）${w.compare('vehiclePurchase')}，${purchasePurpose}；` +
        `公务用车运行维护费支出${w.amt(m('vehicleOperation'))}${w.compare('vehicleOperation')}，${w.purposeSlot('vehicleOperation', clause(w.purpose('vehicleOperation')), clause(p.vehicleOperation))}。`,
      'arabic',
      '公务用车购置及运行维护费：',
    ),
  ];
  const prior = w.f.prior('threeTotal');
  const basis = prior?.basis === 'actual' ? '执行数' : '预算数';
  const priorOf = (k: string) => w.f.prior(k)?.cents ?? null;
  blocks.push({
    kind: 'chart',
    chart: barChart(
      'three',
      `${w.s}${w.year}年“三公”经费预算情况（单位：万元）`,
      [`${w.priorYear}年${basis}`, `${w.year}年预算数`],
      [
        { name: '“三公”经费合计', now: m('threeTotal'), prior: priorOf('threeTotal') },
        { name: '因公出国（境）费', now: m('abroad'), prior: priorOf('abroad') },
        { name: '公务接待费', now: m('reception'), prior: priorOf('reception') },
        { name: '公务用车购置费', now: m('vehiclePurchase'), prior: priorOf('vehiclePurchase') },
        { name: '公务用车运行维护费', now: m('vehicleOperation'), prior: priorOf('vehicleOperation') },
      ],
      w.profile.fixedDecimals,
    ),
  });
  return { blocks };
}

/** (十) 其他重要事项: 机关运行经费, 政府采购, 国有资产占有使用情况, 绩效目标设置情况. */
export function otherSection(w: Writer): { blocks: Block[] } {
  const t = w.profile.subTitles;
  const office = w.f.metric('officeOperation');
  return {
    blocks: [
      section('other.officeOperation', t.officeOperation, 'arabic', [
        paragraph(`${w.year}年${w.s}机关运行经费财政拨款预算${w.amt(office)}${w.compare('officeOperation', office)}。`),
        ...w.notes('other.officeOperation'),
      ]),
      section('other.procurement', t.procurement, 'arabic', [procurement(w), ...w.notes('other.procurement')]),
      section('other.assets', t.assets, 'arabic', [...assets(w), ...w.notes('other.assets')]),
      section('other.performance', t.performance, 'arabic', [performance(w), ...w.notes('other.performance')]),
    ],
  };
}

function procurement(w: Writer): Block {
  const total = w.f.metric('procurement');
  if (total === 0) return paragraph(`${w.year}年${w.s}没有安排政府采购预算。`);
  const kind = (k: string) => w.f.cell('T12', 'main', 'total', k);
  return paragraph(
    `${w.year}年${w.s}政府采购预算总额${w.amt(total)}，其中：政府采购货物预算${w.amt(kind('goods'))}、` +
      `政府采购工程预算${w.amt(kind('works'))}、政府采购服务预算${w.amt(kind('services'))}。`,
  );
}

interface Count {
  category: string;
  count: number;
}

/** `[{ category, count }]` from the free-form assets object; anything else is skipped. */
function countsOf(value: unknown): Count[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((x: unknown) => {
    const o = (x ?? {}) as Record<string, unknown>;
    const count =
      typeof o.count === 'number'
        ? o.count
        : typeof o.count === 'string' && /^\d+$/.test(o.count)
          ? Number(o.count)
          : null;
    return typeof o.category === 'string' && count !== null ? [{ category: o.category, count }] : [];
  });
}

const sum = (xs: readonly Count[]) => xs.reduce((a, x) => a + x.count, 0);

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
    return [paragraph(`${w.s}未填报国有资产占有使用情况。`)];
  }
  const list = (xs: Count[], unit: string, sep: string) => xs.map((x) => `${x.category}${x.count}${unit}`).join(sep);
  let held = '';
  if (vehicles.length > 0)
    held += `截至${dateText(a.asOf, w.priorYear)}，${w.s}所属各预算单位共有车辆${sum(vehicles)}辆，其中，${list(vehicles, '辆', '、')}。`;
  if (equipment.length > 0) held += `${list(equipment, '台（套）', '，')}。`;
  let plan = '';
  if (pVehicles.length > 0)
    plan += `${w.year}年部门预算安排购置车辆${sum(pVehicles)}辆，其中，${list(pVehicles, '辆', '、')}。`;
  if (pEquipment.length > 0) plan += `${w.year}年部门预算安排购置${list(pEquipment, '台（套）', '，')}。`;
  return [held, plan].filter((x) => x !== '').map((x) => paragraph(x));
}

/** 绩效目标设置情况: projects with a goal or indicators, their 一般公共预算当年拨款, 一级项目 count. */
function performance(w: Writer): Block {
  const projects = w.draft.projects;
  const withTargets = projects.filter((p) => (p.goal ?? '').trim() !== '' || p.indicators.length > 0);
  if (withTargets.length === 0) return paragraph(`${w.year}年${w.s}没有设置绩效目标的项目。`);
  const gpb = withTargets.reduce((a, p) => a + w.f.ctx.aux('projects', `project:${p.code}`, 'gpb'), 0);
  const parents = new Set(withTargets.map((p) => (p.parent ?? '').trim()).filter((x) => x !== ''));
  const all = withTargets.length === projects.length;
  const counts =
    parents.size > 0 ? `一级项目${parents.size}个、二级项目${withTargets.length}个` : `项目${withTargets.length}个`;
  return paragraph(
    `${w.year}年${w.s}${all ? '所有项目均' : `共有${withTargets.length}个项目`}实行绩效目标管理，` +
      `涉及一般公共预算当年拨款${w.amt(gpb)}，${counts}。`,
  );
}
