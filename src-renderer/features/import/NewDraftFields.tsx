import type { AmountUnit } from '../../../src-core/domain/money/units';

export interface NewDraftHead {
  year: string;
  deptCode: string;
  deptName: string;
  unit: AmountUnit;
}

export const defaultHead = (): NewDraftHead => ({
  year: String(new Date().getFullYear() + 1),
  deptCode: '',
  deptName: '',
  unit: 'yuan',
});

/** What the new draft needs besides the file's data; null when complete, else what is missing. */
export function headProblem(h: NewDraftHead): string | null {
  const missing = [
    !/^\s*\d{4}\s*$/.test(h.year) && '预算年度（4 位数字）',
    !h.deptCode.trim() && '部门编码',
    !h.deptName.trim() && '部门名称',
  ].filter(Boolean);
  return missing.length > 0 ? `请先填写：${missing.join('、')}` : null;
}

/** 从 Excel 新建草稿: year, department and the unit of the file's amounts. */
export function NewDraftFields({
  head,
  onChange,
  disabled,
}: {
  head: NewDraftHead;
  onChange(h: NewDraftHead): void;
  disabled: boolean;
}) {
  const set = (patch: Partial<NewDraftHead>) => onChange({ ...head, ...patch });
  return (
    <div className="form-grid import-head">
      <label>
        预算年度
        <input
          name="year"
          value={head.year}
          disabled={disabled}
          onChange={(e) => set({ year: e.target.value })}
          inputMode="numeric"
        />
      </label>
      <label>
        部门编码
        <input
          name="deptCode"
          value={head.deptCode}
          disabled={disabled}
          onChange={(e) => set({ deptCode: e.target.value })}
          placeholder="如 167"
        />
      </label>
      <label className="wide">
        部门名称
        <input
          name="deptName"
          value={head.deptName}
          disabled={disabled}
          onChange={(e) => set({ deptName: e.target.value })}
          placeholder="如 舟山市人民政府办公室"
        />
      </label>
      <label>
        金额单位
        <select
          name="amountUnit"
          value={head.unit}
          disabled={disabled}
          onChange={(e) => set({ unit: e.target.value as AmountUnit })}
        >
          <option value="yuan">元</option>
          <option value="wanyuan">万元</option>
        </select>
      </label>
    </div>
  );
}
