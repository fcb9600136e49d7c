import type { AmountUnit } from '../../../src-core/domain/money/units';
import type { SheetMappingView } from '../../../src-core/import/import-job';
import { columnLetter, fieldsOf, type AnySheetKind, type SheetKind } from '../../../src-core/import/mapping';
import { toChoice, type SavedMapping } from './mapping-memory';

const KIND_NAMES: Record<SheetKind, string> = { expenses: '支出明细', units: '单位', income: '收入', projects: '项目' };

/** What the panel shows of a sheet: the 预算 import's SheetMappingView, or the 决算's (final-import). */
export type MappingSheetView<K extends AnySheetKind = SheetKind> = Omit<
  SheetMappingView,
  'kind' | 'chosen' | 'signature'
> & { kind: K | null };

/** The officer's choice for a sheet: its kind (null: not imported), columns, amount unit. */
export interface MappingChoice<K extends AnySheetKind = SheetKind> {
  kind?: K | null;
  columns?: Record<string, number | null>;
  amountUnit?: AmountUnit;
}

interface Props<K extends AnySheetKind> {
  sheets: MappingSheetView<K>[];
  choices: Record<string, MappingChoice<K>>;
  busy: boolean;
  onChange(sheet: string, choice: MappingChoice<K>): void;
  /** The kinds a sheet can be taken for, with their names (default: the 预算 import's). */
  kindNames?: Record<K, string>;
  /** 列对应 saved for a file with the same headers (mapping-memory.ts, 预算 only), by sheet name: offered, not applied. */
  saved?: Record<string, SavedMapping>;
}

/**
 * 列对应: what each sheet is and which column holds which field. Recognised headers come
 * preselected; the officer can change every one. Sheets whose required columns were not all
 * found are opened for the officer to complete.
 */
export function MappingPanel<K extends AnySheetKind = SheetKind>({
  sheets,
  choices,
  busy,
  onChange,
  kindNames = KIND_NAMES as Record<K, string>,
  saved = {},
}: Props<K>) {
  return (
    <section className="import-mapping" aria-label="列对应">
      <h3>工作表与列对应</h3>
      {sheets.map((s) => (
        <SheetMapping
          key={s.name}
          sheet={s}
          choice={choices[s.name] ?? {}}
          busy={busy}
          onChange={(c) => onChange(s.name, c)}
          kindNames={kindNames}
          saved={saved[s.name]}
        />
      ))}
    </section>
  );
}

