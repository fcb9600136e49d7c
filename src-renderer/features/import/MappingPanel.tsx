import type { AmountUnit } from '../../../src-core/domain/money/units';
import type { SheetMappingView } from '../../../src-core/import/import-job';
import type { SheetChoice } from '../../../src-core/import/import-workbook';
import { columnLetter, SHEET_FIELDS, type SheetKind } from '../../../src-core/import/mapping';

const KIND_NAMES: Record<SheetKind, string> = { expenses: '支出明细', units: '单位', income: '收入', projects: '项目' };

interface Props {
  sheets: SheetMappingView[];
  choices: Record<string, SheetChoice>;
  busy: boolean;
  onChange(sheet: string, choice: SheetChoice): void;
}

/**
 * 列对应: what each sheet is and which column holds which field. Recognised headers come
 * preselected; the officer can change every one. Sheets whose required columns were not all
 * found are opened for the officer to complete.
 */
export function MappingPanel({ sheets, choices, busy, onChange }: Props) {
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
        />
      ))}
    </section>
  );
}

function SheetMapping({
  sheet,
  choice,
  busy,
  onChange,
}: {
  sheet: SheetMappingView;
  choice: SheetChoice;
  busy: boolean;
  onChange(c: SheetChoice): void;
}) {
  const fields = sheet.kind ? SHEET_FIELDS[sheet.kind] : [];
  const incomplete = sheet.missing.length > 0;
  const setKind = (value: string) => onChange({ kind: value === '' ? null : (value as SheetKind) });
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
            {(Object.keys(KIND_NAMES) as SheetKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
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
                  {sheet.amountUnit ? `按表头（${sheet.amountUnit === 'yuan' ? '元' : '万元'}）` : '与草稿相同'}
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