function SheetMapping<K extends AnySheetKind>({
  sheet,
  choice,
  busy,
  onChange,
  kindNames,
  saved,
}: {
  sheet: MappingSheetView<K>;
  choice: MappingChoice<K>;
  busy: boolean;
  onChange(c: MappingChoice<K>): void;
  kindNames: Record<K, string>;
  saved?: SavedMapping;
}) {
  // Other systems' columns (项目类别, 资金性质 …) are listed only when the file has them.
  const fields = sheet.kind ? fieldsOf(sheet.kind).filter((f) => !f.foreign || sheet.columns[f.key] !== undefined) : [];
  const incomplete = sheet.missing.length > 0;
  const setKind = (value: string) => onChange({ kind: value === '' ? null : (value as K) });
  const setColumn = (field: string, value: string) =>
    onChange({
      ...choice,
      kind: sheet.kind,
      columns: { ...(choice.columns ?? {}), [field]: value === '' ? null : Number(value) },
    });
  const setUnit = (value: string) =>
    onChange({ ...choice, kind: sheet.kind, amountUnit: value === '' ? undefined : (value as AmountUnit) });
  return (
    <details
      className={incomplete ? 'import-sheet incomplete' : 'import-sheet'}
      open={incomplete || undefined}
      data-testid={`mapping-${sheet.name}`}
    >
      <summary>
        <strong>工作表“{sheet.name}”</strong>
        {sheet.hidden && <span className="import-warn">（隐藏的工作表，选择“作为”后才导入）</span>}
        <span className="muted">{sheet.rowCount} 行</span>
        <label onClick={(e) => e.stopPropagation()}>
          作为
          <select
            value={sheet.kind ?? ''}
            disabled={busy}
            onChange={(e) => setKind(e.target.value)}
            aria-label={`工作表“${sheet.name}”的内容`}
          >
            {(Object.keys(kindNames) as K[]).map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
            <option value="">不导入</option>
          </select>
        </label>
        {sheet.kind &&
          (sheet.blocked ? (
            <span className="import-bad">{sheet.blocked}</span>
          ) : incomplete ? (
            <span className="import-bad">缺少：{sheet.missing.join('、')}，请指定</span>
          ) : (
            <span className="import-good">各列已对应（第 {sheet.headerRow} 行为表头）</span>
          ))}
      </summary>
      {saved && (
        <p className="import-saved" data-testid={`saved-mapping-${sheet.name}`}>
          表头与 {saved.savedAt.slice(0, 10)} 导入的“{saved.fileName}”相同。
          <button type="button" disabled={busy} onClick={() => onChange(toChoice(saved) as MappingChoice<K>)}>
            套用上次的列对应
          </button>
        </p>
      )}
      {sheet.kind && <RecognisedColumns sheet={sheet} />}
      {sheet.kind && (
        <div className="import-columns">
          {fields.map((f) => (
            <label key={f.key}>
              <span>
                {f.label}
                {f.required && <em title="必需">*</em>}
              </span>
              <select
                value={sheet.columns[f.key] ?? ''}
                disabled={busy}
                onChange={(e) => setColumn(f.key, e.target.value)}
                aria-label={`${sheet.name}：${f.label}`}
              >
                <option value="">（无）</option>
                {sheet.headers.map((h, i) => (
                  <option key={i} value={i}>
                    {columnLetter(i)} 列{h ? `：${h}` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {fields.some((f) => f.key === 'amount') && (
            <label>
              <span>金额单位</span>
              <select value={choice.amountUnit ?? ''} disabled={busy} onChange={(e) => setUnit(e.target.value)}>
                <option value="">
                  {sheet.amountUnit ? `按文件（${sheet.amountUnit === 'yuan' ? '元' : '万元'}）` : '与草稿相同'}
                </option>
                <option value="yuan">元</option>
                <option value="wanyuan">万元</option>
              </select>
            </label>
          )}
        </div>
      )}
    </details>
  );
}

/**
 * Which header each column was taken from, and as what: the field (支出类型 from 项目类别, 资金来源
 * from 资金性质 …), each fund column of the wide shape with the source it is read as, and the
 * columns shown for reference only.
 */
function RecognisedColumns({ sheet }: { sheet: MappingSheetView<AnySheetKind> }) {
  const fields = sheet.kind ? fieldsOf(sheet.kind) : [];
  const items: { column: number; text: string }[] = [];
  for (const f of fields) {
    const col = sheet.columns[f.key];
    if (col === undefined) continue;
    const as =
      f.foreign === 'reference'
        ? '仅供核对，不导入'
        : f.key === 'category'
          ? '支出类型（人员类→人员经费，运转类→公用经费或项目支出，特定目标类→项目支出）'
          : f.key === 'subCategory'
            ? '区分运转类项目的公用经费与其他运转类'
            : f.key === 'fundNature'
              ? '资金来源（与“资金来源”列一起确定来源和是否上年结转）'
              : f.key === 'amount' && sheet.funds
                ? '合计（核对：应等于各资金列之和）'
                : f.label;
    items.push({ column: col, text: `${columnLetter(col)} 列“${sheet.headers[col] ?? ''}” → ${as}` });
  }
  for (const fund of sheet.funds ?? [])
    items.push({ column: fund.column, text: `${columnLetter(fund.column)} 列“${fund.header}” → 金额：${fund.label}` });
  if (items.length === 0) return null;
  items.sort((a, b) => a.column - b.column);
  return (
    <div className="import-recognised" data-testid={`recognised-${sheet.name}`}>
      <span className="muted">按表头识别（第 {sheet.headerRow} 行）：</span>
      <ul>
        {items.map((i) => (
          <li key={i.column}>{i.text}</li>
        ))}
      </ul>
    </div>
  );
}
